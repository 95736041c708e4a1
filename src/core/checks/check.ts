// One definition per rule: what the rule is (id, docs, messages, options, fixes, tsserver code) and
// its check, in one object. Everything else is derived from the list in ./index.ts: the ESLint rules
// and configs (src/eslint), the tsserver codes (src/typescript-plugin/codes.ts), the docs tables
// (tools/sync-rule-docs.ts). The model.json rules (src/json/rules) share RuleDefinition.
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { Ts } from '../ts-ast';

/** One option of a rule, as JSON Schema: ESLint validates it, the docs list it. */
export interface OptionSchema {
  type: 'boolean' | 'string' | 'number' | 'array' | 'object';
  /** What the option is for, and its default. */
  description: string;
  items?: { type: 'string' };
  uniqueItems?: boolean;
}

/** What a rule is, for every front end and the docs: no TF.js knowledge, no check. */
export interface RuleDefinition<MessageId extends string = string, Options extends object = object, Id extends string = string> {
  /** kebab-case; names the definition's file, its doc page rules-docs/<id>.md and its test. */
  ruleId: Id;
  /** "Require ...", "Disallow ..." or "Enforce ...", no final period: ESLint's `meta.docs.description`. */
  description: string;
  /** In `configs.recommended` and `recommended-type-checked`, and on by default in the tsserver plugin. */
  recommended: boolean;
  /** Needs the type checker (typescript-eslint's `requiresTypeChecking`); no rule does today. */
  requiresTypeChecking?: boolean;
  /** Some findings carry a `fix` (`eslint --fix`, fix-all). */
  fixable?: boolean;
  /** Some findings carry `suggestions` (one by one in the editor, never applied automatically). */
  hasSuggestions?: boolean;
  /** Message templates by id, with `{{placeholders}}` as ESLint writes them. */
  messages: Record<MessageId, string>;
  defaultOptions: Options;
  /** One schema per key of `defaultOptions`; absent when the rule takes no options. */
  optionsSchema?: Readonly<Record<string, OptionSchema>>;
}

/** A source rule: its definition, its tsserver code, and the check both front ends run. */
export interface LayerCheck<MessageId extends string = string, Options extends object = object, Id extends string = string> extends RuleDefinition<
  MessageId,
  Options,
  Id
> {
  /**
   * The tsserver diagnostic code, in a six-digit range TypeScript's own codes (1000-99999) never
   * reach. Public (editors filter and fix by it): never renumber or reuse one; a new rule takes the
   * next free number (tests/meta/plugin.test.ts lists the codes given so far).
   */
  code: number;
  run(ts: Ts, analysis: FileAnalysis, options: Options): Finding[];
}

/** Declares a source rule, its id kept literal and its message ids inferred from `messages`. */
export function defineCheck<Id extends string, MessageId extends string, Options extends object>(
  check: LayerCheck<MessageId, Options, Id>,
): LayerCheck<MessageId, Options, Id> {
  return check;
}
