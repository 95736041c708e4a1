// no-untracked-state: model.save() stores a layer's config and the weights made with addWeight(),
// nothing else. tf.variables, random tensors, nested layers' weights and counters kept on `this`
// are re-created on reload. No fix and no suggestion: an `addWeight` in place of the value does not
// type-check (a LayerVariable is not a Tensor), breaks every use of the field (it must be read with
// `.read()`), and in the constructor makes a second instance fail with "Duplicate weight name"; so
// every invalid case has `output: null` and `suggestions: []` where one used to be offered.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import plugin = require('../../src/eslint/index');
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['no-untracked-state'];

ruleTester.run('no-untracked-state', rule, {
  valid: [
    // --- addWeight() fields, read()/write() on them, constants, input-shape fields, base members ---
    `import * as tf from '@tensorflow/tfjs';

class Norm extends tf.layers.Layer {
  static className = 'Norm';
  units: number;
  inputDim!: number;
  movingMean!: tf.LayerVariable;
  scale: tf.Tensor;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
    this.scale = tf.ones([this.units]);
    this.supportsMasking = true;
  }
  build(inputShape: tf.Shape) {
    this.inputDim = inputShape[1] as number;
    this.movingMean = this.addWeight('movingMean', [this.inputDim], 'float32', tf.initializers.zeros(), undefined, false);
    this.inputSpec = [{ ndim: 2 }];
    this.built = true;
  }
  call(inputs: tf.Tensor, kwargs: { training?: boolean }) {
    if (kwargs.training) this.movingMean.write(tf.mean(inputs, 0));
    return tf.mul(tf.sub(inputs, this.movingMean.read()), this.scale);
  }
}`,
    // a weight handle kept through a local
    `import * as tf from '@tensorflow/tfjs';

class Bias extends tf.layers.Layer {
  static className = 'Bias';
  bias!: tf.LayerVariable;
  build(inputShape: tf.Shape) {
    const bias = this.addWeight('bias', [inputShape[1] as number], 'float32', tf.initializers.zeros());
    this.bias = bias;
  }
}`,

    // --- weightless nested layers, and nested layers whose weights are exposed ---
    `import * as tf from '@tensorflow/tfjs';

class Ffn extends tf.layers.Layer {
  static className = 'Ffn';
  units: number;
  inner!: tf.layers.Layer;
  drop: tf.layers.Layer;
  flat = tf.layers.flatten();
  pool = tf.layers.maxPooling2d({ poolSize: 2 });
  act = tf.layers.activation({ activation: 'relu' });
  constructor(args: { units: number; rate: number }) {
    super(args);
    this.units = args.units;
    this.drop = tf.layers.dropout({ rate: args.rate });
  }
  build(inputShape: tf.Shape) {
    this.inner = tf.layers.dense({ units: this.units });
    this.inner.build(inputShape);
    this._trainableWeights.push(...this.inner.trainableWeights);
    this.built = true;
  }
}`,
    `import { layers } from '@tensorflow/tfjs';

class Wrap extends layers.Layer {
  static className = 'Wrap';
  inner = layers.dense({ units: 4 });
  get trainableWeights() {
    return this.inner.trainableWeights;
  }
}`,
    // weights exposed by a base class of this file count for its subclasses
    `import * as tf from '@tensorflow/tfjs';

class Wrapper extends tf.layers.Layer {
  static className = 'Wrapper';
  inner!: tf.layers.Layer;
  get trainableWeights() {
    return this.inner.trainableWeights;
  }
  get nonTrainableWeights() {
    return this.inner.nonTrainableWeights;
  }
}
class DenseWrapper extends Wrapper {
  static className = 'DenseWrapper';
  constructor(args: { units: number }) {
    super(args);
    this.inner = tf.layers.dense({ units: args.units });
  }
}`,
    // a nested layer class of this file that creates no weights
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
class Outer extends tf.layers.Layer {
  static className = 'Outer';
  scale = new Scale({});
}`,

    // --- seeded random tensors are reproducible ---
    `import * as tf from '@tensorflow/tfjs';

class Fixed extends tf.layers.Layer {
  static className = 'Fixed';
  seeded = tf.randomNormal([10], 0, 1, 'float32', 42);
  init = tf.initializers.glorotNormal({ seed: 7 }).apply([10, 10]);
  uniform = tf.randomUniform([10], 0, 1, 'float32', 3);
}`,
    {
      code: `class Projection extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.seed = config.seed;
    this.proj = tf.truncatedNormal([config.inputDim, config.dim], 0, 1, 'float32', config.seed);
  }
  static get className() {
    return 'Projection';
  }
}`,
      filename: JS_FILE,
    },

    // a random tensor drawn per call and not kept
    `import * as tf from '@tensorflow/tfjs';

class GaussNoise extends tf.layers.Layer {
  static className = 'GaussNoise';
  stddev: number;
  constructor(args: { stddev: number }) {
    super(args);
    this.stddev = args.stddev;
  }
  call(inputs: tf.Tensor, kwargs: { training?: boolean }) {
    if (!kwargs.training) return inputs;
    const noise = tf.randomNormal(inputs.shape, 0, this.stddev);
    return tf.add(inputs, noise);
  }
}`,

    // --- call() writes that keep nothing from the call ---
    `import * as tf from '@tensorflow/tfjs';

class Causal extends tf.layers.Layer {
  static className = 'Causal';
  size: number;
  mask: tf.Tensor | null = null;
  warned = false;
  constructor(args: { size: number }) {
    super(args);
    this.size = args.size;
  }
  call(inputs: tf.Tensor) {
    if (!this.mask) this.mask = tf.linalg.bandPart(tf.ones([this.size, this.size]), -1, 0);
    if (!this.warned) {
      console.warn('Causal is experimental');
      this.warned = true;
    }
    return tf.mul(inputs, this.mask);
  }
}`,
    // lazy initialisation with ??= computes the same mask from the config on every reload
    `import * as tf from '@tensorflow/tfjs';

class Causal extends tf.layers.Layer {
  static className = 'Causal';
  size: number;
  mask?: tf.Tensor;
  constructor(args: { size: number }) {
    super(args);
    this.size = args.size;
  }
  call(inputs: tf.Tensor) {
    this.mask ??= tf.linalg.bandPart(tf.ones([this.size, this.size]), -1, 0);
    return tf.mul(inputs, this.mask);
  }
}`,
    // a class named Layer from another library is not a TF.js layer
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';

class Overlay extends Layer {
  v: tf.Variable;
  frames = 0;
  constructor(config: object) {
    super(config);
    this.v = tf.variable(tf.zeros([3]));
  }
  draw() {
    this.frames++;
  }
}`,
    // a plain reset in another method; a class that is not a layer
    `import * as tf from '@tensorflow/tfjs';

class Stateful extends tf.layers.Layer {
  static className = 'Stateful';
  step = 0;
  resetStates() {
    this.step = 0;
  }
}
class Trainer {
  w = tf.variable(tf.zeros([3]));
  steps = 0;
  fit() {
    this.steps++;
  }
}`,

    // --- JavaScript: CommonJS, addWeight in build ---
    {
      code: `const tf = require('@tensorflow/tfjs-node');

class Dense2 extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.units = config.units;
    this.dropout = tf.layers.dropout({ rate: 0.1 });
  }
  build(inputShape) {
    this.kernel = this.addWeight('kernel', [inputShape[1], this.units], 'float32', tf.initializers.glorotNormal({}));
  }
  call(inputs) {
    return tf.matMul(inputs, this.kernel.read());
  }
  static get className() {
    return 'Dense2';
  }
}
tf.serialization.registerClass(Dense2);`,
      filename: JS_FILE,
    },
    // A tf.variable made from a fixed value that nothing assigns is a constant: the reloaded layer makes
    // the same one (the real round trip in tests/roundtrip agrees: no-untracked-state--constant-variable).
    `import * as tf from '@tensorflow/tfjs';

class Linear extends tf.layers.Layer {
  static className = 'Linear';
  units: number;
  bias!: tf.Variable;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  build(inputShape: tf.Shape) {
    this.bias = tf.variable(tf.zeros([this.units]), false);
  }
}`,
    // A cache built once from the input's shape comes out the same after reload (no-untracked-state--lazy-cache).
    `import * as tf from '@tensorflow/tfjs';

class AddPositions extends tf.layers.Layer {
  static className = 'AddPositions';
  private positions: tf.Tensor | null = null;
  call(inputs: tf.Tensor) {
    if (this.positions === null) {
      const length = inputs.shape[inputs.shape.length - 1]!;
      this.positions = tf.keep(tf.range(0, length).div(length));
    }
    return inputs.add(this.positions);
  }
}`,

    // --- issue 17: fields rebuilt on load, code that never runs, exposed children ---
    // derived in build() from the input shape, or recomputed from config, also in helpers only construction calls
    `import * as tf from '@tensorflow/tfjs';

class Attn extends tf.layers.Layer {
  static className = 'Attn';
  units: number;
  inputDim = 0;
  scale = 0;
  heads = 0;
  total = 0;
  kernel!: tf.LayerVariable;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
    this.scale = 1 / Math.sqrt(this.units);
    this.configure();
  }
  private configure() {
    this.heads += 2;
  }
  build(inputShape: tf.Shape) {
    this.inputDim = inputShape[inputShape.length - 1] as number;
    this.scale = 1 / Math.sqrt(this.units);
    this.countParams2(inputShape);
    this.kernel = this.addWeight('kernel', [this.inputDim, this.units], 'float32', tf.initializers.glorotUniform({}));
  }
  private countParams2(shape: tf.Shape) {
    this.total += (shape[1] as number) * this.units;
  }
  call(inputs: tf.Tensor) {
    return tf.mul(tf.matMul(inputs, this.kernel.read()), this.scale);
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
    // assignments in code that never runs: constant conditions, after return, a module-level constant flag
    `import * as tf from '@tensorflow/tfjs';
const DEBUG = false;

class Quiet extends tf.layers.Layer {
  static className = 'Quiet';
  calls = 0;
  noise?: tf.Tensor;
  last?: tf.Tensor;
  build() {
    if (false) this.noise = tf.randomNormal([4]);
    if (DEBUG && Math.random() > 2) this.noise = tf.randomNormal([4]);
  }
  call(inputs: tf.Tensor) {
    if (DEBUG) this.calls++;
    if (0) {
      this.calls += 1;
    } else {
      inputs = tf.relu(inputs);
    }
    const trace = DEBUG ? this.calls++ : 0;
    return inputs;
    this.calls++;
    this.last = inputs;
  }
}`,
    // a random value that is only the default of a key getConfig() saves: the reloaded layer gets the saved one
    `import * as tf from '@tensorflow/tfjs';

class Hashing extends tf.layers.Layer {
  static className = 'Hashing';
  salt: number;
  constructor(args: { salt?: number }) {
    super(args);
    this.salt = args.salt ?? Math.floor(Math.random() * 1e6);
  }
  getConfig() {
    return { ...super.getConfig(), salt: this.salt };
  }
}`,
    // a typed array made in build() and refilled from each call's data before it is read
    `import * as tf from '@tensorflow/tfjs';

class Host extends tf.layers.Layer {
  static className = 'Host';
  buf!: Float32Array;
  build(inputShape: tf.Shape) {
    this.buf = new Float32Array(inputShape[1] as number);
  }
  call(inputs: tf.Tensor) {
    const data = inputs.dataSync();
    for (let i = 0; i < data.length; i++) this.buf[i] = data[i]!;
    return tf.tensor(this.buf, inputs.shape);
  }
}`,
    // child weights pushed into the weight lists through a list field, and a getter naming every child
    `import * as tf from '@tensorflow/tfjs';

class Tower extends tf.layers.Layer {
  static className = 'Tower';
  blocks: tf.layers.Layer[] = [];
  head: tf.layers.Layer;
  constructor(args: { depth: number }) {
    super(args);
    for (let i = 0; i < args.depth; i++) this.blocks.push(tf.layers.dense({ units: 4 }));
    this.head = tf.layers.dense({ units: 1 });
  }
  get trainableWeights() {
    return [...this.blocks.flatMap((block) => block.trainableWeights), ...this.head.trainableWeights];
  }
  get nonTrainableWeights() {
    return [...this.blocks.flatMap((block) => block.nonTrainableWeights), ...this.head.nonTrainableWeights];
  }
}`,
    // a base from another module may expose the child's weights: not guessed
    `import * as tf from '@tensorflow/tfjs';
import { BaseBlock } from './base-block';

class Block extends BaseBlock {
  static className = 'Block';
  inner = tf.layers.dense({ units: 4 });
  call(inputs: tf.Tensor) {
    return this.inner.apply(inputs) as tf.Tensor;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}
tf.serialization.registerClass(Block);`,
    // a lazy build from call(): a helper a flag guards, handed shapes only (as tfjs-layers' MultiHeadAttention does)
    {
      code: `const tf = require('@tensorflow/tfjs');

class Attention extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axes = config.axes;
    this.ready = false;
  }
  setup(queryShape) {
    this.ready = true;
    if (this.axes == null) {
      this.axes = [];
      for (let i = 1; i < queryShape.length - 1; i++) this.axes.push(i);
    } else {
      this.axes = [...this.axes];
    }
    this.rank = queryShape.length;
    this.calls = 0;
    this.calls += 1;
  }
  call(query) {
    if (!this.ready) this.setup(query.shape);
    return query;
  }
  static get className() {
    return 'Attention';
  }
}`,
      filename: JS_FILE,
    },
    // a cache filled once by a helper call() uses, from the input's shape; a lazy default from the input's shape
    {
      code: `const tf = require('@tensorflow/tfjs');

