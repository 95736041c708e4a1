// unique-class-name: registerClass() files a class under its static className and a later
// registration with the same name silently replaces the earlier one, built-in layers included.
// Saved models name layers only by that string.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['unique-class-name'];

ruleTester.run('unique-class-name', rule, {
  valid: [
    // A function at the top of the file that makes and registers its layers, called once when the module
    // loads (its parameter shadows `tf`): one class is ever registered under the name
    // (tests/roundtrip/fixtures/wild--mixin-shadowed-tf.js).
    {
      filename: JS_FILE,
      code: `const tfjs = require('@tensorflow/tfjs');
function defineLayers(tf) {
  class Softplus2 extends tf.layers.Layer {
    static get className() {
      return 'Softplus2';
    }
  }
  tf.serialization.registerClass(Softplus2);
  return { Softplus2 };
}
const { Softplus2 } = defineLayers(tfjs);
module.exports = { Softplus2 };`,
    },
    // --- distinct names ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(Shift);`,
    {
      code: `const { layers, serialization } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {}
Scale.className = 'Scale';
class Shift extends layers.Layer {}
Shift.className = 'Shift';
serialization.registerClass(Scale);
serialization.registerClass(Shift);`,
      filename: JS_FILE,
    },
    // A subclass with its own name.
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  static override className = 'SoftGate';
}`,
    // Names are case-sensitive.
    `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
}
class LowerAttention extends tf.layers.Layer {
  static className = 'attention';
}`,

    // --- near a built-in, but another string ---
    `import * as tf from '@tensorflow/tfjs';

class MyDense extends tf.layers.Layer {
  static className = 'MyDense';
}
class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
}
class LowerDense extends tf.layers.Layer {
  static className = 'dense';
}`,
    // LayersModel is the JS class of the built-in whose className is 'Model'.
    `import * as tf from '@tensorflow/tfjs';

class LayersModel extends tf.layers.Layer {
  static className = 'LayersModel';
}`,
    // The JS class may be named like a built-in when its className is its own.
    `import * as tf from '@tensorflow/tfjs';

export class Dense extends tf.layers.Layer {
  static className = 'QuantizedDense';
}`,
    // Not registered by TF.js 4.22 (the nlp layers are not part of the bundle; checked at runtime):
    // a custom MultiHeadAttention replaces nothing.
    `import * as tf from '@tensorflow/tfjs';

class MultiHeadAttention extends tf.layers.Layer {
  static className = 'MultiHeadAttention';
}`,

    // --- non-layer classes may share a name with a layer ---
    `import * as tf from '@tensorflow/tfjs';

class ScaleOptions {
  static className = 'Scale';
}
class ScaleInitializer extends tf.serialization.Serializable {
  static className = 'Scale';
  getConfig() {
    return {};
  }
}
class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class Dense {
  static className = 'Dense';
}`,

    // --- one class declared once, even if a factory builds it many times ---
    `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    static className = 'Scale';
    call(inputs: tf.Tensor) {
      return tf.mul(inputs, factor);
    }
  }
  return Scale;
}
export const Double = makeScale(2);
export const Triple = makeScale(3);`,

    // --- a className computed some other way is not compared ---
    `import * as tf from '@tensorflow/tfjs';
import { names } from './names';

class Scale extends tf.layers.Layer {
  static className = names.scale;
}
class Scale2 extends tf.layers.Layer {
  static className = names.scale;
}`,
    // Per-class names (`return this.name` on the base): each subclass has its own.
    `import * as tf from '@tensorflow/tfjs';
class Base extends tf.layers.Layer {
  static get className() {
    return this.name;
  }
}
class Scale extends Base {}
class Shift extends Base {}
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(Shift);`,
  ],

  invalid: [
    // The same function called twice: two classes under one name, the second replaces the first.
    {
      filename: JS_FILE,
      code: `const tfjs = require('@tensorflow/tfjs');
function defineLayers(tf, factor) {
  class Scaled extends tf.layers.Layer {
    static get className() {
      return 'Scaled';
    }
    call(inputs) {
      return inputs.mul(factor);
    }
  }
  tf.serialization.registerClass(Scaled);
  return Scaled;
}
const Double = defineLayers(tfjs, 2);
const Triple = defineLayers(tfjs, 3);
module.exports = { Double, Triple };`,
      errors: [{ messageId: 'classNameInFactory', line: 5 }],
    },
    // A per-class name is the class's JS name: a subclass named Dense takes the built-in's className.
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Base extends tf.layers.Layer {
  static get className() {
    return this.name;
  }
}
class Dense extends Base {}
tf.serialization.registerClass(Dense);`,
      errors: [{ messageId: 'builtInClassName', data: { className: 'Dense', layer: 'Dense' }, line: 7, column: 7, endLine: 7, endColumn: 12 }],
    },
    // A module constant is read by value: both classes are named 'Scale'.
    {
      code: `import * as tf from '@tensorflow/tfjs';

const NAME = 'Scale';
class Scale extends tf.layers.Layer {
  static className = NAME;
}
class Scale2 extends tf.layers.Layer {
  static className = NAME;
}`,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Scale', layer: 'Scale2', other: 'Scale' }, line: 8, column: 22, endLine: 8, endColumn: 26 },
      ],
    },
    // --- two layers of the file with one className ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class ScaleV2 extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(ScaleV2);`,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Scale', layer: 'ScaleV2', other: 'Scale' }, line: 7, column: 22, endLine: 7, endColumn: 29 },
      ],
      output: null,
    },
    // A subclass that copies its parent's name is saved as the parent.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Gate extends layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  static override readonly className = 'Gate';
}`,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Gate', layer: 'SoftGate', other: 'Gate' }, line: 7, column: 40, endLine: 7, endColumn: 46 },
      ],
      output: null,
    },
    // Three: each later one names the first.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
}
class LocalAttention extends tf.layers.Layer {
  static className = 'Attention';
}
class GlobalAttention extends tf.layers.Layer {
  static className = \`Attention\`;
}`,
      errors: [
        {
          messageId: 'duplicateClassName',
          data: { className: 'Attention', layer: 'LocalAttention', other: 'Attention' },
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 33,
        },
        {
          messageId: 'duplicateClassName',
          data: { className: 'Attention', layer: 'GlobalAttention', other: 'Attention' },
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 33,
        },
      ],
      output: null,
    },
    // JavaScript: static getter and the assignment tsc and Babel emit.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  static get className() {
    return 'Scale';
  }
}
class FastScale extends tf.layers.Layer {}
FastScale.className = 'Scale';
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(FastScale);`,
      filename: JS_FILE,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Scale', layer: 'FastScale', other: 'Scale' }, line: 9, column: 23, endLine: 9, endColumn: 30 },
      ],
      output: null,
    },
    // Class expressions and a layer factory in one file.
    {
      code: `import * as tf from '@tensorflow/tfjs';

