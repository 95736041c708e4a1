// What a layer's getConfig() returns, read from the idioms TF.js code uses:
//   const config = {...}; Object.assign(config, super.getConfig()); return config;
//   return {...super.getConfig(), ...};
//   return Object.assign(super.getConfig(), {...});
//   const config = super.getConfig(); config.key = ...; return config;
// and where a missing key can be added in the same idiom.
import type * as TS from 'typescript';
import { isObjectAssign, literalEntriesOf } from './constructor-config';
import {
  getMemberAccess,
  getStaticName,
  getThisPropertyName,
  IDENTIFIERS,
  isFunctionLike,
  isSuperMethodCall,
  kindFilter,
  skipValueWrappers,
  walk,
  walkMemberBody,
  type Ts,
} from './ts-ast';

/** Where a fix adds `key: value` to the object getConfig() returns. */
export type ConfigInsertion =
  | { kind: 'objectLiteral'; literal: TS.ObjectLiteralExpression }
  /** Add `variable.key = value;` right before `before` (the return). */
  | { kind: 'assignStatement'; variable: string; before: TS.Statement };

/** One `key: value` the method writes into its result (`value` is absent for a method shorthand). */
export interface ConfigEntryFact {
  key: string;
  keyNode: TS.Node;
  value?: TS.Expression;
}

/** An object merged whole into the result: `super.getConfig()`, `this.cfg`, a module constant, anything else. */
export interface ConfigMerge {
  pos: number;
  node: TS.Expression;
  isSuper: boolean;
}

export interface GetConfigFacts {
  /** The method, or a field holding an arrow function (`getConfig = () => ({...})`). */
  node: TS.MethodDeclaration | TS.PropertyDeclaration;
  entries: ConfigEntryFact[];
  /** Keys written by name into the returned object. */
  emittedKeys: Set<string>;
  /** Something we cannot read is merged in (a helper's result, a computed key): it may emit any key. */
  emitsUnknownKeys: boolean;
  /** `super.getConfig()` is called. */
  callsSuper: boolean;
  /** `this.x` objects merged into the result whole (`...this.config`). */
  mergedFields: Set<string>;
  /** `super.getConfig()` is called but its result goes nowhere. */
  discardsSuperResult: boolean;
  /** Some `return <value>` exists. */
  returnsValue: boolean;
  /** Absent when the method's shape is too unusual to edit safely. */
  insertion?: ConfigInsertion;
  /** Where whole objects are merged into the result (`...x`, `Object.assign(config, x)`), in source order: a later merge may overwrite an entry. */
  merges: ConfigMerge[];
}

export function readGetConfig(ts: Ts, method: TS.MethodDeclaration | TS.PropertyDeclaration): GetConfigFacts {
  const facts: GetConfigFacts = {
    node: method,
    entries: [],
    emittedKeys: new Set(),
    emitsUnknownKeys: false,
    callsSuper: false,
    mergedFields: new Set(),
    discardsSuperResult: false,
    returnsValue: false,
    merges: [],
  };
  const fn = ts.isMethodDeclaration(method) ? method : method.initializer && skipValueWrappers(ts, method.initializer);
  const body = fn && (ts.isMethodDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.body : undefined;
  if (!body) return facts;
  // `() => ({...})` returns its expression.
  const implicitReturn = ts.isBlock(body) ? undefined : body;
  if (implicitReturn) facts.returnsValue = true;

  const localInits = new Map<string, TS.Expression | undefined>();
  const returns: TS.ReturnStatement[] = [];
  walkMemberBody(
    ts,
    body,
    (node) => {
      if (isFunctionLike(ts, node)) return false;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) localInits.set(node.name.text, node.initializer);
      if (ts.isReturnStatement(node)) {
        returns.push(node);
        if (node.expression) facts.returnsValue = true;
      }
      if (isSuperMethodCall(ts, node, 'getConfig')) {
        facts.callsSuper = true;
        if (isResultDiscarded(ts, node, body)) facts.discardsSuperResult = true;
      }
      return true;
    },
    LOCALS_RETURNS_AND_CALLS,
  );
  const addEntry = (key: string, keyNode: TS.Node, value: TS.Expression | undefined): void => {
    facts.emittedKeys.add(key);
    facts.entries.push({ key, keyNode, value });
  };

  const seenLocals = new Set<string>();
  /** Accounts for an expression merged whole into the result; `at`: where a local merged by name (`...base`) is merged. */
  const mergeWhole = (node: TS.Expression, at?: number): void => {
    const expression = skipValueWrappers(ts, node);
    if (ts.isObjectLiteralExpression(expression)) return; // its keys are read below
    if (isSuperMethodCall(ts, expression, 'getConfig')) {
      facts.merges.push({ pos: at ?? expression.pos, node: expression, isSuper: true });
      return;
    }
    if (ts.isIdentifier(expression) && localInits.has(expression.text)) {
      // A local built in this method is read below; one holding a helper's result is judged by what it holds.
      const init = localInits.get(expression.text);
      if (init && !seenLocals.has(expression.text)) {
        seenLocals.add(expression.text);
        mergeWhole(init, at ?? expression.pos);
      }
      return;
    }
    if (ts.isCallExpression(expression) && isObjectAssign(ts, expression.expression)) {
      for (const argument of expression.arguments) mergeWhole(argument, at);
      return;
    }
    if (ts.isConditionalExpression(expression)) {
      mergeWhole(expression.whenTrue, at);
      mergeWhole(expression.whenFalse, at);
      return;
    }
    facts.merges.push({ pos: at ?? expression.pos, node: expression, isSuper: false });
    const field = getThisPropertyName(ts, expression);
    if (field !== undefined) {
      facts.mergedFields.add(field);
      return;
    }
    // `...DEFAULTS`: a module constant whose keys the file spells out.
    const constant = ts.isIdentifier(expression) ? literalEntriesOf(ts, expression, expression.getSourceFile()) : undefined;
    if (constant) constant.forEach((_value, key) => facts.emittedKeys.add(key));
    else facts.emitsUnknownKeys = true;
  };

  const readEntries = (node: TS.Node): boolean => {
    if (isFunctionLike(ts, node)) return false;
    if (ts.isObjectLiteralExpression(node) && !isNestedValue(ts, node)) {
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property)) {
          mergeWhole(property.expression);
          continue;
        }
        const key = getStaticName(ts, property.name);
        if (key === undefined) facts.emitsUnknownKeys = true;
        else
          addEntry(
            key,
            property.name,
            ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined,
          );
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // config.key = ..., config['key'] = ...
      const target = ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left) ? node.left : undefined;
      const object = target && skipValueWrappers(ts, target.expression);
      if (target && object && ts.isIdentifier(object) && localInits.has(object.text)) {
        const access = getMemberAccess(ts, target);
        if (access) addEntry(access.name, access.nameNode, node.right);
        else facts.emitsUnknownKeys = true;
      }
    } else if (ts.isCallExpression(node) && isObjectAssign(ts, node.expression)) {
      for (const argument of node.arguments) mergeWhole(argument);
    } else if (ts.isReturnStatement(node) && node.expression) {
      mergeWhole(node.expression);
    }
    return true;
  };
  if (implicitReturn) {
    mergeWhole(implicitReturn);
    if (readEntries(implicitReturn)) walk(ts, implicitReturn, readEntries, ENTRY_KINDS);
    facts.insertion = findInsertion(ts, implicitReturn, undefined, localInits);
  } else {
    walkMemberBody(ts, body, readEntries, ENTRY_KINDS);
    if (returns.length === 1 && returns[0]!.expression) facts.insertion = findInsertion(ts, returns[0]!.expression, returns[0], localInits);
  }
  return facts;
}

