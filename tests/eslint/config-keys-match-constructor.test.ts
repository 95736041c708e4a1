// config-keys-match-constructor: tf.loadLayersModel() rebuilds a layer as `new Cls(getConfig())`,
// so a key getConfig() writes that no constructor of the chain reads is dropped on reload.
// Usually a rename left one side behind (`outputDim` in getConfig(), `units` in the constructor).
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['config-keys-match-constructor'];

ruleTester.run('config-keys-match-constructor', rule, {
  valid: [
    // The same field also goes back under the key the constructor reads: the extra key loses nothing
    // (the real round trip agrees: tests/roundtrip, config-keys-match-constructor--renamed-key after --fix).
    `import { layers } from '@tensorflow/tfjs';

class Dense2 extends layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, outputDim: this.units };
  }
}`,
    // build() sets the field from the input shape again on reload (config-keys-match-constructor--build-time-key).
    `import * as tf from '@tensorflow/tfjs';

class Project extends tf.layers.Layer {
  static className = 'Project';
  inputDim = 0;
  build(inputShape: tf.Shape) {
    this.inputDim = inputShape[inputShape.length - 1] as number;
  }
  getConfig() {
    return { ...super.getConfig(), inputDim: this.inputDim };
  }
}`,
    // --- every key is read, in each reading style ---
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  activation: string;
  constructor(args: { units: number; activation?: string }) {
    super(args);
    this.units = args.units;
    this.activation = args.activation ?? 'linear';
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, activation: this.activation };
  }
}`,
    // Destructured in the parameter list, with a default and a rest.
    `import { layers, serialization } from '@tensorflow/tfjs';

class Dense2 extends layers.Layer {
  static className = 'Dense2';
  units: number;
  useBias: boolean;
  constructor({ units, useBias = true, ...rest }: { units: number; useBias?: boolean; name?: string }) {
    super(rest);
    this.units = units;
    this.useBias = useBias;
  }
  getConfig() {
    const config = { units: this.units, useBias: this.useBias };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
serialization.registerClass(Dense2);`,
    // Destructured in the body; `'key' in args` reads too.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Pool extends tf.layers.Layer {
  constructor(config) {
    super(config);
    const { poolSize } = config;
    this.poolSize = poolSize;
    this.strides = 'strides' in config ? config.strides : poolSize;
  }
  getConfig() {
    const config = super.getConfig();
    config.poolSize = this.poolSize;
    config.strides = this.strides;
    return config;
  }
}
Pool.className = 'Pool';`,
      filename: JS_FILE,
    },
    // Global tf of a <script> tag, an alias of the config.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    const args = config || {};
    this.factor = args.factor;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { factor: this.factor });
  }
}`,
      filename: JS_FILE,
    },

    // Defaults merged over the config still answer every key of it.
    `import * as tf from '@tensorflow/tfjs';

const DEFAULTS = { units: 8, useBias: true };

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  useBias: boolean;
  constructor(args: { units?: number; useBias?: boolean }) {
    super(args);
    const options = { ...DEFAULTS, ...args };
    this.units = options.units;
    this.useBias = options.useBias;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, useBias: this.useBias };
  }
}`,
    // Every key of the config copied onto the layer.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Dense2 extends tf.layers.Layer {
  constructor(config) {
    super(config);
    Object.assign(this, { units: 8, useBias: true }, config);
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, useBias: this.useBias };
  }
}
Dense2.className = 'Dense2';`,
      filename: JS_FILE,
    },

    // --- base keys: the base Layer reads them ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args);
    this.factor = args.factor;
  }
  getConfig() {
    return {
      name: this.name,
      trainable: this.trainable,
      dtype: this.dtype,
      batchInputShape: this.batchInputShape,
      factor: this.factor,
    };
  }
}`,

    // --- keys read by a same-file ancestor's constructor ---
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature: number;
  constructor(args: { units: number; temperature?: number }) {
    super(args);
    this.temperature = args.temperature ?? 1;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, temperature: this.temperature };
  }
}`,
    // A subclass with no constructor of its own.
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}
class HardGate extends Gate {
  static className = 'HardGate';
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,

