// Meta-tests: each rule is one definition (src/core/checks/<rule-id>.ts, src/json/rules/<rule-id>.ts),
// listed once in a registry, and everything else is derived from those definitions: the ESLint
// rules' meta, the configs, the tsserver codes and the plugin's defaults, the README rules table.
// A rule's id is spelled in code in at most two files under src/: its definition and its registry.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import plugin = require('../../src/eslint/index');
import { allChecks, type RuleDefinition } from '../../src/core';
import { allJsonRules } from '../../src/json';
import { DIAGNOSTIC_CODES } from '../../src/typescript-plugin/codes';
import { readPluginConfig } from '../../src/typescript-plugin/config';
import { LIST_BEGIN, LIST_END } from '../../tools/sync-rule-docs';

const root = path.join(__dirname, '..', '..');
const definitions: RuleDefinition[] = [...allChecks, ...allJsonRules];
const ids = definitions.map((definition) => definition.ruleId);
const rules = plugin.rules as Record<
  string,
  {
    meta: {
      docs?: { description?: string; recommended?: boolean; requiresTypeChecking?: boolean };
      fixable?: string;
      hasSuggestions?: boolean;
      messages?: object;
      schema?: unknown;
      defaultOptions?: unknown;
    };
  }
>;

/**
 * The codes given so far: public, so never renumbered or reused. A new rule takes the next free
 * number in its definition; adding it here is optional (the test below checks every code anyway).
 */
const GIVEN_CODES: Readonly<Record<string, number>> = {
  'config-complete': 910001,
  'no-untracked-state': 910002,
  'require-register-class': 910003,
  'require-class-name': 910004,
  'get-config-calls-super': 910005,
  'config-keys-match-constructor': 910006,
  'no-unassigned-config-field': 910007,
  'config-json-safe': 910008,
  'config-case-safe': 910009,
  'constructor-passes-config': 910010,
  'unique-class-name': 910011,
  'no-io-in-constructor': 910012,
};

describe('definitions', () => {
  it('each registry lists its definitions sorted by id, and no id twice', () => {
    for (const list of [allChecks, allJsonRules]) {
      const listed = list.map((definition) => definition.ruleId);
      assert.deepEqual(listed, [...listed].sort());
    }
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const definition of definitions) {
    describe(definition.ruleId, () => {
      it('is defined in the file named after it', () => {
        const dir = allChecks.includes(definition as never) ? 'src/core/checks' : 'src/json/rules';
        const file = path.join(root, dir, `${definition.ruleId}.ts`);
        assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`\\bruleId: '${definition.ruleId}',`), file);
      });

      // What eslint-plugin-eslint-plugin checks on rules written as object literals (description-style,
      // no-unused-message-ids, no-missing-message-ids): our rules' meta is derived, so it cannot read them.
      it('describes itself as typescript-eslint asks ("Require/Disallow/Enforce ...", no final period)', () => {
        assert.match(definition.description, /^(Require|Disallow|Enforce) .+[^. ]$/);
      });

      it('reports each of its message ids, and no other', () => {
        const dir = allChecks.includes(definition as never) ? 'src/core/checks' : 'src/json/rules';
        const text = fs.readFileSync(path.join(root, dir, `${definition.ruleId}.ts`), 'utf8');
        for (const id of Object.keys(definition.messages)) assert.match(text, new RegExp(`['"]${id}['"]`), `message '${id}' is never reported`);
        for (const [, id] of text.matchAll(/messageId: '(\w+)'/g))
          assert.ok(Object.keys(definition.messages).includes(id!), `'${id!}' is reported but not a message`);
      });

      it('has a schema for each option it defaults, and a default for each option in its schema', () => {
        for (const key of Object.keys(definition.defaultOptions)) assert.ok(definition.optionsSchema?.[key], `default for '${key}' without a schema`);
        // An option left out of the defaults (model.json's `sources`) says in its description what it defaults to.
        for (const [key, schema] of Object.entries(definition.optionsSchema ?? {}))
          assert.ok(key in definition.defaultOptions || schema.description.includes('Default: '), `'${key}' has no default`);
      });

      it('is the ESLint rule: its meta comes from the definition', () => {
        const { meta } = rules[definition.ruleId]!;
        assert.equal(meta.docs?.description, definition.description);
        assert.equal(meta.docs?.recommended, definition.recommended);
        assert.equal(meta.docs?.requiresTypeChecking === true, definition.requiresTypeChecking === true);
        assert.equal(meta.fixable, definition.fixable ? 'code' : undefined);
        assert.equal(meta.hasSuggestions === true, definition.hasSuggestions === true);
        assert.equal(meta.messages, definition.messages);
        const options = definition.optionsSchema ? [{ type: 'object', additionalProperties: false, properties: definition.optionsSchema }] : [];
        assert.deepEqual(meta.schema, options);
        assert.deepEqual(meta.defaultOptions, definition.optionsSchema ? [definition.defaultOptions] : []);
      });
    });
  }
});

