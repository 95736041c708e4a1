// Real code no one here wrote: every .js file of @tensorflow/tfjs-layers' dist/ (module files,
// UMD/ESM bundles, minified ones), linted with configs.all of the built plugin through the real
// ESLint API. The findings must equal tfjs-layers-expectations.json exactly, both ways: a new
// finding and a vanished one both fail. Each expected finding carries a verdict (`real`,
// `by design`, `false positive`) and why; false positives are written up, with minimal
// reproductions, in false-positives.md. After a rule change, `node --import tsx
// tests/corpus/update-expectations.ts` rewrites the file (review the diff); a finding it cannot
// judge gets verdict TODO, which fails here.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { lintTfjsLayersDist, tfjsLayersDist, type Finding } from './lint-tfjs-layers';

const VERDICTS = ['real', 'by design', 'false positive'] as const;

interface Expectation {
  /** Relative to tfjs-layers' dist/. */
  file: string;
  line: number;
  rule: string;
  /** The layer class the message names (as written in the file: minified names stay minified). */
  class: string;
  /** The config key or field the message names, when it names one. */
  key?: string;
  verdict: (typeof VERDICTS)[number];
  why: string;
}

interface ExpectationsFile {
  package: string;
  files: number;
  findings: Expectation[];
}

const expectations = JSON.parse(fs.readFileSync(path.join(__dirname, 'tfjs-layers-expectations.json'), 'utf8')) as ExpectationsFile;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function names(message: string, identifier: string): boolean {
  return new RegExp(`(?<![\\w$])${escape(identifier)}(?![\\w$])`).test(message);
}

/**
 * The expectation names this finding: same place and rule, and the message names its key (when
 * given) and its class (no-untracked-state's messages about a field name only the field).
 */
function matches(expected: Expectation, finding: Finding): boolean {
  if (expected.file !== finding.file || expected.line !== finding.line || expected.rule !== finding.rule) return false;
  if (expected.key !== undefined && !names(finding.message, expected.key)) return false;
  return (expected.key !== undefined && expected.rule === 'no-untracked-state') || names(finding.message, expected.class);
}

function show(finding: Finding): string {
  return `${finding.file}:${finding.line} ${finding.rule}: ${finding.message}`;
}

describe('@tensorflow/tfjs-layers dist/ linted with configs.all', () => {
  let result: Awaited<ReturnType<typeof lintTfjsLayersDist>>;
  before(async () => {
    result = await lintTfjsLayersDist();
  });

  it('lints the installed version, every .js file of dist/, and parses them all', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(tfjsLayersDist, '..', 'package.json'), 'utf8')) as { name: string; version: string };
    assert.equal(`${installed.name}@${installed.version}`, expectations.package);
    assert.equal(result.files.length, expectations.files, 'number of .js files under dist/');
    assert.deepEqual(result.fatal, [], 'parse errors or files ESLint did not lint');
  });

  it('every expectation is well formed', () => {
    for (const expected of expectations.findings) {
      const where = `${expected.file}:${expected.line} ${expected.rule}`;
      assert.ok(VERDICTS.includes(expected.verdict), `${where}: verdict is one of ${VERDICTS.join(', ')}`);
      assert.ok(expected.why.trim().length > 0, `${where}: says why`);
      assert.ok(fs.existsSync(path.join(tfjsLayersDist, expected.file)), `${where}: file exists`);
    }
  });

  it('finds exactly the listed findings, no more and no fewer', () => {
    const unmatched = [...expectations.findings];
    const unexpected: string[] = [];
    for (const finding of result.findings) {
      const index = unmatched.findIndex((expected) => matches(expected, finding));
      if (index === -1) unexpected.push(show(finding));
      else unmatched.splice(index, 1);
    }
    const vanished = unmatched.map(
      (expected) => `${expected.file}:${expected.line} ${expected.rule} ${expected.class}${expected.key ? ` '${expected.key}'` : ''} (${expected.verdict})`,
    );
    assert.deepEqual(
      { unexpected, vanished },
      { unexpected: [], vanished: [] },
      'new findings need a verdict in tfjs-layers-expectations.json; vanished ones are removed from it (a fixed false positive moves to "Fixed" in false-positives.md)',
    );
  });
});
