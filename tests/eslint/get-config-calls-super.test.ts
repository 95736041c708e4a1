// get-config-calls-super: getConfig() must merge super.getConfig() into what it returns.
// The base config carries `name`, `trainable`, `dtype` and `batchInputShape`; without `name`
// the reloaded layer gets a fresh one and its weights (loaded by name) no longer match:
// "Provided weight data has no target variable".
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['get-config-calls-super'];

ruleTester.run('get-config-calls-super', rule, {
  valid: [
    // --- the TF.js idioms ---
    // As TF.js's own layers write it.
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
  getConfig(): tf.serialization.ConfigDict {
    const config = { units: this.units };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
tf.serialization.registerClass(Dense2);`,
    `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args);
    this.factor = args.factor;
  }
  getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
}
serialization.registerClass(Scale);`,
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    return Object.assign(super.getConfig(), { factor: this.factor });
  }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },
    // Global tf of a <script> tag; the base config is the object that gets the keys.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    const config = super.getConfig();
    config.factor = this.factor;
    return config;
  }
}`,
      filename: JS_FILE,
    },
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return Object.assign({}, super.getConfig(), { factor: this.factor });
  }
}`,
    // The base config kept in a local and spread later.
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    const base = super.getConfig() as tf.serialization.ConfigDict;
    return { ...base, factor: this.factor };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), factor: this.factor } as tf.serialization.ConfigDict;
  }
}`,

    // --- something we cannot read is merged: it may carry the base keys ---
    `import * as tf from '@tensorflow/tfjs';

class Wrapper extends tf.layers.Layer {
  static className = 'Wrapper';
  config: tf.serialization.ConfigDict;
  constructor(args: tf.serialization.ConfigDict) {
    super(args);
    this.config = args;
  }
  getConfig() {
    return { ...this.config };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Wrapper extends tf.layers.Layer {
  static className = 'Wrapper';
  config: tf.serialization.ConfigDict;
  constructor(args: tf.serialization.ConfigDict) {
    super(args);
    this.config = args;
  }
  getConfig() {
    return this.config;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';
import { baseLayerConfig } from './config-utils';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { ...baseLayerConfig(this), factor: this.factor };
  }
}`,
    // The helper's result kept in a local first.
    `import * as tf from '@tensorflow/tfjs';
import { baseLayerConfig } from './config-utils';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    const base = baseLayerConfig(this);
    return { ...base, factor: this.factor };
  }
}`,

    // --- subclasses, RNN, factories, class expressions ---
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  bias = 0;
  getConfig() {
    return { ...super.getConfig(), bias: this.bias };
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature = 1;
  getConfig() {
    return { ...super.getConfig(), temperature: this.temperature };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class MyRNN extends tf.layers.RNN {
  static className = 'MyRNN';
  reverse = false;
  getConfig() {
    return { ...super.getConfig(), reverse: this.reverse };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  return class Scale extends tf.layers.Layer {
    static className = 'Scale';
    getConfig() {
      return { ...super.getConfig(), factor };
    }
  };
}`,

    // --- nothing to check ---
    // No getConfig() of its own: the base one returns the base keys.
    `import * as tf from '@tensorflow/tfjs';

class Identity extends tf.layers.Layer {
  static className = 'Identity';
  call(inputs: tf.Tensor) {
    return inputs;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

abstract class ConfigurableLayer extends tf.layers.Layer {
  abstract getConfig(): tf.serialization.ConfigDict;
}`,
    // Not layers: a plain class, and a class on a non-TF.js Layer.
    `import * as tf from '@tensorflow/tfjs';

export class TrainingSettings {
  epochs = 10;
  getConfig() {
    return { epochs: this.epochs };
  }
}
export const model = tf.sequential();`,
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';

export class HeatmapLayer extends Layer {
  palette = 'viridis';
  draw(values: tf.Tensor2D) {
    return values.arraySync();
  }
  getConfig() {
    return { palette: this.palette };
  }
}`,
  ],

  invalid: [
    // --- no super.getConfig(): fix inserts it first in the returned literal ---
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
    return { units: this.units };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dense2' }, line: 10, column: 3, endLine: 10, endColumn: 12 }],
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
    // Multi-line literal: the spread gets its own line.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units = 4;
  useBias = true;
  getConfig() {
    return {
      units: this.units,
      useBias: this.useBias,
    };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dense2' }, line: 7, column: 3, endLine: 7, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units = 4;
  useBias = true;
  getConfig() {
    return {
      ...super.getConfig(),
      units: this.units,
      useBias: this.useBias,
    };
  }
}`,
    },
    // The docs-example shape with a type cast.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  override getConfig(): tf.serialization.ConfigDict {
    return { factor: this.factor } as tf.serialization.ConfigDict;
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Scale' }, line: 6, column: 12, endLine: 6, endColumn: 21 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), factor: this.factor } as tf.serialization.ConfigDict;
  }
}`,
    },
    // A nested {className, config} value is not the returned literal.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units = 4;
  getConfig() {
    return { units: this.units, kernelInitializer: { className: 'Zeros', config: {} } };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dense2' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units = 4;
  getConfig() {
    return { ...super.getConfig(), units: this.units, kernelInitializer: { className: 'Zeros', config: {} } };
  }
}`,
    },
    // Object.assign of literals: the base goes into the literal holding the keys.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return Object.assign({}, { factor: this.factor });
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return Object.assign({}, { ...super.getConfig(), factor: this.factor });
  }
}`,
    },

    // --- a returned local initialised with a literal ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  seed = 1;
  getConfig() {
    const config = { rate: this.rate, seed: this.seed };
    return config;
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dropout2' }, line: 7, column: 3, endLine: 7, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  seed = 1;
  getConfig() {
    const config = { ...super.getConfig(), rate: this.rate, seed: this.seed };
    return config;
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  seed = 1;
  getConfig() {
    const config: tf.serialization.ConfigDict = {
      rate: this.rate,
    };
    config.seed = this.seed;
    return config;
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dropout2' }, line: 7, column: 3, endLine: 7, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  seed = 1;
  getConfig() {
    const config: tf.serialization.ConfigDict = {
      ...super.getConfig(),
      rate: this.rate,
    };
    config.seed = this.seed;
    return config;
  }
}`,
    },
    // Empty literal filled by assignments.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  getConfig() {
    const config: tf.serialization.ConfigDict = {};
    config.rate = this.rate;
    return config;
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Dropout2' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Dropout2 extends tf.layers.Layer {
  static className = 'Dropout2';
  rate = 0.5;
  getConfig() {
    const config: tf.serialization.ConfigDict = { ...super.getConfig() };
    config.rate = this.rate;
    return config;
  }
}`,
    },

    // --- the other import styles ---
    {
      code: `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { factor: this.factor };
  }
}
serialization.registerClass(Scale);`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
}
serialization.registerClass(Scale);`,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
  }
  getConfig() {
    return { axis: this.axis };
  }
}
Antirectifier.className = 'Antirectifier';`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Antirectifier' }, line: 8, column: 3, endLine: 8, endColumn: 12 }],
      output: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
  }
  getConfig() {
    return { ...super.getConfig(), axis: this.axis };
  }
}
Antirectifier.className = 'Antirectifier';`,
    },
    // Global tf of a <script> tag.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    return {factor: this.factor};
  }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    return {...super.getConfig(), factor: this.factor};
  }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);`,
    },

    // --- subclasses, RNN, class expressions ---
    // A subclass that drops super.getConfig() loses its parent's keys too.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  bias = 0;
  getConfig() {
    return { ...super.getConfig(), bias: this.bias };
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature = 1;
  getConfig() {
    return { temperature: this.temperature };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'SoftGate' }, line: 13, column: 3, endLine: 13, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  bias = 0;
  getConfig() {
    return { ...super.getConfig(), bias: this.bias };
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature = 1;
  getConfig() {
    return { ...super.getConfig(), temperature: this.temperature };
  }
}`,
    },
    // RNN's own config (cell, returnSequences, ...) is lost as well.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class MyRNN extends tf.layers.RNN {
  static className = 'MyRNN';
  reverse = false;
  getConfig() {
    return { reverse: this.reverse };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'MyRNN' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class MyRNN extends tf.layers.RNN {
  static className = 'MyRNN';
  reverse = false;
  getConfig() {
    return { ...super.getConfig(), reverse: this.reverse };
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

export const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { factor: this.factor };
  }
};`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

export const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
};`,
    },

    // --- unusual shapes: reported, no fix ---
    // Two returns: which one to edit is not clear.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  poolSize = 2;
  strides: number | null = null;
  getConfig() {
    if (this.strides === null) return { poolSize: this.poolSize };
    return { poolSize: this.poolSize, strides: this.strides };
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Pool' }, line: 7, column: 3, endLine: 7, endColumn: 12 }],
      output: null,
    },
    // The returned local is assigned after its declaration.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  poolSize = 2;
  getConfig() {
    let config;
    config = { poolSize: this.poolSize };
    return config;
  }
}`,
      errors: [{ messageId: 'missingSuperGetConfig', data: { layer: 'Pool' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: null,
    },

    // --- super.getConfig() called, result dropped ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    super.getConfig();
    return { factor: this.factor };
  }
}`,
      errors: [{ messageId: 'superGetConfigDiscarded', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = { factor: this.factor };
    return config;
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'superGetConfigDiscarded', data: { layer: 'Scale' }, line: 8, column: 3, endLine: 8, endColumn: 12 }],
      output: null,
    },

    // --- getConfig() returns nothing ---
    // The config is built and never returned (xuannianz/EfficientDet#27).
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    const config = { ...super.getConfig(), factor: this.factor };
  }
}`,
      errors: [{ messageId: 'missingReturn', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: null,
    },
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  factor = 2;
  getConfig() {
    Object.assign(super.getConfig(), { factor: this.factor });
  }
}`,
      errors: [{ messageId: 'missingReturn', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: null,
    },
    // A return inside a callback is not getConfig()'s own.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factors = config.factors;
  }
  getConfig() {
    const config = super.getConfig();
    this.factors.forEach((factor, i) => {
      config['factor' + i] = factor;
      return config;
    });
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingReturn', data: { layer: 'Scale' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
      output: null,
    },
  ],
});
