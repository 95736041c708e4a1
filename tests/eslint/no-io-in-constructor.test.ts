// no-io-in-constructor: a saved model carries config and weights only. A constructor or build()
// that reads a file, a URL or another model ties the layer to a resource outside the saved
// model: the reloaded layer computes with whatever that resource holds then, or fails where it
// is missing.
import { rules } from '../../src/eslint/rules';
import { JS_FILE, ruleTester } from './rule-tester';

const rule = rules['no-io-in-constructor'];

const CTOR = 'The constructor';
const BUILD = 'build()';

ruleTester.run('no-io-in-constructor', rule, {
  valid: [
    // --- the same calls outside the constructor and build() ---
    // Read once at module level: the layer gets the values through its config or weights.
    `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

const VOCAB: string[] = JSON.parse(fs.readFileSync('vocab.json', 'utf8'));

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  size: number;
  constructor(args: { size: number }) {
    super(args);
    this.size = args.size;
  }
}
export const lookup = new Lookup({ size: VOCAB.length });`,
    // A static loader and an instance method may fetch.
    `import * as tf from '@tensorflow/tfjs';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  dim: number;
  constructor(args: { dim: number }) {
    super(args);
    this.dim = args.dim;
  }
  static async fromUrl(url: string) {
    const response = await fetch(url);
    const { dim } = await response.json();
    return new Embed({ dim });
  }
  async exportTo(url: string) {
    await fetch(url, { method: 'POST', body: JSON.stringify(this.getConfig()) });
  }
}`,
    {
      code: `const tf = require('@tensorflow/tfjs');
const fs = require('fs');

class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
  call(inputs) {
    return tf.mul(inputs, this.factor);
  }
  dump(path) {
    fs.writeFileSync(path, JSON.stringify(this.getConfig()));
  }
}
Scale.className = 'Scale';
tf.serialization.registerClass(Scale);

async function main() {
  return tf.loadLayersModel('file://model/model.json');
}
module.exports = { Scale, main };`,
      filename: JS_FILE,
    },
    // Global tf of a <script> tag: loading a model outside any layer.
    {
      code: `class Scale extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.factor = config.factor;
  }
}
tf.serialization.registerClass(Scale);
tf.loadLayersModel('model.json').then((model) => model.summary());`,
      filename: JS_FILE,
    },

    // --- names that only look like I/O ---
    `import * as tf from '@tensorflow/tfjs';

function fetchShape(args: { units: number }): number[] {
  return [args.units];
}
class Dense2 extends tf.layers.Layer {
  static className = 'Dense2';
  shape: number[];
  constructor(args: { units: number }) {
    super(args);
    this.shape = fetchShape(args);
  }
}`,
    `import * as tf from '@tensorflow/tfjs';

class Cache extends tf.layers.Layer {
  static className = 'Cache';
  entries: Map<string, number> = new Map();
  constructor(args: { name?: string }) {
    super(args);
    this.fetch('warmup');
  }
  fetch(key: string) {
    return this.entries.get(key);
  }
}`,
    // fs imported, but the constructor and build() compute only.
    `import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'fs';

class PositionalEncoding extends tf.layers.Layer {
  static className = 'PositionalEncoding';
  maxLen: number;
  encoding?: tf.LayerVariable;
  constructor(args: { maxLen: number }) {
    super(args);
    this.maxLen = args.maxLen;
  }
  build(inputShape: tf.Shape) {
    this.encoding = this.addWeight('encoding', [this.maxLen, inputShape[inputShape.length - 1]!], 'float32', tf.initializers.zeros());
  }
}
export const table = readFileSync('table.txt', 'utf8');`,
    // A layer state that is rebuilt from weights, not read from disk.
    `import { layers, zeros } from '@tensorflow/tfjs';

class Bias extends layers.Layer {
  static className = 'Bias';
  constructor(args: { name?: string }) {
    super(args);
  }
  build() {
    this.addWeight('bias', [1], 'float32');
    zeros([1]).dispose();
  }
}`,

    // --- not a layer ---
    `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

class DatasetReader {
  lines: string[];
  constructor(path: string) {
    this.lines = fs.readFileSync(path, 'utf8').split(',');
  }
}
class Teacher {
  model: Promise<tf.LayersModel>;
  constructor(url: string) {
    this.model = tf.loadLayersModel(url);
  }
}
export { DatasetReader, Teacher };`,

    // --- issue 17: code that never runs reads nothing; a helper also called at other times is not construction ---
    `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

const OFFLINE = true;

class Vocab extends tf.layers.Layer {
  static className = 'Vocab';
  words: string[] = [];
  constructor(args: { path: string }) {
    super(args);
    if (!OFFLINE) this.words = fs.readFileSync(args.path, 'utf8').split(',');
  }
  reload(path: string) {
    this.words = fs.readFileSync(path, 'utf8').split(',');
  }
  refresh(path: string) {
    this.reload(path);
  }
}`,
  ],

  invalid: [
    // --- files: fs under each import style ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  vocab: string[];
  constructor(args: { vocabPath: string }) {
    super(args);
    this.vocab = JSON.parse(fs.readFileSync(args.vocabPath, 'utf8'));
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 9,
          column: 29,
          endLine: 9,
          endColumn: 68,
        },
      ],
      output: null,
    },
    {
      code: `import { layers } from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';

class Lookup extends layers.Layer {
  static className = 'Lookup';
  vocab: string;
  constructor(args: { vocabPath: string }) {
    super(args);
    this.vocab = readFileSync(args.vocabPath, 'utf8');
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls readFileSync() from 'node:fs'" },
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 54,
        },
      ],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');
const fs = require('fs');

class Lookup extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.vocab = fs.readFileSync(config.vocabPath, 'utf8');
  }
}
Lookup.className = 'Lookup';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 59,
        },
      ],
      output: null,
    },
    {
      code: `const tf = require('@tensorflow/tfjs');
const { readFileSync } = require('fs');

class Lookup extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.vocab = readFileSync(config.vocabPath, 'utf8');
  }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls readFileSync() from 'fs'" },
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 56,
        },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';
