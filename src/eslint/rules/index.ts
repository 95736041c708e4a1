import configComplete from './config-complete';
import noUntrackedState from './no-untracked-state';
import requireClassName from './require-class-name';
import requireRegisterClass from './require-register-class';

/** Every rule by its id, sorted. */
export const rules = {
  'config-complete': configComplete,
  'no-untracked-state': noUntrackedState,
  'require-class-name': requireClassName,
  'require-register-class': requireRegisterClass,
};