export const Pool = class extends tf.layers.Layer {
  static className = 'Pool';
};
export function makePool() {
  class MaxPool extends tf.layers.Layer {
    static className = 'Pool';
  }
  return MaxPool;
}`,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Pool', layer: 'MaxPool', other: 'Pool' }, line: 8, column: 24, endLine: 8, endColumn: 30 },
      ],
      output: null,
    },
    // Global tf of a <script> tag.
    {
      code: `class Norm extends tf.layers.Layer {}
Norm.className = 'Norm';
class RmsNorm extends tf.layers.Layer {}
RmsNorm.className = "Norm";
tf.serialization.registerClass(Norm);
tf.serialization.registerClass(RmsNorm);`,
      filename: JS_FILE,
      errors: [
        { messageId: 'duplicateClassName', data: { className: 'Norm', layer: 'RmsNorm', other: 'Norm' }, line: 4, column: 21, endLine: 4, endColumn: 27 },
      ],
      output: null,
    },

    // --- a built-in layer's className ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense extends tf.layers.Layer {
  static className = 'Dense';
}
tf.serialization.registerClass(Dense);`,
      errors: [{ messageId: 'builtInClassName', data: { className: 'Dense', layer: 'Dense' }, line: 4, column: 22, endLine: 4, endColumn: 29 }],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class MyConv extends tf.layers.Layer {
  static className = 'Conv2D';
}
class MyDropout extends tf.layers.Layer {
  static get className() {
    return 'Dropout';
  }
}`,
      errors: [
        { messageId: 'builtInClassName', data: { className: 'Conv2D', layer: 'MyConv' }, line: 4, column: 22, endLine: 4, endColumn: 30 },
        { messageId: 'builtInClassName', data: { className: 'Dropout', layer: 'MyDropout' }, line: 8, column: 12, endLine: 8, endColumn: 21 },
      ],
      output: null,
    },
    // A custom cell and an RNN under built-in names.
    {
      code: `const { layers } = require('@tensorflow/tfjs-node');

class PeepholeCell extends layers.RNNCell {}
PeepholeCell.className = 'LSTMCell';
class Peephole extends layers.RNN {}
Peephole.className = 'LSTM';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'builtInClassName', data: { className: 'LSTMCell', layer: 'PeepholeCell' }, line: 4, column: 26, endLine: 4, endColumn: 36 },
        { messageId: 'builtInClassName', data: { className: 'LSTM', layer: 'Peephole' }, line: 6, column: 22, endLine: 6, endColumn: 28 },
      ],
      output: null,
    },
    // Other built-ins, the model classes included.
    {
      code: `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;

class BatchNorm extends Layer {
  static className = 'BatchNormalization';
}
class Seq extends Layer {
  static className = 'Sequential';
}
class Mdl extends Layer {
  static className = 'Model';
}`,
      errors: [
        { messageId: 'builtInClassName', data: { className: 'BatchNormalization', layer: 'BatchNorm' }, line: 5, column: 22, endLine: 5, endColumn: 42 },
        { messageId: 'builtInClassName', data: { className: 'Sequential', layer: 'Seq' }, line: 8, column: 22, endLine: 8, endColumn: 34 },
        { messageId: 'builtInClassName', data: { className: 'Model', layer: 'Mdl' }, line: 11, column: 22, endLine: 11, endColumn: 29 },
      ],
      output: null,
    },
    // Two classes on one built-in name: both replace it, neither is "the first".
    {
      code: `import * as tf from '@tensorflow/tfjs';

class FlattenA extends tf.layers.Layer {
  static className = 'Flatten';
}
class FlattenB extends tf.layers.Layer {
  static className = 'Flatten';
}`,
      errors: [
        { messageId: 'builtInClassName', data: { className: 'Flatten', layer: 'FlattenA' }, line: 4, column: 22, endLine: 4, endColumn: 31 },
        { messageId: 'builtInClassName', data: { className: 'Flatten', layer: 'FlattenB' }, line: 7, column: 22, endLine: 7, endColumn: 31 },
      ],
      output: null,
    },
    // An anonymous default export is named "this layer".
    {
      code: `import * as tf from '@tensorflow/tfjs';

export default class extends tf.layers.Layer {
  static className = 'Reshape';
}`,
      errors: [{ messageId: 'builtInClassName', data: { className: 'Reshape', layer: 'this layer' }, line: 4, column: 22, endLine: 4, endColumn: 31 }],
      output: null,
    },
  ],
});
