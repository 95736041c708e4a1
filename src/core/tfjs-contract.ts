// TF.js 4.22 facts the checks rely on, in one place (see rules-docs for where each shows at runtime).

/**
 * Config keys the base `Layer` handles itself: its constructor reads them and
 * `super.getConfig()` returns what it keeps. `customObjects` is added by the loader.
 */
export const BASE_CONFIG_KEYS: ReadonlySet<string> = new Set(['name', 'trainable', 'dtype', 'batchInputShape', 'inputShape', 'batchSize', 'inputDType', 'weights', 'customObjects']);

/** Fields the base `Layer` owns; writing them is structure, not state to save. */
export const BASE_LAYER_FIELDS: ReadonlySet<string> = new Set([
  'name', 'trainable', 'built', 'supportsMasking', 'inputSpec', 'dtype', 'batchInputShape', 'activityRegularizer',
  'stateful', 'states', 'states_', 'keptStates', 'initialWeights', 'inboundNodes', 'outboundNodes', 'trainable_',
  '_trainableWeights', '_nonTrainableWeights', '_losses', '_updates', '_built', '_callHook', '_addedWeightNames', '_stateful', '_refCount',
]);

/** `tf.layers` factories whose layers hold no weights: nesting them loses nothing. */
export const WEIGHTLESS_LAYER_FACTORIES: ReadonlySet<string> = new Set([
  'activation', 'dropout', 'spatialDropout1d', 'flatten', 'repeatVector', 'reshape', 'permute', 'add', 'average', 'concatenate',
  'maximum', 'minimum', 'multiply', 'dot', 'zeroPadding2d', 'cropping2D', 'upSampling2d', 'reLU', 'elu', 'leakyReLU', 'softmax',
  'thresholdedReLU', 'averagePooling1d', 'avgPool1d', 'avgPooling1d', 'averagePooling2d', 'avgPool2d', 'avgPooling2d',
  'averagePooling3d', 'avgPool3d', 'avgPooling3d', 'globalAveragePooling1d', 'globalAveragePooling2d', 'globalMaxPooling1d',
  'globalMaxPooling2d', 'globalMaxPool1d', 'globalMaxPool2d', 'maxPooling1d', 'maxPooling2d', 'maxPooling3d', 'maxPool1d',
  'maxPool2d', 'gaussianNoise', 'gaussianDropout', 'alphaDropout', 'masking', 'rescaling', 'centerCrop', 'resizing',
  'categoryEncoding', 'randomWidth', 'inputLayer', 'input',
]);

/** Random tensor functions of `tf` and the index of their `seed` argument: seeded calls are reproducible. */
export const RANDOM_TENSOR_FUNCTIONS: ReadonlyMap<string, number> = new Map([
  ['randomNormal', 4],
  ['randomUniform', 4],
  ['randomUniformInt', 3],
  ['truncatedNormal', 4],
  ['randomGamma', 4],
  ['randomStandardNormal', 2],
  ['multinomial', 2],
  ['rand', 3],
]);

/** `tf.initializers` whose `apply()` draws random values unless given a `seed`. */
export const RANDOM_INITIALIZERS: ReadonlySet<string> = new Set([
  'glorotNormal', 'glorotUniform', 'heNormal', 'heUniform', 'leCunNormal', 'leCunUniform', 'randomNormal', 'randomUniform',
  'truncatedNormal', 'varianceScaling', 'orthogonal',
]);

/**
 * Tensor creators whose arguments translate into an `addWeight` initializer: the initializer and,
 * for arguments 1.., its option name and the tensor function's own default (written out, since
 * the initializers' defaults differ: `tf.randomNormal` has stddev 1, `initializers.randomNormal` 0.05).
 */
