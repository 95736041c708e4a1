// L2Normalize: scales vectors to unit length along one axis (sentence / image embeddings).
//
// MISTAKE (require-register-class): the class is fine, but nothing ever passes it to
// tf.serialization.registerClass(). tf.loadLayersModel() on a model that contains it fails with
// "Unknown layer: L2Normalize".
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput } from './shape-utils';

export interface L2NormalizeArgs extends LayerArgs {
  axis?: number;
  epsilon?: number;
}

export class L2Normalize extends tf.layers.Layer {
  static className = 'L2Normalize';

  readonly axis: number;
  readonly epsilon: number;

  constructor(args: L2NormalizeArgs = {}) {
    super(args);
    this.axis = args.axis ?? -1;
    this.epsilon = args.epsilon ?? 1e-12;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput(inputs);
      return x.div(x.square().sum(this.axis, true).maximum(this.epsilon).sqrt());
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      axis: this.axis,
      epsilon: this.epsilon,
    };
  }
}
