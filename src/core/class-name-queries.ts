// What registration and className checks ask of a layer: the className it is saved under, whether
// registering it would take a name another class holds, whether `registerClass(X)` type-checks,
// and whether the class is saved at all or is a base for others.
import type * as TS from 'typescript';
import type { FileAnalysis } from './analyze-file';
import type { LayerClass } from './layer-model';
import { getClassChain, isConcreteLayer } from './layer-queries';
import type { ProgramIndex } from './program-index';
import { BUILT_IN_LAYER_CLASS_NAMES } from './tfjs-contract';
import { findLocalBinding, findModuleDeclaration } from './tfjs-bindings';
import { cachedPerObject, getMemberAccess, getStringLiteralValue, hasModifier, skipValueWrappers, type Ts } from './ts-ast';

/**
 * The className the class is saved under when it is its own: its literal, or its JS name where it
 * or an ancestor names each class by `this.name`. Undefined when it has none of its own (inherited, missing, unknown).
 */
export function getOwnClassName(layer: LayerClass): string | undefined {
  // An empty className names nothing: `||`, not `??`.
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
  if (layer.className) return layer.className.perClass ? layer.name : layer.className.value || undefined;
  return inheritsPerClassName(layer) ? layer.name : undefined;
}

/** The nearest ancestor with a className names every class by its own name (`static get className() { return this.name; }`). */
export function inheritsPerClassName(layer: LayerClass): boolean {
  for (let base = layer.base; base.kind === 'class'; base = base.layer.base) {
    if (base.layer.className) return base.layer.className.perClass === true;
  }
  return false;
}

/** Another class of the file or program, or a TF.js built-in, already holds this className. */
export function isClassNameTaken(analysis: FileAnalysis, layer: LayerClass, className: string, index: ProgramIndex | undefined): boolean {
  if (BUILT_IN_LAYER_CLASS_NAMES.has(className)) return true;
  if (analysis.layers.some((other) => other !== layer && getOwnClassName(other) === className)) return true;
  return (index?.layersByClassName.get(className) ?? []).some((other) => other.node !== layer.node);
}

/**
 * `registerClass(X)` type-checks: X is not abstract, can be constructed from outside, and no static
 * fromConfig of its chain has another signature than `(cls, config)`.
 */
export function fitsSerializableConstructor(ts: Ts, layer: LayerClass): boolean {
  for (const current of getClassChain(layer)) {
    if (current.isAbstract) return false;
    for (const member of current.node.members) {
      if (
        ts.isConstructorDeclaration(member) &&
        (hasModifier(ts, member, ts.SyntaxKind.PrivateKeyword) || hasModifier(ts, member, ts.SyntaxKind.ProtectedKeyword))
      )
        return false;
      if (
        ts.isMethodDeclaration(member) &&
        hasModifier(ts, member, ts.SyntaxKind.StaticKeyword) &&
        getMemberName(member) === 'fromConfig' &&
        member.parameters.length !== 2
      )
        return false;
    }
  }
  return true;
}

function getMemberName(member: TS.ClassElement): string | undefined {
  const name = member.name as { text?: string } | undefined;
  return name?.text;
}

/** The name a module-level edit can write for the class: bound at module level (not only a class expression's own name). */
export function isBoundAtModuleLevel(ts: Ts, analysis: FileAnalysis, layer: LayerClass): boolean {
  if (layer.name === undefined || !layer.statement) return false;
  if (ts.isClassDeclaration(layer.node) && layer.node.name?.text === layer.name) return true;
  return findModuleDeclaration(ts, analysis.sourceFile, layer.name) !== undefined;
}

/** `function Mixin(Base) { return class extends Base {...} }`: the base is whatever the caller passes. */
export function extendsParameter(ts: Ts, layer: LayerClass): boolean {
  const heritage = layer.node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!heritage) return false;
  let root = skipValueWrappers(ts, heritage);
  for (let access = getMemberAccess(ts, root); access; access = getMemberAccess(ts, root)) root = skipValueWrappers(ts, access.object);
  if (!ts.isIdentifier(root)) return false;
  return findLocalBinding(ts, root)?.kind === 'parameter';
}

/**
 * Whether the class is saved and loaded as itself, so a missing className or registration matters.
 * Not: an abstract class or a base of other layers (isConcreteLayer) that the file never `new`s; without type information,
 * an exported class with no className of its own or inherited, registered nowhere, never `new`ed in
 * its file, with methods but no `call` (or one that only throws): a base for layers of other modules.
 */
export function isSavedLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass, index: ProgramIndex | undefined): boolean {
  // A base of other layers that the file also builds itself (`new Base(...)`) is a layer of its own.
  if (!isConcreteLayer(layer, index)) return !layer.isAbstract && isConstructedInFile(analysis, layer);
  if (index || !analysis.exportedClasses.has(layer.node) || layer.registrations.length > 0) return true;
  if (getClassChain(layer).some((current) => current.className)) return true;
  if (isConstructedInFile(analysis, layer)) return true;
  // A base's code: methods for its subclasses but no `call` of its own, or a `call` that only throws.
  const call = layer.members.get('call');
  if (call) return !onlyThrows(ts, call);
  return ![...layer.members.values()].some((member) => ts.isMethodDeclaration(member));
}

function onlyThrows(ts: Ts, member: TS.ClassElement): boolean {
  if (!ts.isMethodDeclaration(member) || !member.body) return false;
  const statements = member.body.statements;
  return statements.length === 1 && statements[0]!.kind === ts.SyntaxKind.ThrowStatement;
}

/** The literal an instance `getClassName()` returns, '' when it is overridden some other way, undefined when it is not. */
export function getClassNameOverride(ts: Ts, layer: LayerClass): string | undefined {
  for (const current of getClassChain(layer)) {
    const member = current.members.get('getClassName');
    if (!member) continue;
    if (ts.isMethodDeclaration(member) && member.body?.statements.length === 1 && ts.isReturnStatement(member.body.statements[0]!)) {
      return getStringLiteralValue(ts, member.body.statements[0].expression) ?? '';
    }
    return '';
  }
  return undefined;
}

/** `new X(` somewhere in the file. */
function isConstructedInFile(analysis: FileAnalysis, layer: LayerClass): boolean {
  return layer.name !== undefined && getConstructedNames(analysis.sourceFile).has(layer.name);
}

/** Every `X` the file spells as `new X(`: one scan per file (a pattern per class scanned the file once per class). */
const getConstructedNames = cachedPerObject((sourceFile: TS.SourceFile): Set<string> => {
  const names = new Set<string>();
  for (const match of sourceFile.text.matchAll(/\bnew\s+([\w$]+)\s*\(/g)) names.add(match[1]!);
  return names;
});
