// What a layer constructor takes from its config argument: the keys it reads and the
// fields that end up holding them. On load TF.js calls `new Cls(getConfig())`, so every
// key read here has to come back out of getConfig() under the same name.
import type * as TS from 'typescript';
import { getBoundNames, getMemberAccess, getStaticName, getThisPropertyName, IDENTIFIERS, isAssignmentOperator, kindFilter, skipValueWrappers, someAlternativeValue, walk, walkMemberBody, type Ts } from './ts-ast';

export interface ConfigRead {
  key: string;
  /** Where the constructor reads it: `args.units`, or `units` in `const {units} = args`. */
  node: TS.Node;
  /** Only read to hand it to the base: `super({vocabulary: args.vocabulary})`. */
  onlyForSuper: boolean;
}

/** A field assigned from a config key. */
export interface FieldFromKey {
  field: string;
  /**
   * The field holds the value as read, or an idempotent clamp or default of it
   * (`args.rate ?? 0.5`, `Math.max(0, args.rate)`): emitting it and reading it again
   * gives the same field, so adding it to getConfig() cannot change a working model.
   */
  exact: boolean;
  /** The field holds a layer built from the key (`tf.layers.dense({units: args.units})`): no config value to emit. */
  isLayerOrObject: boolean;
}

export interface ConstructorConfig {
  node: TS.ConstructorDeclaration;
  /** The config parameter, when the constructor takes one. */
  parameter?: TS.ParameterDeclaration;
  /** First read of each key, in source order. */
  reads: ConfigRead[];
  fieldsFromKey: Map<string, FieldFromKey[]>;
  /** Fields that keep the whole config object (`this.config = args`). */
  wholeConfigFields: Set<string>;
  /** The constructor hands the config to code we cannot see (`helper(args)`), so it may read more keys. */
  passesConfigElsewhere: boolean;
}

interface KeyValue {
  key: string;
  exact: boolean;
}

