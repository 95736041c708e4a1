// Insertions that follow the file's own layout. Every fix in this plugin only inserts:
// it never removes or rewrites a token of the user's code.
import type * as TS from 'typescript';
import type { TextEdit } from './finding';
import { cachedPerObject } from './ts-ast';

/** The whitespace that starts the line holding `position`. */
export function getLineIndent(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

// The two layout questions below are answered once per file, since every fix in a file asks again.
// Kept by SourceFile, not by text: two equal texts are different strings after a re-parse, and `!==`
// then compares them character by character, once per fix (12,000 fixes in a 4,000-class file made
// that quadratic).

/** One level of indentation as the file writes it (two spaces when nothing tells). */
export const getIndentUnit = cachedPerObject((sourceFile: TS.SourceFile) => {
  const match = /\n(\t+|[ ]{2,8})\S/.exec(sourceFile.text);
  if (!match) return '  ';
  const indent = match[1]!;
  return indent.startsWith('\t') ? '\t' : indent.length % 4 === 0 ? '    ' : '  ';
});

export const getNewline = cachedPerObject((sourceFile: TS.SourceFile) => (sourceFile.text.includes('\r\n') ? '\r\n' : '\n'));

/** Adds `property` as the last property of an object literal, keeping one-line or one-per-line layout. */
export function insertPropertyEdit(sourceFile: TS.SourceFile, literal: TS.ObjectLiteralExpression, property: string): TextEdit {
  return insertIntoBracedListEdit(sourceFile, literal, literal.properties, property);
}

/** Adds `item` last to a `{ a, b }` list: an object literal, named imports or a destructuring pattern. */
export function insertIntoBracedListEdit(sourceFile: TS.SourceFile, literal: TS.Node, properties: readonly TS.Node[], property: string): TextEdit {
  const text = sourceFile.text;
  const closeBrace = literal.end - 1;
  const last = properties.at(-1);
  if (!last) {
    const isMultiline = text.slice(literal.getStart(sourceFile), literal.end).includes('\n');
    if (!isMultiline) return { start: closeBrace, end: closeBrace, text: ` ${property} ` };
    const indent = getLineIndent(text, literal.getStart(sourceFile)) + getIndentUnit(sourceFile);
    return { start: literal.getStart(sourceFile) + 1, end: literal.getStart(sourceFile) + 1, text: `${getNewline(sourceFile)}${indent}${property},` };
  }
  const lastStart = last.getStart(sourceFile);
  const isMultiline = text.slice(literal.getStart(sourceFile), lastStart).includes('\n');
  // A trailing comma after the last property stays where it is; the new one gets its own.
  const afterLast = text.slice(last.end, closeBrace);
  const trailingComma = /^\s*,/.exec(afterLast);
  if (isMultiline) {
    const indent = getLineIndent(text, lastStart);
    if (trailingComma) {
      const commaEnd = last.end + trailingComma[0].length;
      return { start: commaEnd, end: commaEnd, text: `${getNewline(sourceFile)}${indent}${property},` };
    }
    return { start: last.end, end: last.end, text: `,${getNewline(sourceFile)}${indent}${property}` };
  }
  if (trailingComma) {
    const commaEnd = last.end + trailingComma[0].length;
    return { start: commaEnd, end: commaEnd, text: ` ${property},` };
  }
  return { start: last.end, end: last.end, text: `, ${property}` };
}

/** Adds `property` as the first property of an object literal. */
export function insertFirstPropertyEdit(sourceFile: TS.SourceFile, literal: TS.ObjectLiteralExpression, property: string): TextEdit {
  const first = literal.properties[0];
  if (!first) return insertPropertyEdit(sourceFile, literal, property);
  const text = sourceFile.text;
  const start = first.getStart(sourceFile);
  const isMultiline = text.slice(literal.getStart(sourceFile), start).includes('\n');
  return { start, end: start, text: `${property},${isMultiline ? getNewline(sourceFile) + getLineIndent(text, start) : ' '}` };
}

/** Adds a statement on its own line right before `statement`, at the same indentation. */
export function insertStatementBeforeEdit(sourceFile: TS.SourceFile, statement: TS.Statement, newStatement: string): TextEdit {
  const start = statement.getStart(sourceFile);
  const indent = getLineIndent(sourceFile.text, start);
  return { start, end: start, text: `${newStatement}${getNewline(sourceFile)}${indent}` };
}

/** Adds a statement on its own line after `statement` (and after a comment that ends its line). */
export function insertStatementAfterEdit(sourceFile: TS.SourceFile, statement: TS.Node, newStatement: string): TextEdit {
  const text = sourceFile.text;
  let end = statement.end;
  const rest = /^[ \t]*(\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/[ \t]*)?/.exec(text.slice(end));
  if (rest) end += rest[0].length;
  const indent = getLineIndent(text, statement.getStart(sourceFile));
  return { start: end, end, text: `${getNewline(sourceFile)}${indent}${newStatement}` };
}

/** Adds a member (possibly several lines, written with `\n` and no indentation) to a class body. */
export function insertClassMemberEdit(
  sourceFile: TS.SourceFile,
  classNode: TS.ClassLikeDeclaration,
  member: string,
  placement: { after?: TS.ClassElement },
): TextEdit {
  const text = sourceFile.text;
  const newline = getNewline(sourceFile);
  const firstMember = classNode.members[0];
  const memberIndent = firstMember
    ? getLineIndent(text, firstMember.getStart(sourceFile))
    : getLineIndent(text, classNode.getStart(sourceFile)) + getIndentUnit(sourceFile);
  const indented = member
    .split('\n')
    .map((line) => (line === '' ? '' : memberIndent + line))
    .join(newline);
  if (placement.after) {
    return { start: placement.after.end, end: placement.after.end, text: `${newline}${newline}${indented}` };
  }
  // As the first member: right after the opening brace.
  const openBrace = text.indexOf('{', classNode.heritageClauses?.at(-1)?.end ?? classNode.name?.end ?? classNode.getStart(sourceFile));
  const onOneLine = !text.slice(openBrace, classNode.end).includes('\n');
  const closingIndent = getLineIndent(text, classNode.getStart(sourceFile));
  return { start: openBrace + 1, end: openBrace + 1, text: `${newline}${indented}${onOneLine ? newline + closingIndent : ''}` };
}

/** `units` stays as is; `'mean-rgb'` needs quotes as a key. */
export function toPropertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** `config.units` or `config["mean-rgb"]`. */
export function toMemberAccess(object: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

/** `this.units`, or `this.#units` for a private field. */
export function thisField(field: string): string {
  return field.startsWith('#') ? `this.${field}` : toMemberAccess('this', field);
}
