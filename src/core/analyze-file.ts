// One pass over a file for all rules: find how it reaches TF.js, which classes are
// TF.js layers, and their facts. Cached per SourceFile, so ESLint's rules and
// tsserver's diagnostics share one analysis of one parse.
import type * as TS from 'typescript';
import { readLayerMembers, type LayerBase, type LayerClass, type RegistrationCall } from './layer-model';
import { collectTfjsImports, recordTfjsAlias, resolveTfjs, type TfjsBaseClass, type TfjsBindings } from './tfjs-bindings';
import { resolveBaseByType } from './type-aware';
import { getMemberAccess, getStringLiteralValue, isFunctionLike, isTypeSyntax, skipValueWrappers, walk, type Ts } from './ts-ast';

export interface FileAnalysis {
  sourceFile: TS.SourceFile;
  bindings: TfjsBindings;
  layers: LayerClass[];
  /**
   * The file's registration-like calls. With a program also those of classes declared elsewhere
   * (`register.ts`), which the program index hands to their classes; without one only those of
   * this file's classes, the only ones anything reads.
   */
  registrations: RegistrationCall[];
  /** `.ts`/`.tsx`/`.mts`/`.cts`: fixes may write type annotations and `override`. */
  isTypeScript: boolean;
  /** Set when the analysis used type information. */
  program?: TS.Program;
}

const untypedAnalyses = new WeakMap<TS.SourceFile, FileAnalysis>();
const typedAnalyses = new WeakMap<TS.Program, WeakMap<TS.SourceFile, FileAnalysis>>();
/** Files whose typed analysis is under way: a base class cycle across files stops there. */
const inProgress = new WeakSet<TS.SourceFile>();

/**
 * The analysis of one file, shared by every rule. With a program, layer bases are also
 * resolved through the checker, across files; the result then depends on the program and is
 * cached per program.
 */
export function analyzeFile(ts: Ts, sourceFile: TS.SourceFile, program?: TS.Program): FileAnalysis {
  let cache = untypedAnalyses;
  if (program) {
    cache = typedAnalyses.get(program) ?? new WeakMap();
    typedAnalyses.set(program, cache);
  }
  let analysis = cache.get(sourceFile);
  if (!analysis) {
    inProgress.add(sourceFile);
    try {
      analysis = mayHoldLayers(sourceFile.text, program !== undefined) ? readFile(ts, sourceFile, program) : emptyAnalysis(ts, sourceFile, program);
    } finally {
      inProgress.delete(sourceFile);
    }
    cache.set(sourceFile, analysis);
  }
  return analysis;
}

/**
 * Cheap text test that lets the vast majority of files skip the walk. With type information
 * a layer may extend a base from another file without naming TF.js at all.
 */
export function mayHoldLayers(text: string, typeAware: boolean): boolean {
  if (text.includes('@tensorflow/') || text.includes('tf.layers')) return true;
  return typeAware && (text.includes('extends') || text.includes('registerClass'));
}

function emptyAnalysis(ts: Ts, sourceFile: TS.SourceFile, program: TS.Program | undefined): FileAnalysis {
  return { sourceFile, bindings: { names: new Map(), foreignImports: new Map(), relativeImports: new Map(), usesTfjs: false, tfIsGlobal: false }, layers: [], registrations: [], isTypeScript: isTypeScriptFile(ts, sourceFile), program };
}

function isTypeScriptFile(ts: Ts, sourceFile: TS.SourceFile): boolean {
  const kind = (sourceFile as { scriptKind?: TS.ScriptKind }).scriptKind;
  if (kind !== undefined) return kind === ts.ScriptKind.TS || kind === ts.ScriptKind.TSX;
  return /\.[cm]?tsx?$/.test(sourceFile.fileName);
}

interface ClassCandidate {
  node: TS.ClassLikeDeclaration;
  name?: string;
  /** Where the name is written: the class's own, or the variable a class expression is assigned to. */
  nameNode?: TS.Node;
  statement?: TS.Statement;
  heritage?: TS.Expression;
}

