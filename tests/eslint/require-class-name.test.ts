// require-class-name: TF.js names a layer by its own `static className`, a string literal.
// Missing, the constructor throws; computed, minifiers break saved files; inherited, the
// layer is saved as its parent and silently reloads as the parent.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['require-class-name'];

ruleTester.run('require-class-name', rule, {
  valid: [
    // --- a registered class on a base from another module, with no className of its own: what the base
    // defines is unknown (it may name each subclass: `static get className() { return this.name; }`,
    // tests/roundtrip/fixtures/require-class-name--external-per-class-base.js), so nothing is said ---
    `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

export class Gate extends LayerBase {
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
}
tf.serialization.registerClass(Gate);`,
    {
      code: `const tf = require('@tensorflow/tfjs');
const { LayerBase } = require('./base');

class Gate extends LayerBase {}
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
    },
    // --- static field, getter, readonly, literal wrappers ---
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
tf.serialization.registerClass(Scale);`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static get className() {
    return 'Scale';
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

export class Scale extends tf.layers.Layer {
  static readonly className = 'Scale' as const;
}`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = \`Scale\`;
}`,
    // The className may differ from the JavaScript class name.
    `import * as tf from '@tensorflow/tfjs';

class ScaleLayer extends tf.layers.Layer {
  static className = 'CustomScale';
}`,

    // --- the other ways to reach Layer ---
    `import { layers, serialization } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
}
serialization.registerClass(Scale);`,
    `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;

class Scale extends Layer {
  static className = 'Scale';
}`,
    `import * as tf from '@tensorflow/tfjs';

const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
};`,
    {
      code: `const { layers } = require('@tensorflow/tfjs-node');

class Scale extends layers.Layer {
  static className = 'Scale';
}`,
      filename: JS_FILE,
    },
    {
      code: `class Scale extends tf.layers.Layer {
  static className = 'Scale';
}
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },

    // --- JavaScript as tsc emits it ---
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

    // Verbatim tsc output (module commonjs, target es2020): tsc also moves a factory class's
    // static field to an assignment after the class, inside the function.
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
exports.Scale = Scale;
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
      filename: JS_FILE,
    },

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
}`,
    `import * as tf from '@tensorflow/tfjs';

class PoolingBase extends tf.layers.Layer {
  protected poolSize = 2;
}
class MaxPool extends PoolingBase {
  static className = 'MaxPool';
}
class AvgPool extends PoolingBase {
  static className = 'AvgPool';
}`,
    // A subclass that declares its own className, over a parent that has one.
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  static override className = 'SoftGate';
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,

    // --- layer factories ---
    `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    static className = 'Scale';
    call(inputs: tf.Tensor) {
      return tf.mul(inputs, factor);
    }
  }
  tf.serialization.registerClass(Scale);
  return Scale;
}`,

    // --- a base from another module ---
    // Not registered here: what the base defines is unknown, so nothing is claimed.
    `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

export class Gate extends LayerBase {
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
    `import * as tf from '@tensorflow/tfjs';
import { LayerBase } from './base';

export class Gate extends LayerBase {
  static className = 'Gate';
  call(inputs: tf.Tensor) {
    return tf.sigmoid(inputs);
  }
}
tf.serialization.registerClass(Gate);`,

    // --- a class named Layer from a non-TF.js library is not a TF.js layer ---
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';

export class HeatmapLayer extends Layer {
  draw(values: tf.Tensor2D) {
    return values.arraySync();
  }
}`,

    // --- class names by value (issue 17) ---
    // a base that names every class by its own name: each subclass has its own className (round-trips unminified)
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
    `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  static className = Scale.name;
}
tf.serialization.registerClass(Scale);`,
    // the static field forms tsc, Babel and esbuild emit
    {
      code: `const tf = require("@tensorflow/tfjs");
var _a;
class Scale extends tf.layers.Layer {
}
_a = Scale;
Scale.className = 'Scale';
Scale.alias = _a.className;
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    static { this.className = 'Scale'; }
}
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
    },
    {
      code: `const tf = require("@tensorflow/tfjs");
function _defineProperty(e, r, t) { return Object.defineProperty(e, r, { value: t }), e; }
class Scale extends tf.layers.Layer {}
_defineProperty(Scale, "className", 'Scale');
class Shift extends tf.layers.Layer {}
Object.defineProperty(Shift, 'className', { value: 'Shift' });
class Gate extends tf.layers.Layer {
  static className = (_staticBlock = () => 1, 'Gate');
}
var _staticBlock;
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(Shift);
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
    },
    // an exported base for other modules' layers: methods, no call, no className, never built here
    `import * as tf from '@tensorflow/tfjs';
export class AttentionBase extends tf.layers.Layer {
  protected score(q: tf.Tensor, k: tf.Tensor): tf.Tensor {
    return tf.matMul(q, k, false, true);
  }
}`,
    // .d.ts: nothing runs there
    {
      code: `import * as tf from '@tensorflow/tfjs';
export declare class Scale extends tf.layers.Layer {}`,
      filename: 'file.d.ts',
    },
    // a mixin whose parameter is named Layer
    `import * as tf from '@tensorflow/tfjs';
const { Layer } = tf.layers;
export const Mixin = (Layer: any) => class extends Layer {
  call(x: tf.Tensor) { return x; }
  build() {}
};`,
  ],

  invalid: [
    // a base of another layer that the file also builds itself is a layer of its own
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Pool extends tf.layers.Layer {
  call(x: tf.Tensor) { return x; }
}
class MaxPool extends Pool {
  static className = 'MaxPool';
}
tf.serialization.registerClass(MaxPool);
export const model = tf.sequential({ layers: [new Pool({ inputShape: [2] }), new MaxPool()] });`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Pool', name: 'Pool' }, line: 2, column: 7, endLine: 2, endColumn: 11 }],
      output: `import * as tf from '@tensorflow/tfjs';
class Pool extends tf.layers.Layer {
  static className = 'Pool';
  call(x: tf.Tensor) { return x; }
}
class MaxPool extends Pool {
  static className = 'MaxPool';
}
tf.serialization.registerClass(MaxPool);
export const model = tf.sequential({ layers: [new Pool({ inputShape: [2] }), new MaxPool()] });`,
    },

    // --- class names by value (issue 17) ---
    // minifiedBuild: a per-class className on the base is reported once, on the base
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Base extends tf.layers.Layer {
  static get className() {
    return this.name;
  }
}
class Scale extends Base {}
tf.serialization.registerClass(Scale);`,
      options: [{ minifiedBuild: true }],
      errors: [{ messageId: 'nonLiteralClassName', data: { layer: 'Base' }, line: 4, column: 12, endLine: 4, endColumn: 21 }],
      output: null,
    },
    // an unregistered subclass inheriting a className: the suggestion also registers it, so the model does not become "Unknown layer"
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);
class SoftGate extends Gate {}`,
      errors: [
        {
          messageId: 'inheritedClassName',
          data: { layer: 'SoftGate', name: 'SoftGate', inherited: 'Gate', parent: 'Gate' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addClassNameAndRegister',
              data: { layer: 'SoftGate', name: 'SoftGate' },
              output: `import * as tf from '@tensorflow/tfjs';
class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);
class SoftGate extends Gate {
  static override className = 'SoftGate';
}
tf.serialization.registerClass(SoftGate);`,
            },
          ],
        },
      ],
      output: null,
    },
    // ...and none where registering could not be written safely (an abstract subclass)
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
tf.serialization.registerClass(Gate);
class SoftGate extends Gate {
  private constructor() {
    super();
  }
}`,
      errors: [
        {
          messageId: 'inheritedClassName',
          data: { layer: 'SoftGate', name: 'SoftGate', inherited: 'Gate', parent: 'Gate' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 15,
          suggestions: [],
        },
      ],
      output: null,
    },
    // the constructor only throws without a name when getClassName() is not overridden
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Scale extends tf.layers.Layer {
  getClassName() {
    return 'Other';
  }
}
tf.serialization.registerClass(Scale);`,
      errors: [{ messageId: 'missingClassNameWithGetClassName', data: { layer: 'Scale', name: 'Scale' }, line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: null,
    },
    // --- missing className: autofix, the constructor throws without it ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
tf.serialization.registerClass(Scale);`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, 2);
  }
}
tf.serialization.registerClass(Scale);`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

export class Noop extends tf.layers.Layer {}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Noop', name: 'Noop' }, line: 3, column: 14, endLine: 3, endColumn: 18 }],
      output: `import * as tf from '@tensorflow/tfjs';

