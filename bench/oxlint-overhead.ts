// oxlint's wall time with and without this plugin as a jsPlugin, on the same files: examples/, and a
// copy of ESLint's own lib/ (JavaScript without TF.js, where the plugin should cost only its load).
// Each config runs `--runs` times (default 7) in rotation; medians with [fastest-slowest].
//
//   npm run bench:oxlint            (builds first)
//   node --import tsx bench/oxlint-overhead.ts --runs 11
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const oxlintBin = path.join(repoRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');
const pluginEntry = path.join(repoRoot, 'dist', 'eslint', 'index.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const recommended = (require(pluginEntry) as { configs: { recommended: { rules: Record<string, unknown> } } }).configs.recommended.rules;

interface Corpus {
  name: string;
  dir: string;
}

function copyCorpus(from: string, to: string, filter: (file: string) => boolean): void {
  for (const file of fs.readdirSync(from, { recursive: true }) as string[]) {
    const source = path.join(from, file);
    if (!fs.statSync(source).isFile() || !filter(file)) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(source, path.join(to, file));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOxlint(dir: string, config: string): { ms: number; diagnostics: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [oxlintBin, '--config', config, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) throw new Error(`oxlint exited with ${result.status}: ${result.stderr}`);
  return { ms, diagnostics: (JSON.parse(result.stdout) as { diagnostics: unknown[] }).diagnostics.length };
}

function main(): void {
  if (!fs.existsSync(pluginEntry)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench:oxlint does)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-oxlint-bench-'));
  try {
    const corpora: Corpus[] = [
      { name: 'examples/ (TF.js layers, .ts and .js)', dir: path.join(work, 'examples') },
      { name: "ESLint's lib/ (no TF.js)", dir: path.join(work, 'eslint-lib') },
    ];
    copyCorpus(path.join(repoRoot, 'examples'), corpora[0]!.dir, (file) => /\.[cm]?[jt]s$/.test(file) && !file.includes('eslint.config'));
    copyCorpus(path.join(repoRoot, 'node_modules', 'eslint', 'lib'), corpora[1]!.dir, (file) => file.endsWith('.js'));
    const without = path.join(work, 'without.json');
    const withPlugin = path.join(work, 'with.json');
    // Both configs turn oxlint's own default rules off, so the difference is the plugin alone.
    fs.writeFileSync(without, JSON.stringify({ categories: { correctness: 'off' }, rules: { 'no-debugger': 'error' } }));
    fs.writeFileSync(withPlugin, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [pluginEntry], rules: { 'no-debugger': 'error', ...recommended } }));

    console.log(`oxlint ${spawnSync(process.execPath, [oxlintBin, '--version'], { encoding: 'utf8' }).stdout.trim()}, Node ${process.version}, ${os.cpus().length} CPUs, ${RUNS} runs per config (median [min-max])\n`);
    console.log('| corpus | files | without the plugin (ms) | with configs.recommended as jsPlugin (ms) | added (ms) | findings |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const corpus of corpora) {
      const files = (fs.readdirSync(corpus.dir, { recursive: true }) as string[]).filter((file) => /\.[cm]?[jt]s$/.test(file)).length;
      timeOxlint(corpus.dir, without); // warm-up: file cache, oxlint's binary
      timeOxlint(corpus.dir, withPlugin);
      const times = { without: [] as number[], with: [] as number[] };
      let findings = 0;
      for (let run = 0; run < RUNS; run++) {
        times.without.push(timeOxlint(corpus.dir, without).ms);
        const withRun = timeOxlint(corpus.dir, withPlugin);
        times.with.push(withRun.ms);
        findings = withRun.diagnostics;
      }
      const fmt = (values: number[]) => `${median(values).toFixed(0)} [${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}]`;
      console.log(`| ${corpus.name} | ${files} | ${fmt(times.without)} | ${fmt(times.with)} | ${(median(times.with) - median(times.without)).toFixed(0)} | ${findings} |`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