function readFile(ts: Ts, sourceFile: TS.SourceFile, program: TS.Program | undefined): FileAnalysis {
  const bindings = collectTfjsImports(ts, sourceFile);
  const candidates: ClassCandidate[] = [];
  const callsWithIdentifier: TS.CallExpression[] = [];
  const classNameAssignments = new Map<string, TS.BinaryExpression>();

  // A script that uses the global `tf` uses TF.js.
  if (bindings.tfIsGlobal && /\btf\s*\./.test(sourceFile.text)) bindings.usesTfjs = true;
  const words = indexWords(sourceFile.text);

  const visit = (node: TS.Node): boolean => {
    // Types, interfaces and imports hold no class, call or assignment (bindings were read above).
    if (isTypeSyntax(ts, node)) return false;
    switch (node.kind) {
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
      case ts.SyntaxKind.ImportDeclaration:
        return false;
      case ts.SyntaxKind.Block:
        // A function body that never says "class" or "regist" holds no class, className or registration.
        return !isFunctionLike(ts, node.parent) || hasWordWithin(words, node.pos, node.end);
      case ts.SyntaxKind.VariableDeclaration: {
        // Module-level aliases only: bindings are not scoped, and a local `const r = ...` must not shadow the import `r`.
        const statement = node.parent.parent;
        if (ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent)) recordTfjsAlias(ts, bindings, node as TS.VariableDeclaration);
        break;
      }
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression: {
        const classNode = node as TS.ClassLikeDeclaration;
        candidates.push(describeClass(ts, classNode));
        // Likewise a member or extends clause that never says "class" or "regist" (readLayerMembers reads the members themselves).
        for (const part of [...(classNode.heritageClauses ?? []), ...classNode.members]) {
          if (hasWordWithin(words, part.pos, part.end) && visit(part)) walk(ts, part, visit);
        }
        return false;
      }
      case ts.SyntaxKind.CallExpression:
        if ((node as TS.CallExpression).arguments.length > 0) callsWithIdentifier.push(node as TS.CallExpression);
        break;
      case ts.SyntaxKind.BinaryExpression: {
        // `X.className = 'X'` as tsc and Babel emit static fields (inside a layer factory too)
        const assignment = node as TS.BinaryExpression;
        if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isStatementLevel(ts, assignment)) break;
        const access = getMemberAccess(ts, assignment.left);
        if (access?.name === 'className' && ts.isIdentifier(access.object)) classNameAssignments.set(access.object.text, assignment);
        break;
      }
    }
    return true;
  };
  walk(ts, sourceFile, visit);

  const classNames = new Set(candidates.flatMap((candidate) => (candidate.name === undefined ? [] : [candidate.name])));
  // A central register.ts registers thousands of classes: without a program nothing asks for them.
  const isKept = program ? () => true : (className: string) => classNames.has(className);
  const registrations = callsWithIdentifier.flatMap((call) => readRegistration(ts, bindings, call, classNames, isKept));
  const layers = classifyLayers(ts, bindings, candidates, registrations, program);
  for (const layer of layers) {
    readLayerMembers(ts, layer);
    const assignment = layer.name !== undefined ? classNameAssignments.get(layer.name) : undefined;
    if (!layer.className && assignment) layer.className = { node: assignment, value: getStringLiteralValue(ts, assignment.right), valueNode: assignment.right };
  }
  // The shape test for classes on a base from another module needs their members, so it runs last.
  const confirmed = layers.filter((layer) => isConfirmedLayer(layer, bindings));
  for (const layer of confirmed) layer.subclasses = layer.subclasses.filter((subclass) => confirmed.includes(subclass));
  return { sourceFile, bindings, layers: confirmed, registrations, isTypeScript: isTypeScriptFile(ts, sourceFile), program };
}

