// Contract: TF.js names a layer by its own `static className`, a string literal. The
// default layer name is built from it, model.save() writes it as `class_name`, and the
// loader looks the class up by it. Missing: the constructor throws. Computed: a minifier
// renames the class and saved files carry the mangled name. Inherited: the layer is
// saved as its parent and silently reloads as the parent.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import {
  extendsParameter,
  fitsSerializableConstructor,
  getClassNameOverride,
  inheritsPerClassName,
  isBoundAtModuleLevel,
  isClassNameTaken,
  isSavedLayer,
} from '../class-name-queries';
import { findInheritedClassName, isSavedAsItself } from '../layer-queries';
import { getProgramIndexOf, type ProgramIndex } from '../program-index';
import { findBindingName } from '../tfjs-bindings';
import { insertClassMemberEdit, insertStatementAfterEdit } from '../text-edits';
import { cachedPerKey, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export interface RequireClassNameOptions {
  /**
   * The project ships a minified build: a className computed from the class's own name (`this.name`,
   * `X.name`) is then the mangled name. Off by default: without minification such a className round-trips.
   */
  minifiedBuild: boolean;
}

export const requireClassName = defineCheck({
  ruleId: 'require-class-name',
  description: 'Require every concrete layer class to declare its own `static className` as a string literal',
  recommended: true,
  fixable: true,
  hasSuggestions: true,
  code: 910004,
  messages: {
    missingClassName:
      '{{layer}} has no `static className`: constructing it without a `name` throws "Cannot read properties of undefined (reading \'replace\')", tf.serialization.registerClass() rejects it, and a model saved with it cannot be loaded.',
    missingClassNameWithGetClassName:
      '{{layer}} has no `static className`, only an instance getClassName(): it can be constructed and saved, but tf.serialization.registerClass() throws "Class being registered does not have the static className property defined.", so a saved model that contains it fails to load with "Unknown layer".',
    inheritedClassName:
      "{{layer}} has no `static className` of its own and inherits '{{inherited}}' from {{parent}}: model.save() writes it as '{{inherited}}', so it silently reloads as {{parent}}.",
    inheritedClassNameRegistered:
      "{{layer}} has no `static className` of its own and inherits '{{inherited}}' from {{parent}}: model.save() writes it as '{{inherited}}', and registering {{layer}} files it under that name in place of {{parent}}, so models with either reload as whichever was registered last.",
    nonLiteralClassName:
      '`className` of {{layer}} is computed from the class name, not a string literal: minifiers rename classes, so saved models would name a class that no longer exists under that name. Write the name as a literal.',
    emptyClassName:
      '`className` of {{layer}} is empty: tf.serialization.registerClass() throws "Class being registered has an empty-string as its className, which is disallowed."',
    addClassName: "Add `static className = '{{name}}'`.",
    addClassNameAndRegister: "Add `static className = '{{name}}'` and register {{layer}}.",
  },
  defaultOptions: { minifiedBuild: false },
  optionsSchema: {
    minifiedBuild: {
      type: 'boolean',
      description: 'The project minifies its code: also report a className computed from the class name (`this.name`, `X.name`), which a minifier mangles.',
    },
  },
  run(ts, analysis, options) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer, options));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass, options: RequireClassNameOptions): Finding[] {
  const index = getProgramIndexOf(ts, analysis);
  // A base whose className names each subclass by its own name is reported (when minified) even where only its subclasses are saved.
  const perClassBase = layer.className?.perClass === true && layer.subclasses.length > 0;
  if ((!perClassBase && !isSavedLayer(ts, analysis, layer, index)) || extendsParameter(ts, layer)) return [];
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
    // `this.name`/`X.name` round-trips unminified: a finding only for projects that minify.
    if (own.perClass) return options.minifiedBuild ? [report('nonLiteralClassName', own.valueNode ?? own.node)] : [];
    // Some other computed value (a constant of another module, a call): what it is stays unknown.
    if (own.value === undefined) return [];
    if (own.value === '') return [report('emptyClassName', own.valueNode ?? own.node)];
    return [];
  }
  // A base's `static get className() { return this.name; }` gives every subclass its own name.
  if (inheritsPerClassName(layer)) return [];

  const nameNode = layer.nameNode ?? layer.node;
  const registered = layer.registrations.some((registration) => registration.isTfjsRegisterClass) || (index?.registrations.has(layer.node) ?? false);
  const parent = findInheritedClassName(layer);
  if (parent) {
    const finding = report(registered ? 'inheritedClassNameRegistered' : 'inheritedClassName', nameNode, {
      inherited: parent.className?.value ?? '?',
      parent: parent.name ?? 'its parent',
    });
    // A suggestion, not a fix: models saved so far name the parent, and keep loading as it only without this change.
    // Unregistered, a className of its own alone would turn a model that loads (as the parent) into "Unknown layer":
    // the same edit then registers it, where that is safe.
    const suggestion = buildSafeClassNameSuggestion(ts, analysis, layer, registered, index, true);
    if (suggestion) finding.suggestions = [suggestion];
    return [finding];
  }
  // What a base from another module defines is unknown: it may name each subclass by its own name
  // (`static get className() { return this.name; }`, as public code does for dozens of subclasses).
  if (!isSavedAsItself(layer)) return [];
  const override = getClassNameOverride(ts, layer);
  if (override !== undefined) {
    // Saved models carry what getClassName() returns: a className of the same literal makes registration possible.
    const finding = report('missingClassNameWithGetClassName', nameNode);
    if (override !== '' && override === layer.name) {
      const edit = buildClassNameEdit(ts, analysis, layer, false);
      if (edit) finding.fix = { messageId: 'addClassName', data: finding.data, edits: [edit] };
    }
    return [finding];
  }
  const finding = report('missingClassName', nameNode);
  // Loading and even constructing the layer fail without it: adding it cannot break a working model.
  const edit = buildClassNameEdit(ts, analysis, layer, false);
  if (edit) finding.fix = { messageId: 'addClassName', data: finding.data, edits: [edit] };
  return [finding];
}

