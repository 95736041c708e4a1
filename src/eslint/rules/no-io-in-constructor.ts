import { noIoInConstructor } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof noIoInConstructor.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-io-in-constructor',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow file, network and model loading in layer constructors and build()',
      recommended: false,
    },
    messages: noIoInConstructor.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, noIoInConstructor, noIoInConstructor.defaultOptions),
});
