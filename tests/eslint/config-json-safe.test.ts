// config-json-safe: model.save() turns getConfig() into JSON. undefined and non-finite numbers
// come back as null, functions as {}, class instances (Initializers, ...) and tensors as their
// bare fields with no class name, all without an error.
import { rules } from '../../src/eslint/rules';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['config-json-safe'];

ruleTester.run('config-json-safe', rule, {
  valid: [
    // --- plain data ---
    `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  getConfig() {
    return {
      ...super.getConfig(),
      poolSize: [2, 2],
      strides: null,
      padding: 'valid',
      ceil: false,
      eps: -1e-3,
      limit: Number.MAX_SAFE_INTEGER,
      tiny: Number.EPSILON,
      angle: Math.PI,
      init: { className: 'GlorotUniform', config: { seed: 1 } },
    };
  }
}`,
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
    this.axes = new Array(3).fill(0);
  }
  getConfig() {
    const config = { factor: this.factor, axes: this.axes, empty: new Array() };
    Object.assign(config, super.getConfig());
    return config;
  }
}
Scale.className = 'Scale';`,
      filename: JS_FILE,
    },

    // --- initializers kept as string identifiers, or serialized by a helper ---
    `import * as tf from '@tensorflow/tfjs';
import { serializeInitializer } from '@tensorflow/tfjs-layers/dist/initializers';

class SimpleDense extends tf.layers.Layer {
  static className = 'SimpleDense';
  private units: number;
  private kernelInitializer: tf.initializers.Initializer;
  private biasInitializer: string;
  constructor(args: { units: number; biasInitializer?: string }) {
    super(args);
    this.units = args.units;
    this.kernelInitializer = tf.initializers.glorotNormal({});
    this.biasInitializer = args.biasInitializer ?? 'zeros';
  }
  getConfig() {
    return {
      ...super.getConfig(),
      units: this.units,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: this.biasInitializer,
    };
  }
}`,
    `import { initializers, layers } from '@tensorflow/tfjs';

class Embed extends layers.Layer {
  static className = 'Embed';
  private init = initializers.randomNormal({ stddev: 0.02 });
  getConfig() {
    return {
      ...super.getConfig(),
      embeddingsInitializer: { className: this.init.getClassName(), config: this.init.getConfig() },
    };
  }
}`,
    // The activation function lives in another field; the config keeps its name.
    `import * as tf from '@tensorflow/tfjs';

class Act extends tf.layers.Layer {
  static className = 'Act';
  private activation: string;
  private activationFn: (x: tf.Tensor) => tf.Tensor;
  constructor(args: { activation?: string }) {
    super(args);
    this.activation = args.activation ?? 'relu';
    this.activationFn = (x) => tf.relu(x);
  }
  getConfig() {
    const round = (value: number) => Math.round(value * 100) / 100;
    return { ...super.getConfig(), activation: this.activation, scale: round(0.123) };
  }
}`,

    // --- undefined only until build(), null defaults, Infinity restored by ?? ---
    `import * as tf from '@tensorflow/tfjs';

class Project extends tf.layers.Layer {
  static className = 'Project';
  private inputDim: number | undefined = undefined;
  private seed?: number;
  constructor(args: { seed?: number }) {
    super(args);
    this.seed = args.seed;
  }
  build(inputShape: tf.Shape) {
    this.inputDim = inputShape[inputShape.length - 1] as number;
  }
  getConfig() {
    return { ...super.getConfig(), inputDim: this.inputDim, seed: this.seed };
  }
}`,
    // null reloads through \`?? Infinity\` back to Infinity.
    `import * as tf from '@tensorflow/tfjs';

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  private maxValue: number;
  constructor(args: { maxValue?: number | null }) {
    super(args);
    this.maxValue = args.maxValue ?? Infinity;
  }
  getConfig() {
    return { ...super.getConfig(), maxValue: this.maxValue };
  }
}`,

    // --- values derived from unsafe fields are plain data ---
    `import * as tf from '@tensorflow/tfjs';
import { getActivation, serializeActivation } from '@tensorflow/tfjs-layers/dist/activations';

