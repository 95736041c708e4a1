// Lints a folder of fetched public repositories with the built plugin, for reading by hand.
// Not part of CI: the repositories are not in this project (their code is other people's and
// stays out of the repository); fetch them yourself (tests/corpus/README.md lists them) into one
// folder, one sub-folder per repository (`owner+name/`).
//
//   npm run build
//   node --import tsx tools/lint-wild.ts [folder=/work/wild] [--type-checked] [--json out.json]
//
// For each repository it lints every .js/.jsx/.mjs/.cjs/.ts/.tsx/.mts/.cts file (node_modules,
// dist and minified files skipped) with configs.all, and with --type-checked also with
// configs['recommended-type-checked'] where the repository has a tsconfig.json at its top (its
// own compiler options; files outside that program are linted untyped). It prints the findings
// per rule, per repository, then one line per finding (`repo/file:line rule message`), and the
// files the parser rejected (a rule never sees those).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint, type Linter } from 'eslint';

const ROOT = path.join(__dirname, '..');
const NAMESPACE = 'tfjs-layers/';
const PATTERNS = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
const IGNORES = ['**/node_modules/**', '**/dist/**', '**/*.min.js', '**/*bundle*.js'];

interface Finding {
  repo: string;
  file: string;
  line: number;
  rule: string;
  message: string;
  typed: boolean;
}

interface RepoReport {
  repo: string;
  files: number;
  findings: Finding[];
  fatal: Array<{ file: string; message: string }>;
}

function parseArgs(argv: string[]): { folder: string; typeChecked: boolean; json?: string } {
  let folder = '/work/wild';
  let typeChecked = false;
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--type-checked') typeChecked = true;
    else if (arg === '--json') json = argv[++i];
    else if (!arg.startsWith('--')) folder = arg;
    else throw new Error(`unknown option ${arg}`);
  }
  return { folder: path.resolve(folder), typeChecked, json };
}

function loadPlugin(): { configs: Record<string, Linter.Config> } {
  const main = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
  const entry = path.join(ROOT, main);
  if (!fs.existsSync(entry)) throw new Error(`The built plugin is missing (${entry}): run \`npm run build\` first.`);
  return require(entry) as { configs: Record<string, Linter.Config> };
}

async function lintRepo(dir: string, repo: string, config: Linter.Config, typed: boolean): Promise<RepoReport> {
  const overrideConfig: Linter.Config[] = [{ ignores: IGNORES }, config];
  if (typed) overrideConfig.push({ languageOptions: { parserOptions: { tsconfigRootDir: dir } } });
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig, ignore: true, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(PATTERNS);
  const report: RepoReport = { repo, files: results.length, findings: [], fatal: [] };
  for (const result of results) {
    const file = path.relative(dir, result.filePath);
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) {
        report.fatal.push({ file, message: message.message });
        continue;
      }
      if (!message.ruleId.startsWith(NAMESPACE)) continue;
      report.findings.push({ repo, file, line: message.line, rule: message.ruleId.slice(NAMESPACE.length), message: message.message, typed });
    }
  }
  return report;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function main(): Promise<void> {
  const { folder, typeChecked, json } = parseArgs(process.argv.slice(2));
  const plugin = loadPlugin();
  const repos = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const reports: RepoReport[] = [];
  for (const repo of repos) {
    const dir = path.join(folder, repo);
    reports.push(await lintRepo(dir, repo, plugin.configs.all!, false));
    if (typeChecked && fs.existsSync(path.join(dir, 'tsconfig.json'))) {
      reports.push(await lintRepo(dir, `${repo} (type-checked)`, plugin.configs['recommended-type-checked']!, true));
    }
  }
  const all = reports.flatMap((report) => report.findings);
  const out: string[] = [];
  out.push(`# lint-wild: ${folder}, ${repos.length} repositories, ${reports.reduce((n, r) => n + r.files, 0)} files linted, ${all.length} findings`);
  out.push('', '## Findings per rule');
  for (const [rule, count] of countBy(all, (finding) => finding.rule)) out.push(`${String(count).padStart(5)}  ${rule}`);
  out.push('', '## Findings per repository (files linted, findings, rules)');
  for (const report of reports) {
    const rules = [...countBy(report.findings, (finding) => finding.rule)].map(([rule, count]) => `${rule} ${count}`).join(', ');
    out.push(
      `${report.repo}: ${report.files} files, ${report.findings.length} findings${rules ? ` (${rules})` : ''}${report.fatal.length ? `, ${report.fatal.length} unparsed` : ''}`,
    );
  }
  out.push('', '## Every finding');
  for (const finding of all)
    out.push(`${finding.repo}/${finding.file}:${finding.line} ${finding.rule}${finding.typed ? ' [typed]' : ''} ${finding.message.replace(/\s+/g, ' ')}`);
  const fatal = reports.flatMap((report) => report.fatal.map((item) => `${report.repo}/${item.file}: ${item.message}`));
  if (fatal.length) out.push('', '## Not parsed (no rule ran)', ...fatal);
  process.stdout.write(`${out.join('\n')}\n`);
  if (json) fs.writeFileSync(json, JSON.stringify(reports, null, 2));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
