// Contract: on load TF.js calls `new Cls(config)`. A key getConfig() writes that the
// constructor never reads is dropped right there; usually a rename left one side behind
// (`outputDim` in getConfig(), `units` in the constructor).
import type { FileAnalysis } from '../analyze-file';
import type { ConfigEntryFact } from '../get-config';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { isConstantValue } from '../constructor-config';
import { getClassChain, getConstructorKeys, getEmittedConfig, getWritesTo, isSimilarName } from '../layer-queries';
import { toPropertyKey } from '../text-edits';
import { BASE_CONFIG_KEYS } from '../tfjs-contract';
import { getThisPropertyName, skipValueWrappers, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configKeysMatchConstructor = defineCheck({
  ruleId: 'config-keys-match-constructor',
  description: 'Require every key getConfig() returns to be read by the layer constructor',
  recommended: true,
  hasSuggestions: true,
  code: 910006,
  messages: {
    unreadConfigKey: "getConfig() of {{layer}} returns '{{key}}', but the constructor never reads it: on reload `new {{layer}}(config)` drops it.",
    unreadConfigKeyDidYouMean:
      "getConfig() of {{layer}} returns '{{key}}', but the constructor never reads it and reads '{{expected}}' instead: on reload `new {{layer}}(config)` drops '{{key}}' and '{{expected}}' falls back to its default.",
    renameConfigKey: "Rename the key to '{{expected}}'.",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig) return [];
  const read = getConstructorKeys(layer);
  if (!read) return [];
  const emitted = getEmittedConfig(layer)?.keys ?? getConfig.emittedKeys;
  // Keys the constructor reads that getConfig() leaves out: what a renamed key most likely was.
  const unmatched = [...read].filter((key) => !emitted.has(key) && !BASE_CONFIG_KEYS.has(key));
  const { sourceFile } = analysis;
  const fieldOf = (entry: ConfigEntryFact) => (entry.value ? getThisPropertyName(ts, skipValueWrappers(ts, entry.value)) : undefined);
  // Fields whose value reaches the constructor under another key, and fields build() sets from the input shape.
  const carriedFields = new Set(
    getConfig.entries
      .filter((entry) => read.has(entry.key))
      .map(fieldOf)
      .filter((field) => field !== undefined),
  );
  const chain = getClassChain(layer);
  const builtFields = new Set(chain.flatMap((current) => current.fieldWrites.filter((write) => write.member === 'build').map((write) => write.field)));
  return getConfig.entries
    .filter((entry) => !read.has(entry.key))
    .flatMap((entry) => {
      const field = fieldOf(entry);
      if (field !== undefined && (carriedFields.has(field) || builtFields.has(field))) return [];
      const expected = findExpectedKey(ts, layer, entry, unmatched);
      // Dropping the key loses something only when it carries a constructor key under another name,
      // or a value the rebuilt layer would not have again: a field changed after construction, or
      // one the constructor sets to something other than a constant. A constant, `this.name` or
      // `this.getClassName()` is dropped and comes back the same.
      if (expected === undefined && (field === undefined || !holdsStateLostOnReload(ts, chain, field))) return [];
      return [{ entry, expected }];
    })
    .map(({ entry, expected }) => {
      const finding: Finding = {
        ruleId: configKeysMatchConstructor.ruleId,
        messageId: expected ? 'unreadConfigKeyDidYouMean' : 'unreadConfigKey',
        data: { key: entry.key, layer: layer.name ?? 'this layer', expected: expected ?? '' },
        start: entry.keyNode.getStart(sourceFile),
        end: entry.keyNode.end,
      };
      // A suggestion: only the author knows which side of the rename is right.
      if (expected && (ts.isIdentifier(entry.keyNode) || ts.isStringLiteral(entry.keyNode)) && !ts.isShorthandPropertyAssignment(entry.keyNode.parent)) {
        // A quoted key keeps its quotes.
        const quote = entry.keyNode.getText(analysis.sourceFile).charAt(0);
        const text = ts.isStringLiteral(entry.keyNode) ? `${quote}${expected}${quote}` : toPropertyKey(expected);
        finding.suggestions = [{ messageId: 'renameConfigKey', data: finding.data, edits: [{ start: finding.start, end: finding.end, text }] }];
      }
      return finding;
    });
}

/** The unread constructor key this entry stands for: the one stored in the field it returns, or a similar name. */
function findExpectedKey(ts: Ts, layer: LayerClass, entry: ConfigEntryFact, unmatched: string[]): string | undefined {
  const field = entry.value && getThisPropertyName(ts, skipValueWrappers(ts, entry.value));
  if (field !== undefined && layer.ctor) {
    const byField = unmatched.find((key) => layer.ctor!.fieldsFromKey.get(key)?.some((holder) => holder.field === field));
    if (byField) return byField;
  }
  return unmatched.find((key) => isSimilarName(key, entry.key));
}

/**
 * The field's value is not rebuilt by `new Cls(config)` without its key: it is written after
 * construction (a setter, call(), another method), or the constructor sets it from something
 * other than a constant (`Math.random()`, a module variable). Fields the class never writes (the
 * base Layer's `name`, `trainable`) are not judged.
 */
function holdsStateLostOnReload(ts: Ts, chain: LayerClass[], field: string): boolean {
  const writes = chain.flatMap((current) => getWritesTo(current, field));
  return writes.some((write) => write.member !== 'constructor' || write.kind !== 'assign' || !write.value || !isConstantValue(ts, write.value));
}
