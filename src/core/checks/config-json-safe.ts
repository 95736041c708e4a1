// Contract: model.save() turns the config into JSON (after TF.js's own conversion), so a
// getConfig() value must be plain data: numbers, strings, booleans, null, arrays and plain
// objects of those. Anything else comes back as something else, with no error.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getClassChain, getWritesTo, hasOwnFromConfig } from '../layer-queries';
import { resolveTfjs } from '../tfjs-bindings';
import { evaluateConstant, getModuleFunctions, resolveConstValue } from '../state-facts';
import { getMemberAccess, getThisPropertyName, isFunctionLike, skipValueWrappers, someAlternativeValue, spellsWithin, walk, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configJsonSafe = defineCheck({
  ruleId: 'config-json-safe',
  description: 'Disallow getConfig() values that do not survive JSON: tensors, functions, class instances, undefined, NaN and Infinity',
  recommended: true,
  code: 910008,
  messages: {
    undefinedValue:
      "'{{key}}' in getConfig() of {{layer}} is undefined: it is saved as null, and the reloaded constructor gets null, which skips defaults written as `=== undefined` checks or destructuring defaults. Leave the key out, or return the default value.",
    nonFiniteNumber:
      "'{{key}}' in getConfig() of {{layer}} is {{value}}: JSON has no such number, so it is saved as null and reloads as null. Store a finite sentinel or a string and convert it back in the constructor.",
    functionValue:
      "'{{key}}' in getConfig() of {{layer}} is a function: it is saved as {} and reloads as an empty object. Store a string identifier (for example the activation's name) and look it up in the constructor.",
    objectInstance:
      "'{{key}}' in getConfig() of {{layer}} is {{what}}: it is saved as its bare fields without its class name, so the reloaded layer gets a plain object, not {{what}}. Store the string identifier (for example 'glorotUniform') or `{className, config}`.",
    tensorValue:
      "'{{key}}' in getConfig() of {{layer}} is a tensor: it is saved as the tensor object's internal fields and reloads as a plain object. Keep the values in a weight (addWeight), or store a plain array.",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

type Unsafe =
  | { messageId: 'undefinedValue' | 'functionValue' | 'tensorValue' }
  | { messageId: 'nonFiniteNumber'; value: string }
  | { messageId: 'objectInstance'; what: string };

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig) return [];
  const findings: Finding[] = [];
  for (const entry of getConfig.entries) {
    if (!entry.value) continue;
    const unsafe = classifyValue(ts, analysis, layer, entry.value);
    if (!unsafe) continue;
    // A static fromConfig() of its own reads the saved config itself and may take null for what was undefined or non-finite.
    if ((unsafe.messageId === 'undefinedValue' || unsafe.messageId === 'nonFiniteNumber') && hasOwnFromConfig(layer)) continue;
    findings.push({
      ruleId: configJsonSafe.ruleId,
      messageId: unsafe.messageId,
      data: { key: entry.key, layer: layer.name ?? 'this layer', value: 'value' in unsafe ? unsafe.value : '', what: 'what' in unsafe ? unsafe.what : '' },
      start: entry.value.getStart(analysis.sourceFile),
      end: entry.value.end,
    });
  }
  return findings;
}

function classifyValue(ts: Ts, analysis: FileAnalysis, layer: LayerClass, node: TS.Expression): Unsafe | undefined {
  // `const cap = this.cap; return {cap}` and `const big = 1 / 0`: what the local holds.
  const value = resolveConstValue(ts, node);
  // `cond ? Infinity : x` in getConfig() saves null in one branch.
  let direct: Unsafe | undefined;
  if (someAlternativeValue(ts, value, (alternative) => (direct = classifyExpression(ts, analysis, layer, resolveConstValue(ts, alternative))) !== undefined))
    return direct;
  // `key: this.field`: judge what the class stores in the field.
  const field = getThisPropertyName(ts, value);
  // What the checker is asked about: only values we cannot read (asking it about every entry would
  // type-check whole classes).
  const typeLocations: TS.Expression[] = [];
  // Without a program nothing asks the checker: the locations are not collected.
  const typed = analysis.program !== undefined;
  if (field === undefined && typed && needsTypeOf(ts, value)) typeLocations.push(value);
  let declaration: TS.PropertyDeclaration | TS.ParameterDeclaration | undefined;
  if (field !== undefined) {
    // A method handed over whole: `activation: this.relu`.
    if (isMethodOnly(ts, layer, field)) return { messageId: 'functionValue' };
    let writes = 0;
    for (const current of getClassChain(layer)) {
      if (current.weightFields.has(field)) return { messageId: 'tensorValue' };
      for (const write of getWritesTo(current, field)) {
        if (write.kind !== 'assign' || !write.value) continue;
        // Every value the field can hold: `args.init ?? tf.initializers.zeros()` may hold the initializer.
        writes++;
        const stored = findInStoredAlternatives(ts, resolveConstValue(ts, write.value), false, (alternative, isDefaultAfterNull) => {
          const resolved = resolveConstValue(ts, alternative);
          const verdict = classifyExpression(ts, analysis, layer, resolved, isDefaultAfterNull ? 'defaultAfterNull' : 'field');
          if (!verdict && typed && needsTypeOf(ts, resolved)) typeLocations.push(resolved);
          return verdict;
        });
        if (stored) return stored;
      }
    }
    declaration = typed ? findFieldDeclaration(ts, layer, field) : undefined;
    if (typed && writes === 0 && !declaration) typeLocations.push(value);
  }
  if (!analysis.program) return undefined;
  const checker = analysis.program.getTypeChecker();
  // A field the class declares with a type is asked by its declaration: the type of `this.field` would
  // make the checker resolve every member of the class and of TF.js's Layer (~0.4 ms per layer).
  if (declaration && (declaration.type || typeLocations.length > 0)) {
    const symbol = checker.getSymbolAtLocation(declaration.name);
    if (symbol) return classifyByType(ts, checker, checker.getTypeOfSymbolAtLocation(symbol, declaration));
  }
  for (const location of typeLocations) {
    const verdict = classifyByType(ts, checker, checker.getTypeAtLocation(location));
    if (verdict) return verdict;
  }
  return undefined;
}

/** A value whose type could say more than its spelling: not a literal, a constant, or an object or array written out. */
function needsTypeOf(ts: Ts, value: TS.Expression): boolean {
  if (ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value) || value.kind === ts.SyntaxKind.TemplateExpression) return false;
  if (evaluateConstant(ts, value) !== undefined) return false;
  return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value) || containsCall(ts, value);
}

