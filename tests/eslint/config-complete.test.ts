// config-complete: tf.loadLayersModel() rebuilds a layer as `new Cls(getConfig())`, so every
// key the constructor reads from its config has to come back out of getConfig() under the same key.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['config-complete'];

ruleTester.run('config-complete', rule, {
  valid: [
    // A base from another module may return the key through super.getConfig(): not guessed (the rule
    // once assumed such a base returns only Layer's keys, and was wrong on TF.js's own GPT2Preprocessor).
    `import * as tf from '@tensorflow/tfjs';
import { BaseBlock } from './base-block';

class ResBlock extends BaseBlock {
  static className = 'ResBlock';
  filters: number;
  constructor(args: { filters: number }) {
    super(args);
    this.filters = args.filters;
  }
  call(inputs: tf.Tensor) {
    return tf.relu(inputs);
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
    // --- complete getConfig() in each idiom ---
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  useBias: boolean;
  constructor(args: { units: number; useBias?: boolean }) {
    super(args);
    this.units = args.units;
    this.useBias = args.useBias ?? true;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units, useBias: this.useBias };
  }
}
tf.serialization.registerClass(Dense2);`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args);
    this.factor = args.factor;
  }
  getConfig() {
    const config = { factor: this.factor };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(args: { axis: number; keepDims: boolean }) {
    super(args);
    this.axis = args.axis;
    this.keepDims = args.keepDims;
  }
  getConfig() {
    const config = super.getConfig();
    config.axis = this.axis;
    config.keepDims = this.keepDims;
    return config;
  }
}`,
    // the key is emitted from a field named differently than the key
    `import * as tf from '@tensorflow/tfjs';

class Proj extends tf.layers.Layer {
  static className = 'Proj';
  private units_: number;
  constructor(config: { units: number }) {
    super(config);
    this.units_ = config.units;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { units: this.units_ });
  }
}`,

    // --- keys the base Layer handles, and the loader's customObjects ---
    `import * as tf from '@tensorflow/tfjs';

class Passthrough extends tf.layers.Layer {
  static className = 'Passthrough';
  constructor(args: { name?: string; trainable?: boolean; inputShape?: number[]; batchSize?: number; dtype?: string; customObjects?: object }) {
    super(args);
    if (args.inputShape && args.batchSize) console.log(args.name, args.trainable, args.dtype);
    if (args.customObjects) console.log('reloaded');
  }
}`,

    // --- the whole config kept and returned ---
    `import * as tf from '@tensorflow/tfjs';

class Attn extends tf.layers.Layer {
  static className = 'Attn';
  config: { numHeads: number; keyDim: number };
  constructor(args: { numHeads: number; keyDim: number }) {
    super(args);
    this.config = args;
    console.log(args.numHeads * args.keyDim);
  }
  getConfig() {
    return { ...super.getConfig(), ...this.config };
  }
}`,

    // a TypeScript parameter property keeps the whole config
    `import * as tf from '@tensorflow/tfjs';

class Attn extends tf.layers.Layer {
  static className = 'Attn';
  constructor(private readonly config: { numHeads: number; keyDim: number }) {
    super(config);
  }
  getConfig() {
    return { ...super.getConfig(), ...this.config };
  }
}`,

    // --- input-shape fields, weights and base members are not config ---
    `import * as tf from '@tensorflow/tfjs';

