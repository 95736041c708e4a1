// The shape every check has, so both front ends can run any of them the same way.
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { Ts } from '../ts-ast';

export interface LayerCheck<MessageId extends string = string, Options extends object = object> {
  ruleId: string;
  /** Message templates by id, with `{{placeholders}}` as ESLint writes them. */
  messages: Record<MessageId, string>;
  defaultOptions: Options;
  run(ts: Ts, analysis: FileAnalysis, options: Options): Finding[];
}

/** Declares a check with its message ids inferred from `messages`. */
export function defineCheck<MessageId extends string, Options extends object>(check: LayerCheck<MessageId, Options>): LayerCheck<MessageId, Options> {
  return check;
}
