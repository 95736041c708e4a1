// require-register-class: a concrete layer class that is never passed to
// tf.serialization.registerClass() at module level fails to load with "Unknown layer: X".
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['require-register-class'];

ruleTester.run('require-register-class', rule, {
  valid: [
    // --- namespace import, registered right after the class ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
tf.serialization.registerClass(Scale);`,

    // --- named imports: layers.Layer + serialization.registerClass ---
    `import { layers, serialization, Tensor } from '@tensorflow/tfjs';

export class Identity extends layers.Layer {
  static className = 'Identity';
  call(inputs: Tensor) {
    return inputs;
  }
}
serialization.registerClass(Identity, 'MyPkg');`,

    // --- destructured base and registerClass aliases ---
    `import * as tf from '@tensorflow/tfjs-node';
const { Layer } = tf.layers;
const { registerClass } = tf.serialization;

class Clip extends Layer {
  static className = 'Clip';
}
registerClass(Clip);`,

    // --- tfjs-layers for the base, tfjs-core for serialization ---
    `import { layers } from '@tensorflow/tfjs-layers';
import { serialization } from '@tensorflow/tfjs-core';

class Noop extends layers.Layer {
  static className = 'Noop';
}
serialization.registerClass(Noop);`,

    // --- CommonJS require, JavaScript ---
    {
      code: `const tf = require('@tensorflow/tfjs-node-gpu');

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
module.exports = { Scale };`,
      filename: JS_FILE,
    },
    {
      code: `const { layers, serialization } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },

    // --- global tf of a <script> tag ---
    {
      code: `class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },

    // --- JavaScript as tsc emits it: className assigned after the class, then registered ---
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    constructor(config) {
        super(config);
    }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },

    // --- class expressions ---
    `import * as tf from '@tensorflow/tfjs';

const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
};
tf.serialization.registerClass(Scale);`,

    // --- registration in a static block ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  static {
    tf.serialization.registerClass(this);
  }
}`,

    // --- registration of a list of classes ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
[Scale, Shift].forEach((cls) => tf.serialization.registerClass(cls));`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
for (const cls of [Scale, Shift]) tf.serialization.registerClass(cls);`,

    // --- abstract bases and bases used only by other classes of the file ---
    `import * as tf from '@tensorflow/tfjs';

abstract class BaseAttention extends tf.layers.Layer {
  abstract score(query: tf.Tensor): tf.Tensor;
}
class DotAttention extends BaseAttention {
  static className = 'DotAttention';
  score(query: tf.Tensor) {
    return query;
  }
}
tf.serialization.registerClass(DotAttention);`,
    `import * as tf from '@tensorflow/tfjs';

abstract class Unused extends tf.layers.Layer {}`,
    `import * as tf from '@tensorflow/tfjs';

class PoolingBase extends tf.layers.Layer {
  protected poolSize = 2;
}
class MaxPool extends PoolingBase {
  static className = 'MaxPool';
}
class AvgPool extends PoolingBase {
  static className = 'AvgPool';
}
tf.serialization.registerClass(MaxPool);
tf.serialization.registerClass(AvgPool);`,

    // --- layer factories: class made and registered inside a function ---
    `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    static className = 'Scale' + factor;
    call(inputs: tf.Tensor) {
      return tf.mul(inputs, factor);
    }
  }
  tf.serialization.registerClass(Scale);
  return Scale;
}`,

    // --- project registration helpers named in the option ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { registerLayer } from './registry';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
registerLayer(Scale);`,
      options: [{ registrationFunctions: ['registerLayer'] }],
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { registry } from './registry';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
registry.registerLayer(Scale);`,
      options: [{ registrationFunctions: ['registerLayer'] }],
    },

    // --- a base from another module: registered, or not a layer by its shape ---
    `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

export class Gate extends LayerBase {
  static className = 'Gate';
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}
tf.serialization.registerClass(Gate);`,
    `import * as tf from '@tensorflow/tfjs';
import { Widget } from './ui';

export class ProgressWidget extends Widget {
  render(t: tf.Tensor) {
    return t.dataSync();
  }
}`,

    // --- a class named Layer from a non-TF.js library is not a TF.js layer ---
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';

export class HeatmapLayer extends Layer {
  draw(values: tf.Tensor2D) {
    return values.arraySync();
  }
}`,

    // --- registration resolved by value (issue 17) ---
    // registerClass(ns.Foo) of a module-level object
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
const custom = { Scale };
tf.serialization.registerClass(custom.Scale);`,
    // a module-level array registered in for...of, forEach and map
    `import * as tf from '@tensorflow/tfjs';
class A extends tf.layers.Layer { static className = 'A'; }
class B extends tf.layers.Layer { static className = 'B'; }
class C extends tf.layers.Layer { static className = 'C'; }
const FIRST = [A];
for (const cls of FIRST) tf.serialization.registerClass(cls);
[B].forEach((cls) => tf.serialization.registerClass(cls));
[C].map(tf.serialization.registerClass);`,
    // an object registered through for...in and Object.values / Object.entries
    `import * as tf from '@tensorflow/tfjs';
class A extends tf.layers.Layer { static className = 'A'; }
class B extends tf.layers.Layer { static className = 'B'; }
class C extends tf.layers.Layer { static className = 'C'; }
const one = { A };
const two = { B };
const three = { C };
for (const key in one) tf.serialization.registerClass(one[key]);
Object.values(two).forEach((cls) => tf.serialization.registerClass(cls));
for (const [, cls] of Object.entries(three)) tf.serialization.registerClass(cls);`,
    // registration inside a function the module calls (directly, or through another function it calls)
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
function registerAll() {
  tf.serialization.registerClass(Scale);
}
registerAll();`,
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
const registerAll = () => {
  tf.serialization.registerClass(Scale);
};
function main() {
  registerAll();
}
main();`,
    // an immediately invoked function, and a static block
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
class Shift extends tf.layers.Layer {
  static className = 'Shift';
  static {
    tf.serialization.registerClass(this);
  }
}
(() => {
  tf.serialization.registerClass(Scale);
})();`,
    // inline class expression
    `import * as tf from '@tensorflow/tfjs';
tf.serialization.registerClass(class Scale extends tf.layers.Layer {
  static className = 'Scale';
});`,
    // a local helper that passes its parameter to registerClass, called directly and as a callback
    `import * as tf from '@tensorflow/tfjs';
class A extends tf.layers.Layer { static className = 'A'; }
class B extends tf.layers.Layer { static className = 'B'; }
function register(c: typeof A) {
  tf.serialization.registerClass(c);
}
register(A);
[B].forEach(register);`,
    // an exported class: without type information its importer may register it
    `import * as tf from '@tensorflow/tfjs';
export class Scale extends tf.layers.Layer {
  static className = 'Scale';
}`,
    // registered in an exported function: its importer may call it first
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
export function registerLayers() {
  tf.serialization.registerClass(Scale);
}`,
    // a mixin: the base is the parameter, not the import
    `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;
export function WithScale(Layer: any) {
  return class extends Layer {
    static className = 'Scaled';
    call(x: tf.Tensor) { return x; }
    getConfig() { return super.getConfig(); }
  };
}`,
    // esbuild's output for static fields and an alias
    {
      code: `import * as tf from "@tensorflow/tfjs";
var __defProp = Object.defineProperty;
var __publicField = (obj, key, value) => __defProp(obj, key, { value });
var _a;
const _Scale = class _Scale extends tf.layers.Layer {
};
__publicField(_Scale, "className", "Scale");
let Scale = _Scale;
tf.serialization.registerClass(Scale);
const Shift = (_a = class extends tf.layers.Layer {
}, __publicField(_a, "className", "Shift"), _a);
tf.serialization.registerClass(Shift);`,
      filename: JS_FILE,
    },
    // tsc's CommonJS output of a class expression, registered through exports.X
    {
      code: `const tf = require("@tensorflow/tfjs");
var _b;
exports.Shift = (_b = class Shift extends tf.layers.Layer {
    },
    _b.className = 'Shift',
    _b);
tf.serialization.registerClass(exports.Shift);`,
      filename: JS_FILE,
    },
    // .d.ts and declare class: nothing runs there
    {
      code: `import * as tf from '@tensorflow/tfjs';
declare class Scale extends tf.layers.Layer {
  static className: string;
}`,
      filename: 'file.d.ts',
    },
    `import * as tf from '@tensorflow/tfjs';
declare class Scale extends tf.layers.Layer {
  static className: string;
}
declare module 'other' {
  class Shift extends tf.layers.Layer {}
}`,
    // a registerClass() call whose argument cannot be followed may register any class of the file
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
declare function pickLayer(): typeof Scale;
tf.serialization.registerClass(pickLayer());`,
  ],

  invalid: [
    // an exported helper other modules may call can only be handed exported classes: this one is not
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
export function register(c: typeof Scale) {
  tf.serialization.registerClass(c);
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
tf.serialization.registerClass(Scale);
export function register(c: typeof Scale) {
  tf.serialization.registerClass(c);
}`,
    },
    // exported, but the module registers its other layers itself: this one was left out
    {
      code: `import * as tf from '@tensorflow/tfjs';
export class Scale extends tf.layers.Layer { static className = 'Scale'; }
tf.serialization.registerClass(Scale);
export class Shift extends tf.layers.Layer { static className = 'Shift'; }`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Shift', className: 'Shift' }, line: 4, column: 14, endLine: 4, endColumn: 19 }],
      output: `import * as tf from '@tensorflow/tfjs';
export class Scale extends tf.layers.Layer { static className = 'Scale'; }
tf.serialization.registerClass(Scale);
export class Shift extends tf.layers.Layer { static className = 'Shift'; }
tf.serialization.registerClass(Shift);`,
    },
    // the function that registers is called only inside another function nothing calls
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
function registerAll() {
  tf.serialization.registerClass(Scale);
}
function main() {
  registerAll();
}`,
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: null,
    },

    // --- registration resolved by value (issue 17) ---
    // a helper that does not pass its parameter on registers nothing
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
function register(c: unknown) {
  console.log(c);
}
register(Scale);`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
function register(c: unknown) {
  console.log(c);
}
register(Scale);`,
    },
    // a list the module registers, that leaves one class out
    {
      code: `import * as tf from '@tensorflow/tfjs';