import { readFile } from 'fs/promises';

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  vocab: Promise<string>;
  constructor(args: { vocabPath: string }) {
    super(args);
    this.vocab = readFile(args.vocabPath, 'utf8');
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls readFile() from 'fs/promises'" },
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 50,
        },
      ],
      output: null,
    },
    // TypeScript's CommonJS import form.
    {
      code: `import tf = require('@tensorflow/tfjs');
import fs = require('fs');

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  vocab: string;
  constructor(args: { vocabPath: string }) {
    super(args);
    this.vocab = fs.readFileSync(args.vocabPath, 'utf8');
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 57,
        },
      ],
      output: null,
    },
    // As tsc emits `import * as fs from 'fs'` under esModuleInterop.
    {
      code: `"use strict";
const tf = __importStar(require("@tensorflow/tfjs"));
const fs = __importStar(require("fs"));
class Lookup extends tf.layers.Layer {
    constructor(args) {
        super(args);
        this.vocab = fs.readFileSync(args.vocabPath, 'utf8');
    }
}
Lookup.className = 'Lookup';`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 61,
        },
      ],
      output: null,
    },
    // fs required inside the constructor itself.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Lookup extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.vocab = require('fs').readFileSync(config.vocabPath, 'utf8');
  }
}`,
      filename: JS_FILE,
      errors: [{ messageId: 'ioInConstructor', line: 6 }],
      output: null,
    },
    // A data file bundled by require.
    {
      code: `const tf = require('@tensorflow/tfjs');

class Embed extends tf.layers.Layer {
  constructor(config) {
    super(config);
    this.table = require('./weights.json');
  }
}
Embed.className = 'Embed';`,
      filename: JS_FILE,
      errors: [
        { messageId: 'ioInConstructor', data: { member: CTOR, layer: 'Embed', what: 'requires a data file' }, line: 6, column: 18, endLine: 6, endColumn: 43 },
      ],
      output: null,
    },
    // fs in build(), the other place state is made.
    {
      code: `import * as tf from '@tensorflow/tfjs';
import fs from 'fs';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  table?: tf.Tensor;
  build(inputShape: tf.Shape) {
    const values = JSON.parse(fs.readFileSync('table.json', 'utf8'));
    this.table = tf.tensor(values);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: BUILD, layer: 'Embed', what: "calls fs.readFileSync() from 'fs'" },
          line: 8,
          column: 31,
          endLine: 8,
          endColumn: 68,
        },
      ],
      output: null,
    },

    // --- network ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  table: number[] = [];
  constructor(args: { tableUrl: string }) {
    super(args);
    fetch(args.tableUrl)
      .then((response) => response.json())
      .then((table) => (this.table = table));
  }
}`,
      errors: [{ messageId: 'ioInConstructor', data: { member: CTOR, layer: 'Embed', what: 'fetches a URL' }, line: 8, column: 5, endLine: 8, endColumn: 25 }],
      output: null,
    },
    {
      code: `class Embed extends tf.layers.Layer {
  constructor(config) {
    super(config);
    const request = new XMLHttpRequest();
    request.open('GET', config.tableUrl, false);
    request.send();
    this.table = JSON.parse(request.responseText);
  }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Embed', what: 'makes an XMLHttpRequest' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 41,
        },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';
import axios from 'axios';

class Embed extends tf.layers.Layer {
  static className = 'Embed';
  table: Promise<unknown>;
  constructor(args: { tableUrl: string }) {
    super(args);
    this.table = axios.get(args.tableUrl);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Embed', what: "calls axios.get() from 'axios'" },
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 42,
        },
      ],
      output: null,
    },

    // --- other models and tf.io ---
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Distilled extends tf.layers.Layer {
  static className = 'Distilled';
  teacher: Promise<tf.LayersModel>;
  constructor(args: { teacherUrl: string }) {
    super(args);
    this.teacher = tf.loadLayersModel(args.teacherUrl);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Distilled', what: 'loads a model with tf.loadLayersModel()' },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 55,
        },
      ],
      output: null,
    },
    {
      code: `import { layers, loadGraphModel, GraphModel, Shape } from '@tensorflow/tfjs';

class Backbone extends layers.Layer {
  static className = 'Backbone';
  graph?: Promise<GraphModel>;
  build(inputShape: Shape) {
    this.graph = loadGraphModel('https://example.com/backbone/model.json');
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: BUILD, layer: 'Backbone', what: 'loads a model with tf.loadGraphModel()' },
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 75,
        },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Distilled extends tf.layers.Layer {
  static className = 'Distilled';
  handler: tf.io.IOHandler;
  constructor(args: { teacherUrl: string }) {
    super(args);
    this.handler = tf.io.browserHTTPRequest(args.teacherUrl);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Distilled', what: 'reads or writes through tf.io' },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 61,
        },
      ],
      output: null,
    },
    // The loader and tf.io under names of the file's own: the bodies spell neither word.
    {
      code: `import * as tf from '@tensorflow/tfjs';
const { loadLayersModel: fetchTeacher, io: storage } = tf;

class Distilled extends tf.layers.Layer {
  static className = 'Distilled';
  teacher: Promise<tf.LayersModel>;
  handler: tf.io.IOHandler;
  constructor(args: { teacherUrl: string }) {
    super(args);
    this.teacher = fetchTeacher(args.teacherUrl);
    this.handler = storage.browserHTTPRequest(args.teacherUrl);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Distilled', what: 'loads a model with tf.loadLayersModel()' },
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 49,
        },
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Distilled', what: 'reads or writes through tf.io' },
          line: 11,
          column: 20,
          endLine: 11,
          endColumn: 63,
        },
      ],
      output: null,
    },
    // `io` imported by name, with a line break before the member.
    {
      code: `import { io, layers } from '@tensorflow/tfjs';

class Distilled extends layers.Layer {
  static className = 'Distilled';
  handler: io.IOHandler;
  constructor(args: { url: string }) {
    super(args);
    this.handler = io
      .browserHTTPRequest(args.url);
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Distilled', what: 'reads or writes through tf.io' },
          line: 8,
          column: 20,
          endLine: 9,
          endColumn: 36,
        },
      ],
      output: null,
    },
    // Global tf of a <script> tag, in build().
    {
      code: `class Distilled extends tf.layers.Layer {
  build(inputShape) {
    tf.loadLayersModel('teacher/model.json').then((teacher) => {
      this.teacher = teacher;
    });
  }
}`,
      filename: JS_FILE,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: BUILD, layer: 'Distilled', what: 'loads a model with tf.loadLayersModel()' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 45,
        },
      ],
      output: null,
    },

    // --- both members, subclasses, class expressions ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

