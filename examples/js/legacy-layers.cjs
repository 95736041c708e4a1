// Layers of the Node training scripts, in CommonJS as older TF.js projects write them:
// require(), `const { Layer } = tf.layers`, and className assigned after the class.
'use strict';

const tf = require('@tensorflow/tfjs');

const { Layer } = tf.layers;

/**
 * ConcatReLU (the Keras "Antirectifier" example, done right): centers and L2-normalizes the
 * features, then concatenates their positive and negative parts, doubling the last axis.
 * Correct: own literal className, registered, passes its config to super, no config keys
 * beyond the base ones.
 */
class ConcatReLU extends Layer {
  constructor(config) {
    super(config);
  }

  computeOutputShape(inputShape) {
    return [inputShape[0], 2 * inputShape[1]];
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const centered = x.sub(x.mean(1, true));
      const normalized = centered.div(centered.norm('euclidean', 1, true).add(1e-7));
      return tf.concat([tf.relu(normalized), tf.relu(normalized.neg())], 1);
    });
  }
}
ConcatReLU.className = 'ConcatReLU';
tf.serialization.registerClass(ConcatReLU);

/**
 * RandomFourierFeatures (Rahimi & Recht 2007): cos(x W + b) with a fixed random W and b,
 * approximating an RBF kernel.
 *
 * MISTAKE (no-untracked-state, twice): W and b are drawn with tf.randomNormal/tf.randomUniform in
 * build() and kept on `this`. They are not weights, so model.save() does not store them and
 * the reloaded layer draws new ones: every prediction changes, with no error.
 */
class RandomFourierFeatures extends Layer {
  constructor(config) {
    super(config);
    this.outputDim = config.outputDim;
    this.scale = config.scale == null ? 1 : config.scale;
  }

  build(inputShape) {
    const inputDim = inputShape[inputShape.length - 1];
    this.projection = tf.randomNormal([inputDim, this.outputDim], 0, 1 / this.scale);
    this.phase = tf.randomUniform([this.outputDim], 0, 2 * Math.PI);
  }

  computeOutputShape(inputShape) {
    return [inputShape[0], this.outputDim];
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return tf.cos(x.matMul(this.projection).add(this.phase)).mul(Math.sqrt(2 / this.outputDim));
    });
  }

  getConfig() {
    const config = {
      outputDim: this.outputDim,
      scale: this.scale,
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
RandomFourierFeatures.className = 'RandomFourierFeatures';
tf.serialization.registerClass(RandomFourierFeatures);

module.exports = { ConcatReLU, RandomFourierFeatures };
