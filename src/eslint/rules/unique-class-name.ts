import { uniqueClassName } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof uniqueClassName.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'unique-class-name',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow two layer classes, or a layer class and a TF.js built-in layer, sharing a className',
      recommended: true,
    },
    messages: uniqueClassName.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, uniqueClassName, uniqueClassName.defaultOptions),
});