    // --- what the constructor reads cannot be known: not reported ---
    // The config goes to a helper we cannot see.
    `import * as tf from '@tensorflow/tfjs';
import { readAttentionArgs } from './args';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  constructor(args: tf.serialization.ConfigDict) {
    super(args);
    readAttentionArgs(this, args);
  }
  getConfig() {
    return { ...super.getConfig(), numHeads: 4, keyDim: 16 };
  }
}`,
    // The config is kept whole.
    `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  config: tf.serialization.ConfigDict;
  constructor(args: tf.serialization.ConfigDict) {
    super(args);
    this.config = args;
  }
  getConfig() {
    return { ...super.getConfig(), numHeads: this.config.numHeads };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  constructor(private readonly args: { numHeads: number }) {
    super(args);
  }
  getConfig() {
    return { ...super.getConfig(), numHeads: this.args.numHeads };
  }
}`,
    // A fromConfig() of its own may translate keys.
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), outputDim: this.units };
  }
  static fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    return new cls({ ...config, units: config.outputDim });
  }
}`,
    // A base from another module: what its constructor reads is unknown.
    `import * as tf from '@tensorflow/tfjs';
import { GateBase } from './gate-base';

class SoftGate extends GateBase {
  static className = 'SoftGate';
  temperature: number;
  constructor(args: { units: number; temperature: number }) {
    super(args);
    this.temperature = args.temperature;
  }
  call(inputs: tf.Tensor) {
    return tf.div(inputs, this.temperature);
  }
  getConfig() {
    return { ...super.getConfig(), units: 8, temperature: this.temperature };
  }
}
tf.serialization.registerClass(SoftGate);`,
    // RNN's constructor reads the cell's keys and more.
    `import * as tf from '@tensorflow/tfjs';

class MyRNN extends tf.layers.RNN {
  static className = 'MyRNN';
  reverseInputs: boolean;
  constructor(args: tf.serialization.ConfigDict) {
    super(args as never);
    this.reverseInputs = Boolean(args.reverseInputs);
  }
  getConfig() {
    return { ...super.getConfig(), reverseInputs: this.reverseInputs, units: 8 };
  }
}`,
    // Not a layer.
    `import * as tf from '@tensorflow/tfjs';

