import configCaseSafe from './config-case-safe';
import configComplete from './config-complete';
import configJsonSafe from './config-json-safe';
import configKeysMatchConstructor from './config-keys-match-constructor';
import constructorPassesConfig from './constructor-passes-config';
import getConfigCallsSuper from './get-config-calls-super';
import noIoInConstructor from './no-io-in-constructor';
import noUnassignedConfigField from './no-unassigned-config-field';
import noUntrackedState from './no-untracked-state';
import requireClassName from './require-class-name';
import requireRegisterClass from './require-register-class';
import uniqueClassName from './unique-class-name';

/** Every rule by its id, sorted. */
export const rules = {
  'config-case-safe': configCaseSafe,
  'config-complete': configComplete,
  'config-json-safe': configJsonSafe,
  'config-keys-match-constructor': configKeysMatchConstructor,
  'constructor-passes-config': constructorPassesConfig,
  'get-config-calls-super': getConfigCallsSuper,
  'no-io-in-constructor': noIoInConstructor,
  'no-unassigned-config-field': noUnassignedConfigField,
  'no-untracked-state': noUntrackedState,
  'require-class-name': requireClassName,
  'require-register-class': requireRegisterClass,
  'unique-class-name': uniqueClassName,
};
