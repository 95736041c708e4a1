// A class_name that no layer class answers to: tf.loadLayersModel() throws 'Unknown layer: X'.
// TF.js 4.22 looks a layer up by its exact static className among the registered classes: a
// `Custom>` or other package prefix (Keras 2's registered names) is not stripped, and case counts.
import { defineJsonRule } from './shared';

/** Keras spellings TF.js does not register (aliases of the same class in Keras). */
const KERAS_ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/Convolution(\d)D/g, 'Conv$1D'],
  [/Deconvolution(\d)D/g, 'Conv$1DTranspose'],
  [/MaxPool(\d)D/g, 'MaxPooling$1D'],
  [/AvgPool(\d)D/g, 'AveragePooling$1D'],
  [/GlobalMaxPool(\d)D/g, 'GlobalMaxPooling$1D'],
  [/GlobalAvgPool(\d)D/g, 'GlobalAveragePooling$1D'],
];

/** Case, `_`/`-` and Keras aliases aside, the same name. */
function normalize(name: string): string {
  let result = name;
  for (const [pattern, replacement] of KERAS_ALIASES) result = result.replace(pattern, replacement);
  return result.replace(/[_\-\s]/g, '').toLowerCase();
}

interface Candidate {
  name: string;
  where: string;
}

/** The one known name the unknown one most likely means, and how it differs; undefined when none or several fit. */
export function suggestClassName(unknown: string, known: ReadonlyMap<string, string>): { suggestion: Candidate; prefix?: string } | undefined {
  const prefixed = /^([^>]+)>(.+)$/.exec(unknown);
  if (prefixed && known.has(prefixed[2]!)) return { suggestion: { name: prefixed[2]!, where: known.get(prefixed[2]!)! }, prefix: prefixed[1] };
  const bare = prefixed ? prefixed[2]! : unknown;
  const target = normalize(bare);
  const matches = [...known].filter(([name]) => normalize(name) === target);
  if (matches.length === 1) return { suggestion: { name: matches[0]![0], where: matches[0]![1] }, prefix: prefixed?.[1] };
  return undefined;
}

export default defineJsonRule({
  ruleId: 'model-json-class-name',
  description: 'Require every layer class_name in a model.json to name a layer class of the project or of TF.js',
  recommended: false,
  hasSuggestions: true,
  messages: {
    unknownClass:
      "No layer class answers to '{{className}}': tf.loadLayersModel() fails with 'Unknown layer: {{className}}'. Neither a layer class of this project (static className) nor a TF.js built-in layer has this name.",
    unknownClassDidYouMean:
      "No layer class answers to '{{className}}': tf.loadLayersModel() fails with 'Unknown layer: {{className}}'. Did you mean '{{suggestion}}' ({{where}})? TF.js matches the static className exactly, case included.",
    prefixedClass:
      "'{{className}}' is a Keras registered name ('{{prefix}}>' package prefix): TF.js 4.22 looks layers up by className alone, so tf.loadLayersModel() fails with 'Unknown layer: {{className}}'. The class '{{suggestion}}' ({{where}}) loads as class_name '{{suggestion}}'.",
    useClassName: "Change class_name to '{{suggestion}}'.",
  },
  check(model, facts, report) {
    const { reference, builtIns } = facts;
    let candidates: Map<string, string> | undefined;
    for (const layer of model.layers) {
      if (builtIns.names.has(layer.className) || reference.mentions(layer.className)) continue;
      if (!candidates) {
        candidates = new Map();
        for (const name of builtIns.names) candidates.set(name, 'a TF.js built-in layer');
        for (const name of reference.classNames()) if (!candidates.has(name)) candidates.set(name, '');
      }
      const found = suggestClassName(layer.className, candidates);
      let where = found?.suggestion.where;
      if (found && where === '') {
        // A name the project spells: suggested only when the analysis finds a layer class behind it.
        const facts = reference.lookup(found.suggestion.name);
        where = facts === undefined ? undefined : facts === null ? 'a layer class of this project' : facts.where;
      }
      if (!found || where === undefined) {
        report({ node: layer.classNameNode, messageId: 'unknownClass', data: { className: layer.className } });
        continue;
      }
      const { suggestion, prefix } = found;
      const range = layer.classNameNode.range;
      report({
        node: layer.classNameNode,
        messageId: prefix !== undefined && layer.className === `${prefix}>${suggestion.name}` ? 'prefixedClass' : 'unknownClassDidYouMean',
        data: { className: layer.className, suggestion: suggestion.name, where, prefix: prefix ?? '' },
        suggest: range
          ? [
              {
                messageId: 'useClassName',
                data: { suggestion: suggestion.name },
                fix: (fixer) => fixer.replaceTextRange(range, JSON.stringify(suggestion.name)),
              },
            ]
          : undefined,
      });
    }
  },
});
