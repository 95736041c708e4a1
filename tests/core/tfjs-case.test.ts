// config-case-safe predicts what save/load does to keys and strings. Here the prediction is
// held against the real thing: a layer saved and reloaded by @tensorflow/tfjs 4.22 (CPU).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { reloadedKey, reloadedString } from '../../src/core/tfjs-case';

const KEYS = [
  'units',
  'meanRGB',
  'HTTPThing',
  'kernel_size',
  'units2D',
  'x',
  '_hidden',
  'fooBar',
  'a1B2',
  'ABC',
  'alreadyCamel',
  'with__double',
  'trailing_',
  'Capital',
  'mixedCase_and_snake',
];
const STRINGS = [
  'NHWC',
  'MAX',
  'L2',
  'Foo',
  'foo_bar',
  'HTTPServer',
  '_hidden',
  'fooBar',
  'a-b',
  'v1.2',
  'channelsLast',
  'x',
  '',
  'https://Example.com/A',
  'hello world',
  'snake_case_value',
  'ReLU',
];

/** Saves a one-layer model whose layer returns `extra` from getConfig(), reloads it, and returns the config the constructor got. */
async function roundTrip(extra: Record<string, unknown>): Promise<Record<string, unknown>> {
  let received: Record<string, unknown> = {};
  class Probe extends tf.layers.Layer {
    static className = 'CaseProbe';
    constructor(config: Record<string, unknown>) {
      super(config);
      received = config;
    }
    override getConfig() {
      return { ...super.getConfig(), ...extra } as tf.serialization.ConfigDict;
    }
  }
  tf.serialization.registerClass(Probe);
  const model = tf.sequential({ layers: [new Probe({ inputShape: [1] })] });
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (saved) => {
      // A real save writes JSON: do the same, so only what JSON keeps comes back.
      artifacts = JSON.parse(JSON.stringify({ ...saved, weightData: undefined })) as tf.io.ModelArtifacts;
      artifacts.weightData = saved.weightData;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  await tf.loadLayersModel(tf.io.fromMemory(artifacts!));
  return received;
}

describe('TF.js case conversion, predicted vs. real save/load', () => {
  it('keys come back as reloadedKey() says', async () => {
    assert.equal(new Set(KEYS.map((key) => reloadedKey(key).reloaded)).size, KEYS.length, 'test keys must not collide after reload');
    const config = await roundTrip(Object.fromEntries(KEYS.map((key, i) => [key, i])));
    for (const [i, key] of KEYS.entries()) {
      const { reloaded } = reloadedKey(key);
      assert.equal(config[reloaded], i, `key ${key}: predicted ${reloaded}, got keys ${Object.keys(config).join(', ')}`);
    }
  });

  it('string values come back as reloadedString() says', async () => {
    const extra = Object.fromEntries(STRINGS.map((value, i) => [`value${i}`, value]));
    const config = await roundTrip(extra);
    for (const [i, value] of STRINGS.entries()) {
      assert.equal(config[`value${i}`], reloadedString(`value${i}`, value).reloaded, `value ${JSON.stringify(value)}`);
    }
  });

  it('a `className` key keeps its string on save and is camelCased on load', async () => {
    const config = await roundTrip({ className: 'Foo_Bar' });
    assert.equal(config.className, reloadedString('className', 'Foo_Bar').reloaded);
  });
});
