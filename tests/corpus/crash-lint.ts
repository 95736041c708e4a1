// Lints many files with every rule of the built plugin (configs.all) through the real ESLint
// Node API and sorts what goes wrong: a parse error (a fatal message; the file is not valid for
// the parser) versus a rule exception (a thrown error whose stack passes through this plugin's
// dist/). Files go in chunks, each with a fresh ESLint instance, so memory stays bounded; a chunk
// that throws is re-linted file by file to name the culprit. Shared by bench/crash-free.ts
// (all of node_modules) and crash-free-sample.test.ts (TF.js's own module files).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isNotLintedNotice, makeEslint, repoRoot } from './lint-tfjs-layers';

export const pluginDist = path.join(repoRoot, 'dist') + path.sep;

export interface ThrownError {
  file: string;
  message: string;
  stack: string;
}

export interface CrashLintStats {
  files: number;
  /** Files with a fatal parse message. */
  parseErrors: number;
  /** Thrown errors whose stack includes this plugin's dist/. */
  ruleExceptions: ThrownError[];
  /** Thrown errors from elsewhere (ESLint, the parser): not ours, but listed. */
  otherExceptions: ThrownError[];
  /** Files ESLint did not lint ("File ignored ..." warnings): must stay 0. */
  notLinted: string[];
  /** Rule findings (any rule), a sanity count: the rules did run. */
  findings: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  parseErrorSamples: string[];
  ms: number;
  peakRssMb: number;
}

/** Files under dir whose name ends with one of the extensions, sorted; symlinks are not followed. */
export function filesUnder(dir: string, extensions: readonly string[], keep: (file: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)) && keep(full)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

export async function crashLint(
  files: string[],
  options: { chunkSize?: number; onChunk?: (done: number, stats: CrashLintStats) => void } = {},
): Promise<CrashLintStats> {
  const chunkSize = options.chunkSize ?? 100;
  const start = Date.now();
  const stats: CrashLintStats = {
    files: files.length,
    parseErrors: 0,
    ruleExceptions: [],
    otherExceptions: [],
    notLinted: [],
    findings: 0,
    filesWithFindings: 0,
    parseErrorSamples: [],
    ms: 0,
    peakRssMb: 0,
  };
  const record = (results: Awaited<ReturnType<ReturnType<typeof makeEslint>['lintFiles']>>): void => {
    for (const result of results) {
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal) {
        stats.parseErrors++;
        if (stats.parseErrorSamples.length < 20) stats.parseErrorSamples.push(`${path.relative(repoRoot, result.filePath)}:${fatal.line}: ${fatal.message}`);
      }
      const unlinted = result.messages.find(isNotLintedNotice);
      if (unlinted) stats.notLinted.push(`${path.relative(repoRoot, result.filePath)}: ${unlinted.message}`);
      const findings = result.messages.filter((message) => !message.fatal && message.ruleId);
      stats.findings += findings.length;
      if (findings.length > 0) stats.filesWithFindings++;
    }
  };
  const classify = (file: string, error: unknown): void => {
    const stack = error instanceof Error ? String(error.stack) : String(error);
    const thrown = { file: path.relative(repoRoot, file), message: error instanceof Error ? error.message : String(error), stack };
    (stack.includes(pluginDist) ? stats.ruleExceptions : stats.otherExceptions).push(thrown);
  };
  for (let i = 0; i < files.length; i += chunkSize) {
    const chunk = files.slice(i, i + chunkSize);
    const eslint = makeEslint(repoRoot);
    try {
      record(await eslint.lintFiles(chunk));
    } catch {
      // lintFiles() rejects on the first thrown error: find every file that throws.
      for (const file of chunk) {
        try {
          record(await makeEslint(repoRoot).lintFiles([file]));
        } catch (error) {
          classify(file, error);
        }
      }
    }
    stats.peakRssMb = Math.max(stats.peakRssMb, Math.round(process.memoryUsage().rss / 2 ** 20));
    stats.ms = Date.now() - start;
    options.onChunk?.(Math.min(i + chunkSize, files.length), stats);
  }
  stats.ms = Date.now() - start;
  return stats;
}
