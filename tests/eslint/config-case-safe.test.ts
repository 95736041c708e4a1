// config-case-safe: model.save() snake_cases config keys and string values and
// tf.loadLayersModel() camelCases them back (src/core/tfjs-case.ts, checked against TF.js 4.22).
// Only `name` and `className` are exempt; whatever else the round trip changes reaches the
// constructor changed, with no error.
import { rules } from '../../src/eslint/rules';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['config-case-safe'];

ruleTester.run('config-case-safe', rule, {
  valid: [
    // --- lowerCamelCase keys and values survive ---
    `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  getConfig() {
    return {
      ...super.getConfig(),
      poolSize: [2, 2],
      dataFormat: 'channelsLast',
      mode: 'fooBar',
      separator: 'a-b',
      version: 'v1.2',
      activation: 'relu',
      padding: 'same',
      units2d: 4,
      kernelSize3: 3,
      url: 'https://example.com/a',
      empty: '',
    };
  }
}`,
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.mode = config.mode || 'sum';
  }
  getConfig() {
    const config = { mode: this.mode, axis: -1 };
    Object.assign(config, super.getConfig());
    return config;
  }
}
Scale.className = 'Scale';`,
      filename: JS_FILE,
    },
    // Fields declared with a union of lowerCamelCase literals.
    `import { layers } from '@tensorflow/tfjs';

type DataFormat = 'channelsFirst' | 'channelsLast';

class Conv extends layers.Layer {
  static className = 'Conv';
  private dataFormat: 'channelsFirst' | 'channelsLast';
  private padding: ('valid' | 'same') = 'valid';
  constructor(args: { dataFormat?: DataFormat }) {
    super(args);
    this.dataFormat = args.dataFormat ?? 'channelsLast';
  }
  getConfig() {
    return { ...super.getConfig(), dataFormat: this.dataFormat, padding: this.padding };
  }
}`,

    // --- exempt keys: TF.js keeps a \`name\` string both ways and a \`className\` string on save ---
    `import * as tf from '@tensorflow/tfjs';

class Block extends tf.layers.Layer {
  static className = 'Block';
  getConfig() {
    return { ...super.getConfig(), name: 'Encoder_Block_1', className: 'MyBlock' };
  }
}`,

    // --- values that are not string literals are not guessed ---
    `import * as tf from '@tensorflow/tfjs';

class Tag extends tf.layers.Layer {
  static className = 'Tag';
  private label: string;
  constructor(args: { label: string }) {
    super(args);
    this.label = args.label;
  }
  getConfig() {
    return { ...super.getConfig(), label: this.label, count: 3, enabled: true };
  }
}`,
    // Strings that never reach the config.
    `import * as tf from '@tensorflow/tfjs';

class Log extends tf.layers.Layer {
  static className = 'Log';
  private tag = 'DEBUG_LOG';
  call(inputs: tf.Tensor) {
    console.log(this.tag, 'NHWC');
    return inputs;
  }
  getConfig() {
    return { ...super.getConfig(), level: 'debug' };
  }
}`,

    {
      code: `class Cast extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.target = config.target || 'float32';
  }
  getConfig() {
    return Object.assign({ name: this.name, target: this.target, suffix: \`\${this.target}Copy\` }, super.getConfig());
  }
}
Cast.className = 'Cast';
tf.serialization.registerClass(Cast);`,
      filename: JS_FILE,
    },

    // --- not a layer ---
    `import * as tf from '@tensorflow/tfjs';

class Settings {
  getConfig() {
    return { kernel_size: 3, format: 'NHWC' };
  }
}
export const settings = new Settings();
export const zero = tf.scalar(0);`,

    // --- issue 17: the constructor restores the case itself; aliases and enums of lowerCamelCase values ---
    `import * as tf from '@tensorflow/tfjs';

type Merge = 'sum' | 'concat';
enum Reduction {
  Mean = 'mean',
  Max = 'max',
}
class Pool extends tf.layers.Layer {
  static className = 'Pool';
  mode: 'MAX' | 'AVG';
  merge: Merge;
  reduction: Reduction;
  constructor(args: { mode?: string; merge?: Merge; reduction?: Reduction }) {
    super(args);
    this.mode = (args.mode ?? 'MAX').toUpperCase() as 'MAX' | 'AVG';
    this.merge = args.merge ?? 'sum';
    this.reduction = args.reduction ?? Reduction.Mean;
  }
  getConfig() {
    return { ...super.getConfig(), mode: this.mode, merge: this.merge, reduction: this.reduction };
  }
}`,
  ],

  invalid: [
    // --- keys the round trip changes ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Normalize extends tf.layers.Layer {
  static className = 'Normalize';
  getConfig() {
    return { ...super.getConfig(), meanRGB: [0.485, 0.456, 0.406] };
  }
}`,
      errors: [
        {
          messageId: 'keyChanges',
          data: { key: 'meanRGB', layer: 'Normalize', saved: 'mean_rgb', reloaded: 'meanRgb' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 43,
        },
      ],
      output: null,
    },
    // Keras-style snake_case, a leading capital, a digit before a capital, a leading underscore.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Conv extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.kernelSize = config.kernel_size;
  }
  getConfig() {
    return Object.assign(super.getConfig(), {
      kernel_size: this.kernelSize,
      HParam: 1,
      units2D: 8,
      _scale: 2,
    });
  }
}
Conv.className = 'Conv';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'keyChanges',
          data: { key: 'kernel_size', layer: 'Conv', saved: 'kernel_size', reloaded: 'kernelSize' },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 18,
        },
        {
          messageId: 'keyChanges',
          data: { key: 'HParam', layer: 'Conv', saved: 'h_param', reloaded: 'hParam' },
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 13,
        },
        {
          messageId: 'keyChanges',
          data: { key: 'units2D', layer: 'Conv', saved: 'units2d', reloaded: 'units2d' },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 14,
        },
        {
          messageId: 'keyChanges',
          data: { key: '_scale', layer: 'Conv', saved: 'private_scale', reloaded: 'privateScale' },
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 13,
        },
      ],
      output: null,
    },
    // Quoted keys and keys assigned onto the config object.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Crop extends layers.Layer {
  static className = 'Crop';
  getConfig() {
    const config = super.getConfig();
    config.cropHW = [2, 2];
    return { ...config, 'crop_mode': 'center' };
  }
}`,
      errors: [
        {
          messageId: 'keyChanges',
          data: { key: 'cropHW', layer: 'Crop', saved: 'crop_hw', reloaded: 'cropHw' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 18,
        },
        {
          messageId: 'keyChanges',
          data: { key: 'crop_mode', layer: 'Crop', saved: 'crop_mode', reloaded: 'cropMode' },
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: null,
    },

    // --- string values written in getConfig() ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  private useMax = true;
  getConfig() {
    return {
      ...super.getConfig(),
      dataFormat: 'NHWC',
      mode: this.useMax ? 'MAX' : 'avg',
      merge: \`foo_bar\`,
      prefix: '_x',
      norm: 'L2',
    };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'dataFormat', layer: 'Pool', value: 'NHWC', saved: 'nhwc', reloaded: 'nhwc' },
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 25,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'mode', layer: 'Pool', value: 'MAX', saved: 'max', reloaded: 'max' },
          line: 10,
          column: 27,
          endLine: 10,
          endColumn: 32,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'merge', layer: 'Pool', value: 'foo_bar', saved: 'foo_bar', reloaded: 'fooBar' },
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 23,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'prefix', layer: 'Pool', value: '_x', saved: 'private_x', reloaded: 'privateX' },
          line: 12,
          column: 15,
          endLine: 12,
          endColumn: 19,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'norm', layer: 'Pool', value: 'L2', saved: 'l2', reloaded: 'l2' },
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 17,
        },
      ],
      output: null,
    },
    // Key and value both change: the key first.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  getConfig() {
    return { ...super.getConfig(), pool_mode: 'HelloWorld' };
  }
}`,
      errors: [
        {
          messageId: 'keyChanges',
          data: { key: 'pool_mode', layer: 'Pool', saved: 'pool_mode', reloaded: 'poolMode' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 45,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'pool_mode', layer: 'Pool', value: 'HelloWorld', saved: 'hello_world', reloaded: 'helloWorld' },
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 59,
        },
      ],
      output: null,
    },
    // Only the `name` key keeps its string: another key holding a layer name does not.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Tied extends tf.layers.Layer {
  static className = 'Tied';
  getConfig() {
    return { ...super.getConfig(), tiedTo: 'Encoder_Dense' };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'tiedTo', layer: 'Tied', value: 'Encoder_Dense', saved: 'encoder__dense', reloaded: 'encoderDense' },
          line: 6,
          column: 44,
          endLine: 6,
          endColumn: 59,
        },
      ],
      output: null,
    },

    // --- arrays of strings ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Classify extends tf.layers.Layer {
  static className = 'Classify';
  getConfig() {
    return { ...super.getConfig(), labels: ['cat', 'Dog', 'hot_dog'] };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'labels', layer: 'Classify', value: 'Dog', saved: 'dog', reloaded: 'dog' },
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 57,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'labels', layer: 'Classify', value: 'hot_dog', saved: 'hot_dog', reloaded: 'hotDog' },
          line: 6,
          column: 59,
          endLine: 6,
          endColumn: 68,
        },
      ],
      output: null,
    },

    // --- literals the class stores in the returned field: reported where they are written ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Conv extends tf.layers.Layer {
  static className = 'Conv';
  private format: string;
  constructor(args: { format?: string }) {
    super(args);
    this.format = args.format ?? 'NHWC';
  }
  getConfig() {
    return { ...super.getConfig(), format: this.format };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'format', layer: 'Conv', value: 'NHWC', saved: 'nhwc', reloaded: 'nhwc' },
          line: 8,
          column: 34,
          endLine: 8,
          endColumn: 40,
        },
      ],
      output: null,
    },
    {
      code: `const { layers } = require('@tensorflow/tfjs-node');

class Resize extends layers.Layer {
  constructor(config) {
    super(config);
    this.interpolation = config.interpolation || 'BILINEAR';
    this.vocab = ['<pad>', 'Hello'];
  }
  getConfig() {
    return Object.assign(super.getConfig(), { interpolation: this.interpolation, vocab: this.vocab });
  }
}
Resize.className = 'Resize';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'interpolation', layer: 'Resize', value: 'BILINEAR', saved: 'bilinear', reloaded: 'bilinear' },
          line: 6,
          column: 50,
          endLine: 6,
          endColumn: 60,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'vocab', layer: 'Resize', value: 'Hello', saved: 'hello', reloaded: 'hello' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 35,
        },
      ],
      output: null,
    },
    // Set by a same-file ancestor.
    {
      code: `class Base extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.reduction = 'SUM_OVER_BATCH';
  }
}
class Loss extends Base {
  getConfig() {
    return Object.assign({ reduction: this.reduction }, super.getConfig());
  }
}
Loss.className = 'Loss';
tf.serialization.registerClass(Loss);`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'reduction', layer: 'Loss', value: 'SUM_OVER_BATCH', saved: 'sum_over_batch', reloaded: 'sumOverBatch' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 38,
        },
      ],
      output: null,
    },

    // --- the string literal union a TS field is declared with ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Conv extends tf.layers.Layer {
  static className = 'Conv';
  private format: 'NHWC' | 'NCHW' | 'channelsLast';
  constructor(args: { format: 'NHWC' | 'NCHW' | 'channelsLast' }) {
    super(args);
    this.format = args.format;
  }
  getConfig() {
    return { ...super.getConfig(), format: this.format };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'format', layer: 'Conv', value: 'NHWC', saved: 'nhwc', reloaded: 'nhwc' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 25,
        },
        {
          messageId: 'stringValueChanges',
          data: { key: 'format', layer: 'Conv', value: 'NCHW', saved: 'nchw', reloaded: 'nchw' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 34,
        },
      ],
      output: null,
    },

    // The \`className\` key is only kept on save: the load camelCases its string (TF.js 4.22 at runtime: 'My_Block' reloads as 'MyBlock').
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Wrap extends tf.layers.Layer {
  static className = 'Wrap';
  getConfig() {
    return { ...super.getConfig(), className: 'My_Block' };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'className', layer: 'Wrap', value: 'My_Block', saved: 'My_Block', reloaded: 'MyBlock' },
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 57,
        },
      ],
      output: null,
    },

    // --- strings nested in a plain object of the config go through the same conversion ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Pool extends tf.layers.Layer {
  static className = 'Pool';
  getConfig() {
    return { ...super.getConfig(), pooling: { mode: 'MAX', size: 2 } };
  }
}`,
      errors: [{ messageId: 'stringValueChanges', line: 6, column: 53, endLine: 6, endColumn: 58 }],
      output: null,
    },

    // --- issue 17: values known only from types, aliases, enums, constants and the config's declared type ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

