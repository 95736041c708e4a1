// Findings -> tsserver's answers: diagnostics, quick fixes, fix-all. Each override asks
// TypeScript first and adds ours in a try: on any failure of ours it logs and returns
// TypeScript's own answer, so the plugin can never take the editor's TypeScript down.
import type * as TS from 'typescript';
import { formatMessage, type CodeFix, type TextEdit, type Ts } from '../core';
import { ALL_DIAGNOSTIC_CODES, DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE, fixIdOf } from './codes';
import type { FindingsCache, RuleFinding } from './file-findings';

const DECORATED = Symbol.for('eslint-plugin-tfjs-layers.decorated');

export interface DecorateContext {
  ts: Ts;
  languageService: TS.LanguageService;
  findings: FindingsCache;
  log: (message: string) => void;
}

export function isDecorated(languageService: TS.LanguageService): boolean {
  return (languageService as unknown as Record<symbol, unknown>)[DECORATED] === true;
}

/** A proxy that forwards every method and overrides four. */
export function decorateLanguageService(context: DecorateContext): TS.LanguageService {
  const { languageService } = context;
  const proxy = Object.create(null) as TS.LanguageService & Record<symbol, unknown>;
  for (const key of Object.keys(languageService) as Array<keyof TS.LanguageService>) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- bound to languageService below when a function
    const member = languageService[key];
    (proxy as unknown as Record<string, unknown>)[key] =
      typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(languageService) : member;
  }
  proxy[DECORATED] = true;

  const guarded =
    <Args extends unknown[], Result>(name: string, original: (...args: Args) => Result, extend: (result: Result, ...args: Args) => Result) =>
    (...args: Args): Result => {
      const result = original(...args);
      try {
        return extend(result, ...args);
      } catch (error) {
        context.log(`${name} failed, returning TypeScript's own result: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return result;
      }
    };

  proxy.getSemanticDiagnostics = guarded('getSemanticDiagnostics', languageService.getSemanticDiagnostics.bind(languageService), (diagnostics, fileName) => {
    const ours = context.findings.get(fileName).map((found) => toDiagnostic(context.ts, languageService.getProgram()?.getSourceFile(fileName), found));
    return ours.length === 0 ? diagnostics : [...diagnostics, ...ours];
  });

  // TypeScript's answer may already hold our codes (registered in init()): add only the missing ones.
  proxy.getSupportedCodeFixes = guarded('getSupportedCodeFixes', languageService.getSupportedCodeFixes.bind(languageService), (codes) => [
    ...new Set([...codes, ...ALL_DIAGNOSTIC_CODES.map(String)]),
  ]);

  proxy.getCodeFixesAtPosition = guarded(
    'getCodeFixesAtPosition',
    languageService.getCodeFixesAtPosition.bind(languageService),
    (fixes, fileName, start, end, errorCodes) => {
      const wanted = new Set(errorCodes);
      const matching = context.findings
        .get(fileName)
        .filter(({ finding }) => wanted.has(DIAGNOSTIC_CODES[finding.ruleId]!) && finding.start <= end && start <= finding.end);
      if (matching.length === 0) return fixes;
      const sourceFile = languageService.getProgram()?.getSourceFile(fileName);
      return [...fixes, ...matching.flatMap((found) => toCodeFixActions(fileName, sourceFile, found))];
    },
  );

  // TypeScript throws on fix ids it does not know, so ours never reach it.
  proxy.getCombinedCodeFix = (scope, fixId, formatOptions, preferences) => {
    const ruleId = typeof fixId === 'string' && fixId.startsWith(`${DIAGNOSTIC_SOURCE}/`) ? fixId.slice(DIAGNOSTIC_SOURCE.length + 1) : undefined;
    if (!ruleId) return languageService.getCombinedCodeFix(scope, fixId, formatOptions, preferences);
    try {
      const fixes = context.findings
        .get(scope.fileName)
        .filter(({ finding }) => finding.ruleId === ruleId && finding.fix)
        .map(({ finding }) => finding.fix!);
      return { changes: [{ fileName: scope.fileName, textChanges: mergeEdits(fixes.flatMap((fix) => fix.edits)).map(toTextChange) }] };
    } catch (error) {
      context.log(`getCombinedCodeFix failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { changes: [] };
    }
  };

  return proxy;
}

function toDiagnostic(ts: Ts, sourceFile: TS.SourceFile | undefined, { finding, rule }: RuleFinding): TS.Diagnostic {
  return {
    file: sourceFile,
    start: finding.start,
    length: finding.end - finding.start,
    messageText: `${formatMessage(rule.check.messages[finding.messageId] ?? finding.messageId, finding.data)} (${DIAGNOSTIC_SOURCE}/${finding.ruleId})`,
    category: rule.level === 'error' ? ts.DiagnosticCategory.Error : ts.DiagnosticCategory.Warning,
    code: DIAGNOSTIC_CODES[finding.ruleId]!,
    source: DIAGNOSTIC_SOURCE,
  };
}

/** The fix, each suggestion, and "disable for this line", as the editor's quick fixes. */
function toCodeFixActions(fileName: string, sourceFile: TS.SourceFile | undefined, { finding, rule }: RuleFinding): TS.CodeFixAction[] {
  const describe = (fix: CodeFix): string => formatMessage(rule.check.messages[fix.messageId] ?? fix.messageId, fix.data);
  const action = (fix: CodeFix, fixAll: boolean): TS.CodeFixAction => ({
    fixName: fixIdOf(finding.ruleId),
    description: describe(fix),
    changes: [{ fileName, textChanges: fix.edits.map(toTextChange) }],
    // Only true fixes join "fix all": suggestions need a person to look at each.
    ...(fixAll ? { fixId: fixIdOf(finding.ruleId), fixAllDescription: `Fix all ${DIAGNOSTIC_SOURCE}/${finding.ruleId} problems in this file` } : {}),
  });
  const actions = [...(finding.fix ? [action(finding.fix, true)] : []), ...(finding.suggestions ?? []).map((suggestion) => action(suggestion, false))];
  if (sourceFile) actions.push(disableForLineAction(fileName, sourceFile, finding.ruleId, finding.start));
  return actions;
}

function disableForLineAction(fileName: string, sourceFile: TS.SourceFile, ruleId: string, position: number): TS.CodeFixAction {
  const text = sourceFile.text;
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    fixName: `${fixIdOf(ruleId)}/disable`,
    description: `Disable ${DIAGNOSTIC_SOURCE}/${ruleId} for this line`,
    changes: [
      {
        fileName,
        textChanges: [{ span: { start: lineStart, length: 0 }, newText: `${indent}// eslint-disable-next-line ${DIAGNOSTIC_SOURCE}/${ruleId}${newline}` }],
      },
    ],
  };
}

function toTextChange(edit: TextEdit): TS.TextChange {
  return { span: { start: edit.start, length: edit.end - edit.start }, newText: edit.text };
}

/**
 * Edits of several fixes as one change set, the way ESLint applies a pass: in order, an edit
 * repeated by another fix once (a shared import), an edit overlapping an earlier one dropped.
 */
export function mergeEdits(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  const merged: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    if (edit.start < lastEnd) continue;
    seen.add(key);
    merged.push(edit);
    lastEnd = Math.max(lastEnd, edit.end);
  }
  return merged;
}