describe('derived lists', () => {
  const prefixed = (id: string) => `tfjs-layers/${id}`;

  it('the plugin exports exactly the defined rules, sorted', () => {
    assert.deepEqual(Object.keys(plugin.rules), [...ids].sort());
  });

  it('the configs hold the rules their definitions ask for', () => {
    const recommended = allChecks.filter((check) => check.recommended).map((check) => prefixed(check.ruleId));
    assert.deepEqual(Object.keys(plugin.configs.recommended.rules ?? {}), recommended);
    assert.deepEqual(Object.keys(plugin.configs['recommended-type-checked'].rules ?? {}), recommended);
    assert.deepEqual(Object.keys(plugin.configs.all.rules ?? {}), [...ids].sort().map(prefixed));
    assert.deepEqual(
      Object.keys(plugin.configs['model-json'].rules ?? {}),
      allJsonRules.map((rule) => prefixed(rule.ruleId)),
    );
    // The model.json rules are not in recommended: their definitions say so, as the config says.
    assert.ok(allJsonRules.every((rule) => !rule.recommended));
  });

  it("the tsserver codes are the definitions' codes, never renumbered, unique, in the private range", () => {
    assert.deepEqual(DIAGNOSTIC_CODES, Object.fromEntries(allChecks.map((check) => [check.ruleId, check.code])));
    for (const [id, code] of Object.entries(GIVEN_CODES)) assert.equal(DIAGNOSTIC_CODES[id], code, `${id} was given ${code}`);
    const codes = allChecks.map((check) => check.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.ok(Number.isInteger(code) && code >= 910001 && code < 1000000, String(code));
    // A code given once stays given: no rule takes a number below the newest without being in the list above.
    const newest = Math.max(...Object.values(GIVEN_CODES));
    for (const check of allChecks)
      assert.ok(check.code > newest || GIVEN_CODES[check.ruleId] === check.code, `${check.ruleId}: ${check.code} is taken or retired`);
  });

  it('the tsserver plugin turns on the recommended rules by default', () => {
    const config = readPluginConfig({}, (message) => assert.fail(message));
    assert.deepEqual(
      config.rules.map((rule) => [rule.check.ruleId, rule.level, rule.options]),
      allChecks.filter((check) => check.recommended).map((check) => [check.ruleId, 'error', check.defaultOptions]),
    );
  });

  it('the README rules table lists each definition with its description, config and fix marks', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(LIST_BEGIN), readme.indexOf(LIST_END));
    const rows = [...table.matchAll(/^\| \[([a-z-]+)\]\(rules-docs\/\1\.md\) \| (.+?) \| (✅?) ?\| (🔧?) ?\| (💡?) ?\|$/gmu)].map((row) => row.slice(1));
    const expected = [...definitions]
      .sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1))
      .map((definition) => [
        definition.ruleId,
        definition.description,
        definition.recommended ? '✅' : '',
        definition.fixable ? '🔧' : '',
        definition.hasSuggestions ? '💡' : '',
      ]);
    assert.deepEqual(rows, expected);
  });
});

describe("a rule's id in src/", () => {
  /** The strings a file's code spells (string and template literals, module names), comments left out. */
  function stringsOf(file: string): string[] {
    const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return found;
  }

  const sources = (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split(path.sep).join('/'));
  const strings = new Map(sources.map((file) => [file, stringsOf(path.join(root, 'src', file))]));

  for (const id of ids) {
    it(`${id} is spelled only in its definition and its registry`, () => {
      const spelled = new RegExp(`(?<![\\w-])${id}(?![\\w-])`);
      const files = sources.filter((file) => strings.get(file)!.some((text) => spelled.test(text)));
      const isCheck = allChecks.some((check) => check.ruleId === id);
      const expected = isCheck ? [`core/checks/${id}.ts`, 'core/checks/index.ts'] : [`json/index.ts`, `json/rules/${id}.ts`];
      assert.deepEqual(files.sort(), expected.sort());
    });
  }
});
