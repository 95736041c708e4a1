// Property-based fix safety: generated TF.js layer files (tests/fixes/layer-files.ts) are fixed
// with ESLint's own fixing (Linter#verifyAndFix, the loop `eslint --fix` runs) under configs.all,
// and every fixed file must
//   1. parse: no fatal message, no TypeScript parse diagnostic, and JavaScript stays JavaScript (espree);
//   2. be clean for every fixable problem: no config-complete finding for a key held in an exact field,
//      no missingClassName, no missingRegisterClass, no missingSuperGetConfig;
//   3. gain no finding: what is reported after the fix was reported before it;
//   4. be a fixpoint: a second fix run changes nothing;
//   5. keep every token and comment of the original, in order (fixes only insert);
//   6. keep the file's newline and indentation, and assign `X.className` before registerClass(X);
// and every key config-complete fixed is returned from the field that holds it.
// Before fixing, the generated problems must be reported (else the properties would hold vacuously).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter } from 'eslint';
import fc from 'fast-check';
import * as ts from 'typescript';
import plugin = require('../../src/eslint/index');
import { fieldOf, fileNameOf, isExactRead, layerFile, render, returnedKeys, type FileSpec } from './layer-files';

/**
 * Fixed seed and run count (~17 s on an idle 2-core machine). A failure prints the seed, the path and
 * the shrunk counterexample, with its source before and after --fix. FIX_SAFETY_SEED and
 * FIX_SAFETY_RUNS override them for a longer hunt.
 */
const SEED = Number(process.env.FIX_SAFETY_SEED ?? 20240611);
const NUM_RUNS = Number(process.env.FIX_SAFETY_RUNS ?? 800);

const linter = new Linter({ configType: 'flat' });
const allRules = [plugin.configs.all];
const NS = 'tfjs-layers/';

interface Finding {
  rule: string;
  messageId: string | undefined;
  message: string;
  fixable: boolean;
}

function lint(text: string, filename: string): { findings: Finding[]; fatal: string[] } {
  const messages = linter.verify(text, allRules, { filename });
  return {
    fatal: messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.message}`),
    findings: messages
      .filter((m) => !m.fatal)
      .map((m) => ({ rule: (m.ruleId ?? '').replace(NS, ''), messageId: m.messageId, message: m.message, fixable: m.fix !== undefined })),
  };
}

/**
 * The config key a config-complete message is about: `'units' is read by the constructor of X ...`,
 * or, for a key returned from a field computed from it, `getConfig() of X returns \`this.f\` as 'units' ...`.
 */
function configCompleteKey(finding: Finding): string {
  const missing = /^'([^']+)' is read by the constructor of (\w+)/.exec(finding.message);
  if (missing) return `${missing[2]}.${missing[1]}`;
  const derived = /^getConfig\(\) of (\w+) returns `this\.[\w$#]+` as '([^']+)'/.exec(finding.message);
  assert.ok(derived, `unexpected config-complete message: ${finding.message}`);
  return `${derived[1]}.${derived[2]}`;
}

/** Token texts from TypeScript's scanner, comments included, whitespace and line breaks skipped. */
function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) out.push(scanner.getTokenText());
  }
  return out;
}

/** The fixed text keeps the file's newline and indentation character (and, with spaces, its unit). */
function layoutProblem(output: string, spec: FileSpec): string | undefined {
  if (spec.newline === '\r\n' ? /(^|[^\r])\n/.test(output) : output.includes('\r')) return `line endings mixed (file uses ${JSON.stringify(spec.newline)})`;
  const unit = spec.indent;
  for (const [i, line] of output.split(/\r?\n/).entries()) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (line.trim() === '' || indent === '') continue;
    const ok = unit === '\t' ? /^\t+$/.test(indent) : /^ +$/.test(indent) && indent.length % unit.length === 0;
    if (!ok) return `line ${i + 1} is indented ${JSON.stringify(indent)}, the file indents by ${JSON.stringify(unit)}: ${JSON.stringify(line)}`;
  }
  return undefined;
}

