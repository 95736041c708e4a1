// Model files written by the real TF.js 4.22 (model.save), linted by the real ESLint with
// configs['model-json'], and loaded back from disk by the real TF.js: every finding kind is shown
// to have the consequence its message claims, and TF.js's own files get no finding.
// The project is a temp copy of fixtures/project: the rules find its layer classes with no option.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { ESLint, type Linter } from 'eslint';
import plugin = require('../../src/eslint/index');
import { MaybeBias, Scale } from './fixtures/project/src/layers';
import { copyModel, dropWeight, loadError, loadFromDisk, readModelJson, saveToDisk, writeModelJson, type ModelJson } from './tf-model-files';

const FIXTURE_SOURCES = path.join(__dirname, 'fixtures', 'project', 'src');
let project = '';
let eslint: ESLint;

/** Saved once, copied and edited per case. */
const SEQUENTIAL = 'saved/sequential';
const WRAPPED = 'saved/wrapped';
const FUNCTIONAL = 'saved/functional';

async function lint(dir: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintFiles([path.join(project, dir, 'model.json')]);
  assert.ok(result);
  return result.messages;
}

function describeMessages(messages: Linter.LintMessage[]): string {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`).join('\n');
}

/** A copy of a saved model under a new folder, with `edit` applied to its model.json. */
function variant(from: string, to: string, edit: (modelJson: ModelJson) => void): string {
  copyModel(path.join(project, from), path.join(project, to));
  const modelJson = readModelJson(path.join(project, to));
  edit(modelJson);
  writeModelJson(path.join(project, to), modelJson);
  return to;
}

interface LayerEntry {
  class_name: string;
  config: Record<string, unknown>;
  name?: string;
  registered_name?: string;
}
function layersOf(modelJson: ModelJson): LayerEntry[] {
  const topology = modelJson.modelTopology as { config?: { layers: LayerEntry[] }; model_config?: { config: { layers: LayerEntry[] } } };
  return (topology.model_config?.config ?? topology.config)!.layers;
}
function layerNamed(modelJson: ModelJson, name: string): LayerEntry {
  const layer = layersOf(modelJson).find((entry) => entry.config.name === name);
  assert.ok(layer, name);
  return layer;
}

/** Applies the first suggestion of `message` to the file on disk. */
function applySuggestion(dir: string, message: Linter.LintMessage): void {
  const fix = message.suggestions?.[0]?.fix;
  assert.ok(fix, 'a suggestion');
  const file = path.join(project, dir, 'model.json');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
}

describe('model.json files written by TF.js 4.22', () => {
  before(async () => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-model-json-'));
    fs.cpSync(FIXTURE_SOURCES, path.join(project, 'src'), { recursive: true });
    eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [plugin.configs['model-json']] });

    const sequential = tf.sequential({
      layers: [
        new Scale({ name: 'scale_1', units: 7, dropRate: 0.1, inputShape: [4] } as never),
        new MaybeBias({ name: 'mb_1', useBias: true }),
        tf.layers.dense({ name: 'dense_1', units: 2 }),
      ],
    });
    await saveToDisk(sequential, path.join(project, SEQUENTIAL));

    const inner = tf.sequential({ name: 'inner_seq', layers: [new Scale({ name: 'nested_scale', inputShape: [3, 4] } as never)] });
    const wrapped = tf.sequential({
      layers: [tf.layers.timeDistributed({ name: 'td_1', layer: new Scale({ name: 'inner_scale' }), inputShape: [3, 4] }), inner],
    });
    await saveToDisk(wrapped, path.join(project, WRAPPED));

    const input = tf.input({ shape: [4], name: 'in_1' });
    const output = new Scale({ name: 'scale_f', units: 2 }).apply(tf.layers.dense({ units: 4, name: 'dense_f' }).apply(input)) as tf.SymbolicTensor;
    await saveToDisk(tf.model({ inputs: input, outputs: output, name: 'functional_1' }), path.join(project, FUNCTIONAL));
  });

  after(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  it('gets no finding on the files TF.js wrote, which load (Sequential, TimeDistributed, nested Sequential, functional)', async () => {
    for (const dir of [SEQUENTIAL, WRAPPED, FUNCTIONAL]) {
      const messages = await lint(dir);
      assert.deepEqual(messages, [], `${dir}:\n${describeMessages(messages)}`);
      assert.equal(await loadError(path.join(project, dir)), undefined, dir);
    }
  });

  it('the Keras converter layout of the same model (model_config, Functional, module, registered_name) gets none either, and loads', async () => {
    const dir = variant(FUNCTIONAL, 'converted/clean', toConverterLayout);
    assert.deepEqual(await lint(dir), []);
    assert.equal(await loadError(path.join(project, dir)), undefined);
  });

  it('unknown class_name: Unknown layer on load, and the suggested name loads', async () => {
    const dir = variant(SEQUENTIAL, 'class-name/case', (modelJson) => {
      layerNamed(modelJson, 'scale_1').class_name = 'scale';
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.ruleId),
      ['tfjs-layers/model-json-class-name'],
      describeMessages(messages),
    );
    assert.match(messages[0]!.message, /Unknown layer: scale'.*Did you mean 'Scale'/);
    assert.match((await loadError(path.join(project, dir)))!, /^Unknown layer: scale\./);
    applySuggestion(dir, messages[0]!);
    assert.equal(await loadError(path.join(project, dir)), undefined);
    assert.deepEqual(await lint(dir), []);
  });

  it("a Keras 'Custom>' registered name: TF.js 4.22 does not strip the prefix, the bare className loads", async () => {
    const dir = variant(FUNCTIONAL, 'class-name/prefix', (modelJson) => {
      toConverterLayout(modelJson);
      const layer = layerNamed(modelJson, 'scale_f');
      layer.class_name = 'Custom>Scale';
      layer.registered_name = 'Custom>Scale';
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['prefixedClass'],
      describeMessages(messages),
    );
    assert.match((await loadError(path.join(project, dir)))!, /^Unknown layer: Custom>Scale\./);
    applySuggestion(dir, messages[0]!);
    assert.equal(await loadError(path.join(project, dir)), undefined);
  });

  it('a key the constructor does not read is lost, and the key it reads gets its default', async () => {
    const dir = variant(SEQUENTIAL, 'keys/renamed', (modelJson) => {
      const config = layerNamed(modelJson, 'scale_1').config;
      assert.equal(config.units, 7);
      config.unit = config.units;
      delete config.units;
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['missingKey', 'unreadKey'],
      describeMessages(messages),
    );
    assert.match(messages[0]!.message, /reads 'units', so the loaded layer gets the default 3\./);
    assert.match(messages[1]!.message, /'unit' is not read by the constructor of 'Scale'.*so 7 is lost on load/);
    const model = await loadFromDisk(path.join(project, dir));
    const layer = model.getLayer('scale_1') as Scale;
    assert.equal(layer.units, 3, 'the default, not the 7 the file holds under `unit`');
    assert.equal((layer.getConfig() as { unit?: unknown }).unit, undefined);
  });

  it('a key the file lacks becomes the default the message names', async () => {
    const dir = variant(SEQUENTIAL, 'keys/missing', (modelJson) => {
      const config = layerNamed(modelJson, 'scale_1').config;
      assert.equal(config.drop_rate, 0.1);
      delete config.drop_rate;
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['missingKey'],
      describeMessages(messages),
    );
    assert.match(messages[0]!.message, /no 'drop_rate'.*reads 'dropRate', so the loaded layer gets the default 0\.5\./);
    const layer = (await loadFromDisk(path.join(project, dir))).getLayer('scale_1') as Scale;
    assert.equal(layer.dropRate, 0.5);
  });

  it('a weight the class does not create: Provided weight data has no target variable', async () => {
    const dir = variant(SEQUENTIAL, 'weights/renamed', (modelJson) => {
      const spec = modelJson.weightsManifest[0]!.weights.find((weight) => weight.name === 'scale_1/offset')!;
      spec.name = 'scale_1/bias';
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['missingWeight', 'extraWeight'],
      describeMessages(messages),
    );
    assert.equal(await loadError(path.join(project, dir)), 'Provided weight data has no target variable: scale_1/bias');
  });

  it('a weight the class creates and the file lacks: N of M weights are not set', async () => {
    const dir = 'weights/missing';
    copyModel(path.join(project, SEQUENTIAL), path.join(project, dir));
    dropWeight(path.join(project, dir), 'scale_1/offset');
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['missingWeight'],
      describeMessages(messages),
    );
    assert.match(messages[0]!.message, /weightsManifest has no 'scale_1\/offset'/);
    assert.match((await loadError(path.join(project, dir)))!, /^1 of \d+ weights are not set: scale_1\/offset$/);
  });

  it("a layer inside TimeDistributed saves its weights under the wrapper's name: named after the inner layer, they do not load", async () => {
    const names = readModelJson(path.join(project, WRAPPED)).weightsManifest[0]!.weights.map((weight) => weight.name);
    assert.deepEqual(names, ['td_1/gain', 'td_1/offset', 'nested_scale/gain', 'nested_scale/offset']);
    const dir = variant(WRAPPED, 'weights/wrapped', (modelJson) => {
      for (const spec of modelJson.weightsManifest[0]!.weights) spec.name = spec.name.replace('td_1/', 'inner_scale/');
    });
    const messages = await lint(dir);
    assert.deepEqual(
      messages.map((message) => message.messageId),
      ['missingWeight', 'missingWeight'],
      describeMessages(messages),
    );
    assert.match((await loadError(path.join(project, dir)))!, /^Provided weight data has no target variable: inner_scale\/gain$/);
  });

  it("other JSON named model.json gets nothing; invalid JSON is the parser's error alone", async () => {
    fs.mkdirSync(path.join(project, 'other'), { recursive: true });
    fs.writeFileSync(path.join(project, 'other', 'model.json'), JSON.stringify({ name: 'not a model', class_name: 'Nope', config: {} }));
    assert.deepEqual(await lint('other'), []);
    fs.writeFileSync(path.join(project, 'other', 'model.json'), '{"modelTopology": {"class_name": "Nope", ');
    const messages = await lint('other');
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.fatal]),
      [[null, true]],
    );
  });
});

/** What the Keras converter writes for a functional model: model_config, Functional, Keras 3 entry fields. */
function toConverterLayout(modelJson: ModelJson): void {
  const topology = modelJson.modelTopology as { class_name: string; config: { layers: Array<Record<string, unknown>> } };
  for (const entry of topology.config.layers) {
    entry.module = 'keras.layers';
    entry.registered_name = null;
  }
  modelJson.modelTopology = { keras_version: '3.5.0', backend: 'tensorflow', model_config: { ...topology, class_name: 'Functional' } };
  modelJson.generatedBy = 'keras v3.5.0';
  modelJson.convertedBy = 'TensorFlow.js Converter v4.22.0';
}
