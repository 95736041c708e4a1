// The shared analysis and all checks in one process, next to TypeScript's own parse of the same
// files: a steadier figure than the CLI's wall time on a shared machine, and the one to watch
// while changing the core.
//
//   npm run build && node --import tsx bench/analysis-cost.ts [--files 1000] [--rounds 6]
//
// Each round parses every file of the generated corpus afresh (so no analysis is cached) and times
// the parse, then analyzeFile(), then every check. Round 1 runs on cold code, as a CLI run mostly
// does; the later rounds show the warmed-up cost. It never asserts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import typescript = require('typescript');
import { generateCorpus } from './generate-corpus';
import { allChecks, analyzeFile, plainTypeScript } from '../dist/core';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const FILES = option('--files', 1000);
const ROUNDS = Math.max(2, option('--rounds', 6));
const ts = plainTypeScript(typescript);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-analysis-'));
try {
  generateCorpus(work, FILES);
  const files = (fs.readdirSync(path.join(work, 'src'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ name: file, text: fs.readFileSync(path.join(work, 'src', file), 'utf8') }));
  console.log(`${files.length} generated files, ${files.reduce((sum, file) => sum + file.text.split('\n').length, 0)} lines; Node ${process.version}\n`);
  console.log('| round | TypeScript parse (ms) | analyzeFile (ms) | all checks (ms) | analysis + checks / parse |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
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
    console.log(`| ${round} | ${parseMs.toFixed(0)} | ${analysisMs.toFixed(0)} | ${checksMs.toFixed(0)} | ${((analysisMs + checksMs) / parseMs).toFixed(3)} |`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
