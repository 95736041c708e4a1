// ScaleShift: a learned per-channel affine transform, y = x * gamma + beta, on the last axis.
// A correct layer: literal static className, registered, getConfig() returns every
// constructor key merged with super.getConfig(), and its weights come from addWeight().
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, lastDim } from './shape-utils';

export interface ScaleShiftArgs extends LayerArgs {
  /** Initial value of every scale (gamma). Default 1. */
  initialScale?: number;
  /** Also learn a shift (beta). Default true. */
  center?: boolean;
}

export class ScaleShift extends tf.layers.Layer {
  static className = 'ScaleShift';

  readonly initialScale: number;
  readonly center: boolean;
  private gamma!: tf.LayerVariable;
  private beta?: tf.LayerVariable;

  constructor(args: ScaleShiftArgs = {}) {
    super(args);
    this.initialScale = args.initialScale ?? 1;
    this.center = args.center ?? true;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const channels = lastDim(inputShape, this.name);
    this.gamma = this.addWeight('gamma', [channels], 'float32', tf.initializers.constant({ value: this.initialScale }));
    if (this.center) {
      this.beta = this.addWeight('beta', [channels], 'float32', tf.initializers.zeros());
    }
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const scaled = firstInput(inputs).mul(this.gamma.read());
      return this.beta ? scaled.add(this.beta.read()) : scaled;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      initialScale: this.initialScale,
      center: this.center,
    };
  }
}
tf.serialization.registerClass(ScaleShift);
