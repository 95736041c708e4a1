import { getConfigCallsSuper } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof getConfigCallsSuper.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'get-config-calls-super',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Require getConfig() to merge super.getConfig() into the config it returns',
      recommended: true,
    },
    fixable: 'code',
    messages: getConfigCallsSuper.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, getConfigCallsSuper, getConfigCallsSuper.defaultOptions),
});
