// One pass over a file for all rules: find how it reaches TF.js, which classes are
// TF.js layers, and their facts. Cached per SourceFile, so ESLint's rules and
// tsserver's diagnostics share one analysis of one parse.
import type * as TS from 'typescript';
import { readLayerMembers, type ClassNameFacts, type LayerBase, type LayerClass, type RegistrationCall } from './layer-model';
import { isExportsObject, RegistrationFlow, type ClassTarget, type RunsAtLoad } from './registration-flow';
import { collectTfjsImports, findLocalBinding, findModuleDeclaration, recordTfjsAlias, resolveTfjs, type TfjsBaseClass, type TfjsBindings } from './tfjs-bindings';
import { resolveBaseByType } from './type-aware';
import { getBoundNames, getMemberAccess, getStaticName, getStringLiteralValue, hasModifier, hasOffsetWithin, isFunctionLike, isTypeSyntax, skipValueWrappers, walk, type Ts } from './ts-ast';

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
  /** Classes the module exports (`export`, `export {}`, `exports.X =`, `module.exports =`): an importer may register them. */
  exportedClasses: ReadonlySet<TS.ClassLikeDeclaration>;
  /** A registerClass() call whose argument the analysis cannot resolve: it may register any class of the file. */
  hasOpaqueRegistration: boolean;
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
      // Declaration files run nothing: no layer there is saved or loaded, and no edit may be written there.
      analysis = !isDeclarationFile(sourceFile) && mayHoldLayers(sourceFile.text, program !== undefined) ? readFile(ts, sourceFile, program) : emptyAnalysis(ts, sourceFile, program);
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
  return { sourceFile, bindings: { names: new Map(), foreignImports: new Map(), relativeImports: new Map(), usesTfjs: false, tfIsGlobal: false }, layers: [], registrations: [], isTypeScript: isTypeScriptFile(ts, sourceFile), program, exportedClasses: new Set(), hasOpaqueRegistration: false };
}

