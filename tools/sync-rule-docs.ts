// Keeps the generated parts of the docs in step with the plugin object, itself derived from the
// rule definitions (src/core/checks, src/json/rules): the header block of each rules-docs/<rule-id>.md
// page, the rules list in README.md, and the oxlint rules (configs.recommended's) in README.md's
// .oxlintrc.json block and examples/.oxlintrc.json. Everything else in those files is written by
// hand and left alone.
//
//   node --import tsx tools/sync-rule-docs.ts          rewrite what is stale
//   node --import tsx tools/sync-rule-docs.ts --check  write nothing; exit 1 and name stale files
import * as fs from 'node:fs';
import * as path from 'node:path';
import plugin = require('../src/eslint/index');

export const ROOT = path.join(__dirname, '..');
export const DOCS_DIR = 'rules-docs';
export const HEADER_END = '<!-- end auto-generated rule header -->';
export const LIST_BEGIN = '<!-- begin auto-generated rules list -->';
export const LIST_END = '<!-- end auto-generated rules list -->';
export const OXLINT_EXAMPLE = 'examples/.oxlintrc.json';
/** README.md's copy of the oxlint config: a ```jsonc fence whose first line names the file. */
const README_OXLINT_BLOCK = /(```jsonc\n\/\/ \.oxlintrc\.json[^\n]*\n[\s\S]*?\n {2}"rules": \{\n)([\s\S]*?)(\n {2}\})/;
/** README.md's oxlint rules go several to a line, up to this width. */
const README_OXLINT_WIDTH = 130;

const NAMESPACE = plugin.meta.namespace;
const FIX_LINK = '[`--fix` CLI option](https://eslint.org/docs/latest/use/command-line-interface#--fix)';
const SUGGESTIONS_LINK = '[editor suggestions](https://eslint.org/docs/latest/use/core-concepts#rule-suggestions)';

/** Badges of the configs, in the order pages list them; a config not named here is listed without one. */
const CONFIG_EMOJI: Readonly<Record<string, string>> = {
  recommended: '✅',
  'recommended-type-checked': '☑️',
  all: '🌐',
};

type ConfigName = keyof typeof plugin.configs;

interface RuleFacts {
  id: string;
  description: string;
  configs: string[];
  fixable: boolean;
  hasSuggestions: boolean;
  requiresTypeChecking: boolean;
  /** Top-level option names from the schema; empty when the rule takes none. */
  optionNames: string[];
}

export interface GeneratedFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  /** The file on disk, or undefined when there is none. */
  actual: string | undefined;
  /** What the file should hold, or undefined when it cannot be generated (then `problem` says why). */
  expected: string | undefined;
  problem?: string;
}

/** Every rule id, as the plugin exports them (sorted). */
export function getRuleIds(): string[] {
  return Object.keys(plugin.rules);
}

/**
 * Each doc page and README.md as they should be. Pure: reads, never writes, so the docs
 * test compares with it and the CLI writes it.
 */
export function getExpectedFiles(root: string = ROOT): GeneratedFile[] {
  const rules = getRuleIds().map(getRuleFacts);
  const pages = rules.map((rule) => {
    const file = `${DOCS_DIR}/${rule.id}.md`;
    const actual = readIfExists(path.join(root, file));
    if (actual === undefined) return { path: file, actual, expected: undefined, problem: 'missing: every rule needs a doc page' };
    return { path: file, actual, ...replaceHeader(actual, rule) };
  });
  const readmeActual = readIfExists(path.join(root, 'README.md'));
  const readme: GeneratedFile =
    readmeActual === undefined
      ? { path: 'README.md', actual: undefined, expected: undefined, problem: 'missing' }
      : { path: 'README.md', actual: readmeActual, ...replaceOxlintRules(replaceRulesList(readmeActual, rules)) };
  const oxlintActual = readIfExists(path.join(root, OXLINT_EXAMPLE));
  const oxlint: GeneratedFile =
    oxlintActual === undefined
      ? { path: OXLINT_EXAMPLE, actual: undefined, expected: undefined, problem: 'missing' }
      : {
          path: OXLINT_EXAMPLE,
          actual: oxlintActual,
          expected: `${JSON.stringify({ ...(JSON.parse(oxlintActual) as object), rules: getOxlintRules() }, null, 2)}\n`,
        };
  return [...pages, readme, oxlint];
}

/** oxlint runs configs.recommended's rules (the source rules: oxlint has no JSON language). */
function getOxlintRules(): Record<string, unknown> {
  return { ...plugin.configs.recommended.rules };
}

/** The generated header of one page: from the `# title` line to the end marker, both included. */
export function renderRuleHeader(id: string): string {
  return renderHeader(getRuleFacts(id));
}

/** The README rules list, between (and without) its markers. */
export function renderRulesList(): string {
  return renderList(getRuleIds().map(getRuleFacts));
}

function getRuleFacts(id: string): RuleFacts {
  const rule = plugin.rules[id as keyof typeof plugin.rules];
  const { meta } = rule;
  const schema = Array.isArray(meta.schema) ? meta.schema : meta.schema ? [meta.schema] : [];
  const configNames = Object.keys(plugin.configs) as ConfigName[];
  return {
    id,
    description: meta.docs?.description ?? '',
    configs: configNames.filter((name) => isEnabled(plugin.configs[name].rules?.[`${NAMESPACE}/${id}`])),
    fixable: meta.fixable !== undefined,
    hasSuggestions: meta.hasSuggestions === true,
    requiresTypeChecking: meta.docs?.requiresTypeChecking === true,
    optionNames: schema.flatMap((option: { properties?: object }) => Object.keys(option.properties ?? {})),
  };
}

function isEnabled(entry: unknown): boolean {
  const severity: unknown = Array.isArray(entry) ? entry[0] : entry;
  return severity !== undefined && severity !== 'off' && severity !== 0;
}

function renderHeader(rule: RuleFacts): string {
  const lines = [`# ${NAMESPACE}/${rule.id}`, '', `📝 ${withPeriod(rule.description)}`, ''];
  const badges = sortConfigs(rule.configs).map((name) => `${CONFIG_EMOJI[name] ? `${CONFIG_EMOJI[name]} ` : ''}\`${name}\``);
  if (badges.length === 1) lines.push(`💼 This rule is enabled in the ${badges[0]} config.`, '');
  if (badges.length > 1) lines.push(`💼 This rule is enabled in the following configs: ${badges.join(', ')}.`, '');
  if (rule.fixable && rule.hasSuggestions) {
    lines.push(`🔧💡 This rule is automatically fixable by the ${FIX_LINK} and manually fixable by ${SUGGESTIONS_LINK}.`, '');
  } else if (rule.fixable) {
    lines.push(`🔧 This rule is automatically fixable by the ${FIX_LINK}.`, '');
  } else if (rule.hasSuggestions) {
    lines.push(`💡 This rule is manually fixable by ${SUGGESTIONS_LINK}.`, '');
  }
  if (rule.requiresTypeChecking) lines.push('💭 This rule requires type information.', '');
  if (rule.optionNames.length > 0) {
    lines.push(`⚙️ This rule is configurable: ${rule.optionNames.map((name) => `\`${name}\``).join(', ')} (see [Options](#options)).`, '');
  }
  lines.push(HEADER_END);
  return lines.join('\n');
}

function renderList(rules: RuleFacts[]): string {
  const alsoIn = Object.keys(plugin.configs).filter(
    (name) => name !== 'recommended' && rules.every((rule) => rule.configs.includes(name) === rule.configs.includes('recommended')),
  );
  const everyRuleIn = Object.keys(plugin.configs).filter((name) => rules.every((rule) => rule.configs.includes(name)));
  const configNote = [
    alsoIn.length > 0 ? ` (and in ${alsoIn.map((name) => `\`${name}\``).join(', ')})` : '',
    everyRuleIn.length > 0 ? `. Every rule is in ${everyRuleIn.map((name) => `\`${name}\``).join(', ')}` : '',
  ].join('');
  const legend = [
    `💼 Enabled in the ✅ \`recommended\` config${configNote}.\\`,
    `🔧 Automatically fixable by the ${FIX_LINK}.\\`,
    `💡 Manually fixable by ${SUGGESTIONS_LINK}.`,
  ];
  const rows = rules.map((rule) => {
    const cells = [
      `[${rule.id}](${DOCS_DIR}/${rule.id}.md)`,
      escapeCell(rule.description),
      rule.configs.includes('recommended') ? '✅' : '',
      rule.fixable ? '🔧' : '',
      rule.hasSuggestions ? '💡' : '',
    ];
    return `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  });
  return [...legend, '', '| Name | Description | 💼 | 🔧 | 💡 |', '| :--- | :--- | :-: | :-: | :-: |', ...rows].join('\n');
}

/** Replaces the title line and everything up to the end marker; keeps the hand-written rest. */
function replaceHeader(actual: string, rule: RuleFacts): Pick<GeneratedFile, 'expected' | 'problem'> {
  const end = actual.indexOf(HEADER_END);
  if (end === -1) return { expected: undefined, problem: `no "${HEADER_END}" line: the page needs its generated header block` };
  const title = /^# .*$/m.exec(actual);
  if (title?.index === undefined || title.index > end) return { expected: undefined, problem: 'no "# title" line before the header block' };
  const before = actual.slice(0, title.index);
  const after = actual.slice(end + HEADER_END.length);
  return { expected: before + renderHeader(rule) + after };
}

function replaceRulesList(actual: string, rules: RuleFacts[]): Pick<GeneratedFile, 'expected' | 'problem'> {
  const begin = actual.indexOf(LIST_BEGIN);
  const end = actual.indexOf(LIST_END);
  if (begin === -1 || end === -1 || end < begin) return { expected: undefined, problem: `needs "${LIST_BEGIN}" and then "${LIST_END}"` };
  return { expected: `${actual.slice(0, begin + LIST_BEGIN.length)}\n${renderList(rules)}\n${actual.slice(end)}` };
}

/** The rules of README.md's .oxlintrc.json block, several to a line. */
function replaceOxlintRules(readme: Pick<GeneratedFile, 'expected' | 'problem'>): Pick<GeneratedFile, 'expected' | 'problem'> {
  if (readme.expected === undefined) return readme;
  if (!README_OXLINT_BLOCK.test(readme.expected))
    return { expected: undefined, problem: 'no ```jsonc block starting with // .oxlintrc.json and holding "rules": {' };
  const entries = Object.entries(getOxlintRules()).map(([id, level]) => `${JSON.stringify(id)}: ${JSON.stringify(level)}`);
  const lines: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const text = index < entries.length - 1 ? `${entry},` : entry;
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]!} ${text}`.length <= README_OXLINT_WIDTH) lines[last] = `${lines[last]!} ${text}`;
    else lines.push(`    ${text}`);
  }
  return {
    expected: readme.expected.replace(README_OXLINT_BLOCK, (_whole, before: string, _rules: string, after: string) => `${before}${lines.join('\n')}${after}`),
  };
}

function sortConfigs(names: string[]): string[] {
  const order = Object.keys(CONFIG_EMOJI);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((a, b) => rank(a) - rank(b));
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  let failed = false;
  for (const file of getExpectedFiles()) {
    if (file.expected === undefined) {
      console.error(`${file.path}: ${file.problem}`);
      failed = true;
    } else if (file.actual !== file.expected) {
      if (check) {
        console.error(`${file.path}: stale (run: node --import tsx tools/sync-rule-docs.ts)`);
        failed = true;
      } else {
        fs.writeFileSync(path.join(ROOT, file.path), file.expected);
        console.log(`${file.path}: updated`);
      }
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
