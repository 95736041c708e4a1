// The rules' own time (ESLint's TIMING=all) and wall time with two builds of the plugin, interleaved
// in one run, each against ESLint with no rules: how a change moves the real-code ratio.
//
//   git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npm run build)
//   npm run build && node --import tsx bench/compare-revisions.ts /tmp/before/dist/eslint/index.js [runs=7]
//
// Corpora: @tensorflow/tfjs-layers' dist/ module files (real layer code) and ESLint's own lib/ (no
// TF.js). Both builds run under this checkout's ESLint and parser. Prints medians; never asserts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.join(__dirname, '..');
const [beforeEntry, runsArg] = process.argv.slice(2);
if (!beforeEntry) throw new Error('Name the other build: node --import tsx bench/compare-revisions.ts <other checkout>/dist/eslint/index.js');
const RUNS = Number(runsArg ?? 7);
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const parser = require.resolve('@typescript-eslint/parser');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-compare-'));
const LINTED = "['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs']";

function copyCorpus(name: string, from: string, keep: (file: string) => boolean): string {
  const dir = path.join(work, name);
  for (const file of fs.readdirSync(from, { recursive: true }) as string[]) {
    if (!keep(file)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, 'src', file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(dir, 'src', file));
  }
  return dir;
}

function writeConfig(dir: string, name: string, body: string): string {
  fs.writeFileSync(path.join(dir, name), body);
  return path.join(dir, name);
}

function lint(dir: string, config: string, timing: boolean): { ms: number; ownMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [eslintBin, '--no-config-lookup', '-c', config, 'src'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...(timing ? { TIMING: 'all' } : {}) }, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const ownMs = [...result.stdout.matchAll(/^(tfjs-layers\/\S+)\s*\|\s*([\d.]+)\s*\|/gm)].reduce((sum, match) => sum + Number(match[2]), 0);
  return { ms, ownMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  const corpora: Array<[string, string]> = [
    ['@tensorflow/tfjs-layers dist/', copyCorpus('tfjs-layers', path.join(root, 'node_modules/@tensorflow/tfjs-layers/dist'), (file) => file.endsWith('.js') && !/tf-layers|miniprogram|externs/.test(file))],
    ['no TF.js (eslint/lib)', copyCorpus('no-tfjs', path.join(root, 'node_modules/eslint/lib'), (file) => file.endsWith('.js'))],
  ];
  const builds: Array<[string, string]> = [['other', path.resolve(beforeEntry)], ['this', path.join(root, 'dist/eslint/index.js')]];
  console.log(`Node ${process.version}, medians of ${RUNS} interleaved runs; own = the plugin's rules in TIMING=all, as % of ESLint with no rules.\n`);
  console.log('| corpus | no rules (ms) | other: own (ms) | other: own / no rules | this: own (ms) | this: own / no rules | wall all / no rules: other / this |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, dir] of corpora) {
    const noRules = writeConfig(dir, 'no-rules.mjs', `import * as parser from '${parser}';\nexport default [{ files: ${LINTED}, languageOptions: { parser } }];\n`);
    const configs = builds.map(([name, entry]) => [name, writeConfig(dir, `${name}.mjs`, `import plugin from '${entry}';\nexport default [{ ...plugin.configs.all, files: ${LINTED} }];\n`)] as const);
    const base: number[] = [];
    const own: Record<string, number[]> = { other: [], this: [] };
    const wall: Record<string, number[]> = { other: [], this: [] };
    lint(dir, noRules, false); // warm-up
    for (let run = 0; run < RUNS; run++) {
      base.push(lint(dir, noRules, false).ms);
      for (const [name, config] of configs) {
        wall[name]!.push(lint(dir, config, false).ms);
        own[name]!.push(lint(dir, config, true).ownMs);
      }
    }
    const b = median(base);
    const pct = (name: string) => `${((100 * median(own[name]!)) / b).toFixed(1)}%`;
    console.log(`| ${label} | ${b.toFixed(0)} | ${median(own.other!).toFixed(0)} | ${pct('other')} | ${median(own.this!).toFixed(0)} | ${pct('this')} | ${(median(wall.other!) / b).toFixed(3)} / ${(median(wall.this!) / b).toFixed(3)} |`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
