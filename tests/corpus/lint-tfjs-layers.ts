// Lints every .js file of @tensorflow/tfjs-layers' dist/ with configs.all of the built plugin
// (dist/eslint/index.js), through the real ESLint Node API. Shared by tfjs-layers.test.ts and by
// `node --import tsx tests/corpus/lint-tfjs-layers.ts` (prints the findings as JSON, to review or
// to start a new expectations file from).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const tfjsLayersDist = path.join(repoRoot, 'node_modules', '@tensorflow', 'tfjs-layers', 'dist');

export interface Finding {
  /** Path relative to tfjs-layers' dist/, with forward slashes. */
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** Every .js file under dir, sorted, as absolute paths. */
export function jsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.js')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * An ESLint instance with configs.all of the built plugin only and node_modules/ linted: the
 * default ignore of node_modules/ is negated (`ignore: false` does not lift it in ESLint 10).
 * Inline comments are ignored: a bundle's `/* eslint-disable *\/` must not hide a finding, and
 * `/* eslint-env *\/` (an error in ESLint 10) is not a parse error of the file.
 */
export function makeEslint(cwd: string): ESLint {
  const distEntry = path.join(repoRoot, 'dist', 'eslint', 'index.js');
  const plugin = require(distEntry) as { configs: { all: object } };
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: ['!**/node_modules/'] }, { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }, plugin.configs.all],
    cache: false,
  });
}

/** ESLint's warning for a file it did not lint. */
export function isNotLintedNotice(message: { ruleId: string | null; message: string }): boolean {
  return message.ruleId === null && /^File ignored\b/.test(message.message);
}

export async function lintTfjsLayersDist(): Promise<{ files: string[]; findings: Finding[]; fatal: string[] }> {
  const files = jsFilesUnder(tfjsLayersDist);
  const eslint = makeEslint(tfjsLayersDist);
  const results = await eslint.lintFiles(files);
  const findings: Finding[] = [];
  const fatal: string[] = [];
  for (const result of results) {
    const file = path.relative(tfjsLayersDist, result.filePath).split(path.sep).join('/');
    for (const m of result.messages) {
      // A fatal parse error, or "File ignored ...": either way the file was not linted.
      if (m.fatal || isNotLintedNotice(m)) {
        fatal.push(`${file}:${m.line}: ${m.message}`);
        continue;
      }
      // Notices about inline comments that noInlineConfig turns off.
      if (!m.ruleId) continue;
      findings.push({ file, line: m.line, rule: m.ruleId.replace(/^tfjs-layers\//, ''), message: m.message });
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  return { files: files.map((f) => path.relative(tfjsLayersDist, f).split(path.sep).join('/')), findings, fatal };
}

if (require.main === module) {
  const start = Date.now();
  void lintTfjsLayersDist().then(({ files, findings, fatal }) => {
    process.stdout.write(JSON.stringify({ files: files.length, fatal, findings }, null, 2) + '\n');
    process.stderr.write(`${files.length} files, ${findings.length} findings, ${fatal.length} fatal, ${Date.now() - start} ms\n`);
  });
}
