// Contract: TF.js reloads a layer as `new Cls(config)` with ONE config object, and the
// base Layer takes `name`, `trainable` and `dtype` from what the constructor passes to
// super(). A positional constructor gets the whole object in its first parameter; a
// super() without the config loses the name, and with it the weights (loaded by name).
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import { isObjectAssign, isRestHelper } from '../constructor-config';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { hasOwnFromConfig, isConcreteLayer } from '../layer-queries';
import { getProgramIndexOf } from '../program-index';
import {
  getBoundNames,
  getMemberAccess,
  getStaticName,
  IDENTIFIERS,
  isFunctionLike,
  kindFilter,
  skipValueWrappers,
  someAlternativeValue,
  walkMemberBody,
  type Ts,
} from '../ts-ast';
import { defineCheck } from './check';

export const constructorPassesConfig = defineCheck({
  ruleId: 'constructor-passes-config',
  description: 'Require layer constructors to take one config object and pass it to super()',
  recommended: true,
  hasSuggestions: true,
  code: 910010,
  messages: {
    positionalConstructor:
      'The constructor of {{layer}} takes positional arguments: on reload TF.js calls `new {{layer}}(config)` with one config object, so `{{param}}` receives the whole config and the others are undefined. Take one config object and read its keys.',
    missingConfigParameter:
      'The constructor of {{layer}} takes no config: on reload TF.js calls `new {{layer}}(config)`, and the saved config, name included, is ignored.',
    superWithoutConfig:
      'The constructor of {{layer}} does not pass its config object to super(): what the base Layer takes from it (`name`, `trainable`, `dtype`, the input shape) is lost, so the reloaded layer gets a generated name and loading its weights fails ("Provided weight data has no target variable") or depends on how many layers the process made before.',
    passConfigToSuper: 'Pass `{{param}}` to super().',
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const ctor = layer.ctor?.node;
  if (!ctor?.body) return [];
  // Only a class that is saved is rebuilt as `new Cls(config)`; a static fromConfig() rebuilds it its own way.
  if (!isConcreteLayer(layer, getProgramIndexOf(ts, analysis)) || hasOwnFromConfig(layer)) return [];
  const { sourceFile } = analysis;
  const data = { layer: layer.name ?? 'this layer', param: '' };
  const report = (messageId: keyof typeof constructorPassesConfig.messages, node: TS.Node, extra: Record<string, string> = {}): Finding => ({
    ruleId: constructorPassesConfig.ruleId,
    messageId,
    data: { ...data, ...extra },
    start: node.getStart(sourceFile),
    end: node.end,
  });
  const superCall = findSuperCall(ts, ctor.body);
  const [first, ...rest] = ctor.parameters;
  if (!first) {
    return superCall && !passesAnything(ts, superCall) ? [report('missingConfigParameter', ctor.getFirstToken(sourceFile) ?? ctor)] : [];
  }
  const configNames = new Set(getBoundNames(ts, first.name));
  // Read by key, directly or through what it flows into (`const c = typeof a === 'object' ? a : {units: a}`): a config.
  const readAsConfig = layer.ctor?.parameter === first && layer.ctor.reads.length > 0;
  const firstUse = ts.isIdentifier(first.name) ? usesOf(ts, ctor, first.name.text) : undefined;
  // `constructor(inputDim, outputDim, ...)` that also takes a config in `inputDim` (`typeof inputDim == 'object'`):
  // the loader's `new Cls(config)` takes that path, and the other parameters serve calls by hand.
  const dualMode = readAsConfig && firstUse?.typeTested === true;
  const positional = firstUse !== undefined && !readAsConfig && firstUse.asValue && !firstUse.asObject;
  if (ts.isIdentifier(first.name) && !dualMode && (positional || rest.some((param) => !param.questionToken && !param.initializer && !param.dotDotDotToken))) {
    return [report('positionalConstructor', first.name, { param: first.name.text })];
  }
  // A layer that fixes `trainable` itself (TF.js's InputLayer: never trainable) needs only the name handed on.
  const setsTrainable = layer.fieldWrites.some((write) => write.field === 'trainable' && write.member === 'constructor');
  if (!superCall || passesConfig(ts, superCall, collectAliases(ts, ctor, configNames), setsTrainable)) return [];
  // super({name, trainable}) with the values as read: what reloading needs, handed on by hand.
  const handedOn = layer.ctor?.keysPassedToSuper;
  if (handedOn?.has('name') && (handedOn.has('trainable') || setsTrainable)) return [];
  const finding = report('superWithoutConfig', superCall, { param: ts.isIdentifier(first.name) ? first.name.text : '' });
  // `super()` takes the parameter by insertion; rewriting `super({...})` is left to the author.
  if (ts.isIdentifier(first.name) && superCall.arguments.length === 0) {
    const open = superCall.arguments.pos;
    finding.suggestions = [{ messageId: 'passConfigToSuper', data: finding.data, edits: [{ start: open, end: open, text: first.name.text }] }];
  }
  return [finding];
}

const CALLS_AND_FUNCTIONS = kindFilter((kinds) => [kinds.CallExpression], { functions: true });
const VARIABLES = kindFilter((kinds) => [kinds.VariableDeclaration]);

function findSuperCall(ts: Ts, body: TS.Block): TS.CallExpression | undefined {
  let found: TS.CallExpression | undefined;
  walkMemberBody(
    ts,
    body,
    (node) => {
      if (found || (isFunctionLike(ts, node) && !ts.isArrowFunction(node))) return false;
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) found = node;
      return !found;
    },
    CALLS_AND_FUNCTIONS,
  );
  return found;
}

/** `args`, `const config = args || {}`, the rest of `{units, ...rest}`. */
function collectAliases(ts: Ts, ctor: TS.ConstructorDeclaration, names: Set<string>): Set<string> {
  const aliases = new Set(names);
  const first = ctor.parameters[0];
  if (first && ts.isObjectBindingPattern(first.name)) {
    for (const element of first.name.elements) if (element.dotDotDotToken && ts.isIdentifier(element.name)) aliases.add(element.name.text);
  }
  walkMemberBody(
    ts,
    ctor.body!,
    (node) => {
      if (!ts.isVariableDeclaration(node) || !node.initializer || !refersToConfig(ts, node.initializer, aliases)) return true;
      if (ts.isIdentifier(node.name)) aliases.add(node.name.text);
      // const { units, ...layerArgs } = config: the rest still holds name, trainable and dtype.
      if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) if (element.dotDotDotToken && ts.isIdentifier(element.name)) aliases.add(element.name.text);
      }
      return true;
    },
    VARIABLES,
  );
  return aliases;
}

