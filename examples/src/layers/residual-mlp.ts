// ResidualMlp: x + Dense(Dropout(Dense_relu(x))), the feed-forward block of a transformer.
//
// MISTAKE (no-untracked-state, twice): the two Dense layers are nested tf.layers.dense()
// instances kept in fields. TF.js does not track sublayers: countParams() is 0, model.save()
// stores none of their weights, and the reloaded block starts from fresh random weights.
// (The nested dropout holds no weights and is fine.)
import * as tf from '@tensorflow/tfjs';
import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';
import type { Kwargs } from '@tensorflow/tfjs-layers/dist/types';
import { firstInput, lastDim } from './shape-utils';

export interface ResidualMlpArgs extends LayerArgs {
  hiddenUnits: number;
  dropoutRate?: number;
}

export class ResidualMlp extends tf.layers.Layer {
  static className = 'ResidualMlp';

  readonly hiddenUnits: number;
  readonly dropoutRate: number;
  private readonly hidden: tf.layers.Layer;
  private readonly dropout: tf.layers.Layer;
  private projection!: tf.layers.Layer;

  constructor(args: ResidualMlpArgs) {
    super(args);
    this.hiddenUnits = args.hiddenUnits;
    this.dropoutRate = args.dropoutRate ?? 0.1;
    this.hidden = tf.layers.dense({ units: this.hiddenUnits, activation: 'relu' });
    this.dropout = tf.layers.dropout({ rate: this.dropoutRate });
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    this.projection = tf.layers.dense({ units: lastDim(inputShape, this.name) });
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    return tf.tidy(() => {
      const x = firstInput(inputs);
      const hidden = this.hidden.apply(x) as tf.Tensor;
      const dropped = this.dropout.apply(hidden, kwargs) as tf.Tensor;
      return x.add(this.projection.apply(dropped) as tf.Tensor);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      hiddenUnits: this.hiddenUnits,
      dropoutRate: this.dropoutRate,
    };
  }
}
tf.serialization.registerClass(ResidualMlp);
