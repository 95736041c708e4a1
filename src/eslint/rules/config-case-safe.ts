import { configCaseSafe } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof configCaseSafe.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'config-case-safe',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow getConfig() keys and string values that TF.js\'s snake_case/camelCase conversion changes on save and load',
      recommended: true,
    },
    messages: configCaseSafe.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, configCaseSafe, configCaseSafe.defaultOptions),
});
