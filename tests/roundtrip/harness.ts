// The real save/load round trip of one custom layer, run by TF.js 4.22 (pure-JS CPU backend).
//
// A fixture is a module that defines (and registers, or fails to register) its layer classes the
// way users write them, and exports `createFixture()` returning a `Fixture`. Each fixture runs in
// a child process of its own (`child.cjs`): TF.js's class registry and its layer-name counters are
// process-wide, so one fixture's registrations and names never reach another's.
//
// What one round trip does (`roundTripModule`, in the child):
//   1. import the module (its registerClass() calls run), call createFixture();
//   2. model = tf.sequential([tf.layers.inputLayer({inputShape}), layer, ...next]) where
//      inputShape is the fixture's input shape without the batch axis;
//   3. predict once on a different batch (the fixture's `warmupInput`, by default input * 2 + 1):
//      the model has been used before it is saved, and state a layer wrongly carries from call
//      to call differs from what a fresh layer would have; take the weights;
//   4. model.save(tf.io.withSaveHandler(...)), with the artifacts JSON-stringified and parsed
//      back as any real save writes them (weightData kept as bytes);
//   5. predict again on the original: the output the saved model would give next;
//   6. tf.loadLayersModel(tf.io.fromMemory(artifacts), {strict: true}), take the weights, predict.
// Then it compares: weights at save time vs. right after load (count, shape, exact values); the
// two predictions of steps 5 and 6 (shape, allclose rtol 1e-5 / atol 1e-6); and the layer's own
// fields, both layers having made one prediction since the save point.
//
// Field comparison rule. All own enumerable fields of the custom layer instance are compared,
// except TF.js bookkeeping that is not the layer's state (TFJS_BOOKKEEPING_FIELDS below: ids,
// inbound/outbound nodes, weight lists, loss/update lists, the build flag, ref counts, the
// load-time fast-init flag). Kept and compared: `name` (it is config, and weights are loaded by
// it: a restored name equals the saved one, a lost one is regenerated with a new counter),
// `trainable_`, `dtype`, `batchInputShape`, `inputSpec`, `supportsMasking` and every field the
// layer sets itself. Values are compared by content:
//   - a LayerVariable that is one of the layer's weights compares as its index in the layer's weights
//     (its values are compared as weights); any other tensor or variable (tf.variable, tf.randomNormal...) by
//     dtype, shape and values;
//   - a nested layer by class name, its config without `name`, and its weight values (names of
//     nested layers and of their variables carry process counters and are not compared);
//   - functions by source text; class instances by constructor name and own fields; arrays and
//     plain objects element by element. Inside such values `id` keys, the `customObjects` key
//     that tf.loadLayersModel() adds to every config it hands a constructor, and the base Layer
//     keys (`name`, `trainable`, `dtype`, `batchInputShape`, `inputShape`, `batchSize`: a
//     reloaded config always carries them) are skipped, so a layer that keeps its whole config
//     in a field is judged by its own keys; the base keys are compared on the layer itself.
// The reloaded layer being of another class than the original shows as the changed field `(class)`.
//
// A fixture may also give `next` (built-in layers appended after it, so a wrong output shape
// shows the way it does in a real model) and `bystanders` (other layers, usually built-ins, that
// the fixture's registrations may break: each is round-tripped in the same process, after the
// fixture's module ran). `exact` requires every bystander round trip to be exact too.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';

export interface Fixture {
  /** The custom layer, built as the fixture's user builds it. */
  layer: tf.layers.Layer;
  /** A batch to feed it; its shape without the first axis is the model's input shape. */
  input: number[] | number[][] | number[][][] | tf.Tensor;
  /** The batch of the first prediction, before the save (default: input * 2 + 1). */
  warmupInput?: Fixture['input'];
  /** Built-in layers to append after the custom layer. */
  next?: tf.layers.Layer[];
  /** Other layers whose own round trips the fixture's registrations may break. */
  bystanders?: Array<{ label: string; layer: tf.layers.Layer }>;
}

export type Stage = 'import' | 'construct' | 'build' | 'predict' | 'save' | 'load' | 'predict-reloaded';

