// Contract: TF.js names a layer by its own `static className`, a string literal. The
// default layer name is built from it, model.save() writes it as `class_name`, and the
// loader looks the class up by it. Missing: the constructor throws. Computed: a minifier
// renames the class and saved files carry the mangled name. Inherited: the layer is
// saved as its parent and silently reloads as the parent.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { findInheritedClassName, isConcreteLayer, isSavedAsItself } from '../layer-queries';
import { getProgramIndexOf } from '../program-index';
import { insertClassMemberEdit, insertStatementAfterEdit } from '../text-edits';
import { cachedPerKey, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const requireClassName = defineCheck({
  ruleId: 'require-class-name',
  messages: {
    missingClassName: "{{layer}} has no `static className`: constructing it throws \"Cannot read properties of undefined (reading 'replace')\", and tf.serialization.registerClass() rejects it.",
    inheritedClassName: "{{layer}} has no `static className` of its own and inherits '{{inherited}}' from {{parent}}: model.save() writes it as '{{inherited}}', so it silently reloads as {{parent}}, and registering it replaces {{parent}} in the registry.",
    classNameNotOwn: '{{layer}} has no `static className` of its own: it is registered with the className of its base class (or none, and registerClass() throws), so it is saved and reloaded as that base class.',
    nonLiteralClassName: '`className` of {{layer}} is computed, not a string literal: minifiers rename classes, so saved models would name a class that no longer exists under that name. Write the name as a literal.',
    emptyClassName: "`className` of {{layer}} is empty: tf.serialization.registerClass() throws \"Class being registered has an empty-string as its className, which is disallowed.\"",
    addClassName: "Add `static className = '{{name}}'`.",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  if (!isConcreteLayer(layer, getProgramIndexOf(ts, analysis))) return [];
  const { sourceFile } = analysis;
  const report = (messageId: string, node: TS.Node, data: Record<string, string> = {}): Finding => ({
    ruleId: requireClassName.ruleId,
    messageId,
    data: { layer: layer.name ?? 'This layer class', name: layer.name ?? '', ...data },
    start: node.getStart(sourceFile),
    end: node.end,
  });

  const own = layer.className;
  if (own) {
    if (own.value === undefined) return [report('nonLiteralClassName', own.valueNode ?? own.node)];
    if (own.value === '') return [report('emptyClassName', own.valueNode ?? own.node)];
    return [];
  }

  const nameNode = layer.nameNode ?? layer.node;
  const parent = findInheritedClassName(layer);
  if (parent) {
    const finding = report('inheritedClassName', nameNode, { inherited: parent.className?.value ?? '?', parent: parent.name ?? 'its parent' });
    // A suggestion, not a fix: models saved so far name the parent, and keep loading as it only without this change.
    const edit = buildClassNameEdit(ts, analysis, layer, true);
    if (edit) finding.suggestions = [{ messageId: 'addClassName', data: finding.data, edits: [edit] }];
    return [finding];
  }
  if (!isSavedAsItself(layer)) {
    // What a base from another module defines is unknown; a registered class must not rely on it.
    if (!layer.registrations.some((registration) => registration.isTfjsRegisterClass)) return [];
    const finding = report('classNameNotOwn', nameNode);
    const edit = buildClassNameEdit(ts, analysis, layer, false);
    if (edit) finding.suggestions = [{ messageId: 'addClassName', data: finding.data, edits: [edit] }];
    return [finding];
  }
  const finding = report('missingClassName', nameNode);
  // Loading and even constructing the layer fail without it: adding it cannot break a working model.
  const edit = buildClassNameEdit(ts, analysis, layer, false);
  if (edit) finding.fix = { messageId: 'addClassName', data: finding.data, edits: [edit] };
  return [finding];
}

/** `static className = 'X';` first in the class, or `X.className = 'X';` after it where the file writes it that way. */
function buildClassNameEdit(ts: Ts, analysis: FileAnalysis, layer: LayerClass, overridesParent: boolean) {
  if (layer.name === undefined) return undefined;
  const literal = `'${layer.name}'`;
  if (setsClassNameAfterClasses(ts, analysis) && layer.statement) {
    return insertStatementAfterEdit(analysis.sourceFile, layer.statement, `${layer.name}.className = ${literal};`);
  }
  const modifier = overridesParent && analysis.isTypeScript ? 'static override' : 'static';
  return insertClassMemberEdit(analysis.sourceFile, layer.node, `${modifier} className = ${literal};`, {});
}

/** The file writes `X.className = 'X'` after its classes (as tsc and Babel emit): asked once per file, not once per finding. */
const setsClassNameAfterClasses = cachedPerKey((ts, analysis: FileAnalysis): boolean => analysis.layers.some((other) => other.className !== undefined && ts.isBinaryExpression(other.className.node)));
