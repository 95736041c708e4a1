// TokenAndPositionEmbedding: token ids [batch, sequenceLength] -> vectors
// [batch, sequenceLength, embeddingDim], a token embedding plus a learned position embedding.
// A correct layer, written in the getConfig() idiom of TF.js's own layers.
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import { firstInput, firstShape } from './shape-utils';

export interface TokenAndPositionEmbeddingArgs extends LayerArgs {
  vocabularySize: number;
  sequenceLength: number;
  embeddingDim: number;
}

export class TokenAndPositionEmbedding extends tf.layers.Layer {
  static className = 'TokenAndPositionEmbedding';

  readonly vocabularySize: number;
  readonly sequenceLength: number;
  readonly embeddingDim: number;
  private tokenEmbeddings!: tf.LayerVariable;
  private positionEmbeddings!: tf.LayerVariable;

  constructor(args: TokenAndPositionEmbeddingArgs) {
    super(args);
    this.vocabularySize = args.vocabularySize;
    this.sequenceLength = args.sequenceLength;
    this.embeddingDim = args.embeddingDim;
  }

  override build(): void {
    const init = tf.initializers.randomNormal({ stddev: 0.02 });
    this.tokenEmbeddings = this.addWeight('tokenEmbeddings', [this.vocabularySize, this.embeddingDim], 'float32', init);
    this.positionEmbeddings = this.addWeight('positionEmbeddings', [this.sequenceLength, this.embeddingDim], 'float32', init);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const ids = tf.cast(firstInput(inputs), 'int32');
      const tokens = tf.gather(this.tokenEmbeddings.read(), ids);
      // [sequenceLength, embeddingDim] broadcasts over the batch axis.
      return tokens.add(this.positionEmbeddings.read());
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [...firstShape(inputShape), this.embeddingDim];
  }

  override getConfig(): tf.serialization.ConfigDict {
    const config = {
      vocabularySize: this.vocabularySize,
      sequenceLength: this.sequenceLength,
      embeddingDim: this.embeddingDim,
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
}
tf.serialization.registerClass(TokenAndPositionEmbedding);