class Project extends tf.layers.Layer {
  static className = 'Project';
  private kernel!: tf.LayerVariable;
  private buffer = new Float32Array(4);
  private activation = getActivation('relu');
  build(inputShape: tf.Shape) {
    this.kernel = this.addWeight('kernel', [inputShape[1] as number, 4], 'float32', tf.initializers.zeros());
  }
  getConfig() {
    return {
      ...super.getConfig(),
      kernelShape: this.kernel.shape,
      buffer: Array.from(this.buffer),
      activation: serializeActivation(this.activation),
    };
  }
}`,
    {
      code: `class Gate extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.bias = config.bias || 0;
    this.activation = config.activation || 'sigmoid';
  }
  getConfig() {
    return Object.assign({ bias: this.bias, activation: this.activation, seed: this.seed == null ? null : this.seed }, super.getConfig());
  }
}
Gate.className = 'Gate';
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
    },
    // Initializer configs written out as data.
    `import * as tf from '@tensorflow/tfjs';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  private init = tf.initializers.glorotUniform({ seed: 3 });
  getConfig() {
    return { ...super.getConfig(), initName: this.init.getClassName(), dtype: this.dtype };
  }
}`,

    // --- not a layer ---
    `import * as tf from '@tensorflow/tfjs';

class Settings {
  getConfig() {
    return { kernel: tf.zeros([2]), act: (x: number) => x };
  }
}
export const settings = new Settings();`,

    // --- issue 17: finite arithmetic, a finite module constant, a non-finite default taken again after null, a local of plain data ---
    `import * as tf from '@tensorflow/tfjs';
const LIMIT = 2 ** 10;

class Clamp extends tf.layers.Layer {
  static className = 'Clamp';
  half: number;
  max: number;
  limit = LIMIT;
  constructor(args: { units: number; max?: number }) {
    super(args);
    this.half = args.units / 2;
    const fallback = 1 / 0;
    this.max = args.max ?? fallback;
  }
  getConfig() {
    const shape = [this.half, 1 / 4];
    return { ...super.getConfig(), half: this.half, max: this.max, limit: this.limit, shape };
  }
}`,
    // an instance field set from the config shadows the method of the same name: getConfig() returns the field
    {
      code: `const tf = require('@tensorflow/tfjs');

class Act extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.activation = config.activation;
  }
  activation(x) {
    return x;
  }
  getConfig() {
    return { ...super.getConfig(), activation: this.activation };
  }
  static get className() {
    return 'Act';
  }
}`,
      filename: JS_FILE,
    },
    // a static fromConfig() of its own reads the saved config itself, and handles the null that undefined becomes
    {
      code: `const tf = require('@tensorflow/tfjs');

class Block extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.downsample = config.downsample;
  }
  getConfig() {
    const downsampleConfig = this.downsample !== undefined ? this.downsample.getConfig() : undefined;
    return { ...super.getConfig(), downsampleConfig };
  }
  static fromConfig(cls, config) {
    const { downsampleConfig, ...rest } = config;
    return new cls({ ...rest, downsample: downsampleConfig !== null ? tf.layers.dense(downsampleConfig) : undefined });
  }
  static get className() {
    return 'Block';
  }
}`,
      filename: JS_FILE,
    },
  ],

  invalid: [
    // --- undefined ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  getConfig() {
    return { ...super.getConfig(), rate: 0.5, noiseShape: undefined, seed: void 0 };
  }
}`,
      errors: [
        { messageId: 'undefinedValue', data: { key: 'noiseShape', layer: 'Dropout2' }, line: 6, column: 59, endLine: 6, endColumn: 68 },
        { messageId: 'undefinedValue', data: { key: 'seed', layer: 'Dropout2' }, line: 6, column: 76, endLine: 6, endColumn: 82 },
      ],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Noise extends tf.layers.Layer {
  getConfig() {
    const config = super.getConfig();
    config.stddev = undefined;
    return config;
  }
}
Noise.className = 'Noise';`,
      filename: JS_FILE,
      errors: [{ messageId: 'undefinedValue', data: { key: 'stddev', layer: 'Noise' }, line: 6, column: 21, endLine: 6, endColumn: 30 }],
      output: null,
    },

    // --- NaN and Infinity ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  getConfig() {
    return {
      ...super.getConfig(),
      min: -Infinity,
      max: Infinity,
      fill: NaN,
      low: Number.NEGATIVE_INFINITY,
      high: Number.POSITIVE_INFINITY,
      pad: Number.NaN,
    };
  }
}`,
      errors: [
        { messageId: 'nonFiniteNumber', data: { key: 'min', layer: 'Clip', value: '-Infinity' }, line: 8, column: 12, endLine: 8, endColumn: 21 },
        { messageId: 'nonFiniteNumber', data: { key: 'max', layer: 'Clip', value: 'Infinity' }, line: 9, column: 12, endLine: 9, endColumn: 20 },
        { messageId: 'nonFiniteNumber', data: { key: 'fill', layer: 'Clip', value: 'NaN' }, line: 10, column: 13, endLine: 10, endColumn: 16 },
        {
          messageId: 'nonFiniteNumber',
          data: { key: 'low', layer: 'Clip', value: 'Number.NEGATIVE_INFINITY' },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 36,
        },
        {
          messageId: 'nonFiniteNumber',
          data: { key: 'high', layer: 'Clip', value: 'Number.POSITIVE_INFINITY' },
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 37,
        },
        { messageId: 'nonFiniteNumber', data: { key: 'pad', layer: 'Clip', value: 'Number.NaN' }, line: 13, column: 12, endLine: 13, endColumn: 22 },
      ],
      output: null,
    },

    // --- functions ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Act extends tf.layers.Layer {
  static className = 'Act';
  getConfig() {
    return {
      ...super.getConfig(),
      activation: (x: tf.Tensor) => tf.relu(x),
      gate: function (x: tf.Tensor) {
        return tf.sigmoid(x);
      },
    };
  }
}`,
      errors: [
        { messageId: 'functionValue', data: { key: 'activation', layer: 'Act' }, line: 8, column: 19, endLine: 8, endColumn: 47 },
        { messageId: 'functionValue', data: { key: 'gate', layer: 'Act' }, line: 9, column: 13, endLine: 11, endColumn: 8 },
      ],
      output: null,
    },
    {
      code: `const { layers, matMul } = require('@tensorflow/tfjs');

class Attention extends layers.Layer {
  constructor(config) {
    super(config);
    this.score = (q, k) => matMul(q, k, false, true);
  }
  getConfig() {
    return Object.assign(super.getConfig(), { score: this.score });
  }
}
Attention.className = 'Attention';`,
      filename: JS_FILE,
      errors: [{ messageId: 'functionValue', data: { key: 'score', layer: 'Attention' }, line: 9, column: 54, endLine: 9, endColumn: 64 }],
      output: null,
    },

    // --- class instances: Initializers, Regularizers, Constraints, new X() ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class SimpleDense extends tf.layers.Layer {
  static className = 'SimpleDense';
  private kernelInitializer: tf.initializers.Initializer;
  constructor(args: { units: number }) {
    super(args);
    this.kernelInitializer = tf.initializers.glorotNormal({});
  }
  getConfig() {
    return {
      ...super.getConfig(),
      kernelInitializer: this.kernelInitializer,
      kernelRegularizer: tf.regularizers.l2(),
      kernelConstraint: tf.constraints.maxNorm({ maxValue: 2 }),
    };
  }
}`,
      errors: [
        {
          messageId: 'objectInstance',
          data: { key: 'kernelInitializer', layer: 'SimpleDense', what: 'an Initializer' },
          line: 13,
          column: 26,
          endLine: 13,
          endColumn: 48,
        },
        {
          messageId: 'objectInstance',
          data: { key: 'kernelRegularizer', layer: 'SimpleDense', what: 'a Regularizer' },
          line: 14,
          column: 26,
          endLine: 14,
          endColumn: 46,
        },
        {
          messageId: 'objectInstance',
          data: { key: 'kernelConstraint', layer: 'SimpleDense', what: 'a Constraint' },
          line: 15,
          column: 25,
          endLine: 15,
          endColumn: 64,
        },
      ],
      output: null,
    },
    {
      code: `import { initializers, layers } from '@tensorflow/tfjs';