export interface RoundTripResult {
  /** tf.loadLayersModel() returned a model. */
  loaded: boolean;
  /** The first error's message, exactly as thrown. */
  error?: string;
  /** Where it was thrown. */
  stage?: Stage;
  /** Own fields of the layer whose value differs after reload (see the comparison rule above). */
  changedFields: string[];
  weightsEqual: boolean;
  outputsEqual: boolean;
  /** Loaded, no error, no changed field, equal weights and outputs, and every bystander exact. */
  exact: boolean;
  /** What changed, for messages: field -> [before, after] (normalised values, shortened). */
  details?: Record<string, [string, string]>;
  bystanders?: Array<{ label: string } & RoundTripResult>;
}

/** TF.js bookkeeping on every Layer instance: not the layer's state, never compared. */
export const TFJS_BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  '_callHook',
  '_addedWeightNames',
  '_stateful',
  '_trainableWeights',
  '_nonTrainableWeights',
  '_losses',
  '_updates',
  '_built',
  'inboundNodes',
  'outboundNodes',
  'initialWeights',
  '_refCount',
  'fastWeightInitDuringBuild',
]);

/**
 * Keys skipped inside field values: object ids; the `customObjects` the loader adds to every
 * config it passes to a constructor; and the base Layer keys, which a reloaded config always
 * carries and which are compared on the layer itself, where they take effect.
 */
const NESTED_SKIPPED_KEYS: ReadonlySet<string> = new Set(['id', 'customObjects', 'name', 'trainable', 'dtype', 'batchInputShape', 'inputShape', 'batchSize']);

const RTOL = 1e-5;
const ATOL = 1e-6;
const MAX_DEPTH = 6;

export const ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'child.cjs');
const requireFixture = createRequire(CHILD);
export const RESULT_MARKER = '@@roundtrip-result@@';

// ---------------------------------------------------------------------------------------------
// Parent side: one child process per fixture, a small pool.

/** Round-trips the fixture module at `file` in a fresh Node process. */
export function runRoundTrip(file: string, timeoutMs = 60_000): Promise<RoundTripResult> {
  return runChild<RoundTripResult>(CHILD, file, RESULT_MARKER, 'round trip', timeoutMs);
}

/**
 * Runs `child` (a .cjs script) on the module at `file` in a fresh Node process and parses the one
 * line of its output that starts with `marker`. cwd = the project root, so tsx finds the project's
 * tsconfig; the module itself may live anywhere whose node_modules resolve to the same @tensorflow/tfjs.
 */
