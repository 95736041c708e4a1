// Instructions, not milliseconds: the shared analysis and every check over the tfjs-layers corpus,
// once and cold, counted by valgrind for this build and another one. On a shared 2-core machine
// TIMING=all moves by about a point between runs; the analysis's instruction count moves by 1-2%
// (0.2% of the whole run), so it tells whether a change made the analysis cheaper before a
// compare-revisions run confirms it.
//
//   node --import tsx bench/instruction-count.ts <other checkout>/dist/eslint/index.js [--opt] [--smoke]
//
// Node runs with --single-threaded (no background compiler threads: the count repeats) and, unless
// --opt, with --no-opt: in a cold ESLint run TurboFan optimizes only the plugin's small hot helpers
// (about 18 of ~640 functions), and with it on the count also holds compile work that ESLint does on
// another core.
// Each build is counted with and without the analysis (the same parse of the corpus): the
// difference is the analysis's. Needs valgrind (Debian: `apt-get install valgrind`). Never asserts.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { argv } from 'node:process';
import { fmt, makeWorkDir, pluginEntry, positionals, removeDir, SMOKE, tableHead, tableRow, tfjsLayersCorpus } from './harness';

const [otherEntry] = positionals();
if (!otherEntry) throw new Error('Name the other build: node --import tsx bench/instruction-count.ts <other checkout>/dist/eslint/index.js');
if (spawnSync('valgrind', ['--version']).status !== 0)
  throw new Error('valgrind is not installed: install it (Debian: apt-get install valgrind) to count instructions.');

const CHILD = path.join(__dirname, 'instruction-count-child.cjs');
const nodeFlags = ['--single-threaded', ...(argv.includes('--opt') ? [] : ['--no-opt'])];
const coreOf = (eslintEntry: string): string => path.join(path.dirname(path.resolve(eslintEntry)), '..', 'core', 'index.js');

/** Instructions valgrind counts for one run of the child. */
function countInstructions(coreEntry: string, corpus: string, run: 0 | 1): { instructions: number; findings: number } {
  const result = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...nodeFlags, CHILD, coreEntry, corpus, String(run)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr);
  if (result.status !== 0 || !refs) throw new Error(`valgrind failed (exit ${String(result.status)}): ${result.stderr.slice(-500)}`);
  const out = JSON.parse(result.stdout.trim().split('\n').pop()!) as { findings: number };
  return { instructions: Number(refs[1]!.replace(/,/g, '')), findings: out.findings };
}

const work = makeWorkDir('tfjs-layers-instructions-');
try {
  const corpus = path.join(tfjsLayersCorpus(work), 'src');
  console.log(
    `Node ${process.version} ${nodeFlags.join(' ')}, under valgrind (cachegrind, instructions only); one cold pass over ${SMOKE ? 'a few' : 'all'} tfjs-layers dist/ files.\n`,
  );
  console.log(tableHead(['build', 'parse only (M instr.)', 'parse + analysis + checks (M instr.)', 'analysis + checks (M instr.)', 'findings']));
  const rows: Array<[string, number]> = [];
  for (const [label, entry] of [
    ['other', otherEntry],
    ['this', pluginEntry],
  ] as const) {
    const core = coreOf(entry);
    const without = countInstructions(core, corpus, 0);
    const withAnalysis = countInstructions(core, corpus, 1);
    const analysis = withAnalysis.instructions - without.instructions;
    rows.push([label, analysis]);
    console.log(tableRow(label, fmt(without.instructions / 1e6), fmt(withAnalysis.instructions / 1e6), fmt(analysis / 1e6), withAnalysis.findings));
  }
  console.log(`\nthis / other: ${fmt(rows[1]![1] / rows[0]![1], 3)}`);
} finally {
  removeDir(work);
}
