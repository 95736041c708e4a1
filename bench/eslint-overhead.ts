// What the plugin costs next to ESLint's own work, measured with the real `eslint` CLI.
//
//   npm run bench                          (builds, then every part below)
//   node --import tsx bench/eslint-overhead.ts [--runs 5] [--only untyped,timing,typed,scaling,concurrency]
//
// Corpora: (1) the layer code @tensorflow/tfjs-layers 4.22 ships in dist/ (module files, not the
// bundles); (2) a generated layer-heavy project (bench/generate-corpus.ts, fixed seed); (3) code with
// no TF.js at all (ESLint's own lib/), which prices the pre-filter. For each, ESLint with the same
// parser and no rules is the baseline, and configs.all the candidate; a third run with one trivial
// core rule (no-debugger) shows what ESLint itself spends once any rule is on. Runs rotate between
// the three, and the script prints medians of wall time and peak memory and their ratios. It never asserts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus';

const root = path.join(__dirname, '..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const pluginEntry = pathToFileURL(path.join(root, 'dist/eslint/index.js')).href;
const parserEntry = pathToFileURL(require.resolve('@typescript-eslint/parser')).href;
const args = process.argv.slice(2);
const RUNS = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 5);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : undefined;
const wants = (part: string) => !only || only.has(part);

interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-bench-'));
// Reports the child's peak resident memory on exit.
const rssReporter = path.join(work, 'report-rss.cjs');
fs.writeFileSync(rssReporter, "process.on('exit', () => process.stderr.write(`\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));\n");
// What each run prints: file, rule, line and column per problem. ESLint's json formatter would also
// print the whole source of every file with a problem (~9 MB on the generated corpus), which prices
// the output, not the linting.
const compactFormatter = path.join(work, 'compact-formatter.cjs');
fs.writeFileSync(compactFormatter, 'module.exports = (results) => JSON.stringify(results.map((file) => ({ filePath: file.filePath, messages: file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column })) })));\n');

function writeConfig(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

function configs(dir: string, typed: boolean): { base: string; oneRule: string; plugin: string } {
  const files = `['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs']`;
  const parserOptions = typed ? `{ projectService: true, tsconfigRootDir: ${JSON.stringify(dir)} }` : '{}';
  const base = writeConfig(dir, 'eslint.base.mjs', `import * as parser from ${JSON.stringify(parserEntry)};\nexport default [{ files: ${files}, languageOptions: { parser, parserOptions: ${parserOptions} } }];\n`);
  // ESLint does work for any enabled rule that it skips with none: one trivial core rule separates that from the plugin's own cost.
  const oneRule = writeConfig(dir, 'eslint.one-rule.mjs', `import * as parser from ${JSON.stringify(parserEntry)};\nexport default [{ files: ${files}, languageOptions: { parser, parserOptions: ${parserOptions} }, rules: { 'no-debugger': 'error' } }];\n`);
  const plugin = writeConfig(
    dir,
    'eslint.plugin.mjs',
    typed
      ? `import plugin from ${JSON.stringify(pluginEntry)};\nexport default [plugin.configs['recommended-type-checked'], { languageOptions: { parserOptions: { tsconfigRootDir: ${JSON.stringify(dir)} } } }];\n`
      : `import plugin from ${JSON.stringify(pluginEntry)};\nexport default [{ ...plugin.configs.all, files: ${files} }];\n`,
  );
  return { base, oneRule, plugin };
}

function lint(dir: string, config: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-r', rssReporter, eslintBin, '--no-config-lookup', '-c', config, '--format', compactFormatter, ...extra, 'src'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, stdout: result.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const fmt = (value: number, digits = 0) => value.toFixed(digits);

/** Baseline, one-rule and plugin runs, rotating which goes first. */
function compare(label: string, dir: string, typed = false): { baseMs: number; pluginMs: number } {
  const { base, oneRule, plugin } = configs(dir, typed);
  const runs: Record<'base' | 'oneRule' | 'plugin', Run[]> = { base: [], oneRule: [], plugin: [] };
  const order = [['base', base], ['oneRule', oneRule], ['plugin', plugin]] as const;
  lint(dir, base); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < order.length; j++) {
      const [name, config] = order[(i + j) % order.length]!;
      runs[name].push(lint(dir, config));
    }
  }
  const ms = (name: keyof typeof runs) => median(runs[name].map((run) => run.ms));
  const rss = (name: keyof typeof runs) => median(runs[name].map((run) => run.rssMb));
  const findings = (JSON.parse(runs.plugin[0]!.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>).reduce((sum, file) => sum + file.messages.filter((message) => message.ruleId?.startsWith('tfjs-layers/')).length, 0);
  console.log(
    `| ${label} | ${fmt(ms('base'))} | ${fmt(ms('oneRule'))} | ${fmt(ms('plugin'))} | ${fmt(ms('plugin') / ms('base'), 3)} | ${fmt(ms('plugin') / ms('oneRule'), 3)} | ${fmt(rss('base'))} | ${fmt(rss('plugin'))} | ${fmt(rss('plugin') / rss('base'), 3)} | ${findings} |`,
  );
  return { baseMs: ms('base'), pluginMs: ms('plugin') };
}

function corpusFromTfjsLayers(): string {
  const dir = path.join(work, 'tfjs-layers');
  const source = path.join(root, 'node_modules/@tensorflow/tfjs-layers/dist');
  for (const file of fs.readdirSync(source, { recursive: true }) as string[]) {
    if (!file.endsWith('.js') || /tf-layers|miniprogram|externs/.test(file)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, 'src', file)), { recursive: true });
    fs.copyFileSync(path.join(source, file), path.join(dir, 'src', file));
  }
  return dir;
}

