export { defineCheck, type LayerCheck } from './check';
export { configCaseSafe } from './config-case-safe';
export { configComplete } from './config-complete';
export { configJsonSafe } from './config-json-safe';
export { configKeysMatchConstructor } from './config-keys-match-constructor';
export { constructorPassesConfig } from './constructor-passes-config';
export { getConfigCallsSuper } from './get-config-calls-super';
export { noIoInConstructor } from './no-io-in-constructor';
export { noUnassignedConfigField } from './no-unassigned-config-field';
export { noUntrackedState } from './no-untracked-state';
export { requireClassName, type RequireClassNameOptions } from './require-class-name';
export { requireRegisterClass, type RequireRegisterClassOptions } from './require-register-class';
export { uniqueClassName } from './unique-class-name';

import type { LayerCheck } from './check';
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

/** Every check, sorted by rule id: the list both front ends offer. */
export const allChecks: ReadonlyArray<LayerCheck<string, object>> = [
  configCaseSafe, configComplete, configJsonSafe, configKeysMatchConstructor, constructorPassesConfig, getConfigCallsSuper,
  noIoInConstructor, noUnassignedConfigField, noUntrackedState, requireClassName, requireRegisterClass, uniqueClassName,
] as ReadonlyArray<LayerCheck<string, object>>;

/** The rules of `configs.recommended` (precise enough to be on by default), also the language-service plugin's default. */
export const recommendedRuleIds: ReadonlySet<string> = new Set(allChecks.map((check) => check.ruleId).filter((id) => id !== noIoInConstructor.ruleId));
