// The verdicts of tfjs-layers-expectations.json, checked on TF.js 4.22 itself where that is cheap:
// a `real` finding shows its loss at runtime, a `false positive` shows nothing is lost (kept for
// the ones since fixed, so the fix stays justified). The
// nlp modules are not reachable from the package entry, so they are imported from dist/ directly
// (importing them registers their classes: this file runs in a process of its own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';

type AnyLayer = tf.layers.Layer & Record<string, unknown>;
type LayerClass = (new (args: Record<string, unknown>) => AnyLayer) & {
  className: string;
  fromConfig: (cls: unknown, config: Record<string, unknown>) => AnyLayer;
};

const DIST = '@tensorflow/tfjs-layers/dist';

/** model.save() into memory (JSON-stringified, as any real save) and tf.loadLayersModel() back. */
async function saveAndLoad(model: tf.LayersModel): Promise<tf.LayersModel> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (saved) => {
      artifacts = { ...(JSON.parse(JSON.stringify({ ...saved, weightData: undefined })) as tf.io.ModelArtifacts), weightData: saved.weightData };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return tf.loadLayersModel(tf.io.fromMemory(artifacts!));
}

function registered(className: string): string | undefined {
  const map = (tf.serialization.SerializationMap.getMap() as unknown as { classNameMap: Record<string, [{ name: string }, unknown]> }).classNameMap;
  return map[className]?.[0].name;
}

async function importDist<T>(file: string, exportName: string): Promise<T> {
  const module = (await import(`${DIST}/${file}`)) as Record<string, T>;
  return module[exportName]!;
}