class Linear extends tf.layers.Layer {
  static className = 'Linear';
  units: number;
  inputDim!: number;
  kernel!: tf.LayerVariable;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
    this.supportsMasking = true;
    this.inputSpec = [{ minNDim: 2 }];
  }
  build(inputShape: tf.Shape) {
    this.inputDim = inputShape[inputShape.length - 1] as number;
    this.kernel = this.addWeight('kernel', [this.inputDim, this.units], 'float32', tf.initializers.glorotUniform({}));
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,

    // --- getConfig() merges something this file cannot read ---
    `import * as tf from '@tensorflow/tfjs';
import { serializeOptions } from './options';

class Tokenize extends tf.layers.Layer {
  static className = 'Tokenize';
  maxLen: number;
  constructor(args: { maxLen: number }) {
    super(args);
    this.maxLen = args.maxLen;
  }
  getConfig() {
    return { ...super.getConfig(), ...serializeOptions(this) };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

const RATE_KEY = 'rate';
class Noise extends tf.layers.Layer {
  static className = 'Noise';
  rate: number;
  constructor(args: { rate: number }) {
    super(args);
    this.rate = args.rate;
  }
  getConfig() {
    return { ...super.getConfig(), [RATE_KEY]: this.rate };
  }
}`,

    // --- a base from another module: without a getConfig of its own, the inherited one may emit the key ---
    `import * as tf from '@tensorflow/tfjs';
import { BaseBlock } from './base-block';

class ResBlock extends BaseBlock {
  static className = 'ResBlock';
  constructor(args: { filters: number }) {
    super(args);
    this.filters = args.filters;
  }
  call(inputs: tf.Tensor) {
    return tf.relu(inputs);
  }
  build(inputShape: tf.Shape) {
    super.build(inputShape);
  }
}
tf.serialization.registerClass(ResBlock);`,

    // --- subclass in the same file: the parent's getConfig() emits the key, merged via super.getConfig() ---
    `import * as tf from '@tensorflow/tfjs';

class Base extends tf.layers.Layer {
  static className = 'Base';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}
class Wide extends Base {
  static className = 'Wide';
  half: number;
  rate: number;
  constructor(args: { units: number; rate: number }) {
    super(args);
    this.half = args.units / 2;
    this.rate = args.rate;
  }
  getConfig() {
    return { ...super.getConfig(), rate: this.rate };
  }
}
class Narrow extends Base {
  static className = 'Narrow';
  constructor(args: { units: number }) {
    super({ ...args, units: Math.min(args.units, 8) });
  }
}`,

    // --- a class named Layer from another library is not a TF.js layer ---
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';

class Overlay extends Layer {
  opacity: number;
  constructor(config: { opacity: number }) {
    super(config);
    this.opacity = config.opacity;
  }
  predict(model: tf.LayersModel, x: tf.Tensor) {
    return model.predict(x);
  }
}`,
    `import { Layer } from 'leaflet';
import * as tf from '@tensorflow/tfjs';

export class HeatLayer extends Layer {
  constructor(options) {
    super(options);
    this.radius = options.radius;
  }
  getConfig() {
    return { model: tf.version };
  }
}`,
    // ... also when it looks like a layer (call + getConfig) in a file that uses TF.js
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'keras-js';

export class Dense extends Layer {
  constructor(attrs) {
    super(attrs);
    this.units = attrs.units;
  }
  call(x) {
    return tf.tensor(x);
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      filename: JS_FILE,
    },

    // --- getConfig as an arrow-function class field that emits the key ---
    `import * as tf from '@tensorflow/tfjs';

class Pick extends tf.layers.Layer {
  static className = 'Pick';
  index: number;
  constructor(args: { index: number }) {
    super(args);
    this.index = args.index;
  }
  getConfig = () => ({ ...super.getConfig(), index: this.index });
}`,

    // --- other import styles, JavaScript ---
    {
      code: `const tf = require('@tensorflow/tfjs-node');

class Gate extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.threshold = config.threshold || 0.5;
  }
  getConfig() {
    const config = { threshold: this.threshold };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  static get className() {
    return 'Gate';
  }
}
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
    },
    {
      code: `class Shift extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.offset = config.offset;
  }
  getConfig() {
    return Object.assign({}, super.getConfig(), { offset: this.offset });
  }
}
Shift.className = 'Shift';
tf.serialization.registerClass(Shift);`,
      filename: JS_FILE,
    },
    // 'center' in args is read and emitted
    {
      code: `import * as tf from '@tensorflow/tfjs';

export class Norm extends tf.layers.Layer {
  static className = 'Norm';
  constructor(args) {
    super(args);
    this.center = 'center' in args ? args.center : true;
  }
  getConfig() {
    return { ...super.getConfig(), center: this.center };
  }
}`,
      filename: JS_FILE,
    },
  ],

  invalid: [
    // --- spread idiom: return {...super.getConfig(), ...} ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

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
    return { ...super.getConfig(), units: this.units };
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'activation', layer: 'Dense2', field: 'activation' }, line: 10, column: 23, endLine: 10, endColumn: 38 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

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
    },
    // multi-line literal with a trailing comma: the new entry goes on its own line, with its own comma
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  useBias: boolean;
  constructor(args: { units: number; useBias?: boolean }) {
    super(args);
    this.units = args.units;
    this.useBias = !!args.useBias;
  }
  getConfig() {
    return {
      ...super.getConfig(),
      units: this.units,
    };
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'useBias', layer: 'Dense2', field: 'useBias' }, line: 10, column: 22, endLine: 10, endColumn: 34 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  useBias: boolean;
  constructor(args: { units: number; useBias?: boolean }) {
    super(args);
    this.units = args.units;
    this.useBias = !!args.useBias;
  }
  getConfig() {
    return {
      ...super.getConfig(),
      units: this.units,
      useBias: this.useBias,
    };
  }
}`,
    },
    // two missing keys in one literal: one fix per pass, both land
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(args: { axis: number; keepDims: boolean }) {
    super(args);
    this.axis = args.axis;
    this.keepDims = args.keepDims;
  }
  getConfig() {
    return {
      ...super.getConfig()
    };
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'axis', layer: 'Sum', field: 'axis' }, line: 9, column: 17, endLine: 9, endColumn: 26 },
        { messageId: 'missingConfigKey', data: { key: 'keepDims', layer: 'Sum', field: 'keepDims' }, line: 10, column: 21, endLine: 10, endColumn: 34 },
      ],
      output: [
        `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(args: { axis: number; keepDims: boolean }) {
    super(args);
    this.axis = args.axis;
    this.keepDims = args.keepDims;
  }
  getConfig() {
    return {
      ...super.getConfig(),
      axis: this.axis
    };
  }
}`,
        `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(args: { axis: number; keepDims: boolean }) {
    super(args);
    this.axis = args.axis;
    this.keepDims = args.keepDims;
  }
  getConfig() {
    return {
      ...super.getConfig(),
      axis: this.axis,
      keepDims: this.keepDims
    };
  }
}`,
      ],
    },

    // --- TF.js's own idiom: const config = {...}; Object.assign(config, baseConfig); return config ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  minValue: number;
  maxValue: number;
  constructor(args: { minValue: number; maxValue: number }) {
    super(args);
    this.minValue = args.minValue;
    this.maxValue = args.maxValue;
  }
  getConfig() {
    const config = {
      minValue: this.minValue,
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'maxValue', layer: 'Clip', field: 'maxValue' }, line: 10, column: 21, endLine: 10, endColumn: 34 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Clip extends tf.layers.Layer {
  static className = 'Clip';
  minValue: number;
  maxValue: number;
  constructor(args: { minValue: number; maxValue: number }) {
    super(args);
    this.minValue = args.minValue;
    this.maxValue = args.maxValue;
  }
  getConfig() {
    const config = {
      minValue: this.minValue,
      maxValue: this.maxValue,
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}`,
    },

    // --- Object.assign(super.getConfig(), {...}) and Object.assign({}, super.getConfig(), {...}) ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(config: { axis?: number; keepDims?: boolean }) {
    super(config);
    this.axis = config.axis == null ? -1 : config.axis;
    this.keepDims = config.keepDims || false;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { axis: this.axis });
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'keepDims', layer: 'Sum', field: 'keepDims' }, line: 10, column: 21, endLine: 10, endColumn: 36 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(config: { axis?: number; keepDims?: boolean }) {
    super(config);
    this.axis = config.axis == null ? -1 : config.axis;
    this.keepDims = config.keepDims || false;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { axis: this.axis, keepDims: this.keepDims });
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(config: { axis?: number; keepDims?: boolean }) {
    super(config);
    this.axis = config.axis == null ? -1 : config.axis;
    this.keepDims = config.keepDims || false;
  }
  getConfig() {
    return Object.assign({}, super.getConfig(), { keepDims: this.keepDims });
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'axis', layer: 'Sum', field: 'axis' }, line: 9, column: 17, endLine: 9, endColumn: 28 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Sum extends tf.layers.Layer {
  static className = 'Sum';
  axis: number;
  keepDims: boolean;
  constructor(config: { axis?: number; keepDims?: boolean }) {
    super(config);
    this.axis = config.axis == null ? -1 : config.axis;
    this.keepDims = config.keepDims || false;
  }
  getConfig() {
    return Object.assign({}, super.getConfig(), { keepDims: this.keepDims, axis: this.axis });
  }
}`,
    },

    // --- const config = super.getConfig(); config.key = ...; return config ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate: number;
  noiseShape?: number[];
  constructor(args: { rate: number; noiseShape?: number[] }) {
    super(args);
    this.rate = Math.max(Math.min(args.rate, 1), 0);
    this.noiseShape = args.noiseShape;
  }
  getConfig() {
    const config = super.getConfig();
    config.noiseShape = this.noiseShape;
    return config;
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'rate', layer: 'Dropout2', field: 'rate' }, line: 9, column: 35, endLine: 9, endColumn: 44 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate: number;
  noiseShape?: number[];
  constructor(args: { rate: number; noiseShape?: number[] }) {
    super(args);
    this.rate = Math.max(Math.min(args.rate, 1), 0);
    this.noiseShape = args.noiseShape;
  }
  getConfig() {
    const config = super.getConfig();
    config.noiseShape = this.noiseShape;
    config.rate = this.rate;
    return config;
  }
}`,
    },

    // --- destructuring with defaults, in a local and in the parameter list ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Conv extends tf.layers.Layer {
  static className = 'Conv';
  filters: number;
  strides: number;
  constructor(args: { filters: number; strides?: number }) {
    super(args);
    const { filters, strides = 1 } = args;
    this.filters = filters;
    this.strides = strides;
  }
  getConfig() {
    return { ...super.getConfig(), filters: this.filters };
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'strides', layer: 'Conv', field: 'strides' }, line: 9, column: 22, endLine: 9, endColumn: 33 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Conv extends tf.layers.Layer {
  static className = 'Conv';
  filters: number;
  strides: number;
  constructor(args: { filters: number; strides?: number }) {
    super(args);
    const { filters, strides = 1 } = args;
    this.filters = filters;
    this.strides = strides;
  }
  getConfig() {
    return { ...super.getConfig(), filters: this.filters, strides: this.strides };
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Smooth extends tf.layers.Layer {
  static className = 'Smooth';
  epsilon: number;
  constructor({ epsilon = 1e-3, ...rest }: { epsilon?: number; name?: string }) {
    super(rest);
    this.epsilon = epsilon;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'epsilon', layer: 'Smooth', field: 'epsilon' }, line: 6, column: 17, endLine: 6, endColumn: 31 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Smooth extends tf.layers.Layer {
  static className = 'Smooth';
  epsilon: number;
  constructor({ epsilon = 1e-3, ...rest }: { epsilon?: number; name?: string }) {
    super(rest);
    this.epsilon = epsilon;
  }
  getConfig() {
    return { ...super.getConfig(), epsilon: this.epsilon };
  }
}`,
    },

    // --- idempotent clamps and copies through a local ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Patches extends tf.layers.Layer {
  static className = 'Patches';
  patchSize: number;
  targetShape: number[];
  constructor(args: { patchSize: number; targetShape: number[] }) {
    super(args);
    const size = Math.floor(args.patchSize);
    this.patchSize = size;
    this.targetShape = args.targetShape.slice();
  }
  getConfig() {
    return { ...super.getConfig(), patchSize: this.patchSize };
  }
}`,
      errors: [
        {
          messageId: 'missingConfigKey',
          data: { key: 'targetShape', layer: 'Patches', field: 'targetShape' },
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 40,
        },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Patches extends tf.layers.Layer {
  static className = 'Patches';
  patchSize: number;
  targetShape: number[];
  constructor(args: { patchSize: number; targetShape: number[] }) {
    super(args);
    const size = Math.floor(args.patchSize);
    this.patchSize = size;
    this.targetShape = args.targetShape.slice();
  }
  getConfig() {
    return { ...super.getConfig(), patchSize: this.patchSize, targetShape: this.targetShape };
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Patches extends tf.layers.Layer {
  static className = 'Patches';
  patchSize: number;
  constructor(args: { patchSize: number }) {
    super(args);
    const size = Math.floor(args.patchSize);
    this.patchSize = size;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'patchSize', layer: 'Patches', field: 'patchSize' }, line: 8, column: 29, endLine: 8, endColumn: 43 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Patches extends tf.layers.Layer {
  static className = 'Patches';
  patchSize: number;
  constructor(args: { patchSize: number }) {
    super(args);
    const size = Math.floor(args.patchSize);
    this.patchSize = size;
  }
  getConfig() {
    return { ...super.getConfig(), patchSize: this.patchSize };
  }
}`,
    },
    // the field name differs from the key: the fix emits the key the constructor reads
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Proj extends tf.layers.Layer {
  static className = 'Proj';
  private units_: number;
  constructor(config: { units: number }) {
    super(config);
    this.units_ = config.units;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'units', layer: 'Proj', field: 'units_' }, line: 8, column: 19, endLine: 8, endColumn: 31 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Proj extends tf.layers.Layer {
  static className = 'Proj';
  private units_: number;
  constructor(config: { units: number }) {
    super(config);
    this.units_ = config.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units_ };
  }
}`,
    },

    // --- derived field: reported, with no edit ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Split extends tf.layers.Layer {
  static className = 'Split';
  half: number;
  constructor(args: { units: number }) {
    super(args);
    this.half = args.units / 2;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [
        {
          messageId: 'missingConfigKeyDerived',
          data: { key: 'units', layer: 'Split', field: 'half' },
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 27,
          // A value computed from the key is never offered: it would be saved in place of the input.
          suggestions: [],
        },
      ],
      output: null,
    },
    // an exact copy wins over a derived one
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Split extends tf.layers.Layer {
  static className = 'Split';
  half: number;
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.half = args.units / 2;
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'units', layer: 'Split', field: 'units' }, line: 9, column: 17, endLine: 9, endColumn: 27 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Split extends tf.layers.Layer {
  static className = 'Split';
  half: number;
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.half = args.units / 2;
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
    },

    // --- no field holds the value: report without a fix ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Block extends tf.layers.Layer {
  static className = 'Block';
  act: tf.layers.Layer;
  units: number;
  constructor(args: { units: number; activation: string }) {
    super(args);
    this.units = args.units;
    this.act = tf.layers.activation({ activation: args.activation });
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
      errors: [
        { messageId: 'missingConfigKeyNotStored', data: { key: 'activation', layer: 'Block', field: '' }, line: 10, column: 51, endLine: 10, endColumn: 66 },
      ],
      output: null,
    },
    // an optional activation layer built from the key: the field holds a layer, not the key's value
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Block extends tf.layers.Layer {
  static className = 'Block';
  act: tf.layers.Layer | null;
  units: number;
  constructor(args: { units: number; activation?: string }) {
    super(args);
    this.units = args.units;
    this.act = args.activation ? tf.layers.activation({ activation: args.activation }) : null;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}`,
      errors: [
        { messageId: 'missingConfigKeyNotStored', data: { key: 'activation', layer: 'Block', field: '' }, line: 10, column: 16, endLine: 10, endColumn: 31 },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Frozen extends tf.layers.Layer {
  static className = 'Frozen';
  constructor(args: { freeze?: boolean }) {
    super(args);
    if ('freeze' in args) this.trainable = false;
  }
  getConfig() {
    return super.getConfig();
  }
}`,
      errors: [{ messageId: 'missingConfigKeyNotStored', data: { key: 'freeze', layer: 'Frozen', field: '' }, line: 7, column: 9, endLine: 7, endColumn: 17 }],
      output: null,
    },

    // --- no getConfig() at all: one fix adds it with every safe key, after the constructor ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  numHeads: number;
  dropout: number;
  scale: number;
  constructor(args: { numHeads: number; dropout?: number; keyDim: number }) {
    super(args);
    this.numHeads = args.numHeads;
    this.dropout = args.dropout ?? 0;
    this.scale = 1 / Math.sqrt(args.keyDim);
  }

  call(inputs: tf.Tensor) {
    return tf.mul(inputs, this.scale);
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'numHeads', layer: 'Attention', field: 'numHeads' }, line: 10, column: 21, endLine: 10, endColumn: 34 },
        { messageId: 'missingConfigKey', data: { key: 'dropout', layer: 'Attention', field: 'dropout' }, line: 11, column: 20, endLine: 11, endColumn: 32 },
        {
          messageId: 'missingConfigKeyDerived',
          data: { key: 'keyDim', layer: 'Attention', field: 'scale' },
          line: 12,
          column: 32,
          endLine: 12,
          endColumn: 43,
          // A value computed from the key is never offered: it would be saved in place of the input.
          suggestions: [],
        },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
  numHeads: number;
  dropout: number;
  scale: number;
  constructor(args: { numHeads: number; dropout?: number; keyDim: number }) {
    super(args);
    this.numHeads = args.numHeads;
    this.dropout = args.dropout ?? 0;
    this.scale = 1 / Math.sqrt(args.keyDim);
  }

  getConfig() {
    return {
      ...super.getConfig(),
      numHeads: this.numHeads,
      dropout: this.dropout,
    };
  }

  call(inputs: tf.Tensor) {
    return tf.mul(inputs, this.scale);
  }
}`,
    },
    // another layer of the file uses Object.assign: the new getConfig() follows it (and its return type, and override)
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args);
    this.factor = args.factor;
  }
  override getConfig(): tf.serialization.ConfigDict {
    const config = { factor: this.factor };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}

class Shift extends tf.layers.Layer {
  static className = 'Shift';
  offset: number;
  constructor(args: { offset: number }) {
    super(args);
    this.offset = args.offset;
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'offset', layer: 'Shift', field: 'offset' }, line: 23, column: 19, endLine: 23, endColumn: 30 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args);
    this.factor = args.factor;
  }
  override getConfig(): tf.serialization.ConfigDict {
    const config = { factor: this.factor };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}

class Shift extends tf.layers.Layer {
  static className = 'Shift';
  offset: number;
  constructor(args: { offset: number }) {
    super(args);
    this.offset = args.offset;
  }

  override getConfig(): tf.serialization.ConfigDict {
    const config = {
      offset: this.offset,
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}`,
    },

    // --- other import styles ---
    // import {layers} and layers.Layer
    {
      code: `import { layers, serialization } from '@tensorflow/tfjs';

export class Gain extends layers.Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}
serialization.registerClass(Gain);`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'gain', layer: 'Gain', field: 'gain' }, line: 8, column: 17, endLine: 8, endColumn: 26 }],
      output: `import { layers, serialization } from '@tensorflow/tfjs';

export class Gain extends layers.Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig(), gain: this.gain };
  }
}
serialization.registerClass(Gain);`,
    },
    // const {Layer} = tf.layers, tfjs-node
    {
      code: `import * as tf from '@tensorflow/tfjs-node';
const { Layer } = tf.layers;

class Gain extends Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'gain', layer: 'Gain', field: 'gain' }, line: 9, column: 17, endLine: 9, endColumn: 26 }],
      output: `import * as tf from '@tensorflow/tfjs-node';
const { Layer } = tf.layers;

class Gain extends Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig(), gain: this.gain };
  }
}`,
    },
    // class expression
    {
      code: `import * as tf from '@tensorflow/tfjs-layers';

