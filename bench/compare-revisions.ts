// The rules' own time (ESLint's TIMING=all) and wall time with two builds of the plugin, interleaved
// in one run, each against ESLint with no rules: how a change moves the real-code ratio.
//
//   git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npm run build)
//   npm run bench:compare -- /tmp/before/dist/eslint/index.js [runs=7]
//   (or, built already: node --import tsx bench/compare-revisions.ts /tmp/before/dist/eslint/index.js [runs=7] [--smoke])
//
// Corpora: @tensorflow/tfjs-layers' dist/ module files (real layer code) and ESLint's own lib/ (no
// TF.js). Both builds run under this checkout's ESLint and parser. Prints medians; never asserts.
import * as path from 'node:path';
import {
  allRulesConfig,
  eslintLibCorpus,
  fmt,
  interleave,
  makeWorkDir,
  median,
  noRulesConfig,
  pluginEntry,
  pluginOwnMs,
  positionals,
  removeDir,
  runEslint,
  SMOKE,
  tableHead,
  tableRow,
  tfjsLayersCorpus,
} from './harness';

const [beforeEntry, runsArg] = positionals();
if (!beforeEntry) throw new Error('Name the other build: node --import tsx bench/compare-revisions.ts <other checkout>/dist/eslint/index.js');
const RUNS = SMOKE ? 1 : Number(runsArg ?? 7);
const work = makeWorkDir('tfjs-layers-compare-');

try {
  const corpora: Array<[string, string]> = [
    ['@tensorflow/tfjs-layers dist/', tfjsLayersCorpus(work)],
    ['no TF.js (eslint/lib)', eslintLibCorpus(work, true)],
  ];
  const builds: Array<[string, string]> = [
    ['other', path.resolve(beforeEntry)],
    ['this', pluginEntry],
  ];
  console.log(`Node ${process.version}, medians of ${RUNS} interleaved runs; own = the plugin's rules in TIMING=all, as % of ESLint with no rules.\n`);
  console.log(
    tableHead([
      'corpus',
      'no rules (ms)',
      'other: own (ms)',
      'other: own / no rules',
      'this: own (ms)',
      'this: own / no rules',
      'wall all / no rules: other / this',
    ]),
  );
  for (const [label, dir] of corpora) {
    const noRules = noRulesConfig(dir, 'no-rules.mjs');
    const configs = builds.map(([name, entry]) => allRulesConfig(dir, `${name}.mjs`, entry));
    runEslint(dir, noRules); // warm-up
    // Each run: no rules, then per build its wall time and its TIMING=all own time, in this order.
    const [base, otherWall, otherOwn, thisWall, thisOwn] = interleave(
      RUNS,
      [
        () => runEslint(dir, noRules).ms,
        ...configs.flatMap((config) => [() => runEslint(dir, config).ms, () => pluginOwnMs(runEslint(dir, config, { timing: true }).stdout)]),
      ],
      false,
    );
    const b = median(base!);
    const pct = (own: number[]) => `${fmt((100 * median(own)) / b, 1)}%`;
    console.log(
      tableRow(
        label,
        fmt(b),
        fmt(median(otherOwn!)),
        pct(otherOwn!),
        fmt(median(thisOwn!)),
        pct(thisOwn!),
        `${fmt(median(otherWall!) / b, 3)} / ${fmt(median(thisWall!) / b, 3)}`,
      ),
    );
  }
} finally {
  removeDir(work);
}
