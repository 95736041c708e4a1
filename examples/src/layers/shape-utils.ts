// Small shape helpers shared by the layers of this package (no layer classes here).
import type * as tf from '@tensorflow/tfjs';

/** The shape of the first input when a layer is called on a list of inputs. */
export function firstShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
}

/** The size of the last (channel / feature) axis, which every layer here needs to know. */
export function lastDim(inputShape: tf.Shape | tf.Shape[], layerName: string): number {
  const shape = firstShape(inputShape);
  const dim = shape[shape.length - 1];
  if (dim == null) throw new Error(`${layerName}: the last axis of the input must be known, got [${shape.join(', ')}]`);
  return dim;
}

/** The tensor a layer works on when it is called on a list of inputs. */
export function firstInput<T extends tf.Tensor>(inputs: tf.Tensor | tf.Tensor[]): T {
  return (Array.isArray(inputs) ? inputs[0] : inputs) as T;
}