export function readConstructorConfig(ts: Ts, ctor: TS.ConstructorDeclaration): ConstructorConfig {
  const param = pickConfigParameter(ts, ctor);
  const result: ConstructorConfig = { node: ctor, parameter: param, reads: [], fieldsFromKey: new Map(), wholeConfigFields: new Set(), passesConfigElsewhere: false };
  if (!param || !ctor.body) return result;

  const aliases = new Set<string>();
  const localKeys = new Map<string, KeyValue>();
  const readsByKey = new Map<string, ConfigRead>();
  const addRead = (key: string, node: TS.Node): void => {
    const forSuper = isInSuperCall(ts, node, ctor);
    const known = readsByKey.get(key);
    if (known) {
      known.onlyForSuper &&= forSuper;
      return;
    }
    const read = { key, node, onlyForSuper: forSuper };
    readsByKey.set(key, read);
    result.reads.push(read);
  };

  // `constructor({units, rate = 0.1, ...rest})` reads in the parameter list itself.
  const bindFromConfig = (pattern: TS.BindingName): void => {
    if (ts.isIdentifier(pattern)) {
      aliases.add(pattern.text);
      return;
    }
    if (!ts.isObjectBindingPattern(pattern)) return;
    for (const element of pattern.elements) {
      if (element.dotDotDotToken) {
        if (ts.isIdentifier(element.name)) aliases.add(element.name.text);
        continue;
      }
      const key = getStaticName(ts, element.propertyName ?? element.name);
      if (key === undefined) continue;
      addRead(key, element);
      for (const local of getBoundNames(ts, element.name)) localKeys.set(local, { key, exact: ts.isIdentifier(element.name) });
    }
  };
  bindFromConfig(param.name);
  // `constructor(private readonly config: Args)` keeps the whole config as a field.
  if (ts.isIdentifier(param.name) && ts.isParameterPropertyDeclaration(param, ctor)) result.wholeConfigFields.add(param.name.text);

  const isConfigAlias = (node: TS.Expression): boolean => {
    const expression = skipValueWrappers(ts, node);
    if (ts.isIdentifier(expression)) return aliases.has(expression.text);
    // `args || {}`, `args ?? {}`
    if (ts.isBinaryExpression(expression) && (expression.operatorToken.kind === ts.SyntaxKind.BarBarToken || expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      return isConfigAlias(expression.left);
    }
    return isCopyOfConfig(expression);
  };
  // `{...DEFAULTS, ...args}` and `Object.assign({}, DEFAULTS, args)` still answer every key of args.
  const isCopyOfConfig = (expression: TS.Expression): boolean => {
    if (ts.isObjectLiteralExpression(expression)) {
      return expression.properties.some((property) => ts.isSpreadAssignment(property) && isConfigAlias(property.expression));
    }
    if (ts.isCallExpression(expression) && isObjectAssign(ts, expression.expression)) {
      return expression.arguments.slice(1).some((arg) => isConfigAlias(arg));
    }
    return false;
  };

  const configAccessKey = (node: TS.Node): string | undefined => {
    const access = getMemberAccess(ts, node);
    return access && isConfigAlias(access.object) ? access.name : undefined;
  };

  const valueOfKey = (node: TS.Expression): KeyValue | undefined => {
    const expression = skipValueWrappers(ts, node);
    // tsc's `??` for old targets: `(_a = args.x) !== null && _a !== void 0 ? _a : d` names the read `_a`.
    if (ts.isConditionalExpression(expression)) mapTemporaries(expression.condition);
    const direct = configAccessKey(expression);
    if (direct !== undefined) return { key: direct, exact: true };
    if (ts.isIdentifier(expression)) return localKeys.get(expression.text);
    // `config && config.eps`: a guarded read is still the value as read.
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && isConfigAlias(expression.left)) {
      const guarded = valueOfKey(expression.right);
      if (guarded) return guarded;
    }
    const idempotent = valueThroughIdempotentStep(ts, expression, valueOfKey);
    if (idempotent) return idempotent;
    const derived = firstKeyWithin(expression);
    return derived === undefined ? undefined : { key: derived, exact: false };
  };

  const mapTemporaries = (condition: TS.Expression): void => {
    walk(ts, condition, (node) => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) {
        const keyValue = valueOfKey(node.right);
        if (keyValue) localKeys.set(node.left.text, keyValue);
      }
      return true;
    });
  };

  const firstKeyWithin = (node: TS.Node): string | undefined => {
    let found: string | undefined;
    const look = (child: TS.Node): boolean => {
      if (found !== undefined) return false;
      const key = configAccessKey(child) ?? (ts.isIdentifier(child) ? localKeys.get(child.text)?.key : undefined);
      if (key !== undefined) {
        found = key;
        return false;
      }
      return true;
    };
    if (look(node)) walk(ts, node, look, KEY_SOURCES);
    return found;
  };

  const recordField = (field: string, value: TS.Expression): void => {
    if (isConfigAlias(value)) {
      result.wholeConfigFields.add(field);
      return;
    }
    const keyValue = valueOfKey(value);
    if (!keyValue) return;
    const list = result.fieldsFromKey.get(keyValue.key) ?? [];
    list.push({ field, exact: keyValue.exact, isLayerOrObject: isConstruction(ts, value) });
    result.fieldsFromKey.set(keyValue.key, list);
  };

  walkMemberBody(ts, ctor.body, (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      if (isConfigAlias(node.initializer)) {
        bindFromConfig(node.name);
      } else if (ts.isIdentifier(node.name)) {
        const keyValue = valueOfKey(node.initializer);
        if (keyValue) localKeys.set(node.name.text, keyValue);
      }
      return true;
    }
    if (ts.isBinaryExpression(node) && isAssignmentOperator(ts, node.operatorToken.kind)) {
      const field = getThisPropertyName(ts, node.left);
      if (field !== undefined && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) recordField(field, node.right);
      // `args.units = args.units ?? 3` writes a default: only the right side reads.
      if (node.operatorToken.kind === ts.SyntaxKind.EqualsToken && configAccessKey(node.left) !== undefined) {
        walk(ts, node.right, visitRead, READ_KINDS);
        return false;
      }
      return true;
    }
    return visitRead(node);
  }, CONSTRUCTOR_KINDS);

  function visitRead(node: TS.Node): boolean {
    const key = configAccessKey(node);
    if (key !== undefined) {
      addRead(key, node);
      return true;
    }
    // `'units' in args`
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword && (ts.isStringLiteral(node.left) || ts.isNoSubstitutionTemplateLiteral(node.left)) && isConfigAlias(node.right)) {
      addRead(node.left.text, node.left);
      return true;
    }
    // helper(args), and Object.assign(this, defaults, args), which makes every key a field.
    const copiesOntoThis = ts.isCallExpression(node) && isObjectAssign(ts, node.expression) && node.arguments[0]?.kind === ts.SyntaxKind.ThisKeyword;
    if (ts.isCallExpression(node) && node.expression.kind !== ts.SyntaxKind.SuperKeyword && (copiesOntoThis || !isObjectAssign(ts, node.expression)) && node.arguments.some((arg) => isConfigAlias(arg))) {
      result.passesConfigElsewhere = true;
    }
    return true;
  }

  // Mostly found in order already; sort() allocates even then.
  if (result.reads.some((read, index) => index > 0 && read.node.pos < result.reads[index - 1]!.node.pos)) result.reads.sort((a, b) => a.node.pos - b.node.pos);
  return result;
}

