// The ESLint side of the pipeline: ESLint's file -> the TypeScript SourceFile the parser
// already built -> the shared analysis -> this rule's findings -> context.report().
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';
import type * as typescript from 'typescript';
import { analyzeFile, plainTypeScript, shouldAnalyze, type Finding, type LayerCheck, type Ts } from '../core';
import { loadTypeScript, parsedWithoutTypes } from './load-typescript';

// The analysis calls into TypeScript for nearly every node: through a plain copy of the module, not its getters.
// Made on the first file that mentions TF.js: a run that sees none never loads TypeScript.
let ts: Ts;

/** `settings: { 'tfjs-layers': { typeAware: true } }`, as configs['recommended-type-checked'] sets it. */
export interface TfjsLayersSettings {
  typeAware?: boolean;
}

export function reportFindings<MessageId extends string, Options extends object>(
  context: Readonly<TSESLint.RuleContext<MessageId, readonly unknown[]>>,
  check: LayerCheck<MessageId, Options>,
  options: Options,
): TSESLint.RuleListener {
  const typeAware = (context.settings['tfjs-layers'] as TfjsLayersSettings | undefined)?.typeAware === true;
  // Most files never mention TF.js: they cost one text search, shared by all the rules.
  if (!shouldAnalyzeCached(context, typeAware)) return {};
  ts ??= plainTypeScript(loadTypeScript());
  // Type-aware mode is asked for explicitly; without a program this throws typescript-eslint's own explanation.
  // A file outside every tsconfig, which configs['recommended-type-checked'] parsed without types, is read alone.
  const program = typeAware && !parsedWithoutTypes(context.sourceCode.ast) ? getParserServices(context).program : undefined;
  return {
    Program(node) {
      const analysis = analyzeFile(ts, getSourceFile(context, node), program);
      const reportContext = createReportContext(context, check);
      for (const finding of check.run(ts, analysis, options)) reportContext.report(finding);
    },
  };
}

const textVerdicts = new WeakMap<object, { typeAware: boolean; mayHold: boolean }>();

/** The file gate (src/core/file-gate.ts) on the file's name and text, before anything is parsed or loaded. */
function shouldAnalyzeCached(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, typeAware: boolean): boolean {
  const { sourceCode } = context;
  const cached = textVerdicts.get(sourceCode);
  if (cached?.typeAware === typeAware) return cached.mayHold;
  const mayHold = shouldAnalyze({ fileName: context.filename, text: sourceCode.text }, typeAware);
  textVerdicts.set(sourceCode, { typeAware, mayHold });
  return mayHold;
}

/** Reports one rule's findings, each message id checked against the rule's own `messages`. */
export interface ReportContext {
  report(finding: Finding): void;
}

/**
 * The core writes message ids as plain strings: here each one is proved to be one of the rule's
 * `MessageId`s before ESLint sees it, so the descriptor is typed by the rule's messages without a
 * cast, and an id the definition lacks fails naming the rule (ESLint would fail on it too, later).
 */
export function createReportContext<MessageId extends string>(
  context: Readonly<TSESLint.RuleContext<MessageId, readonly unknown[]>>,
  rule: Pick<LayerCheck<MessageId>, 'ruleId' | 'messages'>,
): ReportContext {
  const { sourceCode } = context;
  const messageIdOf = (id: string): MessageId => {
    if (!isMessageId(rule.messages, id))
      throw new Error(`tfjs-layers/${rule.ruleId}: the check reported the message id '${id}', which its definition's messages lack`);
    return id;
  };
  const toFix = (fix: NonNullable<Finding['fix']>) => (fixer: TSESLint.RuleFixer) =>
    fix.edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));
  return {
    report(finding) {
      context.report({
        messageId: messageIdOf(finding.messageId),
        data: finding.data,
        loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
        fix: finding.fix ? toFix(finding.fix) : null,
        suggest: finding.suggestions?.map((suggestion) => ({ messageId: messageIdOf(suggestion.messageId), data: suggestion.data, fix: toFix(suggestion) })),
      });
    },
  };
}

function isMessageId<MessageId extends string>(messages: Readonly<Record<MessageId, string>>, id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(messages, id);
}

const ownParses = new WeakMap<TSESTree.Program, typescript.SourceFile>();

/**
 * The typescript-eslint parser keeps the SourceFile it parsed in its node maps. Under another
 * parser (espree, Babel) there is none, so the file is parsed once more here.
 */
function getSourceFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, program: TSESTree.Program): typescript.SourceFile {
  const mapped = context.sourceCode.parserServices?.esTreeNodeToTSNodeMap?.get(program) as typescript.Node | undefined;
  if (mapped && ts.isSourceFile(mapped)) return mapped;
  let parsed = ownParses.get(program);
  if (!parsed) {
    parsed = ts.createSourceFile(context.filename, context.sourceCode.text, ts.ScriptTarget.Latest, true, scriptKindOf(context.filename));
    ownParses.set(program, parsed);
  }
  return parsed;
}

function scriptKindOf(fileName: string): typescript.ScriptKind {
  if (/\.[cm]?tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  return /\.[cm]?jsx$/.test(fileName) ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}
