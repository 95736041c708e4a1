// What a layer constructor takes from its config argument: the keys it reads and the
// fields that end up holding them. On load TF.js calls `new Cls(getConfig())`, so every
// key read here has to come back out of getConfig() under the same name.
import type * as TS from 'typescript';
import {
  appendTo,
  cachedPerKey,
  getBoundNames,
  getMemberAccess,
  getMemberName,
  getStaticName,
  getThisPropertyName,
  hasModifier,
  IDENTIFIERS,
  isAssignmentOperator,
  isFunctionLike,
  kindFilter,
  skipValueWrappers,
  someAlternativeValue,
  walk,
  walkMemberBody,
  type Ts,
} from './ts-ast';

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
  /**
   * Keys beyond `reads` may be read: the config is iterated (`for (k in args)`, `Object.keys(args)`)
   * or copied onto `this` (`Object.assign(this, args)`), so which keys the layer takes is not written.
   */
  readsAnyKey: boolean;
  /** Keys handed to super() as read, by name: `super({name, trainable})`, `super({name: args.name})`. */
  keysPassedToSuper: Set<string>;
  /** Fields holding an object whose keys the code spells out (`this.cfg = {units: args.units}`): what merging `...this.cfg` emits, key by value. */
  fieldObjects: Map<string, Map<string, TS.Expression | undefined>>;
}

interface KeyValue {
  key: string;
  exact: boolean;
}

/** What a followed helper returns: the config (or a copy of it), one key's value, or an object whose entries hold keys. */
type ReturnedValue = { kind: 'alias' } | { kind: 'key'; value: KeyValue } | { kind: 'object'; entries: Map<string, KeyValue> };

/** A helper the constructor hands its config to, read as part of the constructor. */
interface FollowedCall {
  returns?: ReturnedValue;
}

type FollowableFunction = TS.FunctionDeclaration | TS.MethodDeclaration | TS.ArrowFunction | TS.FunctionExpression;

/** Helpers calling helpers: deeper than this, the config is taken as handed to code we cannot see. */
const MAX_FOLLOW_DEPTH = 3;
/** Loops over a literal object are read once per key, up to this many keys. */
const MAX_UNROLLED_KEYS = 64;

