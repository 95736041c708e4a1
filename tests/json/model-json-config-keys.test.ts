// RuleTester suite for model-json-config-keys, with the real @eslint/json language.
import { rules } from '../../src/eslint/rules';
import { convertedModel, FILENAME, lineOf, OPTIONS, ruleTester, savedModel } from './rule-tester';

const rule = rules['model-json-config-keys'];

const WHERE = 'tests/json/fixtures/project/src/layers.ts:13';
const renamed = savedModel([{ class_name: 'Scale', config: { name: 'scale_Scale1', trainable: true, unit: 4, drop_rate: 0.1 } }]);
const noDropRate = convertedModel([{ class_name: 'Scale', config: { name: 'scale', trainable: true, dtype: 'float32', units: 4 } }]);
const inWrapper = savedModel([
  { class_name: 'TimeDistributed', config: { name: 'td', layer: { class_name: 'MaybeBias', config: { name: 'mb', bias: false } } } },
]);

ruleTester.run('model-json-config-keys', rule as never, {
  valid: [
    // snake_case in the file is what the constructor reads in camelCase; base keys are Layer's.
    {
      code: savedModel([
        { class_name: 'Scale', config: { name: 'scale_Scale1', trainable: true, batch_input_shape: [null, 4], dtype: 'float32', units: 4, drop_rate: 0.1 } },
      ]),
      filename: FILENAME,
      options: OPTIONS,
    },
    { code: convertedModel([{ class_name: 'MaybeBias', config: { name: 'mb', trainable: true, use_bias: false } }]), filename: FILENAME, options: OPTIONS },
    // A base from another module: what it reads is unknown, so nothing is said about its keys.
    { code: savedModel([{ class_name: 'Gated', config: { name: 'g', width: 3, extra: 1 } }]), filename: FILENAME, options: OPTIONS },
    // The constructor hands its config to a helper: any key may be read.
    { code: savedModel([{ class_name: 'Configured', config: { name: 'c', alpha: 1, beta: 2 } }]), filename: FILENAME, options: OPTIONS },
    // Built-ins and unknown classes: no facts, no finding.
    {
      code: savedModel([
        { class_name: 'Dense', config: { name: 'd', unitz: 3 } },
        { class_name: 'Unknown', config: { a: 1 } },
      ]),
      filename: FILENAME,
      options: OPTIONS,
    },
    // Not a model.
    { code: JSON.stringify({ class_name: 'Scale', config: { unit: 1 } }), filename: FILENAME, options: OPTIONS },
  ],
  invalid: [
    {
      // The file's snake_case key is what TF.js converts: `drop_rates` reaches the constructor as `dropRates`.
      code: savedModel([{ class_name: 'Scale', config: { name: 's', units: 3, drop_rate: 0.1, drop_rates: 0.2 } }]),
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'unreadKey',
          data: { fileKey: 'drop_rates', passedAs: " (TF.js passes it on as 'dropRates')", className: 'Scale', where: WHERE, value: '0.2' },
        },
      ],
    },
    {
      code: renamed,
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'missingKey',
          data: { fileKey: 'units', key: 'units', className: 'Scale', where: WHERE, outcome: 'the default 3' },
          line: lineOf(renamed, '"config"', '"Scale"'),
        },
        { messageId: 'unreadKey', data: { fileKey: 'unit', passedAs: '', className: 'Scale', where: WHERE, value: '4' }, line: lineOf(renamed, '"unit"') },
      ],
    },
    {
      code: noDropRate,
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'missingKey',
          data: { fileKey: 'drop_rate', key: 'dropRate', className: 'Scale', where: WHERE, outcome: 'the default 0.5' },
          line: lineOf(noDropRate, '"config"', '"Scale"'),
        },
      ],
    },
    {
      // Inside a wrapper too; `bias` is not `useBias`.
      code: inWrapper,
      filename: FILENAME,
      options: OPTIONS,
      errors: [
        {
          messageId: 'missingKey',
          data: {
            fileKey: 'use_bias',
            key: 'useBias',
            className: 'MaybeBias',
            where: 'tests/json/fixtures/project/src/layers.ts:48',
            outcome: 'the default true',
          },
        },
        {
          messageId: 'unreadKey',
          data: { fileKey: 'bias', passedAs: '', className: 'MaybeBias', where: 'tests/json/fixtures/project/src/layers.ts:48', value: 'false' },
        },
      ],
    },
  ],
});
