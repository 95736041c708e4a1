import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
// The eslint-utils entry alone: the package's main entry loads all of typescript-estree's helpers (~170 ms per process).
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

export interface TfjsLayersRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

// The docs ship inside the package (rules-docs/), so the link works offline and matches the installed version.
const RULES_DOCS_DIR = path.join(__dirname, '..', '..', 'rules-docs');

const withDocsUrl = RuleCreator<TfjsLayersRuleDocs>((name) => pathToFileURL(path.join(RULES_DOCS_DIR, `${name}.md`)).href);

/**
 * RuleCreator's rule, with `create` handed `context.options` as they are: every ESLint we support
 * (>= 9.15) has already merged `meta.defaultOptions` into them, and RuleCreator's own merge
 * deep-clones the defaults for every rule on every file, TF.js or not.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(spec: Readonly<RuleWithMetaAndName<Options, MessageIds, TfjsLayersRuleDocs>>) {
  return { ...withDocsUrl(spec), create: (context: Parameters<typeof spec.create>[0]) => spec.create(context, context.options) };
}
