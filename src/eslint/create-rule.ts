import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
// The eslint-utils entry alone: the package's main entry loads all of typescript-estree's helpers (~170 ms per process).
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { RuleDefinition } from '../core';

export interface TfjsLayersRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

/** A rule's options as ESLint passes them: `[options]`, or `[]` for a rule that takes none. */
export type OptionsTuple<Options extends object> = [keyof Options] extends [never] ? [] : [Options];

// The docs ship inside the package (rules-docs/), so the link works offline and matches the installed version.
const RULES_DOCS_DIR = path.join(__dirname, '..', '..', 'rules-docs');

export function docsUrlOf(ruleId: string): string {
  return pathToFileURL(path.join(RULES_DOCS_DIR, `${ruleId}.md`)).href;
}

const withDocsUrl = RuleCreator<TfjsLayersRuleDocs>(docsUrlOf);

/** ESLint's `meta` of a rule, all of it from the rule's definition (RuleCreator adds `docs.url`). */
export function metaOf<MessageId extends string, Options extends object>(definition: RuleDefinition<MessageId, Options>) {
  const { optionsSchema } = definition;
  const schema: JSONSchema4 | readonly JSONSchema4[] = optionsSchema ? [{ type: 'object', additionalProperties: false, properties: { ...optionsSchema } }] : [];
  return {
    // Every rule finds code that saves or loads wrong.
    type: 'problem' as const,
    defaultOptions: (optionsSchema ? [definition.defaultOptions] : []) as OptionsTuple<Options>,
    docs: {
      description: definition.description,
      recommended: definition.recommended,
      ...(definition.requiresTypeChecking ? { requiresTypeChecking: true } : {}),
    },
    ...(definition.fixable ? { fixable: 'code' as const } : {}),
    ...(definition.hasSuggestions ? { hasSuggestions: true } : {}),
    messages: definition.messages,
    schema,
  };
}

/**
 * RuleCreator's rule, with `create` handed `context.options` as they are: every ESLint we support
 * (>= 9.15) has already merged `meta.defaultOptions` into them, and RuleCreator's own merge
 * deep-clones the defaults for every rule on every file, TF.js or not.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<RuleWithMetaAndName<Options, MessageIds, TfjsLayersRuleDocs>>,
) {
  return { ...withDocsUrl(spec), create: (context: Parameters<typeof spec.create>[0]) => spec.create(context, context.options) };
}