/** Adding a className of its own: with the registration too when the class is not registered, or nothing where that is not safe. */
function buildSafeClassNameSuggestion(
  ts: Ts,
  analysis: FileAnalysis,
  layer: LayerClass,
  registered: boolean,
  index: ProgramIndex | undefined,
  overridesParent: boolean,
) {
  if (layer.name === undefined || isClassNameTaken(analysis, layer, layer.name, index)) return undefined;
  const edit = buildClassNameEdit(ts, analysis, layer, overridesParent);
  if (!edit) return undefined;
  const data = { layer: layer.name, name: layer.name };
  if (registered) return { messageId: 'addClassName', data, edits: [edit] };
  if (!isBoundAtModuleLevel(ts, analysis, layer) || !layer.statement || !fitsSerializableConstructor(ts, layer) || analysis.hasOpaqueRegistration)
    return undefined;
  const registerCall = buildRegisterCall(analysis, layer.name);
  if (!registerCall) return undefined;
  return { messageId: 'addClassNameAndRegister', data, edits: [edit, insertStatementAfterEdit(analysis.sourceFile, layer.statement, registerCall)] };
}

/** `tf.serialization.registerClass(X);` through a binding the file already has, or undefined. */
function buildRegisterCall(analysis: FileAnalysis, className: string): string | undefined {
  const { bindings } = analysis;
  const direct = findBindingName(bindings, (ref) => ref.kind === 'registerClass');
  if (direct) return `${direct}(${className});`;
  const serialization = findBindingName(bindings, (ref) => ref.kind === 'serialization');
  if (serialization) return `${serialization}.registerClass(${className});`;
  const namespace = findBindingName(bindings, (ref) => ref.kind === 'namespace' && ref.module !== '@tensorflow/tfjs-layers');
  return namespace ? `${namespace}.serialization.registerClass(${className});` : undefined;
}

/** `static className = 'X';` first in the class, or `X.className = 'X';` after it where the file writes it that way. */
function buildClassNameEdit(ts: Ts, analysis: FileAnalysis, layer: LayerClass, overridesParent: boolean) {
  if (layer.name === undefined) return undefined;
  const literal = `'${layer.name}'`;
  if (setsClassNameAfterClasses(ts, analysis) && layer.statement && isBoundAtModuleLevel(ts, analysis, layer)) {
    return insertStatementAfterEdit(analysis.sourceFile, layer.statement, `${layer.name}.className = ${literal};`);
  }
  const modifier = overridesParent && analysis.isTypeScript ? 'static override' : 'static';
  return insertClassMemberEdit(analysis.sourceFile, layer.node, `${modifier} className = ${literal};`, {});
}

/** The file writes `X.className = 'X'` after its classes (as tsc and Babel emit): asked once per file, not once per finding. */
const setsClassNameAfterClasses = cachedPerKey((ts, analysis: FileAnalysis): boolean =>
  analysis.layers.some((other) => other.className !== undefined && ts.isBinaryExpression(other.className.node)),
);
