// Which classes module code passes to tf.serialization.registerClass(), resolved by value:
// directly, through aliases (`_a = X`, `let X = _X`), arrays and objects of classes, loops over
// them (`for...of`, `for...in`, `forEach`, `map`, `Object.values`), local helper functions that
// pass their parameter on, inline class expressions, and functions the module calls. Also when
// each registration runs: when the module loads, maybe (a function other code may call), or never.
import type * as TS from 'typescript';
import { findLocalBinding, findModuleDeclaration } from './tfjs-bindings';
import { getMemberAccess, getStaticName, isFunctionLike, skipValueWrappers, type Ts } from './ts-ast';

/** A class a registration reaches: one of this file, or an expression naming one elsewhere (for the type checker). */
export type ClassTarget = { kind: 'local'; node: TS.ClassLikeDeclaration } | { kind: 'external'; expression: TS.Expression };

export type RunsAtLoad = 'yes' | 'maybe' | 'no';

export interface FlowRegistration {
  /** The call that makes it happen: registerClass() itself, or the module's call of a helper that calls it. */
  node: TS.CallExpression;
  target: ClassTarget;
  runs: RunsAtLoad;
}

export interface FlowContext {
  ts: Ts;
  sourceFile: TS.SourceFile;
  /** Every call of the file with arguments (what the file walk collected): where a helper's callers are looked for. */
  calls: readonly TS.CallExpression[];
  /** The calls whose text says "regist" or "class": the only ones that can register a class themselves. */
  registrationCandidates: readonly TS.CallExpression[];
  /** `X = value` assignments of the file, by the name assigned. */
  assignments: ReadonlyMap<string, readonly TS.Expression[]>;
  /** `exports.X = value`, `module.exports.X = value`, by X. */
  exportAssignments: ReadonlyMap<string, readonly TS.Expression[]>;
  /** Names the module exports (their local names). */
  exportedNames: ReadonlySet<string>;
  /** Whether a call's callee is TF.js's registerClass. */
  isRegisterClass: (callee: TS.Expression) => boolean;
}

/** What an expression may evaluate to, as far as classes go. `opaque`: it may be a class this analysis cannot see. */
interface Values {
  classes: ClassTarget[];
  opaque: boolean;
  /** A parameter of a local function: its values come from the function's callers. */
  parameters: Array<{ fn: TS.SignatureDeclaration; index: number; element: boolean }>;
}

const MAX_DEPTH = 12;
const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find']);

function empty(): Values {
  return { classes: [], opaque: false, parameters: [] };
}

function merge(into: Values, from: Values): Values {
  into.classes.push(...from.classes);
  into.opaque ||= from.opaque;
  into.parameters.push(...from.parameters);
  return into;
}

export class RegistrationFlow {
  private readonly runsCache = new Map<TS.Node, RunsAtLoad>();
  private readonly callersCache = new Map<TS.Node, TS.CallExpression[]>();
  /** Registration calls whose argument could not be resolved: they may register any class. */
  opaqueCalls: TS.CallExpression[] = [];

  constructor(private readonly context: FlowContext) {}

  /** Every registration the file's registerClass() calls make. */
  readRegistrations(): FlowRegistration[] {
    const { ts } = this.context;
    const registrations: FlowRegistration[] = [];
    for (const call of this.context.registrationCandidates) {
      if (this.context.isRegisterClass(call.expression)) {
        this.expand(call, this.valueOf(call.arguments[0]!, 0), call, registrations, 0);
        continue;
      }
      // `[A, B].forEach(tf.serialization.registerClass)`
      const access = getMemberAccess(ts, call.expression);
      const callback = call.arguments[0] && skipValueWrappers(ts, call.arguments[0]);
      if (access && ITERATION_METHODS.has(access.name) && callback && this.context.isRegisterClass(callback)) {
        this.expand(call, this.membersOf(access.object, 0), call, registrations, 0);
      }
    }
    return registrations;
  }