class SumPool extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.cache = {};
  }
  ones(channels) {
    return this.cache.ones || (this.cache.ones = tf.keep(tf.ones([2, 2, channels, 1])));
  }
  call(inputs) {
    this.width = this.width || inputs.shape[1];
    return tf.depthwiseConv2d(inputs, this.ones(inputs.shape[3]), 1, 'same');
  }
  static get className() {
    return 'SumPool';
  }
}`,
      filename: JS_FILE,
    },
    // a mask slot filled lazily from the call's data and reset by its own name elsewhere (tfjs-layers' RNN does this with its cell)
    {
      code: `const tf = require('@tensorflow/tfjs');

class Wrap extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.cell = config.cell;
  }
  call(inputs) {
    if (this.cell.dropoutMask == null) this.cell.dropoutMask = tf.onesLike(inputs);
    return inputs;
  }
  resetStates() {
    this.cell.dropoutMask = null;
  }
  static get className() {
    return 'Wrap';
  }
}`,
      filename: JS_FILE,
    },
  ],

  invalid: [
    // --- tf.variable() on this ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Linear extends tf.layers.Layer {
  static className = 'Linear';
  units: number;
  bias!: tf.Variable;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  build(inputShape: tf.Shape) {
    this.bias = tf.variable(tf.zeros([this.units]), false);
  }
  nudge() { this.bias.assign(this.bias.add(1)); }
}`,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 'bias', layer: 'Linear', member: 'build' },
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 59,
          suggestions: [],
        },
      ],
      output: null,
    },
    // tf.randomNormal's defaults are mean 0, stddev 1; tf.initializers.randomNormal's are mean 0, stddev 0.05
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Linear extends tf.layers.Layer {
  static className = 'Linear';
  units = 8;
  kernel!: tf.Variable;
  build(inputShape: tf.Shape) {
    this.kernel = tf.variable(tf.randomNormal([inputShape[1] as number, this.units]));
  }
}`,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 'kernel', layer: 'Linear', member: 'build' },
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 86,
          suggestions: [],
        },
      ],
      output: null,
    },
    // tf.fill becomes a constant initializer; trainable by default
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Temperature extends tf.layers.Layer {
  static className = 'Temperature';
  t: tf.Variable;
  constructor(args: { init?: number }) {
    super(args);
    this.t = tf.variable(tf.fill([1], args.init ?? 1));
  }
  cool() { this.t.assign(this.t.mul(0.9)); }
}`,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 't', layer: 'Temperature', member: 'constructor' },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 55,
          suggestions: [],
        },
      ],
      output: null,
    },
    // no known initializer for the value, or created in call(): reported without a suggestion
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  table: tf.Variable;
  state?: tf.Variable;
  constructor(args: { size: number }) {
    super(args);
    this.table = tf.variable(tf.tensor1d([0.1, 0.2, 0.7]));
  }
  call(inputs: tf.Tensor) {
    this.state = tf.variable(tf.zerosLike(inputs));
    return inputs;
  }
  update(values: tf.Tensor) { this.table.assign(values); this.state!.assign(values); }
}`,
      errors: [
        { messageId: 'untrackedVariable', data: { field: 'table', layer: 'Lookup', member: 'constructor' }, line: 9, column: 18, endLine: 9, endColumn: 59 },
        { messageId: 'untrackedVariable', data: { field: 'state', layer: 'Lookup', member: 'call' }, line: 12, column: 18, endLine: 12, endColumn: 51 },
      ],
      output: null,
    },
    // named imports with initializers in scope
    {
      code: `import { layers, initializers, variable, zeros } from '@tensorflow/tfjs';

