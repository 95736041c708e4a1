// NoisyScaleShift: ScaleShift plus Gaussian noise while training (a regularizer).
//
// MISTAKE (require-class-name): a subclass in its own file with no `static className`. It
// inherits ScaleShift's 'ScaleShift': the model is saved as ScaleShift and silently reloads
// as one (no noise, `stddev` ignored), and registerClass(NoisyScaleShift) replaces ScaleShift
// in the registry. TypeScript does not object: the inherited className is a string.
import * as tf from '@tensorflow/tfjs';
import type { Kwargs } from '@tensorflow/tfjs-layers/dist/types';
import { ScaleShift, type ScaleShiftArgs } from './scale-shift';

export interface NoisyScaleShiftArgs extends ScaleShiftArgs {
  /** Standard deviation of the training noise. Default 0.1. */
  stddev?: number;
}

export class NoisyScaleShift extends ScaleShift {
  readonly stddev: number;

  constructor(args: NoisyScaleShiftArgs = {}) {
    super(args);
    this.stddev = args.stddev ?? 0.1;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs = {}): tf.Tensor {
    const output = super.call(inputs);
    if (!kwargs['training']) return output;
    return tf.tidy(() => output.add(tf.randomNormal(output.shape, 0, this.stddev)));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      stddev: this.stddev,
    };
  }
}
tf.serialization.registerClass(NoisyScaleShift);
