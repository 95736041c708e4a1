// Runs every measurement once in smoke mode (small inputs, one run per config): checks that the
// scripts still work after a change to them or to bench/harness.ts. Its figures mean nothing.
//
//   npm run bench:smoke      (builds first; a few minutes on 2 cores)
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pluginEntry, repoRoot } from './harness';

const SCRIPTS: string[][] = [
  ['analysis-cost.ts'],
  ['eslint-overhead.ts'],
  ['tsserver-latency.ts'],
  ['oxlint-overhead.ts'],
  ['model-json.ts'],
  // This build against itself: the other build is only a path to a dist/eslint/index.js.
  ['compare-revisions.ts', pluginEntry],
  ['crash-free.ts'],
];
// Instruction counts need valgrind, which not every machine has.
if (spawnSync('valgrind', ['--version']).status === 0) SCRIPTS.push(['instruction-count.ts', pluginEntry]);
else process.stdout.write('instruction-count.ts skipped: valgrind is not installed\n');

const failed: string[] = [];
for (const [script, ...args] of SCRIPTS) {
  process.stdout.write(`\n### ${script} --smoke\n\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, script!), ...args, '--smoke'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) failed.push(`${script} (exit ${result.status ?? result.signal})`);
}
process.stdout.write(failed.length === 0 ? `\nall ${SCRIPTS.length} scripts ran\n` : `\nfailed: ${failed.join(', ')}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