class Acc extends layers.Layer {
  static className = 'Acc';
  acc = variable(zeros([4]), false);
  add(x: any) { this.acc.assign(this.acc.add(x)); }
}`,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 'acc', layer: 'Acc', member: 'constructor' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 36,
          suggestions: [],
        },
      ],
      output: null,
    },
    // named imports without initializers (and no tf): a suggestion would need a name that is not in scope
    {
      code: `import { layers, variable, zeros } from '@tensorflow/tfjs';

class Acc extends layers.Layer {
  static className = 'Acc';
  acc = variable(zeros([4]), false);
  add(x: any) { this.acc.assign(this.acc.add(x)); }
}`,
      errors: [{ messageId: 'untrackedVariable', data: { field: 'acc', layer: 'Acc', member: 'constructor' }, line: 5, column: 9, endLine: 5, endColumn: 36 }],
      output: null,
    },
    // const {Layer} = tf.layers, a subclass of a layer of this file
    {
      code: `import * as tf from '@tensorflow/tfjs-node-gpu';
const { Layer } = tf.layers;

class Base extends Layer {
  static className = 'Base';
}
class Gated extends Base {
  static className = 'Gated';
  gate = tf.variable(tf.ones([1]));
  open() { this.gate.assign(this.gate.mul(2)); }
}`,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 'gate', layer: 'Gated', member: 'constructor' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 35,
          suggestions: [],
        },
      ],
      output: null,
    },

    // --- random tensors without a seed ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Rff extends tf.layers.Layer {
  static className = 'Rff';
  w!: tf.Tensor;
  b!: tf.Tensor;
  c!: tf.Tensor;
  build(inputShape: tf.Shape) {
    this.w = tf.randomUniform([inputShape[1] as number, 64], -1, 1);
    this.b = tf.truncatedNormal([64], 0, 0.02);
    this.c = tf.initializers.glorotNormal({}).apply([64, 64]);
  }
}`,
      errors: [
        {
          messageId: 'untrackedRandomTensor',
          data: { field: 'w', layer: 'Rff', member: 'build' },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 68,
          suggestions: [],
        },
        {
          messageId: 'untrackedRandomTensor',
          data: { field: 'b', layer: 'Rff', member: 'build' },
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 47,
          suggestions: [],
        },
        { messageId: 'untrackedRandomTensor', data: { field: 'c', layer: 'Rff', member: 'build' }, line: 11, column: 14, endLine: 11, endColumn: 62 },
      ],
      output: null,
    },
    // a random function with no matching initializer: reported without a suggestion
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Hash extends tf.layers.Layer {
  static className = 'Hash';
  planes: tf.Tensor;
  constructor(args: { bits: number; dim: number }) {
    super(args);
    this.planes = tf.randomStandardNormal([args.dim, args.bits]);
  }
}`,
      errors: [
        { messageId: 'untrackedRandomTensor', data: { field: 'planes', layer: 'Hash', member: 'constructor' }, line: 8, column: 19, endLine: 8, endColumn: 65 },
      ],
      output: null,
    },
    // a seed of `undefined` is no seed; a class field initializer runs in the constructor
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Noise extends tf.layers.Layer {
  static className = 'Noise';
  noise = tf.randomNormal([10], 0, 1, 'float32', undefined);
  seeded = tf.randomNormal([10], 0, 1, 'float32', 42);
}`,
      errors: [
        {
          messageId: 'untrackedRandomTensor',
          data: { field: 'noise', layer: 'Noise', member: 'constructor' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 60,
          suggestions: [],
        },
      ],
      output: null,
    },
    // inside tf.tidy(): the whole value is replaced
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Proj extends tf.layers.Layer {
  static className = 'Proj';
  proj!: tf.Tensor;
  build(inputShape: tf.Shape) {
    this.proj = tf.tidy(() => tf.randomNormal([inputShape[1] as number, 16], 0, 0.1));
  }
}`,
      errors: [
        {
          messageId: 'untrackedRandomTensor',
          data: { field: 'proj', layer: 'Proj', member: 'build' },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 86,
          suggestions: [],
        },
      ],
      output: null,
    },

    // --- nested layers whose weights the class never exposes ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Mlp extends tf.layers.Layer {
  static className = 'Mlp';
  hidden: tf.layers.Layer;
  drop: tf.layers.Layer;
  constructor(args: { units: number }) {
    super(args);
    this.hidden = tf.layers.dense({ units: args.units, activation: 'relu' });
    this.drop = tf.layers.dropout({ rate: 0.1 });
  }
  call(inputs: tf.Tensor) {
    return this.drop.apply(this.hidden.apply(inputs)) as tf.Tensor;
  }
}`,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'hidden', layer: 'Mlp', member: 'constructor' }, line: 9, column: 19, endLine: 9, endColumn: 77 },
      ],
      output: null,
    },
    {
      code: `import { layers } from '@tensorflow/tfjs';

export const Encoder = class extends layers.Layer {
  static className = 'Encoder';
  norm?: layers.Layer;
  build() {
    this.norm = layers.layerNormalization({ axis: -1 });
  }
};`,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'norm', layer: 'Encoder', member: 'build' }, line: 7, column: 17, endLine: 7, endColumn: 56 },
      ],
      output: null,
    },
    // tfjs-layers namespace, in build(): conv2d holds weights, spatialDropout1d does not
    {
      code: `import * as tfl from '@tensorflow/tfjs-layers';

class ConvBlock extends tfl.layers.Layer {
  static className = 'ConvBlock';
  conv?: tfl.layers.Layer;
  drop?: tfl.layers.Layer;
  build() {
    this.conv = tfl.layers.conv2d({ filters: 16, kernelSize: 3, padding: 'same' });
    this.drop = tfl.layers.spatialDropout1d({ rate: 0.2 });
  }
}`,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'conv', layer: 'ConvBlock', member: 'build' }, line: 8, column: 17, endLine: 8, endColumn: 83 },
      ],
      output: null,
    },
    // created lazily in call()
    {
      code: `import * as tf from '@tensorflow/tfjs';

class LazyProj extends tf.layers.Layer {
  static className = 'LazyProj';
  proj?: tf.layers.Layer;
  call(inputs: tf.Tensor) {
    if (!this.proj) this.proj = tf.layers.dense({ units: 4 });
    return this.proj.apply(inputs) as tf.Tensor;
  }
}`,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'proj', layer: 'LazyProj', member: 'call' }, line: 7, column: 33, endLine: 7, endColumn: 62 },
      ],
      output: null,
    },
    // a layer class of this file that creates weights
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Inner extends tf.layers.Layer {
  static className = 'Inner';
  kernel!: tf.LayerVariable;
  build() {
    this.kernel = this.addWeight('kernel', [4, 4], 'float32', tf.initializers.glorotUniform({}));
  }
}
class Outer extends tf.layers.Layer {
  static className = 'Outer';
  inner = new Inner({});
}`,
      errors: [
        {
          messageId: 'untrackedNestedLayer',
          data: { field: 'inner', layer: 'Outer', member: 'constructor' },
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 24,
        },
      ],
      output: null,
    },
    // a list of sublayers, filled in place or in one literal
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Stack extends tf.layers.Layer {
  static className = 'Stack';
  blocks: tf.layers.Layer[] = [];
  heads: tf.layers.Layer[];
  constructor(args: { depth: number }) {
    super(args);
    for (let i = 0; i < args.depth; i++) this.blocks.push(tf.layers.dense({ units: 8 }));
    this.heads = [tf.layers.dense({ units: 1 }), tf.layers.dense({ units: 1 })];
  }
}`,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'blocks', layer: 'Stack', member: 'constructor' }, line: 9, column: 59, endLine: 9, endColumn: 88 },
        {
          messageId: 'untrackedNestedLayer',
          data: { field: 'heads', layer: 'Stack', member: 'constructor' },
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 80,
        },
      ],
      output: null,
    },

    // --- fields changed after construction ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Delay extends tf.layers.Layer {
  static className = 'Delay';
  calls = 0;
  prev: tf.Tensor | null = null;
  history: tf.Tensor[] = [];
  call(inputs: tf.Tensor) {
    this.calls++;
    const out = this.prev ? tf.sub(inputs, this.prev) : inputs;
    this.prev = inputs;
    this.history.push(out);
    return out;
  }
}`,
      errors: [
        { messageId: 'stateChangedAfterConstruction', data: { field: 'calls', layer: 'Delay', member: 'call' }, line: 9, column: 5, endLine: 9, endColumn: 17 },
        {
          messageId: 'stateChangedAfterConstruction',
          data: { field: 'prev', layer: 'Delay', member: 'call' },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 23,
        },
        {
          messageId: 'stateChangedAfterConstruction',
          data: { field: 'history', layer: 'Delay', member: 'call' },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 27,
        },
      ],
      output: null,
    },
    // an accumulating update in call(), and += in another method
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Ema extends tf.layers.Layer {
  static className = 'Ema';
  runningMean: tf.Tensor;
  step = 0;
  constructor(args: { units: number }) {
    super(args);
    this.runningMean = tf.zeros([args.units]);
  }
  call(inputs: tf.Tensor) {
    const mean = tf.mean(inputs, 0);
    this.runningMean = tf.add(tf.mul(this.runningMean, 0.9), tf.mul(mean, 0.1));
    return tf.sub(inputs, this.runningMean);
  }
  advance() {
    this.step += 1;
  }
}`,
      errors: [
        {
          messageId: 'stateChangedAfterConstruction',
          data: { field: 'runningMean', layer: 'Ema', member: 'call' },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 80,
        },
        {
          messageId: 'stateChangedAfterConstruction',
          data: { field: 'step', layer: 'Ema', member: 'advance' },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 19,
        },
      ],
      output: null,
    },

    // inside a callback of call()
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Meter extends tf.layers.Layer {
  static className = 'Meter';
  total = 0;
  call(inputs: tf.Tensor) {
    return tf.tidy(() => {
      this.total += inputs.size;
      return tf.relu(inputs);
    });
  }
}`,
      errors: [
        { messageId: 'stateChangedAfterConstruction', data: { field: 'total', layer: 'Meter', member: 'call' }, line: 8, column: 7, endLine: 8, endColumn: 32 },
      ],
      output: null,
    },

    // --- JavaScript ---
    // CommonJS: through a local, a private field, a variable made in call()
    {
      code: `const tf = require('@tensorflow/tfjs-node');

