// configs['recommended-type-checked'] through the real `eslint` CLI on a typed project whose
// base class, alias and registrations live in other files than the layers they concern.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.join(__dirname, '..', '..');
const project = path.join(root, 'tests/fixtures/typed-project');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  message: string;
}

function lint(...args: string[]): Finding[] {
  assert.ok(fs.existsSync(path.join(root, 'dist/eslint/index.js')), 'run `npm run build` first (npm test does)');
  const result = spawnSync(process.execPath, [eslintBin, '.', '--format', 'json', ...args], { cwd: project, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `eslint exited ${result.status}: ${result.stderr}`);
  const files = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; message: string }> }>;
  return files
    .flatMap((file) =>
      file.messages.map((message) => ({ file: path.relative(project, file.filePath), ruleId: message.ruleId, line: message.line, message: message.message })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId)));
}

const summary = (findings: Finding[]) => findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);

describe('recommended-type-checked on a multi-file project', () => {
  const findings = lint();

  it('reports exactly the cross-file problems', () => {
    assert.deepEqual(summary(findings), [
      // Attention and Copycat share a className across files: both are told.
      'src/attention.ts:5 tfjs-layers/unique-class-name',
      'src/copycat.ts:5 tfjs-layers/unique-class-name',
      // The base in base.ts emits only dropoutRate: `hidden` is lost.
      'src/mlp.ts:10 tfjs-layers/config-complete',
      // Values from helpers, judged by their types (see below). `spread` is never read back, but it is a
      // getter computed from `variance`: the reloaded layer has it again, so dropping the key loses nothing.
      'src/normalize.ts:36 tfjs-layers/config-json-safe',
      'src/normalize.ts:36 tfjs-layers/config-json-safe',
      'src/normalize.ts:36 tfjs-layers/config-json-safe',
      'src/normalize.ts:36 tfjs-layers/config-json-safe',
      // Registered in no file of the program.
      'src/orphan.ts:4 tfjs-layers/require-register-class',
      // A layer through an alias of tf.layers.Layer exported from another file.
      'src/scale.ts:10 tfjs-layers/config-complete',
    ]);
  });

  it('names the other file in cross-file messages', () => {
    const duplicate = findings.find((finding) => finding.file === 'src/attention.ts');
    assert.match(duplicate?.message ?? '', /Copycat in copycat\.ts/);
    assert.match(findings.find((finding) => finding.file === 'src/orphan.ts')?.message ?? '', /anywhere in the program/);
  });

  // Every value Normalize's getConfig() returns comes out of a helper, so only types can judge it:
  // a field declared in the class, one declared by its base in statistics.ts, and a getter.
  it('judges config values by type: tensors and functions, not numbers', () => {
    const judged = findings
      .filter((finding) => finding.file === 'src/normalize.ts' && finding.ruleId === 'tfjs-layers/config-json-safe')
      .map((finding) => /^'(\w+)' in getConfig\(\) of Normalize is (a tensor|a function)/.exec(finding.message)?.slice(1).join(': '));
    assert.deepEqual(judged, ['mean: a tensor', 'squash: a function', 'variance: a tensor', 'spread: a tensor']);
  });

  it('gives the same findings with --concurrency 2 as on one thread', () => {
    assert.deepEqual(lint('--concurrency', '2'), findings);
  });
});

describe('the same project with configs.recommended (no type information)', () => {
  it('sees one file at a time: registrations elsewhere and bases in other files are unknown', () => {
    // Copycat (registered by register.ts) and Orphan (registered nowhere) are both exported: without
    // type information the importer may register them, so neither is reported; only the typed run
    // above, which sees the whole program, tells Orphan apart.
    assert.deepEqual(summary(lint('--config', 'eslint.untyped.config.mjs')), []);
  });
});