export const Gain = class extends tf.layers.Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
};`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'gain', layer: 'Gain', field: 'gain' }, line: 8, column: 17, endLine: 8, endColumn: 26 }],
      output: `import * as tf from '@tensorflow/tfjs-layers';

export const Gain = class extends tf.layers.Layer {
  static className = 'Gain';
  gain: number;
  constructor(args: { gain: number }) {
    super(args);
    this.gain = args.gain;
  }
  getConfig() {
    return { ...super.getConfig(), gain: this.gain };
  }
};`,
    },
    // a subclass in the same file: its parent's getConfig() does not emit the key the subclass reads
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Base extends tf.layers.Layer {
  static className = 'Base';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}
class Gated extends Base {
  static className = 'Gated';
  gateBias: number;
  constructor(args: { units: number; gateBias: number }) {
    super(args);
    this.gateBias = args.gateBias;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'gateBias', layer: 'Gated', field: 'gateBias' }, line: 19, column: 21, endLine: 19, endColumn: 34 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Base extends tf.layers.Layer {
  static className = 'Base';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig() {
    return { ...super.getConfig(), units: this.units };
  }
}
class Gated extends Base {
  static className = 'Gated';
  gateBias: number;
  constructor(args: { units: number; gateBias: number }) {
    super(args);
    this.gateBias = args.gateBias;
  }
  getConfig() {
    return { ...super.getConfig(), gateBias: this.gateBias };
  }
}`,
    },
    // a subclass without getConfig(): the added one merges the parent's, and follows the file's `override` and return type
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Base extends tf.layers.Layer {
  static className = 'Base';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units };
  }
}
class Noisy extends Base {
  static className = 'Noisy';
  stddev: number;
  constructor(args: { units: number; stddev: number }) {
    super(args);
    this.stddev = args.stddev;
  }
  override call(inputs: tf.Tensor | tf.Tensor[]) {
    return tf.add(inputs as tf.Tensor, this.stddev);
  }
}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'stddev', layer: 'Noisy', field: 'stddev' }, line: 19, column: 19, endLine: 19, endColumn: 30 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Base extends tf.layers.Layer {
  static className = 'Base';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units };
  }
}
class Noisy extends Base {
  static className = 'Noisy';
  stddev: number;
  constructor(args: { units: number; stddev: number }) {
    super(args);
    this.stddev = args.stddev;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      stddev: this.stddev,
    };
  }
  override call(inputs: tf.Tensor | tf.Tensor[]) {
    return tf.add(inputs as tf.Tensor, this.stddev);
  }
}`,
    },
    // a base from another module, the class registered with its own getConfig(): judged by what it writes

    // --- JavaScript ---
    // CommonJS require, TF.js's idiom, no trailing comma
    {
      code: `const tf = require('@tensorflow/tfjs-node-gpu');

