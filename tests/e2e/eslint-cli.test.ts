// End to end through the real `eslint` CLI: lint a temp copy of examples/ with the built plugin
// (dist/), check the findings file by file against the table in examples/README.md, then run
// `eslint --fix` and check what the fixes did to the files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const examplesDir = path.join(root, 'examples');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
const distEntry = path.resolve(root, packageJson.main);

/** The rules examples/README.md counts exactly; findings of other rules are only checked on clean code. */
const CORE_RULES = ['config-complete', 'no-untracked-state', 'require-class-name', 'require-register-class'];
const NAMESPACE = 'tfjs-layers/';

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  endLine?: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** One row of the README table. */
interface Expectation {
  file: string;
  cleanClasses: string[];
  /** Count per core rule id (without the namespace). */
  findings: Map<string, number>;
}

function readExpectations(): Expectation[] {
  const readme = fs.readFileSync(path.join(examplesDir, 'README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\|\s*`[^`]+`\s*\|/.test(line));
  return rows.map((row) => {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    assert.equal(cells.length, 3, `README table row should have 3 cells: ${row}`);
    const [fileCell, classesCell, findingsCell] = cells as [string, string, string];
    const findings = new Map<string, number>();
    for (const match of findingsCell.matchAll(/`([a-z-]+)`\s*×\s*(\d+)/g)) findings.set(match[1]!, Number(match[2]));
    assert.ok(findings.size > 0 || findingsCell === 'none', `README row for ${fileCell}: write findings as \`rule\` ×N, or "none"`);
    for (const rule of findings.keys())
      assert.ok(CORE_RULES.includes(rule), `README lists ${rule}, which is not one of the counted rules ${CORE_RULES.join(', ')}`);
    return {
      file: /`([^`]+)`/.exec(fileCell)![1]!,
      cleanClasses: [...classesCell.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((match) => match[1]!),
      findings,
    };
  });
}

/** Runs the eslint CLI in `cwd` on `.`; fails on a crash (exit code 2), returns results by relative path. */
function runEslint(cwd: string, extraArgs: string[] = []): Map<string, LintResult> {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...extraArgs, '.'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `eslint ${extraArgs.join(' ')} exited with ${run.status}:\n${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  const results = JSON.parse(run.stdout) as LintResult[];
  return new Map(results.map((result) => [toRelative(cwd, result.filePath), result]));
}

function toRelative(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** Every file under `dir` with its text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(toRelative(dir, file), fs.readFileSync(file, 'utf8'));
  }
  return files;
}

function countCoreFindings(result: LintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of result.messages) {
    const rule = message.ruleId?.startsWith(NAMESPACE) ? message.ruleId.slice(NAMESPACE.length) : undefined;
    if (rule && CORE_RULES.includes(rule)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  return counts;
}

function describeMessages(messages: LintMessage[]): string {
  return messages.map((message) => `  ${message.line}: ${message.ruleId ?? '(fatal)'} ${message.message}`).join('\n');
}

/** Lines [start, end) (1-based start) of `class Name` up to the next top-level class. */
function classLineSpan(text: string, className: string): { start: number; end: number } {
  const lines = text.split('\n');
  const classLine = (line: string): boolean => /^(export\s+)?(default\s+)?(abstract\s+)?class\s+[A-Za-z_$]/.test(line);
  const index = lines.findIndex((line) => new RegExp(`^(export\\s+)?(default\\s+)?(abstract\\s+)?class\\s+${className}\\b`).test(line));
  assert.ok(index >= 0, `class ${className} not found`);
  const next = lines.findIndex((line, i) => i > index && classLine(line));
  return { start: index + 1, end: next < 0 ? lines.length + 1 : next + 1 };
}

function scriptKind(file: string): ts.ScriptKind {
  if (/\.[cm]?tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(file)) return ts.ScriptKind.TS;
  return /\.[cm]?jsx$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

function parseErrors(file: string, text: string): string[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** Whether `lines` of the original all appear, in order, among the lines of `fixed`. */
function firstMissingLine(original: string, fixed: string): string | undefined {
  const fixedLines = fixed.split('\n');
  let at = 0;
  for (const line of original.split('\n')) {
    while (at < fixedLines.length && fixedLines[at] !== line) at++;
    if (at === fixedLines.length) return line;
    at++;
  }
  return undefined;
}

/** Whether `fixed` is `original` with characters only inserted (original is a subsequence). */
function isInsertionOnly(original: string, fixed: string): boolean {
  let at = 0;
  for (const char of fixed) if (at < original.length && char === original[at]) at++;
  return at === original.length;
}

const EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

describe('eslint CLI on examples/', () => {
  // Read up front so that each README row becomes its own test.
  const expectations = readExpectations();
  let workDir = '';
  let pristineFiles = new Map<string, string>();
  let pristine = new Map<string, LintResult>();

  before(() => {
    if (!fs.existsSync(distEntry)) {
      throw new Error(`The built plugin is missing (${distEntry}): run \`npm run build\` first (\`npm test\` does it).`);
    }
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-e2e-'));
    fs.cpSync(examplesDir, workDir, { recursive: true });
    // Outside the package the name does not resolve: import the built plugin by path instead.
    fs.writeFileSync(
      path.join(workDir, 'eslint.config.mjs'),
      `import tfjsLayers from ${JSON.stringify(pathToFileURL(distEntry).href)};\n\nexport default [tfjsLayers.configs.recommended];\n`,
    );
    pristineFiles = snapshot(workDir);
    pristine = runEslint(workDir);
  });

  after(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('lints every example file, each listed in examples/README.md', () => {
    const listed = expectations.map((expectation) => expectation.file).sort();
    const sources = [...pristineFiles.keys()].filter((file) => EXTENSIONS.test(file)).sort();
    assert.deepEqual([...pristine.keys()].sort(), sources, 'eslint should lint every source file of the copy');
    assert.deepEqual(listed, sources, 'examples/README.md should have one row per source file');
  });

  it('parses every file without a fatal error', () => {
    for (const [file, result] of pristine) {
      const fatal = result.messages.filter((message) => message.fatal === true || message.ruleId === null);
      assert.deepEqual(fatal, [], `${file}:\n${describeMessages(fatal)}`);
    }
  });

  it('reports each of the four rules somewhere', () => {
    const seen = new Set([...pristine.values()].flatMap((result) => [...countCoreFindings(result).keys()]));
    assert.deepEqual([...seen].sort(), [...CORE_RULES].sort());
  });

  describe('findings per file, as examples/README.md lists them', () => {
    for (const expectation of expectations) {
      const expected = Object.fromEntries([...expectation.findings].sort());
      const label =
        expectation.findings.size === 0
          ? 'none'
          : Object.entries(expected)
              .map(([rule, count]) => `${rule} x${count}`)
              .join(', ');
      it(`${expectation.file}: ${label}`, () => {
        const result = pristine.get(expectation.file);
        assert.ok(result, `${expectation.file} was not linted`);
        const actual = Object.fromEntries([...countCoreFindings(result).entries()].sort());
        assert.deepEqual(actual, expected, `${expectation.file}:\n${describeMessages(result.messages)}`);
        // A file meant to be clean gets no finding from any rule, not only from the four counted.
        if (expectation.findings.size === 0)
          assert.deepEqual(result.messages, [], `${expectation.file} should be clean:\n${describeMessages(result.messages)}`);
        // Nor does a correct layer class in a file that also holds mistakes.
        const text = pristineFiles.get(expectation.file)!;
        for (const className of expectation.cleanClasses) {
          const span = classLineSpan(text, className);
          const inside: LintMessage[] = result.messages.filter((message) => message.line >= span.start && message.line < span.end);
          assert.deepEqual(inside, [], `${expectation.file}: ${className} is meant to be correct:\n${describeMessages(inside)}`);
        }
      });
    }
  });

  describe('eslint --fix', () => {
    let fixedFiles = new Map<string, string>();
    let changed: string[] = [];
    let relinted = new Map<string, LintResult>();

    before(() => {
      runEslint(workDir, ['--fix']);
      fixedFiles = snapshot(workDir);
      changed = [...fixedFiles.keys()].filter((file) => fixedFiles.get(file) !== pristineFiles.get(file)).sort();
      relinted = runEslint(workDir);
    });

    it('changes exactly the files that had fixable findings, and adds or removes no file', () => {
      assert.deepEqual([...fixedFiles.keys()].sort(), [...pristineFiles.keys()].sort());
      const fixable = [...pristine]
        .filter(([, result]) => result.messages.some((message) => message.fix))
        .map(([file]) => file)
        .sort();
      assert.ok(fixable.length > 0, 'the examples should have autofixable findings');
      assert.deepEqual(changed, fixable);
    });

    it('leaves every fixed file parseable', () => {
      for (const file of changed) {
        assert.deepEqual(parseErrors(file, fixedFiles.get(file)!), [], `${file} no longer parses after --fix`);
        const fatal = relinted.get(file)!.messages.filter((message) => message.fatal === true || message.ruleId === null);
        assert.deepEqual(fatal, [], `${file}:\n${describeMessages(fatal)}`);
      }
    });

    it('leaves no config-complete finding', () => {
      const left = [...relinted].flatMap(([file, result]) =>
        result.messages.filter((message) => message.ruleId === `${NAMESPACE}config-complete`).map((message) => `${file}:${message.line} ${message.message}`),
      );
      assert.deepEqual(left, []);
    });

    it('only inserts text: every original line is still there, in order', () => {
      for (const file of changed) {
        const original = pristineFiles.get(file)!;
        const fixed = fixedFiles.get(file)!;
        const missing = firstMissingLine(original, fixed);
        assert.equal(missing, undefined, `${file}: the fix removed or rewrote the line ${JSON.stringify(missing)}`);
        assert.ok(isInsertionOnly(original, fixed), `${file}: the fix did more than insert text`);
      }
    });

    it('fixes what it reported: the autofixed findings are gone', () => {
      for (const file of changed) {
        const hadFixes = pristine
          .get(file)!
          .messages.filter((message) => message.fix)
          .map((message) => message.ruleId);
        const stillFixable = relinted.get(file)!.messages.filter((message) => message.fix);
        assert.deepEqual(stillFixable, [], `${file}: still fixable after --fix (had ${hadFixes.join(', ')}):\n${describeMessages(stillFixable)}`);
      }
    });

    it('is stable: a second --fix changes no file', () => {
      runEslint(workDir, ['--fix']);
      const again = snapshot(workDir);
      const changedAgain = [...again.keys()].filter((file) => again.get(file) !== fixedFiles.get(file));
      assert.deepEqual(changedAgain, []);
    });
  });
});