type Format = 'NHWC' | 'channelsLast';
enum PoolMode {
  Max = 'MAX',
  Mean = 'mean',
}
const DEFAULT_NORM = 'L2';
interface HeadArgs {
  activation: 'ReLU' | 'gelu';
  name?: string;
}
class Head extends tf.layers.Layer {
  static className = 'Head';
  format: Format;
  pool: PoolMode;
  norm: string;
  activation: string;
  constructor(args: HeadArgs & { format?: Format; pool?: PoolMode; norm?: string }) {
    super(args);
    this.format = args.format ?? 'channelsLast';
    this.pool = args.pool ?? PoolMode.Mean;
    this.norm = args.norm ?? DEFAULT_NORM;
    this.activation = args.activation;
  }
  getConfig() {
    return { ...super.getConfig(), format: this.format, pool: this.pool, norm: this.norm, activation: this.activation };
  }
}`,
      errors: [
        { messageId: 'stringValueChanges', data: { key: 'format', layer: 'Head', value: 'NHWC', saved: 'nhwc', reloaded: 'nhwc' }, line: 3 },
        { messageId: 'stringValueChanges', data: { key: 'pool', layer: 'Head', value: 'MAX', saved: 'max', reloaded: 'max' }, line: 5 },
        { messageId: 'stringValueChanges', data: { key: 'norm', layer: 'Head', value: 'L2', saved: 'l2', reloaded: 'l2' }, line: 8 },
        { messageId: 'stringValueChanges', data: { key: 'activation', layer: 'Head', value: 'ReLU', saved: 're_lu', reloaded: 'reLu' }, line: 10 },
      ],
      output: null,
    },
    // an enum member and a module constant written in getConfig() itself, through a local
    {
      code: `import * as tf from '@tensorflow/tfjs';