  /** Registrations of `values` made by `registerCall`, reached from `site` (where the values are passed). */
  private expand(site: TS.CallExpression, values: Values, registerCall: TS.CallExpression, out: FlowRegistration[], depth: number): void {
    const runs = this.runsAtLoad(site, 0);
    for (const target of values.classes) out.push({ node: site, target, runs });
    if (values.opaque) this.opaqueCalls.push(registerCall);
    if (depth > MAX_DEPTH) return;
    for (const parameter of values.parameters) {
      // A helper's parameter: the values its callers pass (`register(Foo)`, `[A, B].forEach(register)`).
      // A helper other modules call can only be handed what they can reach: exported classes, which the
      // checks already leave to the importer. Its callers in this file are followed.
      const callers = this.callersOf(parameter.fn);
      for (const caller of callers) {
        const { ts } = this.context;
        const callee = skipValueWrappers(ts, caller.expression);
        const argument = caller.arguments[parameter.index];
        let passed: Values | undefined;
        // `register(Foo)`, or `registerAll([A, B])` for a helper that iterates its parameter.
        if (this.isReferenceTo(callee, parameter.fn))
          passed = argument && (parameter.element ? this.membersOf(argument, depth + 1) : this.valueOf(argument, depth + 1));
        // `[A, B].forEach(register)`
        else if (parameter.index === 0 && !parameter.element) passed = this.membersOf(getMemberAccess(ts, callee)!.object, depth + 1);
        if (passed) this.expand(caller, passed, registerCall, out, depth + 1);
      }
    }
  }

