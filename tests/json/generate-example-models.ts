// Writes examples/models/: one model saved by the real TF.js 4.22 (model.save) with two layer
// classes of examples/src, then one copy per finding kind of the model.json rules, each with one
// defect. `npm run demo` lints them; tests/json/example-models.test.ts checks each folder's findings
// and what TF.js does when it loads it.
//
//   node --import tsx tests/json/generate-example-models.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { ScaleShift } from '../../examples/src/layers/scale-shift';
import { TokenAndPositionEmbedding } from '../../examples/src/layers/token-and-position-embedding';
import { copyModel, dropWeight, readModelJson, saveToDisk, writeModelJson, type ModelJson } from './tf-model-files';

export const EXAMPLE_MODELS = path.join(__dirname, '..', '..', 'examples', 'models');

interface LayerEntry {
  class_name: string;
  config: Record<string, unknown>;
  [key: string]: unknown;
}

function layerNamed(modelJson: ModelJson, name: string): LayerEntry {
  const topology = modelJson.modelTopology as { config?: { layers: LayerEntry[] }; model_config?: { config: { layers: LayerEntry[] } } };
  const layer = (topology.model_config?.config ?? topology.config)!.layers.find((entry) => entry.config.name === name);
  if (!layer) throw new Error(`no layer ${name}`);
  return layer;
}

function variant(name: string, edit: (modelJson: ModelJson) => void): void {
  const dir = path.join(EXAMPLE_MODELS, name);
  copyModel(path.join(EXAMPLE_MODELS, 'clean'), dir);
  const modelJson = readModelJson(dir);
  edit(modelJson);
  writeModelJson(dir, modelJson);
}

async function main(): Promise<void> {
  fs.rmSync(EXAMPLE_MODELS, { recursive: true, force: true });
  const model = tf.sequential({
    name: 'text_scorer',
    layers: [
      new TokenAndPositionEmbedding({ name: 'embed', vocabularySize: 20, sequenceLength: 6, embeddingDim: 4, inputShape: [6] }),
      new ScaleShift({ name: 'scale_shift', initialScale: 2, center: true }),
      tf.layers.globalAveragePooling1d({ name: 'pool' }),
      tf.layers.dense({ name: 'score', units: 1 }),
    ],
  });
  await saveToDisk(model, path.join(EXAMPLE_MODELS, 'clean'));

  // The code's classNames are case-sensitive.
  variant('unknown-class', (modelJson) => {
    layerNamed(modelJson, 'scale_shift').class_name = 'Scaleshift';
  });
  // What the Keras 2 converter writes for a layer registered under the default 'Custom' package.
  variant('keras-prefix', (modelJson) => {
    const topology = modelJson.modelTopology as { class_name: string; config: { layers: LayerEntry[] } };
    for (const entry of topology.config.layers) {
      entry.module = entry.class_name === 'Dense' || entry.class_name === 'GlobalAveragePooling1D' ? 'keras.layers' : null;
      entry.registered_name = entry.module ? null : `Custom>${entry.class_name}`;
    }
    modelJson.modelTopology = { keras_version: '2.15.0', backend: 'tensorflow', model_config: topology };
    modelJson.convertedBy = 'TensorFlow.js Converter v4.22.0';
    modelJson.generatedBy = 'keras v2.15.0';
    layerNamed(modelJson, 'scale_shift').class_name = 'Custom>ScaleShift';
  });
  // A key the Python layer saves and the TypeScript port does not read.
  variant('unread-key', (modelJson) => {
    layerNamed(modelJson, 'scale_shift').config.epsilon = 0.001;
  });
  // Saved with initial_scale 2; without it the layer loads with the default 1.
  variant('missing-key', (modelJson) => {
    delete layerNamed(modelJson, 'scale_shift').config.initial_scale;
  });
  // `beta` renamed `bias` in the file: no layer creates `bias`.
  variant('extra-weight', (modelJson) => {
    const spec = modelJson.weightsManifest[0]!.weights.find((weight) => weight.name === 'scale_shift/beta')!;
    spec.name = 'scale_shift/bias';
  });
  // Saved before the position embedding existed.
  copyModel(path.join(EXAMPLE_MODELS, 'clean'), path.join(EXAMPLE_MODELS, 'missing-weight'));
  dropWeight(path.join(EXAMPLE_MODELS, 'missing-weight'), 'embed/positionEmbeddings');
}

if (require.main === module) void main();
