// What the three model.json rules share: the rule shape ESLint's JSON language runs, the one
// option (`sources`), and one read of the file and of the reference per linted file.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { getBuiltInLayerNames, type BuiltInNames } from '../builtins';
import { readModelFile, type JsonNode, type JsonValue, type ModelFile } from '../model-file';
import { getReference, type Reference } from '../reference';

export interface ModelJsonOptions {
  /** Folders (relative to ESLint's cwd) holding the project's layer classes; default: the cwd itself. */
  sources?: string[];
}

export interface JsonFix {
  range: [number, number];
  text: string;
}

export interface JsonReport {
  node: JsonNode;
  messageId: string;
  data?: Record<string, string | number>;
  suggest?: Array<{ messageId: string; data?: Record<string, string | number>; fix: (fixer: { replaceTextRange(range: [number, number], text: string): JsonFix }) => JsonFix }>;
}

/** The part of ESLint's rule context these rules use. */
export interface JsonRuleContext {
  cwd: string;
  options: unknown[];
  sourceCode: { ast: { body?: JsonValue } };
  report(descriptor: JsonReport): void;
}

export interface JsonRuleModule {
  name: string;
  meta: {
    type: 'problem';
    docs: { description: string; recommended: boolean; url: string; requiresTypeChecking?: boolean };
    fixable?: 'code';
    messages: Record<string, string>;
    schema: JSONSchema4 | readonly JSONSchema4[];
    defaultOptions: [ModelJsonOptions];
    hasSuggestions?: boolean;
  };
  create(context: JsonRuleContext): Record<string, (node: never) => void>;
}

const RULES_DOCS_DIR = path.join(__dirname, '..', '..', '..', 'rules-docs');

// No `meta.languages`: configs.all turns every rule on for source files too, where a JSON rule
// finds no Document node and does nothing; ESLint 10 would reject a rule that names only JSON there.

export const OPTIONS_SCHEMA: JSONSchema4ObjectSchema[] = [
  {
    type: 'object',
    properties: {
      sources: {
        type: 'array',
        items: { type: 'string' },
        description: "Folders (relative to ESLint's working directory) holding the project's layer classes. Default: the working directory.",
      },
    },
    additionalProperties: false,
  },
];

export function createJsonRule(spec: {
  name: string;
  description: string;
  recommended: boolean;
  messages: Record<string, string>;
  hasSuggestions?: boolean;
  check: (model: ModelFile, facts: ModelFacts, report: (descriptor: JsonReport) => void) => void;
}): JsonRuleModule {
  return {
    name: spec.name,
    meta: {
      type: 'problem',
      docs: { description: spec.description, recommended: spec.recommended, url: pathToFileURL(path.join(RULES_DOCS_DIR, `${spec.name}.md`)).href },
      messages: spec.messages,
      schema: OPTIONS_SCHEMA,
      defaultOptions: [{}],
      ...(spec.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    create(context) {
      return {
        Document() {
          const model = getModel(context.sourceCode);
          if (!model) return;
          const options = (context.options[0] ?? {}) as ModelJsonOptions;
          spec.check(model, getFacts(context.sourceCode, context.cwd, options), (descriptor) => context.report(descriptor));
        },
      };
    },
  };
}

export interface ModelFacts {
  reference: Reference;
  builtIns: BuiltInNames;
}

const models = new WeakMap<object, ModelFile | null>();
const factsBySource = new WeakMap<object, Map<string, ModelFacts>>();

function getModel(sourceCode: JsonRuleContext['sourceCode']): ModelFile | undefined {
  let model = models.get(sourceCode);
  if (model === undefined) {
    model = readModelFile(sourceCode.ast.body) ?? null;
    models.set(sourceCode, model);
  }
  return model ?? undefined;
}

/** One reference per linted file and option value, shared by the rules. */
function getFacts(sourceCode: object, cwd: string, options: ModelJsonOptions): ModelFacts {
  const key = JSON.stringify([cwd, options.sources ?? null]);
  let byKey = factsBySource.get(sourceCode);
  if (!byKey) factsBySource.set(sourceCode, (byKey = new Map<string, ModelFacts>()));
  let facts = byKey.get(key);
  if (!facts) {
    facts = { reference: getReference(cwd, options.sources), builtIns: getBuiltInLayerNames(cwd) };
    byKey.set(key, facts);
  }
  return facts;
}

/** A JSON value as the message shows it, shortened. */
export function showValue(node: JsonValue | undefined, text?: string): string {
  if (!node) return 'undefined';
  const shown = text ?? ('value' in node && node.value !== undefined ? JSON.stringify(node.value) : node.type === 'Null' ? 'null' : node.type === 'Object' ? '{...}' : node.type === 'Array' ? '[...]' : '?');
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}
