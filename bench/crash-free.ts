// Crash-freedom: lint every .js .mjs .cjs .ts .tsx file under this repo's node_modules (.d.ts
// included) with every rule of the built plugin, through the real ESLint Node API.
//
//   npm run crash-free     (builds, then: node --import tsx bench/crash-free.ts [chunkSize] [--smoke])
//
// Prints the number of files, parse errors (files the parser rejects: counted, not failures),
// rule exceptions (thrown errors whose stack passes through this plugin's dist/), other thrown
// errors, findings, wall time and peak RSS. Exits 1 on any rule exception. Too slow for
// `npm test`; tests/corpus/crash-free-sample.test.ts runs the same lint over a fixed sample.
// With --smoke, only the first 200 files.
import * as path from 'node:path';
import { crashLint, filesUnder } from '../tests/corpus/crash-lint';
import { repoRoot } from '../tests/corpus/lint-tfjs-layers';
import { positionals, SMOKE } from './harness';

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.tsx'];
const chunkSize = Number(positionals()[0] ?? 100) || 100;

async function main(): Promise<void> {
  const all = filesUnder(path.join(repoRoot, 'node_modules'), EXTENSIONS);
  const files = SMOKE ? all.slice(0, 200) : all;
  process.stderr.write(`linting ${files.length} files in chunks of ${chunkSize}\n`);
  const stats = await crashLint(files, {
    chunkSize,
    onChunk: (done, s) => {
      if (done % (chunkSize * 10) === 0 || done === files.length) {
        process.stderr.write(
          `  ${done}/${files.length}  ${(s.ms / 1000).toFixed(0)} s  parse errors ${s.parseErrors}  rule exceptions ${s.ruleExceptions.length}  rss ${s.peakRssMb} MB\n`,
        );
      }
    },
  });
  const line = (label: string, value: string | number): void => void process.stdout.write(`${label.padEnd(22)}${value}\n`);
  line('files', stats.files);
  line('parse errors', stats.parseErrors);
  line('rule exceptions', stats.ruleExceptions.length);
  line('other exceptions', stats.otherExceptions.length);
  line('not linted', stats.notLinted.length);
  line('findings', `${stats.findings} in ${stats.filesWithFindings} files`);
  line('wall time', `${(stats.ms / 1000).toFixed(1)} s`);
  line('peak RSS', `${stats.peakRssMb} MB`);
  if (stats.parseErrorSamples.length > 0)
    process.stdout.write(`\nparse errors (first ${stats.parseErrorSamples.length}):\n${stats.parseErrorSamples.map((s) => `  ${s}`).join('\n')}\n`);
  for (const [label, list] of [
    ['rule exceptions', stats.ruleExceptions],
    ['other exceptions', stats.otherExceptions],
  ] as const) {
    if (list.length === 0) continue;
    process.stdout.write(`\n${label}:\n`);
    for (const e of list) process.stdout.write(`  ${e.file}\n    ${e.stack.split('\n').slice(0, 8).join('\n    ')}\n`);
  }
  if (stats.notLinted.length > 0)
    process.stdout.write(
      `\nnot linted (first 20):\n${stats.notLinted
        .slice(0, 20)
        .map((s) => `  ${s}`)
        .join('\n')}\n`,
    );
  process.exitCode = stats.ruleExceptions.length > 0 || stats.notLinted.length > 0 ? 1 : 0;
}

void main();