class Embed extends layers.Layer {
  static className = 'Embed';
  getConfig() {
    return { ...super.getConfig(), embeddingsInitializer: initializers.heNormal({ seed: 7 }) };
  }
}`,
      errors: [
        {
          messageId: 'objectInstance',
          data: { key: 'embeddingsInitializer', layer: 'Embed', what: 'an Initializer' },
          line: 6,
          column: 59,
          endLine: 6,
          endColumn: 93,
        },
      ],
      output: null,
    },
    // TF.js's own helpers build instances; "an Initializer", as for tf.initializers.*.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { getInitializer } from '@tensorflow/tfjs-layers/dist/initializers';
import { getRegularizer } from '@tensorflow/tfjs-layers/dist/regularizers';

class Bias extends tf.layers.Layer {
  static className = 'Bias';
  getConfig() {
    return { ...super.getConfig(), biasInitializer: getInitializer('zeros'), biasRegularizer: getRegularizer('l1l2') };
  }
}`,
      errors: [
        {
          messageId: 'objectInstance',
          data: { key: 'biasInitializer', layer: 'Bias', what: 'an Initializer' },
          line: 8,
          column: 53,
          endLine: 8,
          endColumn: 76,
        },
        {
          messageId: 'objectInstance',
          data: { key: 'biasRegularizer', layer: 'Bias', what: 'a Regularizer' },
          line: 8,
          column: 95,
          endLine: 8,
          endColumn: 117,
        },
      ],
      output: null,
    },
    // The field starts as a string and build() replaces it with the instance: saved after build.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { getInitializer, type InitializerIdentifier } from '@tensorflow/tfjs-layers/dist/initializers';

