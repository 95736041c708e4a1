// Contract: tf.loadLayersModel() rebuilds a layer as `new Cls(config)` from what getConfig()
// returned at save time. A key the constructor reads that getConfig() leaves out arrives as
// `undefined`, so the reloaded layer silently runs with the constructor's default.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { ConfigRead, FieldFromKey } from '../constructor-config';
import type { ConfigEntryFact } from '../get-config';
import type { Finding, TextEdit } from '../finding';
import { buildAddConfigEntriesEdits, type ConfigEntry } from '../get-config-edits';
import type { LayerClass } from '../layer-model';
import { getClassChain, getEmittedConfig, getRootBase, hasOwnFromConfig } from '../layer-queries';
import { BASE_CONFIG_KEYS } from '../tfjs-contract';
import { thisField } from '../text-edits';
import { isFunctionLike, skipValueWrappers, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configComplete = defineCheck({
  ruleId: 'config-complete',
  messages: {
    missingConfigKey: "'{{key}}' is read by the constructor of {{layer}} and kept in `this.{{field}}`, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined` and falls back to its default.",
    missingConfigKeyNotStored: "'{{key}}' is read by the constructor of {{layer}}, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined`. Keep it in a field and return it from getConfig().",
    addConfigKey: 'Return `{{key}}: this.{{field}}` from getConfig().',
    fixedConfigValue: "getConfig() of {{layer}} returns `{{key}}: {{value}}`, a fixed value, though the constructor keeps '{{key}}' from its config in `this.{{field}}`: a layer made with another {{key}} is saved with {{value}} and reloads with it.",
    returnField: 'Return `{{key}}: this.{{field}}` instead.',
    missingConfigKeyDerived: "'{{key}}' is read by the constructor of {{layer}}, which keeps only a value computed from it (`this.{{field}}`), and getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined` and falls back to its default. Keep the value as read in a field and return it from getConfig().",
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
    const keys = getClassChain(layer).map((current) => current.ctor?.fieldObjects.get(field)).find((found) => found !== undefined);
    if (!keys) return [];
    keys.forEach((key) => mergedKeys.add(key));
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
  const fixed = ctor.reads.filter((read) => !missing.includes(read)).flatMap((read) => reportFixedValue(ts, analysis, layer, read));
  const holders = new Map(missing.map((read) => [read.key, pickHoldingField(ctor.fieldsFromKey.get(read.key))]));
  const fixable: ConfigEntry[] = missing.flatMap((read) => {
    const holder = holders.get(read.key);
    return holder?.exact ? [{ key: read.key, field: holder.field }] : [];
  });
  // Without a getConfig() of its own, one fix adds it with every safe entry at once.
  const sharedEdits = !layer.getConfig && fixable.length > 0 ? buildAddConfigEntriesEdits(ts, analysis, layer, fixable) : undefined;
  return [...missing.map((read) => reportMissingKey(ts, analysis, layer, read, holders.get(read.key), sharedEdits)), ...fixed];
}

/**
 * `rate: 0.1` where the constructor keeps `args.rate` as read: the last write of the key in
 * getConfig() is a constant, on every path, and nothing merged after it can overwrite it.
 */
function reportFixedValue(ts: Ts, analysis: FileAnalysis, layer: LayerClass, read: ConfigRead): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig || BASE_CONFIG_KEYS.has(read.key)) return [];
  const holder = layer.ctor?.fieldsFromKey.get(read.key)?.find((candidate) => candidate.exact && !candidate.isLayerOrObject);
  if (!holder) return [];
  const last = getConfig.entries.filter((entry) => entry.key === read.key).reduce<ConfigEntryFact | undefined>((latest, entry) => (!latest || entry.keyNode.pos > latest.keyNode.pos ? entry : latest), undefined);
  if (!last?.value || !isLiteralValue(ts, last.value) || isOnSomePaths(ts, last.keyNode, getConfig.node)) return [];
  const inherited = layer.base.kind === 'class' ? getEmittedConfig(layer.base.layer) : undefined;
  const overwrittenLater = getConfig.merges.some((merge) => merge.pos > last.keyNode.pos && (!merge.isSuper || layer.base.kind === 'external' || (layer.base.kind === 'class' && (!inherited || inherited.keys.has(read.key)))));
  if (overwrittenLater) return [];
  const { sourceFile } = analysis;
  const value = last.value.getText(sourceFile);
  const data = { key: read.key, layer: layer.name ?? 'this layer', field: holder.field, value };
  return [{
    ruleId: configComplete.ruleId,
    messageId: 'fixedConfigValue',
    data,
    start: last.value.getStart(sourceFile),
    end: last.value.end,
    // A suggestion: the author may have meant the constant (and then the constructor should not read the key).
    suggestions: [{ messageId: 'returnField', data, edits: [{ start: last.value.getStart(sourceFile), end: last.value.end, text: thisField(holder.field) }] }],
  }];
}

/** A value spelled out in full: `0.1`, `'relu'`, `true`, `null`, `-1`, `[1, 2]` (not `DEFAULTS.rate`, nor `this.Rate`). */
function isLiteralValue(ts: Ts, node: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, node);
  switch (expression.kind) {
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
  }
  if (ts.isPrefixUnaryExpression(expression)) return ts.isNumericLiteral(skipValueWrappers(ts, expression.operand));
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.every((element) => !ts.isSpreadElement(element) && isLiteralValue(ts, element));
  return false;
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
        if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return true;
        break;
      }
    }
    if (isFunctionLike(ts, current)) return true;
  }
  return false;
}

function reportMissingKey(ts: Ts, analysis: FileAnalysis, layer: LayerClass, read: ConfigRead, holder: FieldFromKey | undefined, sharedEdits: TextEdit[] | undefined): Finding {
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
