// RuleTester suite for model-json-class-name, with the real @eslint/json language.
import { rules } from '../../src/eslint/rules';
import { convertedModel, FILENAME, lineOf, OPTIONS, ruleTester, savedModel } from './rule-tester';

const rule = rules['model-json-class-name'];

const dense = { class_name: 'Dense', config: { name: 'dense_Dense1', units: 2 } };
const input = { class_name: 'InputLayer', config: { name: 'input1', batch_input_shape: [null, 4] } };

function variant(className: string, layout: 'saved' | 'converted' = 'saved'): string {
  const layers = [input, { class_name: className, config: { name: 'layer_1', units: 3 } }];
  return layout === 'saved' ? savedModel(layers) : convertedModel(layers);
}

const unknownInWrapper = savedModel([
  { class_name: 'TimeDistributed', config: { name: 'td', layer: { class_name: 'Scal', config: { name: 'scale_Scale1' } } } },
]);
const unknownCell = savedModel([{ class_name: 'RNN', config: { name: 'rnn', cell: { class_name: 'MyCell', config: { name: 'c' } } } }]);
const nestedSequential = savedModel([
  { class_name: 'Sequential', config: { name: 'inner', layers: [{ class_name: 'scale', config: { name: 'scale_Scale1' } }] } },
]);

ruleTester.run('model-json-class-name', rule as never, {
  valid: [
    // The project's classes and TF.js's built-ins, in both layouts.
    {
      code: savedModel([input, dense, { class_name: 'Scale', config: { name: 'scale_Scale1', units: 3, drop_rate: 0.5 } }]),
      filename: FILENAME,
      options: OPTIONS,
    },
    { code: convertedModel([input, dense, { class_name: 'MaybeBias', config: { name: 'mb', use_bias: true } }]), filename: FILENAME, options: OPTIONS },
    // Initializers, regularizers and other {class_name, config} values are not layers.
    {
      code: savedModel([{ class_name: 'Dense', config: { name: 'd', kernel_initializer: { class_name: 'MyInitializer', config: {} } } }]),
      filename: FILENAME,
      options: OPTIONS,
    },
    // Not a layers model: a graph model, a package.json-like file, an array.
    {
      code: JSON.stringify({ format: 'graph-model', modelTopology: { node: [{ name: 'x', op: 'Placeholder' }], class_name: 'Nope', config: {} } }),
      filename: FILENAME,
      options: OPTIONS,
    },
    { code: JSON.stringify({ name: 'pkg', class_name: 'Nope', config: {} }), filename: FILENAME, options: OPTIONS },
    { code: '[1, 2, 3]', filename: FILENAME, options: OPTIONS },
  ],
  invalid: [
    {
      code: variant('dense'),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'unknownClassDidYouMean',
          line: lineOf(variant('dense'), '"dense"'),
          suggestions: [{ messageId: 'useClassName', output: variant('Dense') }],
        },
      ],
    },
    {
      code: variant('scale', 'converted'),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'unknownClassDidYouMean',
          data: { className: 'scale', suggestion: 'Scale', where: 'tests/json/fixtures/project/src/layers.ts:13' },
          suggestions: [{ messageId: 'useClassName', output: variant('Scale', 'converted') }],
        },
      ],
    },
    {
      // Keras 2's registered names carry the package: TF.js 4.22 does not strip it.
      code: variant('Custom>Scale', 'converted'),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'prefixedClass',
          data: { className: 'Custom>Scale', prefix: 'Custom', suggestion: 'Scale', where: 'tests/json/fixtures/project/src/layers.ts:13' },
          suggestions: [{ messageId: 'useClassName', output: variant('Scale', 'converted') }],
        },
      ],
    },
    {
      // Keras's aliases are not registered in TF.js.
      code: variant('Convolution2D'),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'unknownClassDidYouMean',
          data: { className: 'Convolution2D', suggestion: 'Conv2D', where: 'a TF.js built-in layer' },
          suggestions: [{ messageId: 'useClassName', output: variant('Conv2D') }],
        },
      ],
    },
    {
      code: variant('my_layer'),
      filename: FILENAME,
      options: OPTIONS,
      errors: [{ messageId: 'unknownClass', data: { className: 'my_layer' }, line: lineOf(variant('my_layer'), 'my_layer') }],
    },
    { code: unknownInWrapper, filename: FILENAME, options: OPTIONS, errors: [{ messageId: 'unknownClass', line: lineOf(unknownInWrapper, '"Scal"') }] },
    { code: unknownCell, filename: FILENAME, options: OPTIONS, errors: [{ messageId: 'unknownClass', line: lineOf(unknownCell, '"MyCell"') }] },
    {
      code: nestedSequential,
      filename: FILENAME,
      options: OPTIONS,
      errors: [{ messageId: 'unknownClassDidYouMean', suggestions: [{ messageId: 'useClassName', output: nestedSequential.replace('"scale"', '"Scale"') }] }],
    },
  ],
});