export function runChild<Result>(child: string, file: string, marker: string, what: string, timeoutMs = 60_000): Promise<Result> {
  return new Promise((resolve, reject) => {
    const spawned = spawn(process.execPath, [child, path.resolve(file)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    spawned.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    spawned.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => spawned.kill('SIGKILL'), timeoutMs);
    spawned.on('error', reject);
    spawned.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((text) => text.startsWith(marker));
      if (!line) {
        reject(new Error(`${what} of ${file} produced no result (exit ${code ?? signal}):\n${stderr.slice(-3000)}\n${stdout.slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(marker.length)) as Result);
    });
  });
}

/** Round-trips every file, `concurrency` child processes at a time; results by file. */
export async function runRoundTrips(files: string[], concurrency = 2): Promise<Map<string, RoundTripResult>> {
  const results = new Map<string, RoundTripResult>();
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) results.set(file, await runRoundTrip(file));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
}

/** One line for assertion messages. */
export function describeResult(result: RoundTripResult): string {
  const parts = [result.exact ? 'exact' : 'NOT exact', `loaded=${result.loaded}`];
  if (result.error) parts.push(`error at ${result.stage}: ${JSON.stringify(result.error.slice(0, 300))}`);
  if (result.changedFields.length > 0)
    parts.push(`changed fields: ${result.changedFields.map((field) => `${field} ${result.details?.[field]?.join(' -> ') ?? ''}`).join('; ')}`);
  parts.push(`weightsEqual=${result.weightsEqual}`, `outputsEqual=${result.outputsEqual}`);
  for (const bystander of result.bystanders ?? []) parts.push(`bystander ${bystander.label}: ${describeResult(bystander)}`);
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Child side: the round trip itself.

let backendReady: Promise<void> | undefined;

export function prepareBackend(): Promise<void> {
  backendReady ??= (async () => {
    await tf.setBackend('cpu');
    await tf.ready();
    // The CPU backend prints a "use tfjs-node" hint on first use: not part of any result.
    (tf.backend() as unknown as { firstUse: boolean }).firstUse = false;
  })();
  return backendReady;
}

/** Imports the fixture module and round-trips what its createFixture() returns. */
export async function roundTripModule(file: string): Promise<RoundTripResult> {
  await prepareBackend();
  let fixture: Fixture;
  try {
    // The child runs under tsx's CommonJS hook (child.cjs): require() takes .ts and .js alike.
    // Required as from child.cjs, not from this .ts module: from a TypeScript importer tsx
    // resolves `x.js` to a sibling `x.ts` when there is one (config-complete--no-get-config.js
    // was round-tripped as its .ts namesake).
    const mod = requireFixture(path.resolve(file)) as { createFixture?: () => Fixture; default?: { createFixture?: () => Fixture } };
    const create = mod.createFixture ?? mod.default?.createFixture;
    if (typeof create !== 'function') throw new Error(`${file} does not export createFixture()`);
    try {
      fixture = create();
    } catch (error) {
      return failed('construct', error);
    }
  } catch (error) {
    return failed('import', error);
  }
  const result = await roundTripLayer(fixture.layer, fixture.input, fixture.warmupInput, fixture.next ?? []);
  if (fixture.bystanders?.length) {
    result.bystanders = [];
    for (const { label, layer } of fixture.bystanders)
      result.bystanders.push({ label, ...(await roundTripLayer(layer, fixture.input, fixture.warmupInput, [])) });
    result.exact &&= result.bystanders.every((bystander) => bystander.exact);
  }
  return result;
}

function failed(stage: Stage, error: unknown, partial: Partial<RoundTripResult> = {}): RoundTripResult {
  return { loaded: false, changedFields: [], weightsEqual: false, outputsEqual: false, exact: false, ...partial, error: messageOf(error), stage };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface WeightValues {
  shape: number[];
  values: number[];
}

async function roundTripLayer(
  layer: tf.layers.Layer,
  input: Fixture['input'],
  warmupInput: Fixture['input'] | undefined,
  next: tf.layers.Layer[],
): Promise<RoundTripResult> {
  const x = toTensor(input);
  const warmup = warmupInput === undefined ? tf.tidy(() => x.mul(2).add(1)) : toTensor(warmupInput);
  let model: tf.Sequential;
  try {
    model = tf.sequential();
    model.add(tf.layers.inputLayer({ inputShape: x.shape.slice(1) }));
    model.add(layer);
    for (const extra of next) model.add(extra);
  } catch (error) {
    return failed('build', error);
  }
  let artifacts: tf.io.ModelArtifacts | undefined;
  let outputBefore: WeightValues;
  try {
    tf.dispose(model.predict(warmup));
  } catch (error) {
    return failed('predict', error);
  }
  const savedWeights = readWeights(model);
  try {
    await model.save(
      tf.io.withSaveHandler(async (saved) => {
        // A real save writes the topology and weight specs as JSON: keep only what JSON keeps.
        const { weightData, ...rest } = saved;
        artifacts = JSON.parse(JSON.stringify(rest)) as tf.io.ModelArtifacts;
        artifacts.weightData = weightData;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
  } catch (error) {
    return failed('save', error);
  }
  try {
    outputBefore = readOutput(model.predict(x));
  } catch (error) {
    return failed('predict', error);
  }
  const fieldsBefore = snapshotFields(layer);

  let reloaded: tf.LayersModel;
  try {
    reloaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts!), { strict: true });
  } catch (error) {
    return failed('load', error);
  }
  const reloadedLayer = reloaded.layers[model.layers.indexOf(layer)]!;
  const weightsEqual = sameWeights(savedWeights, readWeights(reloaded));
  let outputsEqual = false;
  let predictError: unknown;
  try {
    outputsEqual = allClose(outputBefore, readOutput(reloaded.predict(x)));
  } catch (error) {
    predictError = error;
  }
  const fieldsAfter = snapshotFields(reloadedLayer);
  if (reloadedLayer.constructor !== layer.constructor) {
    // Two class objects may share a JS name (a class factory): say which side is which.
    const sameName = reloadedLayer.constructor.name === layer.constructor.name;
    fieldsBefore.set('(class)', layer.constructor.name);
    fieldsAfter.set('(class)', sameName ? `another class named ${reloadedLayer.constructor.name}` : reloadedLayer.constructor.name);
  }
  const details: Record<string, [string, string]> = {};
  for (const field of new Set([...fieldsBefore.keys(), ...fieldsAfter.keys()])) {
    const before = stableStringify(fieldsBefore.get(field));
    const after = stableStringify(fieldsAfter.get(field));
    if (before !== after) details[field] = [shorten(before), shorten(after)];
  }
  const changedFields = Object.keys(details).sort();
  const result: RoundTripResult = {
    loaded: true,
    changedFields,
    weightsEqual,
    outputsEqual,
    exact: predictError === undefined && changedFields.length === 0 && weightsEqual && outputsEqual,
  };
  if (changedFields.length > 0) result.details = details;
  if (predictError !== undefined) {
    result.error = messageOf(predictError);
    result.stage = 'predict-reloaded';
  }
  return result;
}

function toTensor(input: Fixture['input']): tf.Tensor {
  return input instanceof tf.Tensor ? input : tf.tensor(input);
}

function readOutput(output: tf.Tensor | tf.Tensor[]): WeightValues {
  const tensor = Array.isArray(output) ? output[0]! : output;
  const result = { shape: tensor.shape.slice(), values: Array.from(tensor.dataSync() as ArrayLike<number>) };
  tf.dispose(output);
  return result;
}

function readWeights(model: tf.LayersModel): WeightValues[] {
  return model.weights.map((weight) => {
    const value = weight.read();
    return { shape: value.shape.slice(), values: Array.from(value.dataSync() as ArrayLike<number>) };
  });
}

function sameWeights(before: WeightValues[], after: WeightValues[]): boolean {
  return (
    before.length === after.length &&
    before.every((weight, i) => sameShape(weight.shape, after[i]!.shape) && weight.values.every((value, j) => Object.is(value, after[i]!.values[j])))
  );
}

function allClose(a: WeightValues, b: WeightValues): boolean {
  return (
    sameShape(a.shape, b.shape) &&
    a.values.length === b.values.length &&
    a.values.every((value, i) => {
      const other = b.values[i]!;
      if (Number.isNaN(value) || Number.isNaN(other)) return Number.isNaN(value) && Number.isNaN(other);
      return value === other || Math.abs(value - other) <= ATOL + RTOL * Math.abs(other);
    })
  );
}

function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

// ---------------------------------------------------------------------------------------------
// Field snapshots.

function snapshotFields(layer: tf.layers.Layer): Map<string, unknown> {
  const weights = layer.weights;
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(layer)) {
    if (TFJS_BOOKKEEPING_FIELDS.has(key)) continue;
    fields.set(key, normalize(value, weights, 0, new WeakSet()));
  }
  return fields;
}

function normalize(value: unknown, weights: tf.LayerVariable[], depth: number, seen: WeakSet<object>): unknown {
  if (value === undefined) return { undefined: true };
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return { function: value.toString() };
  if (depth > MAX_DEPTH) return { tooDeep: true };
  if (seen.has(value)) return { cycle: true };
  seen.add(value);
  try {
    if (value instanceof tf.LayerVariable) {
      const index = weights.indexOf(value);
      return index >= 0 ? { weight: index } : { layerVariable: tensorContent(value.read()) };
    }
    if (value instanceof tf.Tensor) return { tensor: tensorContent(value as tf.Tensor) };
    if (value instanceof tf.layers.Layer) {
      const config = { ...value.getConfig() };
      delete config.name;
      return {
        layer: value.getClassName(),
        config: normalize(config, weights, depth + 1, seen),
        weights: value.weights.map((weight) => tensorContent(weight.read())),
      };
    }
    if (Array.isArray(value)) return value.map((item) => normalize(item, weights, depth + 1, seen));
    const out: Record<string, unknown> = {};
    const ctor = value.constructor;
    if (ctor && ctor !== Object) out['(class)'] = ctor.name;
    for (const [key, item] of Object.entries(value)) {
      if (NESTED_SKIPPED_KEYS.has(key)) continue;
      out[key] = normalize(item, weights, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function tensorContent(tensor: tf.Tensor): unknown {
  if (tensor.isDisposed) return { disposed: true };
  const values = Array.from(tensor.dataSync() as ArrayLike<number>);
  // Rounded to float32 precision so bit-equal round trips compare equal as text.
  return { dtype: tensor.dtype, shape: tensor.shape, values: values.map((v) => (typeof v === 'number' ? Number(v.toPrecision(7)) : v)) };
}

function stableStringify(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      return item;
    }) ?? 'undefined'
  );
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