/** Undefined when `original` is a subsequence of `fixed`; else where the first original token went missing. */
function lostToken(original: string[], fixed: string[]): string | undefined {
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    while (j < fixed.length && fixed[j] !== original[i]) j++;
    if (j === fixed.length)
      return `original token #${i} ${JSON.stringify(original[i])} (after ${JSON.stringify(original.slice(Math.max(0, i - 6), i).join(' '))}) is missing from the fixed text`;
    j++;
  }
  return undefined;
}

function parseDiagnostics(text: string, filename: string): string[] {
  const sourceFile = ts.createSourceFile(filename, text, ts.ScriptTarget.Latest, false);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => `${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** JavaScript output must still be JavaScript: ESLint's default parser (espree) rejects TypeScript syntax. */
function espreeErrors(text: string, filename: string, spec: FileSpec): string[] {
  const sourceType = spec.module.startsWith('cjs') ? 'commonjs' : spec.module === 'global-script' ? 'script' : 'module';
  const messages = linter.verify(text, [{ files: ['**/*'], languageOptions: { ecmaVersion: 'latest', sourceType } }], { filename });
  return messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.message}`);
}

/** What the generated spec says must be reported before fixing, as `rule/messageId subject` strings. */
function expectedBefore(spec: FileSpec): string[] {
  const expected: string[] = [];
  for (const c of spec.classes) {
    const returned = new Set(returnedKeys(c).map((k) => k.key));
    // A derived key (`this.f = args.k * 2`) returned as `k: this.f` saves the doubled value: reported too.
    for (const k of c.keys) if (!returned.has(k.key) || !isExactRead(k)) expected.push(`config-complete ${c.name}.${k.key}`);
    if (c.className === 'none') expected.push(`require-class-name/missingClassName ${c.name}`);
    // Without type information an exported class may be registered by its importer (issue 17): reported only
    // where the module registers its other layers itself.
    if (!c.registered && (!c.exported || spec.classes.some((other) => other !== c && other.registered)))
      expected.push(`require-register-class/missingRegisterClass ${c.name}`);
    if (c.getConfig.startsWith('no-super-')) expected.push(`get-config-calls-super/missingSuperGetConfig ${c.name}`);
  }
  return expected.sort();
}

/** The same view of actual findings, for the four fixable rules. */
function fixableView(findings: Finding[]): string[] {
  const view: string[] = [];
  for (const f of findings) {
    const layer = /^(\w+) /.exec(f.message)?.[1] ?? /of (\w+)/.exec(f.message)?.[1] ?? '?';
    if (f.rule === 'config-complete') view.push(`config-complete ${configCompleteKey(f)}`);
    else if (f.rule === 'require-class-name' && f.messageId === 'missingClassName') view.push(`require-class-name/missingClassName ${layer}`);
    else if (f.rule === 'require-register-class' && f.messageId === 'missingRegisterClass') view.push(`require-register-class/missingRegisterClass ${layer}`);
    else if (f.rule === 'get-config-calls-super' && f.messageId === 'missingSuperGetConfig') view.push(`get-config-calls-super/missingSuperGetConfig ${layer}`);
  }
  return view.sort();
}

/** Multiset difference: the entries of `after` not matched by one of `before`. */
function added(before: string[], after: string[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of before) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  return after.filter((entry) => {
    const left = counts.get(entry) ?? 0;
    counts.set(entry, left - 1);
    return left <= 0;
  });
}