class A extends tf.layers.Layer { static className = 'A'; }
class B extends tf.layers.Layer { static className = 'B'; }
for (const cls of [A]) tf.serialization.registerClass(cls);`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'B', className: 'B' }, line: 3, column: 7, endLine: 3, endColumn: 8 }],
      output: `import * as tf from '@tensorflow/tfjs';
class A extends tf.layers.Layer { static className = 'A'; }
class B extends tf.layers.Layer { static className = 'B'; }
tf.serialization.registerClass(B);
for (const cls of [A]) tf.serialization.registerClass(cls);`,
    },
    // registered in a local function nothing calls
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer { static className = 'Scale'; }
function registerAll() {
  tf.serialization.registerClass(Scale);
}`,
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: null,
    },
    // SoftGate loads as Gate (require-class-name's finding), never "Unknown layer"; registering MyDense would replace the built-in Dense: no edit
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);
class SoftGate extends Gate {}
class MyDense extends tf.layers.Layer {
  static className = 'Dense';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'MyDense', className: 'Dense' }, line: 7, column: 7, endLine: 7, endColumn: 14 }],
      output: null,
    },
    // a private constructor does not fit SerializableConstructor: no edit
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = 'Scale';
  private constructor() {
    super({});
  }
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: null,
    },
    // a parameter named tf is not the import; the class at module level still is
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
function helper(tf: { serialization: { registerClass(c: unknown): void } }) {
  tf.serialization.registerClass(Scale);
}`,
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: null,
    },
    // --- namespace import ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
tf.serialization.registerClass(Scale);`,
    },
    // className differs from the class name: the message names the className the loader looks up.
    {
      code: `import * as tf from '@tensorflow/tfjs-node';

class ScaleLayer extends tf.layers.Layer {
  static className = 'CustomScale';
}
const other = 1;`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'ScaleLayer', className: 'CustomScale' }, line: 3, column: 7, endLine: 3, endColumn: 17 }],
      output: `import * as tf from '@tensorflow/tfjs-node';

class ScaleLayer extends tf.layers.Layer {
  static className = 'CustomScale';
}
tf.serialization.registerClass(ScaleLayer);
const other = 1;`,
    },
    // An RNN cell is saved and loaded like any layer.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class MinimalCell extends tf.layers.RNNCell {
  static className = 'MinimalCell';
  stateSize = 4;
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'MinimalCell', className: 'MinimalCell' }, line: 3, column: 7, endLine: 3, endColumn: 18 }],
      output: `import * as tf from '@tensorflow/tfjs';

class MinimalCell extends tf.layers.RNNCell {
  static className = 'MinimalCell';
  stateSize = 4;
}
tf.serialization.registerClass(MinimalCell);`,
    },

    // --- named imports ---
    {
      code: `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
    },
    // `serialization` is added to the existing import.
    {
      code: `import { layers, Tensor } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs: Tensor) {
    return inputs;
  }
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import { layers, Tensor, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs: Tensor) {
    return inputs;
  }
}
serialization.registerClass(Scale);`,
    },
    // @tensorflow/tfjs-layers does not export `serialization`: it comes from tfjs-core.
    {
      code: `import { layers } from '@tensorflow/tfjs-layers';