/**
 * `field: T` or `field = x` in the class or an analysed ancestor, or a constructor parameter property.
 * Not in a generic class: there the declared type may be a type parameter (`value: T`) that the
 * subclass fills in, which only the type of `this.field` knows.
 */
function findFieldDeclaration(ts: Ts, layer: LayerClass, field: string): TS.PropertyDeclaration | TS.ParameterDeclaration | undefined {
  for (const current of getClassChain(layer)) {
    const member = current.members.get(field);
    const ctor = current.ctor?.node;
    const declaration = member
      ? ts.isPropertyDeclaration(member)
        ? member
        : undefined
      : ctor?.parameters.find((param) => ts.isParameterPropertyDeclaration(param, ctor) && ts.isIdentifier(param.name) && param.name.text === field);
    if (member || declaration) return current.node.typeParameters ? undefined : declaration;
  }
  return undefined;
}

function containsCall(ts: Ts, node: TS.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return true;
  // Every call spells `(` and every construction `new`: most values (`args.units ?? 32`) spell neither, and skip the walk.
  const text = node.getSourceFile().text;
  if (!spellsWithin(text, '(', node.pos, node.end) && !spellsWithin(text, 'new', node.pos, node.end)) return false;
  let found = false;
  walk(ts, node, (child) => {
    if (ts.isCallExpression(child) || ts.isNewExpression(child)) found = true;
    return !found;
  });
  return found;
}

