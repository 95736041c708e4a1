// The analysis runs on a plain copy of the TypeScript module holding only the members it uses
// (the `Ts` type is checked against that list). Here: every one of them exists in each TypeScript
// the tests run on, and the copy answers as the module does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { plainTypeScript } from '../../src/core';

const VERSIONS: Record<string, typeof import('typescript')> = {
  'typescript 6.0': require('typescript') as typeof import('typescript'),
  'typescript 5.9': require('typescript-5.9') as typeof import('typescript'),
};

describe('plainTypeScript', () => {
  for (const [label, ts] of Object.entries(VERSIONS)) {
    it(`copies members that all exist in ${label} (${ts.version})`, () => {
      const plain = plainTypeScript(ts) as unknown as Record<string, unknown>;
      const members = Object.keys(plain);
      assert.ok(members.length > 50, `expected the used members, got ${members.length}`);
      for (const member of members) {
        assert.notEqual(plain[member], undefined, `${label} has no ts.${member}`);
        assert.equal(plain[member], (ts as unknown as Record<string, unknown>)[member], `ts.${member} differs from the module's`);
      }
      const sourceFile = ts.createSourceFile('a.ts', 'x = 1', ts.ScriptTarget.Latest, true);
      assert.equal((plain as unknown as typeof ts).isSourceFile(sourceFile), true);
    });
  }

  // Built one key at a time, V8 had turned the copy into a hash table, and every `ts.X` the analysis
  // reads was a hash lookup (the analysis ran ~1.6x slower). V8's own answer, from a child process
  // that may use its natives syntax.
  it('is an object with fast properties, not a hash table', () => {
    const script = `const { plainTypeScript } = require(${JSON.stringify(path.join(__dirname, '../../src/core/ts-ast.ts'))});
      const plain = plainTypeScript(require('typescript'));
      process.stdout.write(JSON.stringify({ copy: %HasFastProperties(plain), dictionaryControl: %HasFastProperties(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => ['k' + i, i]))) }));`;
    const answer = JSON.parse(
      execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--eval', script], { cwd: path.join(__dirname, '../..'), encoding: 'utf8' }),
    ) as unknown;
    // The control shows the probe can say "no": a 2,000-key object is a hash table.
    assert.deepEqual(answer, { copy: true, dictionaryControl: false });
  });

  it('is made once per TypeScript instance', () => {
    assert.equal(plainTypeScript(VERSIONS['typescript 6.0']!), plainTypeScript(VERSIONS['typescript 6.0']!));
    assert.notEqual(plainTypeScript(VERSIONS['typescript 6.0']!), plainTypeScript(VERSIONS['typescript 5.9']!));
  });
});