enum Side {
  Left = 'LEFT',
}
const PADDING = 'SAME';
class Pad extends tf.layers.Layer {
  static className = 'Pad';
  getConfig() {
    const side = Side.Left;
    return { ...super.getConfig(), side, padding: PADDING };
  }
}`,
      errors: [
        { messageId: 'stringValueChanges', data: { key: 'side', layer: 'Pad', value: 'LEFT', saved: 'left', reloaded: 'left' }, line: 4 },
        { messageId: 'stringValueChanges', data: { key: 'padding', layer: 'Pad', value: 'SAME', saved: 'same', reloaded: 'same' }, line: 6 },
      ],
      output: null,
    },
  ],
});

// With type information (the project service on this repository's tsconfig): strings known only from
// the types of another package, reported at the value.
const typedRuleTester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: __dirname } },
  settings: { 'tfjs-layers': { typeAware: true } },
});

typedRuleTester.run('config-case-safe', rule, {
  valid: [
    // TF.js's own identifier types: which member a layer uses is not known (Rank's 'R1' would change)
    `import * as tf from '@tensorflow/tfjs';

class Ranked extends tf.layers.Layer {
  static className = 'Ranked';
  rank: tf.Rank.R1 | tf.Rank.R2;
  constructor(args: { rank: tf.Rank.R1 | tf.Rank.R2 }) {
    super(args);
    this.rank = args.rank;
  }
  getConfig() {
    return { ...super.getConfig(), rank: this.rank };
  }
}`,
    // TF.js's DataType members are lowerCamelCase words: they survive
    `import * as tf from '@tensorflow/tfjs';