class Gru extends tf.layers.Layer {
  #h;
  constructor(config) {
    super(config);
    const w = tf.variable(tf.zeros([config.units]));
    this.w = w;
    this.#h = tf.variable(tf.ones([1]), false);
  }
  call(inputs) {
    this.h2 = tf.variable(tf.zeros([2]));
    return inputs;
  }
  static get className() {
    return 'Gru';
  }
  step(x) { this.w.assign(x); this.#h.assign(x); this.h2.assign(x); }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'untrackedVariable',
          data: { field: 'w', layer: 'Gru', member: 'constructor' },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 15,
          suggestions: [],
        },
        {
          messageId: 'untrackedVariable',
          data: { field: '#h', layer: 'Gru', member: 'constructor' },
          line: 9,
          column: 15,
          endLine: 9,
          endColumn: 47,
          suggestions: [],
        },
        { messageId: 'untrackedVariable', data: { field: 'h2', layer: 'Gru', member: 'call' }, line: 12, column: 15, endLine: 12, endColumn: 41 },
      ],
      output: null,
    },
    // global tf of a <script> tag
    {
      code: `class Jitter extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.eps = tf.randomNormal([config.size], 0, 0.1);
    this.seen = 0;
  }
  call(inputs) {
    this.seen += inputs.shape[0];
    return tf.add(inputs, this.eps);
  }
}
Jitter.className = 'Jitter';
tf.serialization.registerClass(Jitter);`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'untrackedRandomTensor',
          data: { field: 'eps', layer: 'Jitter', member: 'constructor' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 54,
          suggestions: [],
        },
        { messageId: 'stateChangedAfterConstruction', data: { field: 'seen', layer: 'Jitter', member: 'call' }, line: 8, column: 5, endLine: 8, endColumn: 33 },
      ],
      output: null,
    },
    // CommonJS destructuring, a nested layer in a JavaScript class expression
    {
      code: `const { layers } = require('@tensorflow/tfjs');

module.exports.Head = class Head extends layers.Layer {
  constructor(config) {
    super(config);
    this.proj = layers.dense({ units: config.classes });
  }
  static get className() {
    return 'Head';
  }
};`,
      filename: JS_FILE,
      errors: [
        { messageId: 'untrackedNestedLayer', data: { field: 'proj', layer: 'Head', member: 'constructor' }, line: 6, column: 17, endLine: 6, endColumn: 56 },
      ],
      output: null,
    },

    // --- issue 17: state however spelled ---
    // random values drawn in build() and kept, a typed array filled with them, a helper returning a random tensor
    {
      code: `import * as tf from '@tensorflow/tfjs';

function makeProjection(n: number) {
  const p = tf.randomNormal([n, n]);
  return p;
}
class Sketch extends tf.layers.Layer {
  static className = 'Sketch';
  offset = 0;
  mask!: Float32Array;
  proj!: tf.Tensor;
  build(inputShape: tf.Shape) {
    this.offset = Math.random();
    this.mask = new Float32Array(inputShape[1] as number);
    for (let i = 0; i < this.mask.length; i++) this.mask[i] = Math.random() < 0.5 ? 0 : 1;
    this.proj = makeProjection(inputShape[1] as number);
  }
}`,
      errors: [
        { messageId: 'untrackedRandomValue', data: { field: 'offset', layer: 'Sketch', member: 'build' }, line: 13 },
        { messageId: 'untrackedRandomValue', data: { field: 'mask', layer: 'Sketch', member: 'build' }, line: 15 },
        { messageId: 'untrackedRandomTensor', data: { field: 'proj', layer: 'Sketch', member: 'build' }, line: 16 },
      ],
      output: null,
    },
    // counters and accumulations in call(), also in a helper call() uses, inside a field's contents, and spelled `x = x + 1`
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Monitor extends tf.layers.Layer {
  static className = 'Monitor';
  seen = 0;
  stats = { batches: 0 };
  sums!: Float32Array;
  hist = new Float32Array(10);
  build(inputShape: tf.Shape) {
    this.sums = new Float32Array(inputShape[1] as number);
  }
  call(inputs: tf.Tensor) {
    this.record(inputs);
    const data = inputs.dataSync();
    for (let i = 0; i < data.length; i++) this.sums[i % this.sums.length] += data[i]!;
    this.hist.set([this.hist[0]! + 1], 0);
    return inputs;
  }
  private record(x: tf.Tensor) {
    this.seen = this.seen + x.shape[0]!;
    this.stats.batches++;
  }
}`,
      errors: [
        { messageId: 'stateChangedAfterConstruction', data: { field: 'sums', layer: 'Monitor', member: 'call' }, line: 15 },
        { messageId: 'stateChangedAfterConstruction', data: { field: 'hist', layer: 'Monitor', member: 'call' }, line: 16 },
        { messageId: 'stateChangedAfterConstruction', data: { field: 'seen', layer: 'Monitor', member: 'record' }, line: 20 },
        { messageId: 'stateChangedAfterConstruction', data: { field: 'stats', layer: 'Monitor', member: 'record' }, line: 21 },
      ],
      output: null,
    },
    // getWeights()/setWeights() and a \`weights\` getter are not what model.save() reads; a getter naming one child of two
    {
      code: `import * as tf from '@tensorflow/tfjs';

