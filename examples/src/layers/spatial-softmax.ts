// SpatialSoftmax (Levine et al. 2016): turns each channel of a feature map
// [batch, height, width, channels] into the expected (x, y) of its softmax: [batch, 2 * channels].
//
// MISTAKE (require-class-name): no `static className`. The registerClass() call at the end
// throws "Class being registered does not have the static className property defined." as soon
// as this module is imported (TypeScript rejects it too, hence the @ts-expect-error: that error
// is the mistake this file shows). Without that call it fails later: constructing the layer
// without a `name` throws "Cannot read properties of undefined (reading 'replace')", and with a
// name (as model.ts does) the model saves `class_name: null` and fails to load.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, firstShape } from './shape-utils';

export interface SpatialSoftmaxArgs extends LayerArgs {
  /** Softmax temperature. Default 1. */
  temperature?: number;
}

export class SpatialSoftmax extends tf.layers.Layer {
  readonly temperature: number;

  constructor(args: SpatialSoftmaxArgs = {}) {
    super(args);
    this.temperature = args.temperature ?? 1;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput<tf.Tensor4D>(inputs);
      const [batch, height, width, channels] = x.shape;
      // [batch, channels, height * width]
      const logits = x.transpose([0, 3, 1, 2]).reshape([batch, channels, height * width]).div(this.temperature);
      const attention = tf.softmax(logits);
      const ys = tf.linspace(-1, 1, height).reshape([height, 1]).tile([1, width]).reshape([height * width]);
      const xs = tf.linspace(-1, 1, width).reshape([1, width]).tile([height, 1]).reshape([height * width]);
      const expectedX = attention.mul(xs).sum(-1);
      const expectedY = attention.mul(ys).sum(-1);
      return tf.concat([expectedX, expectedY], -1);
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [batch, , , channels] = firstShape(inputShape);
    return [batch ?? null, channels == null ? null : 2 * channels];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      temperature: this.temperature,
    };
  }
}
// @ts-expect-error -- TS2345: SpatialSoftmax has no static className (the mistake shown here)
tf.serialization.registerClass(SpatialSoftmax);
