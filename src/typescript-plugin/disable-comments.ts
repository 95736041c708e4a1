// ESLint's disable comments, honoured in the editor so that it and CI agree:
//   // eslint-disable-next-line tfjs-layers/<rule-id>
//   foo(); // eslint-disable-line tfjs-layers/<rule-id>
//   /* eslint-disable tfjs-layers/<rule-id> */ ... /* eslint-enable tfjs-layers/<rule-id> */
// A comment without rule names applies to every rule.
import type * as TS from 'typescript';
import type { Ts } from '../core';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids without the `tfjs-layers/` prefix; undefined means every rule. */
  rules?: Set<string>;
  line: number;
}

export type IsDisabled = (ruleId: string, position: number) => boolean;

export function readDisableComments(ts: Ts, sourceFile: TS.SourceFile): IsDisabled {
  const directives = findDirectives(ts, sourceFile);
  if (directives.length === 0) return () => false;
  return (ruleId, position) => {
    const line = sourceFile.getLineAndCharacterOfPosition(position).line;
    let disabled = false;
    for (const directive of directives) {
      const applies = directive.rules === undefined || directive.rules.has(ruleId);
      if (!applies) continue;
      if (directive.kind === 'disable-line' && directive.line === line) return true;
      if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true;
      // Block directives act from their line on, in order.
      if (directive.kind === 'disable' && directive.line <= line) disabled = true;
      if (directive.kind === 'enable' && directive.line <= line) disabled = false;
    }
    return disabled;
  };
}

const DIRECTIVE = /^\s*eslint-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*?))?\s*(?:--[^]*)?$/;

function findDirectives(ts: Ts, sourceFile: TS.SourceFile): Directive[] {
  const text = sourceFile.text;
  if (!text.includes('eslint-')) return [];
  const directives: Directive[] = [];
  const scanner = ts.createScanner(sourceFile.languageVersion, false, sourceFile.languageVariant, text);
  let templateDepth = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    // Without a parser, `}` that closes `${...}` in a template has to be rescanned by hand.
    if (token === ts.SyntaxKind.TemplateHead) templateDepth++;
    if (token === ts.SyntaxKind.CloseBraceToken && templateDepth > 0 && scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateTail) templateDepth--;
    if (token !== ts.SyntaxKind.SingleLineCommentTrivia && token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const raw = scanner.getTokenText();
    const body = token === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, -2);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const kind = match[1] as Directive['kind'];
    // `disable-line` and `disable-next-line` must be line comments or one-line blocks; ESLint's own rule.
    const names = match[2]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const ours = names?.filter((name) => name.startsWith('tfjs-layers/')).map((name) => name.slice('tfjs-layers/'.length));
    if (names && names.length > 0 && ours?.length === 0) continue;
    const line = sourceFile.getLineAndCharacterOfPosition(kind === 'disable-line' ? scanner.getTokenEnd() : scanner.getTokenStart()).line;
    directives.push({ kind, rules: names && names.length > 0 ? new Set(ours) : undefined, line });
  }
  return directives;
}