function isConfirmedLayer(layer: LayerClass, bindings: TfjsBindings): boolean {
  if (layer.base.kind === 'tfjs') return true;
  if (layer.base.kind === 'class') return layer.base.layer.node.getSourceFile() !== layer.node.getSourceFile() || isConfirmedLayer(layer.base.layer, bindings);
  return layer.base.derivesFromLayerByType === true || isLayerByShape(layer, bindings);
}

/** `tfc.serialization.Serializable` through a UMD factory's parameter: TF.js, and not a layer. */
function isSerializableByName(ts: Ts, heritage: TS.Expression): boolean {
  const access = getMemberAccess(ts, heritage);
  return access?.name === 'Serializable' && getMemberAccess(ts, skipValueWrappers(ts, access.object))?.name === 'serialization';
}

/** Offsets of "class" and "regist" in the text, in order. */
function indexWords(text: string): number[] {
  const offsets: number[] = [];
  const pattern = /class|regist/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}

function hasWordWithin(offsets: number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < end;
}

/** A statement of its own, or one part of a comma list as minifiers write them (`X.className = 'X', r.registerClass(X);`). */
function isStatementLevel(ts: Ts, node: TS.Node): boolean {
  let current = node;
  while (ts.isBinaryExpression(current.parent) && current.parent.operatorToken.kind === ts.SyntaxKind.CommaToken) current = current.parent;
  return ts.isExpressionStatement(current.parent);
}

function describeClass(ts: Ts, node: TS.ClassLikeDeclaration): ClassCandidate {
  const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  let name = node.name?.text;
  let nameNode: TS.Node | undefined = node.name;
  let holder: TS.Node = node;
  // const X = class extends ... {}
  if (ts.isClassExpression(node)) {
    let parent = node.parent;
    while (ts.isParenthesizedExpression(parent)) parent = parent.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      name = parent.name.text;
      nameNode = parent.name;
      holder = parent.parent.parent; // VariableDeclarationList -> VariableStatement
    } else if (ts.isBinaryExpression(parent) && ts.isIdentifier(parent.left)) {
      name = parent.left.text;
      nameNode = parent.left;
      holder = parent.parent;
    }
  }
  const statement = ts.isSourceFile(holder.parent) && ts.isStatement(holder) ? holder : undefined;
  return { node, name, nameNode, statement, heritage };
}