/** `x.d.ts`, `x.d.mts`, `x.d.cts` (and what TypeScript itself counts as declarations). */
export function isDeclarationFile(sourceFile: TS.SourceFile): boolean {
  return sourceFile.isDeclarationFile || /\.d\.([cm]?ts|[^.\\/]+\.ts)$/.test(sourceFile.fileName);
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
  const locallyBound = new Set<string>();
  bindings.locallyBound = locallyBound;
  const candidates: ClassCandidate[] = [];
  const callsWithArguments: TS.CallExpression[] = [];
  const plainCalls: TS.CallExpression[] = [];
  /** `X.className = ...`, `this.className = ...` in a static block: the object and the assignment. */
  const classNameAssignments: Array<{ object: TS.Expression; assignment: TS.BinaryExpression }> = [];
  const assignments = new Map<string, TS.Expression[]>();
  const exportAssignments = new Map<string, TS.Expression[]>();
  const exportedValues: TS.Expression[] = [];

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
      case ts.SyntaxKind.ModuleDeclaration:
        // `declare module 'x' {...}`, `declare namespace N {...}`, `declare global {...}`: ambient, nothing runs.
        return !hasModifier(ts, node, ts.SyntaxKind.DeclareKeyword);
      case ts.SyntaxKind.Block:
        // A function body that never says "class" or "regist" holds no class, className or registration.
        return !isFunctionLike(ts, node.parent) || hasOffsetWithin(words, node.pos, node.end);
      case ts.SyntaxKind.VariableDeclaration: {
        // Module-level aliases only: a local `const r = ...` is recorded as a local name, which shadows the import `r` where it is in scope.
        const statement = node.parent.parent;
        if (statement && ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent)) recordTfjsAlias(ts, bindings, node as TS.VariableDeclaration);
        else addBoundNames(ts, (node as TS.VariableDeclaration).name, locallyBound);
        break;
      }
      case ts.SyntaxKind.Parameter:
        addBoundNames(ts, (node as TS.ParameterDeclaration).name, locallyBound);
        break;
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression: {
        const classNode = node as TS.ClassLikeDeclaration;
        // `declare class X extends Layer {}`: a declaration of a class defined elsewhere.
        if (hasModifier(ts, classNode, ts.SyntaxKind.DeclareKeyword)) return false;
        candidates.push(describeClass(ts, classNode));
        // Likewise a member or extends clause that never says "class" or "regist" (readLayerMembers reads the members themselves).
        for (const part of [...(classNode.heritageClauses ?? []), ...classNode.members]) {
          if (hasOffsetWithin(words, part.pos, part.end) && visit(part)) walk(ts, part, visit);
        }
        return false;
      }
      case ts.SyntaxKind.CallExpression:
        if ((node as TS.CallExpression).arguments.length > 0) callsWithArguments.push(node as TS.CallExpression);
        // `registerAll();`: a call of a local function, which may register classes when the module loads.
        else if ((node as TS.CallExpression).expression.kind === ts.SyntaxKind.Identifier) plainCalls.push(node as TS.CallExpression);
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const assignment = node as TS.BinaryExpression;
        if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) break;
        const left = skipValueWrappers(ts, assignment.left);
        if (ts.isIdentifier(left)) {
          // `_a = X`, `X = class ...`: aliases as tsc, Babel and esbuild write them. Nothing else can hold a class.
          if (!mayHoldClass(ts, assignment.right)) break;
          const list = assignments.get(left.text);
          if (list) list.push(assignment.right);
          else assignments.set(left.text, [assignment.right]);
          break;
        }
        const access = getMemberAccess(ts, left);
        if (!access) break;
        const object = skipValueWrappers(ts, access.object);
        // `X.className = 'X'` as tsc and Babel emit static fields (inside a layer factory too), `this.className = ...` in a static block
        if (access.name === 'className' && (ts.isIdentifier(object) || object.kind === ts.SyntaxKind.ThisKeyword)) classNameAssignments.push({ object, assignment });
        else if (isExportsObject(ts, object)) {
          const list = exportAssignments.get(access.name);
          if (list) list.push(assignment.right);
          else exportAssignments.set(access.name, [assignment.right]);
        } else if (access.name === 'exports' && ts.isIdentifier(object) && object.text === 'module') exportedValues.push(assignment.right);
        break;
      }
    }
    return true;
  };
  walk(ts, sourceFile, visit);

  // Only a call that spells "regist" or "class" can register a class or set a className itself.
  const registrationCandidates = callsWithArguments.filter((call) => hasOffsetWithin(words, call.pos, call.end));
  const exportedNames = readExportedNames(ts, sourceFile);
  const flow = new RegistrationFlow({
    ts,
    sourceFile,
    calls: plainCalls.length > 0 ? [...callsWithArguments, ...plainCalls] : callsWithArguments,
    registrationCandidates,
    assignments,
    exportAssignments,
    exportedNames,
    isRegisterClass: (callee) => isTfjsRegisterClass(ts, bindings, callee),
  });
  const registrations = readRegistrations(ts, flow, registrationCandidates, bindings, program !== undefined);
  const layers = classifyLayers(ts, bindings, flow, candidates, registrations, program);
  for (const layer of layers) readLayerMembers(ts, layer);
  readClassNames(ts, flow, layers, classNameAssignments, registrationCandidates);
  // The shape test for classes on a base from another module needs their members, so it runs last.
  const confirmed = layers.filter((layer) => isConfirmedLayer(layer, bindings));
  for (const layer of confirmed) layer.subclasses = layer.subclasses.filter((subclass) => confirmed.includes(subclass));
  const exportedClasses = readExportedClasses(ts, flow, exportedNames, candidates, exportAssignments, exportedValues);
  return { sourceFile, bindings, layers: confirmed, registrations, isTypeScript: isTypeScriptFile(ts, sourceFile), program, exportedClasses, hasOpaqueRegistration: flow.opaqueCalls.length > 0 };
}

/** `tf.serialization.registerClass` through the file's bindings, or `<anything>.serialization.registerClass` (a UMD factory's parameter). */
function isTfjsRegisterClass(ts: Ts, bindings: TfjsBindings, node: TS.Expression): boolean {
  const callee = skipValueWrappers(ts, node);
  // Most calls of a file are neither: one name test first.
  if (ts.isIdentifier(callee)) return bindings.names.get(callee.text)?.kind === 'registerClass' && resolveTfjs(ts, bindings, callee)?.kind === 'registerClass';
  const access = getMemberAccess(ts, callee);
  if (access?.name !== 'registerClass') return false;
  if (getMemberAccess(ts, skipValueWrappers(ts, access.object))?.name === 'serialization') return true;
  return resolveTfjs(ts, bindings, callee)?.kind === 'registerClass';
}

