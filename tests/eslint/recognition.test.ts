// Which classes are layers, and how their config is read, on code shapes found in TF.js's own
// dist/ and in compiled output: each case is one that once went wrong.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const configComplete = rules['config-complete'];
const constructorPassesConfig = rules['constructor-passes-config'];
const getConfigCallsSuper = rules['get-config-calls-super'];
const noUntrackedState = rules['no-untracked-state'];
const requireRegisterClass = rules['require-register-class'];

ruleTester.run('config-complete', configComplete, {
  valid: [
    // A class of the file that extends serialization.Serializable (an initializer) is no layer, nor are its subclasses.
    {
      code: `import { serialization } from '@tensorflow/tfjs-core';
class Initializer extends serialization.Serializable {}
class Scaled extends Initializer {
  constructor(args) { super(); this.scale = args.scale; }
  apply(shape) { return shape; }
  getConfig() { return {}; }
}
serialization.registerClass(Scaled);`,
      filename: JS_FILE,
    },
    // Another library's Layer.
    `import * as tf from '@tensorflow/tfjs';
import { Layer } from 'konva';
export class Overlay extends Layer {
  constructor(config) { super(config); this.opacity = config.opacity; }
  call() { return tf.scalar(1); }
  getConfig() { return {}; }
}`,
    // tsc's downlevelled \`??\` still stores the value as read, and getConfig() returns it.
    {
      code: `import * as tf from '@tensorflow/tfjs';
export class Pad extends tf.layers.Layer {
  constructor(args) {
    var _a;
    super(args);
    this.size = (_a = args.size) !== null && _a !== void 0 ? _a : 1;
  }
  getConfig() { return Object.assign(Object.assign({}, super.getConfig()), { size: this.size }); }
}
Pad.className = 'Pad';
tf.serialization.registerClass(Pad);`,
      filename: JS_FILE,
    },
    // \`this.batchInputShape = [null, args.inputDim]\`: the key lives on in a field super.getConfig() returns.
    `import * as tf from '@tensorflow/tfjs';
export class Embed extends tf.layers.Layer {
  static className = 'Embed';
  units: number;
  constructor(args: any) {
    super(args);
    if (args.inputDim != null) this.batchInputShape = [null, args.inputDim];
    this.units = args.units;
  }
  override getConfig() { return { ...super.getConfig(), units: this.units }; }
}`,
    // .d.ts files and `declare class`: nothing runs there, no rule reports (and nothing is ever written there).
    {
      code: `import * as tf from '@tensorflow/tfjs';
export declare class Scale extends tf.layers.Layer {
  constructor(args: { factor: number });
  getConfig(): tf.serialization.ConfigDict;
}`,
      filename: 'file.d.ts',
    },
    `import * as tf from '@tensorflow/tfjs';
declare class Scale extends tf.layers.Layer {
  constructor(args: { factor: number });
}
declare module 'scale' {
  export class Shift extends tf.layers.Layer {
    constructor(args: { offset: number });
  }
}`,
    // A factory's parameter named tf is not the import: what its \`tf.layers.Layer\` emits is unknown.
    {
      code: `const tf = require('@tensorflow/tfjs');
module.exports = (tf) => {
  class Scale extends tf.layers.Layer {
    constructor(args) { super(args); this.factor = args.factor; }
    call(x) { return x; }
    getConfig() { return super.getConfig(); }
  }
  return Scale;
};`,
      filename: JS_FILE,
    },
  ],
  invalid: [
    // esbuild's \`let Base = _Base\`: the subclass extends the file's class through the alias.
    {
      code: `import * as tf from "@tensorflow/tfjs";
const _Base = class _Base extends tf.layers.Layer {
};
let Base = _Base;
class Scale extends Base {
  constructor(args) {
    super(args);
    this.factor = args.factor;
  }
  getConfig() {
    return { ...super.getConfig() };
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'factor', layer: 'Scale', field: 'factor' }, line: 8, column: 19, endLine: 8, endColumn: 30 }],
      output: `import * as tf from "@tensorflow/tfjs";
const _Base = class _Base extends tf.layers.Layer {
};
let Base = _Base;
class Scale extends Base {
  constructor(args) {
    super(args);
    this.factor = args.factor;
  }
  getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
}`,
    },
    // TF.js's own modules: \`Layer\` imported from a relative path, and a base taking \`(rank, config)\`.
    {
      code: `import { serialization } from '@tensorflow/tfjs-core';
import { Layer } from '../engine/topology';
class SepConv extends Layer {
  constructor(rank, config) {
    super(config);
    this.rank = rank;
    this.depthMultiplier = config.depthMultiplier == null ? 1 : config.depthMultiplier;
  }
  call(inputs) { return inputs; }
  getConfig() {
    const config = {};
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
class SepConv2D extends SepConv {
  constructor(args) { super(2, args); }
}
SepConv2D.className = 'SepConv2D';
serialization.registerClass(SepConv2D);`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'missingConfigKey',
          data: { key: 'depthMultiplier', layer: 'SepConv', field: 'depthMultiplier' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 50,
        },
      ],
      output: `import { serialization } from '@tensorflow/tfjs-core';
import { Layer } from '../engine/topology';
class SepConv extends Layer {
  constructor(rank, config) {
    super(config);
    this.rank = rank;
    this.depthMultiplier = config.depthMultiplier == null ? 1 : config.depthMultiplier;
  }
  call(inputs) { return inputs; }
  getConfig() {
    const config = { depthMultiplier: this.depthMultiplier };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
class SepConv2D extends SepConv {
  constructor(args) { super(2, args); }
}
SepConv2D.className = 'SepConv2D';
serialization.registerClass(SepConv2D);`,
    },
    // A bundle that defines TF.js's Layer itself: its subclasses are layers.
    {
      code: `import { serialization } from '@tensorflow/tfjs-core';
class Layer extends serialization.Serializable {}
class Noise extends Layer {
  constructor(args) { super(args); this.noiseShape = args.noiseShape; }
}
Noise.className = 'Noise';
serialization.registerClass(Noise);`,
      filename: JS_FILE,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'noiseShape', layer: 'Noise', field: 'noiseShape' }, line: 4, column: 54, endLine: 4, endColumn: 69 },
      ],
      output: `import { serialization } from '@tensorflow/tfjs-core';
class Layer extends serialization.Serializable {}
class Noise extends Layer {
  constructor(args) { super(args); this.noiseShape = args.noiseShape; }

  getConfig() {
    return {
      ...super.getConfig(),
      noiseShape: this.noiseShape,
    };
  }
}
Noise.className = 'Noise';
serialization.registerClass(Noise);`,
    },
    // \`(config && config.eps) || 1e-8\` keeps the value as read: a fix, not a suggestion.
    {
      code: `const tf = require('@tensorflow/tfjs');
class Norm extends tf.layers.Layer {
  constructor(config) { super(config); this.eps = (config && config.eps) || 1e-8; }
  getConfig() { return Object.assign({}, super.getConfig(), {}); }
}`,
      filename: 'file.cjs',
      errors: [{ messageId: 'missingConfigKey', data: { key: 'eps', layer: 'Norm', field: 'eps' }, line: 3, column: 62, endLine: 3, endColumn: 72 }],
      output: `const tf = require('@tensorflow/tfjs');
class Norm extends tf.layers.Layer {
  constructor(config) { super(config); this.eps = (config && config.eps) || 1e-8; }
  getConfig() { return Object.assign({}, super.getConfig(), { eps: this.eps }); }
}`,
    },
  ],
});

ruleTester.run('require-register-class', requireRegisterClass, {
  valid: [
    // Minified bundles: \`X.className = 'X', r.registerClass(X);\` with \`serialization as r\`, and locals named \`r\` elsewhere.
    {
      code: `import { layers as e, serialization as r } from '@tensorflow/tfjs';
function helper(n) { const r = n; return r; }
class Ye extends e.Layer {}
Ye.className = 'InputLayer', r.registerClass(Ye);`,
      filename: JS_FILE,
    },
  ],
  invalid: [],
});

ruleTester.run('constructor-passes-config', constructorPassesConfig, {
  valid: [],
  invalid: [
    // Handing on name and dtype by hand, as TF.js's InputLayer does, still drops `trainable` and the input shape.
    {
      code: `import * as tf from '@tensorflow/tfjs';
export class Source extends tf.layers.Layer {
  static className = 'Source';
  constructor(args: { name?: string; dtype?: tf.DataType }) {
    super({ dtype: args.dtype, name: args.name != null ? args.name : 'source' });
  }
}
tf.serialization.registerClass(Source);`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Source', param: 'args' }, line: 5, column: 5, endLine: 5, endColumn: 81 }],
      output: null,
    },
  ],
});

ruleTester.run('get-config-calls-super', getConfigCallsSuper, {
  valid: [
    // getConfig() writes `name` itself, as TF.js's Sequential does.
    `import * as tf from '@tensorflow/tfjs';
export class Stack extends tf.layers.Layer {
  static className = 'Stack';
  override getConfig() { return { name: this.name, trainable: this.trainable }; }
}`,
  ],
  invalid: [],
});

ruleTester.run('no-untracked-state', noUntrackedState, {
  valid: [
    // A lazy cache the code resets itself, with a yoda condition (TF.js's RNN cells' dropout masks, minified as `&&`).
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Cell extends tf.layers.Layer {
  constructor(args) { super(args); this.rate = args.rate; this.mask = null; }
  call(inputs) { return tf.tidy(() => { if (0 < this.rate && null == this.mask) { this.mask = tf.onesLike(inputs); } return inputs; }); }
  resetMask() { this.mask = null; }
  getConfig() { return { ...super.getConfig(), rate: this.rate }; }
}
Cell.className = 'Cell';
tf.serialization.registerClass(Cell);`,
      filename: JS_FILE,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';
class Cell extends tf.layers.Layer {
  constructor(args) { super(args); this.rate = args.rate; this.mask = null; }
  call(inputs) { return tf.tidy(() => { 0 < this.rate && null == this.mask && (this.mask = tf.onesLike(inputs)); return inputs; }); }
  resetMask() { this.mask = null; }
  getConfig() { return { ...super.getConfig(), rate: this.rate }; }
}
Cell.className = 'Cell';
tf.serialization.registerClass(Cell);`,
      filename: JS_FILE,
    },
  ],
  invalid: [],
});