export function readConstructorConfig(ts: Ts, ctor: TS.ConstructorDeclaration): ConstructorConfig {
  const param = pickConfigParameter(ts, ctor);
  const result: ConstructorConfig = {
    node: ctor,
    parameter: param,
    reads: [],
    fieldsFromKey: new Map(),
    wholeConfigFields: new Set(),
    passesConfigElsewhere: false,
    readsAnyKey: false,
    keysPassedToSuper: new Set(),
    fieldObjects: new Map(),
  };
  if (!param || !ctor.body) return result;
  const sourceFile = ctor.getSourceFile();

  // The scope of the body being read: the constructor's, or a helper's while it is followed.
  let aliases = new Set<string>();
  let localKeys = new Map<string, KeyValue>();
  let localObjects = new Map<string, Map<string, KeyValue>>();
  /** Loop variables bound to one key of a literal object while its loop is unrolled. */
  const literalLocals = new Map<string, string>();
  const following = new Set<TS.Node>();
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
  const addField = (key: string, holder: FieldFromKey): void => appendTo(result.fieldsFromKey, key, holder);

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
  /** `const {units, rate} = parsed` from a local object whose entries hold keys. */
  const bindFromObject = (pattern: TS.BindingName, entries: Map<string, KeyValue>): void => {
    if (ts.isIdentifier(pattern)) {
      localObjects.set(pattern.text, entries);
      return;
    }
    if (!ts.isObjectBindingPattern(pattern)) return;
    for (const element of pattern.elements) {
      const name = getStaticName(ts, element.propertyName ?? element.name);
      const value = name === undefined ? undefined : entries.get(name);
      if (value && ts.isIdentifier(element.name)) localKeys.set(element.name.text, value);
    }
  };
  bindFromConfig(param.name);
  // `constructor(private readonly config: Args)` keeps the whole config as a field.
  if (ts.isIdentifier(param.name) && ts.isParameterPropertyDeclaration(param, ctor)) result.wholeConfigFields.add(param.name.text);

  const isConfigAlias = (node: TS.Expression): boolean => {
    const expression = skipValueWrappers(ts, node);
    // A switch: this is asked of the object of every member access the constructor makes (`this`, `tf`, ...).
    switch (expression.kind) {
      case ts.SyntaxKind.Identifier:
        return aliases.has((expression as TS.Identifier).text);
      case ts.SyntaxKind.BinaryExpression: {
        const binary = expression as TS.BinaryExpression;
        const operator = binary.operatorToken.kind;
        // `args || {}`, `args ?? {}`; `super(args = args || {})`, as minifiers write it
        return (
          (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.EqualsToken) &&
          isConfigAlias(binary.left)
        );
      }
      // `typeof a === 'object' ? a : {units: a}`: a constructor that takes either; the loader passes the config.
      case ts.SyntaxKind.ConditionalExpression:
        return isConfigAlias((expression as TS.ConditionalExpression).whenTrue) || isConfigAlias((expression as TS.ConditionalExpression).whenFalse);
      case ts.SyntaxKind.CallExpression:
        return followCall(expression as TS.CallExpression)?.returns?.kind === 'alias' || isCopyOfConfig(expression);
      case ts.SyntaxKind.ObjectLiteralExpression:
        return isCopyOfConfig(expression);
      default:
        return false;
    }
  };
  // `{...DEFAULTS, ...args}` and `Object.assign({}, DEFAULTS, args)` still answer every key of args.
  const isCopyOfConfig = (expression: TS.Expression): boolean => {
    if (ts.isObjectLiteralExpression(expression)) {
      return expression.properties.some((property) => ts.isSpreadAssignment(property) && isConfigAlias(property.expression));
    }
    if (ts.isCallExpression(expression) && isObjectAssign(ts, expression.expression)) {
      return expression.arguments.slice(1).some((arg) => isConfigAlias(arg));
    }
    // The rest of `{units, ...rest} = args` as tsc (`__rest`), esbuild (`__objRest`) and Babel emit it.
    if (ts.isCallExpression(expression) && expression.arguments.length === 2 && isRestHelper(ts, expression.expression))
      return isConfigAlias(expression.arguments[0]!);
    return false;
  };

  /** The key a member access reads from the config: `args.units`, `args['units']`, `args[key]` in an unrolled loop. */
  const configAccessKey = (node: TS.Node): string | undefined => {
    // `x.name`, the common case, without the access object getMemberAccess() makes.
    if (node.kind === ts.SyntaxKind.PropertyAccessExpression) {
      const access = node as TS.PropertyAccessExpression;
      return isConfigAlias(access.expression) ? access.name.text : undefined;
    }
    if (node.kind !== ts.SyntaxKind.ElementAccessExpression) return undefined;
    const access = getMemberAccess(ts, node) ?? boundElementAccess(node);
    return access && isConfigAlias(access.object) ? access.name : undefined;
  };
  const boundElementAccess = (node: TS.Node): { object: TS.Expression; name: string } | undefined => {
    if (!ts.isElementAccessExpression(node) || literalLocals.size === 0) return undefined;
    const argument = skipValueWrappers(ts, node.argumentExpression);
    const name = ts.isIdentifier(argument) ? literalLocals.get(argument.text) : undefined;
    return name === undefined ? undefined : { object: node.expression, name };
  };
  /** `this.x`, or `this[key]` in an unrolled loop. */
  const thisField = (node: TS.Node): string | undefined => {
    const field = getThisPropertyName(ts, node);
    if (field !== undefined) return field;
    const bound = boundElementAccess(node);
    return bound && skipValueWrappers(ts, bound.object).kind === ts.SyntaxKind.ThisKeyword ? bound.name : undefined;
  };
  /** `parsed.units` where `parsed` holds an object built from the config. */
  const objectEntryValue = (node: TS.Node): KeyValue | undefined => {
    if (localObjects.size === 0) return undefined;
    const access = getMemberAccess(ts, node);
    if (!access) return undefined;
    const object = skipValueWrappers(ts, access.object);
    return ts.isIdentifier(object) ? localObjects.get(object.text)?.get(access.name) : undefined;
  };

  const valueOfKey = (node: TS.Expression): KeyValue | undefined => {
    const expression = skipValueWrappers(ts, node);
    // tsc's `??` for old targets: `(_a = args.x) !== null && _a !== void 0 ? _a : d` names the read `_a`.
    if (ts.isConditionalExpression(expression)) mapTemporaries(expression.condition);
    const direct = configAccessKey(expression);
    if (direct !== undefined) return { key: direct, exact: true };
    if (ts.isIdentifier(expression)) return localKeys.get(expression.text);
    const entry = objectEntryValue(expression);
    if (entry) return entry;
    // `config && config.eps`: a guarded read is still the value as read.
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && isConfigAlias(expression.left)) {
      const guarded = valueOfKey(expression.right);
      if (guarded) return guarded;
    }
    const idempotent = valueThroughIdempotentStep(ts, expression, valueOfKey);
    if (idempotent) return idempotent;
    // A helper of the file that returns a key's value: `this.units = readUnits(args)`.
    if (ts.isCallExpression(expression)) {
      const returned = followCall(expression)?.returns;
      if (returned?.kind === 'key') return returned.value;
    }
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
      const key = configAccessKey(child) ?? objectEntryValue(child)?.key ?? (ts.isIdentifier(child) ? localKeys.get(child.text)?.key : undefined);
      if (key !== undefined) {
        found = key;
        return false;
      }
      return true;
    };
    if (look(node)) walk(ts, node, look, KEY_SOURCES);
    return found;
  };

  /** An object literal whose entries hold keys: `{units: args.units ?? 4}`. */
  const objectEntries = (node: TS.Expression): Map<string, KeyValue> | undefined => {
    const expression = skipValueWrappers(ts, node);
    if (ts.isIdentifier(expression)) return localObjects.get(expression.text);
    if (ts.isCallExpression(expression)) {
      const returned = followCall(expression)?.returns;
      return returned?.kind === 'object' ? returned.entries : undefined;
    }
    if (!ts.isObjectLiteralExpression(expression)) return undefined;
    const entries = new Map<string, KeyValue>();
    for (const property of expression.properties) {
      if (ts.isSpreadAssignment(property)) return undefined;
      const key = getStaticName(ts, property.name);
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      const keyValue = key !== undefined && value ? valueOfKey(value) : undefined;
      if (key !== undefined && keyValue) entries.set(key, keyValue);
    }
    return entries.size > 0 ? entries : undefined;
  };

  /**
   * A call that takes the config, to a function of this file or a method of this class: its body
   * is read as part of the constructor (its reads are the constructor's), and what it returns is
   * known. Undefined: not such a call, or one that cannot be followed.
   */
  const followCall = (call: TS.CallExpression): FollowedCall | undefined => {
    if (call.arguments.length === 0) return undefined;
    const known = followed.get(call);
    if (known) return known;
    // The callee first: most calls (`this.addWeight(...)`, `tf.mul(...)`) are to nothing this file declares.
    const fn = resolveLocalFunction(ts, call.expression, ctor);
    if (!fn?.body || following.has(fn) || following.size >= MAX_FOLLOW_DEPTH) return undefined;
    const configArgument = call.arguments.findIndex((arg) => !ts.isSpreadElement(arg) && isConfigAlias(arg));
    if (configArgument < 0) return undefined;
    const parameter = fn.parameters[configArgument];
    if (!parameter || parameter.dotDotDotToken) return undefined;
    return readHelper(call, fn, parameter);
  };
  const followed = new Map<TS.CallExpression, FollowedCall>();
  const readHelper = (call: TS.CallExpression, fn: FollowableFunction, parameter: TS.ParameterDeclaration): FollowedCall => {
    const saved = { aliases, localKeys, localObjects };
    aliases = new Set();
    localKeys = new Map();
    localObjects = new Map();
    following.add(fn);
    const answer: FollowedCall = {};
    followed.set(call, answer); // a call met again while its helper is read
    try {
      bindFromConfig(parameter.name);
      const body = fn.body!;
      if (ts.isBlock(body)) walk(ts, body, visit, CONSTRUCTOR_KINDS);
      else if (visit(body)) walk(ts, body, visit, CONSTRUCTOR_KINDS);
      answer.returns = returnedValue(body);
    } finally {
      following.delete(fn);
      ({ aliases, localKeys, localObjects } = saved);
    }
    return answer;
  };
  /** What the helper returns, judged in its own scope: the config (or a copy), one key's value, or an object of keys. */
  const returnedValue = (body: TS.ConciseBody): ReturnedValue | undefined => {
    const returned: TS.Expression[] = [];
    if (!ts.isBlock(body)) returned.push(body);
    else
      walk(
        ts,
        body,
        (node) => {
          if (isFunctionLike(ts, node)) return false;
          if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
          return true;
        },
        RETURNS,
      );
    if (returned.length !== 1) return returned.length > 1 && returned.every((value) => isConfigAlias(value)) ? { kind: 'alias' } : undefined;
    const value = returned[0]!;
    if (isConfigAlias(value)) return { kind: 'alias' };
    const entries = objectEntries(value);
    if (entries) return { kind: 'object', entries };
    const keyValue = valueOfKey(value);
    return keyValue ? { kind: 'key', value: keyValue } : undefined;
  };

  const recordField = (field: string, value: TS.Expression): void => {
    if (isConfigAlias(value)) {
      result.wholeConfigFields.add(field);
      return;
    }
    const objectEntries = literalEntriesOf(ts, value, sourceFile);
    if (objectEntries) result.fieldObjects.set(field, objectEntries);
    const keyValue = valueOfKey(value);
    if (keyValue) addField(keyValue.key, { field, exact: keyValue.exact, isLayerOrObject: isConstruction(ts, value) });
  };

  /** `for (const k of Object.keys(X))`, `for (const k in X)`, `Object.keys(X).forEach((k) => ...)`: X and the key's binding. */
  const unrollKeyLoop = (iterated: TS.Expression, binding: TS.BindingName | undefined, body: TS.Node): boolean => {
    if (isConfigAlias(iterated)) {
      // Every key of the config is read: which ones, the code does not say.
      result.readsAnyKey = true;
      return false;
    }
    return binding !== undefined && unrollStrings(literalKeysOf(ts, iterated, sourceFile), binding, body);
  };
  /** Reads the loop body once per key, with the loop variable bound to it. */
  const unrollStrings = (keys: string[] | undefined, binding: TS.BindingName, body: TS.Node): boolean => {
    if (!keys || !ts.isIdentifier(binding)) return false;
    for (const key of keys) {
      literalLocals.set(binding.text, key);
      if (visit(body)) walk(ts, body, visit, CONSTRUCTOR_KINDS);
    }
    literalLocals.delete(binding.text);
    return true;
  };
  const keyLoop = (node: TS.Node): boolean => {
    if (ts.isForInStatement(node)) {
      const declared = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0]?.name : undefined;
      return unrollKeyLoop(node.expression, declared, node.statement);
    }
    if (ts.isForOfStatement(node)) {
      const keysOf = objectKeysArgument(ts, node.expression);
      const declared = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0]?.name : undefined;
      // for (const key of ['gain', 'bias'])
      if (!keysOf) return declared !== undefined && unrollStrings(literalStringsOf(ts, node.expression, sourceFile), declared, node.statement);
      return unrollKeyLoop(
        keysOf.object,
        keysOf.entries && declared && ts.isArrayBindingPattern(declared) ? (declared.elements[0] as TS.BindingElement | undefined)?.name : declared,
        node.statement,
      );
    }
    // Object.keys(X).forEach((k) => ...), ['gain', 'bias'].forEach((k) => ...)
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'forEach') {
      const keysOf = objectKeysArgument(ts, node.expression.expression);
      const callback = node.arguments[0] && skipValueWrappers(ts, node.arguments[0]);
      if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return false;
      const first = callback.parameters[0]?.name;
      if (!keysOf) return first !== undefined && unrollStrings(literalStringsOf(ts, node.expression.expression, sourceFile), first, callback.body);
      return unrollKeyLoop(
        keysOf.object,
        keysOf.entries && first && ts.isArrayBindingPattern(first) ? (first.elements[0] as TS.BindingElement | undefined)?.name : first,
        callback.body,
      );
    }
    return false;
  };

  /** `Object.assign(this, DEFAULTS, args)`: every key of DEFAULTS is read, and lands in the field of its name. */
  const assignOntoThis = (call: TS.CallExpression): void => {
    const sources = call.arguments.slice(1);
    const configIndex = sources.findIndex((arg) => isConfigAlias(arg));
    if (configIndex < 0) return;
    result.readsAnyKey = true;
    for (const source of sources.slice(0, configIndex)) {
      for (const key of literalKeysOf(ts, source, sourceFile) ?? []) {
        addRead(key, call);
        addField(key, { field: key, exact: true, isLayerOrObject: false });
      }
    }
  };

  const visit = (node: TS.Node): boolean => {
    switch (node.kind) {
      case ts.SyntaxKind.VariableDeclaration: {
        const declaration = node as TS.VariableDeclaration;
        if (!declaration.initializer) return true;
        if (isConfigAlias(declaration.initializer)) {
          bindFromConfig(declaration.name);
        } else {
          const entries = objectEntries(declaration.initializer);
          if (entries) bindFromObject(declaration.name, entries);
          else if (ts.isIdentifier(declaration.name)) {
            const keyValue = valueOfKey(declaration.initializer);
            if (keyValue) localKeys.set(declaration.name.text, keyValue);
          }
        }
        return true;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const binary = node as TS.BinaryExpression;
        if (!isAssignmentOperator(ts, binary.operatorToken.kind)) break;
        const field = thisField(binary.left);
        if (field !== undefined && binary.operatorToken.kind === ts.SyntaxKind.EqualsToken) recordField(field, binary.right);
        // `args.units = args.units ?? 3` writes a default: only the right side reads.
        if (binary.operatorToken.kind === ts.SyntaxKind.EqualsToken && configAccessKey(binary.left) !== undefined) {
          walk(ts, binary.right, visitRead, READ_KINDS);
          return false;
        }
        return true;
      }
      case ts.SyntaxKind.ForInStatement:
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.CallExpression:
        if (keyLoop(node)) return false;
        break;
    }
    return visitRead(node);
  };

  function visitRead(node: TS.Node): boolean {
    const key = configAccessKey(node);
    if (key !== undefined) {
      addRead(key, node);
      return true;
    }
    // `'units' in args`
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.InKeyword &&
      (ts.isStringLiteral(node.left) || ts.isNoSubstitutionTemplateLiteral(node.left)) &&
      isConfigAlias(node.right)
    ) {
      addRead(node.left.text, node.left);
      return true;
    }
    if (!ts.isCallExpression(node)) return true;
    if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      recordKeysPassedToSuper(node);
      return true;
    }
    if (isObjectAssign(ts, node.expression)) {
      // Object.assign(this, defaults, args) makes keys fields; Object.assign({}, args) only copies.
      if (node.arguments[0]?.kind === ts.SyntaxKind.ThisKeyword) assignOntoThis(node);
      return true;
    }
    if (!node.arguments.some((arg) => isConfigAlias(arg))) return true;
    // A function of this file or a method of this class is read; anything else may read any key.
    if (followCall(node) === undefined) result.passesConfigElsewhere = true;
    return true;
  }
  /** `super({name, trainable: args.trainable})`: the keys handed on as read, under their own names. */
  function recordKeysPassedToSuper(call: TS.CallExpression): void {
    for (const argument of call.arguments) {
      const literal = skipValueWrappers(ts, argument);
      if (!ts.isObjectLiteralExpression(literal)) continue;
      for (const property of literal.properties) {
        const key = getStaticName(ts, property.name);
        const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
        const keyValue = value && valueOfKey(value);
        if (key !== undefined && keyValue?.exact && keyValue.key === key) result.keysPassedToSuper.add(key);
      }
    }
  }

  walkMemberBody(ts, ctor.body, visit, CONSTRUCTOR_KINDS);

  // Mostly found in order already; sort() allocates even then.
  if (result.reads.some((read, index) => index > 0 && read.node.pos < result.reads[index - 1]!.node.pos)) result.reads.sort((a, b) => a.node.pos - b.node.pos);
  return result;
}

