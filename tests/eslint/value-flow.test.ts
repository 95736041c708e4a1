// The value-flow model of a layer's config (src/core/constructor-config.ts, get-config.ts) on the
// idioms users write: where each constructor key goes (locals, destructuring with defaults and
// rest, helpers of the same file, methods of the class, dual-mode constructors, loops over a
// literal's keys, Object.assign onto `this`, compiler-emitted rests) and where getConfig() gets
// each key from (field objects merged whole, a later write of a fixed value). Correct layers are
// silent; what the flow cannot follow stays silent; each defect is found once, at the read.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['config-complete'];
const keysRule = rules['config-keys-match-constructor'];
const passesRule = rules['constructor-passes-config'];

const head = `import * as tf from '@tensorflow/tfjs';\n`;
const tail = (name: string) => `\ntf.serialization.registerClass(${name});\n`;

ruleTester.run('config-complete (value flow)', rule, {
  valid: [
    // A helper of the file builds the options from the config; getConfig() returns both keys.
    {
      filename: JS_FILE,
      code: `${head}function parseArgs(args) {
  return { units: args.units ?? 4, rate: args.rate ?? 0.1 };
}
export class Parsed extends tf.layers.Layer {
  static className = 'Parsed';
  constructor(args) {
    super(args);
    const parsed = parseArgs(args);
    this.units = parsed.units;
    this.rate = parsed.rate;
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Parsed')}`,
    },
    // A method of the class reads the config: its reads are the constructor's.
    `${head}export class ByMethod extends tf.layers.Layer {
  static className = 'ByMethod';
  units!: number;
  constructor(args: { units?: number }) {
    super(args);
    this.readArgs(args);
  }
  private readArgs(args: { units?: number }) {
    this.units = args.units ?? 8;
  }
  override getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('ByMethod')}`,
    // Options kept whole and spread back.
    {
      filename: JS_FILE,
      code: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Options extends tf.layers.Layer {
  static className = 'Options';
  constructor(config = {}) {
    super(config);
    this.options = { ...DEFAULTS, ...config };
    this.units = this.options.units;
  }
  getConfig() { return { ...super.getConfig(), ...this.options }; }
}${tail('Options')}`,
    },
    // A field holding an object whose keys the code spells out, merged whole.
    {
      filename: JS_FILE,
      code: `${head}export class Sub extends tf.layers.Layer {
  static className = 'Sub';
  constructor(config) {
    super(config);
    this.settings = { units: config.units, rate: config.rate };
  }
  getConfig() { return { ...super.getConfig(), ...this.settings }; }
}${tail('Sub')}`,
    },
    // A field object merged whole that the code does not spell out: unknown, so silent.
    {
      filename: JS_FILE,
      code: `${head}import { pickSettings } from './settings';
export class Unknown extends tf.layers.Layer {
  static className = 'Unknown';
  constructor(config) {
    super(config);
    this.units = config.units;
    this.settings = pickSettings(this.units);
  }
  getConfig() { return { ...super.getConfig(), ...this.settings }; }
}${tail('Unknown')}`,
    },
    // The config iterated: which keys the layer takes is not written, so nothing is missing for sure.
    {
      filename: JS_FILE,
      code: `${head}export class CopyAll extends tf.layers.Layer {
  static className = 'CopyAll';
  constructor(config) {
    super(config);
    for (const key of Object.keys(config)) this[key] = config[key];
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('CopyAll')}`,
    },
    // A loop over a literal's keys, and a getConfig() that returns them all.
    {
      filename: JS_FILE,
      code: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Looped extends tf.layers.Layer {
  static className = 'Looped';
  constructor(config) {
    super(config);
    for (const key of Object.keys(DEFAULTS)) this[key] = config[key] ?? DEFAULTS[key];
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Looped')}`,
    },
    // tsc's output for destructuring with defaults and a rest (ES2017).
    {
      filename: JS_FILE,
      code: `"use strict";
var __rest = (this && this.__rest) || function (s, e) { var t = {}; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p]; return t; };
const tf = require("@tensorflow/tfjs");
class Emitted extends tf.layers.Layer {
    constructor(_a = {}) {
        var { units = 4, rate = 0.5 } = _a, rest = __rest(_a, ["units", "rate"]);
        super(rest);
        this.units = units;
        this.rate = rate !== null && rate !== void 0 ? rate : 0.1;
    }
    getConfig() {
        return Object.assign(Object.assign({}, super.getConfig()), { units: this.units, rate: this.rate });
    }
}
Emitted.className = 'Emitted';
tf.serialization.registerClass(Emitted);
`,
    },
    // A fixed value written on some paths only is not the last word.
    `${head}export class Branchy extends tf.layers.Layer {
  static className = 'Branchy';
  rate: number;
  constructor(args: { rate?: number }) {
    super(args);
    this.rate = args.rate ?? 0.1;
  }
  override getConfig() {
    const config: tf.serialization.ConfigDict = { ...super.getConfig(), rate: this.rate };
    if (this.rate > 1) config.rate = 1;
    return config;
  }
}${tail('Branchy')}`,
  ],
  invalid: [
    // Through a local, and through destructuring with a default: both kept, neither returned.
    {
      filename: JS_FILE,
      code: `${head}export class Locals extends tf.layers.Layer {
  static className = 'Locals';
  constructor(config) {
    super(config);
    const units = config.units ?? 4;
    this.units = units;
    const { rate = 0.5 } = config;
    this.rate = rate;
  }
  getConfig() { return { ...super.getConfig() }; }
}${tail('Locals')}`,
      errors: [
        { messageId: 'missingConfigKey', data: { key: 'units', layer: 'Locals', field: 'units' }, line: 6 },
        { messageId: 'missingConfigKey', data: { key: 'rate', layer: 'Locals', field: 'rate' }, line: 8 },
      ],
      // One fix per key, applied in two passes (their insertions touch).
      output: [
        `${head}export class Locals extends tf.layers.Layer {
  static className = 'Locals';
  constructor(config) {
    super(config);
    const units = config.units ?? 4;
    this.units = units;
    const { rate = 0.5 } = config;
    this.rate = rate;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Locals')}`,
        `${head}export class Locals extends tf.layers.Layer {
  static className = 'Locals';
  constructor(config) {
    super(config);
    const units = config.units ?? 4;
    this.units = units;
    const { rate = 0.5 } = config;
    this.rate = rate;
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Locals')}`,
      ],
    },
    // A computation: reported, and no edit offered (saving `this.keep` as `rate` would be wrong).
    {
      filename: JS_FILE,
      code: `${head}export class Keep extends tf.layers.Layer {
  static className = 'Keep';
  constructor(config) {
    super(config);
    this.keep = 1 - config.rate;
  }
  getConfig() { return { ...super.getConfig() }; }
}${tail('Keep')}`,
      errors: [{ messageId: 'missingConfigKeyDerived', data: { key: 'rate', layer: 'Keep', field: 'keep' }, line: 6, suggestions: [] }],
    },
    // A helper of the file reads `rate`; getConfig() forgets it. Reported where the helper reads it.
    {
      filename: JS_FILE,
      code: `${head}function parseArgs(args) {
  return { units: args.units ?? 4, rate: args.rate ?? 0.1 };
}
export class Helped extends tf.layers.Layer {
  static className = 'Helped';
  constructor(args) {
    super(args);
    const parsed = parseArgs(args);
    this.units = parsed.units;
    this.rate = parsed.rate;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Helped')}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'rate', layer: 'Helped', field: 'rate' }, line: 3 }],
      output: `${head}function parseArgs(args) {
  return { units: args.units ?? 4, rate: args.rate ?? 0.1 };
}
export class Helped extends tf.layers.Layer {
  static className = 'Helped';
  constructor(args) {
    super(args);
    const parsed = parseArgs(args);
    this.units = parsed.units;
    this.rate = parsed.rate;
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Helped')}`,
    },
    // A dual-mode constructor: `new Dual(3)` or `new Dual({units: 3})`; the loader passes the config.
    {
      filename: JS_FILE,
      code: `${head}export class Dual extends tf.layers.Layer {
  static className = 'Dual';
  constructor(unitsOrConfig) {
    const config = typeof unitsOrConfig === 'object' ? unitsOrConfig : { units: unitsOrConfig };
    super(config);
    this.units = config.units;
    this.useBias = config.useBias ?? true;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Dual')}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'useBias', layer: 'Dual', field: 'useBias' }, line: 8 }],
      output: `${head}export class Dual extends tf.layers.Layer {
  static className = 'Dual';
  constructor(unitsOrConfig) {
    const config = typeof unitsOrConfig === 'object' ? unitsOrConfig : { units: unitsOrConfig };
    super(config);
    this.units = config.units;
    this.useBias = config.useBias ?? true;
  }
  getConfig() { return { ...super.getConfig(), units: this.units, useBias: this.useBias }; }
}${tail('Dual')}`,
    },
    // A loop over a literal's keys: `rate` lands in `this.rate` and is not returned.
    {
      filename: JS_FILE,
      code: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Looped extends tf.layers.Layer {
  static className = 'Looped';
  constructor(config) {
    super(config);
    for (const key of Object.keys(DEFAULTS)) this[key] = config[key] ?? DEFAULTS[key];
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Looped')}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'rate', layer: 'Looped', field: 'rate' }, line: 7 }],
      output: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Looped extends tf.layers.Layer {
  static className = 'Looped';
  constructor(config) {
    super(config);
    for (const key of Object.keys(DEFAULTS)) this[key] = config[key] ?? DEFAULTS[key];
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Looped')}`,
    },
    // Object.assign(this, DEFAULTS, config): every key of DEFAULTS is a field read from the config.
    {
      filename: JS_FILE,
      code: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Assigned extends tf.layers.Layer {
  static className = 'Assigned';
  constructor(config) {
    super(config);
    Object.assign(this, DEFAULTS, config);
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Assigned')}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'rate', layer: 'Assigned', field: 'rate' }, line: 7 }],
      output: `${head}const DEFAULTS = { units: 4, rate: 0.1 };
export class Assigned extends tf.layers.Layer {
  static className = 'Assigned';
  constructor(config) {
    super(config);
    Object.assign(this, DEFAULTS, config);
  }
  getConfig() { return { ...super.getConfig(), units: this.units, rate: this.rate }; }
}${tail('Assigned')}`,
    },
    // The later write wins: `config.rate = 0.1` after the spread saves 0.1 whatever the layer was made with.
    {
      filename: JS_FILE,
      code: `${head}export class Fixed extends tf.layers.Layer {
  static className = 'Fixed';
  constructor(config) {
    super(config);
    this.rate = config.rate ?? 0.1;
  }
  getConfig() {
    const config = { ...super.getConfig(), rate: this.rate };
    config.rate = 0.1;
    return config;
  }
}${tail('Fixed')}`,
      errors: [
        {
          messageId: 'fixedConfigValue',
          data: { key: 'rate', layer: 'Fixed', field: 'rate', value: '0.1' },
          line: 10,
          suggestions: [
            {
              messageId: 'returnField',
              data: { key: 'rate', layer: 'Fixed', field: 'rate', value: '0.1' },
              output: `${head}export class Fixed extends tf.layers.Layer {
  static className = 'Fixed';
  constructor(config) {
    super(config);
    this.rate = config.rate ?? 0.1;
  }
  getConfig() {
    const config = { ...super.getConfig(), rate: this.rate };
    config.rate = this.rate;
    return config;
  }
}${tail('Fixed')}`,
            },
          ],
        },
      ],
    },
    // A new getConfig() copies another class's return type only when it is TF.js's ConfigDict (a
    // `DenseConfig` of another class would not fit this one: TS2416).
    {
      code: `${head}interface OtherConfig extends tf.serialization.ConfigDict { other: number }
export class Other extends tf.layers.Layer {
  static className = 'Other';
  other: number;
  constructor(args: { other: number }) {
    super(args);
    this.other = args.other;
  }
  override getConfig(): OtherConfig {
    return { ...super.getConfig(), other: this.other };
  }
}
export class NoConfig extends tf.layers.Layer {
  static className = 'NoConfig';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }
}${tail('Other')}${tail('NoConfig')}`,
      errors: [{ messageId: 'missingConfigKey', data: { key: 'units', layer: 'NoConfig', field: 'units' }, line: 19 }],
      output: `${head}interface OtherConfig extends tf.serialization.ConfigDict { other: number }
export class Other extends tf.layers.Layer {
  static className = 'Other';
  other: number;
  constructor(args: { other: number }) {
    super(args);
    this.other = args.other;
  }
  override getConfig(): OtherConfig {
    return { ...super.getConfig(), other: this.other };
  }
}
export class NoConfig extends tf.layers.Layer {
  static className = 'NoConfig';
  units: number;
  constructor(args: { units: number }) {
    super(args);
    this.units = args.units;
  }

  override getConfig() {
    return {
      ...super.getConfig(),
      units: this.units,
    };
  }
}${tail('Other')}${tail('NoConfig')}`,
    },
  ],
});

ruleTester.run('config-keys-match-constructor (value flow)', keysRule, {
  valid: [
    // Read by a dual-mode constructor through the local it flows into.
    {
      filename: JS_FILE,
      code: `${head}export class Dual extends tf.layers.Layer {
  static className = 'Dual';
  constructor(unitsOrConfig) {
    const config = typeof unitsOrConfig === 'object' ? unitsOrConfig : { units: unitsOrConfig };
    super(config);
    this.units = config.units;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Dual')}`,
    },
    // Read by a loop over a literal's keys.
    {
      filename: JS_FILE,
      code: `${head}const DEFAULTS = { units: 4 };
export class Looped extends tf.layers.Layer {
  static className = 'Looped';
  constructor(config) {
    super(config);
    for (const key in DEFAULTS) this[key] = config[key] ?? DEFAULTS[key];
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Looped')}`,
    },
    // The config copied onto `this`: any key may be read.
    {
      filename: JS_FILE,
      code: `${head}export class Spread extends tf.layers.Layer {
  static className = 'Spread';
  constructor({ name, trainable, ...rest } = {}) {
    super({ name, trainable });
    Object.assign(this, rest);
  }
  getConfig() { return { ...super.getConfig(), factor: this.factor }; }
}${tail('Spread')}`,
    },
  ],
  invalid: [
    // A value the rebuilt layer would not have again (a fresh random seed) under a key no constructor reads.
    {
      filename: JS_FILE,
      code: `${head}export class Seeded extends tf.layers.Layer {
  static className = 'Seeded';
  constructor(config) {
    super(config);
    this.seed = Math.floor(Math.random() * 1e6);
  }
  getConfig() { return { ...super.getConfig(), seed: this.seed }; }
}${tail('Seeded')}`,
      errors: [{ messageId: 'unreadConfigKey', data: { key: 'seed', layer: 'Seeded' }, line: 8, suggestions: [] }],
    },
  ],
});

ruleTester.run('constructor-passes-config (value flow)', passesRule, {
  valid: [
    // super({name, trainable}) with the values as read, the rest copied onto the layer.
    {
      filename: JS_FILE,
      code: `${head}export class Scale extends tf.layers.Layer {
  static className = 'Scale';
  constructor({ name, trainable, ...rest } = {}) {
    super({ name, trainable });
    this.factor = 2;
    Object.assign(this, rest);
  }
  getConfig() { return { ...super.getConfig(), factor: this.factor }; }
}${tail('Scale')}`,
    },
    // A dual-mode constructor is not positional: what it gets from the loader is read as a config.
    {
      filename: JS_FILE,
      code: `${head}export class Dual extends tf.layers.Layer {
  static className = 'Dual';
  constructor(unitsOrConfig) {
    const config = typeof unitsOrConfig === 'object' ? unitsOrConfig : { units: unitsOrConfig };
    super(config);
    this.units = config.units;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('Dual')}`,
    },
    // Dual mode with more parameters for calls by hand: the loader's `new Embed(config)` takes the object path.
    {
      filename: JS_FILE,
      code: `${head}export class Embed extends tf.layers.Layer {
  constructor(inputDim, outputDim, mode = 'add') {
    if (typeof inputDim == 'object') {
      var config = inputDim;
      inputDim = config.inputDim;
      outputDim = config.outputDim;
      mode = config.mode;
      super({ trainable: config.trainable, name: config.name });
    } else {
      super({});
    }
    this.inputDim = inputDim;
    this.outputDim = outputDim;
    this.mode = mode;
  }
  getConfig() { return { ...super.getConfig(), inputDim: this.inputDim, outputDim: this.outputDim, mode: this.mode }; }
}
Embed.className = 'Embed';${tail('Embed')}`,
    },
    // The rest as tsc emits it.
    {
      filename: JS_FILE,
      code: `var __rest = function (s, e) { return s; };
const tf = require("@tensorflow/tfjs");
class Emitted extends tf.layers.Layer {
    constructor(_a = {}) {
        var { units = 4 } = _a, rest = __rest(_a, ["units"]);
        super(rest);
        this.units = units;
    }
    getConfig() { return Object.assign(Object.assign({}, super.getConfig()), { units: this.units }); }
}
Emitted.className = 'Emitted';
tf.serialization.registerClass(Emitted);
`,
    },
  ],
  invalid: [
    // A config read by key, and a second required parameter the loader never passes.
    {
      filename: JS_FILE,
      code: `${head}export class Head extends tf.layers.Layer {
  constructor(config, index) {
    super(config);
    this.units = config.units;
    this.index = index;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}
Head.className = 'Head';${tail('Head')}`,
      errors: [{ messageId: 'positionalConstructor', line: 3 }],
    },
    // Only the name handed on, `trainable` dropped: still reported (trainable: false is lost).
    {
      filename: JS_FILE,
      code: `${head}export class NameOnly extends tf.layers.Layer {
  static className = 'NameOnly';
  constructor({ name, ...rest } = {}) {
    super({ name });
    this.units = rest.units;
  }
  getConfig() { return { ...super.getConfig(), units: this.units }; }
}${tail('NameOnly')}`,
      errors: [{ messageId: 'superWithoutConfig', line: 5 }],
    },
  ],
});
