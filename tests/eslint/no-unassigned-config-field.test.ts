// no-unassigned-config-field: getConfig() and computeOutputShape() may only read fields the
// class (or a same-file ancestor) assigns somewhere. A field nothing assigns is saved as null
// (getConfig) or puts undefined into the symbolic shape (computeOutputShape, tfjs#8548).
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['no-unassigned-config-field'];

ruleTester.run('no-unassigned-config-field', rule, {
  valid: [
    // --- fields assigned in the constructor ---
    `import * as tf from '@tensorflow/tfjs';

interface DenseArgs {
  units: number;
  name?: string;
}

class SimpleDense extends tf.layers.Layer {
  static className = 'SimpleDense';
  private units: number;
  constructor(args: DenseArgs) {
    super(args);
    this.units = args.units;
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.units];
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor == null ? 1 : config.factor;
  }
  getConfig() {
    const config = { factor: this.factor };
    Object.assign(config, super.getConfig());
    return config;
  }
}
Scale.className = 'Scale';`,
      filename: JS_FILE,
    },
    // Assigned inside a callback of the constructor.
    `import { layers } from '@tensorflow/tfjs';

class Stack extends layers.Layer {
  static className = 'Stack';
  private depth = 0;
  private widths: number[] = [];
  constructor(args: { widths: number[] }) {
    super({});
    args.widths.forEach((width) => {
      this.widths.push(width);
      this.depth += 1;
    });
  }
  getConfig() {
    return { ...super.getConfig(), widths: this.widths, depth: this.depth };
  }
}`,

    // --- TF.js Layer's own members need no assignment ---
    `import * as tf from '@tensorflow/tfjs';

class Probe extends tf.layers.Layer {
  static className = 'Probe';
  getConfig() {
    return {
      name: this.name,
      trainable: this.trainable,
      built: this.built,
      spec: this.inputSpec,
      dtype: this.dtype,
      batchInputShape: this.batchInputShape,
      masking: this.supportsMasking,
      cls: this.getClassName(),
    };
  }
}`,

    // --- methods, getters and field initializers ---
    `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  poolSize = 2;
  strides?: number = undefined;
  get window(): number {
    return this.poolSize * 2;
  }
  activationName(): string {
    return 'relu';
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.window, this.strides ?? this.poolSize];
  }
  getConfig() {
    return { ...super.getConfig(), poolSize: this.poolSize, activation: this.activationName() };
  }
}`,

    // --- fields assigned in build() or another method ---
    `import * as tf from '@tensorflow/tfjs';

class Project extends tf.layers.Layer {
  static className = 'Project';
  private inputDim!: number;
  private kernel!: tf.LayerVariable;
  build(inputShape: tf.Shape | tf.Shape[]) {
    const shape = inputShape as tf.Shape;
    this.inputDim = shape[shape.length - 1] as number;
    this.kernel = this.addWeight('kernel', [this.inputDim, this.inputDim], 'float32', tf.initializers.glorotUniform({}));
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.inputDim, this.kernel.shape[1]];
  }
}`,
    {
      code: `const { layers } = require('@tensorflow/tfjs-node');

class Counter extends layers.Layer {
  setRate(rate) {
    this.rate = rate;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { rate: this.rate });
  }
}
Counter.className = 'Counter';`,
      filename: JS_FILE,
    },
    // A setter assigns the field behind it.
    `import * as tf from '@tensorflow/tfjs';

class Gain extends tf.layers.Layer {
  static className = 'Gain';
  private _gain!: number;
  set gain(value: number) {
    this._gain = value;
  }
  getConfig() {
    return { ...super.getConfig(), gain: this._gain };
  }
}`,

    // --- TS parameter properties and declared fields that are assigned ---
    `import * as tf from '@tensorflow/tfjs';

interface ClipArgs {
  min: number;
  max: number;
}

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  constructor(private readonly args: ClipArgs) {
    super(args);
  }
  getConfig() {
    return { ...super.getConfig(), min: this.args.min, max: this.args.max };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Widen extends tf.layers.Layer {
  static className = 'Widen';
  units!: number;
  declare factor: number;
  constructor(args: { units: number; factor: number }) {
    super(args);
    this.units = args.units;
    this.factor = args.factor;
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.units * this.factor];
  }
}`,
    // ECMAScript private fields.
    `import * as tf from '@tensorflow/tfjs';

class Shift extends tf.layers.Layer {
  static className = 'Shift';
  #offset: number;
  constructor(args: { offset: number }) {
    super(args);
    this.#offset = args.offset;
  }
  getConfig() {
    return { ...super.getConfig(), offset: this.#offset };
  }
}`,

    // --- ancestors in the same file ---
    `import * as tf from '@tensorflow/tfjs';

abstract class BaseProjection extends tf.layers.Layer {
  protected units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}

class Projection extends BaseProjection {
  static className = 'Projection';
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.units];
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,

    // --- fields the code does not name ---
    {
      code: `const tf = require('@tensorflow/tfjs');

class Bag extends tf.layers.Layer {
  constructor(args) {
    super(args);
    Object.assign(this, args);
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, rate: this.rate };
  }
}
Bag.className = 'Bag';`,
      filename: JS_FILE,
    },
    // Destructuring assignments still assign the fields.
    `import * as tf from '@tensorflow/tfjs';

class Pool2D extends tf.layers.Layer {
  static className = 'Pool2D';
  private poolHeight: number;
  private poolWidth: number;
  constructor(args: { poolSize: [number, number] }) {
    super(args);
    [this.poolHeight, this.poolWidth] = args.poolSize;
  }
  getConfig() {
    return { ...super.getConfig(), poolSize: [this.poolHeight, this.poolWidth] };
  }
}`,

    // --- bases whose members are unknown ---
    `import * as tf from '@tensorflow/tfjs';
import { BaseDense } from './base-dense';

export class GatedDense extends BaseDense {
  static className = 'GatedDense';
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class PeepholeRNN extends tf.layers.RNN {
  static className = 'PeepholeRNN';
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return this.returnSequences ? inputShape : [inputShape[0], this.cell.stateSize as number];
  }
}`,

    // --- not a layer ---
    `import * as tf from '@tensorflow/tfjs';

class Options {
  getConfig() {
    return { units: this.units };
  }
}
export const options = new Options();
export const ones = tf.ones([2]);`,
  ],

  invalid: [
    // --- getConfig() reads a field nothing assigns ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class SumLayer extends tf.layers.Layer {
  static className = 'SumLayer';
  private axis: number;
  constructor(args: { axis: number; keepDims?: boolean }) {
    super(args);
    this.axis = args.axis;
  }
  getConfig() {
    return { ...super.getConfig(), axis: this.axis, keepDims: this.keepDims };
  }
}`,
      errors: [{ messageId: 'unassignedInGetConfig', data: { field: 'keepDims', layer: 'SumLayer' }, line: 11, column: 63, endLine: 11, endColumn: 76 }],
      output: null,
    },
    // Typo: did you mean.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class SimpleDense extends tf.layers.Layer {
  static className = 'SimpleDense';
  private units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.unitz };
  }
}`,
      errors: [
        {
          messageId: 'unassignedInGetConfigDidYouMean',
          data: { field: 'unitz', layer: 'SimpleDense', similar: 'units' },
          line: 11,
          column: 43,
          endLine: 11,
          endColumn: 53,
        },
      ],
      output: null,
    },
    // Same words, other spelling: kernel_size vs kernelSize.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Conv extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.kernelSize = config.kernelSize;
  }
  getConfig() {
    const config = super.getConfig();
    config.kernelSize = this.kernel_size;
    return config;
  }
}
Conv.className = 'Conv';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'unassignedInGetConfigDidYouMean',
          data: { field: 'kernel_size', layer: 'Conv', similar: 'kernelSize' },
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 41,
        },
      ],
      output: null,
    },
    // A bare declaration is not an assignment.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  vocabSize!: number;
  getConfig() {
    return { ...super.getConfig(), vocabSize: this.vocabSize };
  }
}`,
      errors: [{ messageId: 'unassignedInGetConfig', data: { field: 'vocabSize', layer: 'Embed' }, line: 7, column: 47, endLine: 7, endColumn: 61 }],
      output: null,
    },
    // A local variable or a static field is not the instance field.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Dropout2 extends layers.Layer {
  static className = 'Dropout2';
  static rate = 0.5;
  constructor(args: { rate?: number; seed?: number }) {
    super(args);
    const seed = args.seed ?? 42;
    console.log(seed);
  }
  getConfig() {
    return { ...super.getConfig(), rate: this.rate, seed: this.seed };
  }
}`,
      errors: [
        { messageId: 'unassignedInGetConfig', data: { field: 'rate', layer: 'Dropout2' }, line: 12, column: 42, endLine: 12, endColumn: 51 },
        { messageId: 'unassignedInGetConfig', data: { field: 'seed', layer: 'Dropout2' }, line: 12, column: 59, endLine: 12, endColumn: 68 },
      ],
      output: null,
    },
    // Global tf of a <script> tag, several fields, reported once each.
    {
      code: `class Norm extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
  }
  getConfig() {
    return Object.assign({ axis: this.axis, epsilon: this.epsilon, center: this.center, eps: this.epsilon }, super.getConfig());
  }
}
Norm.className = 'Norm';
tf.serialization.registerClass(Norm);`,
      filename: JS_FILE,
      errors: [
        { messageId: 'unassignedInGetConfig', data: { field: 'epsilon', layer: 'Norm' }, line: 7, column: 54, endLine: 7, endColumn: 66 },
        { messageId: 'unassignedInGetConfig', data: { field: 'center', layer: 'Norm' }, line: 7, column: 76, endLine: 7, endColumn: 87 },
      ],
      output: null,
    },

    // --- computeOutputShape() reads a field nothing assigns (tfjs#8548) ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  private numHeads: number;
  constructor(args: { numHeads: number }) {
    super(args);
    this.numHeads = args.numHeads;
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], inputShape[1], this.dModel];
  }
  getConfig() {
    return { ...super.getConfig(), numHeads: this.numHeads };
  }
}`,
      errors: [
        { messageId: 'unassignedInComputeOutputShape', data: { field: 'dModel', layer: 'Attention' }, line: 11, column: 43, endLine: 11, endColumn: 54 },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;

class Tile extends Layer {
  static className = 'Tile';
  private outputDims: number;
  constructor(args: { outputDims: number }) {
    super(args);
    this.outputDims = args.outputDims;
  }
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.outputDim];
  }
}`,
      errors: [
        {
          messageId: 'unassignedInComputeOutputShapeDidYouMean',
          data: { field: 'outputDim', layer: 'Tile', similar: 'outputDims' },
          line: 12,
          column: 28,
          endLine: 12,
          endColumn: 42,
        },
      ],
      output: null,
    },
    // Read twice in one method: one report; read in both methods: one report per method.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Conv1x1 extends tf.layers.Layer {
  static className = 'Conv1x1';
  computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return this.filters > 0 ? [inputShape[0], this.filters] : inputShape;
  }
  getConfig() {
    return { ...super.getConfig(), filters: this.filters };
  }
}`,
      errors: [
        { messageId: 'unassignedInComputeOutputShape', data: { field: 'filters', layer: 'Conv1x1' }, line: 6, column: 12, endLine: 6, endColumn: 24 },
        { messageId: 'unassignedInGetConfig', data: { field: 'filters', layer: 'Conv1x1' }, line: 9, column: 45, endLine: 9, endColumn: 57 },
      ],
      output: null,
    },

    // --- subclasses, class expressions, factories ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Projection extends tf.layers.Layer {
  static className = 'Projection';
  protected units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}

