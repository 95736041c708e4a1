import { requireClassName, type RequireClassNameOptions } from '../../core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export type MessageIds = keyof typeof requireClassName.messages;
export type Options = [RequireClassNameOptions];

export default createRule<Options, MessageIds>({
  name: 'require-class-name',
  meta: {
    type: 'problem',
    defaultOptions: [requireClassName.defaultOptions],
    docs: {
      description: 'Require every concrete layer class to declare its own `static className` as a string literal',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: requireClassName.messages,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          minifiedBuild: {
            type: 'boolean',
            description: 'The project minifies its code: also report a className computed from the class name (`this.name`, `X.name`), which a minifier mangles.',
          },
        },
      },
    ],
  },
  create: (context, [options]) => reportFindings(context, requireClassName, options),
});