class Cast extends tf.layers.Layer {
  static className = 'Cast';
  target: tf.DataType;
  constructor(args: { target: tf.DataType }) {
    super(args);
    this.target = args.target;
  }
  getConfig() {
    return { ...super.getConfig(), target: this.target };
  }
}`,
  ],
  invalid: [
    // members of another package's string enum (typescript-eslint's AST node types), each reported at the value
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

class NodeFilter extends tf.layers.Layer {
  static className = 'NodeFilter';
  kind: AST_NODE_TYPES.Identifier | AST_NODE_TYPES.Literal;
  constructor(args: { kind: AST_NODE_TYPES.Identifier | AST_NODE_TYPES.Literal }) {
    super(args);
    this.kind = args.kind;
  }
  getConfig() {
    return { ...super.getConfig(), kind: this.kind };
  }
}`,
      errors: [
        {
          messageId: 'stringValueChanges',
          data: { key: 'kind', layer: 'NodeFilter', value: 'Identifier', saved: 'identifier', reloaded: 'identifier' },
          line: 12,
        },
        { messageId: 'stringValueChanges', data: { key: 'kind', layer: 'NodeFilter', value: 'Literal', saved: 'literal', reloaded: 'literal' }, line: 12 },
      ],
      output: null,
    },
  ],
});
