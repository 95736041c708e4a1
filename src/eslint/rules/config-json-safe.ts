import { configJsonSafe } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof configJsonSafe.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'config-json-safe',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow getConfig() values that do not survive JSON: tensors, functions, class instances, undefined, NaN and Infinity',
      recommended: true,
    },
    messages: configJsonSafe.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, configJsonSafe, configJsonSafe.defaultOptions),
});
