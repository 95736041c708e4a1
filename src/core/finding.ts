// What the analysis hands to the front ends: plain offsets and text edits, so
// ESLint and tsserver can each turn them into their own report and fix types.

/** Replace `[start, end)` of the file text with `text` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A set of edits with the message that describes it (the title of an editor's quick fix). */
export interface CodeFix {
  messageId: string;
  data: Record<string, string>;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  data: Record<string, string>;
  start: number;
  end: number;
  /** Applied by `eslint --fix` and by "fix all": only edits that cannot break a working model. */
  fix?: CodeFix;
  /** Offered one by one, never applied automatically. */
  suggestions?: CodeFix[];
}

/** Replaces `{{name}}` placeholders the way ESLint does, for front ends that format messages themselves. */
export function formatMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}
