import { noUntrackedState } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof noUntrackedState.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-untracked-state',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow layer state that model.save() does not store: tf.variable, random tensors, nested layers, fields changed in call()',
      recommended: true,
    },
    messages: noUntrackedState.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, noUntrackedState, noUntrackedState.defaultOptions),
});
