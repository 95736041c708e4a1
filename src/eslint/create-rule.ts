import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
// The eslint-utils entry alone: the package's main entry loads all of typescript-estree's helpers (~170 ms per process).
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface TfjsLayersRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

// The docs ship inside the package (rules-docs/), so the link works offline and matches the installed version.
const RULES_DOCS_DIR = path.join(__dirname, '..', '..', 'rules-docs');

export const createRule = RuleCreator<TfjsLayersRuleDocs>((name) => pathToFileURL(path.join(RULES_DOCS_DIR, `${name}.md`)).href);