class ViaGetWeights extends tf.layers.Layer {
  static className = 'ViaGetWeights';
  dense = tf.layers.dense({ units: 2 });
  getWeights() {
    return this.dense.getWeights();
  }
  setWeights(weights: tf.Tensor[]) {
    this.dense.setWeights(weights);
  }
}
class ViaWeights extends tf.layers.Layer {
  static className = 'ViaWeights';
  dense = tf.layers.dense({ units: 2 });
  get weights() {
    return this.dense.weights;
  }
}
class Partial extends tf.layers.Layer {
  static className = 'Partial';
  encoder = tf.layers.dense({ units: 2 });
  decoder = tf.layers.dense({ units: 2 });
  get trainableWeights() {
    return this.encoder.trainableWeights;
  }
}`,
      errors: [
        { messageId: 'nestedWeightsOnlyInGetWeights', data: { field: 'dense', layer: 'ViaGetWeights', member: 'constructor' }, line: 5 },
        { messageId: 'nestedWeightsOnlyInWeightsGetter', data: { field: 'dense', layer: 'ViaWeights', member: 'constructor' }, line: 15 },
        { messageId: 'untrackedNestedLayer', data: { field: 'decoder', layer: 'Partial', member: 'constructor' }, line: 23 },
      ],
      output: null,
    },
    // JavaScript as tsc emits it: the random value through a method of the class
    {
      code: `const tf = require('@tensorflow/tfjs');

