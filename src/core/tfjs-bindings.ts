// How a file reaches TF.js: which local names stand for the `tf` namespace, `tf.layers`,
// the `Layer` base classes, `tf.serialization` and its `registerClass`. Everything here is
// syntax: a class named `Layer` from another library never resolves to TF.js.
import type * as TS from 'typescript';
import { getMemberAccess, getRequiredModule, getStaticName, skipValueWrappers, type Ts } from './ts-ast';

export const TFJS_MODULES: ReadonlySet<string> = new Set([
  '@tensorflow/tfjs',
  '@tensorflow/tfjs-node',
  '@tensorflow/tfjs-node-gpu',
  '@tensorflow/tfjs-layers',
  '@tensorflow/tfjs-core',
]);

/** The classes of `tf.layers` a custom layer can extend. `RNN` is also exported as `tf.RNN`. */
export type TfjsBaseClass = 'Layer' | 'RNN' | 'RNNCell';
export const TFJS_BASE_CLASSES: ReadonlySet<string> = new Set<TfjsBaseClass>(['Layer', 'RNN', 'RNNCell']);

/** What a local name or expression stands for in TF.js. */
export type TfjsRef =
  /** `module` is the package it comes from, '' for the global `tf`. */
  | { kind: 'namespace'; module: string }
  | { kind: 'layers' }
  | { kind: 'baseClass'; name: TfjsBaseClass }
  | { kind: 'serialization' }
  | { kind: 'registerClass' }
  | { kind: 'initializers' }
  /** `tf.layers.dense` and the other factories. */
  | { kind: 'layerFactory'; name: string }
  /** `tf.variable`, `tf.randomNormal`, ...: any other member of the namespace. */
  | { kind: 'function'; name: string };

/** An import or require that a fix can extend with `serialization`. */
export interface TfjsNamedImport {
  /** `{ layers }` of `import { layers } from '...'` or of `const { layers } = require('...')`. */
  list: TS.NamedImports | TS.ObjectBindingPattern;
  module: string;
  /** The import declaration or variable statement holding the list. */
  statement: TS.Statement;
}

export interface TfjsBindings {
  names: Map<string, TfjsRef>;
  /** Names imported from other packages (`import {Layer} from 'konva'`), with the name they import. */
  foreignImports: Map<string, string>;
  /** Names imported from the project's own modules (`import {Layer} from '../engine/topology'`), with the name they import. */
  relativeImports: Map<string, string>;
  /** The file imports or requires a TF.js package, or uses the global `tf` of a script. */
  usesTfjs: boolean;
  /** The last import or require of a TF.js package, after which a fix can add one. */
  lastImport?: TS.Statement;
  /** No binding named `tf` at module level: `tf` is the global a <script> tag defines. */
  tfIsGlobal: boolean;
  namedImport?: TfjsNamedImport;
  /**
   * Names the file binds below module level (parameters, locals), as the file walk met them: only
   * such a name can shadow an import, so only its uses are looked up in scope.
   */
  locallyBound?: Set<string>;
}

/** Reads the module-level imports; variable aliases are added by `recordTfjsAlias` during the file walk. */
export function collectTfjsImports(ts: Ts, sourceFile: TS.SourceFile): TfjsBindings {
  const bindings: TfjsBindings = { names: new Map(), foreignImports: new Map(), relativeImports: new Map(), usesTfjs: false, tfIsGlobal: false };
  let tfIsDeclared = false;
  let requiresTfjs = false;
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name?.text === 'tf' || (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) && clause.namedBindings.name.text === 'tf'))
        tfIsDeclared = true;
      const specifier = ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const isTfjs = specifier !== undefined && TFJS_MODULES.has(specifier);
      // Another package's names (not the project's own `./base` files): `import {Layer} from 'konva'`.
      if (specifier !== undefined && !isTfjs && clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        const isRelative = specifier.startsWith('.') || specifier.startsWith('/');
        const imports = isRelative ? bindings.relativeImports : bindings.foreignImports;
        for (const element of clause.namedBindings.elements) imports.set(element.name.text, (element.propertyName ?? element.name).text);
      }
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- phaseModifier, its replacement, is new in TypeScript 5.9; the plugin supports 4.8.4 up
      if (!isTfjs || !clause || clause.isTypeOnly) continue;
      bindings.usesTfjs = true;
      bindings.lastImport = statement;
      // `import tf from` works through esModuleInterop and stands for the namespace too.
      const module = specifier;
      if (clause.name) bindings.names.set(clause.name.text, { kind: 'namespace', module });
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindings.names.set(named.name.text, { kind: 'namespace', module });
      if (named && ts.isNamedImports(named)) {
        bindings.namedImport ??= { list: named, module, statement };
        for (const element of named.elements) {
          if (element.isTypeOnly) continue;
          const ref = memberOfNamespace((element.propertyName ?? element.name).text);
          bindings.names.set(element.name.text, ref);
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement)) {
      if (statement.name.text === 'tf') tfIsDeclared = true;
      const reference = statement.moduleReference;
      if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression) && TFJS_MODULES.has(reference.expression.text)) {
        bindings.usesTfjs = true;
        bindings.lastImport = statement;
        bindings.names.set(statement.name.text, { kind: 'namespace', module: reference.expression.text });
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === 'tf') tfIsDeclared = true;
        if (declaration.initializer && getTfjsRequireModule(ts, declaration.initializer) !== undefined) requiresTfjs = true;
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === 'tf') {
      tfIsDeclared = true;
    }
  }
  // A script that loads TF.js from a <script> tag sees it as the global `tf`; a module that imports TF.js does not.
  if (!tfIsDeclared && !bindings.usesTfjs && !requiresTfjs) {
    bindings.names.set('tf', { kind: 'namespace', module: '' });
    bindings.tfIsGlobal = true;
  }
  return bindings;
}