/**
 * Every registration of the file: registerClass() with what reaches it (aliases, lists, loops,
 * helpers, functions the module calls), and calls of helpers named like a registration
 * (`registerLayer(X)`), which count where the rule's options name them.
 */
function readRegistrations(ts: Ts, flow: RegistrationFlow, calls: readonly TS.CallExpression[], bindings: TfjsBindings, typeAware: boolean): RegistrationCall[] {
  const registrations: RegistrationCall[] = [];
  const add = (node: TS.CallExpression, calleeName: string, isTfjs: boolean, target: ClassTarget, runs: RunsAtLoad): void => {
    // Another module's class matters only where the type checker can find it.
    if (target.kind === 'external' && !typeAware) return;
    registrations.push({
      node,
      calleeName,
      isTfjsRegisterClass: isTfjs,
      className: target.kind === 'local' ? classBindingName(ts, target.node) ?? '' : '',
      argument: target.kind === 'external' ? target.expression : undefined,
      target: target.kind === 'local' ? target.node : undefined,
      atModuleLevel: runs === 'yes',
      unsure: runs === 'maybe' || undefined,
    });
  };
  for (const registration of flow.readRegistrations()) {
    add(registration.node, calleeNameOf(ts, registration.node) ?? 'registerClass', true, registration.target, registration.runs);
  }
  for (const call of calls) {
    const calleeName = calleeNameOf(ts, call);
    if (calleeName === undefined || !/regist/i.test(calleeName) || isTfjsRegisterClass(ts, bindings, call.expression)) continue;
    // A project helper by name (`registerLayer(X)`): it counts where the options list it.
    const values = flow.valueOf(call.arguments[0]!, 0);
    const runs = flow.runsAtLoad(call, 0);
    for (const target of values.classes) add(call, calleeName, false, target, runs);
  }
  return registrations;
}

function calleeNameOf(ts: Ts, call: TS.CallExpression): string | undefined {
  const callee = skipValueWrappers(ts, call.expression);
  return ts.isIdentifier(callee) ? callee.text : getMemberAccess(ts, callee)?.name;
}

/** The name the module knows a class by: its own, or the variable it is assigned to. */
function classBindingName(ts: Ts, node: TS.ClassLikeDeclaration): string | undefined {
  return describeClass(ts, node).name;
}

/** Local names the module exports: `export {a, b as c}`, `export default a`, `export` on a declaration. */
function readExportedNames(ts: Ts, sourceFile: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (statement.kind === ts.SyntaxKind.ExportDeclaration) {
      const declaration = statement as TS.ExportDeclaration;
      if (!declaration.moduleSpecifier && declaration.exportClause && declaration.exportClause.kind === ts.SyntaxKind.NamedExports) {
        for (const element of declaration.exportClause.elements) names.add((element.propertyName ?? element.name).text);
      }
    } else if (statement.kind === ts.SyntaxKind.ExportAssignment) {
      const value = skipValueWrappers(ts, (statement as TS.ExportAssignment).expression);
      if (ts.isIdentifier(value)) names.add(value.text);
    } else if (hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) getBoundNames(ts, declaration.name).forEach((name) => names.add(name));
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text);
    }
  }
  return names;
}

