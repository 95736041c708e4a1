// RunningNormalization: standardizes features with a mean and variance tracked over the
// training batches (like BatchNormalization without the affine part).
//
// MISTAKES (no-untracked-state, three times): the running statistics are tf.variable()s made in
// build() instead of addWeight(), and `seenBatches` is a counter incremented in call(). None of
// them is in layer.weights: model.save() stores nothing, and the reloaded model normalizes with
// mean 0 / variance 1 again, with no error.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import type { Kwargs } from '@tensorflow/tfjs-layers/dist/types';
import { firstInput, lastDim } from './shape-utils';

export interface RunningNormalizationArgs extends LayerArgs {
  momentum?: number;
  epsilon?: number;
}

export class RunningNormalization extends tf.layers.Layer {
  static className = 'RunningNormalization';

  readonly momentum: number;
  readonly epsilon: number;
  private movingMean!: tf.Variable;
  private movingVariance!: tf.Variable;
  private seenBatches = 0;

  constructor(args: RunningNormalizationArgs = {}) {
    super(args);
    this.momentum = args.momentum ?? 0.99;
    this.epsilon = args.epsilon ?? 1e-3;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const features = lastDim(inputShape, this.name);
    this.movingMean = tf.variable(tf.zeros([features]), false);
    this.movingVariance = tf.variable(tf.ones([features]), false);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const x = firstInput(inputs);
    if (kwargs['training']) {
      tf.tidy(() => {
        const axes = x.shape.slice(0, -1).map((_, axis) => axis);
        const { mean, variance } = tf.moments(x, axes);
        this.movingMean.assign(this.movingMean.mul(this.momentum).add(mean.mul(1 - this.momentum)));
        this.movingVariance.assign(this.movingVariance.mul(this.momentum).add(variance.mul(1 - this.momentum)));
      });
      this.seenBatches++;
    }
    return tf.tidy(() => x.sub(this.movingMean).div(this.movingVariance.add(this.epsilon).sqrt()));
  }

  /** How many training batches the statistics have seen (for a warm-up schedule). */
  get batchesSeen(): number {
    return this.seenBatches;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      momentum: this.momentum,
      epsilon: this.epsilon,
    };
  }
}
tf.serialization.registerClass(RunningNormalization);