export class Noop extends tf.layers.Layer {
  static className = 'Noop';
}`,
    },
    // An instance field is not the static className TF.js reads.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  className = 'Scale';
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  className = 'Scale';
}`,
    },
    // The instance getClassName() of the official tfjs-examples custom layer is not enough either.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super(config);
  }
  getClassName() {
    return 'Antirectifier';
  }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'missingClassNameWithGetClassName',
          data: { layer: 'Antirectifier', name: 'Antirectifier' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 20,
        },
      ],
      output: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  static className = 'Antirectifier';
  constructor(config) {
    super(config);
  }
  getClassName() {
    return 'Antirectifier';
  }
}`,
    },
    {
      code: `import { layers, Tensor } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  call(inputs: Tensor) {
    return inputs;
  }
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `import { layers, Tensor } from '@tensorflow/tfjs';

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs: Tensor) {
    return inputs;
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs-node';
const { Layer } = tf.layers;

class Clip extends Layer {
  constructor(config: object) {
    super(config);
  }
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Clip', name: 'Clip' }, line: 4, column: 7, endLine: 4, endColumn: 11 }],
      output: `import * as tf from '@tensorflow/tfjs-node';
const { Layer } = tf.layers;

class Clip extends Layer {
  static className = 'Clip';
  constructor(config: object) {
    super(config);
  }
}`,
    },
    {
      code: `const { layers } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {
  call(inputs) {
    return inputs;
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 3, column: 7, endLine: 3, endColumn: 12 }],
      output: `const { layers } = require('@tensorflow/tfjs');

class Scale extends layers.Layer {
  static className = 'Scale';
  call(inputs) {
    return inputs;
  }
}`,
    },
    // Global tf of a <script> tag.
    {
      code: `class Scale extends tf.layers.Layer {
  call(inputs) {
    return tf.mul(inputs, 2);
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 1, column: 7, endLine: 1, endColumn: 12 }],
      output: `class Scale extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs) {
    return tf.mul(inputs, 2);
  }
}`,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class MinimalCell extends tf.layers.RNNCell {
  stateSize = 4;
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'MinimalCell', name: 'MinimalCell' }, line: 3, column: 7, endLine: 3, endColumn: 18 }],
      output: `import * as tf from '@tensorflow/tfjs';

