// Contract: tf.loadLayersModel() rebuilds a layer as `new Cls(config)` from what getConfig()
// returned at save time. A key the constructor reads that getConfig() leaves out arrives as
// `undefined`, so the reloaded layer silently runs with the constructor's default.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import { isLiteralValue, literalEntriesOf, type ConfigRead, type FieldFromKey } from '../constructor-config';
import type { ConfigEntryFact, ConfigMerge, GetConfigFacts } from '../get-config';
import type { Finding, TextEdit } from '../finding';
import { buildAddConfigEntriesEdits, type ConfigEntry } from '../get-config-edits';
import type { LayerClass } from '../layer-model';
import { getClassChain, getEmittedConfig, getRootBase, getWritesTo, hasOwnFromConfig } from '../layer-queries';
import { BASE_CONFIG_KEYS } from '../tfjs-contract';
import { thisField } from '../text-edits';
import { appendTo, cachedPerObject, getThisPropertyName, isFunctionLike, kindFilter, skipValueWrappers, walk, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configComplete = defineCheck({
  ruleId: 'config-complete',
  description: 'Require getConfig() to return every key the layer constructor reads from its config',
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  code: 910001,
  messages: {
    missingConfigKey:
      "'{{key}}' is read by the constructor of {{layer}} and kept in `this.{{field}}`, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined`: it runs with the default the constructor gives it, if any.",
    missingConfigKeyNotStored:
      "'{{key}}' is read by the constructor of {{layer}}, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined`. Keep it in a field and return it from getConfig().",
    addConfigKey: 'Return `{{key}}: this.{{field}}` from getConfig().',
    fixedConfigValue:
      "getConfig() of {{layer}} returns `{{key}}: {{value}}`, a fixed value, though the constructor keeps '{{key}}' from its config in `this.{{field}}`: a layer made with another {{key}} is saved with {{value}} and reloads with it.",
    fixedConfigValueMerged:
      "getConfig() of {{layer}} merges `{{source}}` after '{{key}}', so the saved '{{key}}' is always {{value}}, though the constructor keeps '{{key}}' from its config in `this.{{field}}`: a layer made with another {{key}} reloads with {{value}}.",
    derivedConfigValue:
      "getConfig() of {{layer}} returns `this.{{field}}` as '{{key}}', but `this.{{field}}` holds a value computed from it (`{{value}}`): the saved '{{key}}' is not the one the layer was made with, and the reloaded layer computes from it again. Keep the value as read in a field and return that.",
    returnField: 'Return `{{key}}: this.{{field}}` instead.',
    missingConfigKeyDerived:
      "'{{key}}' is read by the constructor of {{layer}}, which keeps only a value computed from it (`this.{{field}}`), and getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined`: it runs with the default the constructor gives it, if any. Keep the value as read in a field and return it from getConfig().",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const ctor = layer.ctor;
  if (!ctor || ctor.reads.length === 0) return [];
  // A static fromConfig() rebuilds the layer its own way, not as `new Cls(config)`.
  if (hasOwnFromConfig(layer)) return [];
  const emitted = getEmittedConfig(layer);
  if (!emitted) return [];
  // `...this.config` in getConfig(): with `this.config = args` it passes every key through; with
  // `this.cfg = {units: args.units}` it emits the keys spelled there; anything else may emit any key.
  const mergedKeys = new Set<string>();
  for (const field of emitted.mergedFields) {
    if (ctor.wholeConfigFields.has(field)) return [];
    const keys = getClassChain(layer)
      .map((current) => current.ctor?.fieldObjects.get(field))
      .find((found) => found !== undefined);
    if (!keys) return [];
    for (const key of keys.keys()) mergedKeys.add(key);
  }
  const root = getRootBase(layer);
  const baseIsKnown = root.kind === 'tfjs' && root.name !== 'RNN';

  const isReturned = (read: ConfigRead): boolean => {
    if (BASE_CONFIG_KEYS.has(read.key) || emitted.keys.has(read.key) || mergedKeys.has(read.key)) return true;
    // Handed to a base we cannot see (`super({vocabulary: args.vocabulary})`): the base's getConfig() may return it.
    if (read.onlyForSuper && !baseIsKnown) return true;
    // `this.batchInputShape = [null, args.inputDim]`: kept in a field super.getConfig() returns.
    if (ctor.fieldsFromKey.get(read.key)?.some((holder) => BASE_CONFIG_KEYS.has(holder.field) && emitted.keys.has(holder.field))) return true;
    // A base class of the file whose every subclass returns the key itself.
    return layer.subclasses.length > 0 && layer.subclasses.every((subclass) => getEmittedConfig(subclass)?.keys.has(read.key) ?? true);
  };
  const missing = ctor.reads.filter((read) => !isReturned(read));
  const savedOtherwise = ctor.reads.filter((read) => !missing.includes(read)).flatMap((read) => reportSavedValue(ts, analysis, layer, read));
  const holders = new Map(missing.map((read) => [read.key, pickHoldingField(ctor.fieldsFromKey.get(read.key))]));
  const fixable: ConfigEntry[] = missing.flatMap((read) => {
    const holder = holders.get(read.key);
    return holder?.exact ? [{ key: read.key, field: holder.field }] : [];
  });
  // Without a getConfig() of its own, one fix adds it with every safe entry at once.
  const sharedEdits = !layer.getConfig && fixable.length > 0 ? buildAddConfigEntriesEdits(ts, analysis, layer, fixable) : undefined;
  return [...missing.map((read) => reportMissingKey(ts, analysis, layer, read, holders.get(read.key), sharedEdits)), ...savedOtherwise];
}

/**
 * What getConfig() saves for a key the constructor keeps as read, when that is not the field: the
 * last write of the key, on every path, is a constant (`config.rate = 0.1` after the spread, or a
 * later `...DEFAULTS` or `Object.assign(config, this.initial)` whose entry is one), or the field
 * of a value computed from the key by arithmetic (`rate: this.keep` with `this.keep = 1 - args.rate`).
 */
function reportSavedValue(ts: Ts, analysis: FileAnalysis, layer: LayerClass, read: ConfigRead): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig || BASE_CONFIG_KEYS.has(read.key)) return [];
  const holders = layer.ctor?.fieldsFromKey.get(read.key) ?? [];
  const holder = holders.find((candidate) => candidate.exact && !candidate.isLayerOrObject);
  // Most keys are neither: no constant written for the key, nothing merged but super, no computed field.
  if (holder) {
    const mayBeFixed =
      getConfig.merges.some((merge) => !merge.isSuper) ||
      (entriesByKey(getConfig).get(read.key) ?? []).some((entry) => entry.value !== undefined && isLiteralValue(ts, entry.value));
    if (!mayBeFixed) return [];
  } else if (!holders.some((candidate) => !candidate.exact)) {
    return [];
  }
  const write = findLastWrite(ts, layer, getConfig, read.key);
  if (!write?.value) return [];
  const { sourceFile } = analysis;
  const data = {
    key: read.key,
    layer: layer.name ?? 'this layer',
    field: holder?.field ?? '',
    value: write.value.getText(sourceFile),
    source: write.merged?.getText(sourceFile) ?? '',
  };
  const at = write.merged ?? write.value;
  const finding = (messageId: 'fixedConfigValue' | 'fixedConfigValueMerged' | 'derivedConfigValue'): Finding => ({
    ruleId: configComplete.ruleId,
    messageId,
    data,
    start: at.getStart(sourceFile),
    end: at.end,
  });
  if (holder && isLiteralValue(ts, write.value)) {
    if (write.merged) return [finding('fixedConfigValueMerged')];
    // A suggestion: the author may have meant the constant (and then the constructor should not read the key).
    const fixed = finding('fixedConfigValue');
    fixed.suggestions = [
      { messageId: 'returnField', data, edits: [{ start: write.value.getStart(sourceFile), end: write.value.end, text: thisField(holder.field) }] },
    ];
    return [fixed];
  }
  // `rate: this.keep`: the saved rate is 1 - rate, and the reloaded layer computes 1 - (1 - rate).
  const field = write.merged ? undefined : getThisPropertyName(ts, skipValueWrappers(ts, write.value));
  if (field === undefined || holder) return [];
  const writes = getWritesTo(layer, field);
  const derived = holders.some((candidate) => candidate.field === field && !candidate.exact);
  if (!derived || writes.length !== 1 || writes[0]!.member !== 'constructor' || !writes[0]!.value || !isArithmeticStep(ts, writes[0]!.value)) return [];
  data.field = field;
  data.value = writes[0]!.value.getText(sourceFile);
  return [finding('derivedConfigValue')];
}

interface LastWrite {
  value?: TS.Expression;
  /** The object merged whole that wrote it, when not an entry of getConfig() itself. */
  merged?: TS.Expression;
}

/** The last write of `key` into the returned object, when it is certain; undefined when unknown. */
function findLastWrite(ts: Ts, layer: LayerClass, getConfig: GetConfigFacts, key: string): LastWrite | undefined {
  const writers: Array<{ pos: number; entry?: ConfigEntryFact; merge?: ConfigMerge }> = [
    ...(entriesByKey(getConfig).get(key) ?? []).map((entry) => ({ pos: entryPosition(ts, entry, getConfig.node), entry })),
    ...getConfig.merges.map((merge) => ({ pos: merge.pos, merge })),
  ].sort((a, b) => b.pos - a.pos);
  for (const writer of writers) {
    if (writer.entry) return isOnSomePaths(ts, writer.entry.keyNode, getConfig.node) ? undefined : { value: writer.entry.value };
    const merge = writer.merge!;
    if (isOnSomePaths(ts, merge.node, getConfig.node)) return undefined;
    const entries = mergedEntries(ts, layer, merge);
    if (!entries) return undefined;
    if (entries.has(key)) return { value: entries.get(key), merged: merge.node };
  }
  return undefined;
}

/**
 * Where an entry lands in the result: its own place, or, for an entry of a literal kept in a local
 * and merged by name later (`const own = {rate: this.rate}; return {...DEFAULTS, ...own}`), the place
 * of that merge.
 */
function entryPosition(ts: Ts, entry: ConfigEntryFact, method: TS.Node): number {
  let literal: TS.Node = entry.keyNode.parent;
  while (!ts.isObjectLiteralExpression(literal) && literal !== method) literal = literal.parent;
  const declaration = literal.parent;
  if (!ts.isObjectLiteralExpression(literal) || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return entry.keyNode.pos;
  return mergePositionOf(ts, declaration, method) ?? entry.keyNode.pos;
}

const entriesByKey = cachedPerObject((getConfig: GetConfigFacts): Map<string, ConfigEntryFact[]> => {
  const index = new Map<string, ConfigEntryFact[]>();
  for (const entry of getConfig.entries) appendTo(index, entry.key, entry);
  return index;
});

const mergePositions = new WeakMap<TS.VariableDeclaration, number | undefined>();

/** Where a local holding a literal is merged by name into the result; once per local, not once per entry. */
const SPREADS_AND_CALLS = kindFilter((kinds) => [kinds.SpreadAssignment, kinds.CallExpression]);

function mergePositionOf(ts: Ts, declaration: TS.VariableDeclaration, method: TS.Node): number | undefined {
  if (mergePositions.has(declaration)) return mergePositions.get(declaration);
  const local = (declaration.name as TS.Identifier).text;
  let mergedAt: number | undefined;
  const namesLocal = (expression: TS.Expression): boolean => {
    const inner = skipValueWrappers(ts, expression);
    return ts.isIdentifier(inner) && inner.text === local;
  };
  walk(
    ts,
    method,
    (node) => {
      if (mergedAt !== undefined) return false;
      if (ts.isSpreadAssignment(node) && namesLocal(node.expression)) mergedAt = node.expression.pos;
      // Object.assign(target, ..., own): merged where it is passed (not as the target).
      if (ts.isCallExpression(node)) mergedAt = node.arguments.slice(1).find(namesLocal)?.pos;
      return true;
    },
    SPREADS_AND_CALLS,
  );
  mergePositions.set(declaration, mergedAt);
  return mergedAt;
}

/** The entries an object merged into getConfig()'s result writes, when the code spells them out. */
function mergedEntries(ts: Ts, layer: LayerClass, merge: ConfigMerge): ReadonlyMap<string, TS.Expression | undefined> | undefined {
  if (merge.isSuper) {
    const inherited = layer.base.kind === 'class' ? getEmittedConfig(layer.base.layer) : layer.base.kind === 'tfjs' ? { keys: BASE_CONFIG_KEYS } : undefined;
    // Keys a base writes carry values this check does not follow: a key among them is unknown.
    return inherited && new Map([...inherited.keys].map((key) => [key, undefined] as const));
  }
  const field = getThisPropertyName(ts, merge.node);
  if (field !== undefined)
    return getClassChain(layer)
      .map((current) => current.ctor?.fieldObjects.get(field))
      .find((found) => found !== undefined);
  return ts.isIdentifier(merge.node) ? literalEntriesOf(ts, merge.node, merge.node.getSourceFile()) : undefined;
}

/** `1 - x`, `x * 2`, `x / 8`, `-x`, `1 / Math.sqrt(x)`: arithmetic with a constant that changes the value. */
function isArithmeticStep(ts: Ts, node: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, node);
  if (ts.isPrefixUnaryExpression(expression))
    return expression.operator === ts.SyntaxKind.MinusToken && !ts.isNumericLiteral(skipValueWrappers(ts, expression.operand));
  if (!ts.isBinaryExpression(expression)) return false;
  const operator = expression.operatorToken.kind;
  const left = skipValueWrappers(ts, expression.left);
  const right = skipValueWrappers(ts, expression.right);
  const number = ts.isNumericLiteral(left) ? left : ts.isNumericLiteral(right) ? right : undefined;
  if (!number || (ts.isNumericLiteral(left) && ts.isNumericLiteral(right))) return false;
  const value = Number(number.text);
  switch (operator) {
    case ts.SyntaxKind.PlusToken:
      return value !== 0;
    case ts.SyntaxKind.MinusToken:
      return value !== 0 || number === left;
    case ts.SyntaxKind.AsteriskToken:
      return value !== 1;
    case ts.SyntaxKind.SlashToken:
      return value !== 1 || number === left;
    default:
      return false;
  }
}

/** Inside a branch, a loop, a `&&`/`?:` or a nested function of the method: written on some paths only. */
function isOnSomePaths(ts: Ts, node: TS.Node, method: TS.Node): boolean {
  for (let current = node.parent; current && current !== method; current = current.parent) {
    switch (current.kind) {
      case ts.SyntaxKind.IfStatement:
      case ts.SyntaxKind.ConditionalExpression:
      case ts.SyntaxKind.SwitchStatement:
      case ts.SyntaxKind.ForStatement:
      case ts.SyntaxKind.ForInStatement:
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
      case ts.SyntaxKind.TryStatement:
        return true;
      case ts.SyntaxKind.BinaryExpression: {
        const operator = (current as TS.BinaryExpression).operatorToken.kind;
        if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken)
          return true;
        break;
      }
    }
    if (isFunctionLike(ts, current)) return true;
  }
  return false;
}