/**
 * The name the file uses for a TF.js member: an import or require first, the global `tf` of a
 * script only when nothing else fits.
 */
export function findBindingName(bindings: TfjsBindings, test: (ref: TfjsRef) => boolean): string | undefined {
  let global: string | undefined;
  for (const [name, ref] of bindings.names) {
    if (!test(ref)) continue;
    if (name === 'tf' && bindings.tfIsGlobal) global = name;
    else return name;
  }
  return global;
}

/** Resolves `tf.layers.Layer`, `layers.Layer`, `Layer`, `tf.serialization.registerClass`, ... */
export function resolveTfjs(ts: Ts, bindings: TfjsBindings, node: TS.Expression): TfjsRef | undefined {
  const expression = skipValueWrappers(ts, node);
  if (ts.isIdentifier(expression)) {
    const ref = bindings.names.get(expression.text);
    // A parameter or local of the same name (`function Mixin(Layer) {...}`, `(tf) => class ...`) is not the import.
    return ref && !(bindings.locallyBound?.has(expression.text) && findLocalBinding(ts, expression)) ? ref : undefined;
  }
  const access = getMemberAccess(ts, expression);
  if (!access) return undefined;
  const object = resolveTfjs(ts, bindings, access.object);
  return object && memberOf(object, access.name);
}

/**
 * Records `const tf = require('@tensorflow/tfjs')`, `const { layers } = require(...)`,
 * `const { Layer } = tf.layers`, `const Base = tf.layers.Layer`, `const L = tf.layers`.
 */
export function recordTfjsAlias(ts: Ts, bindings: TfjsBindings, declaration: TS.VariableDeclaration): void {
  const init = declaration.initializer && skipValueWrappers(ts, declaration.initializer);
  if (!init) return;
  let source: TfjsRef | undefined;
  const module = getTfjsRequireModule(ts, init);
  if (module !== undefined) {
    bindings.usesTfjs = true;
    source = { kind: 'namespace', module };
    const statement = declaration.parent.parent;
    if (ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent)) {
      bindings.lastImport = statement;
      if (ts.isObjectBindingPattern(declaration.name)) bindings.namedImport ??= { list: declaration.name, module, statement };
    }
  } else {
    source = resolveTfjs(ts, bindings, init);
  }
  if (source) bindPattern(ts, bindings, declaration.name, source);
}

function bindPattern(ts: Ts, bindings: TfjsBindings, name: TS.BindingName, source: TfjsRef): void {
  if (ts.isIdentifier(name)) {
    bindings.names.set(name.text, source);
    return;
  }
  if (!ts.isObjectBindingPattern(name)) return;
  for (const element of name.elements) {
    if (element.dotDotDotToken) continue;
    const key = getStaticName(ts, element.propertyName ?? element.name);
    const member = key === undefined ? undefined : memberOf(source, key);
    if (member) bindPattern(ts, bindings, element.name, member);
  }
}

function getTfjsRequireModule(ts: Ts, node: TS.Expression): string | undefined {
  const module = getRequiredModule(ts, node);
  return module !== undefined && TFJS_MODULES.has(module) ? module : undefined;
}

function memberOf(object: TfjsRef, name: string): TfjsRef | undefined {
  switch (object.kind) {
    case 'namespace':
      return memberOfNamespace(name);
    case 'layers':
      return TFJS_BASE_CLASSES.has(name) ? { kind: 'baseClass', name: name as TfjsBaseClass } : { kind: 'layerFactory', name };
    case 'serialization':
      // `serialization.Serializable` is TF.js too, and not a layer.
      return name === 'registerClass' ? { kind: 'registerClass' } : { kind: 'function', name };
    default:
      return undefined;
  }
}

