// Contract: getConfig() must return its own keys merged with `super.getConfig()`, which
// carries `name`, `trainable`, `dtype` and `batchInputShape`. Without them the reloaded layer
// gets a fresh name, and weights are loaded by name: "Provided weight data has no target variable".
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { insertFirstPropertyEdit } from '../text-edits';
import { defineCheck } from './check';

export const getConfigCallsSuper = defineCheck({
  ruleId: 'get-config-calls-super',
  description: 'Require getConfig() to merge super.getConfig() into the config it returns',
  recommended: true,
  fixable: true,
  code: 910005,
  messages: {
    missingSuperGetConfig:
      'getConfig() of {{layer}} does not merge super.getConfig(): the saved config lacks `name`, `trainable` and `dtype`, so the reloaded layer gets a new name and its weights fail to load ("Provided weight data has no target variable"), or load under the wrong name.',
    superGetConfigDiscarded:
      'getConfig() of {{layer}} calls super.getConfig() but drops its result: the saved config lacks `name`, `trainable` and `dtype`, so the reloaded layer gets a new name and its weights fail to load.',
    missingReturn: 'getConfig() of {{layer}} returns nothing: the saved config is empty, so reloading builds the layer with no config at all.',
    mergeSuperGetConfig: 'Merge `...super.getConfig()` into the returned object.',
  },
  defaultOptions: {},
  run(_ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(analysis, layer));
  },
});

function checkLayer(analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig) return [];
  const { sourceFile } = analysis;
  const name = getConfig.node.name;
  const finding = (messageId: keyof typeof getConfigCallsSuper.messages): Finding => ({
    ruleId: getConfigCallsSuper.ruleId,
    messageId,
    data: { layer: layer.name ?? 'this layer' },
    start: name.getStart(sourceFile),
    end: name.end,
  });
  if (!getConfig.returnsValue) return [finding('missingReturn')];
  if (getConfig.discardsSuperResult) return [finding('superGetConfigDiscarded')];
  // A getConfig() that merges something we cannot read may get the base keys from it; one that
  // writes `name` itself (TF.js's InputLayer, Sequential) keeps what reloading the weights needs.
  if (getConfig.callsSuper || getConfig.emitsUnknownKeys || getConfig.mergedFields.size > 0 || getConfig.emittedKeys.has('name')) return [];
  const missing = finding('missingSuperGetConfig');
  const insertion = getConfig.insertion;
  if (insertion?.kind === 'objectLiteral') {
    // First, so the layer's own keys still win, as with Object.assign(config, baseConfig).
    const edit = insertFirstPropertyEdit(sourceFile, insertion.literal, '...super.getConfig()');
    missing.fix = { messageId: 'mergeSuperGetConfig', data: missing.data, edits: [edit] };
  }
  return [missing];
}