/** Layer classes: extending TF.js's Layer directly or through classes of this file, or shaped like one. */
function classifyLayers(ts: Ts, bindings: TfjsBindings, candidates: ClassCandidate[], registrations: RegistrationCall[], program: TS.Program | undefined): LayerClass[] {
  const byName = new Map<string, ClassCandidate>();
  for (const candidate of candidates) if (candidate.name !== undefined && !byName.has(candidate.name)) byName.set(candidate.name, candidate);
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
    const local = ts.isIdentifier(heritage) ? byName.get(heritage.text) : undefined;
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
      const typed = baseFromTypes(ts, program, candidate.heritage);
      if (typed === null) return undefined;
      if (typed) ({ base, ancestryKnown } = typed);
    }
    // Any other TF.js class (`serialization.Serializable`, an optimizer) is not a layer, nor is another
    // library's `Layer` (konva, keras-js); a name from elsewhere may be.
    const foreign = ts.isIdentifier(heritage) ? bindings.foreignImports.get(heritage.text) : undefined;
    // `Layer` re-exported by a module of the project itself, as TF.js's own sources import it.
    const ownModule = ts.isIdentifier(heritage) ? bindings.relativeImports.get(heritage.text) : undefined;
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
      registrations: registrations.filter((registration) => registration.className === candidate.name || (registration.className === 'this' && isWithin(registration.node, candidate.node))),
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
function baseFromTypes(ts: Ts, program: TS.Program, heritage: TS.Expression): { base: LayerBase; ancestryKnown: boolean } | null | undefined {
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
      const file = resolved.declaration.getSourceFile();
      if (inProgress.has(file)) return undefined;
      const parent = analyzeFile(ts, file, program).layers.find((layer) => layer.node === resolved.declaration);
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

function isWithin(node: TS.Node, ancestor: TS.Node): boolean {
  return node.pos >= ancestor.pos && node.end <= ancestor.end;
}

/**
 * `registerClass(X)`, also spread over a list at module level:
 * `[A, B].forEach((c) => tf.serialization.registerClass(c))`, `for (const c of [A, B]) registerClass(c)`.
 */
function readRegistration(ts: Ts, bindings: TfjsBindings, call: TS.CallExpression, classNames: ReadonlySet<string>, isKept: (className: string) => boolean): RegistrationCall[] {
  const callee = skipValueWrappers(ts, call.expression);
  const calleeName = ts.isIdentifier(callee) ? callee.text : getMemberAccess(ts, callee)?.name;
  if (calleeName === undefined) return [];
  // Also `tfc.serialization.registerClass(X)` where `tfc` is a UMD factory's parameter: the name says enough.
  const access = getMemberAccess(ts, callee);
  const isSerializationMember = access?.name === 'registerClass' && getMemberAccess(ts, skipValueWrappers(ts, access.object))?.name === 'serialization';
  const isTfjsRegisterClass = isSerializationMember || resolveTfjs(ts, bindings, callee)?.kind === 'registerClass';
  const argument = skipValueWrappers(ts, call.arguments[0]!);
  // One object shape for every registration (`argument` always set): a spread would add a second, larger one.
  const make = (className: string, atModuleLevel: boolean, passed: TS.Identifier | undefined): RegistrationCall => ({ node: call, calleeName, isTfjsRegisterClass, className, atModuleLevel, argument: passed });

  if (argument.kind === ts.SyntaxKind.ThisKeyword) {
    return ts.isClassStaticBlockDeclaration(enclosingFunction(ts, call) ?? call) ? [make('this', true, undefined)] : [];
  }
  if (!ts.isIdentifier(argument)) return [];
  const isRegistrationLike = isTfjsRegisterClass || /regist/i.test(calleeName);
  if (!classNames.has(argument.text) && !isRegistrationLike) return [];
  // Only a registration helper is worth the walk up for a loop variable.
  const list = isRegistrationLike ? getIteratedList(ts, argument) : undefined;
  if (list) {
    const kept = list.elements.filter((element): element is TS.Identifier => ts.isIdentifier(element) && isKept(element.text));
    if (kept.length === 0) return [];
    const atModuleLevel = isAtModuleLevel(ts, list);
    return kept.map((element) => make(element.text, atModuleLevel, element));
  }
  return isKept(argument.text) ? [make(argument.text, isAtModuleLevel(ts, call), argument)] : [];
}

/** For `c` in `[A, B].forEach((c) => ...)` or `for (const c of [A, B])`, the array `[A, B]`. */
function getIteratedList(ts: Ts, identifier: TS.Identifier): TS.ArrayLiteralExpression | undefined {
  for (let node: TS.Node = identifier.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const declared = node.initializer.declarations[0]?.name;
      const iterated = skipValueWrappers(ts, node.expression);
      if (declared && ts.isIdentifier(declared) && declared.text === identifier.text && ts.isArrayLiteralExpression(iterated)) return iterated;
    }
    if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isCallExpression(node.parent)) {
      const param = node.parameters[0]?.name;
      const access = getMemberAccess(ts, node.parent.expression);
      const receiver = access && skipValueWrappers(ts, access.object);
      if (param && ts.isIdentifier(param) && param.text === identifier.text && access?.name === 'forEach' && receiver && ts.isArrayLiteralExpression(receiver)) return receiver;
      return undefined;
    }
    if (isFunctionLike(ts, node)) return undefined;
  }
  return undefined;
}

function enclosingFunction(ts: Ts, node: TS.Node): TS.Node | undefined {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (isFunctionLike(ts, current)) return current;
  }
  return undefined;
}

function isAtModuleLevel(ts: Ts, node: TS.Node): boolean {
  const enclosing = enclosingFunction(ts, node);
  return enclosing === undefined || ts.isClassStaticBlockDeclaration(enclosing);
}