/** What the first walk of getConfig() acts on: nested functions (skipped), locals, returns, super.getConfig(). */
const LOCALS_RETURNS_AND_CALLS = kindFilter((kinds) => [kinds.VariableDeclaration, kinds.ReturnStatement, kinds.CallExpression], { functions: true });
/** Where entries come from: object literals, `config.key = ...`, Object.assign() and returns. */
const ENTRY_KINDS = kindFilter((kinds) => [kinds.ObjectLiteralExpression, kinds.BinaryExpression, kinds.CallExpression, kinds.ReturnStatement], {
  functions: true,
});

function findInsertion(
  ts: Ts,
  returnedExpression: TS.Expression,
  returnStatement: TS.ReturnStatement | undefined,
  localInits: Map<string, TS.Expression | undefined>,
): ConfigInsertion | undefined {
  const returned = skipValueWrappers(ts, returnedExpression);
  const fromExpression = (expression: TS.Expression): TS.ObjectLiteralExpression | undefined => {
    const inner = skipValueWrappers(ts, expression);
    if (ts.isObjectLiteralExpression(inner)) return inner;
    if (ts.isCallExpression(inner) && isObjectAssign(ts, inner.expression)) {
      const literals = inner.arguments.map((arg) => skipValueWrappers(ts, arg)).filter(ts.isObjectLiteralExpression);
      return literals.at(-1);
    }
    return undefined;
  };
  const literal = fromExpression(returned);
  if (literal) return { kind: 'objectLiteral', literal };
  if (ts.isIdentifier(returned) && localInits.has(returned.text)) {
    const init = localInits.get(returned.text);
    const initLiteral = init && fromExpression(init);
    if (initLiteral) return { kind: 'objectLiteral', literal: initLiteral };
    // A return at the top of the method body: the statement goes right before it.
    if (returnStatement && ts.isBlock(returnStatement.parent)) return { kind: 'assignStatement', variable: returned.text, before: returnStatement };
  }
  return undefined;
}

/** `super.getConfig();` alone, or kept in a local nothing reads. */
function isResultDiscarded(ts: Ts, call: TS.CallExpression, body: TS.Node): boolean {
  let parent = call.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent)) parent = parent.parent;
  if (ts.isExpressionStatement(parent)) return true;
  if (!ts.isVariableDeclaration(parent) || !ts.isIdentifier(parent.name)) return false;
  const local = parent.name;
  let used = false;
  walkMemberBody(
    ts,
    body,
    (node) => {
      if (used) return false;
      if (ts.isIdentifier(node) && node !== local && node.text === local.text) used = true;
      return !used;
    },
    IDENTIFIERS,
  );
  return !used;
}

/** `{className: 'X', config: {...}}` as a value inside the config is not the config. */
function isNestedValue(ts: Ts, literal: TS.ObjectLiteralExpression): boolean {
  let parent = literal.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
  return (
    ts.isPropertyAssignment(parent) ||
    ts.isArrayLiteralExpression(parent) ||
    (ts.isCallExpression(parent) && !isObjectAssign(ts, parent.expression)) ||
    (ts.isBinaryExpression(parent) && (ts.isPropertyAccessExpression(parent.left) || ts.isElementAccessExpression(parent.left)))
  );
}
