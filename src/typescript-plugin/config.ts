// The plugin entry of tsconfig `compilerOptions.plugins`:
//   { "name": "eslint-plugin-tfjs-layers/typescript-plugin",
//     "rules": { "<rule-id>": "warn", "<other-rule-id>": ["error", { <its options> }] },
//     "typeAware": true }
// Rules not named keep their default: configs.recommended's rules as errors, the others off
// (README.md, "In the editor", has an example).
import { allChecks, recommendedRuleIds, type LayerCheck } from '../core';

export type RuleLevel = 'off' | 'warn' | 'error';

export interface EnabledRule {
  check: LayerCheck;
  level: 'warn' | 'error';
  options: object;
}

export interface PluginConfig {
  rules: EnabledRule[];
  /** Analyse with the program's type checker: layers found by type, registrations and classNames across files. */
  typeAware: boolean;
}

export function readPluginConfig(raw: unknown, warn: (message: string) => void): PluginConfig {
  const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as { rules?: unknown; typeAware?: unknown };
  const settings = (typeof entry.rules === 'object' && entry.rules !== null ? entry.rules : {}) as Record<string, unknown>;
  for (const id of Object.keys(settings)) {
    if (!allChecks.some((check) => check.ruleId === id.replace(/^tfjs-layers\//, ''))) warn(`unknown rule "${id}" in the plugin's options; it is ignored`);
  }
  const rules = allChecks.flatMap((check): EnabledRule[] => {
    const setting = settings[check.ruleId] ?? settings[`tfjs-layers/${check.ruleId}`];
    const [level, options]: [unknown, unknown] = Array.isArray(setting) ? [setting[0] as unknown, setting[1] as unknown] : [setting, undefined];
    const resolved = isLevel(level) ? level : recommendedRuleIds.has(check.ruleId) ? 'error' : 'off';
    if (setting !== undefined && !isLevel(level)) warn(`rule "${check.ruleId}": expected "off", "warn" or "error", got ${JSON.stringify(setting)}`);
    if (resolved === 'off') return [];
    return [{ check, level: resolved, options: { ...check.defaultOptions, ...(typeof options === 'object' && options !== null ? options : {}) } }];
  });
  return { rules, typeAware: entry.typeAware === true };
}

function isLevel(value: unknown): value is RuleLevel {
  return value === 'off' || value === 'warn' || value === 'error';
}