/** Where a value can name a key: `args.key`, or a local holding one. */
const KEY_SOURCES = kindFilter((kinds) => [kinds.PropertyAccessExpression, kinds.ElementAccessExpression, kinds.Identifier]);
/** What visitRead() acts on: key reads, `'key' in args` and calls that take the config. */
const READ_KINDS = kindFilter((kinds) => [kinds.PropertyAccessExpression, kinds.ElementAccessExpression, kinds.BinaryExpression, kinds.CallExpression]);
/** What the constructor walk acts on: the reads, and the locals and fields they go to. */
const CONSTRUCTOR_KINDS = kindFilter((kinds) => [
  kinds.VariableDeclaration,
  kinds.PropertyAccessExpression,
  kinds.ElementAccessExpression,
  kinds.BinaryExpression,
  kinds.CallExpression,
  kinds.ForInStatement,
  kinds.ForOfStatement,
]);
const RETURNS = kindFilter((kinds) => [kinds.ReturnStatement], { functions: true });

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
    walkMemberBody(
      ts,
      ctor.body!,
      (node) => {
        if (!found && ts.isIdentifier(node) && node.text === name && getMemberAccess(ts, node.parent)?.object === node) found = true;
        return !found;
      },
      IDENTIFIERS,
    );
    return found;
  };
  if (readByKey(first.name.text)) return first;
  return parameters.slice(1).find((param) => ts.isIdentifier(param.name) && readByKey(param.name.text)) ?? first;
}

