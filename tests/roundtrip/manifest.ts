// Shared by agreement.test.ts and fixes.test.ts: the fixture manifest, the built plugin, and
// linting with the real ESLint class.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT, type RoundTripResult } from './harness';

export const FIXTURES_DIR = path.join(__dirname, 'fixtures');
export const NAMESPACE = 'tfjs-layers/';
export const DIST_ENTRY = path.resolve(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string }).main);
export const ESLINT_BIN = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Finding counts by rule id (without the namespace); {} = clean. */
export type Findings = Record<string, number>;

export interface ManifestEntry {
  findings: Findings;
  exempt?: string;
  disagreement?: string;
  afterFix?: { findings: Findings; disagreement?: string };
  note?: string;
}

export interface Manifest {
  exemptRules: Record<string, string>;
  fixtures: Record<string, ManifestEntry>;
}

export function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** Fixture modules: every .ts/.js file directly in fixtures/. */
export function listFixtures(): string[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((name) => /\.(ts|js)$/.test(name))
    .sort();
}

export function requireBuiltPlugin(): { configs: Record<string, unknown> } {
  if (!fs.existsSync(DIST_ENTRY)) throw new Error(`The built plugin is missing (${DIST_ENTRY}): run \`npm run build\` first (\`npm test\` does it).`);
  return require(DIST_ENTRY) as { configs: Record<string, unknown> };
}

export interface LintedFile {
  findings: Findings;
  messages: ESLint.LintResult['messages'];
  /** Rule ids with at least one autofix (`--fix`). */
  fixable: string[];
}

/** The real ESLint class with the built plugin's configs.all (no type information), nothing ignored. */
export function eslintWithAll(): ESLint {
  const plugin = requireBuiltPlugin();
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [plugin.configs.all as never], ignore: false });
}

/** Lints files with the real ESLint class and the built plugin's configs.all (no type information). */
export async function lintWithAll(files: string[]): Promise<Map<string, LintedFile>> {
  const results = await eslintWithAll().lintFiles(files);
  return new Map(results.map((result) => [result.filePath, summarize(result.messages)]));
}

export function summarize(messages: ESLint.LintResult['messages']): LintedFile {
  const findings: Findings = {};
  const fixable = new Set<string>();
  for (const message of messages) {
    const rule = message.ruleId?.startsWith(NAMESPACE) ? message.ruleId.slice(NAMESPACE.length) : `(${message.ruleId ?? 'fatal'})`;
    findings[rule] = (findings[rule] ?? 0) + 1;
    if (message.fix) fixable.add(rule);
  }
  return { findings: sortKeys(findings), messages, fixable: [...fixable].sort() };
}

export function sortKeys(findings: Findings): Findings {
  return Object.fromEntries(Object.entries(findings).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function describeMessages(messages: ESLint.LintResult['messages']): string {
  return messages.map((message) => `  ${message.line}: ${message.ruleId ?? '(fatal)'} ${message.message}`).join('\n') || '  (no findings)';
}

/**
 * The agreement: the plugin reports a loss exactly when the round trip is not exact. Returns
 * undefined when both sides agree, otherwise what each side said.
 */
export function disagreement(findings: Findings, result: RoundTripResult): string | undefined {
  const reports = Object.keys(findings).length > 0;
  if (reports === !result.exact) return undefined;
  return reports
    ? `the plugin reports ${JSON.stringify(findings)}, but the TF.js round trip is exact`
    : 'the plugin is silent, but the TF.js round trip is not exact';
}