function refersToConfig(ts: Ts, node: TS.Expression, aliases: Set<string>): boolean {
  const expression = skipValueWrappers(ts, node);
  if (ts.isIdentifier(expression)) return aliases.has(expression.text);
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind))
    return refersToConfig(ts, expression.left, aliases);
  // super(t = t || {}) as minifiers write `args = args || {}; super(args)`
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return refersToConfig(ts, expression.left, aliases) || refersToConfig(ts, expression.right, aliases);
  if (ts.isObjectLiteralExpression(expression))
    return expression.properties.some((property) => ts.isSpreadAssignment(property) && refersToConfig(ts, property.expression, aliases));
  if (ts.isCallExpression(expression) && isObjectAssign(ts, expression.expression)) return expression.arguments.some((arg) => refersToConfig(ts, arg, aliases));
  // `rest = __rest(_a, ["units"])`: the object rest as compilers emit it still holds name, trainable and dtype.
  if (ts.isCallExpression(expression) && expression.arguments.length === 2 && isRestHelper(ts, expression.expression))
    return refersToConfig(ts, expression.arguments[0]!, aliases);
  // `args == null ? {} : args`
  if (ts.isConditionalExpression(expression)) return refersToConfig(ts, expression.whenTrue, aliases) || refersToConfig(ts, expression.whenFalse, aliases);
  return false;
}