function isInSuperCall(ts: Ts, node: TS.Node, ctor: TS.ConstructorDeclaration): boolean {
  // A read in a helper the constructor calls is not inside super()'s arguments.
  for (let current = node.parent; current !== ctor && current !== undefined && !ts.isSourceFile(current); current = current.parent) {
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

const IDEMPOTENT_FUNCTIONS: ReadonlySet<string> = new Set([
  'Math.floor',
  'Math.ceil',
  'Math.round',
  'Math.trunc',
  'Math.abs',
  'Boolean',
  'Number',
  'String',
  'Array.from',
]);

function calleeName(ts: Ts, callee: TS.Expression): string | undefined {
  const expression = skipValueWrappers(ts, callee);
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) return `${expression.expression.text}.${expression.name.text}`;
  return undefined;
}

/** A value spelled out in full: `0.1`, `'relu'`, `true`, `null`, `-1`, `[1, 2]` (not `DEFAULTS.rate`, nor `this.Rate`). */
export function isLiteralValue(ts: Ts, node: TS.Expression): boolean {
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
  if (ts.isPrefixUnaryExpression(expression)) return ts.isNumericLiteral(skipValueWrappers(ts, expression.operand));
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.every((element) => !ts.isSpreadElement(element) && isLiteralValue(ts, element));
  return false;
}

/** Literals, `undefined`, negated numbers and `UPPER_CASE` constants: a default that does not depend on the config. */
export function isConstantValue(ts: Ts, node: TS.Expression): boolean {
  if (isLiteralValue(ts, node)) return true;
  const expression = skipValueWrappers(ts, node);
  if (ts.isIdentifier(expression)) return expression.text === 'undefined' || /^[A-Z][A-Z0-9_]*$/.test(expression.text);
  if (ts.isPrefixUnaryExpression(expression)) return isConstantValue(ts, expression.operand);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.every((element) => !ts.isSpreadElement(element) && isConstantValue(ts, element));
  if (ts.isObjectLiteralExpression(expression))
    return expression.properties.every((property) => ts.isPropertyAssignment(property) && isConstantValue(ts, property.initializer));
  if (ts.isPropertyAccessExpression(expression)) return /^[A-Z]/.test(expression.name.text) || isConstantValue(ts, expression.expression);
  // `DEFAULTS[key]`
  if (ts.isElementAccessExpression(expression)) return isConstantValue(ts, expression.expression);
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
  return (
    ts.isPropertyAccessExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === 'Object' &&
    expression.name.text === 'assign'
  );
}

/**
 * The function a call runs, when this file says: a function declared at the top of the file
 * (`function parse(args) {...}`, `const parse = (args) => ...`), or a method of the constructor's
 * own class (`this.readConfig(args)`), which a subclass could override but rarely does.
 */
function resolveLocalFunction(ts: Ts, callee: TS.Expression, ctor: TS.ConstructorDeclaration): FollowableFunction | undefined {
  const expression = skipValueWrappers(ts, callee);
  if (ts.isIdentifier(expression)) {
    const declaration = topLevelDeclarations(ts, ctor.getSourceFile()).get(expression.text);
    if (!declaration) return undefined;
    if (ts.isFunctionDeclaration(declaration)) return declaration;
    const init = declaration.initializer && skipValueWrappers(ts, declaration.initializer);
    return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init : undefined;
  }
  const method = getThisPropertyName(ts, expression);
  return method === undefined ? undefined : instanceMethods(ts, ctor.parent).get(method);
}

/** The class's own instance methods with a body, by name: read once per class, asked per `this.x(...)` call. */
const instanceMethods = cachedPerKey((ts, classNode: TS.ClassLikeDeclaration): Map<string, TS.MethodDeclaration> => {
  const methods = new Map<string, TS.MethodDeclaration>();
  for (const member of classNode.members) {
    if (!ts.isMethodDeclaration(member) || hasModifier(ts, member, ts.SyntaxKind.StaticKeyword)) continue;
    const name = getStaticName(ts, member.name);
    if (name !== undefined && !methods.has(name)) methods.set(name, member);
  }
  return methods;
});

type TopLevelDeclaration = TS.FunctionDeclaration | TS.VariableDeclaration;

/** Functions and `const`s declared at the top of a file, by name: read once per file, only when a constructor asks. */
const topLevelDeclarations = cachedPerKey((ts, sourceFile: TS.SourceFile): Map<string, TopLevelDeclaration> => {
  const declarations = new Map<string, TopLevelDeclaration>();
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) declarations.set(statement.name.text, statement);
    else if (ts.isVariableStatement(statement) && (statement.declarationList.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) declarations.set(declaration.name.text, declaration);
    }
  }
  return declarations;
});

