// The ESLint plugin object: `import tfjsLayers from 'eslint-plugin-tfjs-layers'`.
// Loading it loads neither TypeScript nor the parser: both come on the first file that needs them
// (see load-typescript.ts), so oxlint, which takes only `rules`, pays for them only on TF.js files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';
import { allChecks } from '../core';
import { createModelJsonConfig, jsonLanguage } from '../json';
import { lazyParser } from './load-typescript';
import { rules as ruleModules } from './rules';

// The ids of the source rules and the model.json rules (src/json), as src/eslint/rules.ts derives them.
type RuleId = keyof typeof ruleModules;
type ConfigName = 'recommended' | 'recommended-type-checked' | 'all' | 'model-json';

// Read at run time so `meta` always names the installed version (ESLint uses it for caching).
const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string };

const NAMESPACE = 'tfjs-layers';

/** Every file kind the plugin reads; the configs set the typescript-eslint parser for all of them. */
const LINTED_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

// typescript-eslint RuleModules, which are ESLint rules too: typed as both, so an ESLint config takes them and their
// typescript-eslint types (meta.docs.recommended, defaultOptions) stay readable.
type Rules = { [Id in RuleId]: (typeof ruleModules)[Id] & Pick<Rule.RuleModule, 'create'> };
const rules = ruleModules as Rules;

/** The plugin in ESLint's own types, so `defineConfig()`, `extends` and a plain config array all take it as it is. */
interface TfjsLayersPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Rules;
  languages: NonNullable<ESLint.Plugin['languages']>;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin: TfjsLayersPlugin = {
  // oxlint names the rules after meta.name without its `eslint-plugin-` prefix: `tfjs-layers/...`.
  meta: { name: packageJson.name, version: packageJson.version, namespace: NAMESPACE },
  rules,
  /** `tfjs-layers/json`: @eslint/json's JSON language, which the model-json config sets for model.json files. */
  languages: { json: jsonLanguage as NonNullable<ESLint.Plugin['languages']>[string] },
  configs: {} as Record<ConfigName, Linter.Config>,
};

const parser = lazyParser(`${packageJson.name}/parser`, packageJson.version, false);
// Files outside every tsconfig are linted without type information instead of failing to parse.
const typedParser = lazyParser(`${packageJson.name}/parser-type-checked`, packageJson.version, true);

function createConfig(name: string, ruleIds: readonly string[]): Linter.Config {
  return {
    name: `${NAMESPACE}/${name}`,
    files: LINTED_FILES,
    languageOptions: { parser },
    plugins: { [NAMESPACE]: plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`${NAMESPACE}/${id}`, 'error'])),
  };
}

const recommendedRuleIds = allChecks.filter((check) => check.recommended).map((check) => check.ruleId);
plugin.configs.recommended = createConfig('recommended', recommendedRuleIds);
// The same rules with type information: layers found by type across files, registrations and classNames checked program-wide.
plugin.configs['recommended-type-checked'] = {
  ...createConfig('recommended-type-checked', recommendedRuleIds),
  // Root-level JavaScript such as eslint.config.mjs is rarely in a tsconfig: give it a default project.
  languageOptions: { parser: typedParser, parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.cjs'] } } },
  settings: { [NAMESPACE]: { typeAware: true } },
};
// Every rule; the model.json rules act only where the model-json config gives a file the JSON language.
plugin.configs.all = createConfig('all', Object.keys(ruleModules));
plugin.configs['model-json'] = createModelJsonConfig(NAMESPACE, plugin);

export = plugin;
