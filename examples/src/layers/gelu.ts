// Gelu: the Gaussian error linear unit, exact (erf) or with the tanh approximation.
//
// MISTAKE (config-complete): no getConfig() at all. The inherited one returns only
// {name, trainable, ...}, so `approximate` is lost: a model saved with approximate: true
// reloads with the exact form and silently computes slightly different outputs.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput } from './shape-utils';

export interface GeluArgs extends LayerArgs {
  /** Use the tanh approximation (as GPT-2 and BERT do). Default false. */
  approximate?: boolean;
}

export class Gelu extends tf.layers.Layer {
  static className = 'Gelu';

  readonly approximate: boolean;

  constructor(args: GeluArgs = {}) {
    super(args);
    this.approximate = args.approximate ?? false;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput(inputs);
      if (this.approximate) {
        const inner = x.add(x.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
        return x.mul(0.5).mul(tf.tanh(inner).add(1));
      }
      return x.mul(0.5).mul(tf.erf(x.div(Math.SQRT2)).add(1));
    });
  }
}
tf.serialization.registerClass(Gelu);
