// ESLint's process, and an editor's ESLint or tsserver, lint file after file for as long as they
// run: what the plugin keeps from one file must go when ESLint lets go of it. Here 24 layer files
// of about 1 MB each go through ESLint's Linter with configs.all, and none of their texts may stay.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Linter } from 'eslint';
import * as ts from 'typescript';
import plugin = require('../../src/eslint/index');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
function liveBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const FILES = 24;
const PADDING = 2 ** 20;

/** A layer file of ~1 MB whose config key is its own: a name of 13 or more characters, which V8 keeps as a view into the text. */
function layerFile(index: number): { text: string; key: string } {
  const key = `scaleFactorNumber${index}`;
  const text = `import * as tf from '@tensorflow/tfjs';
// ${String(index).repeat(PADDING / String(index).length)}
export class Scale${index} extends tf.layers.Layer {
  static className = 'Scale${index}';
  ${key}: number;
  constructor(config: { ${key}: number }) {
    super(config);
    this.${key} = config.${key};
  }
  override getConfig() {
    return { ...super.getConfig(), ${key}: this.${key} };
  }
}
tf.serialization.registerClass(Scale${index});
`;
  return { text, key };
}

describe('memory across files', () => {
  it('keeps no file text once ESLint has moved on to the next file', () => {
    const linter = new Linter();
    const config: Linter.Config[] = [plugin.configs.all];
    const lint = (text: string, index: number) => linter.verify(text, config, `layer-${index}.ts`);
    // Compiled code and ESLint's first-use state are not what this measures: one round first.
    lint(layerFile(FILES).text, FILES);
    lint('export {};\n', -1);
    const before = liveBytes();
    let problems = 0;
    for (let index = 0; index < FILES; index++) problems += lint(layerFile(index).text, index).length;
    // The Linter holds the last file it linted until the next one.
    lint('export {};\n', -1);
    const grown = liveBytes() - before;
    assert.equal(problems, 0, 'the layer files are correct: only the texts are measured');
    assert.ok(grown < (FILES * PADDING) / 4, `${(grown / 2 ** 20).toFixed(1)} MB more after ${FILES} files of 1 MB`);
  });

  // The control: a config key as the parser gives it, kept, holds its whole file. This is what
  // config-case-safe's cache of converted keys did until it stored copies.
  it('would see a kept key: it holds its whole file text', () => {
    const before = liveBytes();
    const kept: string[] = [];
    for (let index = 0; index < FILES; index++) {
      const { text, key } = layerFile(index);
      const sourceFile = ts.createSourceFile(`layer-${index}.ts`, text, ts.ScriptTarget.Latest, true);
      let found: string | undefined;
      const visit = (node: ts.Node): void => {
        if (found === undefined && ts.isIdentifier(node) && node.text === key) found = node.text;
        else ts.forEachChild(node, visit);
      };
      visit(sourceFile);
      assert.equal(found, key);
      kept.push(found);
    }
    const grown = liveBytes() - before;
    assert.ok(grown > FILES * PADDING * 0.9, `${(grown / 2 ** 20).toFixed(1)} MB more with ${kept.length} keys kept`);
  });
});