  /** The classes an expression may be. */
  valueOf(node: TS.Expression, depth: number): Values {
    const { ts } = this.context;
    const result = empty();
    if (depth > MAX_DEPTH) return { ...result, opaque: true };
    const expression = skipValueWrappers(ts, node);
    switch (expression.kind) {
      case ts.SyntaxKind.ClassExpression:
      case ts.SyntaxKind.ClassDeclaration:
        result.classes.push({ kind: 'local', node: expression as unknown as TS.ClassLikeDeclaration });
        return result;
      case ts.SyntaxKind.Identifier:
        return this.valueOfIdentifier(expression as TS.Identifier, depth);
      case ts.SyntaxKind.ThisKeyword: {
        // `registerClass(this)` in a static block or static method: the class itself.
        const owner = findStaticOwner(ts, expression);
        if (owner) result.classes.push({ kind: 'local', node: owner });
        else result.opaque = true;
        return result;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const binary = expression as TS.BinaryExpression;
        const operator = binary.operatorToken.kind;
        // `(_a = class X {}, _a.className = 'X', _a)`: the last value; `_a = class ...`: the assigned one.
        if (operator === ts.SyntaxKind.CommaToken || operator === ts.SyntaxKind.EqualsToken) return this.valueOf(binary.right, depth + 1);
        if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken)
          return merge(this.valueOf(binary.left, depth + 1), this.valueOf(binary.right, depth + 1));
        result.opaque = true;
        return result;
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = expression as TS.ConditionalExpression;
        return merge(this.valueOf(conditional.whenTrue, depth + 1), this.valueOf(conditional.whenFalse, depth + 1));
      }
      case ts.SyntaxKind.PropertyAccessExpression: {
        const access = expression as TS.PropertyAccessExpression;
        const name = access.name.text;
        const object = skipValueWrappers(ts, access.expression);
        // `exports.X` as tsc's CommonJS output registers it.
        if (isExportsObject(ts, object)) {
          const assigned = this.context.exportAssignments.get(name);
          if (assigned) {
            for (const value of assigned) merge(result, this.valueOf(value, depth + 1));
            return result;
          }
        }
        const container = this.containerOf(object, depth + 1);
        if (container) {
          const property = container.properties.find((element) => getStaticName(ts, element.name) === name);
          if (property && ts.isPropertyAssignment(property)) return this.valueOf(property.initializer, depth + 1);
          if (property && ts.isShorthandPropertyAssignment(property)) return this.valueOf(property.name, depth + 1);
          if (!container.properties.some((element) => ts.isSpreadAssignment(element))) return result;
        }
        // `ns.Foo` of an imported namespace: another module's class, which the type checker may find.
        result.classes.push({ kind: 'external', expression: access });
        result.opaque = !(ts.isIdentifier(object) && this.isImportOrGlobal(object));
        return result;
      }
      case ts.SyntaxKind.ElementAccessExpression:
        // `layers[key]` in `for (const key in layers)` or `Object.keys(layers).forEach(...)`: one of its members.
        return this.membersOf((expression as TS.ElementAccessExpression).expression, depth + 1);
      default:
        result.opaque = true;
        return result;
    }
  }

  private valueOfIdentifier(identifier: TS.Identifier, depth: number): Values {
    const { ts, sourceFile } = this.context;
    const result = empty();
    const local = findLocalBinding(ts, identifier);
    if (local?.kind === 'opaque') return { ...result, opaque: true };
    if (local?.kind === 'parameter') return this.valueOfParameter(local.fn, local.index, local.declaration, identifier, depth);
    if (local?.kind === 'local') return this.valueOfDeclaration(local.declaration, identifier, depth);
    const declaration = findModuleDeclaration(ts, sourceFile, identifier.text);
    if (declaration) return this.valueOfDeclaration(declaration, identifier, depth);
    // Assigned without a declaration this analysis reads (`var _a;` then `_a = X`), or imported.
    const assigned = this.context.assignments.get(identifier.text);
    if (assigned) {
      for (const value of assigned) merge(result, this.valueOf(value, depth + 1));
      return result;
    }
    // An import (or a global): another module's class, which the type checker may find.
    result.classes.push({ kind: 'external', expression: identifier });
    return result;
  }

  private isImportOrGlobal(identifier: TS.Identifier): boolean {
    const { ts, sourceFile } = this.context;
    return !findLocalBinding(ts, identifier) && !findModuleDeclaration(ts, sourceFile, identifier.text) && !this.context.assignments.has(identifier.text);
  }

  private valueOfDeclaration(declaration: TS.Node, identifier: TS.Identifier, depth: number): Values {
    const { ts } = this.context;
    const result = empty();
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) {
      result.classes.push({ kind: 'local', node: declaration });
      return result;
    }
    if (ts.isVariableDeclaration(declaration)) {
      const list = declaration.parent;
      const holder = list.parent;
      // A loop variable: a member of what the loop iterates.
      if (holder && (holder.kind === ts.SyntaxKind.ForOfStatement || holder.kind === ts.SyntaxKind.ForInStatement)) {
        const iterated = (holder as TS.ForOfStatement).expression;
        if (holder.kind === ts.SyntaxKind.ForInStatement) return { ...result, opaque: false }; // keys: strings
        return this.membersOfBinding(iterated, declaration.name, identifier, depth);
      }
      if (!ts.isIdentifier(declaration.name)) {
        // `const { Foo } = layers`: the property of the object.
        const element = identifier.parent;
        if (declaration.initializer && ts.isBindingElement(element) && ts.isObjectBindingPattern(declaration.name)) {
          const key = getStaticName(ts, element.propertyName ?? element.name);
          const container = this.containerOf(declaration.initializer, depth + 1);
          const property = key === undefined ? undefined : container?.properties.find((candidate) => getStaticName(ts, candidate.name) === key);
          if (property && ts.isPropertyAssignment(property)) return this.valueOf(property.initializer, depth + 1);
          if (property && ts.isShorthandPropertyAssignment(property)) return this.valueOf(property.name, depth + 1);
        }
        return { ...result, opaque: true };
      }
      if (declaration.initializer) merge(result, this.valueOf(declaration.initializer, depth + 1));
      // `var _a;` ... `_a = X`: esbuild and tsc assign their aliases later.
      const assigned = this.context.assignments.get(identifier.text);
      if (assigned) for (const value of assigned) merge(result, this.valueOf(value, depth + 1));
      if (!declaration.initializer && !assigned) result.opaque = true;
      return result;
    }
    // A function, an import, anything else: not a class this analysis follows.
    return { ...result, opaque: true };
  }

  /** A parameter: of an iteration callback (a member of the receiver), or of a local function (what its callers pass). */
  private valueOfParameter(fn: TS.SignatureDeclaration, index: number, declaration: TS.ParameterDeclaration, identifier: TS.Identifier, depth: number): Values {
    const { ts } = this.context;
    const result = empty();
    const use = callbackUse(ts, fn);
    if (use) {
      const access = getMemberAccess(ts, use.call.expression);
      if (access && ITERATION_METHODS.has(access.name) && use.argumentIndex === 0 && index === 0) {
        return this.membersOfBinding(access.object, declaration.name, identifier, depth);
      }
      return { ...result, opaque: true };
    }
    if (ts.isIdentifier(declaration.name) && (ts.isFunctionDeclaration(fn) || isNamedFunctionValue(ts, fn))) {
      result.parameters.push({ fn, index, element: false });
      return result;
    }
    return { ...result, opaque: true };
  }

  /** The member a loop variable or callback parameter holds, also destructured: `[key, Cls]` of `Object.entries(o)`. */
  private membersOfBinding(iterated: TS.Expression, name: TS.BindingName, identifier: TS.Identifier, depth: number): Values {
    const { ts } = this.context;
    const source = skipValueWrappers(ts, iterated);
    if (ts.isIdentifier(name)) {
      // `Object.keys(o)`: strings.
      if (isObjectCall(ts, source, 'keys')) return empty();
      return this.membersOf(source, depth + 1);
    }
    // `for (const [name, Cls] of Object.entries(layers))`: the second element is a value.
    if (name.kind === ts.SyntaxKind.ArrayBindingPattern && isObjectCall(ts, source, 'entries')) {
      const second = name.elements[1];
      if (second && ts.isBindingElement(second) && ts.isIdentifier(second.name) && second.name.text === identifier.text)
        return this.membersOf(source.arguments[0]!, depth + 1);
      return empty();
    }
    return { ...empty(), opaque: true };
  }

  /** The classes a list or object holds: `[A, B]`, `{A, B}`, `Object.values(o)`, `[...list, C]`, `list.concat(...)`. */
  membersOf(node: TS.Expression, depth: number): Values {
    const { ts } = this.context;
    const result = empty();
    if (depth > MAX_DEPTH) return { ...result, opaque: true };
    const expression = skipValueWrappers(ts, node);
    if (ts.isArrayLiteralExpression(expression)) {
      for (const element of expression.elements)
        merge(result, ts.isSpreadElement(element) ? this.membersOf(element.expression, depth + 1) : this.valueOf(element, depth + 1));
      return result;
    }
    if (ts.isObjectLiteralExpression(expression)) {
      for (const property of expression.properties) {
        if (ts.isPropertyAssignment(property)) merge(result, this.valueOf(property.initializer, depth + 1));
        else if (ts.isShorthandPropertyAssignment(property)) merge(result, this.valueOf(property.name, depth + 1));
        else if (ts.isSpreadAssignment(property)) merge(result, this.membersOf(property.expression, depth + 1));
      }
      return result;
    }
    if (ts.isCallExpression(expression)) {
      if (isObjectCall(ts, expression, 'values') && expression.arguments[0]) return this.membersOf(expression.arguments[0], depth + 1);
      const access = getMemberAccess(ts, expression.expression);
      // `list.concat(more)`, `list.filter(...)`, `list.slice()`: members of the list (and of what is concatenated).
      if (access && (access.name === 'concat' || access.name === 'filter' || access.name === 'slice')) {
        merge(result, this.membersOf(access.object, depth + 1));
        if (access.name === 'concat') for (const argument of expression.arguments) merge(result, this.membersOf(argument, depth + 1));
        return result;
      }
      return { ...result, opaque: true };
    }
    if (ts.isIdentifier(expression)) {
      const container = this.resolveContainer(expression, depth + 1);
      if (container) return this.membersOf(container, depth + 1);
      // A parameter of a local helper that iterates it: `function registerAll(list) { list.forEach(...) }`.
      const local = findLocalBinding(ts, expression);
      if (
        local?.kind === 'parameter' &&
        ts.isIdentifier(local.declaration.name) &&
        (ts.isFunctionDeclaration(local.fn) || isNamedFunctionValue(ts, local.fn))
      ) {
        result.parameters.push({ fn: local.fn, index: local.index, element: true });
        return result;
      }
      // An imported list (`import * as layers`): another module's classes.
      result.classes.push({ kind: 'external', expression });
      result.opaque = !this.isImportOrGlobal(expression);
      return result;
    }
    result.opaque = true;
    return result;
  }

  /** The array or object literal a name holds. */
  private resolveContainer(identifier: TS.Identifier, depth: number): TS.ArrayLiteralExpression | TS.ObjectLiteralExpression | undefined {
    const { ts, sourceFile } = this.context;
    if (depth > MAX_DEPTH) return undefined;
    const local = findLocalBinding(ts, identifier);
    const declaration = local?.kind === 'local' ? local.declaration : local ? undefined : findModuleDeclaration(ts, sourceFile, identifier.text);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
    const value = skipValueWrappers(ts, declaration.initializer);
    if (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) return value;
    if (ts.isIdentifier(value)) return this.resolveContainer(value, depth + 1);
    return undefined;
  }

  private containerOf(node: TS.Expression, depth: number): TS.ObjectLiteralExpression | undefined {
    const { ts } = this.context;
    const expression = skipValueWrappers(ts, node);
    if (ts.isObjectLiteralExpression(expression)) return expression;
    if (!ts.isIdentifier(expression)) return undefined;
    const container = this.resolveContainer(expression, depth);
    return container && ts.isObjectLiteralExpression(container) ? container : undefined;
  }

  /** Calls of a local function: `register(Foo)`, `[A, B].forEach(register)`. */
  private callersOf(fn: TS.SignatureDeclaration): TS.CallExpression[] {
    let callers = this.callersCache.get(fn);
    if (callers) return callers;
    const { ts } = this.context;
    const name = functionName(ts, fn);
    callers =
      name === undefined
        ? []
        : this.context.calls.filter((call) => {
            const callee = skipValueWrappers(ts, call.expression);
            if (this.isReferenceTo(callee, fn)) return true;
            const access = getMemberAccess(ts, callee);
            const callback = call.arguments[0] && skipValueWrappers(ts, call.arguments[0]);
            return access !== undefined && ITERATION_METHODS.has(access.name) && callback !== undefined && this.isReferenceTo(callback, fn);
          });
    this.callersCache.set(fn, callers);
    return callers;
  }

  private isReferenceTo(node: TS.Expression, fn: TS.SignatureDeclaration): boolean {
    const { ts, sourceFile } = this.context;
    const name = functionName(ts, fn);
    if (!ts.isIdentifier(node) || name === undefined || node.text !== name) return false;
    const local = findLocalBinding(ts, node);
    const declaration = local?.kind === 'local' ? local.declaration : local ? undefined : findModuleDeclaration(ts, sourceFile, name);
    return (
      declaration === fn ||
      (declaration !== undefined &&
        ts.isVariableDeclaration(declaration) &&
        declaration.initializer !== undefined &&
        skipValueWrappers(ts, declaration.initializer) === fn)
    );
  }

  /** Exported, or its name is used other than in the calls seen: other code may call it. */
  private mayBeCalledElsewhere(fn: TS.SignatureDeclaration): boolean {
    const { ts, sourceFile } = this.context;
    const name = functionName(ts, fn);
    if (name === undefined) return true;
    if (this.context.exportedNames.has(name) || hasModifier(fn, ts.SyntaxKind.ExportKeyword)) return true;
    const holder = ts.isVariableDeclaration(fn.parent) ? fn.parent.parent.parent : undefined;
    if (holder && hasModifier(holder, ts.SyntaxKind.ExportKeyword)) return true;
    const uses = sourceFile.text.match(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
    return uses > 1 + this.callersOf(fn).length;
  }

  /** Whether the code at `node` runs when the module loads. */
  runsAtLoad(node: TS.Node, depth: number): RunsAtLoad {
    const { ts } = this.context;
    const fn = enclosingFunction(ts, node);
    if (!fn) return 'yes';
    const cached = this.runsCache.get(fn);
    if (cached) return cached;
    if (depth > MAX_DEPTH) return 'maybe';
    this.runsCache.set(fn, 'maybe'); // recursion guard
    const runs = this.functionRunsAtLoad(fn, depth);
    this.runsCache.set(fn, runs);
    return runs;
  }

  private functionRunsAtLoad(fn: TS.Node, depth: number): RunsAtLoad {
    const { ts } = this.context;
    // A static block runs when its class is defined.
    if (ts.isClassStaticBlockDeclaration(fn)) return this.runsAtLoad(fn.parent, depth + 1);
    const use = callbackUse(ts, fn);
    if (use) {
      // An IIFE, or a callback of an array method: runs with that call.
      if (use.argumentIndex < 0) return this.runsAtLoad(use.call, depth + 1);
      const access = getMemberAccess(ts, use.call.expression);
      if (access && ITERATION_METHODS.has(access.name)) return this.runsAtLoad(use.call, depth + 1);
      return 'maybe';
    }
    if (ts.isFunctionDeclaration(fn) || isNamedFunctionValue(ts, fn)) {
      const signature = fn as TS.SignatureDeclaration;
      let verdict: RunsAtLoad = this.mayBeCalledElsewhere(signature) ? 'maybe' : 'no';
      for (const caller of this.callersOf(signature)) {
        const runs = this.runsAtLoad(caller, depth + 1);
        if (runs === 'yes') return 'yes';
        if (runs === 'maybe') verdict = 'maybe';
      }
      return verdict;
    }
    // A method, a constructor, a callback of other code: whoever calls it.
    return 'maybe';
  }
}

