import { requireClassName } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof requireClassName.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-class-name',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Require every concrete layer class to declare its own `static className` as a string literal',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: requireClassName.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, requireClassName, requireClassName.defaultOptions),
});
