// One diagnostic code per rule, in a six-digit range TypeScript's own codes (1000-99999) never
// reach. A code is part of the plugin's interface (editors filter and fix by it): never renumber
// or reuse one; a new rule takes the next free number.
export const DIAGNOSTIC_SOURCE = 'tfjs-layers';

export const DIAGNOSTIC_CODES: Readonly<Record<string, number>> = {
  'config-complete': 910001,
  'no-untracked-state': 910002,
  'require-register-class': 910003,
  'require-class-name': 910004,
  'get-config-calls-super': 910005,
  'config-keys-match-constructor': 910006,
  'no-unassigned-config-field': 910007,
  'config-json-safe': 910008,
  'config-case-safe': 910009,
  'constructor-passes-config': 910010,
  'unique-class-name': 910011,
  'no-io-in-constructor': 910012,
};

export const ALL_DIAGNOSTIC_CODES: readonly number[] = Object.values(DIAGNOSTIC_CODES);

/** The fix-all id of a rule, as `getCombinedCodeFix` receives it. */
export function fixIdOf(ruleId: string): string {
  return `${DIAGNOSTIC_SOURCE}/${ruleId}`;
}
