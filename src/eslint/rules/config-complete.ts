import { configComplete } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof configComplete.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'config-complete',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Require getConfig() to return every key the layer constructor reads from its config',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: configComplete.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, configComplete, configComplete.defaultOptions),
});
