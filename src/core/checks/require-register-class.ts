// Contract: tf.loadLayersModel() finds a custom layer class only through
// tf.serialization.registerClass(Cls), which must have run when the model loads.
// Without it: `Unknown layer: X. ... is not registered properly with tf.serialization.registerClass()`.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding, TextEdit } from '../finding';
import type { LayerClass, RegistrationCall } from '../layer-model';
import { extendsParameter, fitsSerializableConstructor, getOwnClassName, isBoundAtModuleLevel, isClassNameTaken, isSavedLayer } from '../class-name-queries';
import { findInheritedClassName, isSavedAsItself } from '../layer-queries';
import { getProgramIndexOf } from '../program-index';
import { insertIntoBracedListEdit, insertStatementAfterEdit } from '../text-edits';
import { findBindingName } from '../tfjs-bindings';
import type { Ts } from '../ts-ast';
import { defineCheck } from './check';

export interface RequireRegisterClassOptions {
  /** Project helpers that register a class with TF.js, by name (`registerLayer(MyLayer)`). */
  registrationFunctions: string[];
}

export const requireRegisterClass = defineCheck({
  ruleId: 'require-register-class',
  description: 'Require every concrete layer class to be registered with tf.serialization.registerClass() at module level',
  recommended: true,
  fixable: true,
  code: 910003,
  messages: {
    missingRegisterClass:
      '{{layer}} is never passed to tf.serialization.registerClass() in this file: a saved model that contains it fails to load with "Unknown layer: {{className}}".',
    notRegisteredInProgram:
      '{{layer}} is never passed to tf.serialization.registerClass() at module level anywhere in the program: a saved model that contains it fails to load with "Unknown layer: {{className}}".',
    registeredOnlyInFunction:
      '{{layer}} is registered only inside a function: unless that function has run before tf.loadLayersModel(), loading fails with "Unknown layer: {{className}}". Register it at module level, next to the class.',
    addRegisterClass: 'Add `{{call}}` after the class.',
  },
  defaultOptions: { registrationFunctions: [] as string[] },
  optionsSchema: {
    registrationFunctions: {
      type: 'array',
      items: { type: 'string' },
      uniqueItems: true,
      description: 'Names of project functions that register a class with TF.js (called as `name(MyLayer)` or `obj.name(MyLayer)`).',
    },
  },
  run(ts, analysis, options) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer, options));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass, options: RequireRegisterClassOptions): Finding[] {
  // With type information a registration in any file counts (a central register.ts is common).
  const index = getProgramIndexOf(ts, analysis);
  if (!isSavedLayer(ts, analysis, layer, index) || extendsParameter(ts, layer)) return [];
  const ownClassName = getOwnClassName(layer);
  // No className of its own or known from a parent, on a base from elsewhere: most likely an abstract
  // base of layers in other modules (TF.js's Container). require-class-name stays quiet on it too.
  if (!layer.className && !ownClassName && !isSavedAsItself(layer) && !findInheritedClassName(layer) && layer.registrations.length === 0) return [];
  // Saved under the className it inherits from a registered parent: it loads (as the parent), never "Unknown layer".
  // require-class-name reports that; registering it here would replace the parent in the registry.
  const parent = ownClassName === undefined && !layer.className ? findInheritedClassName(layer) : undefined;
  if (
    parent &&
    (parent.registrations.some((registration) => isRegistration(registration, options) && (registration.atModuleLevel || registration.unsure)) ||
      index?.registrations.has(parent.node))
  )
    return [];
  const registrations = layer.registrations.filter((registration) => isRegistration(registration, options));
  const elsewhere = (index?.registrations.get(layer.node) ?? []).filter((registration) => isRegistration(registration, options));
  // Registered in a function other code may call (exported, a callback, a method): it may well run first.
  if ([...registrations, ...elsewhere].some((registration) => registration.unsure)) return [];
  // A class made inside a function (a layer factory) can only be registered there.
  const isRegistered = elsewhere.length > 0 || (layer.statement ? registrations.some((registration) => registration.atModuleLevel) : registrations.length > 0);
  if (isRegistered) return [];
  // A registerClass() call this analysis cannot follow may register it; without types, so may the module that imports it.
  // An exported class may be registered by the module that imports it. Not where this module registers its
  // other layers itself when it loads: that module's way is to register where it defines, and this one is left out.
  const isExported = analysis.exportedClasses.has(layer.node);
  const registersOthersItself = analysis.layers.some(
    (other) => other !== layer && other.registrations.some((registration) => registration.isTfjsRegisterClass && registration.atModuleLevel),
  );
  if (analysis.hasOpaqueRegistration || (registrations.length === 0 && isExported && (index ? index.hasOpaqueRegistration : !registersOthersItself))) return [];

  const { sourceFile } = analysis;
  const nameNode = layer.nameNode ?? layer.node;
  const name = layer.name ?? 'This anonymous layer class';
  const finding: Finding = {
    ruleId: requireRegisterClass.ruleId,
    messageId: registrations.length > 0 ? 'registeredOnlyInFunction' : index ? 'notRegisteredInProgram' : 'missingRegisterClass',
    // The name a saved model carries: its own className, or the one it inherits.
    data: { layer: name, className: ownClassName ?? layer.className?.value ?? findInheritedClassName(layer)?.className?.value ?? layer.name ?? '?' },
    start: nameNode.getStart(sourceFile),
    end: nameNode.end,
  };
  // Registration is offered only where it is safe: the class has its own className that no other class (or
  // built-in) holds, so registering it takes nobody's place, and `registerClass(X)` type-checks.
  // An inherited className would file it under its parent's name: the parent would then reload as this class.
  const canRegister =
    registrations.length === 0 &&
    layer.name !== undefined &&
    isBoundAtModuleLevel(ts, analysis, layer) &&
    ownClassName !== undefined &&
    !isClassNameTaken(analysis, layer, ownClassName, index) &&
    fitsSerializableConstructor(ts, layer);
  if (canRegister && layer.statement) {
    const registration = buildRegistration(ts, analysis, layer.name!);
    // After `X.className = '...'` when the file sets it that way: registerClass() needs it set.
    const classNameNode = layer.className && !layer.node.members.includes(layer.className.node as TS.ClassElement) ? layer.className.node : undefined;
    const classNameStatement = classNameNode && findTopStatement(ts, classNameNode);
    const after = classNameStatement && classNameStatement.pos > layer.statement.pos ? classNameStatement : layer.statement;
    const edits = [...registration.importEdits, insertStatementAfterEdit(sourceFile, after, `${registration.call};`)];
    finding.fix = { messageId: 'addRegisterClass', data: { ...finding.data, call: `${registration.call};` }, edits };
  }
  return [finding];
}

