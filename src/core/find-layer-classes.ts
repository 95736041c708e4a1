// Which classes of the file are TF.js layers: by their base (TF.js's Layer or a subclass, a layer
// class of this file, with a program a layer class of another file), or, on a base from another
// module, by their shape.
import type * as TS from 'typescript';
import type { ClassCandidate } from './file-walk';
import type { LayerBase, LayerClass, RegistrationCall } from './layer-model';
import type { RegistrationFlow } from './registration-flow';
import { findLocalBinding, resolveTfjs, type TfjsBaseClass, type TfjsBindings } from './tfjs-bindings';
import { resolveBaseByType } from './type-aware';
import { getMemberAccess, skipValueWrappers, type Ts } from './ts-ast';

/** The layer classes of another file of the program; undefined while its analysis is under way (a base class cycle across files). */
export type LayersOfFile = (file: TS.SourceFile) => readonly LayerClass[] | undefined;

/** Layer classes: extending TF.js's Layer directly or through classes of this file, or shaped like one. */
export function classifyLayers(
  ts: Ts,
  bindings: TfjsBindings,
  flow: RegistrationFlow,
  candidates: ClassCandidate[],
  registrations: RegistrationCall[],
  program: TS.Program | undefined,
  layersOf: LayersOfFile,
): LayerClass[] {
  const byName = new Map<string, ClassCandidate>();
  for (const candidate of candidates) if (candidate.name !== undefined && !byName.has(candidate.name)) byName.set(candidate.name, candidate);
  const byNode = new Map<TS.Node, ClassCandidate>(candidates.map((candidate) => [candidate.node, candidate]));
  const findLocalBase = (heritage: TS.Identifier): ClassCandidate | undefined => {
    const values = flow.valueOf(heritage, 0);
    const [only] = values.classes;
    if (values.classes.length === 1 && !values.opaque && only?.kind === 'local') return byNode.get(only.node);
    // A name this file declares no class for, but a class of the file has (the analysis's old reading).
    return values.classes.length === 0 && values.parameters.length === 0 && !findLocalBinding(ts, heritage) ? byName.get(heritage.text) : undefined;
  };
  const layers = new Map<ClassCandidate, LayerClass | null>();
  const isTfjsOwnBase = (candidate: ClassCandidate): boolean => {
    if (candidate.name !== 'Layer' || !candidate.heritage) return false;
    const ref = resolveTfjs(ts, bindings, candidate.heritage);
    return (ref?.kind === 'function' && ref.name === 'Serializable') || isSerializableByName(ts, candidate.heritage);
  };

  const toLayer = (candidate: ClassCandidate): LayerClass | undefined => {
    if (layers.has(candidate)) return layers.get(candidate) ?? undefined;
    layers.set(candidate, null); // guards `class A extends B`, `class B extends A`
    if (!candidate.heritage) return undefined;
    let base: LayerBase | undefined;
    let ancestryKnown = false;
    const ref = resolveTfjs(ts, bindings, candidate.heritage);
    const heritage = skipValueWrappers(ts, candidate.heritage);
    // By value, in scope: `extends Base` through an alias (`let Base = _Base`), never a parameter named like a class.
    const shadowed = ts.isIdentifier(heritage) && findLocalBinding(ts, heritage) !== undefined;
    const local = ts.isIdentifier(heritage) ? findLocalBase(heritage) : undefined;
    if (ref?.kind === 'baseClass') {
      base = { kind: 'tfjs', name: ref.name };
      // RNN's own getConfig() emits keys of its cell that this file cannot list.
      ancestryKnown = ref.name !== 'RNN';
    } else if (local && local !== candidate && isTfjsOwnBase(local)) {
      // TF.js's own sources and bundles define `class Layer extends serialization.Serializable` themselves.
      base = { kind: 'tfjs', name: local.name as TfjsBaseClass };
      ancestryKnown = local.name !== 'RNN';
    } else if (local && local !== candidate) {
      // A class of this file that is not a layer (an Initializer) makes none of its subclasses one.
      const parent = toLayer(local);
      if (!parent) return undefined;
      base = { kind: 'class', layer: parent };
      ancestryKnown = parent.ancestryKnown;
    }
    if (!base && program && !local) {
      const typed = baseFromTypes(ts, program, candidate.heritage, layersOf);
      if (typed === null) return undefined;
      if (typed) ({ base, ancestryKnown } = typed);
    }
    // Any other TF.js class (`serialization.Serializable`, an optimizer) is not a layer, nor is another
    // library's `Layer` (konva, keras-js); a name from elsewhere may be.
    const foreign = ts.isIdentifier(heritage) && !shadowed ? bindings.foreignImports.get(heritage.text) : undefined;
    // `Layer` re-exported by a module of the project itself, as TF.js's own sources import it.
    const ownModule = ts.isIdentifier(heritage) && !shadowed ? bindings.relativeImports.get(heritage.text) : undefined;
    if (!base && ownModule && bindings.usesTfjs && (ownModule === 'Layer' || ownModule === 'RNNCell')) {
      base = { kind: 'tfjs', name: ownModule, throughOwnModule: true };
      ancestryKnown = true;
    }
    if (!base && ref === undefined && foreign !== 'Layer' && !isSerializableByName(ts, heritage)) base = { kind: 'external' };
    if (!base) return undefined;
    const layer: LayerClass = {
      node: candidate.node,
      name: candidate.name,
      nameNode: candidate.nameNode,
      statement: candidate.statement,
      isAbstract: hasAbstractModifier(ts, candidate.node),
      base,
      ancestryKnown,
      subclasses: [],
      members: new Map(),
      staticMembers: new Set(),
      fieldWrites: [],
      weightFields: new Set(),
      exposesChildWeights: false,
      assignsUnnamedFields: false,
      registrations: registrations.filter((registration) => registration.target === candidate.node),
    };
    if (base.kind === 'class' && base.layer.node.getSourceFile() === candidate.node.getSourceFile()) base.layer.subclasses.push(layer);
    layers.set(candidate, layer);
    return layer;
  };

  return candidates.map(toLayer).filter((layer): layer is LayerClass => layer !== undefined);
}