function checkFile(spec: FileSpec): void {
  const filename = fileNameOf(spec);
  const original = render(spec);
  const show = (label: string, text: string) => `\n----- ${label} (${filename}) -----\n${text.replace(/\r\n/g, '\u240d\n')}\n-----`;
  const fail = (what: string, output?: string): never =>
    assert.fail(`${what}${show('original', original)}${output === undefined ? '' : show('fixed', output)}`);

  // The generator's own contract: the file parses and the generated problems are reported.
  const before = lint(original, filename);
  if (before.fatal.length > 0 || parseDiagnostics(original, filename).length > 0) fail(`generated file does not parse: ${before.fatal.join('; ')}`);
  const missingBefore = added(fixableView(before.findings), expectedBefore(spec));
  if (missingBefore.length > 0)
    fail(`not reported before fixing: ${missingBefore.join(', ')}\nreported: ${before.findings.map((f) => `${f.rule}/${f.messageId}`).join(', ')}`);

  // 1. --fix, as the CLI does it (up to 10 passes, each re-linting the fixed text).
  const fixed = linter.verifyAndFix(original, allRules, { filename });
  const output = fixed.output;
  const fatal = fixed.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.message}`);
  if (fatal.length > 0) fail(`fixed text does not parse (ESLint): ${fatal.join('; ')}`, output);
  const diagnostics = parseDiagnostics(output, filename);
  if (diagnostics.length > 0) fail(`fixed text has TypeScript parse diagnostics: ${diagnostics.join('; ')}`, output);
  if (spec.language === 'js') {
    const errors = espreeErrors(output, filename, spec);
    if (errors.length > 0) fail(`fixed JavaScript is not JavaScript (espree): ${errors.join('; ')}`, output);
  }

  // 2. Every fixable problem is gone; config-complete keeps exactly the keys without an exact field.
  const after = lint(output, filename);
  if (after.fatal.length > 0) fail(`re-linting the fixed text is fatal: ${after.fatal.join('; ')}`, output);
  const expectedAfter: string[] = [];
  // A derived key stays reported, returned or not: no edit can save the value as read.
  for (const c of spec.classes) for (const k of c.keys) if (!isExactRead(k)) expectedAfter.push(`config-complete ${c.name}.${k.key}`);
  const remaining = fixableView(after.findings);
  if (JSON.stringify(remaining) !== JSON.stringify(expectedAfter.sort())) {
    fail(`after --fix, expected exactly [${expectedAfter.join(', ')}] of the fixable rules' problems, got [${remaining.join(', ')}]`, output);
  }
  const stillFixable = after.findings.filter((f) => f.fixable);
  if (stillFixable.length > 0) fail(`after --fix, still fixable: ${stillFixable.map((f) => `${f.rule}: ${f.message}`).join('\n')}`, output);

  // 3. No new finding of any rule.
  const summarize = (findings: Finding[]) => findings.map((f) => `${f.rule}/${f.messageId}: ${f.message}`);
  const introduced = added(summarize(before.findings), summarize(after.findings));
  if (introduced.length > 0) fail(`--fix introduced findings:\n${introduced.join('\n')}`, output);

  // 4. Fixpoint.
  const again = linter.verifyAndFix(output, allRules, { filename });
  if (again.fixed || again.output !== output) fail('a second --fix run changed the text again', again.output);

  // 5. Only insertions.
  const lost = lostToken(tokens(original), tokens(output));
  if (lost) fail(lost, output);

  // 6. Layout and order: the file's newline and indentation; `X.className = ...` runs before registerClass(X).
  const layout = layoutProblem(output, spec);
  if (layout) fail(layout, output);
  for (const c of spec.classes) {
    const assigned = output.indexOf(`${c.name}.className =`);
    const registered = output.indexOf(`registerClass(${c.name})`);
    if (assigned >= 0 && registered >= 0 && assigned > registered)
      fail(`${c.name} is registered before its className is assigned: registerClass() throws`, output);
  }

  // The field each fixed key is returned from is the one that holds it.
  for (const c of spec.classes) {
    for (const k of c.keys) {
      if (!isExactRead(k) || returnedKeys(c).includes(k)) continue;
      const entry = new RegExp(`\\b${k.key}: this\\.${fieldOf(k).replace('#', '\\#')}\\b|config\\.${k.key} = this\\.${fieldOf(k).replace('#', '\\#')};`);
      if (!entry.test(output)) fail(`${c.name}: getConfig() does not return ${k.key} from this.${fieldOf(k)}`, output);
    }
  }
}

describe('--fix on generated layer files (fast-check)', () => {
  it(`is safe on ${NUM_RUNS} files (seed ${SEED})`, () => {
    fc.assert(fc.property(layerFile, checkFile), { seed: SEED, numRuns: NUM_RUNS, includeErrorInReport: true });
  });
});