class Jitter extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.amount = config.amount;
  }
  build(inputShape) {
    this.shift = this.draw(inputShape[1]);
  }
  draw(n) {
    return Array.from({ length: n }, () => Math.random() * this.amount);
  }
  static get className() {
    return 'Jitter';
  }
}
tf.serialization.registerClass(Jitter);`,
      filename: JS_FILE,
      errors: [{ messageId: 'untrackedRandomValue', data: { field: 'shift', layer: 'Jitter', member: 'build' }, line: 9 }],
      output: null,
    },
    // a running maximum written through a local alias of the field; a public tf.variable the file assigns from outside the class
    {
      code: `import * as tf from '@tensorflow/tfjs';

class RunningMax extends tf.layers.Layer {
  static className = 'RunningMax';
  private seen: Float32Array | null = null;
  build(inputShape: tf.Shape) {
    this.seen = new Float32Array(inputShape[1] as number).fill(-1e9);
  }
  call(inputs: tf.Tensor) {
    const batchMax = inputs.max(0).dataSync();
    const seen = this.seen!;
    for (let i = 0; i < seen.length; i++) seen[i] = Math.max(seen[i]!, batchMax[i]!);
    return inputs;
  }
}
class Scale extends tf.layers.Layer {
  static className = 'Scale';
  readonly scale: tf.Variable;
  constructor(args: { size: number }) {
    super(args);
    this.scale = tf.variable(tf.ones([args.size]));
  }
}
export const layer = new Scale({ size: 3 });
layer.scale.assign(tf.tensor1d([2, 3, 4]));`,
      errors: [
        { messageId: 'stateChangedAfterConstruction', data: { field: 'seen', layer: 'RunningMax', member: 'call' }, line: 12 },
        { messageId: 'untrackedVariable', data: { field: 'scale', layer: 'Scale', member: 'constructor' }, line: 21 },
      ],
      output: null,
    },
    // set once while empty, then added to on every call: the else branch accumulates
    {
      code: `const tf = require('@tensorflow/tfjs');