const TENSOR_CREATORS: ReadonlySet<string> = new Set([
  'variable',
  'tensor',
  'tensor1d',
  'tensor2d',
  'tensor3d',
  'tensor4d',
  'tensor5d',
  'tensor6d',
  'scalar',
  'zeros',
  'ones',
  'fill',
  'eye',
  'range',
  'linspace',
  'zerosLike',
  'onesLike',
  'randomNormal',
  'randomUniform',
  'truncatedNormal',
  'randomGamma',
  'randomStandardNormal',
  'oneHot',
]);
const OBJECT_FACTORIES: ReadonlyMap<string, string> = new Map([
  ['initializers', 'an Initializer'],
  ['regularizers', 'a Regularizer'],
  ['constraints', 'a Constraint'],
]);

/**
 * The first verdict `judge` gives on the values a field assignment can store, each marked when it is
 * a default the constructor takes again if the saved value comes back as null: `args.max ?? Infinity`,
 * `args.max || d`, `args.max == null ? d : args.max`. (`args.max === undefined ? d : ...` keeps the
 * null.) A callback, not a list: this runs for every getConfig() entry a field backs.
 */
function findInStoredAlternatives<Verdict>(
  ts: Ts,
  node: TS.Expression,
  isDefaultAfterNull: boolean,
  judge: (value: TS.Expression, isDefaultAfterNull: boolean) => Verdict | undefined,
): Verdict | undefined {
  const value = skipValueWrappers(ts, node);
  if (
    ts.isBinaryExpression(value) &&
    (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    // Every value the right side can take is a default taken again after a null.
    return findInStoredAlternatives(ts, value.left, isDefaultAfterNull, judge) ?? findInStoredAlternatives(ts, value.right, true, judge);
  }
  if (ts.isConditionalExpression(value)) {
    const condition = skipValueWrappers(ts, value.condition);
    const testsNullLoosely =
      ts.isBinaryExpression(condition) &&
      (condition.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken || condition.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken) &&
      [condition.left, condition.right].some((side) => side.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(side) && side.text === 'undefined'));
    return (
      findInStoredAlternatives(ts, value.whenTrue, isDefaultAfterNull || testsNullLoosely, judge) ??
      findInStoredAlternatives(ts, value.whenFalse, isDefaultAfterNull || testsNullLoosely, judge)
    );
  }
  return judge(value, isDefaultAfterNull);
}

/**
 * `where`: written in getConfig() itself, or one value a field was assigned. In a field `undefined`
 * is "not set yet"; a non-finite default the constructor takes again after a null
 * (`args.max ?? Infinity`) comes back by itself.
 */