class Bias extends tf.layers.Layer {
  static className = 'Bias';
  private init: InitializerIdentifier | tf.initializers.Initializer = 'zeros';
  build() {
    this.init = getInitializer(this.init as InitializerIdentifier);
  }
  getConfig() {
    return { ...super.getConfig(), init: this.init };
  }
}`,
      errors: [{ messageId: 'objectInstance', data: { key: 'init', layer: 'Bias', what: 'an Initializer' }, line: 11, column: 42, endLine: 11, endColumn: 51 }],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Lookup extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.table = new Map(config.entries);
    this.buffer = new Float32Array(4);
  }
  getConfig() {
    return { ...super.getConfig(), table: this.table, buffer: this.buffer, vocab: new Set(['a', 'b']) };
  }
}
Lookup.className = 'Lookup';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'objectInstance', data: { key: 'table', layer: 'Lookup', what: 'a Map instance' }, line: 10, column: 43, endLine: 10, endColumn: 53 },
        {
          messageId: 'objectInstance',
          data: { key: 'buffer', layer: 'Lookup', what: 'a Float32Array instance' },
          line: 10,
          column: 63,
          endLine: 10,
          endColumn: 74,
        },
        { messageId: 'objectInstance', data: { key: 'vocab', layer: 'Lookup', what: 'a Set instance' }, line: 10, column: 83, endLine: 10, endColumn: 102 },
      ],
      output: null,
    },
    // The activation object getActivation() builds is saved as {} like any class instance.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { getActivation } from '@tensorflow/tfjs-layers/dist/activations';

class Act extends tf.layers.Layer {
  static className = 'Act';
  private activation = getActivation('relu');
  getConfig() {
    return { ...super.getConfig(), activation: this.activation };
  }
}`,
      errors: [{ messageId: 'objectInstance', line: 8, column: 48, endLine: 8, endColumn: 63 }],
      output: null,
    },
    // A nested layer in the config is saved as the layer object's fields.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Wrapper extends tf.layers.Layer {
  static className = 'Wrapper';
  private inner = tf.layers.dense({ units: 4 });
  getConfig() {
    return { ...super.getConfig(), inner: this.inner };
  }
}`,
      errors: [{ messageId: 'objectInstance', line: 7, column: 43, endLine: 7, endColumn: 53 }],
      output: null,
    },

    // --- tensors and weights ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Normalize extends tf.layers.Layer {
  static className = 'Normalize';
  private mean = tf.variable(tf.zeros([3]), false);
  getConfig() {
    return { ...super.getConfig(), mean: this.mean, std: tf.tensor1d([1, 1, 1]), offset: tf.scalar(0) };
  }
}`,
      errors: [
        { messageId: 'tensorValue', data: { key: 'mean', layer: 'Normalize' }, line: 7, column: 42, endLine: 7, endColumn: 51 },
        { messageId: 'tensorValue', data: { key: 'std', layer: 'Normalize' }, line: 7, column: 58, endLine: 7, endColumn: 80 },
        { messageId: 'tensorValue', data: { key: 'offset', layer: 'Normalize' }, line: 7, column: 90, endLine: 7, endColumn: 102 },
      ],
      output: null,
    },
    {
      code: `import { layers, tensor1d, LayerVariable, Shape } from '@tensorflow/tfjs';

class Bias extends layers.Layer {
  static className = 'Bias';
  private bias!: LayerVariable;
  build(inputShape: Shape) {
    this.bias = this.addWeight('bias', [inputShape[1] as number], 'float32');
  }
  getConfig() {
    return { ...super.getConfig(), bias: this.bias, scale: tensor1d([2]) };
  }
}`,
      errors: [
        { messageId: 'tensorValue', data: { key: 'bias', layer: 'Bias' }, line: 10, column: 42, endLine: 10, endColumn: 51 },
        { messageId: 'tensorValue', data: { key: 'scale', layer: 'Bias' }, line: 10, column: 60, endLine: 10, endColumn: 73 },
      ],
      output: null,
    },
    // Global tf of a <script> tag; the field is stored by an ancestor of the file.
    {
      code: `class Base extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.table = tf.zeros([4, 4]);
  }
}
class Lookup extends Base {
  getConfig() {
    return Object.assign({ table: this.table }, super.getConfig());
  }
}
Lookup.className = 'Lookup';
tf.serialization.registerClass(Lookup);`,
      filename: JS_FILE,
      errors: [{ messageId: 'tensorValue', data: { key: 'table', layer: 'Lookup' }, line: 9, column: 35, endLine: 9, endColumn: 45 }],
      output: null,
    },

    // --- issue 17: non-finite numbers however written, through locals, module constants and fields ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