/** Where a value can name a key: `args.key`, or a local holding one. */
const KEY_SOURCES = kindFilter((kinds) => [kinds.PropertyAccessExpression, kinds.ElementAccessExpression, kinds.Identifier]);
/** What visitRead() acts on: key reads, `'key' in args` and calls that take the config. */
const READ_KINDS = kindFilter((kinds) => [kinds.PropertyAccessExpression, kinds.ElementAccessExpression, kinds.BinaryExpression, kinds.CallExpression]);
/** What the constructor walk acts on: the reads, and the locals and fields they go to. */
const CONSTRUCTOR_KINDS = kindFilter((kinds) => [kinds.VariableDeclaration, kinds.PropertyAccessExpression, kinds.ElementAccessExpression, kinds.BinaryExpression, kinds.CallExpression]);

/**
 * The config is the first parameter, except in a base that takes something before it
 * (TF.js's own `constructor(rank, config)`): then the first parameter read by key.
 */
function pickConfigParameter(ts: Ts, ctor: TS.ConstructorDeclaration): TS.ParameterDeclaration | undefined {
  // Indexed, not `[first, ...rest]`: a NodeArray is destructured through the iterator protocol, for
  // every constructor, though most take one parameter.
  const parameters = ctor.parameters;
  const first = parameters[0];
  if (!first || !ctor.body || !ts.isIdentifier(first.name) || parameters.length === 1) return first;
  const readByKey = (name: string): boolean => {
    let found = false;
    walkMemberBody(ts, ctor.body!, (node) => {
      if (!found && ts.isIdentifier(node) && node.text === name && getMemberAccess(ts, node.parent)?.object === node) found = true;
      return !found;
    }, IDENTIFIERS);
    return found;
  };
  if (readByKey(first.name.text)) return first;
  return parameters.slice(1).find((param) => ts.isIdentifier(param.name) && readByKey(param.name.text)) ?? first;
}

