// RuleTester suite for model-json-weights, with the real @eslint/json language.
import { rules } from '../../src/eslint/rules';
import { convertedModel, FILENAME, lineOf, OPTIONS, ruleTester, savedModel } from './rule-tester';

const rule = rules['model-json-weights'];

const WHERE = 'tests/json/fixtures/project/src/layers.ts:13';
const scale = { class_name: 'Scale', config: { name: 'scale_Scale1', units: 3, drop_rate: 0.5 } };
const wrapped = {
  class_name: 'TimeDistributed',
  config: { name: 'td_1', layer: { class_name: 'Scale', config: { name: 'scale_Scale2', units: 3, drop_rate: 0.5 } } },
};
const biasRenamed = savedModel([scale], ['scale_Scale1/gain', 'scale_Scale1/bias']);
const innerNames = savedModel([wrapped], ['scale_Scale2/gain', 'scale_Scale2/offset']);

ruleTester.run('model-json-weights', rule as never, {
  valid: [
    { code: savedModel([scale], ['scale_Scale1/gain', 'scale_Scale1/offset']), filename: FILENAME, options: OPTIONS },
    // TF 2.2's `layer/cell/weight` form: TF.js drops the middle part.
    { code: convertedModel([scale], ['scale_Scale1/cell/gain', 'scale_Scale1/offset']), filename: FILENAME, options: OPTIONS },
    // A wrapped layer's weights are saved under TimeDistributed's name.
    { code: savedModel([wrapped], ['td_1/gain', 'td_1/offset']), filename: FILENAME, options: OPTIONS },
    // `bias` is made only when useBias: its absence is not a finding.
    { code: savedModel([{ class_name: 'MaybeBias', config: { name: 'mb', use_bias: false } }], ['mb/kernel']), filename: FILENAME, options: OPTIONS },
    // A base from another module may create weights of its own.
    { code: savedModel([{ class_name: 'Gated', config: { name: 'g' } }], ['g/gate', 'g/anything']), filename: FILENAME, options: OPTIONS },
    // Built-in layers are not checked; a topology saved without weights has nothing to check.
    { code: savedModel([{ class_name: 'Dense', config: { name: 'd' } }], ['d/kernel', 'd/whatever']), filename: FILENAME, options: OPTIONS },
    { code: savedModel([scale]), filename: FILENAME, options: OPTIONS },
    // Keras 3's saved-model weight names are matched by position: not followed.
    { code: savedModel([scale], ['layers/scale_Scale1/vars/0']), filename: FILENAME, options: OPTIONS },
  ],
  invalid: [
    {
      code: biasRenamed,
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'missingWeight',
          data: { layer: 'scale_Scale1', className: 'Scale', where: WHERE, short: 'offset', weight: 'scale_Scale1/offset' },
          line: lineOf(biasRenamed, '"Scale"'),
        },
        {
          messageId: 'extraWeight',
          data: { weight: 'scale_Scale1/bias', className: 'Scale', where: WHERE, short: 'bias', created: "it creates 'gain', 'offset'" },
          line: lineOf(biasRenamed, '"scale_Scale1/bias"'),
        },
      ],
    },
    {
      // Named after the inner layer, as if it were not wrapped: no target, and the wrapper's are missing.
      code: innerNames,
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        { messageId: 'missingWeight', data: { layer: 'scale_Scale2', className: 'Scale', where: WHERE, short: 'gain', weight: 'td_1/gain' } },
        { messageId: 'missingWeight', data: { layer: 'scale_Scale2', className: 'Scale', where: WHERE, short: 'offset', weight: 'td_1/offset' } },
      ],
    },
    {
      code: convertedModel([{ class_name: 'MaybeBias', config: { name: 'mb', use_bias: true } }], ['mb/bias']),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'missingWeight',
          data: { layer: 'mb', className: 'MaybeBias', where: 'tests/json/fixtures/project/src/layers.ts:48', short: 'kernel', weight: 'mb/kernel' },
        },
      ],
    },
  ],
});