class Scale extends layers.Layer {
  static className = 'Scale';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import { layers } from '@tensorflow/tfjs-layers';
import { serialization } from '@tensorflow/tfjs-core';

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
    },
    {
      code: `import * as tfl from '@tensorflow/tfjs-layers';

class Scale extends tfl.layers.Layer {
  static className = 'Scale';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tfl from '@tensorflow/tfjs-layers';
import { serialization } from '@tensorflow/tfjs-core';

class Scale extends tfl.layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
    },

    // A tfjs-core namespace already in the file is reused rather than a new import added.
    {
      code: `import { layers } from '@tensorflow/tfjs-layers';
import * as tfc from '@tensorflow/tfjs-core';

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs: tfc.Tensor) {
    return tfc.mul(inputs, 2);
  }
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 4, column: 7, endLine: 4, endColumn: 12 }],
      output: `import { layers } from '@tensorflow/tfjs-layers';
import * as tfc from '@tensorflow/tfjs-core';

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs: tfc.Tensor) {
    return tfc.mul(inputs, 2);
  }
}
tfc.serialization.registerClass(Scale);`,
    },

    // --- destructured base ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;

class Clip extends Layer {
  static className = 'Clip';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Clip', className: 'Clip' }, line: 4, column: 7, endLine: 4, endColumn: 11 }],
      output: `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;

class Clip extends Layer {
  static className = 'Clip';
}
tf.serialization.registerClass(Clip);`,
    },

    // --- CommonJS require, JavaScript ---
    {
      code: `const tf = require('@tensorflow/tfjs-node');

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
module.exports = {};`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `const tf = require('@tensorflow/tfjs-node');

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
module.exports = {};`,
    },
    {
      code: `const { layers } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {
  static className = 'Scale';
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `const { layers, serialization } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
    },

    // --- global tf of a <script> tag ---
    {
      code: `class Scale extends tf.layers.Layer {
  static className = 'Scale';
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 1, column: 7, endLine: 1, endColumn: 12 }],
      output: `class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);`,
    },

    // --- JavaScript as tsc emits it: the call goes after `X.className = ...`, which registerClass needs ---
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    constructor(config) {
        super(config);
    }
}
Scale.className = 'Scale';
exports.other = 1;`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    constructor(config) {
        super(config);
    }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);