function corpusWithoutTfjs(): string {
  const dir = path.join(work, 'no-tfjs');
  fs.cpSync(path.join(root, 'node_modules/eslint/lib'), path.join(dir, 'src'), { recursive: true });
  return dir;
}

function describeCorpus(dir: string): string {
  const files = (fs.readdirSync(path.join(dir, 'src'), { recursive: true }) as string[]).filter((file) => /\.(ts|js)$/.test(file));
  const lines = files.reduce((sum, file) => sum + fs.readFileSync(path.join(dir, 'src', file), 'utf8').split('\n').length, 0);
  return `${files.length} files, ${lines} lines`;
}

const header =
  '| corpus | no rules (ms) | one core rule (ms) | plugin (ms) | plugin / no rules | plugin / one rule | no rules peak (MB) | plugin peak (MB) | memory ratio | plugin findings |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

try {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, medians of ${RUNS} alternating runs per config.\n`);
  const generated = path.join(work, 'generated-1000');
  generateCorpus(generated, 1000);

  if (wants('untyped')) {
    console.log('## Untyped: ESLint with the typescript-eslint parser, no rules vs configs.all\n');
    console.log(header);
    for (const [label, dir] of [['tfjs-layers dist', corpusFromTfjsLayers()], ['generated (1,000 files)', generated], ['no TF.js (eslint/lib)', corpusWithoutTfjs()]] as const) {
      compare(`${label}: ${describeCorpus(dir)}`, dir);
    }
  }

  if (wants('timing')) {
    console.log('\n## TIMING=all, configs.all on the generated corpus (the first rule pays for the shared analysis)\n');
    const { plugin } = configs(generated, false);
    const output = spawnSync(process.execPath, [eslintBin, '--no-config-lookup', '-c', plugin, 'src'], { cwd: generated, encoding: 'utf8', env: { ...process.env, TIMING: 'all' }, maxBuffer: 1 << 30 }).stdout;
    console.log(output.slice(output.indexOf('Rule ')).trim());
  }

  if (wants('typed')) {
    const typedDir = path.join(work, 'generated-250');
    generateCorpus(typedDir, 250);
    console.log('\n## Typed: projectService, no rules vs recommended-type-checked (generated, 250 files)\n');
    console.log(header);
    compare(`generated typed: ${describeCorpus(typedDir)}`, typedDir, true);
  }

  if (wants('scaling')) {
    console.log('\n## Scaling: configs.all on the generated corpus\n');
    console.log('| files | no rules (ms) | configs.all (ms) | plugin ms per file |\n| ---: | ---: | ---: | ---: |');
    for (const count of [250, 500, 1000]) {
      const dir = count === 1000 ? generated : path.join(work, `generated-${count}`);
      if (count !== 1000) generateCorpus(dir, count);
      const { base, plugin } = configs(dir, false);
      const baseMs = median(Array.from({ length: 3 }, () => lint(dir, base).ms));
      const pluginMs = median(Array.from({ length: 3 }, () => lint(dir, plugin).ms));
      console.log(`| ${count} | ${fmt(baseMs)} | ${fmt(pluginMs)} | ${fmt((pluginMs - baseMs) / count, 2)} |`);
    }
  }

  if (wants('concurrency')) {
    console.log('\n## --concurrency auto vs one thread, configs.all, generated (1,000 files)\n');
    const { plugin } = configs(generated, false);
    const one = lint(generated, plugin);
    const auto = lint(generated, plugin, ['--concurrency', 'auto']);
    const summary = (run: Run) => JSON.stringify((JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>).map((file) => [path.relative(generated, file.filePath), file.messages.map((message) => [message.ruleId, message.line, message.column])]).sort());
    console.log(`one thread ${fmt(one.ms)} ms, --concurrency auto ${fmt(auto.ms)} ms: speed-up ${fmt(one.ms / auto.ms, 2)}x; findings identical: ${summary(one) === summary(auto)}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
