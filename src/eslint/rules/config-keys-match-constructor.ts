import { configKeysMatchConstructor } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof configKeysMatchConstructor.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'config-keys-match-constructor',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Require every key getConfig() returns to be read by the layer constructor',
      recommended: true,
    },
    hasSuggestions: true,
    messages: configKeysMatchConstructor.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, configKeysMatchConstructor, configKeysMatchConstructor.defaultOptions),
});
