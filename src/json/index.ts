// model.json files checked against the project's layer classes: the rules for ESLint's JSON
// language (@eslint/json) and the config that runs them on `**/model.json`. The ESLint plugin
// (src/eslint/index.ts) adds these rules, the language and the config to its own.
import modelJsonClassName from './rules/model-json-class-name';
import modelJsonConfigKeys from './rules/model-json-config-keys';
import modelJsonWeights from './rules/model-json-weights';

// @eslint/json is an ES module; Node loads it through require() (>= 20.19 / 22.12, the engines this package supports).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslintJson = require('@eslint/json') as { default: { languages: { json: object } } };

/** The JSON language of @eslint/json, offered by this plugin as `tfjs-layers/json`. */
export const jsonLanguage = eslintJson.default.languages.json;

/** The registry of the model.json rules: every definition, sorted by rule id (src/eslint/rules.ts makes them ESLint rules). */
export const allJsonRules = [modelJsonClassName, modelJsonConfigKeys, modelJsonWeights] as const;

export { createJsonListeners, type JsonRuleContext, type JsonRuleDefinition } from './rules/shared';

/** Files the model-json config lints. Add other names with a config of your own (see the rule docs). */
export const MODEL_JSON_FILES = ['**/model.json'];

/** The `model-json` config: the JSON language on model.json files, every model.json rule as an error. */
export function createModelJsonConfig(
  namespace: string,
  plugin: object,
): { name: string; files: string[]; language: string; plugins: Record<string, object>; rules: Record<string, 'error'> } {
  return {
    name: `${namespace}/model-json`,
    files: MODEL_JSON_FILES,
    language: `${namespace}/json`,
    plugins: { [namespace]: plugin },
    rules: Object.fromEntries(allJsonRules.map((rule) => [`${namespace}/${rule.ruleId}`, 'error' as const])),
  };
}
