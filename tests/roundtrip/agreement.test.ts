// The plugin's claims against real TF.js: every fixture module in fixtures/ is linted with the
// real ESLint (configs.all of the built plugin) and saved/reloaded by TF.js 4.22 (harness.ts).
// For each fixture:
//   - its findings equal its manifest entry (a rule going quiet or noisy is caught);
//   - the plugin reports a loss exactly when the round trip is not exact (or fails), except for
//     fixtures whose harm cannot show in one process (`exempt`): those must round-trip exactly.
// Fixtures where the plugin and TF.js disagree today carry `disagreement` in the manifest: their
// tests still assert the truth and are reported as TODO.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { before, describe, it } from 'node:test';
import { describeResult, runRoundTrips, type RoundTripResult } from './harness';
import { describeMessages, disagreement, FIXTURES_DIR, lintWithAll, listFixtures, readManifest, type LintedFile } from './manifest';

const RULES = [
  'config-case-safe',
  'config-complete',
  'config-json-safe',
  'config-keys-match-constructor',
  'constructor-passes-config',
  'get-config-calls-super',
  'no-io-in-constructor',
  'no-unassigned-config-field',
  'no-untracked-state',
  'require-class-name',
  'require-register-class',
  'unique-class-name',
];

describe('round-trip agreement: plugin findings vs. real TF.js save/load', () => {
  const manifest = readManifest();
  const fixtures = listFixtures();
  let linted = new Map<string, LintedFile>();
  let results = new Map<string, RoundTripResult>();

  before(async () => {
    const files = fixtures.map((name) => path.join(FIXTURES_DIR, name));
    [linted, results] = await Promise.all([lintWithAll(files), runRoundTrips(files, 2)]);
  });

  it('has one manifest entry per fixture module', () => {
    assert.deepEqual(Object.keys(manifest.fixtures).sort(), fixtures);
  });

  it('has mistakes of every rule, and correct layers', () => {
    const entries = Object.values(manifest.fixtures);
    for (const rule of RULES)
      assert.ok(
        entries.some((entry) => entry.findings[rule]),
        `no fixture where ${rule} must report`,
      );
    assert.ok(entries.filter((entry) => Object.keys(entry.findings).length === 0 && !entry.disagreement).length >= 10, 'at least 10 correct layers');
    for (const [name, entry] of Object.entries(manifest.fixtures)) {
      if (!entry.exempt) continue;
      const rules = Object.keys(entry.findings);
      assert.equal(rules.length, 1, `${name}: an exempt fixture should show one rule`);
      assert.ok(manifest.exemptRules[rules[0]!], `${name}: ${rules[0]} is not listed in exemptRules`);
    }
  });

  for (const name of fixtures) {
    const entry = manifest.fixtures[name];
    const todo = entry?.disagreement;
    describe(name, () => {
      it('reports what the manifest lists', { todo }, () => {
        assert.ok(entry, `${name} has no manifest entry`);
        const lint = linted.get(path.join(FIXTURES_DIR, name));
        assert.ok(lint, `${name} was not linted`);
        assert.deepEqual(lint.findings, entry.findings, `${name}:\n${describeMessages(lint.messages)}`);
      });

      it(entry?.exempt ? 'round-trips exactly (exempt: the harm needs more than one process)' : 'agrees with the TF.js round trip', { todo }, () => {
        const lint = linted.get(path.join(FIXTURES_DIR, name))!;
        const result = results.get(path.join(FIXTURES_DIR, name));
        assert.ok(result, `${name} was not round-tripped`);
        if (entry?.exempt) {
          assert.ok(result.exact, `${name}: expected an exact round trip (${entry.exempt}); got ${describeResult(result)}`);
          return;
        }
        const problem = disagreement(lint.findings, result);
        assert.equal(problem, undefined, `${name}: ${problem}.\nplugin:\n${describeMessages(lint.messages)}\nTF.js: ${describeResult(result)}`);
      });

      if (todo) {
        // Keeps the manifest honest: once the rule is fixed, the TODO note must go.
        it('still disagrees, as its manifest entry says', () => {
          const lint = linted.get(path.join(FIXTURES_DIR, name))!;
          const result = results.get(path.join(FIXTURES_DIR, name))!;
          const resolved = isDeepStrictEqual(lint.findings, entry.findings) && disagreement(lint.findings, result) === undefined;
          assert.ok(!resolved, `${name}: the plugin and TF.js agree now; remove \`disagreement\` from its manifest entry`);
        });
      }
    });
  }
});
