// What every measurement in bench/ shares: fresh processes timed from outside, interleaved runs,
// medians and the fastest-slowest spread, the plugin's own time from ESLint's TIMING=all table,
// corpora copied from node_modules, flat configs written to a temp dir, and markdown tables.
//
// A benchmark here is a ratio against a baseline measured in the same run (ESLint with no rules,
// oxlint without the plugin, tsserver without it), never an absolute time, and nothing asserts one.
//
// Smoke mode (`--smoke`, or BENCH_SMOKE=1): every script runs once on small inputs (a few files
// per corpus, one run per config), to check that it still works; its figures mean nothing.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export const repoRoot = path.join(__dirname, '..');
export const eslintBin = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');
/** This checkout's built ESLint plugin. */
export const pluginEntry = path.join(repoRoot, 'dist/eslint/index.js');

// ---------------------------------------------------------------------------------------------
// Command line

const argv = process.argv.slice(2);
export const SMOKE = argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
/** How many files a copied corpus keeps in smoke mode. */
export const SMOKE_FILES = 20;

/** `--name <number>`, or `fallback` when absent or not a number. */
export function numberOption(name: string, fallback: number): number {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) || fallback : fallback;
}

/** `--name <a,b,c>` as a set, or undefined when absent. */
export function listOption(name: string): Set<string> | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? new Set(argv[at + 1]!.split(',')) : undefined;
}

/** The arguments that are neither `--smoke` nor an option named in `options` nor its value. */
export function positionals(options: readonly string[] = []): string[] {
  return argv.filter((arg, i) => arg !== '--smoke' && !options.includes(arg) && !options.includes(argv[i - 1]!));
}

if (SMOKE) process.stderr.write(`smoke run (${path.basename(process.argv[1] ?? '')}): small inputs, one run each; the figures mean nothing\n`);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

/** The middle value (the upper one of the two middles for an even count). */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/** Linear interpolation between the closest ranks: quantile(values, 0.9) is the p90. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const fmt = (value: number, digits = 0): string => value.toFixed(digits);
/** candidate / baseline to three decimals: what a benchmark here reports. */
export const ratio = (candidate: number, baseline: number): string => fmt(candidate / baseline, 3);
/** Fastest and slowest run, `12–15`: how noisy the machine was. */
export const spread = (values: number[], dash = '–'): string => `${fmt(Math.min(...values))}${dash}${fmt(Math.max(...values))}`;
/** `median [fastest–slowest]`. */
export const medianSpread = (values: number[], dash = '–'): string => `${fmt(median(values))} [${spread(values, dash)}]`;

/** A markdown table's head: `align` has one letter per column, l or r (default: the first left, the rest right). */
export function tableHead(columns: string[], align = `l${'r'.repeat(columns.length - 1)}`): string {
  return `| ${columns.join(' | ')} |\n| ${columns.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`;
}

