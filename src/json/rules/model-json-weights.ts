// Weights in weightsManifest against the weights each layer class creates with addWeight().
// tf.loadLayersModel() (strict, the default) matches them by name, `<layer name>/<weight name>`:
// a weight with no target throws 'Provided weight data has no target variable', a weight the layer
// creates and the file lacks throws 'N of M weights are not set'. A layer inside TimeDistributed
// saves its weights under the wrapper's name; inside Bidirectional or as an RNN cell the names
// carry more parts and are not followed.
import { shortenedWeightName, type ModelWeight } from '../model-file';
import { defineJsonRule } from './shared';

export default defineJsonRule({
  ruleId: 'model-json-weights',
  description: "Require the weights of each layer in a model.json's weightsManifest to be the weights its class creates with addWeight()",
  recommended: false,
  messages: {
    extraWeight:
      "'{{weight}}' has no target: '{{className}}' ({{where}}) creates no weight '{{short}}' ({{created}}), so tf.loadLayersModel() fails with 'Provided weight data has no target variable: {{weight}}'.",
    missingWeight:
      "Layer '{{layer}}' ('{{className}}', {{where}}) creates the weight '{{short}}' with addWeight(), but weightsManifest has no '{{weight}}': tf.loadLayersModel() fails with 'N of M weights are not set', naming '{{weight}}'.",
  },
  check(model, facts, report) {
    const weights = model.weights;
    // No manifest, or an empty one: the topology alone was saved, or loaded without weights.
    if (!weights || weights.length === 0) return;
    const byPrefix = new Map<string, ModelWeight[]>();
    for (const weight of weights) {
      const slash = weight.name.indexOf('/');
      if (slash <= 0) continue;
      // A layer name has no '/': the first part is the layer's.
      const prefix = weight.name.slice(0, slash);
      const list = byPrefix.get(prefix) ?? [];
      list.push(weight);
      byPrefix.set(prefix, list);
    }
    const prefixCounts = new Map<string, number>();
    // TimeDistributed has no weights of its own: its inner layer's are saved under its name.
    for (const layer of model.layers)
      if (layer.weightPrefix !== undefined && layer.className !== 'TimeDistributed')
        prefixCounts.set(layer.weightPrefix, (prefixCounts.get(layer.weightPrefix) ?? 0) + 1);
    for (const layer of model.layers) {
      const classFacts = facts.reference.lookup(layer.className);
      const prefix = layer.weightPrefix;
      if (!classFacts?.weightsComplete || prefix === undefined || prefix.includes('/')) continue;
      // Two layers saving under one name (a wrapper and its inner layer): which weight is whose is not known.
      if (prefixCounts.get(prefix) !== 1) continue;
      const always = classFacts.weightsAlways ?? [];
      const maybe = classFacts.weightsMaybe ?? [];
      const expected = new Set([...always, ...maybe].map((short) => `${prefix}/${short}`));
      const found = new Set<string>();
      for (const weight of byPrefix.get(prefix) ?? []) {
        const target = expected.has(weight.name) ? weight.name : expected.has(shortenedWeightName(weight.name)) ? shortenedWeightName(weight.name) : undefined;
        if (target !== undefined) {
          found.add(target);
          continue;
        }
        const created = always.length + maybe.length === 0 ? 'it creates none' : `it creates ${[...always, ...maybe].map((name) => `'${name}'`).join(', ')}`;
        report({
          node: weight.node,
          messageId: 'extraWeight',
          data: { weight: weight.name, className: layer.className, where: classFacts.where, short: weight.name.slice(prefix.length + 1), created },
        });
      }
      for (const short of always) {
        const weight = `${prefix}/${short}`;
        if (found.has(weight)) continue;
        report({
          node: layer.classNameNode,
          messageId: 'missingWeight',
          data: { layer: layer.name ?? prefix, className: layer.className, where: classFacts.where, short, weight },
        });
      }
    }
  },
});