/** The classes the module exports, by value: `export class`, `export {X}`, `exports.X = X`, `module.exports = {X}`. */
function readExportedClasses(ts: Ts, flow: RegistrationFlow, names: ReadonlySet<string>, candidates: ClassCandidate[], exportAssignments: ReadonlyMap<string, readonly TS.Expression[]>, exportedValues: readonly TS.Expression[]): Set<TS.ClassLikeDeclaration> {
  const exported = new Set<TS.ClassLikeDeclaration>();
  for (const candidate of candidates) {
    if (candidate.name !== undefined && names.has(candidate.name)) exported.add(candidate.node);
    if (hasModifier(ts, candidate.node, ts.SyntaxKind.ExportKeyword)) exported.add(candidate.node);
  }
  const addValues = (values: { classes: ClassTarget[] }): void => {
    for (const target of values.classes) if (target.kind === 'local') exported.add(target.node);
  };
  for (const values of exportAssignments.values()) for (const value of values) addValues(flow.valueOf(value, 0));
  for (const value of exportedValues) {
    addValues(flow.valueOf(value, 0));
    addValues(flow.membersOf(value, 0));
  }
  return exported;
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


function describeClass(ts: Ts, node: TS.ClassLikeDeclaration): ClassCandidate {
  const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  let name = node.name?.text;
  let nameNode: TS.Node | undefined = node.name;
  let holder: TS.Node = node;
  if (ts.isClassExpression(node)) {
    // Climb through what compilers wrap a class expression in: `(_a = class X {}, _a.className = 'X', _a)`.
    let value: TS.Node = node;
    let temp: TS.Identifier | undefined;
    for (;;) {
      const parent = value.parent;
      if (ts.isParenthesizedExpression(parent)) value = parent;
      else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === value && ts.isIdentifier(parent.left) && !ts.isExpressionStatement(parent.parent)) {
        temp = parent.left;
        value = parent;
      } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken && parent.left === value && temp) {
        // The list's value is its last element: the temporary that holds the class.
        let list: TS.BinaryExpression = parent;
        while (ts.isBinaryExpression(list.parent) && list.parent.operatorToken.kind === ts.SyntaxKind.CommaToken && list.parent.left === list) list = list.parent;
        const last = skipValueWrappers(ts, list.right);
        if (!ts.isIdentifier(last) || last.text !== temp.text) break;
        value = list;
      } else break;
    }
    const parent = value.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      // const X = class extends ... {}
      name = parent.name.text;
      nameNode = parent.name;
      holder = parent.parent.parent; // VariableDeclarationList -> VariableStatement
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) {
      // X = class extends ... {}
      name = parent.left.text;
      nameNode = parent.left;
      holder = parent.parent;
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // exports.X = (_a = class X {}, ..., _a)
      name ??= temp?.text;
      nameNode ??= temp;
      holder = parent.parent;
    } else if (!name && temp) {
      name = temp.text;
      nameNode = temp;
      holder = value.parent;
    } else {
      holder = value.parent;
    }
  }
  // The module-level statement that holds it (`registerClass(class X extends ...)` too), none inside a function.
  let top: TS.Node = holder;
  while (!ts.isSourceFile(top.parent) && !isFunctionLike(ts, top.parent) && !ts.isClassLike(top.parent)) top = top.parent;
  const statement = ts.isSourceFile(top.parent) && ts.isStatement(top) ? top : undefined;
  return { node, name, nameNode, statement, heritage };
}

