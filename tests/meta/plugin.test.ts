// Meta-tests: the plugin object, its rules and configs agree with each other, with
// package.json, with the docs and tests on disk, and load in a real ESLint.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import plugin = require('../../src/eslint/index');
import { allChecks, recommendedRuleIds } from '../../src/core';
import { DIAGNOSTIC_CODES } from '../../src/typescript-plugin/codes';

const root = path.join(__dirname, '..', '..');
const ruleIds = Object.keys(plugin.rules);
/** The model.json rules (src/json/rules): ESLint's JSON language, no core check, no tsserver code. */
const jsonRuleFiles = fs
  .readdirSync(path.join(root, 'src/json/rules'))
  .filter((file) => file !== 'shared.ts')
  .map((file) => file.replace(/\.ts$/, ''));
/** The source rules' definitions (src/core/checks/<rule-id>.ts, beside check.ts and the registry index.ts). */
const ruleFiles = [
  ...fs
    .readdirSync(path.join(root, 'src/core/checks'))
    .filter((file) => file !== 'index.ts' && file !== 'check.ts')
    .map((file) => file.replace(/\.ts$/, '')),
  ...jsonRuleFiles,
];
const sourceRuleIds = ruleIds.filter((id) => !jsonRuleFiles.includes(id));

describe('plugin', () => {
  it('meta names the package and its version', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    assert.deepEqual(plugin.meta, { name: packageJson.name, version: packageJson.version, namespace: 'tfjs-layers' });
  });

  it('exports every rule file, sorted by id', () => {
    assert.deepEqual(ruleIds, [...ruleFiles].sort());
  });

  for (const id of ruleIds) {
    describe(id, () => {
      const rule = plugin.rules[id as keyof typeof plugin.rules];
      it('is named after its file and links its doc page', () => {
        assert.equal(rule.name, id);
        assert.match(rule.meta.docs?.url ?? '', new RegExp(`/rules-docs/${id}\\.md$`));
      });
      it('has a doc page in rules-docs/', () => {
        assert.ok(fs.existsSync(path.join(root, 'rules-docs', `${id}.md`)));
      });
      const isJsonRule = jsonRuleFiles.includes(id);
      it('has a RuleTester suite', () => {
        const suite = path.join(root, isJsonRule ? 'tests/json' : 'tests/eslint', `${id}.test.ts`);
        assert.ok(fs.existsSync(suite), `missing ${suite}`);
        assert.match(fs.readFileSync(suite, 'utf8'), new RegExp(`ruleTester\\.run\\('${id}'`));
      });
      it('describes itself in the Require/Disallow/Enforce form, without a final period', () => {
        assert.match(rule.meta.docs?.description ?? '', /^(Require|Disallow|Enforce) .+[^. ]$/);
      });
      it('declares fixable exactly when a check can fix, and suggestions when it suggests', () => {
        if (isJsonRule) {
          const source = fs.readFileSync(path.join(root, 'src/json/rules', `${id}.ts`), 'utf8');
          assert.equal(rule.meta.fixable === 'code', /\bfix\(fixer\)/.test(source), 'fixable');
          assert.equal(rule.meta.hasSuggestions === true, /\bsuggest: /.test(source), 'hasSuggestions');
          return;
        }
        const source = fs.readFileSync(path.join(root, 'src/core/checks', `${id}.ts`), 'utf8');
        assert.equal(rule.meta.fixable === 'code', source.includes('.fix = '), 'fixable');
        assert.equal(rule.meta.hasSuggestions === true, source.includes('.suggestions = '), 'hasSuggestions');
      });
    });
  }
});