exports.other = 1;`,
    },

    // Verbatim tsc output (module commonjs, target es2020): `exports.other = 1;` comes between
    // the class and its className; the factory's Shift is registered where it is made.
    {
      code: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scale = void 0;
exports.makeShift = makeShift;
const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
exports.other = 1;
Scale.className = 'Scale';
function makeShift(offset) {
    class Shift extends tf.layers.Layer {
        call(inputs) {
            return tf.add(inputs, offset);
        }
    }
    Shift.className = 'Shift';
    tf.serialization.registerClass(Shift);
    return Shift;
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 6, column: 7, endLine: 6, endColumn: 12 }],
      output: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scale = void 0;
exports.makeShift = makeShift;
const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
exports.other = 1;
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);
function makeShift(offset) {
    class Shift extends tf.layers.Layer {
        call(inputs) {
            return tf.add(inputs, offset);
        }
    }
    Shift.className = 'Shift';
    tf.serialization.registerClass(Shift);
    return Shift;
}`,
    },
    // Verbatim tsc output with esModuleInterop and importHelpers: the namespace comes through tslib's __importStar.
    {
      code: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scale = void 0;
const tslib_1 = require("tslib");
const tf = tslib_1.__importStar(require("@tensorflow/tfjs"));
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
exports.other = 1;
Scale.className = 'Scale';`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 6, column: 7, endLine: 6, endColumn: 12 }],
      output: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scale = void 0;
const tslib_1 = require("tslib");
const tf = tslib_1.__importStar(require("@tensorflow/tfjs"));
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
exports.other = 1;
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);`,
    },

    // --- class expressions: reported on the name the class is bound to ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
};`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
};
tf.serialization.registerClass(Scale);`,
    },

    // --- several layers in one file ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
