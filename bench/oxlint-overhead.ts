// oxlint's wall time with and without this plugin as a jsPlugin, on the same files: examples/, and a
// copy of ESLint's own lib/ (JavaScript without TF.js, where the plugin should cost only its load).
// Each config runs `--runs` times (default 7) in rotation; medians with [fastest-slowest].
//
//   npm run bench:oxlint            (builds first)
//   node --import tsx bench/oxlint-overhead.ts --runs 11 [--smoke]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  copyCorpus,
  eslintLibCorpus,
  fmt,
  interleave,
  makeWorkDir,
  median,
  medianSpread,
  numberOption,
  pluginEntry,
  removeDir,
  repoRoot,
  SMOKE,
  tableHead,
  tableRow,
  timeNode,
} from './harness';

const oxlintBin = path.join(repoRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');
const RUNS = SMOKE ? 1 : numberOption('--runs', 7);

function timeOxlint(dir: string, config: string): { ms: number; diagnostics: number } {
  const { ms, stdout } = timeNode('oxlint', [oxlintBin, '--config', config, '--format', 'json', '.'], { cwd: dir });
  return { ms, diagnostics: (JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics.length };
}

function main(): void {
  if (!fs.existsSync(pluginEntry)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench:oxlint does)');
  const recommended = (require(pluginEntry) as { configs: { recommended: { rules: Record<string, unknown> } } }).configs.recommended.rules;
  const work = makeWorkDir('tfjs-layers-oxlint-bench-');
  try {
    const corpora = [
      {
        name: 'examples/ (TF.js layers, .ts and .js)',
        dir: copyCorpus(work, 'examples', path.join(repoRoot, 'examples'), (file) => /\.[cm]?[jt]s$/.test(file) && !file.includes('eslint.config')),
      },
      { name: "ESLint's lib/ (no TF.js)", dir: eslintLibCorpus(work, true) },
    ];
    // Both configs turn oxlint's own default rules off, so the difference is the plugin alone.
    const without = path.join(work, 'without.json');
    const withPlugin = path.join(work, 'with.json');
    fs.writeFileSync(without, JSON.stringify({ categories: { correctness: 'off' }, rules: { 'no-debugger': 'error' } }));
    fs.writeFileSync(
      withPlugin,
      JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [pluginEntry], rules: { 'no-debugger': 'error', ...recommended } }),
    );

    console.log(
      `oxlint ${timeNode('oxlint', [oxlintBin, '--version'], { cwd: work }).stdout.trim()}, Node ${process.version}, ${os.cpus().length} CPUs, ${RUNS} runs per config (median [min-max])\n`,
    );
    console.log(tableHead(['corpus', 'files', 'without the plugin (ms)', 'with configs.recommended as jsPlugin (ms)', 'added (ms)', 'findings']));
    for (const corpus of corpora) {
      const files = (fs.readdirSync(corpus.dir, { recursive: true }) as string[]).filter((file) => /\.[cm]?[jt]s$/.test(file)).length;
      timeOxlint(corpus.dir, without); // warm-up: file cache, oxlint's binary
      timeOxlint(corpus.dir, withPlugin);
      const [withoutRuns, withRuns] = interleave(RUNS, [() => timeOxlint(corpus.dir, without), () => timeOxlint(corpus.dir, withPlugin)], false);
      const [times, timesWith] = [withoutRuns!.map((run) => run.ms), withRuns!.map((run) => run.ms)];
      console.log(
        tableRow(
          corpus.name,
          files,
          medianSpread(times, '-'),
          medianSpread(timesWith, '-'),
          fmt(median(timesWith) - median(times)),
          withRuns!.at(-1)!.diagnostics,
        ),
      );
    }
  } finally {
    removeDir(work);
  }
}

main();
