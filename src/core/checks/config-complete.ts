// Contract: tf.loadLayersModel() rebuilds a layer as `new Cls(config)` from what getConfig()
// returned at save time. A key the constructor reads that getConfig() leaves out arrives as
// `undefined`, so the reloaded layer silently runs with the constructor's default.
import type { FileAnalysis } from '../analyze-file';
import type { ConfigRead, FieldFromKey } from '../constructor-config';
import type { Finding, TextEdit } from '../finding';
import { buildAddConfigEntriesEdits, type ConfigEntry } from '../get-config-edits';
import type { LayerClass } from '../layer-model';
import { getEmittedConfig, getRootBase, hasOwnFromConfig } from '../layer-queries';
import { BASE_CONFIG_KEYS } from '../tfjs-contract';
import type { Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configComplete = defineCheck({
  ruleId: 'config-complete',
  messages: {
    missingConfigKey: "'{{key}}' is read by the constructor of {{layer}} and kept in `this.{{field}}`, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined` and falls back to its default.",
    missingConfigKeyNotStored: "'{{key}}' is read by the constructor of {{layer}}, but getConfig() does not return it: it is lost on reload, and the layer loaded by tf.loadLayersModel() gets `{{key}}: undefined`. Keep it in a field and return it from getConfig().",
    addConfigKey: 'Return `{{key}}: this.{{field}}` from getConfig().',
    addConfigKeyFromDerivedField: 'Return `{{key}}: this.{{field}}` from getConfig() (check first: `this.{{field}}` is computed from `{{key}}`, not a copy of it).',
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
  // `this.config = args` with `...this.config` in getConfig() passes every key through.
  if ([...ctor.wholeConfigFields].some((field) => emitted.mergedFields.has(field))) return [];
  const root = getRootBase(layer);
  const baseIsKnown = root.kind === 'tfjs' && root.name !== 'RNN';

  const isReturned = (read: ConfigRead): boolean => {
    if (BASE_CONFIG_KEYS.has(read.key) || emitted.keys.has(read.key)) return true;
    // Handed to a base we cannot see (`super({vocabulary: args.vocabulary})`): the base's getConfig() may return it.
    if (read.onlyForSuper && !baseIsKnown) return true;
    // `this.batchInputShape = [null, args.inputDim]`: kept in a field super.getConfig() returns.
    if (ctor.fieldsFromKey.get(read.key)?.some((holder) => BASE_CONFIG_KEYS.has(holder.field) && emitted.keys.has(holder.field))) return true;
    // A base class of the file whose every subclass returns the key itself.
    return layer.subclasses.length > 0 && layer.subclasses.every((subclass) => getEmittedConfig(subclass)?.keys.has(read.key) ?? true);
  };
  const missing = ctor.reads.filter((read) => !isReturned(read));
  const holders = new Map(missing.map((read) => [read.key, pickHoldingField(ctor.fieldsFromKey.get(read.key))]));
  const fixable: ConfigEntry[] = missing.flatMap((read) => {
    const holder = holders.get(read.key);
    return holder?.exact ? [{ key: read.key, field: holder.field }] : [];
  });
  // Without a getConfig() of its own, one fix adds it with every safe entry at once.
  const sharedEdits = !layer.getConfig && fixable.length > 0 ? buildAddConfigEntriesEdits(ts, analysis, layer, fixable) : undefined;
  return missing.map((read) => reportMissingKey(ts, analysis, layer, read, holders.get(read.key), sharedEdits));
}

function reportMissingKey(ts: Ts, analysis: FileAnalysis, layer: LayerClass, read: ConfigRead, holder: FieldFromKey | undefined, sharedEdits: TextEdit[] | undefined): Finding {
  const { sourceFile } = analysis;
  const finding: Finding = {
    ruleId: configComplete.ruleId,
    messageId: holder ? 'missingConfigKey' : 'missingConfigKeyNotStored',
    data: { key: read.key, layer: layer.name ?? 'this layer', field: holder?.field ?? '' },
    start: read.node.getStart(sourceFile),
    end: read.node.end,
  };
  if (!holder) return finding;
  const entry = { key: read.key, field: holder.field };
  if (holder.exact) {
    // The field holds the value as read: emitting it cannot change what a working model computes.
    const edits = sharedEdits ?? buildAddConfigEntriesEdits(ts, analysis, layer, [entry]);
    if (edits) finding.fix = { messageId: 'addConfigKey', data: finding.data, edits };
  } else {
    const edits = buildAddConfigEntriesEdits(ts, analysis, layer, [entry]);
    if (edits) finding.suggestions = [{ messageId: 'addConfigKeyFromDerivedField', data: finding.data, edits }];
  }
  return finding;
}

/** Prefer a field holding the value as read, then one named like the key; never a nested layer or initializer object. */
function pickHoldingField(fields: FieldFromKey[] | undefined): FieldFromKey | undefined {
  const candidates = (fields ?? []).filter((field) => !field.isLayerOrObject || field.exact);
  return candidates.find((field) => field.exact) ?? candidates[0];
}