export const tableRow = (...cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;

// ---------------------------------------------------------------------------------------------
// Runs

/** The order of `count` steps in round `round`: with `rotate`, the round starts at step round mod count. */
const roundOrder = (round: number, count: number, rotate: boolean): number[] => Array.from({ length: count }, (_, j) => (rotate ? (round + j) % count : j));

/**
 * Runs each step once a round, for `rounds` rounds; with `rotate`, round i starts at step i mod n, so
 * that no step always runs first (on a warmer heap or a cooler CPU). Returns each step's results in
 * round order. Warm-up runs are the caller's: run them before.
 */
export function interleave<T>(rounds: number, steps: Array<(round: number) => T>, rotate = true): T[][] {
  const results = steps.map(() => [] as T[]);
  for (let round = 0; round < rounds; round++) {
    for (const step of roundOrder(round, steps.length, rotate)) results[step]!.push(steps[step]!(round));
  }
  return results;
}

/** interleave() for steps that must be awaited one by one. */
export async function interleaveAsync<T>(rounds: number, steps: Array<(round: number) => Promise<T>>, rotate = true): Promise<T[][]> {
  const results = steps.map(() => [] as T[]);
  for (let round = 0; round < rounds; round++) {
    for (const step of roundOrder(round, steps.length, rotate)) results[step]!.push(await steps[step]!(round));
  }
  return results;
}

/** `count` results of `run`, one after another. */
export const repeat = <T>(count: number, run: () => T): T[] => Array.from({ length: count }, run);

export interface Timed {
  ms: number;
  stdout: string;
  stderr: string;
}

/**
 * A fresh Node process (this Node: process.execPath) running `args` in `cwd`, timed from the outside.
 * Exit codes 0 and 1 (a linter's "problems found") pass unless `okStatus` says otherwise; any other
 * throws with `label`.
 */
export function timeNode(label: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; okStatus?: readonly number[] | 'any' }): Timed {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  const ok = options.okStatus ?? [0, 1];
  if (ok !== 'any' && !ok.includes(result.status!)) throw new Error(`${label} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

export interface EslintRun {
  /** Node options before ESLint's bin, e.g. ['-r', reporter]. */
  nodeArgs?: string[];
  /** ESLint options after `-c config`. */
  extra?: string[];
  /** What to lint, relative to the corpus dir. */
  targets?: string[];
  /** With TIMING=all: stdout then ends in ESLint's table of time per rule. */
  timing?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that pass; by default 0 and 1. */
  okStatus?: readonly number[] | 'any';
}

/** The `eslint` CLI in a fresh process on `dir`'s src/, with only the flat config `config`. */
export function runEslint(dir: string, config: string, options: EslintRun = {}): Timed {
  const args = [...(options.nodeArgs ?? []), eslintBin, '--no-config-lookup', '-c', config, ...(options.extra ?? []), ...(options.targets ?? ['src'])];
  return timeNode('eslint', args, { cwd: dir, env: { ...options.env, ...(options.timing ? { TIMING: 'all' } : {}) }, okStatus: options.okStatus });
}

/** Each rule's time in ms from the table ESLint prints with TIMING=all. */
export function ruleTimes(timingStdout: string): Array<[rule: string, ms: number]> {
  return [...timingStdout.matchAll(/^(\S+)\s*\|\s*([\d.]+)\s*\|/gm)].map((match) => [match[1]!, Number(match[2])]);
}

/** The plugin's own time, ms: its rules' lines of ESLint's TIMING=all table, summed. */
export function pluginOwnMs(timingStdout: string): number {
  return ruleTimes(timingStdout).reduce((sum, [rule, ms]) => (rule.startsWith('tfjs-layers/') ? sum + ms : sum), 0);
}

// ---------------------------------------------------------------------------------------------
// Temp dirs, corpora, configs

/** A fresh dir under the OS temp dir; remove it with removeDir() in a finally. */
export const makeWorkDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
export const removeDir = (dir: string): void => fs.rmSync(dir, { recursive: true, force: true });

/**
 * Copies the files under `from` that `keep` accepts into `<work>/<name>/src` (once per work dir: a
 * second call returns the first copy) and returns `<work>/<name>`. In smoke mode only the first
 * SMOKE_FILES files in name order.
 */
export function copyCorpus(work: string, name: string, from: string, keep: (file: string) => boolean): string {
  const dir = path.join(work, name);
  if (fs.existsSync(dir)) return dir;
  let files = (fs.readdirSync(from, { recursive: true }) as string[]).filter((file) => keep(file) && fs.statSync(path.join(from, file)).isFile()).sort();
  if (SMOKE) files = files.slice(0, SMOKE_FILES);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, 'src', file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(dir, 'src', file));
  }
  return dir;
}

/** Real layer code: the module files @tensorflow/tfjs-layers 4.22 ships in dist/ (not the bundles), 118 files. */
export const tfjsLayersCorpus = (work: string): string =>
  copyCorpus(
    work,
    'tfjs-layers',
    path.join(repoRoot, 'node_modules/@tensorflow/tfjs-layers/dist'),
    (file) => file.endsWith('.js') && !/tf-layers|miniprogram|externs/.test(file),
  );

/**
 * Code without TF.js: ESLint's own lib/. `jsOnly` keeps its 389 .js files; without it the 5 .d.ts
 * files come too, as eslint-overhead.ts has always linted it (394 files).
 */
export const eslintLibCorpus = (work: string, jsOnly: boolean): string =>
  copyCorpus(work, 'no-tfjs', path.join(repoRoot, 'node_modules/eslint/lib'), (file) => (jsOnly ? file.endsWith('.js') : true));

/** The corpus's files under src/ that ESLint lints here (.ts, .js), relative to src/. */
export function lintedFiles(dir: string): string[] {
  return (fs.readdirSync(path.join(dir, 'src'), { recursive: true }) as string[]).filter((file) => /\.(ts|js)$/.test(file));
}

export function writeConfig(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

/** The files every ESLint config here applies to. */
export const LINTED = `['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs']`;
const importFrom = (binding: string, file: string) => `import ${binding} from ${JSON.stringify(pathToFileURL(file).href)};\n`;
export const parserImport = importFrom('* as parser', require.resolve('@typescript-eslint/parser'));
export const pluginImport = (entry = pluginEntry): string => importFrom('plugin', entry);
export const tseslintImport = importFrom('tseslint', require.resolve('@typescript-eslint/eslint-plugin'));

/** The baseline: ESLint with the typescript-eslint parser and no rules. */
export const noRulesConfig = (dir: string, name: string): string =>
  writeConfig(dir, name, `${parserImport}export default [{ files: ${LINTED}, languageOptions: { parser } }];\n`);

/** The candidate: configs.all of the plugin built at `entry` (this checkout's by default). */
export const allRulesConfig = (dir: string, name: string, entry = pluginEntry): string =>
  writeConfig(dir, name, `${pluginImport(entry)}export default [{ ...plugin.configs.all, files: ${LINTED} }];\n`);