class MinimalCell extends tf.layers.RNNCell {
  static className = 'MinimalCell';
  stateSize = 4;
}`,
    },
    // Class expression: reported on the name it is bound to.
    {
      code: `import * as tf from '@tensorflow/tfjs';

export const Scale = class extends tf.layers.Layer {
  call(inputs: tf.Tensor) {
    return inputs;
  }
};`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 3, column: 14, endLine: 3, endColumn: 19 }],
      output: `import * as tf from '@tensorflow/tfjs';

export const Scale = class extends tf.layers.Layer {
  static className = 'Scale';
  call(inputs: tf.Tensor) {
    return inputs;
  }
};`,
    },
    // A layer factory's class needs one too.
    {
      code: `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    call(inputs: tf.Tensor) {
      return tf.mul(inputs, factor);
    }
  }
  tf.serialization.registerClass(Scale);
  return Scale;
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Scale', name: 'Scale' }, line: 4, column: 9, endLine: 4, endColumn: 14 }],
      output: `import * as tf from '@tensorflow/tfjs';

export function makeScale(factor: number) {
  class Scale extends tf.layers.Layer {
    static className = 'Scale';
    call(inputs: tf.Tensor) {
      return tf.mul(inputs, factor);
    }
  }
  tf.serialization.registerClass(Scale);
  return Scale;
}`,
    },

    // --- JavaScript as tsc emits it: the fix follows the file's `X.className = ...` form ---
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
Scale.className = 'Scale';
class Shift extends tf.layers.Layer {
    call(inputs) {
        return tf.add(inputs, 1);
    }
}
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(Shift);`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Shift', name: 'Shift' }, line: 8, column: 7, endLine: 8, endColumn: 12 }],
      output: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
    call(inputs) {
        return tf.mul(inputs, 2);
    }
}
Scale.className = 'Scale';
class Shift extends tf.layers.Layer {
    call(inputs) {
        return tf.add(inputs, 1);
    }
}
Shift.className = 'Shift';
tf.serialization.registerClass(Scale);
tf.serialization.registerClass(Shift);`,
    },

    // Verbatim tsc output with esModuleInterop and importHelpers (tslib's __importStar).
    {
      code: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Shift = exports.Scale = void 0;
const tslib_1 = require("tslib");
const tf = tslib_1.__importStar(require("@tensorflow/tfjs"));
class Scale extends tf.layers.Layer {
}
exports.Scale = Scale;
Scale.className = 'Scale';
class Shift extends tf.layers.Layer {
}
exports.Shift = Shift;`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingClassName', data: { layer: 'Shift', name: 'Shift' }, line: 10, column: 7, endLine: 10, endColumn: 12 }],
      output: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Shift = exports.Scale = void 0;
const tslib_1 = require("tslib");
const tf = tslib_1.__importStar(require("@tensorflow/tfjs"));
class Scale extends tf.layers.Layer {
}
exports.Scale = Scale;
Scale.className = 'Scale';
class Shift extends tf.layers.Layer {
}
Shift.className = 'Shift';
exports.Shift = Shift;`,
    },

    // --- bases: exempt, but their concrete subclasses are not ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

