// What the plugin costs next to ESLint's own work, measured with the real `eslint` CLI.
//
//   npm run bench                          (builds, then every part below)
//   node --import tsx bench/eslint-overhead.ts [--runs 5] [--only untyped,memory,timing,peers,per-file,typed,scaling,concurrency,cold-ast]
//
// Corpora: (1) the layer code @tensorflow/tfjs-layers 4.22 ships in dist/ (module files, not the
// bundles); (2) a generated layer-heavy project (bench/generate-corpus.ts, fixed seed); (3) code with
// no TF.js at all (ESLint's own lib/), which prices the pre-filter. For each, ESLint with the same
// parser and no rules is the baseline, and configs.all the candidate; a third run with one trivial
// core rule (no-debugger) shows what ESLint itself spends once any rule is on. Runs rotate between
// the three, and the script prints medians of wall time and peak memory and their ratios; peak RSS
// swings with V8's GC timing, so the live heap of the same configs is measured too (live-heap.ts). With
// type information the baselines are typescript-eslint's recommended-type-checked rules (the setup
// type-aware users run) and projectService with no rules, each without and with the plugin's
// recommended-type-checked. The peers part lints with the setup TypeScript users run (ESLint's and
// typescript-eslint's recommended rules) plus configs.all, so the plugin's rule time reads next to
// theirs. The per-file part lints the generated project's code regrouped into fewer, longer files,
// which prices what the rules pay once per file. A last part (cold-ast) prices what a rule pays to
// touch the TypeScript AST ESLint hands it, first time and again. It never asserts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import typescript = require('typescript');
import { generateCorpus } from './generate-corpus';
import {
  allRulesConfig,
  eslintLibCorpus,
  fmt,
  interleave,
  LINTED,
  lintedFiles,
  listOption,
  makeWorkDir,
  median,
  noRulesConfig,
  numberOption,
  parserImport,
  pluginImport,
  pluginOwnMs,
  removeDir,
  repeat,
  repoRoot as root,
  ratio,
  ruleTimes,
  runEslint,
  SMOKE,
  spread as spreadOf,
  tableHead,
  tableRow,
  tfjsLayersCorpus,
  timeNode,
  tseslintImport,
  writeConfig,
} from './harness';
import { analyzeFile, plainTypeScript } from '../dist/core';

const ts = plainTypeScript(typescript);
const RUNS = SMOKE ? 1 : Math.max(5, numberOption('--runs', 5));
/** How many runs the TIMING=all and single-config medians take. */
const REPEATS = SMOKE ? 1 : 3;
/** The generated corpora's sizes: 1,000 files, 250 for the typed part, and the scaling steps (smoke: a fiftieth). */
const size = (files: number) => (SMOKE ? files / 50 : files);
const only = listOption('--only');
const wants = (part: string) => !only || only.has(part);

interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

const work = makeWorkDir('tfjs-layers-bench-');
// Reports the child's peak resident memory on exit.
const rssReporter = writeConfig(work, 'report-rss.cjs', "process.on('exit', () => process.stderr.write(`\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));\n");
// What each run prints: file, rule, line and column per problem. ESLint's json formatter would also
// print the whole source of every file with a problem (~9 MB on the generated corpus), which prices
// the output, not the linting.
const compactFormatter = writeConfig(
  work,
  'compact-formatter.cjs',
  'module.exports = (results) => JSON.stringify(results.map((file) => ({ filePath: file.filePath, messages: file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column })) })));\n',
);

/** Baselines and the candidate without type information. */
function untypedConfigs(dir: string): Record<'noRules' | 'oneRule' | 'plugin', string> {
  return {
    noRules: noRulesConfig(dir, 'eslint.no-rules.mjs'),
    // ESLint does work for any enabled rule that it skips with none: one trivial core rule separates that from the plugin's own cost.
    oneRule: writeConfig(
      dir,
      'eslint.one-rule.mjs',
      `${parserImport}export default [{ files: ${LINTED}, languageOptions: { parser }, rules: { 'no-debugger': 'error' } }];\n`,
    ),
    plugin: allRulesConfig(dir, 'eslint.plugin.mjs'),
  };
}

