import { constructorPassesConfig } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof constructorPassesConfig.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'constructor-passes-config',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Require layer constructors to take one config object and pass it to super()',
      recommended: true,
    },
    hasSuggestions: true,
    messages: constructorPassesConfig.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, constructorPassesConfig, constructorPassesConfig.defaultOptions),
});
