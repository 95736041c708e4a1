// constructor-passes-config: on reload TF.js calls `new Cls(config)` with ONE config object, and
// the base Layer takes `name`, `trainable` and `dtype` from what the constructor passes to super().
// A positional constructor gets the whole object in its first parameter; a super() without the
// config loses the name, and with it the weights, which are loaded by name.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['constructor-passes-config'];

ruleTester.run('constructor-passes-config', rule, {
  valid: [
    // --- the config handed to super() as is, or copied ---
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number; name?: string }) {
    super(args);
    this.units = args.units;
  }
}`,
    `import { layers, serialization } from '@tensorflow/tfjs';

class Dense2 extends layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units?: number; name?: string }) {
    const units = args.units ?? 8;
    super({ ...args, units });
    this.units = units;
  }
}
serialization.registerClass(Dense2);`,
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(Object.assign({}, config));
    this.factor = config.factor;
  }
}
Scale.className = 'Scale';`,
      filename: JS_FILE,
    },
    // Global tf of a <script> tag: an optional config.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config || {});
    this.factor = (config && config.factor) || 2;
  }
}`,
      filename: JS_FILE,
    },
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args?: { factor?: number; name?: string }) {
    super(args ?? {});
    this.factor = args?.factor ?? 2;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  factor: number;
  constructor(args: { factor: number }) {
    super(args as tf.serialization.ConfigDict);
    this.factor = args.factor;
  }
}`,
    // A default config object.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Scale extends tf.layers.Layer {
  constructor(config = {}) {
    super(config);
    this.factor = config.factor ?? 2;
  }
}
Scale.className = 'Scale';`,
      filename: JS_FILE,
    },
    // --- the config under another name ---
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor({ units, ...rest }: { units: number; name?: string }) {
    super(rest);
    this.units = units;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args?: { units?: number }) {
    const config = args ?? {};
    super(config);
    this.units = config.units ?? 8;
  }
}`,
    // The rest of the config destructured in the body.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Dense2 extends tf.layers.Layer {
  constructor(config) {
    const { units, ...layerArgs } = config;
    super(layerArgs);
    this.units = units;
  }
}
Dense2.className = 'Dense2';`,
      filename: JS_FILE,
    },
    // A helper building the super config from the config: trusted.
    `import * as tf from '@tensorflow/tfjs';
import { normalize } from './args';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(normalize(args));
    this.units = args.units;
  }
}`,
    // A mixin-style pass-through.
    `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  constructor(...args: ConstructorParameters<typeof tf.layers.Layer>) {
    super(...args);
  }
}`,

    // --- no constructor, or optional extras after the config ---
    `import * as tf from '@tensorflow/tfjs';

class Identity extends tf.layers.Layer {
  static className = 'Identity';
  call(inputs: tf.Tensor) {
    return inputs;
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }, verbose?: boolean) {
    super(args);
    this.units = args.units;
    if (verbose) console.log(this.units);
  }
}`,
    // A subclass of a layer of this file.
    `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  constructor(args: { name?: string }) {
    super(args);
  }
}
class SoftGate extends Gate {
  static className = 'SoftGate';
  temperature: number;
  constructor(args: { temperature?: number; name?: string }) {
    super(args);
    this.temperature = args.temperature ?? 1;
  }
}`,

    // --- not layers ---
    `import * as tf from '@tensorflow/tfjs';