/**
 * Type-checked setups: projectService alone, and typescript-eslint's own recommended-type-checked
 * rules (the setup type-aware users run, which creates the type checker anyway); each without
 * and with this plugin's recommended-type-checked.
 */
function typedConfigs(dir: string): Record<'noRules' | 'plugin' | 'tseslint' | 'tseslintPlugin', string> {
  const root = `{ tsconfigRootDir: ${JSON.stringify(dir)} }`;
  const projectService = `{ projectService: true, tsconfigRootDir: ${JSON.stringify(dir)} }`;
  const tseslintRules = `...tseslint.configs['flat/recommended-type-checked'].map((config) => ({ ...config, files: ${LINTED} })), { files: ${LINTED}, languageOptions: { parserOptions: ${projectService} } }`;
  return {
    noRules: writeConfig(
      dir,
      'eslint.typed-no-rules.mjs',
      `${parserImport}export default [{ files: ${LINTED}, languageOptions: { parser, parserOptions: ${projectService} } }];\n`,
    ),
    plugin: writeConfig(
      dir,
      'eslint.typed-plugin.mjs',
      `${pluginImport()}export default [plugin.configs['recommended-type-checked'], { languageOptions: { parserOptions: ${root} } }];\n`,
    ),
    tseslint: writeConfig(dir, 'eslint.typed-tseslint.mjs', `${tseslintImport}export default [${tseslintRules}];\n`),
    tseslintPlugin: writeConfig(
      dir,
      'eslint.typed-tseslint-plugin.mjs',
      `${tseslintImport}${pluginImport()}export default [${tseslintRules}, plugin.configs['recommended-type-checked'], { languageOptions: { parserOptions: ${root} } }];\n`,
    ),
  };
}

/** One CLI run with the compact formatter, and the child's peak RSS. */
function lint(dir: string, config: string, extra: string[] = []): Run {
  const { ms, stdout, stderr } = runEslint(dir, config, { nodeArgs: ['-r', rssReporter], extra: ['--format', compactFormatter, ...extra] });
  const rss = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, stdout };
}

interface Measured {
  ms: number;
  /** Wall time of each run: the fastest and slowest show how noisy the machine was. */
  times: number[];
  rssMb: number;
  runs: Run[];
}

/** Runs every config RUNS times, rotating which goes first, after one warm-up run for the file cache. */
function measure<Name extends string>(dir: string, configsByName: Record<Name, string>): Record<Name, Measured> {
  const names = Object.keys(configsByName) as Name[];
  lint(dir, configsByName[names[0]!]);
  const runs = interleave(
    RUNS,
    names.map((name) => () => lint(dir, configsByName[name])),
  );
  return Object.fromEntries(
    names.map((name, i) => {
      const times = runs[i]!.map((run) => run.ms);
      return [name, { ms: median(times), times, rssMb: median(runs[i]!.map((run) => run.rssMb)), runs: runs[i]! }];
    }),
  ) as Record<Name, Measured>;
}

/** What ESLint prints with TIMING=all: its table of time per rule (create() and listeners). */
const timingOutput = (dir: string, config: string): string => runEslint(dir, config, { timing: true }).stdout;

/** The plugin's own rule time as ESLint's TIMING=all measures it, in ms. */
const pluginRuleTime = (dir: string, config: string): number => pluginOwnMs(timingOutput(dir, config));

/**
 * The setup TypeScript projects run (ESLint's recommended core rules and typescript-eslint's
 * recommended, without type information) plus configs.all, in one config: every rule then runs in
 * the same process and the same CPU state as the others, and TIMING=all prices each.
 */
function peersConfig(dir: string): string {
  // The core rules ESLint marks recommended; no-undef off, as typescript-eslint advises for TypeScript.
  const coreRecommended = Object.fromEntries(
    // ESLint 10 still exports it, and nothing else lists the core rules with their meta.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    [...builtinRules].filter(([name, rule]) => rule.meta?.docs?.recommended === true && name !== 'no-undef').map(([name]) => [name, 'error']),
  );
  return writeConfig(
    dir,
    'eslint.peers.mjs',
    `${tseslintImport}${pluginImport()}export default [{ ...plugin.configs.all, files: ${LINTED} }, { files: ${LINTED}, rules: ${JSON.stringify(coreRecommended)} }, ...tseslint.configs['flat/recommended'].map((config) => ({ files: ${LINTED}, ...config }))];\n`,
  );
}