export class Settings {
  epochs: number;
  constructor(args: { epochs: number }) {
    this.epochs = args.epochs;
  }
  getConfig() {
    return { epochs: this.epochs, batchSize: 32 };
  }
}
export const zeros = tf.zeros([1]);`,
    // --- a key no constructor reads, whose value comes back anyway: nothing is lost ---
    // A constant, a field set to a constant in the constructor and never changed, `this.name`: the
    // rebuilt layer has the same value without the key (the real round trip is exact:
    // tests/roundtrip/fixtures/config-keys-match-constructor--extra-constant-keys.ts).
    // A field set to a constant in the constructor.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  activation: string;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
    this.activation = 'relu';
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, activation: this.activation };
  }
}`,
    },
    // No constructor at all: a field initializer.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
}`,
    },
    // A literal under a made-up key.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), init: 'zeros' };
  }
}`,
    },
    // `this.name` under a made-up key: the base Layer restores `name` itself.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    const config = super.getConfig();
    config.factor = this.factor;
    config.layerName = this.name;
    return config;
  }
}`,
      filename: JS_FILE,
    },
    // A literal in a subclass's getConfig().
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature: number;
  constructor(args: { units: number; temperature: number }) {
    super(args);
    this.temperature = args.temperature;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, temperature: this.temperature, hard: false };
  }
}`,
    },
  ],

  invalid: [
    // --- a rename left one side behind: did you mean, with a rename suggestion ---
    // The value is the field that holds `units`.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), outputDim: this.units };
  }
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'outputDim', layer: 'Dense2', expected: 'units' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'outputDim', layer: 'Dense2', expected: 'units' },
              output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // The field has another name than the key it holds.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  private readonly p: number;
  constructor(args: { rate: number }) {
    super(args);
    this.p = Math.max(0, args.rate);
  }
  getConfig() {
    return { ...super.getConfig(), dropProbability: this.p };
  }
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'dropProbability', layer: 'Dropout2', expected: 'rate' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'dropProbability', layer: 'Dropout2', expected: 'rate' },
              output: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  private readonly p: number;
  constructor(args: { rate: number }) {
    super(args);
    this.p = Math.max(0, args.rate);
  }
  getConfig() {
    return { ...super.getConfig(), rate: this.p };
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // One edit away on a short name.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), unitz: 8 };
  }
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'unitz', layer: 'Dense2', expected: 'units' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'unitz', layer: 'Dense2', expected: 'units' },
              output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: 8 };
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // Equal but for case and underscores: a Keras port's snake_case key.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Conv extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.kernelSize = config.kernelSize;
    this.filters = config.filters;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { kernel_size: 3, filters: this.filters });
  }
}
Conv.className = 'Conv';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'kernel_size', layer: 'Conv', expected: 'kernelSize' },
          line: 10,
          column: 47,
          endLine: 10,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'kernel_size', layer: 'Conv', expected: 'kernelSize' },
              output: `const tf = require('@tensorflow/tfjs');

class Conv extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.kernelSize = config.kernelSize;
    this.filters = config.filters;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { kernelSize: 3, filters: this.filters });
  }
}
Conv.className = 'Conv';`,
            },
          ],
        },
      ],
      output: null,
    },
    // Global tf, the assignment idiom: the property name is rewritten.
    {
      code: `class Sum extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
    this.keepDims = config.keepDims;
  }
  getConfig() {
    const config = super.getConfig();
    config.axis = this.axis;
    config.keepdims = this.keepDims;
    return config;
  }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'keepdims', layer: 'Sum', expected: 'keepDims' },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'keepdims', layer: 'Sum', expected: 'keepDims' },
              output: `class Sum extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
    this.keepDims = config.keepDims;
  }
  getConfig() {
    const config = super.getConfig();
    config.axis = this.axis;
    config.keepDims = this.keepDims;
    return config;
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // A quoted key stays quoted.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), "outputDim": this.units };
  }
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'outputDim', layer: 'Dense2', expected: 'units' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'outputDim', layer: 'Dense2', expected: 'units' },
              output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), "units": this.units };
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // Shorthand: renaming the key alone would break the value, so no suggestion.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  constructor(args: { axis: number }) {
    super(args);
    this.axis = args.axis;
  }
  getConfig() {
    const axes = this.axis;
    return { ...super.getConfig(), axes };
  }
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'axes', layer: 'Sum', expected: 'axis' },
          line: 12,
          column: 36,
          endLine: 12,
          endColumn: 40,
          suggestions: [],
        },
      ],
      output: null,
    },

    // --- subclasses: the chain's constructors count, the rest does not ---
    // A parent's getConfig() with a key neither constructor reads.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), size: this.units };
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
}`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'size', layer: 'Gate', expected: 'units' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'size', layer: 'Gate', expected: 'units' },
              output: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
}`,
            },
          ],
        },
      ],
      output: null,
    },
    // A renamed key next to a constant one (`center: true` loses nothing), class expression bound to a name.
    {
      code: `import * as tf from '@tensorflow/tfjs';

export const Norm = class extends tf.layers.Layer {
  static className = 'Norm';
  epsilon: number;
  constructor(args: { epsilon?: number }) {
    super(args);
    this.epsilon = args.epsilon ?? 1e-3;
  }
  getConfig() {
    return { ...super.getConfig(), eps: this.epsilon, center: true };
  }
};`,
      errors: [
        {
          messageId: 'unreadConfigKeyDidYouMean',
          data: { key: 'eps', layer: 'Norm', expected: 'epsilon' },
          line: 11,
          column: 36,
          endLine: 11,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'renameConfigKey',
              data: { key: 'eps', layer: 'Norm', expected: 'epsilon' },
              output: `import * as tf from '@tensorflow/tfjs';

export const Norm = class extends tf.layers.Layer {
  static className = 'Norm';
  epsilon: number;
  constructor(args: { epsilon?: number }) {
    super(args);
    this.epsilon = args.epsilon ?? 1e-3;
  }
  getConfig() {
    return { ...super.getConfig(), epsilon: this.epsilon, center: true };
  }
};`,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