class Gate extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.threshold = config.threshold || 0.5;
    this.hard = Boolean(config.hard);
  }
  getConfig() {
    const config = {
      threshold: this.threshold
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  static get className() {
    return 'Gate';
  }
}
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'hard', layer: 'Gate', field: 'hard' }, line: 7, column: 25, endLine: 7, endColumn: 36 }],
      output: `const tf = require('@tensorflow/tfjs-node-gpu');

class Gate extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.threshold = config.threshold || 0.5;
    this.hard = Boolean(config.hard);
  }
  getConfig() {
    const config = {
      threshold: this.threshold,
      hard: this.hard
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  static get className() {
    return 'Gate';
  }
}
tf.serialization.registerClass(Gate);`,
    },
    // global tf of a <script> tag, no getConfig(): the added one has no TypeScript annotations
    {
      code: `class Shift extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.offset = config.offset;
  }

  call(inputs) {
    return tf.add(inputs, this.offset);
  }
}
Shift.className = 'Shift';
tf.serialization.registerClass(Shift);`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'offset', layer: 'Shift', field: 'offset' }, line: 4, column: 19, endLine: 4, endColumn: 32 }],
      output: `class Shift extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.offset = config.offset;
  }

  getConfig() {
    return {
      ...super.getConfig(),
      offset: this.offset,
    };
  }

  call(inputs) {
    return tf.add(inputs, this.offset);
  }
}
Shift.className = 'Shift';
tf.serialization.registerClass(Shift);`,
    },
    // 'k' in args, and a private field
    {
      code: `import * as tf from '@tensorflow/tfjs';

export class Norm extends tf.layers.Layer {
  static className = 'Norm';
  #center;
  constructor(args) {
    super(args);
    this.#center = 'center' in args ? args.center : true;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'center', layer: 'Norm', field: '#center' }, line: 8, column: 20, endLine: 8, endColumn: 28 }],
      output: `import * as tf from '@tensorflow/tfjs';

export class Norm extends tf.layers.Layer {
  static className = 'Norm';
  #center;
  constructor(args) {
    super(args);
    this.#center = 'center' in args ? args.center : true;
  }
  getConfig() {
    return { ...super.getConfig(), center: this.#center };
  }
}`,
    },
    // destructuring in the parameter list, no getConfig(), 4-space indentation
    {
      code: `const { layers } = require('@tensorflow/tfjs');

class Pool extends layers.Layer {
    constructor({ poolSize = 2, padding = 'valid', ...rest } = {}) {
        super(rest);
        this.poolSize = poolSize;
        this.padding = padding;
    }
}
Pool.className = 'Pool';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'poolSize', layer: 'Pool', field: 'poolSize' }, line: 4, column: 19, endLine: 4, endColumn: 31 },
        { messageId: 'missingConfigKey', data: { key: 'padding', layer: 'Pool', field: 'padding' }, line: 4, column: 33, endLine: 4, endColumn: 50 },
      ],
      output: `const { layers } = require('@tensorflow/tfjs');

class Pool extends layers.Layer {
    constructor({ poolSize = 2, padding = 'valid', ...rest } = {}) {
        super(rest);
        this.poolSize = poolSize;
        this.padding = padding;
    }

    getConfig() {
        return {
            ...super.getConfig(),
            poolSize: this.poolSize,
            padding: this.padding,
        };
    }
}
Pool.className = 'Pool';`,
    },
  ],
});
