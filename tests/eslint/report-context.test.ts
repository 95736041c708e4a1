// The ESLint report context (src/eslint/report-findings.ts): a check's findings reach the real
// Linter as the rule's own message ids, with the positions, fix and suggestions the core computed,
// and an id the rule's definition lacks fails naming the rule and the id.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter, type Rule } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../../src/core';
import { createReportContext } from '../../src/eslint/report-findings';

const messages = { swapped: "'{{key}}' is swapped", swapBack: "Swap '{{key}}' back" };
const code = 'const a = 1;\nconst b = 2;\n';

/** A rule that reports the given findings on the Program node, through the report context. */
function ruleReporting(findings: Finding[]): Rule.RuleModule {
  return {
    meta: { type: 'problem', fixable: 'code', hasSuggestions: true, messages, schema: [] },
    create(context) {
      const reportContext = createReportContext(context as unknown as TSESLint.RuleContext<keyof typeof messages, []>, { ruleId: 'probe', messages });
      return { Program: () => findings.forEach((finding) => reportContext.report(finding)) };
    },
  };
}

function lint(findings: Finding[]): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [{ plugins: { test: { rules: { probe: ruleReporting(findings) } } }, rules: { 'test/probe': 'error' } }]);
}

describe('report context', () => {
  it('reports a finding with its message, range, fix and suggestions', () => {
    const edit = { start: 6, end: 7, text: 'z' };
    const [message, ...rest] = lint([
      {
        ruleId: 'probe',
        messageId: 'swapped',
        data: { key: 'a' },
        start: 6,
        end: 11,
        fix: { messageId: 'swapBack', data: { key: 'a' }, edits: [edit] },
        suggestions: [{ messageId: 'swapBack', data: { key: 'a' }, edits: [edit] }],
      },
    ]);
    assert.deepEqual(rest, []);
    assert.ok(message);
    assert.equal(message.messageId, 'swapped');
    assert.equal(message.message, "'a' is swapped");
    assert.deepEqual([message.line, message.column, message.endLine, message.endColumn], [1, 7, 1, 12]);
    assert.deepEqual(message.fix, { range: [6, 7], text: 'z' });
    assert.deepEqual(
      message.suggestions?.map((suggestion) => [suggestion.messageId, suggestion.desc, suggestion.fix]),
      [['swapBack', "Swap 'a' back", { range: [6, 7], text: 'z' }]],
    );
  });

  it('fails on a message id the definition lacks, naming the rule and the id', () => {
    assert.throws(
      () => lint([{ ruleId: 'probe', messageId: 'missing', data: {}, start: 0, end: 1 }]),
      /tfjs-layers\/probe: the check reported the message id 'missing'/,
    );
    const suggestion = { messageId: 'noSuchSuggestion', data: {}, edits: [] };
    assert.throws(
      () => lint([{ ruleId: 'probe', messageId: 'swapped', data: { key: 'a' }, start: 0, end: 1, suggestions: [suggestion] }]),
      /message id 'noSuchSuggestion'/,
    );
  });
});