class Lookup extends tf.layers.Layer {
  static className = 'Lookup';
  vocab: string;
  table?: tf.Tensor;
  constructor(args: { vocabPath: string }) {
    super(args);
    this.vocab = fs.readFileSync(args.vocabPath, 'utf8');
  }
  build(inputShape: tf.Shape) {
    this.table = tf.tensor(JSON.parse(fs.readFileSync('table.json', 'utf8')));
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: CTOR, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 57,
        },
        {
          messageId: 'ioInConstructor',
          data: { member: BUILD, layer: 'Lookup', what: "calls fs.readFileSync() from 'fs'" },
          line: 13,
          column: 39,
          endLine: 13,
          endColumn: 76,
        },
      ],
      output: null,
    },
    {
      code: `import * as tf from '@tensorflow/tfjs';

class Gate extends tf.layers.Layer {
  static className = 'Gate';
}
export const RemoteGate = class extends Gate {
  static className = 'RemoteGate';
  config: Promise<Response>;
  constructor(args: { url: string }) {
    super(args);
    this.config = fetch(args.url);
  }
};`,
      errors: [
        { messageId: 'ioInConstructor', data: { member: CTOR, layer: 'RemoteGate', what: 'fetches a URL' }, line: 11, column: 19, endLine: 11, endColumn: 34 },
      ],
      output: null,
    },
    // --- issue 17: a helper only the constructor calls runs while the layer is made ---
    {
      code: `import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';

class Tokens extends tf.layers.Layer {
  static className = 'Tokens';
  words: string[] = [];
  constructor(args: { path: string }) {
    super(args);
    this.loadWords(args.path);
  }
  private loadWords(path: string) {
    this.words = fs.readFileSync(path, 'utf8').split(',');
  }
}`,
      errors: [
        {
          messageId: 'ioInConstructor',
          data: { member: 'loadWords() (run while the layer is made)', layer: 'Tokens', what: "calls fs.readFileSync() from 'fs'" },
          line: 12,
        },
      ],
      output: null,
    },
  ],
});
