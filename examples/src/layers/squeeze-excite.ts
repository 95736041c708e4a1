// SqueezeExcite (Hu et al. 2018): reweights the channels of an image feature map
// [batch, height, width, channels] by a gate computed from their spatial means.
//
// MISTAKE (config-complete): `minUnits` was added to the constructor later and never made it
// into getConfig(). Written in TF.js's own idiom:
//   const config = {...}; Object.assign(config, super.getConfig()); return config;
// After tf.loadLayersModel() the layer gets `minUnits: undefined`, falls back to 4, builds a
// bottleneck of another width, and loading the weights fails with "Shape mismatch: [16,4] vs. [16,2]".
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, lastDim } from './shape-utils';

export interface SqueezeExciteArgs extends LayerArgs {
  /** Channel reduction of the bottleneck. Default 16. */
  ratio?: number;
  /** Smallest bottleneck width. Default 4. */
  minUnits?: number;
}

export class SqueezeExcite extends tf.layers.Layer {
  static className = 'SqueezeExcite';

  readonly ratio: number;
  readonly minUnits: number;
  private squeezeKernel!: tf.LayerVariable;
  private exciteKernel!: tf.LayerVariable;

  constructor(args: SqueezeExciteArgs = {}) {
    super(args);
    this.ratio = args.ratio ?? 16;
    this.minUnits = args.minUnits ?? 4;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const channels = lastDim(inputShape, this.name);
    const units = Math.max(this.minUnits, Math.floor(channels / this.ratio));
    this.squeezeKernel = this.addWeight('squeezeKernel', [channels, units], 'float32', tf.initializers.heNormal({}));
    this.exciteKernel = this.addWeight('exciteKernel', [units, channels], 'float32', tf.initializers.glorotUniform({}));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput<tf.Tensor4D>(inputs);
      const squeezed = x.mean([1, 2]) as tf.Tensor2D;
      const hidden = tf.relu(squeezed.matMul(this.squeezeKernel.read() as tf.Tensor2D));
      const gate = tf.sigmoid(hidden.matMul(this.exciteKernel.read() as tf.Tensor2D));
      return x.mul(gate.reshape([-1, 1, 1, x.shape[3]]));
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    const config = {
      ratio: this.ratio,
    };
    Object.assign(config, super.getConfig());
    return config;
  }
}
tf.serialization.registerClass(SqueezeExcite);
