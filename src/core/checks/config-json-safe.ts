// Contract: model.save() turns the config into JSON (after TF.js's own conversion), so a
// getConfig() value must be plain data: numbers, strings, booleans, null, arrays and plain
// objects of those. Anything else comes back as something else, with no error.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getClassChain, getWritesTo } from '../layer-queries';
import { resolveTfjs, type TfjsBindings } from '../tfjs-bindings';
import { getMemberAccess, getThisPropertyName, skipValueWrappers, someAlternativeValue, spellsWithin, walk, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configJsonSafe = defineCheck({
  ruleId: 'config-json-safe',
  messages: {
    undefinedValue: "'{{key}}' in getConfig() of {{layer}} is undefined: it is saved as null, and the reloaded constructor gets null, which skips defaults written as `=== undefined` checks or destructuring defaults. Leave the key out, or return the default value.",
    nonFiniteNumber: "'{{key}}' in getConfig() of {{layer}} is {{value}}: JSON has no such number, so it is saved as null and reloads as null. Store a finite sentinel or a string and convert it back in the constructor.",
    functionValue: "'{{key}}' in getConfig() of {{layer}} is a function: it is saved as {} and reloads as an empty object. Store a string identifier (for example the activation's name) and look it up in the constructor.",
    objectInstance: "'{{key}}' in getConfig() of {{layer}} is {{what}}: it is saved as its bare fields without its class name, so the reloaded layer gets a plain object, not {{what}}. Store the string identifier (for example 'glorotUniform') or `{className, config}`.",
    tensorValue: "'{{key}}' in getConfig() of {{layer}} is a tensor: it is saved as the tensor object's internal fields and reloads as a plain object. Keep the values in a weight (addWeight), or store a plain array.",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

type Unsafe = { messageId: 'undefinedValue' | 'functionValue' | 'tensorValue' } | { messageId: 'nonFiniteNumber'; value: string } | { messageId: 'objectInstance'; what: string };

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig) return [];
  const findings: Finding[] = [];
  for (const entry of getConfig.entries) {
    if (!entry.value) continue;
    const unsafe = classifyValue(ts, analysis, layer, entry.value);
    if (!unsafe) continue;
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
  const value = skipValueWrappers(ts, node);
  // `cond ? Infinity : x` in getConfig() saves null in one branch.
  let direct: Unsafe | undefined;
  if (someAlternativeValue(ts, value, (alternative) => (direct = classifyExpression(ts, analysis.bindings, alternative)) !== undefined)) return direct;
  // `key: this.field`: judge what the class stores in the field.
  const field = getThisPropertyName(ts, value);
  // What the checker is asked about: only values that come out of a call we cannot read (asking it
  // about every entry would type-check whole classes).
  let needsTypes = field === undefined ? containsCall(ts, value) : false;
  if (field !== undefined) {
    let writes = 0;
    for (const current of getClassChain(layer)) {
      if (current.weightFields.has(field)) return { messageId: 'tensorValue' };
      for (const write of getWritesTo(current, field)) {
        if (write.kind !== 'assign' || !write.value) continue;
        // Every value the field can hold: `args.init ?? tf.initializers.zeros()` may hold the initializer.
        writes++;
        const stored = findInStoredAlternatives(ts, write.value, false, (alternative, isDefaultAfterNull) => {
          const verdict = classifyExpression(ts, analysis.bindings, alternative, isDefaultAfterNull ? 'defaultAfterNull' : 'field');
          if (!verdict && containsCall(ts, alternative)) needsTypes = true;
          return verdict;
        });
        if (stored) return stored;
      }
    }
    if (writes === 0) needsTypes = true;
  }
  if (!analysis.program || !needsTypes) return undefined;
  const checker = analysis.program.getTypeChecker();
  // A field the class declares is asked by its declaration: the type of `this.field` would make the
  // checker resolve every member of the class and of TF.js's Layer (~0.4 ms per layer).
  const declaration = field !== undefined ? findFieldDeclaration(ts, layer, field) : undefined;
  const symbol = declaration && checker.getSymbolAtLocation(declaration.name);
  return classifyByType(ts, checker, symbol ? checker.getTypeOfSymbolAtLocation(symbol, declaration!) : checker.getTypeAtLocation(value));
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
    const declaration = member ? (ts.isPropertyDeclaration(member) ? member : undefined) : ctor?.parameters.find((param) => ts.isParameterPropertyDeclaration(param, ctor) && ts.isIdentifier(param.name) && param.name.text === field);
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
  'variable', 'tensor', 'tensor1d', 'tensor2d', 'tensor3d', 'tensor4d', 'tensor5d', 'tensor6d', 'scalar', 'zeros', 'ones', 'fill', 'eye',
  'range', 'linspace', 'zerosLike', 'onesLike', 'randomNormal', 'randomUniform', 'truncatedNormal', 'randomGamma', 'randomStandardNormal', 'oneHot',
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
function findInStoredAlternatives<Verdict>(ts: Ts, node: TS.Expression, isDefaultAfterNull: boolean, judge: (value: TS.Expression, isDefaultAfterNull: boolean) => Verdict | undefined): Verdict | undefined {
  const value = skipValueWrappers(ts, node);
  if (ts.isBinaryExpression(value) && (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    // Every value the right side can take is a default taken again after a null.
    return findInStoredAlternatives(ts, value.left, isDefaultAfterNull, judge) ?? findInStoredAlternatives(ts, value.right, true, judge);
  }
  if (ts.isConditionalExpression(value)) {
    const condition = skipValueWrappers(ts, value.condition);
    const testsNullLoosely = ts.isBinaryExpression(condition) && (condition.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken || condition.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken) && [condition.left, condition.right].some((side) => side.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(side) && side.text === 'undefined'));
    return findInStoredAlternatives(ts, value.whenTrue, isDefaultAfterNull || testsNullLoosely, judge) ?? findInStoredAlternatives(ts, value.whenFalse, isDefaultAfterNull || testsNullLoosely, judge);
  }
  return judge(value, isDefaultAfterNull);
}

/**
 * `where`: written in getConfig() itself, or one value a field was assigned. In a field `undefined`
 * is "not set yet"; a non-finite default the constructor takes again after a null
 * (`args.max ?? Infinity`) comes back by itself.
 */
function classifyExpression(ts: Ts, bindings: TfjsBindings, value: TS.Expression, where: 'getConfig' | 'field' | 'defaultAfterNull' = 'getConfig'): Unsafe | undefined {
  const stored = where !== 'getConfig';
  if (ts.isIdentifier(value)) {
    if (value.text === 'undefined') return stored ? undefined : { messageId: 'undefinedValue' };
    if (value.text === 'NaN' || value.text === 'Infinity') return where === 'defaultAfterNull' ? undefined : { messageId: 'nonFiniteNumber', value: value.text };
    return undefined;
  }
  if (ts.isVoidExpression(value)) return stored ? undefined : { messageId: 'undefinedValue' };
  if (ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.MinusToken) {
    const inner = classifyExpression(ts, bindings, skipValueWrappers(ts, value.operand), where);
    return inner?.messageId === 'nonFiniteNumber' ? { messageId: 'nonFiniteNumber', value: `-${inner.value}` } : undefined;
  }
  const access = getMemberAccess(ts, value);
  if (where !== 'defaultAfterNull' && access && ts.isIdentifier(access.object) && access.object.text === 'Number' && ['NaN', 'POSITIVE_INFINITY', 'NEGATIVE_INFINITY'].includes(access.name)) {
    return { messageId: 'nonFiniteNumber', value: `Number.${access.name}` };
  }
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return { messageId: 'functionValue' };
  if (ts.isNewExpression(value)) {
    const callee = skipValueWrappers(ts, value.expression);
    const name = ts.isIdentifier(callee) ? callee.text : getMemberAccess(ts, callee)?.name;
    // Plain containers survive as data.
    if (name === 'Array' || name === 'Object') return undefined;
    return { messageId: 'objectInstance', what: name ? `a ${name} instance` : 'a class instance' };
  }
  if (ts.isCallExpression(value)) {
    const callee = skipValueWrappers(ts, value.expression);
    const ref = resolveTfjs(ts, bindings, callee);
    if (ref?.kind === 'function' && TENSOR_CREATORS.has(ref.name)) return { messageId: 'tensorValue' };
    if (ref?.kind === 'layerFactory') return { messageId: 'objectInstance', what: 'a layer' };
    const factory = getMemberAccess(ts, callee);
    const factoryOwner = factory && resolveTfjs(ts, bindings, factory.object);
    const what = factoryOwner?.kind === 'initializers' ? 'an Initializer' : factoryOwner?.kind === 'function' ? OBJECT_FACTORIES.get(factoryOwner.name) : undefined;
    if (what) return { messageId: 'objectInstance', what };
    // TF.js's own getInitializer()/getActivation()/getRegularizer()/getConstraint() helpers build instances.
    const helper = ts.isIdentifier(callee) ? /^get(Initializer|Activation|Regularizer|Constraint)$/.exec(callee.text)?.[1] : undefined;
    if (helper) return { messageId: 'objectInstance', what: `${/^[AEIOU]/.test(helper) ? 'an' : 'a'} ${helper}` };
  }
  return undefined;
}

/** With type information: tensors, functions and TF.js initializer/regularizer/constraint objects by type. */
function classifyByType(ts: Ts, checker: TS.TypeChecker, type: TS.Type): Unsafe | undefined {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  if (type.getCallSignatures().length > 0 && type.getConstructSignatures().length === 0 && type.getProperties().every((property) => property.name !== 'getClassName')) {
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
  return undefined;
}