/** The object a top-level `const` holds, or the node itself: `DEFAULTS`, `Object.freeze({...})`. */
function resolveConstant(ts: Ts, node: TS.Expression, sourceFile: TS.SourceFile): TS.Expression | undefined {
  let expression = skipValueWrappers(ts, node);
  if (ts.isIdentifier(expression)) {
    const declaration = topLevelDeclarations(ts, sourceFile).get(expression.text);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    expression = skipValueWrappers(ts, declaration.initializer);
  }
  // The name test first: this is asked of every value a field gets (`getActivation(args.activation)`).
  if (
    ts.isCallExpression(expression) &&
    expression.arguments.length === 1 &&
    getMemberName(ts, expression.expression) === 'freeze' &&
    calleeName(ts, expression.expression) === 'Object.freeze'
  )
    expression = skipValueWrappers(ts, expression.arguments[0]!);
  return expression;
}

/**
 * The entries of an object the code spells out, by key (the value absent for a method): a literal,
 * or a top-level `const` holding one. Undefined when any key is not static or spread in.
 */
export function literalEntriesOf(ts: Ts, node: TS.Expression, sourceFile: TS.SourceFile): Map<string, TS.Expression | undefined> | undefined {
  const expression = resolveConstant(ts, node, sourceFile);
  if (!expression || !ts.isObjectLiteralExpression(expression) || expression.properties.length > MAX_UNROLLED_KEYS) return undefined;
  const entries = new Map<string, TS.Expression | undefined>();
  for (const property of expression.properties) {
    const key = ts.isSpreadAssignment(property) ? undefined : getStaticName(ts, property.name);
    if (key === undefined) return undefined;
    entries.set(key, ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined);
  }
  return entries;
}

