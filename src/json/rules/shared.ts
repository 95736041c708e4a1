// What the three model.json rules share: the definition each one is (RuleDefinition, as the source
// rules have, with a check of the model file in place of a TypeScript check and no tsserver code),
// the one option (`sources`), and one read of the file and of the reference per linted file.
// src/eslint/rules.ts turns each definition into an ESLint rule for @eslint/json's language.
import type { RuleDefinition } from '../../core';
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

/** A report of one model.json rule, its message ids those of the rule's `messages`. */
export interface JsonReport<MessageId extends string = string> {
  node: JsonNode;
  messageId: MessageId;
  data?: Record<string, string | number>;
  suggest?: Array<{
    messageId: MessageId;
    data?: Record<string, string | number>;
    fix: (fixer: { replaceTextRange(range: [number, number], text: string): JsonFix }) => JsonFix;
  }>;
}

/** The part of ESLint's rule context these rules use. */
export interface JsonRuleContext<MessageId extends string = string> {
  cwd: string;
  options: unknown[];
  sourceCode: { ast: { body?: JsonValue } };
  report(descriptor: JsonReport<MessageId>): void;
}

export interface JsonRuleDefinition<MessageId extends string = string, Id extends string = string> extends RuleDefinition<MessageId, ModelJsonOptions, Id> {
  check(model: ModelFile, facts: ModelFacts, report: (descriptor: JsonReport<MessageId>) => void): void;
}

// No `meta.languages`: configs.all turns every rule on for source files too, where a JSON rule
// finds no Document node and does nothing; ESLint 10 would reject a rule that names only JSON there.

/** Declares a model.json rule; every one takes the `sources` option. */
export function defineJsonRule<Id extends string, MessageId extends string>(
  spec: Omit<JsonRuleDefinition<MessageId, Id>, 'defaultOptions' | 'optionsSchema'>,
): JsonRuleDefinition<MessageId, Id> {
  return {
    ...spec,
    defaultOptions: {},
    optionsSchema: {
      sources: {
        type: 'array',
        items: { type: 'string' },
        description: "Folders (relative to ESLint's working directory) holding the project's layer classes. Default: the working directory.",
      },
    },
  };
}

/** The listeners of one model.json rule: its check, on the model file ESLint's JSON language parsed. */
export function createJsonListeners<MessageId extends string>(
  definition: JsonRuleDefinition<MessageId>,
  context: JsonRuleContext<MessageId>,
): Record<string, (node: never) => void> {
  return {
    Document() {
      const model = getModel(context.sourceCode);
      if (!model) return;
      const options = (context.options[0] ?? {}) as ModelJsonOptions;
      definition.check(model, getFacts(context.sourceCode, context.cwd, options), (descriptor) => context.report(descriptor));
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
  const shown =
    text ??
    ('value' in node && node.value !== undefined
      ? JSON.stringify(node.value)
      : node.type === 'Null'
        ? 'null'
        : node.type === 'Object'
          ? '{...}'
          : node.type === 'Array'
            ? '[...]'
            : '?');
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}
