// Docs meta-test: every rule has a doc page with the agreed sections, its generated header
// and the README rules list match tools/sync-rule-docs.ts, and every example block does what
// its tag says when the real ESLint lints it with that rule alone.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint, type Linter } from 'eslint';
import plugin = require('../../src/eslint/index');
import { DOCS_DIR, getExpectedFiles, getRuleIds, HEADER_END, ROOT } from '../../tools/sync-rule-docs';

const SECTIONS = [
  '## Why: what breaks after reload',
  '## Examples',
  '## Options',
  '## Type information',
  '## Fixes',
  '## When Not To Use It',
  '## Further Reading',
];
const SYNC_COMMAND = 'node --import tsx tools/sync-rule-docs.ts';

interface Example {
  /** 1-based, in page order. */
  index: number;
  line: number;
  language: 'ts' | 'js' | 'json';
  kind: 'incorrect' | 'correct';
  options: unknown[] | undefined;
  code: string;
}

// ```ts incorrect   ```js correct   ```ts incorrect options='{"registrationFunctions":["registerLayer"]}'
// The model.json rules' pages: ```json incorrect options='{"sources":["examples/src"]}' (linted as a model.json).
const EXAMPLE_FENCE = /^```(ts|js|json)\s+(incorrect|correct)(?:\s+options='([^']*)')?\s*$/;

/** Fenced blocks tagged incorrect/correct; other fences (plain ```ts) are prose and skipped. */
function findExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('```')) continue;
    const match = EXAMPLE_FENCE.exec(line);
    const close = lines.findIndex((candidate, j) => j > i && candidate.startsWith('```'));
    assert.ok(close !== -1, `unclosed code fence at line ${i + 1}`);
    if (match) {
      const options = match[3] === undefined ? undefined : [JSON.parse(match[3]) as unknown];
      examples.push({
        index: examples.length + 1,
        line: i + 1,
        language: match[1] as Example['language'],
        kind: match[2] as 'incorrect' | 'correct',
        options,
        code: `${lines.slice(i + 1, close).join('\n')}\n`,
      });
    }
    i = close;
  }
  return examples;
}

/** `## ` headings outside code fences. */
function findSections(markdown: string): string[] {
  let inFence = false;
  return markdown.split('\n').filter((line) => {
    if (line.startsWith('```')) inFence = !inFence;
    return !inFence && line.startsWith('## ');
  });
}

/** The model.json rules, which configs['model-json'] runs on model.json files. */
const jsonRuleIds = Object.keys(plugin.configs['model-json'].rules ?? {}).map((ruleId) => ruleId.slice(`${plugin.meta.namespace}/`.length));

/** configs.all (configs['model-json'] for a model.json rule), with only this rule turned on. */
function createLinter(id: string, options: unknown[] | undefined): ESLint {
  const ruleId = `${plugin.meta.namespace}/${id}`;
  const base = jsonRuleIds.includes(id) ? plugin.configs['model-json'] : plugin.configs.all;
  const config = { ...base, rules: { [ruleId]: options ? ['error', ...options] : 'error' } } as Linter.Config;
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [config] });
}

function describeMessages(messages: Linter.LintMessage[]): string {
  return messages.map((message) => `  ${message.line}:${message.column} ${message.ruleId ?? '(fatal)'}: ${message.message}`).join('\n') || '  (none)';
}

const expectedFiles = new Map(getExpectedFiles().map((file) => [file.path, file]));

for (const id of getRuleIds()) {
  const docPath = `${DOCS_DIR}/${id}.md`;
  const markdown = fs.existsSync(path.join(ROOT, docPath)) ? fs.readFileSync(path.join(ROOT, docPath), 'utf8') : undefined;

  describe(`${id} doc page`, () => {
    it('exists', () => {
      assert.ok(markdown !== undefined, `missing ${docPath}`);
    });
    if (markdown === undefined) return;

    it('has the generated header, in sync with the rule meta', () => {
      const file = expectedFiles.get(docPath);
      assert.ok(file?.expected !== undefined, `${docPath}: ${file?.problem}`);
      assert.equal(file.actual, file.expected, `${docPath} header is stale: run ${SYNC_COMMAND}`);
    });

    it('has an intro, then the required sections in order', () => {
      const afterHeader = markdown.slice(markdown.indexOf(HEADER_END) + HEADER_END.length);
      const intro = afterHeader.slice(0, afterHeader.search(/^## /m));
      assert.ok(intro.trim().length > 0, 'no intro between the header and the first section');
      assert.deepEqual(findSections(markdown), SECTIONS);
    });

    const examples = findExamples(markdown);
    const isJsonRule = jsonRuleIds.includes(id);
    it(`has at least 2 incorrect and 2 correct examples, ${isJsonRule ? 'all of them model.json' : 'one of them JavaScript'}`, () => {
      assert.ok(examples.filter((example) => example.kind === 'incorrect').length >= 2, 'fewer than 2 incorrect examples');
      assert.ok(examples.filter((example) => example.kind === 'correct').length >= 2, 'fewer than 2 correct examples');
      if (isJsonRule)
        assert.ok(
          examples.every((example) => example.language === 'json'),
          'a model.json rule is shown on model.json files',
        );
      else
        assert.ok(
          examples.some((example) => example.language === 'js'),
          'no JavaScript example',
        );
    });

    for (const example of examples) {
      it(`${id} example #${example.index} (${example.kind}, ${example.language}, ${docPath}:${example.line}) ${example.kind === 'incorrect' ? 'is reported' : 'is not reported'}`, async () => {
        const eslint = createLinter(id, example.options);
        const filePath = example.language === 'json' ? path.join(ROOT, 'example', 'model.json') : path.join(ROOT, `example.${example.language}`);
        const [result] = await eslint.lintText(example.code, { filePath });
        assert.ok(result);
        const fatal = result.messages.filter((message) => message.fatal);
        assert.deepEqual(fatal, [], `parse error:\n${describeMessages(fatal)}`);
        const reports = result.messages.filter((message) => message.ruleId === `${plugin.meta.namespace}/${id}`);
        if (example.kind === 'incorrect') assert.ok(reports.length > 0, `expected a report from ${id}, got:\n${describeMessages(result.messages)}`);
        else
          assert.deepEqual(
            reports.map((message) => `${message.line}:${message.column} ${message.message}`),
            [],
            `expected no report from ${id}`,
          );
      });
    }
  });
}

describe('README rules list', () => {
  it(`is in sync with the rules (run ${SYNC_COMMAND})`, () => {
    const file = expectedFiles.get('README.md');
    assert.ok(file?.expected !== undefined, `README.md: ${file?.problem}`);
    assert.equal(file.actual, file.expected);
  });
});