/**
 * The base as the checker sees it: a layer class of another file (analysed in turn), TF.js's
 * own base, or a package class deriving from it. `null`: surely not a layer; undefined: unknown.
 */
function baseFromTypes(
  ts: Ts,
  program: TS.Program,
  heritage: TS.Expression,
  layersOf: LayersOfFile,
): { base: LayerBase; ancestryKnown: boolean } | null | undefined {
  const resolved = resolveBaseByType(ts, program.getTypeChecker(), heritage);
  switch (resolved?.kind) {
    case undefined:
      return undefined;
    case 'tfjs':
      return { base: { kind: 'tfjs', name: resolved.name }, ancestryKnown: resolved.name !== 'RNN' };
    case 'derivedFromLayer':
      return { base: { kind: 'external', derivesFromLayerByType: true }, ancestryKnown: false };
    case 'notLayer':
      return null;
    case 'class': {
      const layers = layersOf(resolved.declaration.getSourceFile());
      if (!layers) return undefined;
      const parent = layers.find((layer) => layer.node === resolved.declaration);
      return parent ? { base: { kind: 'class', layer: parent }, ancestryKnown: parent.ancestryKnown } : null;
    }
  }
}

/**
 * A class on a base from another module counts as a layer only when the file uses TF.js and
 * the class is registered with TF.js or has a layer's methods (`call` with `getConfig`, `build`
 * or `computeOutputShape`). Its subclasses here follow it.
 */
function isLayerByShape(layer: LayerClass, bindings: TfjsBindings): boolean {
  if (!bindings.usesTfjs) return false;
  const has = (name: string): boolean => layer.members.has(name);
  // Initializers, regularizers and constraints are registered too; they `apply`, layers `call`.
  const isOtherSerializable = (has('apply') && !has('call')) || /(Initializer|Regularizer|Constraint)$/.test(layer.name ?? '');
  if (!isOtherSerializable && layer.registrations.some((registration) => registration.isTfjsRegisterClass)) return true;
  if (has('call') && (has('getConfig') || has('build') || has('computeOutputShape'))) return true;
  return layer.subclasses.some((subclass) => isLayerByShape(subclass, bindings));
}

function hasAbstractModifier(ts: Ts, node: TS.ClassLikeDeclaration): boolean {
  return ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.AbstractKeyword) ?? false;
}

export function isConfirmedLayer(layer: LayerClass, bindings: TfjsBindings): boolean {
  if (layer.base.kind === 'tfjs') return true;
  if (layer.base.kind === 'class') return layer.base.layer.node.getSourceFile() !== layer.node.getSourceFile() || isConfirmedLayer(layer.base.layer, bindings);
  return layer.base.derivesFromLayerByType === true || isLayerByShape(layer, bindings);
}

/** `tfc.serialization.Serializable` through a UMD factory's parameter: TF.js, and not a layer. */
function isSerializableByName(ts: Ts, heritage: TS.Expression): boolean {
  const access = getMemberAccess(ts, heritage);
  return access?.name === 'Serializable' && getMemberAccess(ts, skipValueWrappers(ts, access.object))?.name === 'serialization';
}
