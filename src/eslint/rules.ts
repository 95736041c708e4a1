// The ESLint rules, derived from the rule definitions: the source rules from src/core/checks (each
// an adapter from ESLint's file to the shared analysis, see report-findings.ts), the model.json rules
// from src/json/rules (listeners for @eslint/json's language). No rule is named here.
import { allChecks, type LayerCheck, type RegisteredCheck } from '../core';
import { allJsonRules, createJsonListeners, type JsonRuleContext, type JsonRuleDefinition } from '../json';
import { createRule, docsUrlOf, metaOf, type OptionsTuple } from './create-rule';
import { reportFindings } from './report-findings';

type MessageIdOf<Definition extends { messages: object }> = keyof Definition['messages'] & string;

/** The ESLint rule of a source rule's definition. */
function createSourceRule<MessageId extends string, Options extends object, Id extends string>(check: LayerCheck<MessageId, Options, Id>) {
  return createRule<OptionsTuple<Options>, MessageId>({
    name: check.ruleId,
    meta: metaOf(check),
    create: (context) => reportFindings(context, check, context.options[0] ?? check.defaultOptions),
  });
}

/** The ESLint rule of a model.json rule's definition, for the JSON language (so not a typescript-eslint RuleModule). */
function createJsonRule<MessageId extends string, Id extends string>(definition: JsonRuleDefinition<MessageId, Id>) {
  const meta = metaOf(definition);
  return {
    name: definition.ruleId,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrlOf(definition.ruleId) } },
    create: (context: JsonRuleContext<MessageId>) => createJsonListeners(definition, context),
  };
}

type SourceRules = {
  [Definition in RegisteredCheck as Definition['ruleId']]: ReturnType<
    typeof createSourceRule<MessageIdOf<Definition>, Definition['defaultOptions'], Definition['ruleId']>
  >;
};
type JsonRules = {
  [Definition in (typeof allJsonRules)[number] as Definition['ruleId']]: ReturnType<typeof createJsonRule<MessageIdOf<Definition>, Definition['ruleId']>>;
};

const byId = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : 1);

/** Every source rule by its id, sorted. */
export const sourceRules = Object.fromEntries(
  allChecks.map((check) => [check.ruleId, createSourceRule<string, object, string>(check)] as [string, unknown]).sort(byId),
) as SourceRules;

/** Every rule, source and model.json, by its id, sorted. */
export const rules = Object.fromEntries(
  [
    ...Object.entries(sourceRules),
    ...allJsonRules.map((definition) => [definition.ruleId, createJsonRule<string, string>(definition)] as [string, unknown]),
  ].sort(byId),
) as SourceRules & JsonRules;