type RuleGroup = 'core' | 'typescript-eslint' | 'tfjs-layers';

/** TIMING=all's rule times, medians over runs, summed per group: ESLint's core rules, typescript-eslint's, this plugin's. */
function ruleTimesByGroup(
  dir: string,
  config: string,
  runs: number,
): { groups: Record<RuleGroup, { ms: number; rules: number }>; top: Array<[string, number]> } {
  const perRule = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    for (const [rule, ms] of ruleTimes(timingOutput(dir, config))) perRule.set(rule, [...(perRule.get(rule) ?? []), ms]);
  }
  const medians = [...perRule].map(([rule, times]) => [rule, median(times)] as [string, number]);
  const groups = { core: { ms: 0, rules: 0 }, 'typescript-eslint': { ms: 0, rules: 0 }, 'tfjs-layers': { ms: 0, rules: 0 } };
  for (const [rule, ms] of medians) {
    const group = groups[rule.startsWith('tfjs-layers/') ? 'tfjs-layers' : rule.startsWith('@typescript-eslint/') ? 'typescript-eslint' : 'core'];
    group.ms += ms;
    group.rules++;
  }
  return {
    groups,
    top: medians
      .filter(([rule]) => !rule.startsWith('tfjs-layers/'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3),
  };
}

/** Peak live heap of linting the corpus in one process with `config` (bench/live-heap.ts). */
function liveHeap(dir: string, config: string): { peakLiveMb: number; endLiveMb: number } {
  const { stdout } = timeNode('live-heap.ts', ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'live-heap.ts'), dir, config], {
    cwd: root,
    okStatus: [0],
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { peakLiveMb: number; endLiveMb: number };
}

/**
 * One part of why the plugin costs about twice as much inside ESLint as in process: by the time a
 * rule's Program listener runs, ESLint has converted the TypeScript AST and analysed scopes on the
 * ESTree, and the TypeScript nodes have left the CPU's caches. A rule that only walks them, twice,
 * prices the first touch of a node.
 */
function walkFromProgramListener(dir: string): { nodes: number; firstMs: number; againMs: number } {
  const probe = writeConfig(
    dir,
    'eslint.cold-ast.mjs',
    `${parserImport}import { createRequire } from 'node:module';
const ts = createRequire(${JSON.stringify(path.join(root, 'package.json'))})('typescript');
const totals = { nodes: 0, firstMs: 0, againMs: 0 };
process.on('exit', () => process.stderr.write('\\ncold-ast=' + JSON.stringify(totals) + '\\n'));
const walk = (root) => { let count = 0; const step = (node) => { count++; ts.forEachChild(node, step); }; ts.forEachChild(root, step); return count; };
const rule = { meta: { type: 'problem', schema: [] }, create: (context) => ({ Program(program) {
  const sourceFile = context.sourceCode.parserServices.esTreeNodeToTSNodeMap.get(program);
  let start = performance.now();
  totals.nodes += walk(sourceFile);
  totals.firstMs += performance.now() - start;
  start = performance.now();
  walk(sourceFile);
  totals.againMs += performance.now() - start;
} }) };
export default [{ files: ${LINTED}, languageOptions: { parser }, plugins: { probe: { rules: { walk: rule } } }, rules: { 'probe/walk': 'error' } }];
`,
  );
  // Any exit code: the probe's totals on stderr are what counts.
  const { stderr } = runEslint(dir, probe, { okStatus: 'any' });
  const totals = /cold-ast=(\{.*\})/.exec(stderr)?.[1];
  if (!totals) throw new Error(`the cold-AST probe printed nothing: ${stderr.slice(0, 2000)}`);
  return JSON.parse(totals) as { nodes: number; firstMs: number; againMs: number };
}

function countFindings(run: Run): number {
  return (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>).reduce(
    (sum, file) => sum + file.messages.filter((message) => message.ruleId?.startsWith('tfjs-layers/')).length,
    0,
  );
}