function enclosingFunction(ts: Ts, node: TS.Node): TS.Node | undefined {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (isFunctionLike(ts, current)) return current;
  }
  return undefined;
}

/** The class whose static block or static member holds `node`. */
function findStaticOwner(ts: Ts, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isClassStaticBlockDeclaration(current)) return current.parent;
    if (ts.isArrowFunction(current)) continue;
    if (isFunctionLike(ts, current) || ts.isPropertyDeclaration(current)) {
      return hasModifier(current, ts.SyntaxKind.StaticKeyword) && ts.isClassLike(current.parent) ? current.parent : undefined;
    }
  }
  return undefined;
}

/** How a function expression is used as a value: called at once (index -1), or passed as an argument. */
function callbackUse(ts: Ts, fn: TS.Node): { call: TS.CallExpression; argumentIndex: number } | undefined {
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return undefined;
  let use: TS.Node = fn;
  while (ts.isParenthesizedExpression(use.parent)) use = use.parent;
  const parent = use.parent;
  if (!ts.isCallExpression(parent)) return undefined;
  if (parent.expression === use) return { call: parent, argumentIndex: -1 };
  // `(function () {...}).call(this)`
  const access = getMemberAccess(ts, parent.expression);
  if (access && (access.name === 'call' || access.name === 'apply') && skipValueWrappers(ts, access.object) === fn) return { call: parent, argumentIndex: -1 };
  const index = parent.arguments.indexOf(use as TS.Expression);
  return index >= 0 ? { call: parent, argumentIndex: index } : undefined;
}

