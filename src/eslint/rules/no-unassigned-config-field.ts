import { noUnassignedConfigField } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof noUnassignedConfigField.messages;
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-unassigned-config-field',
  meta: {
    type: 'problem',
    defaultOptions: [],
    docs: {
      description: 'Disallow getConfig() and computeOutputShape() reading fields that the layer never assigns',
      recommended: true,
    },
    messages: noUnassignedConfigField.messages,
    schema: [],
  },
  create: (context) => reportFindings(context, noUnassignedConfigField, noUnassignedConfigField.defaultOptions),
});