function memberOfNamespace(name: string): TfjsRef {
  switch (name) {
    case 'layers':
      return { kind: 'layers' };
    case 'serialization':
      return { kind: 'serialization' };
    case 'initializers':
      return { kind: 'initializers' };
    case 'RNN':
      return { kind: 'baseClass', name: 'RNN' };
    default:
      return { kind: 'function', name };
  }
}

/** Where a name used at some point of the file is declared, nearest scope first. */
export type LocalBinding =
  /** A parameter of a function (also a name inside a destructured parameter). */
  | { kind: 'parameter'; fn: TS.SignatureDeclaration; index: number; declaration: TS.ParameterDeclaration }
  /** `const`/`let`/`var`, a loop variable, a function or a class declared inside a function or block. */
  | { kind: 'local'; declaration: TS.Node }
  /** A catch clause variable, or another name the analysis does not follow. */
  | { kind: 'opaque' };

const blockDeclarations = new WeakMap<TS.Node, Map<string, TS.Node>>();

/**
 * The binding `identifier` refers to when it is declared below module level (a parameter of an
 * enclosing function, a local of an enclosing block), else undefined: the name is the module's
 * (an import, a module-level declaration) or a global. Walks up the identifier's ancestors only.
 */
export function findLocalBinding(ts: Ts, identifier: TS.Identifier): LocalBinding | undefined {
  const name = identifier.text;
  let child: TS.Node = identifier;
  for (let node: TS.Node = identifier.parent; node && !ts.isSourceFile(node); child = node, node = node.parent) {
    switch (node.kind) {
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.Constructor:
      case ts.SyntaxKind.GetAccessor:
      case ts.SyntaxKind.SetAccessor: {
        const fn = node as TS.SignatureDeclaration;
        // The name of a function expression is bound inside it.
        if (node.kind === ts.SyntaxKind.FunctionExpression && (fn as TS.FunctionExpression).name?.text === name) return { kind: 'local', declaration: node };
        const index = fn.parameters.findIndex((parameter) => bindsName(ts, parameter.name, name));
        if (index >= 0) return { kind: 'parameter', fn, index, declaration: fn.parameters[index]! };
        break;
      }
      case ts.SyntaxKind.ClassExpression:
        if ((node as TS.ClassExpression).name?.text === name && child !== (node as TS.ClassExpression).name) return { kind: 'local', declaration: node };
        break;
      case ts.SyntaxKind.CatchClause: {
        const variable = (node as TS.CatchClause).variableDeclaration;
        if (variable && bindsName(ts, variable.name, name)) return { kind: 'opaque' };
        break;
      }
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.ForInStatement:
      case ts.SyntaxKind.ForStatement: {
        const initializer = (node as TS.ForOfStatement).initializer;
        if (initializer && ts.isVariableDeclarationList(initializer)) {
          const declaration = initializer.declarations.find((candidate) => bindsName(ts, candidate.name, name));
          if (declaration) return { kind: 'local', declaration };
        }
        break;
      }
      case ts.SyntaxKind.Block:
      case ts.SyntaxKind.CaseBlock:
      case ts.SyntaxKind.ModuleBlock: {
        const declaration = getBlockDeclarations(ts, node).get(name);
        if (declaration) return { kind: 'local', declaration };
        break;
      }
    }
  }
  return undefined;
}

/** The top-level declaration of `name` in a module: a variable declaration, a function or a class. */
export function findModuleDeclaration(ts: Ts, sourceFile: TS.SourceFile, name: string): TS.Node | undefined {
  return getBlockDeclarations(ts, sourceFile).get(name);
}

function getBlockDeclarations(ts: Ts, block: TS.Node): Map<string, TS.Node> {
  let declarations = blockDeclarations.get(block);
  if (declarations) return declarations;
  declarations = new Map();
  const statements: readonly TS.Node[] =
    block.kind === ts.SyntaxKind.CaseBlock ? (block as TS.CaseBlock).clauses.flatMap((clause) => [...clause.statements]) : (block as TS.Block).statements;
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        for (const bound of getBoundNamesOf(ts, declaration.name)) if (!declarations.has(bound)) declarations.set(bound, declaration);
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name && !declarations.has(statement.name.text)) {
      declarations.set(statement.name.text, statement);
    }
  }
  blockDeclarations.set(block, declarations);
  return declarations;
}

function bindsName(ts: Ts, name: TS.BindingName, wanted: string): boolean {
  if (ts.isIdentifier(name)) return name.text === wanted;
  return name.elements.some((element) => ts.isBindingElement(element) && bindsName(ts, element.name, wanted));
}

function getBoundNamesOf(ts: Ts, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isBindingElement(element) ? getBoundNamesOf(ts, element.name) : []));
}