function classifyExpression(
  ts: Ts,
  analysis: FileAnalysis,
  layer: LayerClass,
  value: TS.Expression,
  where: 'getConfig' | 'field' | 'defaultAfterNull' = 'getConfig',
): Unsafe | undefined {
  const { bindings } = analysis;
  const stored = where !== 'getConfig';
  if (ts.isIdentifier(value) && value.text === 'undefined') return stored ? undefined : { messageId: 'undefinedValue' };
  if (ts.isVoidExpression(value)) return stored ? undefined : { messageId: 'undefinedValue' };
  // Infinity, -Infinity, NaN, Number.POSITIVE_INFINITY, 1 / 0, a module constant holding one.
  const constant = evaluateConstant(ts, value);
  if (constant) {
    if (typeof constant.value !== 'number' || Number.isFinite(constant.value) || where === 'defaultAfterNull') return undefined;
    const text = value.getText(value.getSourceFile()).replace(/\s+/g, ' ');
    const spelled = text === String(constant.value) || /^-?(Number\.\w+|Infinity|NaN)$/.test(text);
    return { messageId: 'nonFiniteNumber', value: spelled ? text : `${text}, which is ${String(constant.value)}` };
  }
  if (ts.isIdentifier(value)) {
    // A function of the file handed over whole.
    return getModuleFunctions(ts, value.getSourceFile()).has(value.text) && !isLocallyDeclared(ts, value) ? { messageId: 'functionValue' } : undefined;
  }
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return { messageId: 'functionValue' };
  // `bounds: [0, Infinity]`, `{low: -Infinity}`: each item goes through JSON the same way (an undefined item of an array too).
  if (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) {
    const items = ts.isArrayLiteralExpression(value)
      ? value.elements.filter((element) => !ts.isSpreadElement(element))
      : value.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? [property.initializer] : []));
    for (const item of items) {
      const inner = classifyExpression(ts, analysis, layer, resolveConstValue(ts, item), where === 'defaultAfterNull' ? 'field' : where);
      // An undefined property is left out of the JSON (the key is absent, as if never set); only array items become null.
      if (inner && !(inner.messageId === 'undefinedValue' && ts.isObjectLiteralExpression(value))) return inner;
    }
    return undefined;
  }
  if (ts.isNewExpression(value)) {
    const callee = skipValueWrappers(ts, value.expression);
    const name = ts.isIdentifier(callee) ? callee.text : getMemberAccess(ts, callee)?.name;
    // Plain containers survive as data.
    if (name === 'Array' || name === 'Object') return undefined;
    return { messageId: 'objectInstance', what: name ? `${article(name)} ${name} instance` : 'a class instance' };
  }
  if (ts.isCallExpression(value)) {
    const callee = skipValueWrappers(ts, value.expression);
    const ref = resolveTfjs(ts, bindings, callee);
    if (ref?.kind === 'function' && TENSOR_CREATORS.has(ref.name)) return { messageId: 'tensorValue' };
    if (ref?.kind === 'layerFactory') return { messageId: 'objectInstance', what: 'a layer' };
    const factory = getMemberAccess(ts, callee);
    const factoryOwner = factory && resolveTfjs(ts, bindings, factory.object);
    const what =
      factoryOwner?.kind === 'initializers' ? 'an Initializer' : factoryOwner?.kind === 'function' ? OBJECT_FACTORIES.get(factoryOwner.name) : undefined;
    if (what) return { messageId: 'objectInstance', what };
    // `tensor.dataSync()` gives a typed array; `Float32Array.from(...)`, `Float32Array.of(...)` too.
    if (factory?.name === 'dataSync' && value.arguments.length === 0) return { messageId: 'objectInstance', what: 'a typed array' };
    const owner = factory && skipValueWrappers(ts, factory.object);
    if (factory && owner && ts.isIdentifier(owner) && TYPED_ARRAYS.test(owner.text) && (factory.name === 'from' || factory.name === 'of'))
      return { messageId: 'objectInstance', what: `${article(owner.text)} ${owner.text} instance` };
    // TF.js's own getInitializer()/getActivation()/getRegularizer()/getConstraint() helpers build instances.
    const helper = ts.isIdentifier(callee) ? /^get(Initializer|Activation|Regularizer|Constraint)$/.exec(callee.text)?.[1] : undefined;
    if (helper) return { messageId: 'objectInstance', what: `${/^[AEIOU]/.test(helper) ? 'an' : 'a'} ${helper}` };
  }
  // `this.relu` where relu is a method: the function itself.
  const method = getThisPropertyName(ts, value);
  if (method !== undefined && where !== 'getConfig' && isMethodOnly(ts, layer, method)) return { messageId: 'functionValue' };
  return undefined;
}

/** A method of the class that no instance field of the same name (`this.act = args.act`) shadows. */
function isMethodOnly(ts: Ts, layer: LayerClass, name: string): boolean {
  const chain = getClassChain(layer);
  if (
    !chain.some((current) => {
      const member = current.members.get(name);
      return member !== undefined && ts.isMethodDeclaration(member);
    })
  )
    return false;
  return !chain.some((current) => getWritesTo(current, name).length > 0);
}

