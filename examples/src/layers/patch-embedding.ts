// PatchEmbedding (ViT): cuts images [batch, height, width, channels] into patchSize x patchSize
// patches and projects each one to embedDim: output [batch, patches, embedDim].
//
// MISTAKE (config-complete, twice): getConfig() spreads super.getConfig() but returns only
// patchSize. `embedDim` is lost, and so is `useBias`, which the constructor keeps under another
// field name (`this.hasBias`). On reload the layer gets `embedDim: undefined` and cannot build
// its kernel ("Tensor must have a shape comprised of positive integers but got shape [48,]"),
// and a model saved with useBias: false would reload with a bias.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, firstShape, lastDim } from './shape-utils';

export interface PatchEmbeddingArgs extends LayerArgs {
  patchSize: number;
  embedDim: number;
  useBias?: boolean;
}

export class PatchEmbedding extends tf.layers.Layer {
  static className = 'PatchEmbedding';

  readonly patchSize: number;
  readonly embedDim: number;
  private readonly hasBias: boolean;
  private kernel!: tf.LayerVariable;
  private bias?: tf.LayerVariable;

  constructor(args: PatchEmbeddingArgs) {
    super(args);
    this.patchSize = args.patchSize;
    this.embedDim = args.embedDim;
    this.hasBias = args.useBias ?? true;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const patchValues = this.patchSize * this.patchSize * lastDim(inputShape, this.name);
    this.kernel = this.addWeight('kernel', [patchValues, this.embedDim], 'float32', tf.initializers.glorotUniform({}));
    if (this.hasBias) {
      this.bias = this.addWeight('bias', [this.embedDim], 'float32', tf.initializers.zeros());
    }
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const images = firstInput<tf.Tensor4D>(inputs);
      const [batch, height, width, channels] = images.shape;
      const p = this.patchSize;
      const rows = height / p;
      const cols = width / p;
      const patches = images
        .reshape([batch, rows, p, cols, p, channels])
        .transpose([0, 1, 3, 2, 4, 5])
        .reshape([batch * rows * cols, p * p * channels]) as tf.Tensor2D;
      let embedded: tf.Tensor = patches.matMul(this.kernel.read() as tf.Tensor2D);
      if (this.bias) embedded = embedded.add(this.bias.read());
      return embedded.reshape([batch, rows * cols, this.embedDim]);
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [batch, height, width] = firstShape(inputShape);
    const patches = height == null || width == null ? null : (height / this.patchSize) * (width / this.patchSize);
    return [batch ?? null, patches, this.embedDim];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      patchSize: this.patchSize,
    };
  }
}
tf.serialization.registerClass(PatchEmbedding);