const NO_LIMIT = 1 / 0;

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  high: number;
  low: number;
  constructor(args: { name?: string }) {
    super(args);
    const low = -1 / 0;
    this.high = NO_LIMIT;
    this.low = low;
  }
  getConfig() {
    const fill = 0 / 0;
    return { ...super.getConfig(), high: this.high, low: this.low, fill, cap: Math.log(0) };
  }
}`,
      errors: [
        { messageId: 'nonFiniteNumber', data: { key: 'high', layer: 'Clip', value: '1 / 0, which is Infinity' }, line: 16 },
        { messageId: 'nonFiniteNumber', data: { key: 'low', layer: 'Clip', value: '-1 / 0, which is -Infinity' }, line: 16 },
        { messageId: 'nonFiniteNumber', data: { key: 'fill', layer: 'Clip', value: '0 / 0, which is NaN' }, line: 16 },
        { messageId: 'nonFiniteNumber', data: { key: 'cap', layer: 'Clip', value: 'Math.log(0), which is -Infinity' }, line: 16 },
      ],
      output: null,
    },
    // typed arrays (also from dataSync() and Float32Array.from()), class instances and functions, through fields and locals
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Options {
  scale = 1;
}
function identity(x: number) {
  return x;
}
class Table extends tf.layers.Layer {
  static className = 'Table';
  values: Float32Array;
  stats: Float32Array;
  options: Options;
  transform: (x: number) => number;
  constructor(args: { size: number }) {
    super(args);
    this.values = Float32Array.from([1, 2, 3]);
    this.stats = tf.ones([args.size]).dataSync() as Float32Array;
    this.options = new Options();
    this.transform = identity;
  }
  activate(x: number) {
    return x;
  }
  getConfig() {
    const opts = this.options;
    return { ...super.getConfig(), values: this.values, stats: this.stats, opts, transform: this.transform, activate: this.activate, helper: identity };
  }
}`,
      errors: [
        { messageId: 'objectInstance', data: { key: 'values', layer: 'Table', what: 'a Float32Array instance' }, line: 27 },
        { messageId: 'objectInstance', data: { key: 'stats', layer: 'Table', what: 'a typed array' }, line: 27 },
        { messageId: 'objectInstance', data: { key: 'opts', layer: 'Table', what: 'an Options instance' }, line: 27 },
        { messageId: 'functionValue', data: { key: 'transform', layer: 'Table' }, line: 27 },
        { messageId: 'functionValue', data: { key: 'activate', layer: 'Table' }, line: 27 },
        { messageId: 'functionValue', data: { key: 'helper', layer: 'Table' }, line: 27 },
      ],
      output: null,
    },
    // items of arrays and objects go through JSON one by one; a default taken again after null does not help an item
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Box extends tf.layers.Layer {
  static className = 'Box';
  bounds: number[];
  constructor(args: { bounds?: number[] }) {
    super(args);
    this.bounds = args.bounds ?? [0, Infinity];
  }
  getConfig() {
    return { ...super.getConfig(), bounds: this.bounds, box: { low: -1 / 0, note: undefined }, pair: [1, undefined] };
  }
}`,
      errors: [
        { messageId: 'nonFiniteNumber', data: { key: 'bounds', layer: 'Box', value: 'Infinity' }, line: 11 },
        { messageId: 'nonFiniteNumber', data: { key: 'box', layer: 'Box', value: '-1 / 0, which is -Infinity' }, line: 11 },
        { messageId: 'undefinedValue', data: { key: 'pair', layer: 'Box' }, line: 11 },
      ],
      output: null,
    },
  ],
});

// With type information (the project service on this repository's tsconfig): the type of a value
// the code does not spell, a union judged member by member.
const typedRuleTester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: __dirname } },
  settings: { 'tfjs-layers': { typeAware: true } },
});

typedRuleTester.run('config-json-safe', rule, {
  valid: [
    // a number or a plain array, whatever helper makes it; a union with one JSON-safe member
    `import * as tf from '@tensorflow/tfjs';

