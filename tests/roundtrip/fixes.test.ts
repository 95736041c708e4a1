// The autofixes against real TF.js: every fixture with an autofixable finding is copied to a
// temp dir and fixed by the real `eslint --fix` CLI (configs.all of the built plugin, imported
// by absolute path); the fixed module is then imported and round-tripped by TF.js 4.22 in a
// child process (TypeScript through tsx). What remains must be what the manifest's `afterFix`
// lists, and the round trip of the fixed file must agree with it: exact when nothing remains.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { ESLint } from 'eslint';
import { describeResult, ROOT, runRoundTrips, type RoundTripResult } from './harness';
import {
  describeMessages,
  disagreement,
  DIST_ENTRY,
  ESLINT_BIN,
  FIXTURES_DIR,
  lintWithAll,
  listFixtures,
  readManifest,
  requireBuiltPlugin,
  summarize,
  type LintedFile,
} from './manifest';

describe('autofixes, fixed by the eslint CLI and round-tripped by TF.js', () => {
  const manifest = readManifest();
  // Decided from the manifest so each fixture gets its own test; checked against the linter below.
  const expectedFixable = Object.entries(manifest.fixtures)
    .filter(([, entry]) => entry.afterFix)
    .map(([name]) => name)
    .sort();
  let workDir = '';
  let linted = new Map<string, LintedFile>();
  const original = new Map<string, string>();
  const fixed = new Map<string, string>();
  const remaining = new Map<string, LintedFile>();
  let results = new Map<string, RoundTripResult>();

  before(async () => {
    requireBuiltPlugin();
    linted = await lintWithAll(listFixtures().map((name) => path.join(FIXTURES_DIR, name)));
    const fixable = [...linted].filter(([, lint]) => lint.fixable.length > 0).map(([file]) => path.basename(file));

    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-roundtrip-fixes-'));
    // The fixed modules import @tensorflow/tfjs: resolve it to the project's copy, the one the
    // harness uses (Node follows the symlink to the same module instance).
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
    fs.cpSync(path.join(FIXTURES_DIR, 'data'), path.join(workDir, 'data'), { recursive: true });
    for (const name of fixable) {
      const text = fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
      original.set(name, text);
      fs.writeFileSync(path.join(workDir, name), text);
    }
    fs.writeFileSync(
      path.join(workDir, 'eslint.config.mjs'),
      `import tfjsLayers from ${JSON.stringify(pathToFileURL(DIST_ENTRY).href)};\n\nexport default [tfjsLayers.configs.all];\n`,
    );
    const run = spawnSync(process.execPath, [ESLINT_BIN, '--fix', '--format', 'json', ...fixable], {
      cwd: workDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(run.status === 0 || run.status === 1, `eslint --fix exited with ${run.status}:\n${run.stderr}\n${run.stdout.slice(0, 2000)}`);
    for (const result of JSON.parse(run.stdout) as ESLint.LintResult[]) remaining.set(path.basename(result.filePath), summarize(result.messages));
    for (const name of fixable) fixed.set(name, fs.readFileSync(path.join(workDir, name), 'utf8'));
    results = await runRoundTrips(
      fixable.map((name) => path.join(workDir, name)),
      2,
    );
  });

  after(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('the fixtures with an autofixable finding are those with `afterFix` in the manifest', () => {
    assert.deepEqual([...original.keys()].sort(), expectedFixable);
  });

  for (const name of expectedFixable) {
    const entry = manifest.fixtures[name]!;
    const todo = entry.afterFix!.disagreement;
    describe(name, () => {
      it('is changed by --fix, and what remains is what the manifest lists', () => {
        assert.ok(fixed.has(name), `${name} has no autofixable finding`);
        assert.notEqual(fixed.get(name), original.get(name), `${name} was not changed by --fix`);
        const lint = remaining.get(name);
        assert.ok(lint, `${name} was not linted by the CLI`);
        assert.deepEqual(lint.fixable, [], `${name}: autofixes left after --fix:\n${describeMessages(lint.messages)}`);
        assert.deepEqual(
          lint.findings,
          entry.afterFix!.findings,
          `${name} after --fix:\n${describeMessages(lint.messages)}\n--- fixed file ---\n${fixed.get(name)}`,
        );
      });

      it(
        Object.keys(entry.afterFix!.findings).length === 0 ? 'round-trips exactly once fixed' : 'once fixed, agrees with the TF.js round trip',
        { todo },
        () => {
          const lint = remaining.get(name)!;
          const result = results.get(path.join(workDir, name));
          assert.ok(result, `${name} was not round-tripped`);
          const problem = disagreement(lint.findings, result);
          assert.equal(
            problem,
            undefined,
            `${name} after --fix: ${problem}.\nplugin:\n${describeMessages(lint.messages)}\nTF.js: ${describeResult(result)}\n--- fixed file ---\n${fixed.get(name)}`,
          );
        },
      );

      if (todo) {
        // Keeps the manifest honest: once the rule is fixed, the TODO note must go.
        it('once fixed, still disagrees, as its manifest entry says', () => {
          const result = results.get(path.join(workDir, name))!;
          const resolved =
            isDeepStrictEqual(remaining.get(name)!.findings, entry.afterFix!.findings) && disagreement(remaining.get(name)!.findings, result) === undefined;
          assert.ok(!resolved, `${name}: after --fix the plugin and TF.js agree now; remove \`afterFix.disagreement\` from its manifest entry`);
        });
      }
    });
  }
});