class DropProjection extends Projection {
  static className = 'DropProjection';
  getConfig() {
    return { ...super.getConfig(), units: this.units, dropoutRate: this.dropoutRate };
  }
}`,
      errors: [
        { messageId: 'unassignedInGetConfig', data: { field: 'dropoutRate', layer: 'DropProjection' }, line: 15, column: 68, endLine: 15, endColumn: 84 },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

export const Gate = class extends tf.layers.Layer {
  static className = 'Gate';
  getConfig() {
    return { ...super.getConfig(), bias: this['bias'] };
  }
};`,
      errors: [{ messageId: 'unassignedInGetConfig', data: { field: 'bias', layer: 'Gate' }, line: 6, column: 42, endLine: 6, endColumn: 54 }],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

export function makeRepeat(times: number) {
  class Repeat extends tf.layers.Layer {
    static className = 'Repeat';
    computeOutputShape(inputShape: tf.Shape): tf.Shape {
      return [inputShape[0], this.times, ...inputShape.slice(1)];
    }
  }
  return Repeat;
}`,
      errors: [{ messageId: 'unassignedInComputeOutputShape', data: { field: 'times', layer: 'Repeat' }, line: 7, column: 30, endLine: 7, endColumn: 40 }],
      output: null,
    },
    // An anonymous default export is named "this layer".
    {
      code: `import * as tf from '@tensorflow/tfjs';

export default class extends tf.layers.Layer {
  static className = 'Anonymous';
  getConfig() {
    return { ...super.getConfig(), size: this.size };
  }
}`,
      errors: [{ messageId: 'unassignedInGetConfig', data: { field: 'size', layer: 'this layer' }, line: 6, column: 42, endLine: 6, endColumn: 51 }],
      output: null,
    },
  ],
});
