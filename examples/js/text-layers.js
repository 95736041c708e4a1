// Text layers for the JavaScript build of the package (an ES module, as a bundler sees it).
import * as tf from '@tensorflow/tfjs';

/**
 * AttentionPooling: [batch, time, features] -> [batch, features], a learned weighted mean
 * over time. Correct: weights from addWeight(), every key in getConfig().
 */
export class AttentionPooling extends tf.layers.Layer {
  static className = 'AttentionPooling';

  constructor(args = {}) {
    super(args);
    this.units = args.units ?? 64;
  }

  build(inputShape) {
    const features = inputShape[inputShape.length - 1];
    this.projection = this.addWeight('projection', [features, this.units], 'float32', tf.initializers.glorotUniform({}));
    this.query = this.addWeight('query', [this.units, 1], 'float32', tf.initializers.glorotUniform({}));
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const [batch, time, features] = x.shape;
      const keys = tf.tanh(x.reshape([batch * time, features]).matMul(this.projection.read()));
      const scores = keys.matMul(this.query.read()).reshape([batch, time]);
      return tf.softmax(scores).expandDims(-1).mul(x).sum(1);
    });
  }

  computeOutputShape(inputShape) {
    return [inputShape[0], inputShape[2]];
  }

  getConfig() {
    return Object.assign(super.getConfig(), {
      units: this.units,
    });
  }
}
tf.serialization.registerClass(AttentionPooling);

/**
 * MaskedMean: the mean over the time axis, ignoring padded steps (token id 0 in `mask`).
 *
 * MISTAKE (config-complete): getConfig() builds on `super.getConfig()` and sets `axis`, but not
 * `keepDims`. A model saved with keepDims: true reloads with keepDims undefined: the output
 * loses an axis and the next layer gets a different shape.
 */
export class MaskedMean extends tf.layers.Layer {
  static className = 'MaskedMean';

  constructor(args = {}) {
    super(args);
    this.axis = args.axis ?? 1;
    this.keepDims = args.keepDims ?? false;
  }

  call(inputs) {
    return tf.tidy(() => {
      const [x, mask] = inputs;
      const weights = tf.cast(tf.notEqual(mask, 0), x.dtype).expandDims(-1);
      const total = x.mul(weights).sum(this.axis, this.keepDims);
      return total.div(weights.sum(this.axis, this.keepDims).maximum(1));
    });
  }

  computeOutputShape(inputShape) {
    const shape = inputShape[0].slice();
    if (this.keepDims) shape[this.axis] = 1;
    else shape.splice(this.axis, 1);
    return shape;
  }

  getConfig() {
    const config = super.getConfig();
    config.axis = this.axis;
    return config;
  }
}
tf.serialization.registerClass(MaskedMean);
