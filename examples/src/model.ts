// The models this package ships, built from the custom layers in ./layers.
// Importing a layer module runs its tf.serialization.registerClass() call, which
// tf.loadLayersModel() needs: load through loadImageClassifier()/loadTextEncoder(), which
// import them all.
import * as tf from '@tensorflow/tfjs';
import { Gelu } from './layers/gelu';
import { GatedLinearUnit, SwiGLU } from './layers/gated-linear-unit';
import { L2Normalize } from './layers/l2-normalize';
import { NoisyScaleShift } from './layers/noisy-scale-shift';
import { PatchEmbedding } from './layers/patch-embedding';
import { ResidualMlp } from './layers/residual-mlp';
import { RunningNormalization } from './layers/running-normalization';
import { ScaleShift } from './layers/scale-shift';
import { SpatialSoftmax } from './layers/spatial-softmax';
import { SqueezeExcite } from './layers/squeeze-excite';
import { TokenAndPositionEmbedding } from './layers/token-and-position-embedding';

export const IMAGE_SIZE = 32;
export const VOCABULARY_SIZE = 8000;
export const SEQUENCE_LENGTH = 64;

/** A small ViT-style classifier for IMAGE_SIZE x IMAGE_SIZE RGB images. */
export function buildImageClassifier(numClasses: number): tf.Sequential {
  const model = tf.sequential({ name: 'image_classifier' });
  model.add(tf.layers.conv2d({ inputShape: [IMAGE_SIZE, IMAGE_SIZE, 3], filters: 32, kernelSize: 3, padding: 'same' }));
  model.add(new ScaleShift());
  model.add(new SqueezeExcite({ ratio: 8 }));
  model.add(new NoisyScaleShift({ stddev: 0.05 }));
  model.add(new PatchEmbedding({ patchSize: 4, embedDim: 64 }));
  model.add(new Gelu({ approximate: true }));
  model.add(new RunningNormalization());
  model.add(new ResidualMlp({ hiddenUnits: 128 }));
  model.add(tf.layers.globalAveragePooling1d());
  model.add(tf.layers.dense({ units: numClasses, activation: 'softmax' }));
  return model;
}

/** Keypoint head: the expected (x, y) of each of `keypoints` feature channels. */
export function buildKeypointModel(keypoints: number): tf.Sequential {
  const model = tf.sequential({ name: 'keypoints' });
  model.add(tf.layers.conv2d({ inputShape: [IMAGE_SIZE, IMAGE_SIZE, 3], filters: keypoints, kernelSize: 5, padding: 'same' }));
  model.add(new ScaleShift({ center: false }));
  // Without a name, a layer with no static className cannot even be constructed.
  model.add(new SpatialSoftmax({ name: 'spatial_softmax', temperature: 0.5 }));
  return model;
}

/** Sentence encoder: token ids [batch, SEQUENCE_LENGTH] -> unit vectors [batch, embeddingDim]. */
export function buildTextEncoder(embeddingDim = 128): tf.Sequential {
  const model = tf.sequential({ name: 'text_encoder' });
  model.add(new TokenAndPositionEmbedding({
    inputShape: [SEQUENCE_LENGTH],
    vocabularySize: VOCABULARY_SIZE,
    sequenceLength: SEQUENCE_LENGTH,
    embeddingDim,
  }));
  model.add(new GatedLinearUnit({ units: embeddingDim }));
  model.add(new SwiGLU({ units: embeddingDim }));
  model.add(new ResidualMlp({ hiddenUnits: 4 * embeddingDim, dropoutRate: 0.1 }));
  model.add(tf.layers.globalAveragePooling1d());
  model.add(new L2Normalize());
  return model;
}

export async function loadImageClassifier(url: string): Promise<tf.LayersModel> {
  return tf.loadLayersModel(url);
}

export async function loadTextEncoder(url: string): Promise<tf.LayersModel> {
  return tf.loadLayersModel(url);
}
