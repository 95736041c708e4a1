// The ESLint plugin object: `import tfjsLayers from 'eslint-plugin-tfjs-layers'`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules';
import { createModelJsonConfig, jsonLanguage, jsonRules } from '../json';

type RuleId = keyof typeof rules | keyof typeof jsonRules;
type SourceRuleId = keyof typeof rules;

// Read at run time so `meta` always names the installed version (ESLint uses it for caching).
const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string };

const NAMESPACE = 'tfjs-layers';

/** Every file kind the plugin reads; the configs set the typescript-eslint parser for all of them. */
const LINTED_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: NAMESPACE },
  // The source rules and the model.json rules (src/json), sorted by id.
  rules: Object.fromEntries(Object.entries({ ...rules, ...jsonRules }).sort(([a], [b]) => (a < b ? -1 : 1))) as typeof rules & typeof jsonRules,
  /** `tfjs-layers/json`: @eslint/json's JSON language, which the model-json config sets for model.json files. */
  languages: { json: jsonLanguage },
  configs: {} as Record<'recommended' | 'recommended-type-checked' | 'all' | 'model-json', TSESLint.FlatConfig.Config>,
};

function createConfig(name: string, ruleIds: RuleId[]): TSESLint.FlatConfig.Config {
  return {
    name: `${NAMESPACE}/${name}`,
    files: LINTED_FILES,
    languageOptions: { parser: tsParser },
    plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`${NAMESPACE}/${id}`, 'error'])),
  };
}

const sourceRuleIds = Object.keys(rules) as SourceRuleId[];
const recommendedRuleIds = sourceRuleIds.filter((id) => rules[id].meta.docs?.recommended === true);
plugin.configs.recommended = createConfig('recommended', recommendedRuleIds);
// The same rules with type information: layers found by type across files, registrations and classNames checked program-wide.
plugin.configs['recommended-type-checked'] = {
  ...createConfig('recommended-type-checked', recommendedRuleIds),
  // Root-level JavaScript such as eslint.config.mjs is rarely in a tsconfig: give it a default project.
  languageOptions: { parser: tsParser, parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.cjs'] } } },
  settings: { [NAMESPACE]: { typeAware: true } },
};
// Every rule; the model.json rules act only where the model-json config gives a file the JSON language.
plugin.configs.all = createConfig('all', Object.keys(plugin.rules) as RuleId[]);
plugin.configs['model-json'] = createModelJsonConfig(NAMESPACE, plugin) as TSESLint.FlatConfig.Config;

export = plugin;