tf.serialization.registerClass(Shift);`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
tf.serialization.registerClass(Shift);`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}

class Shift extends tf.layers.Layer {
  static className = 'Shift';
}`,
      errors: [
        { messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 },
        { messageId: 'missingRegisterClass', data: { layer: 'Shift', className: 'Shift' }, line: 7, column: 7, endLine: 7, endColumn: 12 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);

class Shift extends tf.layers.Layer {
  static className = 'Shift';
}
tf.serialization.registerClass(Shift);`,
    },

    // Both fixes add `serialization` to the same import, so they overlap: the first pass applies
    // the first one, the second pass (which sees `serialization` imported) the other.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}
class Shift extends layers.Layer {
  static className = 'Shift';
}`,
      errors: [
        { messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 },
        { messageId: 'missingRegisterClass', data: { layer: 'Shift', className: 'Shift' }, line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
      output: [
        `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);
class Shift extends layers.Layer {
  static className = 'Shift';
}`,
        `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);
class Shift extends layers.Layer {
  static className = 'Shift';
}
serialization.registerClass(Shift);`,
      ],
    },

    // --- subclass chains ---
    // The base is used only by Dense2 in this file: only Dense2 is saved, so only it is reported.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class DenseBase extends tf.layers.Layer {
  static className = 'DenseBase';
}
class Dense2 extends DenseBase {
  static className = 'Dense2';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Dense2', className: 'Dense2' }, line: 6, column: 7, endLine: 6, endColumn: 13 }],
      output: `import * as tf from '@tensorflow/tfjs';

class DenseBase extends tf.layers.Layer {
  static className = 'DenseBase';
}
class Dense2 extends DenseBase {
  static className = 'Dense2';
}
tf.serialization.registerClass(Dense2);`,
    },
    // A registered base is saved as itself, so its subclass needs its own registration.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);

class SoftGate extends Gate {
  static className = 'SoftGate';
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'SoftGate', className: 'SoftGate' }, line: 8, column: 7, endLine: 8, endColumn: 15 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);

class SoftGate extends Gate {
  static className = 'SoftGate';
}
tf.serialization.registerClass(SoftGate);`,
    },

    // --- a base from another module, with a layer's methods ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

class Gate extends LayerBase {
  static className = 'Gate';
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
  computeOutputShape(inputShape: tf.Shape) {
    return inputShape;
  }
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Gate', className: 'Gate' }, line: 4, column: 7, endLine: 4, endColumn: 11 }],
      output: `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

class Gate extends LayerBase {
  static className = 'Gate';
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
  computeOutputShape(inputShape: tf.Shape) {
    return inputShape;
  }
}
tf.serialization.registerClass(Gate);`,
    },

    // --- registered only inside a function: no fix, the call has to move ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}

function registerCustomLayers() {
  tf.serialization.registerClass(Scale);
}`,
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}

async function loadModel(url) {
  tf.serialization.registerClass(Scale);
  return tf.loadLayersModel(url);
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: null,
    },

    // --- a layer factory that never registers its class ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    static className = 'Scale';
  }
  return Scale;
}`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 4, column: 9, endLine: 4, endColumn: 14 }],
      output: null,
    },

    // --- registration helpers ---
    // Without the option, a project helper is not known to register anything.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { registerLayer } from './registry';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
registerLayer(Scale);`,
      errors: [{ messageId: 'missingRegisterClass', data: { layer: 'Scale', className: 'Scale' }, line: 4, column: 7, endLine: 4, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';
import { registerLayer } from './registry';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);
registerLayer(Scale);`,
    },
    // A named helper counts only at module level too.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { registry } from './registry';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
function setup() {
  registry.registerLayer(Scale);
}`,
      options: [{ registrationFunctions: ['registerLayer'] }],
      errors: [{ messageId: 'registeredOnlyInFunction', data: { layer: 'Scale', className: 'Scale' }, line: 4, column: 7, endLine: 4, endColumn: 12 }],
      output: null,
    },
  ],
});
