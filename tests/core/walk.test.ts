// walk() and walkMemberBody() with a kind filter call the visitor for fewer nodes, and must
// otherwise behave as without one: the same nodes of the wanted kinds, in the same order, with
// the same subtrees skipped. Held against the unfiltered walks on the bundled examples.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import typescript = require('typescript');
import { IDENTIFIERS, isFunctionLike, kindFilter, plainTypeScript, walk, walkMemberBody, type KindFilter } from '../../src/core/ts-ast';

const ts = plainTypeScript(typescript);
const examples = path.join(__dirname, '../../examples');
const sources = (fs.readdirSync(examples, { recursive: true }) as string[])
  .filter((file) => /\.(ts|js|mjs|cjs)$/.test(file) && !file.includes('node_modules'))
  .map((file) => ts.createSourceFile(file, fs.readFileSync(path.join(examples, file), 'utf8'), ts.ScriptTarget.Latest, true));

/** Every method and constructor body of a file. */
function memberBodies(sourceFile: typescript.SourceFile): typescript.Block[] {
  const bodies: typescript.Block[] = [];
  walk(ts, sourceFile, (node) => {
    if ((ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) && node.body) bodies.push(node.body);
  });
  return bodies;
}

// A visitor that skips nested functions and type syntax, as several checks do: with a filter that
// names those kinds, it must see what it saw without one.
const FILTER = kindFilter((kinds) => [kinds.CallExpression, kinds.PropertyAccessExpression, kinds.ClassExpression], { typeSyntax: true, functions: true });
function visitsOf(run: (visit: (node: typescript.Node) => boolean) => void, table: Uint8Array): string[] {
  const seen: string[] = [];
  run((node) => {
    if (table[node.kind] === 1) seen.push(`${ts.SyntaxKind[node.kind]}@${node.pos}`);
    return !isFunctionLike(ts, node) && !(node.kind >= ts.SyntaxKind.FirstTypeNode && node.kind <= ts.SyntaxKind.LastTypeNode);
  });
  return seen;
}

describe('walks with a kind filter', () => {
  const table = FILTER(ts);
  const bodies = sources.flatMap(memberBodies);

  it('run on real code', () => {
    assert.ok(sources.length >= 5 && bodies.length >= 20, `${sources.length} files, ${bodies.length} bodies`);
  });

  it('walkMemberBody() visits the same nodes and skips the same subtrees as without a filter', () => {
    let visited = 0;
    for (const body of bodies) {
      const unfiltered = visitsOf((visit) => walkMemberBody(ts, body, visit), table);
      const filtered = visitsOf((visit) => walkMemberBody(ts, body, visit, FILTER), table);
      assert.deepEqual(filtered, unfiltered);
      visited += filtered.length;
    }
    assert.ok(visited > 100);
  });

  it('walk() visits the same nodes and skips the same subtrees as without a filter', () => {
    for (const sourceFile of sources) {
      assert.deepEqual(
        visitsOf((visit) => walk(ts, sourceFile, visit, FILTER), table),
        visitsOf((visit) => walk(ts, sourceFile, visit), table),
      );
    }
  });

  it('calls the visitor only for the kinds asked for', () => {
    const kinds = new Set<typescript.SyntaxKind>();
    for (const sourceFile of sources) walk(ts, sourceFile, (node) => void kinds.add(node.kind), IDENTIFIERS);
    assert.deepEqual([...kinds], [ts.SyntaxKind.Identifier]);
  });

  it('`functions` holds exactly the kinds isFunctionLike() accepts', () => {
    const functions: KindFilter = kindFilter(() => [], { functions: true });
    const table = functions(ts);
    const count: number = ts.SyntaxKind.Count;
    for (let kind = 0; kind < count; kind++) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- every number below Count is a SyntaxKind
      assert.equal(table[kind] === 1, isFunctionLike(ts, { kind } as typescript.Node), ts.SyntaxKind[kind]);
    }
  });

  it('is built per TypeScript instance: kind numbers differ between versions', () => {
    const other = plainTypeScript(require('typescript-5.9') as typeof typescript);
    assert.notEqual(FILTER(other), FILTER(ts));
    assert.equal(IDENTIFIERS(other)[other.SyntaxKind.Identifier], 1);
  });
});