declare function pickRate(): number;
declare function shape(): number[];
declare function maybe(): Float32Array | number[];
class Safe extends tf.layers.Layer {
  static className = 'Safe';
  rate = pickRate();
  dims: number[];
  mixed = maybe();
  constructor(args: { dims: number[] }) {
    super(args);
    this.dims = args.dims ?? shape();
  }
  getConfig() {
    return { ...super.getConfig(), rate: this.rate, dims: this.dims, mixed: this.mixed };
  }
}`,
  ],
  invalid: [
    {
      code: `import * as tf from '@tensorflow/tfjs';

declare function makeBuffer(n: number): Float32Array;
declare class Vocabulary {
  words: string[];
}
declare function loadVocabulary(): Vocabulary | undefined;
class Typed extends tf.layers.Layer {
  static className = 'Typed';
  buffer = makeBuffer(4);
  lookup: Map<string, number>;
  vocab = loadVocabulary();
  constructor(args: { lookup: Map<string, number> }) {
    super(args);
    this.lookup = args.lookup;
  }
  getConfig() {
    return { ...super.getConfig(), buffer: this.buffer, lookup: this.lookup, vocab: this.vocab };
  }
}`,
      errors: [
        { messageId: 'objectInstance', data: { key: 'buffer', layer: 'Typed', what: 'a Float32Array instance' } },
        { messageId: 'objectInstance', data: { key: 'lookup', layer: 'Typed', what: 'a Map instance' } },
        // `Vocabulary | undefined`: whenever it is set, it is a class instance
        { messageId: 'objectInstance', data: { key: 'vocab', layer: 'Typed', what: 'a Vocabulary instance' } },
      ],
      output: null,
    },
  ],
});