describe('tfjs-layers 4.22 at runtime: the verdicts of tfjs-layers-expectations.json', () => {
  it('real: SeparableConv2D drops depthMultiplier from getConfig(), so a saved model fails to load', async () => {
    const model = tf.sequential({ layers: [tf.layers.separableConv2d({ inputShape: [4, 4, 2], filters: 3, kernelSize: 2, depthMultiplier: 2 })] });
    assert.equal('depthMultiplier' in model.layers[0]!.getConfig(), false);
    await assert.rejects(saveAndLoad(model), /Shape mismatch: \[2,2,2,1\] vs\. \[2,2,2,2\]/);
  });

  it('real: AlphaDropout drops noiseShape from getConfig(), so the reloaded layer has none', async () => {
    const model = tf.sequential({ layers: [tf.layers.alphaDropout({ inputShape: [3], rate: 0.5, noiseShape: [1, 3] })] });
    assert.deepEqual((model.layers[0] as AnyLayer).noiseShape, [1, 3]);
    const loaded = await saveAndLoad(model);
    assert.equal((loaded.layers[0] as AnyLayer).noiseShape, undefined);
  });

  it('by design: RNN cells write activityRegularizer, always null, which their constructors never read', () => {
    for (const cell of [tf.layers.simpleRNNCell({ units: 2 }), tf.layers.gruCell({ units: 2 }), tf.layers.lstmCell({ units: 2 })]) {
      assert.equal(cell.getConfig().activityRegularizer, null);
    }
  });

  it('by design: RNN cells keep dropoutFunc (a function "added for test DI purpose") out of getConfig()', () => {
    const cell = tf.layers.simpleRNNCell({ units: 2, dropoutFunc: () => null });
    assert.equal(typeof (cell as unknown as AnyLayer).dropoutFunc, 'function');
    assert.equal('dropoutFunc' in cell.getConfig(), false);
  });

  it('formerly a false positive (false-positives.md #6): InputLayer hands on name and dtype itself; a saved input keeps its name and stays untrainable', async () => {
    const input = tf.input({ shape: [3], name: 'my_input', dtype: 'float32' });
    const model = tf.model({ inputs: input, outputs: tf.layers.dense({ units: 2 }).apply(input) as tf.SymbolicTensor });
    const loaded = await saveAndLoad(model);
    const reloadedInput = loaded.layers[0]!;
    assert.equal(reloadedInput.getClassName(), 'InputLayer');
    assert.equal(reloadedInput.name, 'my_input');
    assert.equal(reloadedInput.trainable, false);
    assert.deepEqual(reloadedInput.batchInputShape, [null, 3]);
  });

  it('real: CachedMultiHeadAttention inherits className MultiHeadAttention and replaces it in the registry', async () => {
    await importDist('layers/nlp/multihead_attention.js', 'MultiHeadAttention');
    assert.equal(registered('MultiHeadAttention'), 'MultiHeadAttention');
    const cached = await importDist<LayerClass>('layers/nlp/modeling/cached_multihead_attention.js', 'CachedMultiHeadAttention');
    assert.equal(cached.className, 'MultiHeadAttention');
    assert.equal(registered('MultiHeadAttention'), 'CachedMultiHeadAttention');
  });

  it('real: GPT2Tokenizer inherits className BytePairTokenizer, replaces it, and drops name and trainable', async () => {
    await importDist('layers/nlp/tokenizers.js', 'BytePairTokenizer');
    assert.equal(registered('BytePairTokenizer'), 'BytePairTokenizer');
    const GPT2Tokenizer = await importDist<LayerClass>('layers/nlp/models/gpt2/gpt2_tokenizer.js', 'GPT2Tokenizer');
    assert.equal(registered('BytePairTokenizer'), 'GPT2Tokenizer');
    const tokenizer = new GPT2Tokenizer({
      vocabulary: new Map([
        ['<|endoftext|>', 0],
        ['a', 1],
      ]),
      merges: [],
      name: 'my_tokenizer',
      trainable: false,
    });
    assert.match(tokenizer.name, /^byte_pair_tokenizer_BytePairTokenizer\d+$/);
    assert.equal(tokenizer.trainable, true);
  });

  it('real: GPT2Backbone ignores name and trainable: always "gpt2_backbone", trainable', async () => {
    const GPT2Backbone = await importDist<LayerClass>('layers/nlp/models/gpt2/gpt2_backbone.js', 'GPT2Backbone');
    const args = { vocabularySize: 10, numLayers: 1, numHeads: 1, hiddenDim: 2, intermediateDim: 2, maxSequenceLength: 4 };
    const backbone = new GPT2Backbone({ ...args, name: 'my_backbone', trainable: false });
    assert.equal(backbone.name, 'gpt2_backbone');
    assert.equal(backbone.trainable, true);
    const reloaded = GPT2Backbone.fromConfig(GPT2Backbone, { ...backbone.getConfig(), trainable: false });
    assert.equal(reloaded.trainable, true);
  });

  it('formerly a false positive (false-positives.md #2): GPT2Preprocessor keeps its tokenizer, written by the base Preprocessor.getConfig()', async () => {
    const GPT2Tokenizer = await importDist<LayerClass>('layers/nlp/models/gpt2/gpt2_tokenizer.js', 'GPT2Tokenizer');
    const GPT2Preprocessor = await importDist<LayerClass>('layers/nlp/models/gpt2/gpt2_preprocessor.js', 'GPT2Preprocessor');
    const tokenizer = new GPT2Tokenizer({
      vocabulary: new Map([
        ['<|endoftext|>', 0],
        ['a', 1],
      ]),
      merges: [],
    });
    const config = new GPT2Preprocessor({ tokenizer, sequenceLength: 8 }).getConfig();
    assert.ok(config.tokenizer, 'getConfig() returns tokenizer');
    const reloaded = GPT2Preprocessor.fromConfig(GPT2Preprocessor, JSON.parse(JSON.stringify(config)) as Record<string, unknown>);
    assert.deepEqual((reloaded.tokenizer as { vocabulary: string[] }).vocabulary, ['<|endoftext|>', 'a']);
  });
});