abstract class PoolingBase extends tf.layers.Layer {
  abstract pool(x: tf.Tensor): tf.Tensor;
}
class MaxPool extends PoolingBase {
  pool(x: tf.Tensor) {
    return x.max(-1);
  }
}`,
      errors: [{ messageId: 'missingClassName', data: { layer: 'MaxPool', name: 'MaxPool' }, line: 6, column: 7, endLine: 6, endColumn: 14 }],
      output: `import * as tf from '@tensorflow/tfjs';

abstract class PoolingBase extends tf.layers.Layer {
  abstract pool(x: tf.Tensor): tf.Tensor;
}
class MaxPool extends PoolingBase {
  static className = 'MaxPool';
  pool(x: tf.Tensor) {
    return x.max(-1);
  }
}`,
    },
    // A registered base is saved as itself: it needs a className as much as its subclass.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  units = 4;
}
class SoftGate extends Gate {
  temperature = 2;
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
      errors: [
        { messageId: 'missingClassName', data: { layer: 'Gate', name: 'Gate' }, line: 3, column: 7, endLine: 3, endColumn: 11 },
        { messageId: 'missingClassName', data: { layer: 'SoftGate', name: 'SoftGate' }, line: 6, column: 7, endLine: 6, endColumn: 15 },
      ],
      output: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  units = 4;
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature = 2;
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
    },

    // --- computed from the class name, for a project that minifies (minifiedBuild): no fix, the literal has to be chosen ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = this.name;
}`,
      options: [{ minifiedBuild: true }],
      errors: [{ messageId: 'nonLiteralClassName', data: { layer: 'Scale' }, line: 4, column: 22, endLine: 4, endColumn: 31 }],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static get className() {
    return this.name;
  }
}`,
      options: [{ minifiedBuild: true }],
      errors: [{ messageId: 'nonLiteralClassName', data: { layer: 'Scale' }, line: 5, column: 12, endLine: 5, endColumn: 21 }],
      output: null,
    },
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
}
Scale.className = Scale.name;
tf.serialization.registerClass(Scale);`,
      filename: JS_FILE,
      options: [{ minifiedBuild: true }],
      errors: [{ messageId: 'nonLiteralClassName', data: { layer: 'Scale' }, line: 4, column: 19, endLine: 4, endColumn: 29 }],
      output: null,
    },

    // --- empty className: registerClass() throws ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = '';
}`,
      errors: [{ messageId: 'emptyClassName', data: { layer: 'Scale' }, line: 4, column: 22, endLine: 4, endColumn: 24 }],
      output: null,
    },
    {
      code: `const tf = require("@tensorflow/tfjs");