function reportMissingKey(
  ts: Ts,
  analysis: FileAnalysis,
  layer: LayerClass,
  read: ConfigRead,
  holder: FieldFromKey | undefined,
  sharedEdits: TextEdit[] | undefined,
): Finding {
  const { sourceFile } = analysis;
  const finding: Finding = {
    ruleId: configComplete.ruleId,
    messageId: !holder ? 'missingConfigKeyNotStored' : holder.exact ? 'missingConfigKey' : 'missingConfigKeyDerived',
    data: { key: read.key, layer: layer.name ?? 'this layer', field: holder?.field ?? '' },
    start: read.node.getStart(sourceFile),
    end: read.node.end,
  };
  // Only a field that holds the value as read is offered: emitting it cannot change what a working model
  // computes. A value computed from the key (`1 - args.rate`) would be saved in place of the input.
  if (!holder?.exact) return finding;
  const edits = sharedEdits ?? buildAddConfigEntriesEdits(ts, analysis, layer, [{ key: read.key, field: holder.field }]);
  if (edits) finding.fix = { messageId: 'addConfigKey', data: finding.data, edits };
  return finding;
}

/** Prefer a field holding the value as read, then one named like the key; never a nested layer or initializer object. */
function pickHoldingField(fields: FieldFromKey[] | undefined): FieldFromKey | undefined {
  const candidates = (fields ?? []).filter((field) => !field.isLayerOrObject || field.exact);
  return candidates.find((field) => field.exact) ?? candidates[0];
}