const spread = (measured: Measured) => spreadOf(measured.times);

/** The generated project's files concatenated `filesPerGroup` at a time: the same code and classes in fewer, longer files. */
function regroupedCorpus(source: string, filesPerGroup: number): string {
  const dir = path.join(work, `generated-by-${filesPerGroup}`);
  const files = fs
    .readdirSync(path.join(source, 'src'))
    .filter((file) => file.endsWith('.ts'))
    .sort();
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (let first = 0; first < files.length; first += filesPerGroup) {
    const text = files
      .slice(first, first + filesPerGroup)
      .map((file) => fs.readFileSync(path.join(source, 'src', file), 'utf8'))
      .join('\n');
    fs.writeFileSync(path.join(dir, 'src', `group-${first / filesPerGroup}.ts`), text);
  }
  return dir;
}

const corpusDescriptions = new Map<string, string>();

/** Size, and how densely it holds layer classes, which sets what share of ESLint's time the rules take. */
function describeCorpus(dir: string): string {
  const known = corpusDescriptions.get(dir);
  if (known) return known;
  const files = lintedFiles(dir);
  let lines = 0;
  let layers = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, 'src', file), 'utf8');
    lines += text.split('\n').length;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
    layers += analyzeFile(ts, sourceFile).layers.length;
  }
  const description = `${files.length} files, ${lines} lines, ${layers} layer classes${layers > 0 ? ` (one every ${fmt(lines / layers)} lines)` : ''}`;
  corpusDescriptions.set(dir, description);
  return description;
}