class Trainer {
  epochs: number;
  constructor(epochs: number) {
    this.epochs = epochs;
  }
}
class Logger extends EventTarget {
  constructor(prefix: string) {
    super();
  }
}
export const trainer = new Trainer(tf.memory().numTensors);`,
  ],

  invalid: [
    // --- positional constructors ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  rate: number;
  constructor(units: number, rate: number) {
    super({});
    this.units = units;
    this.rate = rate;
  }
}`,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Dense2', param: 'units' }, line: 7, column: 15, endLine: 7, endColumn: 20, suggestions: [] },
      ],
      output: null,
    },
    // One parameter used as a plain value: the whole config object lands in it.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(units: number) {
    super({});
    this.units = units;
  }
}`,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Dense2', param: 'units' }, line: 6, column: 15, endLine: 6, endColumn: 20, suggestions: [] },
      ],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Repeat extends tf.layers.Layer {
  constructor(times = 2) {
    super({});
    this.times = times * 1;
  }
}
Repeat.className = 'Repeat';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Repeat', param: 'times' }, line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [] },
      ],
      output: null,
    },
    // A positional parameter ahead of the config.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Dense2 extends layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(units: number, config?: { name?: string }) {
    super(config);
    this.units = units;
  }
}`,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Dense2', param: 'units' }, line: 6, column: 15, endLine: 6, endColumn: 20, suggestions: [] },
      ],
      output: null,
    },
    // A required second parameter is undefined on reload.
    {
      code: `class Embed extends tf.layers.Layer {
  constructor(config, vocabulary) {
    super(config);
    this.dim = config.dim;
    this.vocabulary = vocabulary;
  }
}`,
      filename: JS_FILE,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Embed', param: 'config' }, line: 2, column: 15, endLine: 2, endColumn: 21, suggestions: [] },
      ],
      output: null,
    },

    // A default on the positional value: still a plain value.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Repeat extends tf.layers.Layer {
  constructor(times) {
    super({});
    this.times = times || 2;
  }
}
Repeat.className = 'Repeat';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'positionalConstructor', data: { layer: 'Repeat', param: 'times' }, line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [] },
      ],
      output: null,
    },

    // --- super() without the config ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super();
    this.units = args.units;
  }
}`,
      errors: [
        {
          messageId: 'superWithoutConfig',
          data: { layer: 'Dense2' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'passConfigToSuper',
              data: { param: 'args' },
              output: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super();
    this.axis = config.axis;
  }
}
Antirectifier.className = 'Antirectifier';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'superWithoutConfig',
          data: { layer: 'Antirectifier' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'passConfigToSuper',
              data: { param: 'config' },
              output: `const tf = require('@tensorflow/tfjs');

class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.axis = config.axis;
  }
}
Antirectifier.className = 'Antirectifier';`,
            },
          ],
        },
      ],
      output: null,
    },
    // The official tfjs-examples custom layer: super({}).
    {
      code: `class Antirectifier extends tf.layers.Layer {
  constructor(config) {
    super({});
    this.supportsMasking = true;
    this.axis = config.axis;
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Antirectifier' }, line: 3, column: 5, endLine: 3, endColumn: 14, suggestions: [] }],
      output: null,
    },
    // super({config}) nests the config one level down (tensorflow/tfjs#2858).
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(config: { units: number }) {
    super({ config });
    this.units = config.units;
  }
}`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Dense2' }, line: 7, column: 5, endLine: 7, endColumn: 22, suggestions: [] }],
      output: null,
    },
    // Only the name: trainable, dtype and the input shape are lost.
    {
      code: `import { layers } from '@tensorflow/tfjs';

class Dense2 extends layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number; name?: string }) {
    super({ name: args.name });
    this.units = args.units;
  }
}`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Dense2' }, line: 7, column: 5, endLine: 7, endColumn: 31, suggestions: [] }],
      output: null,
    },
    // Destructured parameter with no rest: nothing left to pass.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor({ units }: { units: number }) {
    super({});
    this.units = units;
  }
}`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Dense2' }, line: 7, column: 5, endLine: 7, endColumn: 14, suggestions: [] }],
      output: null,
    },
    // A module constant is not the config.
    {
      code: `import * as tf from '@tensorflow/tfjs';

const LAYER_DEFAULTS = { trainable: true };

class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  units: number;
  constructor(args: { units: number }) {
    super(LAYER_DEFAULTS);
    this.units = args.units;
  }
}`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'Dense2' }, line: 9, column: 5, endLine: 9, endColumn: 26, suggestions: [] }],
      output: null,
    },
    // A subclass of a layer of this file, class expression.
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
  constructor(args: { name?: string }) {
    super(args);
  }
}
export const SoftGate = class extends Gate {
  static className = 'SoftGate';
  temperature: number;
  constructor(args: { temperature: number }) {
    super({});
    this.temperature = args.temperature;
  }
};`,
      errors: [{ messageId: 'superWithoutConfig', data: { layer: 'SoftGate' }, line: 13, column: 5, endLine: 13, endColumn: 14, suggestions: [] }],
      output: null,
    },

    // --- a constructor with no config parameter ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Swish extends tf.layers.Layer {
  static className = 'Swish';
  constructor() {
    super({});
  }
  call(inputs: tf.Tensor) {
    return tf.mul(inputs, tf.sigmoid(inputs));
  }
}`,
      errors: [{ messageId: 'missingConfigParameter', data: { layer: 'Swish' }, line: 5, column: 3, endLine: 5, endColumn: 14, suggestions: [] }],
      output: null,
    },
    {
      code: `const { layers } = require('@tensorflow/tfjs');

class Swish extends layers.Layer {
  constructor() {
    super();
  }
}
Swish.className = 'Swish';`,
      filename: JS_FILE,
      errors: [{ messageId: 'missingConfigParameter', data: { layer: 'Swish' }, line: 4, column: 3, endLine: 4, endColumn: 14, suggestions: [] }],
      output: null,
    },
  ],
});