/** super(args), super({...args, units}), super(Object.assign({}, args)), super(args || {}), super(rank, args) to a base of the file. */
function passesConfig(ts: Ts, superCall: TS.CallExpression, aliases: Set<string>, setsTrainable: boolean): boolean {
  return superCall.arguments.some((argument) => {
    // super(...args) in a pass-through constructor
    if (ts.isSpreadElement(argument) && refersToConfig(ts, argument.expression, aliases)) return true;
    if (refersToConfig(ts, argument, aliases)) return true;
    const expression = skipValueWrappers(ts, argument);
    // super({name: args.name, trainable: args.trainable}): what reloading needs, handed on by hand.
    if (
      ts.isObjectLiteralExpression(expression) &&
      handsOnKey(ts, expression, 'name', aliases) &&
      (handsOnKey(ts, expression, 'trainable', aliases) || setsTrainable)
    )
      return true;
    // A helper may build the super config from the config: trust what we cannot see.
    return ts.isCallExpression(expression) && !isObjectAssign(ts, expression.expression);
  });
}

/** The literal sets `key` from the config: `name: args.name`, `name: args.name ?? 'x'`. */
function handsOnKey(ts: Ts, literal: TS.ObjectLiteralExpression, key: string, aliases: Set<string>): boolean {
  return literal.properties.some((property) => {
    if (!ts.isPropertyAssignment(property) || getStaticName(ts, property.name) !== key) return false;
    return someAlternativeValue(ts, property.initializer, (value) => {
      const access = getMemberAccess(ts, value);
      return access?.name === key && refersToConfig(ts, access.object, aliases);
    });
  });
}

function passesAnything(ts: Ts, superCall: TS.CallExpression): boolean {
  const [argument] = superCall.arguments;
  if (!argument) return false;
  const expression = skipValueWrappers(ts, argument);
  return !(ts.isObjectLiteralExpression(expression) && expression.properties.length === 0);
}

/**
 * How the first parameter is used: as an object (read by key, spread, handed on, or kept in a
 * local such as `const config = args ?? {}` that is judged as the config), or as a value
 * (`this.units = units`, `this.times = times || 2`). Used as a value and never as an object, it
 * is positional.
 */
function usesOf(ts: Ts, ctor: TS.ConstructorDeclaration, name: string): { asValue: boolean; asObject: boolean; typeTested: boolean } {
  let typeTested = false;
  let usedAsObject = false;
  let usedAsValue = false;
  walkMemberBody(
    ts,
    ctor.body!,
    (node) => {
      if (!ts.isIdentifier(node) || node.text !== name) return true;
      // Where the value goes: through parentheses, casts and `x || d` / `x ?? d`.
      let use: TS.Node = node;
      while (
        ts.isParenthesizedExpression(use.parent) ||
        ts.isAsExpression(use.parent) ||
        ts.isNonNullExpression(use.parent) ||
        (ts.isBinaryExpression(use.parent) &&
          use.parent.left === use &&
          [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(use.parent.operatorToken.kind))
      )
        use = use.parent;
      const parent = use.parent;
      // `typeof a === 'object'`: the constructor tells a config from a value.
      if (parent.kind === ts.SyntaxKind.TypeOfExpression) typeTested = true;
      const isObjectUse =
        getMemberAccess(ts, parent)?.object === use ||
        ts.isSpreadAssignment(parent) ||
        ts.isSpreadElement(parent) ||
        ts.isCallExpression(parent) ||
        ts.isVariableDeclaration(parent) ||
        (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword);
      if (isObjectUse) usedAsObject = true;
      else usedAsValue = true;
      return true;
    },
    IDENTIFIERS,
  );
  return { asValue: usedAsValue, asObject: usedAsObject, typeTested };
}