const TYPED_ARRAYS = /^(Float32|Float64|Int8|Int16|Int32|Uint8|Uint8Clamped|Uint16|Uint32|BigInt64|BigUint64)Array$/;
const PLAIN_DATA_LOSERS: ReadonlySet<string> = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'Promise']);

/** A parameter or local of an enclosing function has the name (so it is not the module function). */
function isLocallyDeclared(ts: Ts, identifier: TS.Identifier): boolean {
  return resolveConstValue(ts, identifier) !== identifier || hasLocalNamed(ts, identifier);
}

function hasLocalNamed(ts: Ts, identifier: TS.Identifier): boolean {
  for (let scope = identifier.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (
      isFunctionLike(ts, scope) &&
      (scope as TS.FunctionLikeDeclaration).parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === identifier.text)
    )
      return true;
  }
  return false;
}

/**
 * With type information: tensors, functions, TF.js initializer/regularizer/constraint objects, typed
 * arrays, Maps, Sets, Dates and other class instances, by type. A union is unsafe when every member
 * that is not null or undefined is.
 */
function classifyByType(ts: Ts, checker: TS.TypeChecker, type: TS.Type): Unsafe | undefined {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  if (type.isUnion()) {
    const members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    let first: Unsafe | undefined;
    for (const member of members) {
      const verdict = classifySingleType(ts, checker, member);
      if (!verdict) return undefined;
      first ??= verdict;
    }
    return first;
  }
  return classifySingleType(ts, checker, type);
}

function classifySingleType(ts: Ts, checker: TS.TypeChecker, type: TS.Type): Unsafe | undefined {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  if (
    type.getCallSignatures().length > 0 &&
    type.getConstructSignatures().length === 0 &&
    type.getProperties().every((property) => property.name !== 'getClassName')
  ) {
    return { messageId: 'functionValue' };
  }
  const names = new Set<string>();
  const queue: TS.Type[] = [type];
  while (queue.length > 0 && names.size < 50) {
    const current = queue.shift()!;
    const symbol = current.getSymbol();
    if (symbol?.declarations?.some((declaration) => /[\\/]@tensorflow[\\/]/.test(declaration.getSourceFile().fileName))) names.add(symbol.name);
    if (current.isClassOrInterface()) queue.push(...(checker.getBaseTypes(current) ?? []));
  }
  if (names.has('Tensor') || names.has('Variable') || names.has('LayerVariable')) return { messageId: 'tensorValue' };
  for (const kind of ['Initializer', 'Regularizer', 'Constraint']) {
    if (names.has(kind)) return { messageId: 'objectInstance', what: `a${kind === 'Initializer' ? 'n' : ''} ${kind}` };
  }
  const symbol = type.getSymbol();
  if (!symbol || !(type.flags & ts.TypeFlags.Object)) return undefined;
  const declarations = symbol.declarations ?? [];
  const fromLib =
    declarations.length > 0 &&
    declarations.every((declaration) => /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(declaration.getSourceFile().fileName));
  if (fromLib) {
    if (TYPED_ARRAYS.test(symbol.name) || PLAIN_DATA_LOSERS.has(symbol.name))
      return { messageId: 'objectInstance', what: `${article(symbol.name)} ${symbol.name} instance` };
    return undefined;
  }
  // An instance of a class of the project (not of TF.js, judged above): saved as its bare fields.
  if (
    symbol.flags & ts.SymbolFlags.Class &&
    !names.size &&
    declarations.some((declaration) => ts.isClassDeclaration(declaration) && !declaration.getSourceFile().isDeclarationFile)
  ) {
    return { messageId: 'objectInstance', what: `${article(symbol.name)} ${symbol.name} instance` };
  }
  return undefined;
}

function article(name: string): string {
  return /^[AEIOU]/i.test(name) ? 'an' : 'a';
}
