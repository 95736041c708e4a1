// The registry: every source rule's definition, sorted by rule id. The ESLint rules and configs,
// the tsserver codes and the docs tables are derived from this list; adding a rule adds a line here.
import { configCaseSafe } from './config-case-safe';
import { configComplete } from './config-complete';
import { configJsonSafe } from './config-json-safe';
import { configKeysMatchConstructor } from './config-keys-match-constructor';
import { constructorPassesConfig } from './constructor-passes-config';
import { getConfigCallsSuper } from './get-config-calls-super';
import { noIoInConstructor } from './no-io-in-constructor';
import { noUnassignedConfigField } from './no-unassigned-config-field';
import { noUntrackedState } from './no-untracked-state';
import { requireClassName } from './require-class-name';
import { requireRegisterClass } from './require-register-class';
import { uniqueClassName } from './unique-class-name';

import type { LayerCheck } from './check';

export { defineCheck, type LayerCheck, type OptionSchema, type RuleDefinition } from './check';
export type { RequireClassNameOptions } from './require-class-name';
export type { RequireRegisterClassOptions } from './require-register-class';

const checks = [
  configCaseSafe,
  configComplete,
  configJsonSafe,
  configKeysMatchConstructor,
  constructorPassesConfig,
  getConfigCallsSuper,
  noIoInConstructor,
  noUnassignedConfigField,
  noUntrackedState,
  requireClassName,
  requireRegisterClass,
  uniqueClassName,
] as const;

/** Each check with its own ids and options: what src/eslint/rules.ts types the plugin's rules by. */
export type RegisteredCheck = (typeof checks)[number];

/** Every check, sorted by rule id: the list both front ends offer. */
export const allChecks: readonly LayerCheck[] = checks;

/** The rules of `configs.recommended` (precise enough to be on by default), also the language-service plugin's default. */
export const recommendedRuleIds: ReadonlySet<string> = new Set(allChecks.filter((check) => check.recommended).map((check) => check.ruleId));
