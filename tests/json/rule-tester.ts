// One RuleTester for the model.json rules: ESLint's own, with the plugin's JSON language
// (@eslint/json's, as configs['model-json'] sets it), run by node's test runner.
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import plugin = require('../../src/eslint/index');

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof after }).afterAll = after;

export const ruleTester = new RuleTester({ plugins: { 'tfjs-layers': plugin }, language: 'tfjs-layers/json' });

/** The fixture project whose layer classes the cases are checked against. */
export const FIXTURE_PROJECT = path.join(__dirname, 'fixtures', 'project');
export const OPTIONS = [{ sources: [path.join(FIXTURE_PROJECT, 'src')] }];
export const FILENAME = path.join(FIXTURE_PROJECT, 'model.json');

interface Layer {
  class_name: string;
  config: Record<string, unknown>;
  [key: string]: unknown;
}

/** A model.json as model.save() writes it: a Sequential of `layers`, one weight group. */
export function savedModel(layers: Layer[], weights?: string[]): string {
  const file: Record<string, unknown> = {
    modelTopology: { class_name: 'Sequential', config: { name: 'sequential_1', layers }, keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js' },
    format: 'layers-model',
    generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
    convertedBy: null,
  };
  if (weights) file.weightsManifest = [{ paths: ['weights.bin'], weights: weights.map((name) => ({ name, shape: [1], dtype: 'float32' })) }];
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A model.json as the Keras converter writes it: `model_config`, a Functional model, Keras 3 entry fields. */
export function convertedModel(layers: Layer[], weights?: string[]): string {
  const entries = layers.map((layer) => ({
    module: 'keras.layers',
    registered_name: null,
    build_config: { input_shape: [null, 4] },
    name: layer.config.name,
    inbound_nodes: [],
    ...layer,
  }));
  const file: Record<string, unknown> = {
    format: 'layers-model',
    generatedBy: 'keras v3.5.0',
    convertedBy: 'TensorFlow.js Converter v4.22.0',
    modelTopology: {
      keras_version: '3.5.0',
      backend: 'tensorflow',
      model_config: { class_name: 'Functional', config: { name: 'functional', layers: entries, input_layers: [], output_layers: [] } },
    },
  };
  if (weights) file.weightsManifest = [{ paths: ['group1-shard1of1.bin'], weights: weights.map((name) => ({ name, shape: [1], dtype: 'float32' })) }];
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 1-based line of the first line containing `text` (after the first line containing `after`, when given). */
export function lineOf(code: string, text: string, after?: string): number {
  const lines = code.split('\n');
  const from = after === undefined ? 0 : lines.findIndex((line) => line.includes(after));
  const index = lines.findIndex((line, i) => i > from - (after === undefined ? 1 : 0) && line.includes(text));
  if (index < 0) throw new Error(`${text} not in the model`);
  return index + 1;
}