function isInSuperCall(ts: Ts, node: TS.Node, ctor: TS.ConstructorDeclaration): boolean {
  for (let current = node.parent; current !== ctor; current = current.parent) {
    if (ts.isCallExpression(current) && current.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
  }
  return false;
}

/**
 * Defaults and clamps that give the same value when applied twice:
 * `x ?? d`, `x || d`, `x == null ? d : x`, `Math.max(0, x)`, `Math.floor(x)`, `Boolean(x)`, `!!x`, `x.slice()`.
 */
function valueThroughIdempotentStep(ts: Ts, expression: TS.Expression, valueOf: (node: TS.Expression) => KeyValue | undefined): KeyValue | undefined {
  const exactOf = (node: TS.Expression): KeyValue | undefined => {
    const value = valueOf(node);
    return value?.exact ? value : undefined;
  };
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if ((operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) && isConstantValue(ts, expression.right)) {
      return exactOf(expression.left);
    }
    return undefined;
  }
  if (ts.isConditionalExpression(expression)) {
    // `x == null ? d : x` / `x != null ? x : d`
    const whenTrue = exactOf(expression.whenTrue);
    const whenFalse = exactOf(expression.whenFalse);
    if (whenTrue && !whenFalse && isConstantValue(ts, expression.whenFalse)) return whenTrue;
    if (whenFalse && !whenTrue && isConstantValue(ts, expression.whenTrue)) return whenFalse;
    return undefined;
  }
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = skipValueWrappers(ts, expression.operand);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) return exactOf(inner.operand);
    return undefined;
  }
  if (ts.isArrayLiteralExpression(expression) && expression.elements.length === 1 && ts.isSpreadElement(expression.elements[0]!)) {
    return exactOf(expression.elements[0].expression);
  }
  if (ts.isCallExpression(expression)) {
    const callee = calleeName(ts, expression.expression);
    const args = expression.arguments;
    if (callee === 'Math.max' || callee === 'Math.min') {
      const keyed = args.map((arg) => exactOf(arg));
      const keyedCount = keyed.filter(Boolean).length;
      const othersConstant = args.every((arg, i) => keyed[i] !== undefined || isConstantValue(ts, arg));
      return keyedCount === 1 && othersConstant ? keyed.find(Boolean) : undefined;
    }
    if (args.length === 1 && callee !== undefined && IDEMPOTENT_FUNCTIONS.has(callee)) return exactOf(args[0]!);
    // `args.shape.slice()` copies
    if (args.length === 0 && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'slice') {
      return exactOf(expression.expression.expression);
    }
  }
  return undefined;
}

const IDEMPOTENT_FUNCTIONS: ReadonlySet<string> = new Set(['Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.abs', 'Boolean', 'Number', 'String', 'Array.from']);

function calleeName(ts: Ts, callee: TS.Expression): string | undefined {
  const expression = skipValueWrappers(ts, callee);
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) return `${expression.expression.text}.${expression.name.text}`;
  return undefined;
}

/** Literals, `undefined`, negated numbers and `UPPER_CASE` constants: a default that does not depend on the config. */
function isConstantValue(ts: Ts, node: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, node);
  switch (expression.kind) {
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
  }
  if (ts.isIdentifier(expression)) return expression.text === 'undefined' || /^[A-Z][A-Z0-9_]*$/.test(expression.text);
  if (ts.isPrefixUnaryExpression(expression)) return isConstantValue(ts, expression.operand);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.every((element) => !ts.isSpreadElement(element) && isConstantValue(ts, element));
  if (ts.isObjectLiteralExpression(expression)) return expression.properties.every((property) => ts.isPropertyAssignment(property) && isConstantValue(ts, property.initializer));
  if (ts.isPropertyAccessExpression(expression)) return /^[A-Z]/.test(expression.name.text) || isConstantValue(ts, expression.expression);
  return false;
}

/** The value is (or may be) an object built from the key: a layer, an initializer. */
function isConstruction(ts: Ts, node: TS.Expression): boolean {
  return someAlternativeValue(ts, node, (alternative) => isConstructionCall(ts, alternative));
}

function isConstructionCall(ts: Ts, node: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, node);
  if (ts.isNewExpression(expression)) return true;
  if (!ts.isCallExpression(expression)) return false;
  // `tf.layers.dense(...)`, `layers.dense(...)`, `getInitializer(...)`, `getActivation(...)`
  const callee = skipValueWrappers(ts, expression.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const object = skipValueWrappers(ts, callee.expression);
    const objectName = ts.isIdentifier(object) ? object.text : ts.isPropertyAccessExpression(object) ? object.name.text : '';
    return objectName === 'layers' || objectName === 'initializers' || objectName === 'regularizers' || objectName === 'constraints';
  }
  return ts.isIdentifier(callee) && /^get(Initializer|Activation|Regularizer|Constraint)$/.test(callee.text);
}

export function isObjectAssign(ts: Ts, callee: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, callee);
  return ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'Object' && expression.name.text === 'assign';
}
