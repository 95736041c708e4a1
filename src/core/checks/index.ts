export type { LayerCheck } from './check';
export { configComplete } from './config-complete';
export { noUntrackedState } from './no-untracked-state';
export { requireClassName } from './require-class-name';
export { requireRegisterClass, type RequireRegisterClassOptions } from './require-register-class';
