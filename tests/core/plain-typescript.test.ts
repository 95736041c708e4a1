// The analysis runs on a plain copy of the TypeScript module holding only the members it uses
// (the `Ts` type is checked against that list). Here: every one of them exists in each TypeScript
// the tests run on, and the copy answers as the module does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainTypeScript } from '../../src/core';

const VERSIONS = { 'typescript 6.0': require('typescript'), 'typescript 5.9': require('typescript-5.9') } as Record<string, typeof import('typescript')>;

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

  it('is made once per TypeScript instance', () => {
    assert.equal(plainTypeScript(VERSIONS['typescript 6.0']!), plainTypeScript(VERSIONS['typescript 6.0']!));
    assert.notEqual(plainTypeScript(VERSIONS['typescript 6.0']!), plainTypeScript(VERSIONS['typescript 5.9']!));
  });
});