class Latent extends tf.layers.Layer {
  addLoss2(kl) {
    if (!this.extraLoss) this.extraLoss = tf.keep(kl);
    else this.extraLoss = tf.keep(this.extraLoss.add(kl));
  }
  call(inputs) {
    this.addLoss2(inputs.mean());
    return inputs;
  }
  static get className() {
    return 'Latent';
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'stateChangedAfterConstruction', data: { field: 'extraLoss', layer: 'Latent', member: 'addLoss2' }, line: 6 }],
      output: null,
    },
    // a permutation shuffled in place in build(): the reloaded layer shuffles another
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Permute extends tf.layers.Layer {
  static className = 'Permute';
  order: number[] = [];
  build(inputShape: tf.Shape) {
    this.order = Array.from({ length: inputShape[1] as number }, (_, i) => i);
    tf.util.shuffle(this.order);
  }
}`,
      errors: [{ messageId: 'untrackedRandomValue', data: { field: 'order', layer: 'Permute', member: 'build' }, line: 8 }],
      output: null,
    },
  ],
});

// The withdrawn addWeight suggestion stays withdrawn: on every round-trip fixture (real layers, each
// labelled by a real TF.js round trip), the real ESLint reports no-untracked-state findings with no
// fix and no suggestion.
describe('no-untracked-state offers no edit', () => {
  it('on any round-trip fixture', async () => {
    const fixturesDir = path.join(__dirname, '..', 'roundtrip', 'fixtures');
    const files = fs
      .readdirSync(fixturesDir)
      .filter((name) => /\.(ts|js)$/.test(name))
      .map((name) => path.join(fixturesDir, name));
    const eslint = new ESLint({
      cwd: path.join(__dirname, '..', '..'),
      overrideConfigFile: true,
      overrideConfig: [{ ...(plugin.configs.all as object), rules: { 'tfjs-layers/no-untracked-state': 'error' } } as never],
      ignore: false,
    });
    const results = await eslint.lintFiles(files);
    const messages = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'tfjs-layers/no-untracked-state'));
    assert.ok(messages.length >= 12, `expected the fixtures' no-untracked-state findings, got ${messages.length}`);
    for (const message of messages) {
      assert.equal(message.fix, undefined, message.message);
      assert.deepEqual(message.suggestions ?? [], [], message.message);
    }
  });
});

// With type information (the project service on this repository's tsconfig): a layer class of another
// file of the program, created with `new`, is judged by what that file shows.
const typedRuleTester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: __dirname } },
  settings: { 'tfjs-layers': { typeAware: true } },
});

typedRuleTester.run('no-untracked-state', rule, {
  valid: [
    // BatchCenter (another file) creates no weights: nesting it loses nothing
    `import * as tf from '@tensorflow/tfjs';
import { BatchCenter } from '../roundtrip/fixtures/ok--per-call-field';

class Outer extends tf.layers.Layer {
  static className = 'Outer';
  center = new BatchCenter();
}`,
  ],
  invalid: [
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { SimpleDense } from '../roundtrip/fixtures/ok--simple-dense';

class Outer extends tf.layers.Layer {
  static className = 'Outer';
  dense = new SimpleDense({ units: 2 });
}`,
      errors: [{ messageId: 'untrackedNestedLayer', data: { field: 'dense', layer: 'Outer', member: 'constructor' }, line: 6 }],
      output: null,
    },
  ],
});