class Scale extends tf.layers.Layer {
}
Scale.className = '';`,
      filename: JS_FILE,
      errors: [{ messageId: 'emptyClassName', data: { layer: 'Scale' }, line: 4, column: 19, endLine: 4, endColumn: 21 }],
      output: null,
    },

    // --- inherited className: suggestion only, files saved so far name the parent ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  temperature = 2;
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
      errors: [
        {
          messageId: 'inheritedClassNameRegistered',
          data: { layer: 'SoftGate', name: 'SoftGate', inherited: 'Gate', parent: 'Gate' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addClassName',
              data: { name: 'SoftGate' },
              output: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  static override className = 'SoftGate';
  temperature = 2;
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
            },
          ],
        },
      ],
      output: null,
    },
    // JavaScript has no `override`.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {}
tf.serialization.registerClass(Gate);`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'inheritedClassName',
          data: { layer: 'SoftGate', name: 'SoftGate', inherited: 'Gate', parent: 'Gate' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addClassNameAndRegister',
              data: { layer: 'SoftGate', name: 'SoftGate' },
              output: `const tf = require('@tensorflow/tfjs');

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
class SoftGate extends Gate {
  static className = 'SoftGate';
}
tf.serialization.registerClass(SoftGate);
tf.serialization.registerClass(Gate);`,
            },
          ],
        },
      ],
      output: null,
    },
    // tsc-emitted JavaScript: the suggestion uses the file's `X.className = ...` form.
    {
      code: `const tf = require("@tensorflow/tfjs");
class Gate extends tf.layers.Layer {
}
Gate.className = 'Gate';
class SoftGate extends Gate {
}
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'inheritedClassNameRegistered',
          data: { layer: 'SoftGate', name: 'SoftGate', inherited: 'Gate', parent: 'Gate' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addClassName',
              data: { name: 'SoftGate' },
              output: `const tf = require("@tensorflow/tfjs");
class Gate extends tf.layers.Layer {
}
Gate.className = 'Gate';
class SoftGate extends Gate {
}
SoftGate.className = 'SoftGate';
tf.serialization.registerClass(Gate);
tf.serialization.registerClass(SoftGate);`,
            },
          ],
        },
      ],
      output: null,
    },
    // Through an intermediate base that is only a base: inherited from the nearest className.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
}
class ScaledAttention extends Attention {
  scale = 0.5;
}
class MultiHeadAttention extends ScaledAttention {
  heads = 8;
}
tf.serialization.registerClass(Attention);
tf.serialization.registerClass(MultiHeadAttention);`,
      errors: [
        {
          messageId: 'inheritedClassNameRegistered',
          data: { layer: 'MultiHeadAttention', name: 'MultiHeadAttention', inherited: 'Attention', parent: 'Attention' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addClassName',
              data: { name: 'MultiHeadAttention' },
              output: `import * as tf from '@tensorflow/tfjs';

class Attention extends tf.layers.Layer {
  static className = 'Attention';
}
class ScaledAttention extends Attention {
  scale = 0.5;
}
class MultiHeadAttention extends ScaledAttention {
  static override className = 'MultiHeadAttention';
  heads = 8;
}
tf.serialization.registerClass(Attention);
tf.serialization.registerClass(MultiHeadAttention);`,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