/** The module-level statement holding a node. */
function findTopStatement(ts: Ts, node: TS.Node): TS.Statement | undefined {
  let current = node;
  while (current.parent && !ts.isSourceFile(current.parent)) current = current.parent;
  return current.parent && ts.isStatement(current) ? current : undefined;
}

function isRegistration(registration: RegistrationCall, options: RequireRegisterClassOptions): boolean {
  return registration.isTfjsRegisterClass || options.registrationFunctions.includes(registration.calleeName);
}

/** `tf.serialization.registerClass(X)` with the binding the file has, importing `serialization` if it has none. */
function buildRegistration(ts: Ts, analysis: FileAnalysis, className: string): { call: string; importEdits: TextEdit[] } {
  const { bindings, sourceFile } = analysis;
  const direct = findBindingName(bindings, (ref) => ref.kind === 'registerClass');
  if (direct) return { call: `${direct}(${className})`, importEdits: [] };
  const serialization = findBindingName(bindings, (ref) => ref.kind === 'serialization');
  if (serialization) return { call: `${serialization}.registerClass(${className})`, importEdits: [] };
  // @tensorflow/tfjs-layers does not export `serialization`; the other packages do.
  const namespace = findBindingName(bindings, (ref) => ref.kind === 'namespace' && ref.module !== LAYERS_ONLY_MODULE);
  if (namespace) return { call: `${namespace}.serialization.registerClass(${className})`, importEdits: [] };
  const call = `serialization.registerClass(${className})`;
  const named = bindings.namedImport;
  if (named && named.module !== LAYERS_ONLY_MODULE) {
    return { call, importEdits: [insertIntoBracedListEdit(sourceFile, named.list, named.list.elements, 'serialization')] };
  }
  if (bindings.lastImport) {
    const declaration =
      ts.isImportDeclaration(bindings.lastImport) || ts.isImportEqualsDeclaration(bindings.lastImport)
        ? "import { serialization } from '@tensorflow/tfjs-core';"
        : "const { serialization } = require('@tensorflow/tfjs-core');";
    return { call, importEdits: [insertStatementAfterEdit(sourceFile, bindings.lastImport, declaration)] };
  }
  // A script on the global `tf` of a <script> tag.
  return { call: `tf.serialization.registerClass(${className})`, importEdits: [] };
}

const LAYERS_ONLY_MODULE = '@tensorflow/tfjs-layers';