/** `const register = (c) => ...`, `const register = function (c) {...}`. */
function isNamedFunctionValue(ts: Ts, fn: TS.Node): boolean {
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return false;
  let use: TS.Node = fn;
  while (ts.isParenthesizedExpression(use.parent)) use = use.parent;
  return ts.isVariableDeclaration(use.parent) && ts.isIdentifier(use.parent.name) && use.parent.initializer === use;
}

function functionName(ts: Ts, fn: TS.Node): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  let use: TS.Node = fn;
  while (ts.isParenthesizedExpression(use.parent)) use = use.parent;
  return ts.isVariableDeclaration(use.parent) && ts.isIdentifier(use.parent.name) ? use.parent.name.text : undefined;
}

function isObjectCall(ts: Ts, node: TS.Expression, method: string): node is TS.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const access = getMemberAccess(ts, node.expression);
  return access?.name === method && ts.isIdentifier(access.object) && access.object.text === 'Object' && node.arguments.length > 0;
}

/** `exports` or `module.exports`. */
export function isExportsObject(ts: Ts, node: TS.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'exports';
  const access = getMemberAccess(ts, node);
  return access?.name === 'exports' && ts.isIdentifier(access.object) && access.object.text === 'module';
}

function hasModifier(node: TS.Node, kind: TS.SyntaxKind): boolean {
  const modifiers = (node as { modifiers?: readonly TS.Node[] }).modifiers;
  return modifiers?.some((modifier) => modifier.kind === kind) ?? false;
}
