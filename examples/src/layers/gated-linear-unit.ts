// GatedLinearUnit (Dauphin et al. 2017): value * sigmoid(gate), both projected from the input.
// SwiGLU (Shazeer 2020) is the same layer with a swish gate.
//
// GatedLinearUnit is correct. MISTAKE (require-class-name) in SwiGLU: it has no
// `static className` of its own and inherits 'GatedLinearUnit'. model.save() writes it as
// 'GatedLinearUnit', so it silently reloads as a plain GLU; and registerClass(SwiGLU)
// replaces GatedLinearUnit in the registry, so plain GLUs then reload as SwiGLU.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, firstShape, lastDim } from './shape-utils';

export interface GatedLinearUnitArgs extends LayerArgs {
  units: number;
}

export class GatedLinearUnit extends tf.layers.Layer {
  static className = 'GatedLinearUnit';

  readonly units: number;
  private kernel!: tf.LayerVariable;
  private bias!: tf.LayerVariable;

  constructor(args: GatedLinearUnitArgs) {
    super(args);
    this.units = args.units;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const inputDim = lastDim(inputShape, this.name);
    this.kernel = this.addWeight('kernel', [inputDim, 2 * this.units], 'float32', tf.initializers.glorotUniform({}));
    this.bias = this.addWeight('bias', [2 * this.units], 'float32', tf.initializers.zeros());
  }

  protected gate(x: tf.Tensor): tf.Tensor {
    return tf.sigmoid(x);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput(inputs);
      const flat = x.reshape([-1, x.shape[x.shape.length - 1]!]) as tf.Tensor2D;
      const projected = flat.matMul(this.kernel.read() as tf.Tensor2D).add(this.bias.read());
      const [value, gate] = tf.split(projected, 2, -1);
      return value!.mul(this.gate(gate!)).reshape([...x.shape.slice(0, -1), this.units]);
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [...firstShape(inputShape).slice(0, -1), this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
    };
  }
}
tf.serialization.registerClass(GatedLinearUnit);

/** GLU with a swish gate: value * gate * sigmoid(gate). */
export class SwiGLU extends GatedLinearUnit {
  protected override gate(x: tf.Tensor): tf.Tensor {
    return x.mul(tf.sigmoid(x));
  }
}
tf.serialization.registerClass(SwiGLU);
