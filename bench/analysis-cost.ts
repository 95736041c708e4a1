// The shared analysis and all checks in one process, next to TypeScript's own parse of the same
// files: a steadier figure than the CLI's wall time on a shared machine, and the one to watch
// while changing the core.
//
//   npm run build && node --import tsx bench/analysis-cost.ts [--files 1000] [--rounds 6] [--smoke]
//
// Each round parses every file of the generated corpus afresh (so no analysis is cached) and times
// the parse, then analyzeFile(), then every check. Round 1 runs on cold code, as a CLI run mostly
// does; the later rounds show the warmed-up cost. A second table grows single files (a constructor
// with n fields, n layer classes, ...) from 1,000 to 4,000 parts: the time must double with n, not
// quadruple. It never asserts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import typescript = require('typescript');
import { generateCorpus } from './generate-corpus';
import { fmt, lintedFiles, makeWorkDir, median, numberOption, removeDir, repeat, SMOKE, tableHead, tableRow } from './harness';
import { allChecks, analyzeFile, plainTypeScript } from '../dist/core';

const FILES = SMOKE ? 20 : numberOption('--files', 1000);
const ROUNDS = SMOKE ? 2 : Math.max(2, numberOption('--rounds', 6));
/** The growing files' sizes (smoke: a tenth). */
const SIZES = [1000, 2000, 4000].map((n) => (SMOKE ? n / 10 : n));
const ts = plainTypeScript(typescript);

const parts = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join('\n');

/** Files that grow in one direction each: where a check that re-walks per finding would go quadratic. */
const GROWING_FILES: Record<string, (n: number) => string> = {
  'constructor: n fields through locals': (n) =>
    `class Grown extends tf.layers.Layer {\n  static className = 'Grown';\n  constructor(args) {\n    super(args);\n${parts(n, (i) => `    const v${i} = args.k${i};\n    this.f${i} = v${i};`)}\n  }\n  getConfig() {\n    return { ...super.getConfig(),\n${parts(n, (i) => `      k${i}: this.f${i},`)}\n    };\n  }\n}\ntf.serialization.registerClass(Grown);`,
  'call(): n fields read, then written': (n) =>
    `class Grown extends tf.layers.Layer {\n  static className = 'Grown';\n  call(inputs) {\n${parts(n, (i) => `    const p${i} = this.s${i};\n    this.s${i} = inputs.add(p${i});`)}\n    return inputs;\n  }\n}\ntf.serialization.registerClass(Grown);`,
  'build(): n tf.variables': (n) =>
    `class Grown extends tf.layers.Layer {\n  static className = 'Grown';\n  build(shape) {\n${parts(n, (i) => `    const w${i} = tf.variable(tf.zeros([${i + 1}]));\n    this.w${i} = w${i};`)}\n  }\n}\ntf.serialization.registerClass(Grown);`,
  'n layer classes, each unregistered without getConfig()': (n) =>
    parts(n, (i) => `class Grown${i} extends tf.layers.Layer {\n  constructor(args) {\n    super(args);\n    this.units = args.units;\n  }\n}`),
};

const work = makeWorkDir('tfjs-layers-analysis-');
try {
  generateCorpus(work, FILES);
  const files = lintedFiles(work).map((file) => ({ name: file, text: fs.readFileSync(path.join(work, 'src', file), 'utf8') }));
  console.log(`${files.length} generated files, ${files.reduce((sum, file) => sum + file.text.split('\n').length, 0)} lines; Node ${process.version}\n`);
  console.log(tableHead(['round', 'TypeScript parse (ms)', 'analyzeFile (ms)', 'all checks (ms)', 'analysis + checks / parse'], 'rrrrr'));
  for (let round = 1; round <= ROUNDS; round++) {
    let parseMs = 0;
    let analysisMs = 0;
    let checksMs = 0;
    for (const file of files) {
      const started = performance.now();
      const sourceFile = ts.createSourceFile(file.name, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const parsed = performance.now();
      const analysis = analyzeFile(ts, sourceFile);
      const analysed = performance.now();
      for (const check of allChecks) check.run(ts, analysis, check.defaultOptions);
      parseMs += parsed - started;
      analysisMs += analysed - parsed;
      checksMs += performance.now() - analysed;
    }
    console.log(tableRow(round, fmt(parseMs), fmt(analysisMs), fmt(checksMs), fmt((analysisMs + checksMs) / parseMs, 3)));
  }

  console.log('\n## One file growing: analysis and all checks, ms at n parts (time x2 per doubling is linear, x4 quadratic)\n');
  const n = SIZES.map((size) => size.toLocaleString('en'));
  console.log(tableHead(['file shape', ...n.map((size) => `n = ${size}`), `${n[2]} / ${n[1]}`]));
  const grownFile = (make: (n: number) => string, n: number) =>
    ts.createSourceFile('grown.ts', `import * as tf from '@tensorflow/tfjs';\n${make(n)}\n`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const make of Object.values(GROWING_FILES)) timeAnalysis(grownFile(make, 200)); // warm-up
  for (const [label, make] of Object.entries(GROWING_FILES)) {
    // The median of 5 fresh parses: single runs of a few ms are too noisy to compare.
    const ms = SIZES.map((size) => median(repeat(5, () => timeAnalysis(grownFile(make, size)))));
    console.log(tableRow(label, ...ms.map((value) => fmt(value, 1)), fmt(ms[2]! / ms[1]!, 2)));
  }
} finally {
  removeDir(work);
}

function timeAnalysis(sourceFile: typescript.SourceFile): number {
  const started = performance.now();
  const analysis = analyzeFile(ts, sourceFile);
  for (const check of allChecks) check.run(ts, analysis, check.defaultOptions);
  return performance.now() - started;
}