function literalKeysOf(ts: Ts, node: TS.Expression, sourceFile: TS.SourceFile): string[] | undefined {
  const entries = literalEntriesOf(ts, node, sourceFile);
  return entries && [...entries.keys()];
}

/** The strings of an array the code spells out (`['gain', 'bias']`, or a top-level `const` holding one). */
function literalStringsOf(ts: Ts, node: TS.Expression, sourceFile: TS.SourceFile): string[] | undefined {
  const expression = resolveConstant(ts, node, sourceFile);
  if (!expression || !ts.isArrayLiteralExpression(expression) || expression.elements.length > MAX_UNROLLED_KEYS) return undefined;
  const strings: string[] = [];
  for (const element of expression.elements) {
    const inner = skipValueWrappers(ts, element);
    if (!ts.isStringLiteral(inner) && !ts.isNoSubstitutionTemplateLiteral(inner)) return undefined;
    strings.push(inner.text);
  }
  return strings;
}

/** `Object.keys(X)` or `Object.entries(X)`: X, and whether entries (`[key, value]`) are iterated. */
function objectKeysArgument(ts: Ts, node: TS.Expression): { object: TS.Expression; entries: boolean } | undefined {
  const expression = skipValueWrappers(ts, node);
  if (!ts.isCallExpression(expression) || expression.arguments.length !== 1) return undefined;
  const callee = calleeName(ts, expression.expression);
  if (callee !== 'Object.keys' && callee !== 'Object.entries') return undefined;
  return { object: expression.arguments[0]!, entries: callee === 'Object.entries' };
}

/** `__rest`, `tslib.__rest`, `__objRest`, `_objectWithoutProperties(Loose)`: what compilers call for an object rest. */
export function isRestHelper(ts: Ts, callee: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, callee);
  const name = ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : '';
  return /^_*(rest|objRest|objectWithoutProperties(Loose)?)$/.test(name);
}
