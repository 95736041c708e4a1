// What a lint config keeps in memory: ESLint's Linter runs over a corpus in this one process, and
// every 20 files a full GC is forced and the live heap read. Peak RSS of a CLI run depends on when
// V8 chooses to collect (the same config gives 340 MB in one run and 530 MB in the next); the live
// heap after a full GC does not. Run by eslint-overhead.ts as a child:
//
//   node --expose-gc --import tsx bench/live-heap.ts <corpus dir> <flat config .mjs>
//
// Prints one JSON line: peak and final live heap in MB, and the number of problems.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Linter as LinterType } from 'eslint';

const [dir, configFile] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!dir || !configFile || !gc) throw new Error('usage: node --expose-gc --import tsx bench/live-heap.ts <corpus dir> <config.mjs>');

async function main(): Promise<void> {
  // tsx turns on Node's source-map support to run this script; an ESLint run has it off, and with it on
  // Node keeps the source map of every module it loads from then on (the plugin's dist/ has them).
  process.setSourceMapsEnabled(false);
  const { Linter } = await import('eslint');
  const config = ((await import(pathToFileURL(configFile!).href)) as { default: LinterType.Config[] }).default;
  const files = (fs.readdirSync(path.join(dir!, 'src'), { recursive: true }) as string[]).filter((file) => /\.(ts|js)$/.test(file)).sort();
  const linter = new Linter({ cwd: dir });
  const liveMb = () => {
    gc!();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  let peak = liveMb();
  let problems = 0;
  files.forEach((file, index) => {
    const fileName = path.join(dir!, 'src', file);
    problems += linter.verify(fs.readFileSync(fileName, 'utf8'), config, fileName).length;
    // The Linter keeps the last file's SourceCode, so each reading includes one file's AST and analysis.
    if (index % 20 === 19) peak = Math.max(peak, liveMb());
  });
  const end = liveMb();
  console.log(JSON.stringify({ peakLiveMb: Math.max(peak, end), endLiveMb: end, problems }));
}

void main();