export const INITIALIZER_FOR_TENSOR: ReadonlyMap<string, { initializer: string; options: Array<{ name: string; tensorDefault?: string }> }> = new Map([
  ['zeros', { initializer: 'zeros', options: [] }],
  ['ones', { initializer: 'ones', options: [] }],
  ['fill', { initializer: 'constant', options: [{ name: 'value' }] }],
  ['randomNormal', { initializer: 'randomNormal', options: [{ name: 'mean', tensorDefault: '0' }, { name: 'stddev', tensorDefault: '1' }] }],
  // initializers.randomUniform reads `minval || -0.05`, so a minimum of 0 cannot be said to it: no suggestion then.
  ['randomUniform', { initializer: 'randomUniform', options: [{ name: 'minval', tensorDefault: '0' }, { name: 'maxval', tensorDefault: '1' }] }],
  ['truncatedNormal', { initializer: 'truncatedNormal', options: [{ name: 'mean', tensorDefault: '0' }, { name: 'stddev', tensorDefault: '1' }] }],
]);

/** Instance members of TF.js's `Layer` (tfjs-layers 4.22 `engine/topology.d.ts`): reading them needs no assignment. */
export const LAYER_INSTANCE_MEMBERS: ReadonlySet<string> = new Set([
  '_refCount', '_stateful', '_trainableWeights', '_nonTrainableWeights', 'activityRegularizer', 'addLoss', 'addWeight', 'apply',
  'assertInputCompatibility', 'assertNotDisposed', 'batchInputShape', 'build', 'built', 'calculateLosses', 'call', 'clearCallHook',
  'computeMask', 'computeOutputShape', 'countParams', 'dispose', 'disposeWeights', 'dtype', 'getConfig', 'getInputAt', 'getOutputAt',
  'getWeights', 'getClassName', 'id', 'inboundNodes', 'initialWeights', 'input', 'inputSpec', 'invokeCallHook', 'losses', 'name', 'nodeKey',
  'nonTrainableWeights', 'outboundNodes', 'output', 'outputShape', 'resetStates', 'setCallHook', 'setFastWeightInitDuringBuild',
  'setWeights', 'stateful', 'supportsMasking', 'trainable', 'trainableWeights', 'trainable_', 'updates', 'warnOnIncompatibleInputShape',
  'weights', 'states', 'states_', 'keptStates', 'constructor',
]);

/**
 * classNames of the layers registered once `@tensorflow/tfjs` 4.22 has loaded: a custom class with one of them
 * replaces the built-in. (tfjs-layers' NLP layers such as MultiHeadAttention are not loaded with it.)
 */
export const BUILT_IN_LAYER_CLASS_NAMES: ReadonlySet<string> = new Set([
  'Activation', 'Add', 'AlphaDropout', 'Average', 'AveragePooling1D', 'AveragePooling2D', 'AveragePooling3D', 'BatchNormalization',
  'Bidirectional', 'CategoryEncoding', 'CenterCrop', 'Concatenate', 'Conv1D', 'Conv2D', 'Conv2DTranspose', 'Conv3D', 'Conv3DTranspose',
  'ConvLSTM2D', 'ConvLSTM2DCell', 'Cropping2D', 'Dense', 'DepthwiseConv2D', 'Dot', 'Dropout', 'ELU', 'Embedding', 'Flatten',
  'Functional', 'GRU', 'GRUCell', 'GaussianDropout', 'GaussianNoise', 'GlobalAveragePooling1D', 'GlobalAveragePooling2D', 'GlobalMaxPooling1D',
  'GlobalMaxPooling2D', 'InputLayer', 'LSTM', 'LSTMCell', 'LayerNormalization', 'LeakyReLU', 'Masking', 'MaxPooling1D', 'MaxPooling2D',
  'MaxPooling3D', 'Maximum', 'Minimum', 'Model', 'Multiply', 'PReLU', 'Permute', 'RNN',
  'RandomWidth', 'ReLU', 'RepeatVector', 'Rescaling', 'Reshape', 'Resizing', 'SeparableConv2D', 'Sequential', 'SimpleRNN',
  'SimpleRNNCell', 'Softmax', 'SpatialDropout1D', 'StackedRNNCells', 'ThresholdedReLU', 'TimeDistributed', 'UpSampling2D', 'ZeroPadding2D',
]);
