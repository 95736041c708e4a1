import { requireRegisterClass, type RequireRegisterClassOptions } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof requireRegisterClass.messages;
export type Options = [RequireRegisterClassOptions];

export default createRule<Options, MessageIds>({
  name: 'require-register-class',
  meta: {
    type: 'problem',
    defaultOptions: [requireRegisterClass.defaultOptions],
    docs: {
      description: 'Require every concrete layer class to be registered with tf.serialization.registerClass() at module level',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: false,
    messages: requireRegisterClass.messages,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          registrationFunctions: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Names of project functions that register a class with TF.js (called as `name(MyLayer)` or `obj.name(MyLayer)`).',
          },
        },
      },
    ],
  },
  create: (context, [options]) => reportFindings(context, requireRegisterClass, options),
});
