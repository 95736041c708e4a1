// Custom layers for the demo page (index.html). A classic <script>: no import, TF.js is the
// global `tf` defined by the <script> tag that loads it from the CDN.

/**
 * PixelNormalization (ProGAN): divides each pixel's feature vector by its RMS.
 * Correct: className as a static getter, registered, `epsilon` in getConfig().
 */
class PixelNormalization extends tf.layers.Layer {
  static get className() {
    return 'PixelNormalization';
  }

  constructor(config) {
    super(config || {});
    this.epsilon = (config && config.epsilon) || 1e-8;
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return x.div(x.square().mean(-1, true).add(this.epsilon).sqrt());
    });
  }

  getConfig() {
    const config = super.getConfig();
    Object.assign(config, { epsilon: this.epsilon });
    return config;
  }
}
tf.serialization.registerClass(PixelNormalization);

/**
 * Antirectifier, as the tfjs-examples `custom-layer` demo writes it.
 *
 * MISTAKES: an instance getClassName() instead of a `static className` (require-class-name:
 * the layer can be built and saved, since the constructor and model.save() call getClassName(),
 * but registerClass() reads the static property and would reject it), and it is never registered
 * (require-register-class: "Unknown layer: Antirectifier" on load).
 */
class Antirectifier extends tf.layers.Layer {
  constructor() {
    super({});
  }

  computeOutputShape(inputShape) {
    return [inputShape[0], 2 * inputShape[1]];
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const centered = x.sub(x.mean(1, true));
      return tf.concat([tf.relu(centered), tf.relu(centered.neg())], 1);
    });
  }

  getClassName() {
    return 'Antirectifier';
  }
}

function antirectifier() {
  return new Antirectifier();
}

window.customLayers = { PixelNormalization, antirectifier };