try {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, medians of ${RUNS} rotating runs per config (fastest–slowest in brackets).\n`);
  const generated = path.join(work, `generated-${size(1000)}`);
  generateCorpus(generated, size(1000));
  const generatedLabel = `generated (${size(1000).toLocaleString('en')} files)`;

  const untypedCorpora =
    wants('untyped') || wants('memory')
      ? ([
          ['tfjs-layers dist', tfjsLayersCorpus(work)],
          [generatedLabel, generated],
          ['no TF.js (eslint/lib)', eslintLibCorpus(work, false)],
        ] as const)
      : [];

  if (wants('untyped')) {
    console.log('## Untyped: ESLint with the typescript-eslint parser: no rules, one core rule, configs.all\n');
    console.log(
      tableHead([
        'corpus',
        'no rules (ms)',
        'one core rule (ms)',
        'configs.all (ms)',
        'all / no rules',
        'all / one rule',
        "plugin rules' own time (TIMING=all)",
        'peak MB: no rules / one rule / all',
        'memory: all / no rules',
        'findings',
      ]),
    );
    for (const [label, dir] of untypedCorpora) {
      const configsByName = untypedConfigs(dir);
      const { noRules, oneRule, plugin } = measure(dir, configsByName);
      const ownMs = median(repeat(REPEATS, () => pluginRuleTime(dir, configsByName.plugin)));
      console.log(
        tableRow(
          `${label}: ${describeCorpus(dir)}`,
          `${fmt(noRules.ms)} [${spread(noRules)}]`,
          `${fmt(oneRule.ms)} [${spread(oneRule)}]`,
          `${fmt(plugin.ms)} [${spread(plugin)}]`,
          ratio(plugin.ms, noRules.ms),
          ratio(plugin.ms, oneRule.ms),
          `${fmt(ownMs)} ms = ${fmt((100 * ownMs) / noRules.ms, 1)}% of no rules`,
          `${fmt(noRules.rssMb)} / ${fmt(oneRule.rssMb)} / ${fmt(plugin.rssMb)}`,
          ratio(plugin.rssMb, noRules.rssMb),
          countFindings(plugin.runs[0]!),
        ),
      );
    }
  }

  if (wants('memory')) {
    console.log('\n## Live heap: peak after a forced full GC every 20 files (bench/live-heap.ts, in process)\n');
    console.log('Peak RSS depends on when V8 collects; the live heap is what a config really keeps.\n');
    console.log(tableHead(['corpus', 'no rules (MB)', 'one core rule (MB)', 'configs.all (MB)', 'all / no rules', 'all / one rule', 'all − no rules (MB)']));
    for (const [label, dir] of untypedCorpora) {
      const { noRules, oneRule, plugin } = untypedConfigs(dir);
      const [base, one, candidate] = [liveHeap(dir, noRules).peakLiveMb, liveHeap(dir, oneRule).peakLiveMb, liveHeap(dir, plugin).peakLiveMb];
      console.log(tableRow(label, fmt(base, 1), fmt(one, 1), fmt(candidate, 1), ratio(candidate, base), ratio(candidate, one), fmt(candidate - base, 1)));
    }
  }

  if (wants('timing')) {
    console.log('\n## TIMING=all, configs.all on the generated corpus (the first rule pays for the shared analysis)\n');
    const { plugin } = untypedConfigs(generated);
    const output = timingOutput(generated, plugin);
    console.log(output.slice(output.indexOf('Rule ')).trim());
  }

  if (wants('peers')) {
    console.log(
      `\n## Next to the rules TypeScript projects already run: ESLint's and typescript-eslint's recommended, plus configs.all, in one config (TIMING=all, median of ${REPEATS} runs)\n`,
    );
    // typescript-eslint's config turns some core rules off for TypeScript files and a few others on (no-var, prefer-const, ...): the core column holds the core rules that ran.
    const columns = [
      'corpus',
      `no rules (ms, median of ${REPEATS})`,
      "core rules: ESLint's recommended as typescript-eslint adjusts them",
      "typescript-eslint's recommended",
      "this plugin's configs.all",
      'this plugin, share of all rule time',
      'costliest other rules (ms)',
    ];
    console.log(tableHead(columns, 'lrrrrrl'));
    for (const [label, dir] of [
      ['tfjs-layers dist', tfjsLayersCorpus(work)],
      [generatedLabel, generated],
    ] as const) {
      const { noRules } = untypedConfigs(dir);
      lint(dir, noRules); // warms the file cache, as measure() does
      const noRulesMs = median(repeat(REPEATS, () => lint(dir, noRules).ms));
      const { groups, top } = ruleTimesByGroup(dir, peersConfig(dir), REPEATS);
      const all = groups.core.ms + groups['typescript-eslint'].ms + groups['tfjs-layers'].ms;
      const cell = ({ ms, rules }: { ms: number; rules: number }) =>
        `${fmt(ms)} = ${fmt((100 * ms) / noRulesMs, 1)}% (${rules} rules, ${fmt(ms / rules)} each)`;
      console.log(
        tableRow(
          `${label}: ${describeCorpus(dir)}`,
          fmt(noRulesMs),
          cell(groups.core),
          cell(groups['typescript-eslint']),
          cell(groups['tfjs-layers']),
          `${fmt((100 * groups['tfjs-layers'].ms) / all, 1)}%`,
          top.map(([rule, ms]) => `${rule} ${fmt(ms)}`).join(', '),
        ),
      );
    }
  }

  if (wants('per-file')) {
    console.log(`\n## Per file: the generated project, and the same code concatenated five files to one (TIMING=all, median of ${REPEATS} alternating runs)\n`);
    console.log(
      tableHead(['corpus', `no rules (ms, median of ${REPEATS})`, "plugin rules' own time (ms)", 'share of no rules', 'own ms per file', 'findings']),
    );
    const corpora = [
      { label: generatedLabel, dir: generated },
      { label: 'the same, five files to one', dir: regroupedCorpus(generated, 5) },
    ].map((corpus) => ({ ...corpus, configs: untypedConfigs(corpus.dir), noRulesMs: [] as number[], ownMs: [] as number[] }));
    for (let run = 0; run < REPEATS; run++) {
      for (const corpus of corpora) {
        corpus.noRulesMs.push(lint(corpus.dir, corpus.configs.noRules).ms);
        corpus.ownMs.push(pluginRuleTime(corpus.dir, corpus.configs.plugin));
      }
    }
    for (const { label, dir, configs, noRulesMs, ownMs } of corpora) {
      const [baseMs, pluginMs] = [median(noRulesMs), median(ownMs)];
      console.log(
        tableRow(
          `${label}: ${describeCorpus(dir)}`,
          fmt(baseMs),
          fmt(pluginMs),
          `${fmt((100 * pluginMs) / baseMs, 1)}%`,
          fmt(pluginMs / lintedFiles(dir).length, 2),
          countFindings(lint(dir, configs.plugin)),
        ),
      );
    }
  }

  if (wants('typed')) {
    const typedDir = path.join(work, `generated-${size(250)}`);
    generateCorpus(typedDir, size(250));
    console.log(`\n## Typed: generated, ${describeCorpus(typedDir)}, recommended-type-checked\n`);
    console.log(tableHead(['baseline', 'baseline (ms)', 'with the plugin (ms)', 'ratio', 'peak MB: baseline / with the plugin', 'memory ratio', 'findings']));
    const { noRules, plugin, tseslint, tseslintPlugin } = measure(typedDir, typedConfigs(typedDir));
    const row = (label: string, baseline: Measured, candidate: Measured) =>
      tableRow(
        label,
        `${fmt(baseline.ms)} [${spread(baseline)}]`,
        `${fmt(candidate.ms)} [${spread(candidate)}]`,
        ratio(candidate.ms, baseline.ms),
        `${fmt(baseline.rssMb)} / ${fmt(candidate.rssMb)}`,
        ratio(candidate.rssMb, baseline.rssMb),
        countFindings(candidate.runs[0]!),
      );
    console.log(row("typescript-eslint's recommended-type-checked rules", tseslint, tseslintPlugin));
    console.log(row('projectService, no rules (the plugin alone pays for the type checker)', noRules, plugin));
  }

  if (wants('scaling')) {
    console.log('\n## Scaling: configs.all on the generated corpus\n');
    console.log(
      tableHead(
        ['files', 'no rules (ms)', 'configs.all (ms)', 'wall ms per file, all − no rules', "plugin rules' own time (TIMING=all, ms)", 'own ms per file'],
        'rrrrrr',
      ),
    );
    for (const count of [250, 500, 1000].map(size)) {
      const dir = count === size(1000) ? generated : path.join(work, `generated-${count}`);
      if (dir !== generated) generateCorpus(dir, count);
      const { noRules, plugin } = untypedConfigs(dir);
      const baseMs = median(repeat(REPEATS, () => lint(dir, noRules).ms));
      const pluginMs = median(repeat(REPEATS, () => lint(dir, plugin).ms));
      const ownMs = median(repeat(REPEATS, () => pluginRuleTime(dir, plugin)));
      console.log(tableRow(count, fmt(baseMs), fmt(pluginMs), fmt((pluginMs - baseMs) / count, 2), fmt(ownMs), fmt(ownMs / count, 2)));
    }
  }

  if (wants('cold-ast')) {
    console.log(`\n## The TypeScript AST as a rule finds it: a walk from the Program listener, then the same walk again, ${generatedLabel}\n`);
    const runs = repeat(REPEATS, () => walkFromProgramListener(generated));
    const first = median(runs.map((run) => (1e6 * run.firstMs) / run.nodes));
    const again = median(runs.map((run) => (1e6 * run.againMs) / run.nodes));
    console.log(
      `${runs[0]!.nodes} nodes, median of ${REPEATS} runs: first walk ${fmt(first)} ns per node, the same walk again ${fmt(again)} ns per node (${fmt(first / again, 1)}x)`,
    );
  }

  if (wants('concurrency')) {
    console.log(`\n## --concurrency auto vs one thread, configs.all, ${generatedLabel}\n`);
    const { plugin } = untypedConfigs(generated);
    const one = lint(generated, plugin);
    const auto = lint(generated, plugin, ['--concurrency', 'auto']);
    const summary = (run: Run) =>
      JSON.stringify(
        (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>)
          .map((file) => [path.relative(generated, file.filePath), file.messages.map((message) => [message.ruleId, message.line, message.column])])
          .sort(),
      );
    console.log(
      `one thread ${fmt(one.ms)} ms, --concurrency auto ${fmt(auto.ms)} ms: speed-up ${fmt(one.ms / auto.ms, 2)}x; findings identical: ${summary(one) === summary(auto)}`,
    );
  }
} finally {
  removeDir(work);
}