/** Layer classes: extending TF.js's Layer directly or through classes of this file, or shaped like one. */
function classifyLayers(ts: Ts, bindings: TfjsBindings, flow: RegistrationFlow, candidates: ClassCandidate[], registrations: RegistrationCall[], program: TS.Program | undefined): LayerClass[] {
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
      const typed = baseFromTypes(ts, program, candidate.heritage);
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


/**
 * Each layer's className by value: its own static member, or what the module assigns after the
 * class as tsc, Babel and esbuild emit static fields (`X.className = 'X'`, `_a.className = ...`,
 * `this.className = ...` in a static block, `__publicField(X, "className", "X")`,
 * `_defineProperty(X, "className", "X")`, `Object.defineProperty(X, 'className', {value: 'X'})`).
 */
function readClassNames(ts: Ts, flow: RegistrationFlow, layers: LayerClass[], assignments: ReadonlyArray<{ object: TS.Expression; assignment: TS.BinaryExpression }>, calls: readonly TS.CallExpression[]): void {
  const byNode = new Map<TS.Node, LayerClass>(layers.map((layer) => [layer.node, layer]));
  const classesOf = (object: TS.Expression): LayerClass[] => flow.valueOf(object, 0).classes.flatMap((target) => (target.kind === 'local' && byNode.has(target.node) ? [byNode.get(target.node)!] : []));
  const later = new Map<LayerClass, ClassNameFacts>();
  for (const { object, assignment } of assignments) {
    for (const layer of classesOf(object)) if (!later.has(layer)) later.set(layer, { node: assignment, valueNode: assignment.right });
  }
  for (const call of calls) {
    if (call.arguments.length < 3 || getStringLiteralValue(ts, call.arguments[1]) !== 'className') continue;
    const value = skipValueWrappers(ts, call.arguments[2]!);
    // Object.defineProperty(X, 'className', { value: 'X' }) or { get() { return 'X'; } }
    const valueNode = ts.isObjectLiteralExpression(value) ? readDescriptorValue(ts, value) : value;
    for (const layer of classesOf(call.arguments[0]!)) if (!later.has(layer)) later.set(layer, { node: call, valueNode });
  }
  for (const layer of layers) {
    const facts = layer.className ?? later.get(layer);
    if (!facts) continue;
    layer.className = facts.value !== undefined ? facts : { ...facts, ...readClassNameValue(ts, flow, layer, facts.valueNode) };
  }
}

function readDescriptorValue(ts: Ts, descriptor: TS.ObjectLiteralExpression): TS.Node | undefined {
  for (const property of descriptor.properties) {
    const name = getStaticName(ts, property.name);
    if (name === 'value' && ts.isPropertyAssignment(property)) return property.initializer;
    if (name === 'get' && (ts.isMethodDeclaration(property) || ts.isPropertyAssignment(property))) {
      const fn = ts.isMethodDeclaration(property) ? property : skipValueWrappers(ts, property.initializer);
      const body = (fn as TS.FunctionLikeDeclaration).body;
      if (body && ts.isBlock(body) && body.statements.length === 1 && ts.isReturnStatement(body.statements[0]!)) return (body.statements[0] as TS.ReturnStatement).expression;
      if (body && !ts.isBlock(body)) return body;
    }
  }
  return undefined;
}

/** A className value the code computes: the last of a comma list, a module constant, or the class's own name (`this.name`, `X.name`). */
function readClassNameValue(ts: Ts, flow: RegistrationFlow, layer: LayerClass, node: TS.Node | undefined): Pick<ClassNameFacts, 'value' | 'perClass'> {
  if (!node) return {};
  let expression = skipValueWrappers(ts, node as TS.Expression);
  // Babel: `static className = (_staticBlock = () => ..., 'Scale')`
  while (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken) expression = skipValueWrappers(ts, expression.right);
  const literal = getStringLiteralValue(ts, expression);
  if (literal !== undefined) return { value: literal };
  if (ts.isIdentifier(expression)) {
    // const NAME = 'Scale'
    const declaration = findLocalBinding(ts, expression) ? undefined : findModuleDeclaration(ts, layer.node.getSourceFile(), expression.text);
    if (declaration && ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent) && declaration.parent.flags & 2 /* NodeFlags.Const */) {
      const value = getStringLiteralValue(ts, declaration.initializer);
      if (value !== undefined) return { value };
    }
    return {};
  }
  const access = getMemberAccess(ts, expression);
  if (access?.name !== 'name') return {};
  const object = skipValueWrappers(ts, access.object);
  if (object.kind === ts.SyntaxKind.ThisKeyword) return { perClass: true };
  const values = flow.valueOf(object, 0);
  return values.classes.length === 1 && values.classes[0]!.kind === 'local' && values.classes[0]!.node === layer.node ? { perClass: true } : {};
}

/** A value that may be a class, as aliases are written: a name, a class expression, `(_a = class ..., _a)`, `exports.X`. */
function mayHoldClass(ts: Ts, node: TS.Expression): boolean {
  const value = skipValueWrappers(ts, node);
  switch (value.kind) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.BinaryExpression:
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ConditionalExpression:
      return true;
    default:
      return false;
  }
}

/** The names a binding introduces, added to `into` (no array per binding: the walk meets every parameter). */
function addBoundNames(ts: Ts, name: TS.BindingName, into: Set<string>): void {
  if (name.kind === ts.SyntaxKind.Identifier) {
    into.add((name as TS.Identifier).text);
    return;
  }
  for (const element of (name as TS.ObjectBindingPattern | TS.ArrayBindingPattern).elements) {
    if (element.kind === ts.SyntaxKind.BindingElement) addBoundNames(ts, (element as TS.BindingElement).name, into);
  }
}