describe('configs', () => {
  const prefixed = (id: string) => `tfjs-layers/${id}`;

  it('all turns on every rule', () => {
    assert.deepEqual(Object.keys(plugin.configs.all.rules ?? {}).sort(), ruleIds.map(prefixed));
  });

  it('recommended holds exactly the rules marked recommended', () => {
    const recommended = ruleIds.filter((id) => plugin.rules[id as keyof typeof plugin.rules].meta.docs?.recommended);
    assert.deepEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort(), recommended.map(prefixed));
  });

  for (const name of ['recommended', 'all'] as const) {
    it(`${name} works alone in a real ESLint, for TypeScript and JavaScript files`, async () => {
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs[name]] });
      const code = "import * as tf from '@tensorflow/tfjs';\nexport class Bare extends tf.layers.Layer {}\n";
      for (const filePath of ['layer.ts', 'layer.tsx', 'layer.mts', 'layer.cts', 'layer.js', 'layer.jsx', 'layer.mjs', 'layer.cjs']) {
        const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
        assert.ok(result, filePath);
        assert.deepEqual(
          result.messages.filter((message) => message.fatal),
          [],
          filePath,
        );
        assert.ok(
          result.messages.some((message) => message.ruleId === 'tfjs-layers/require-class-name'),
          `${filePath}: ${JSON.stringify(result.messages)}`,
        );
      }
    });
  }
});

describe('both front ends offer the same rules', () => {
  it('the core lists one check per ESLint rule, in the same order', () => {
    assert.deepEqual(
      allChecks.map((check) => check.ruleId),
      sourceRuleIds,
    );
  });

  it("each ESLint rule reports with its check's messages", () => {
    for (const check of allChecks) {
      assert.deepEqual(plugin.rules[check.ruleId as keyof typeof plugin.rules].meta.messages, check.messages, check.ruleId);
    }
  });

  it('recommended means the same in ESLint and in the language-service plugin', () => {
    assert.deepEqual(
      [...recommendedRuleIds].sort(),
      ruleIds.filter((id) => plugin.rules[id as keyof typeof plugin.rules].meta.docs?.recommended),
    );
  });

  it('every rule has its own diagnostic code in the private range', () => {
    assert.deepEqual(Object.keys(DIAGNOSTIC_CODES).sort(), sourceRuleIds);
    const codes = Object.values(DIAGNOSTIC_CODES);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.ok(code >= 900000 && code < 1000000, String(code));
  });
});

describe('model-json', () => {
  it("holds exactly the model.json rules, on model.json files, with the plugin's JSON language", () => {
    const config = plugin.configs['model-json'] as { files?: unknown; language?: unknown; rules?: object };
    assert.deepEqual(
      Object.keys(config.rules ?? {}).sort(),
      jsonRuleFiles.sort().map((id) => `tfjs-layers/${id}`),
    );
    assert.deepEqual(config.files, ['**/model.json']);
    assert.equal(config.language, 'tfjs-layers/json');
  });

  it('works alone in a real ESLint: a model.json is parsed as JSON and checked, other JSON gets nothing', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs['model-json']] });
    const model = JSON.stringify({
      format: 'layers-model',
      modelTopology: { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'NoSuchLayerClass', config: { units: 1 } }] } },
    });
    const [result] = await eslint.lintText(model, { filePath: path.join(root, 'models', 'model.json') });
    assert.ok(result);
    assert.deepEqual(
      result.messages.map((message) => message.ruleId),
      ['tfjs-layers/model-json-class-name'],
    );
    const [invalid] = await eslint.lintText('{"modelTopology": ', { filePath: path.join(root, 'models', 'model.json') });
    assert.deepEqual(
      invalid?.messages.map((message) => [message.ruleId, message.fatal]),
      [[null, true]],
    );
  });
});

describe('recommended-type-checked', () => {
  it('holds the recommended rules and turns type information on', () => {
    const config = plugin.configs['recommended-type-checked'];
    assert.deepEqual(config.rules, plugin.configs.recommended.rules);
    assert.deepEqual(config.settings, { 'tfjs-layers': { typeAware: true } });
    assert.ok((config.languageOptions?.parserOptions as { projectService?: unknown } | undefined)?.projectService);
  });
});

describe('the code as V8 holds it', () => {
  // A loaded module's source stays in the heap for the life of the process, at two bytes per
  // character once any character is outside Latin-1: one '…' in a message doubled a 19 KB module.
  it('is Latin-1 in every source file', () => {
    const sources = (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    assert.ok(sources.length > 30);
    // eslint-disable-next-line no-control-regex -- the range is Latin-1, from U+0000
    const wide = sources.filter((file) => /[^\u0000-\u00ff]/.test(fs.readFileSync(path.join(root, 'src', file), 'utf8')));
    assert.deepEqual(wide, []);
  });
});
