// Crash-freedom on a fixed sample, fast enough for `npm test`: every .js file under
// node_modules/@tensorflow/*/dist except the bundles (tf*.js and *.min.js at dist/'s root,
// dist/miniprogram/), linted with every rule through the real ESLint API. No rule may throw.
// bench/crash-free.ts (`npm run crash-free`) runs the same lint over all of node_modules.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';
import { crashLint, filesUnder } from './crash-lint';
import { repoRoot } from './lint-tfjs-layers';

const tensorflow = path.join(repoRoot, 'node_modules', '@tensorflow');

function isBundle(dist: string, file: string): boolean {
  const relative = path.relative(dist, file).split(path.sep);
  if (relative[0] === 'miniprogram') return true;
  return relative.length === 1 && (relative[0]!.startsWith('tf') || relative[0]!.endsWith('.min.js'));
}

it('lints every module file of @tensorflow/*/dist with every rule, and no rule throws', async () => {
  const files = fs
    .readdirSync(tensorflow)
    .map((name) => path.join(tensorflow, name, 'dist'))
    .filter((dist) => fs.existsSync(dist))
    .flatMap((dist) => filesUnder(dist, ['.js'], (file) => !isBundle(dist, file)));
  // tfjs, -core, -layers, -converter, -data and the two backends: well over a thousand files.
  assert.ok(files.length > 1000, `sample has ${files.length} files`);
  const stats = await crashLint(files, { chunkSize: 200 });
  assert.deepEqual(
    stats.ruleExceptions.map((error) => `${error.file}: ${error.stack}`),
    [],
    'rule exceptions',
  );
  assert.deepEqual(
    stats.otherExceptions.map((error) => `${error.file}: ${error.stack}`),
    [],
    'other thrown errors',
  );
  assert.deepEqual(stats.notLinted, [], 'files ESLint did not lint');
  assert.equal(stats.parseErrors, 0, stats.parseErrorSamples.join('\n'));
  assert.ok(stats.findings > 0, 'the rules ran (tfjs-layers has findings)');
});
