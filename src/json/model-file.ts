// Reads a model.json as ESLint's JSON language parses it (a momoa AST) into what the rules judge:
// every layer entry ({class_name, config}) the loader will deserialize, with the name its weights
// are saved under, and the weight names of weightsManifest. Two layouts: what model.save() writes
// (`modelTopology: {class_name, config}`) and what the Keras converter writes
// (`modelTopology: {model_config: {class_name, config}}`, layer entries with `module`,
// `registered_name`, `build_config`). Anything else (a graph model, any other JSON) is no model.

/** The part of a momoa node the rules use. */
export interface JsonNode {
  type: string;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  range?: [number, number];
}
export interface JsonString extends JsonNode {
  type: 'String';
  value: string;
}
export interface JsonMember extends JsonNode {
  type: 'Member';
  name: JsonNode & { value?: string; name?: string };
  value: JsonValue;
}
export interface JsonObject extends JsonNode {
  type: 'Object';
  members: JsonMember[];
}
export interface JsonArray extends JsonNode {
  type: 'Array';
  elements: Array<{ value: JsonValue }>;
}
export type JsonValue = JsonObject | JsonArray | JsonString | (JsonNode & { value?: unknown });

export interface ModelLayer {
  className: string;
  /** The `class_name` string: where findings about the class go. */
  classNameNode: JsonString;
  /** The `config` object, when it is one. */
  config?: JsonObject;
  /** The `config` member, where a missing key is reported. */
  configMember?: JsonMember;
  /** Layer name; weights are saved as `<weightPrefix>/<weight>`. */
  name?: string;
  /**
   * The name the layer's own weights are saved under: its own name, the wrapper's inside
   * TimeDistributed, and unknown (undefined) inside Bidirectional or as an RNN cell.
   */
  weightPrefix?: string;
}

export interface ModelWeight {
  name: string;
  node: JsonString;
}

export interface ModelFile {
  layers: ModelLayer[];
  /** Undefined when the file has no weightsManifest (a topology saved alone) or one this reader does not follow. */
  weights?: ModelWeight[];
}

export function memberOf(object: JsonValue | undefined, key: string): JsonMember | undefined {
  if (object?.type !== 'Object') return undefined;
  return (object as JsonObject).members.find((member) => keyOf(member) === key);
}

export function keyOf(member: JsonMember): string | undefined {
  const name = member.name;
  return typeof name.value === 'string' ? name.value : typeof name.name === 'string' ? name.name : undefined;
}

function stringValue(node: JsonValue | undefined): string | undefined {
  return node?.type === 'String' ? (node as JsonString).value : undefined;
}

/** The layer entry's parts when `node` is `{class_name: '...', config: ...}`. */
function asLayerEntry(node: JsonValue | undefined): { classNameNode: JsonString; configMember?: JsonMember; entry: JsonObject } | undefined {
  if (node?.type !== 'Object') return undefined;
  const classNameNode = memberOf(node, 'class_name')?.value;
  if (classNameNode?.type !== 'String') return undefined;
  const configMember = memberOf(node, 'config');
  if (!configMember) return undefined;
  return { classNameNode: classNameNode as JsonString, configMember, entry: node as JsonObject };
}

/** The model in a parsed model.json, or undefined when the file is not a layers model. */
export function readModelFile(root: JsonValue | undefined): ModelFile | undefined {
  if (root?.type !== 'Object') return undefined;
  const format = stringValue(memberOf(root, 'format')?.value);
  if (format !== undefined && format !== 'layers-model') return undefined;
  const topology = memberOf(root, 'modelTopology')?.value;
  const modelEntry = asLayerEntry(topology) ?? asLayerEntry(memberOf(topology, 'model_config')?.value);
  if (!modelEntry) return undefined;
  const layers: ModelLayer[] = [];
  visitLayer(modelEntry.entry, layers, 'own');
  return { layers, weights: readWeights(root) };
}

type PrefixRule = 'own' | { wrapper: string } | 'unknown';

function visitLayer(node: JsonValue, into: ModelLayer[], prefixRule: PrefixRule): void {
  const parts = asLayerEntry(node);
  if (!parts) return;
  const config = parts.configMember?.value;
  const name = stringValue(memberOf(config, 'name')?.value) ?? stringValue(memberOf(parts.entry, 'name')?.value);
  const weightPrefix = prefixRule === 'own' ? name : prefixRule === 'unknown' ? undefined : prefixRule.wrapper;
  into.push({
    className: parts.classNameNode.value,
    classNameNode: parts.classNameNode,
    config: config?.type === 'Object' ? (config as JsonObject) : undefined,
    configMember: parts.configMember,
    name,
    weightPrefix,
  });
  // Sequential's config (TF.js) and Functional's: {name, layers: [...]}; old Keras Sequential: [...].
  const children = config?.type === 'Array' ? (config as JsonArray) : memberOf(config, 'layers')?.value;
  if (children?.type === 'Array') {
    for (const element of (children as JsonArray).elements) visitLayer(element.value, into, 'own');
  }
  // Wrappers: TimeDistributed saves its inner layer's weights under its own name.
  const inner = memberOf(config, 'layer')?.value;
  if (inner && asLayerEntry(inner)) {
    visitLayer(inner, into, parts.classNameNode.value === 'TimeDistributed' && name !== undefined ? { wrapper: name } : 'unknown');
  }
  const backward = memberOf(config, 'backward_layer')?.value;
  if (backward) visitLayer(backward, into, 'unknown');
  // RNN cells: their weights are saved under the RNN's name and the cell's (`lstm/lstm_cell/kernel`).
  const cell = memberOf(config, 'cell')?.value;
  if (cell) {
    if (cell.type === 'Array') for (const element of (cell as JsonArray).elements) visitLayer(element.value, into, 'unknown');
    else visitLayer(cell, into, 'unknown');
  }
  const cells = memberOf(config, 'cells')?.value;
  if (cells?.type === 'Array') for (const element of (cells as JsonArray).elements) visitLayer(element.value, into, 'unknown');
}

function readWeights(root: JsonValue): ModelWeight[] | undefined {
  const manifest = memberOf(root, 'weightsManifest')?.value;
  if (manifest?.type !== 'Array') return undefined;
  const weights: ModelWeight[] = [];
  for (const group of (manifest as JsonArray).elements) {
    const list = memberOf(group.value, 'weights')?.value;
    if (list?.type !== 'Array') return undefined;
    for (const spec of (list as JsonArray).elements) {
      const nameNode = memberOf(spec.value, 'name')?.value;
      if (nameNode?.type !== 'String') return undefined;
      weights.push({ name: (nameNode as JsonString).value, node: nameNode as JsonString });
    }
  }
  // Keras 3's saved-model layout (`.../vars/0`) is matched by position, not by name: not followed here.
  if (weights.some((weight) => weight.name.includes('/vars/') || weight.name.includes('layer_checkpoint_dependencies'))) return undefined;
  return weights;
}

/** The name TF.js also tries for a weight: the second-to-last part dropped (TF 2.2's `layer/cell/weight`). */
export function shortenedWeightName(name: string): string {
  const tokens = name.split('/');
  return [...tokens.slice(0, -2), tokens[tokens.length - 1]].join('/');
}
