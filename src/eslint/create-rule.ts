import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { ESLintUtils } from '@typescript-eslint/utils';

export interface TfjsLayersRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

// The docs ship inside the package (rules-docs/), so the link works offline and matches the installed version.
const RULES_DOCS_DIR = path.join(__dirname, '..', '..', 'rules-docs');

export const createRule = ESLintUtils.RuleCreator<TfjsLayersRuleDocs>((name) => pathToFileURL(path.join(RULES_DOCS_DIR, `${name}.md`)).href);
