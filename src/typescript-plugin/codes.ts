// The diagnostic codes, one per source rule, each from the rule's definition (`code` in
// src/core/checks/<rule-id>.ts). A code is part of the plugin's interface (editors filter and fix
// by it): never renumber or reuse one; a new rule takes the next free number.
import { allChecks } from '../core';

export const DIAGNOSTIC_SOURCE = 'tfjs-layers';

/** Rule id -> code, in the order the codes were given. */
export const DIAGNOSTIC_CODES: Readonly<Record<string, number>> = Object.fromEntries(
  [...allChecks].sort((a, b) => a.code - b.code).map((check) => [check.ruleId, check.code]),
);

export const ALL_DIAGNOSTIC_CODES: readonly number[] = Object.values(DIAGNOSTIC_CODES);

/** The fix-all id of a rule, as `getCombinedCodeFix` receives it. */
export function fixIdOf(ruleId: string): string {
  return `${DIAGNOSTIC_SOURCE}/${ruleId}`;
}
