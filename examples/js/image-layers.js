// Image layers, written against named imports of @tensorflow/tfjs (an ES module).
import { initializers, layers, serialization, tensor1d, tidy } from '@tensorflow/tfjs';

/**
 * BlurPool2D (Zhang 2019): anti-aliased downsampling, a fixed [1, 2, 1] binomial blur then a
 * stride-2 subsample, per channel. Correct: the blur filter is a constant rebuilt from the
 * config on every build (not state), and `stride` is in getConfig().
 */
export class BlurPool2D extends layers.Layer {
  static className = 'BlurPool2D';

  constructor(args = {}) {
    super(args);
    this.stride = args.stride ?? 2;
  }

  build(inputShape) {
    const channels = inputShape[inputShape.length - 1];
    const taps = tensor1d([1, 2, 1]).div(4);
    const filter2d = taps.reshape([3, 1]).mul(taps.reshape([1, 3]));
    this.filter = filter2d.reshape([3, 3, 1, 1]).tile([1, 1, channels, 1]);
  }

  call(inputs) {
    return tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return x.depthwiseConv2d(this.filter, [this.stride, this.stride], 'same');
    });
  }

  computeOutputShape(inputShape) {
    const [batch, height, width, channels] = inputShape;
    const down = (size) => (size == null ? null : Math.ceil(size / this.stride));
    return [batch, down(height), down(width), channels];
  }

  getConfig() {
    return {
      ...super.getConfig(),
      stride: this.stride,
    };
  }
}
serialization.registerClass(BlurPool2D);

/**
 * ChannelScale: one learned multiplier per channel (LayerScale, Touvron et al. 2021).
 *
 * MISTAKE (require-register-class): correct in itself, but never registered, so
 * tf.loadLayersModel() fails with "Unknown layer: ChannelScale".
 */
export class ChannelScale extends layers.Layer {
  static className = 'ChannelScale';

  constructor(args = {}) {
    super(args);
    this.initValue = args.initValue ?? 1e-4;
  }

  build(inputShape) {
    const channels = inputShape[inputShape.length - 1];
    this.scale = this.addWeight('scale', [channels], 'float32', initializers.constant({ value: this.initValue }));
  }

  call(inputs) {
    return tidy(() => (Array.isArray(inputs) ? inputs[0] : inputs).mul(this.scale.read()));
  }

  getConfig() {
    return {
      ...super.getConfig(),
      initValue: this.initValue,
    };
  }
}
