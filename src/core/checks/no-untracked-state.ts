// Contract: model.save() stores a layer's config and the weights it created with
// this.addWeight(), nothing else. A tf.variable, a random tensor, a nested layer's
// weights or a counter kept on `this` is re-created on reload: the reloaded model
// computes something else, with no error.
import type * as TS from 'typescript';
import { analyzeFile, type FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import { isAddWeightCall, type FieldWrite, type LayerClass } from '../layer-model';
import { getClassChain, getRootBase } from '../layer-queries';
import {
  evaluateConstant,
  exposesFieldWeights,
  getClassStateFacts,
  getMemberPhase,
  getModuleFunctions,
  isGuardedByField,
  isUnreachable,
  type ContentWrite,
} from '../state-facts';
import { resolveTfjs } from '../tfjs-bindings';
import { resolveClassDeclaration } from '../type-aware';
import { BASE_LAYER_FIELDS, RANDOM_INITIALIZERS, RANDOM_TENSOR_FUNCTIONS, WEIGHTLESS_LAYER_FACTORIES } from '../tfjs-contract';
import {
  CALLS,
  cachedPerKey,
  cachedPerObject,
  getMemberAccess,
  getStaticName,
  getThisPropertyName,
  hasOffsetWithin,
  IDENTIFIERS,
  indexWords,
  offsetsOf,
  isAssignmentOperator,
  isFunctionLike,
  kindFilter,
  MEMBER_ACCESSES,
  skipValueWrappers,
  walk,
  type Ts,
} from '../ts-ast';
import { defineCheck } from './check';

export const noUntrackedState = defineCheck({
  ruleId: 'no-untracked-state',
  description: 'Disallow layer state that model.save() does not store: tf.variable, random tensors, nested layers, fields changed in call()',
  recommended: true,
  code: 910002,
  messages: {
    untrackedVariable:
      '`this.{{field}}` holds a tf.variable created outside addWeight(): model.save() does not store it, so after tf.loadLayersModel() it starts again from its initial value and the model silently computes something else.',
    untrackedRandomTensor:
      '`this.{{field}}` holds a random tensor created outside addWeight(): model.save() does not store it, so the reloaded layer draws new values and the model silently computes something else.',
    untrackedRandomValue:
      '`this.{{field}}` holds random values drawn in {{member}}(): model.save() does not store them, so the reloaded layer draws new ones and the model silently computes something else. Keep them in a weight (addWeight), or draw them from a seed the config saves.',
    untrackedNestedLayer:
      "`this.{{field}}` holds a nested layer whose weights {{layer}} never exposes: TF.js does not track sublayers, so its weights are not saved and are re-initialised on reload. Create the weights with addWeight(), or add the sublayer's weights to this layer's trainableWeights.",
    nestedWeightsOnlyInWeightsGetter:
      '`this.{{field}}` holds a nested layer whose weights {{layer}} lists only in its `weights` getter: model.save() collects each layer\'s trainableWeights and nonTrainableWeights, so they are not saved, and tf.loadLayersModel() then fails with "N of M weights are not set". Override trainableWeights and nonTrainableWeights instead.',
    nestedWeightsOnlyInGetWeights:
      '`this.{{field}}` holds a nested layer whose weights {{layer}} reaches only through getWeights()/setWeights(): model.save() and tf.loadLayersModel() read trainableWeights and nonTrainableWeights, not these methods, so its weights are not saved and are re-initialised on reload. Override trainableWeights and nonTrainableWeights instead.',
    stateChangedAfterConstruction:
      '`this.{{field}}` is changed in {{member}}(): model.save() does not store it, so the reloaded layer starts again from its initial value.',
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

type StateKind = 'variable' | 'random' | 'randomValue' | 'nestedLayer';

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const write of layer.fieldWrites) {
    if (reported.has(write.field) || BASE_LAYER_FIELDS.has(write.field) || layer.weightFields.has(write.field)) continue;
    const finding = judgeWrite(ts, analysis, layer, write);
    // Code that never runs makes no state (asked last: most writes are judged fine first).
    if (finding && !isUnreachable(ts, write.node)) {
      findings.push(finding);
      reported.add(write.field);
    }
  }
  for (const write of getClassStateFacts(ts, layer).contentWrites) {
    if (reported.has(write.field) || BASE_LAYER_FIELDS.has(write.field) || layer.weightFields.has(write.field)) continue;
    const finding = judgeContentWrite(ts, analysis, layer, write);
    if (finding && !isUnreachable(ts, write.node)) {
      findings.push(finding);
      reported.add(write.field);
    }
  }
  return findings;
}

function judgeWrite(ts: Ts, analysis: FileAnalysis, layer: LayerClass, write: FieldWrite): Finding | undefined {
  const phase = getMemberPhase(ts, layer, write.member, isOneTimeBuild);
  if (write.value) {
    const value = resolveLocalValue(ts, write.value);
    const created = findCreatedState(ts, analysis, layer, value);
    if (
      created &&
      !(created.kind === 'variable' && isConstantVariable(ts, analysis, layer, write.field, created.node)) &&
      !isSavedAnyway(ts, layer, write, created)
    ) {
      if (created.kind !== 'nestedLayer')
        return findingAt(
          analysis,
          layer,
          write,
          created.kind === 'variable' ? 'untrackedVariable' : created.kind === 'random' ? 'untrackedRandomTensor' : 'untrackedRandomValue',
          write.value,
        );
      const messageId = judgeNestedLayer(ts, layer, write.field);
      if (messageId) return findingAt(analysis, layer, write, messageId, write.value);
    }
  }
  // Construction, build() and the helpers only they call run again on reload; anything later is lost.
  if (phase === 'construction') return undefined;
  const lazy = isLazyInitialization(ts, write) || (write.value !== undefined && isLazyDefault(ts, write.value, write.field));
  if (write.kind === 'increment' || (write.kind === 'compound' && !isLogicalAssignment(ts, write.node)))
    return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // `this.step = this.step + 1`: the same update as `+=`, however spelled.
  if (
    write.kind === 'assign' &&
    write.value &&
    !lazy &&
    mentionsField(ts, write.value, write.field) &&
    !isResetOnly(ts, write.value) &&
    !isCopyOf(ts, write.value, write.field)
  )
    return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  if (phase !== 'call') return undefined;
  // Accumulates across calls: a running statistic, a history.
  if (write.kind === 'push') return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // What a helper's parameters hold (the call's data, or only its shapes) is not known: the rules below
  // tell the call's data from shapes in call() itself only.
  if (write.member !== 'call') return undefined;
  // Kept from the first call on (`if (this.mask == null) this.mask = f(inputs)`), unless the code resets it itself.
  const value = write.value ?? (ts.isBinaryExpression(write.node) ? write.node.right : undefined);
  if (lazy && value && readsCallData(ts, value) && !getResetProperties(ts, analysis.sourceFile).has(write.field))
    return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // Read earlier in call() than it is written: the value carries into the next call (`this.prev`).
  // A lazy cache reads itself only to see whether it is set; it was judged just above.
  if (!lazy && value && readsCallData(ts, value) && isReadBefore(ts, write.node, write.field))
    return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // Overwritten on every call from that call's data: nothing outlives the call.
  return undefined;
}

/** `this.x = this.x ? 0 : 0`-like values that read the field without keeping anything from it are rare; a conditional reset reads it only to test it. */
/** A lazy build: a call a field test guards, handed shapes at most (`if (!this.ready) this.init(x.shape)`). */
function isOneTimeBuild(ts: Ts, call: TS.CallExpression): boolean {
  return isGuardedByField(ts, call) && !call.arguments.some((argument) => readsCallData(ts, argument));
}

/** `this.x = this.x ?? f()`, `this.x = this.x || f()`: set once, then kept, like `??=`. */
function isLazyDefault(ts: Ts, value: TS.Expression, field: string): boolean {
  const expression = skipValueWrappers(ts, value);
  return (
    ts.isBinaryExpression(expression) &&
    (expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expression.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
    getThisPropertyName(ts, skipValueWrappers(ts, expression.left)) === field
  );
}

/** `[...this.x]`, `{...this.x}`, `this.x.slice()`, `Array.from(this.x)`: the same value again, nothing added. */
function isCopyOf(ts: Ts, value: TS.Expression, field: string): boolean {
  const expression = skipValueWrappers(ts, value);
  const isField = (node: TS.Expression): boolean => getThisPropertyName(ts, skipValueWrappers(ts, node)) === field;
  if (ts.isArrayLiteralExpression(expression))
    return expression.elements.length === 1 && ts.isSpreadElement(expression.elements[0]!) && isField(expression.elements[0].expression);
  if (ts.isObjectLiteralExpression(expression))
    return expression.properties.length === 1 && ts.isSpreadAssignment(expression.properties[0]!) && isField(expression.properties[0].expression);
  if (ts.isCallExpression(expression)) {
    const access = getMemberAccess(ts, expression.expression);
    if (access && (access.name === 'slice' || access.name === 'concat') && expression.arguments.length === 0) return isField(access.object);
    if (access?.name === 'from' && expression.arguments.length === 1) return isField(expression.arguments[0]!);
  }
  return false;
}

function isResetOnly(ts: Ts, value: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, value);
  return (
    ts.isConditionalExpression(expression) &&
    evaluateConstant(ts, expression.whenTrue) !== undefined &&
    evaluateConstant(ts, expression.whenFalse) !== undefined
  );
}

/**
 * A write into what a field holds: `this.buf[i] = x`, `this.stats.count++`, `this.buf.set(x)`.
 * Judged like a write to the field: random values are state wherever drawn; after construction,
 * counters and accumulations are state, and so is a call's data kept where the next call reads it.
 */
function judgeContentWrite(ts: Ts, analysis: FileAnalysis, layer: LayerClass, write: ContentWrite): Finding | undefined {
  const asWrite: FieldWrite = { field: write.field, member: write.member, node: write.node, kind: 'assign' };
  for (const value of write.values) {
    const created = findCreatedState(ts, analysis, layer, resolveLocalValue(ts, value));
    if (created && (created.kind === 'random' || created.kind === 'randomValue'))
      return findingAt(analysis, layer, asWrite, 'untrackedRandomValue', write.node);
  }
  const phase = getMemberPhase(ts, layer, write.member, isOneTimeBuild);
  if (phase === 'construction') return undefined;
  if (write.kind === 'increment' || write.kind === 'compound') return findingAt(analysis, layer, asWrite, 'stateChangedAfterConstruction', write.node);
  if (phase !== 'call') return undefined;
  // A cache filled once (`this.cache.ones || (this.cache.ones = ...)`, `if (!this.m[k]) this.m[k] = ...`) is judged like a lazy field.
  if (isGuardedByField(ts, write.node) || isInLazyOr(ts, write.node, write.field)) {
    const resets = getResetProperties(ts, analysis.sourceFile);
    // `this.cell.dropoutMask = ...` is reset by `this.cell.dropoutMask = null` elsewhere: the slot is what the code resets.
    const slot = ts.isBinaryExpression(write.node) && ts.isPropertyAccessExpression(write.node.left) ? write.node.left.name.text : undefined;
    return write.member === 'call' &&
      write.values.some((value) => readsCallData(ts, value)) &&
      !resets.has(write.field) &&
      (slot === undefined || !resets.has(slot))
      ? findingAt(analysis, layer, asWrite, 'stateChangedAfterConstruction', write.node)
      : undefined;
  }
  if (write.readsOwnContents || write.values.some((value) => mentionsField(ts, value, write.field)))
    return findingAt(analysis, layer, asWrite, 'stateChangedAfterConstruction', write.node);
  if (write.member === 'call' && write.values.some((value) => readsCallData(ts, value)) && isReadBefore(ts, write.node, write.field))
    return findingAt(analysis, layer, asWrite, 'stateChangedAfterConstruction', write.node);
  return undefined;
}

/** `this.f.x || (this.f.x = ...)`, `this.f.x ?? (this.f.x = ...)`: the right side runs while the slot is empty. */
function isInLazyOr(ts: Ts, node: TS.Node, field: string): boolean {
  let child: TS.Node = node;
  for (let parent = node.parent; parent && !isFunctionLike(ts, parent); child = parent, parent = parent.parent) {
    if (ts.isParenthesizedExpression(parent)) continue;
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) &&
      mentionsField(ts, parent.left, field)
    )
      return true;
    return false;
  }
  return false;
}

/**
 * The message for a nested layer held in `field`, or undefined when its weights are saved or that
 * cannot be told. model.save() reads each layer's trainableWeights and nonTrainableWeights; loading
 * reads `weights`. A getter override of those two, or child weights pushed into the lists, saves
 * them; a `weights` getter or getWeights()/setWeights() alone does not.
 */
function judgeNestedLayer(ts: Ts, layer: LayerClass, field: string): string | undefined {
  // A base from another module may expose them: what it does is not guessed.
  if (getRootBase(layer).kind !== 'tfjs') return undefined;
  const chain = getClassChain(layer);
  if (exposesFieldWeights(ts, chain, field)) return undefined;
  const facts = chain.map((current) => getClassStateFacts(ts, current));
  if (facts.some((current) => current.overridesWeightsGetter)) return 'nestedWeightsOnlyInWeightsGetter';
  if (facts.some((current) => current.overridesGetWeights)) return 'nestedWeightsOnlyInGetWeights';
  return 'untrackedNestedLayer';
}

/**
 * A random value that is only the default for a config key the layer saves
 * (`this.seed = args.seed ?? Math.floor(Math.random() * 1e6)`, getConfig() returning `seed: this.seed`):
 * the reloaded constructor gets the saved value and draws nothing.
 */
function isSavedAnyway(ts: Ts, layer: LayerClass, write: FieldWrite, created: { kind: StateKind; node: TS.Expression }): boolean {
  if (created.kind !== 'randomValue' && created.kind !== 'random') return false;
  if (!write.value || !isDefaultPosition(ts, created.node, write.value)) return false;
  return getClassChain(layer).some((current) =>
    current.getConfig?.entries.some((entry) => entry.value !== undefined && getThisPropertyName(ts, skipValueWrappers(ts, entry.value)) === write.field),
  );
}

/** `node` is taken only when the config lacks a value: the right of `??`/`||`, or a branch of `x == null ? d : x`. */
function isDefaultPosition(ts: Ts, node: TS.Node, top: TS.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent && child !== top; child = parent, parent = parent.parent) {
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      (parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    )
      return true;
    if (ts.isConditionalExpression(parent) && parent.condition !== child) return true;
    if (isFunctionLike(ts, parent)) return false;
  }
  return false;
}

/** A module function, not a closure made for every write: most writes are judged fine. */
function findingAt(analysis: FileAnalysis, layer: LayerClass, write: FieldWrite, messageId: string, node: TS.Node): Finding {
  return {
    ruleId: noUntrackedState.ruleId,
    messageId,
    data: { field: write.field, layer: layer.name ?? 'this layer', member: write.member },
    start: node.getStart(analysis.sourceFile),
    end: node.end,
  };
}

function isReadBefore(ts: Ts, node: TS.Node, field: string): boolean {
  let method: TS.Node = node;
  while (!ts.isMethodDeclaration(method) && !ts.isSourceFile(method)) method = method.parent;
  // Reads inside the write itself start at or after it.
  const firstRead = getFirstFieldReads(ts, method).get(field);
  return firstRead !== undefined && firstRead.pos < node.pos;
}

/** The first read (not assignment) of `this.<field>` in a method, for every field: one walk per method, not per write. */
const getFirstFieldReads = cachedPerKey((ts, method: TS.Node): Map<string, TS.Node> => {
  const found = new Map<string, TS.Node>();
  walk(
    ts,
    method,
    (node) => {
      const field = getThisPropertyName(ts, node);
      if (field === undefined || found.has(field)) return true;
      const isAssignmentTarget = ts.isBinaryExpression(node.parent) && node.parent.left === node && isAssignmentOperator(ts, node.parent.operatorToken.kind);
      if (!isAssignmentTarget) found.set(field, node);
      return true;
    },
    MEMBER_ACCESSES,
  );
  return found;
});

function isLogicalAssignment(ts: Ts, node: TS.Node): boolean {
  return (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken].includes(node.operatorToken.kind)
  );
}

/** `if (this.x == null) this.x = ...` or `this.x ??= ...`: set once, then kept. */
function isLazyInitialization(ts: Ts, write: FieldWrite): boolean {
  const node = write.node;
  if (isLogicalAssignment(ts, node)) return true;
  if (write.kind !== 'assign') return false;
  // `if (this.x == null) ...`, and as minifiers write it: `cond && null == this.x && (this.x = ...)`, `this.x ? ... : (this.x = ...)`.
  let child: TS.Node = node;
  for (let current: TS.Node = node.parent; !isFunctionLike(ts, current) && !ts.isSourceFile(current); child = current, current = current.parent) {
    if (ts.isIfStatement(current) && current.expression !== child && mentionsField(ts, current.expression, write.field)) {
      // `if (!this.x) this.x = a; else this.x = f(this.x)`: only the branch taken while it is empty sets it once.
      const polarity = getEmptinessTest(ts, current.expression, write.field);
      if (polarity === undefined || (polarity === 'empty') === (child === current.thenStatement)) return true;
    }
    if (
      ts.isBinaryExpression(current) &&
      current.right === child &&
      [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken].includes(current.operatorToken.kind) &&
      mentionsField(ts, current.left, write.field)
    )
      return true;
    if (ts.isConditionalExpression(current) && current.condition !== child && mentionsField(ts, current.condition, write.field)) return true;
  }
  return false;
}

/** `!this.x`, `this.x == null`, `this.x === undefined`: true when empty; `this.x`, `this.x != null`: true when set. */
function getEmptinessTest(ts: Ts, condition: TS.Expression, field: string): 'empty' | 'present' | undefined {
  const expression = skipValueWrappers(ts, condition);
  if (getThisPropertyName(ts, expression) === field) return 'present';
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = getEmptinessTest(ts, expression.operand, field);
    return inner === 'empty' ? 'present' : inner === 'present' ? 'empty' : undefined;
  }
  if (ts.isBinaryExpression(expression)) {
    const [side, other] =
      getThisPropertyName(ts, skipValueWrappers(ts, expression.left)) === field ? [expression.left, expression.right] : [expression.right, expression.left];
    const nullish = skipValueWrappers(ts, other);
    const isNullish = nullish.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(nullish) && nullish.text === 'undefined');
    if (getThisPropertyName(ts, skipValueWrappers(ts, side)) !== field || !isNullish) return undefined;
    switch (expression.operatorToken.kind) {
      case ts.SyntaxKind.EqualsEqualsToken:
      case ts.SyntaxKind.EqualsEqualsEqualsToken:
        return 'empty';
      case ts.SyntaxKind.ExclamationEqualsToken:
      case ts.SyntaxKind.ExclamationEqualsEqualsToken:
        return 'present';
    }
  }
  return undefined;
}

function mentionsField(ts: Ts, node: TS.Node, field: string): boolean {
  let found = getThisPropertyName(ts, node) === field;
  if (!found) {
    walk(
      ts,
      node,
      (child) => {
        if (getThisPropertyName(ts, child) === field) found = true;
        return !found;
      },
      MEMBER_ACCESSES,
    );
  }
  return found;
}

/** Properties the file sets back to null or undefined outside constructors (`this.cell.dropoutMask = null`): caches it manages itself. */
const getResetProperties = cachedPerKey((ts, sourceFile: TS.SourceFile): Set<string> => {
  const found = new Set<string>();
  // Such a reset spells null or undefined, and so does every node around it: the walk enters no subtree that does not.
  const words = indexWords(sourceFile.text, 'null', 'undefined');
  if (words.length === 0) return found;
  walk(ts, sourceFile, (node) => {
    if (!hasOffsetWithin(words, node.pos, node.end) || ts.isConstructorDeclaration(node)) return false;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const right = skipValueWrappers(ts, node.right);
      if (right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined')) found.add(node.left.name.text);
    }
    return true;
  });
  return found;
});

/**
 * A tf.variable made from a fixed value (zeros, ones, a constant) that nothing in the class ever
 * assigns is a constant: the reloaded layer makes the same one. (model.fit() trains only the
 * layer's own weights, so it does not move it either.)
 */
function isConstantVariable(ts: Ts, analysis: FileAnalysis, layer: LayerClass, field: string, variable: TS.Expression): boolean {
  if (!ts.isCallExpression(variable) || variable.arguments.some((argument) => findCreatedState(ts, analysis, layer, argument)?.kind === 'random')) return false;
  return !getClassStateFacts(ts, layer).assignedVariableFields.has(field) && !isAssignedInFile(analysis.sourceFile, field);
}

/** Code elsewhere in the file changes the variable through the field (`layer.scale.assign(...)`). */
function isAssignedInFile(sourceFile: TS.SourceFile, field: string): boolean {
  return getAssignedNamesInText(sourceFile).has(field.replace(/^#/, ''));
}

/** Every `<x>.<name>.assign(` / `.write(` of the file's text, by name: one scan per file. */
const getAssignedNamesInText = cachedPerObject((sourceFile: TS.SourceFile): Set<string> => {
  const names = new Set<string>();
  for (const match of sourceFile.text.matchAll(/\.\s*#?([\w$]+)\s*!?\s*\.\s*(?:assign|write)\s*\(/g)) names.add(match[1]!);
  return names;
});

/** `const w = tf.variable(...); this.w = w;` looks through the local. */
function resolveLocalValue(ts: Ts, value: TS.Expression): TS.Expression {
  const expression = skipValueWrappers(ts, value);
  if (!ts.isIdentifier(expression)) return expression;
  let scope: TS.Node = expression;
  while (!isFunctionLike(ts, scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return getDeclarationsOf(ts, scope, expression.text).initializer ?? expression;
}

interface DeclarationsOf {
  /** The first variable or parameter of the name, in source order. */
  declaration?: TS.VariableDeclaration | TS.ParameterDeclaration;
  /** The value of the first variable of the name that has one. */
  initializer?: TS.Expression;
}

const declarationsByRoot = new WeakMap<TS.Node, Map<string, DeclarationsOf>>();

/**
 * The variables and parameters of a name under `root`, nested functions included; kept per root and
 * name. A declaration spells its name, and so does every node around it: the walk enters no subtree
 * that does not, so it visits a few nodes of a large function instead of all of them.
 */
function getDeclarationsOf(ts: Ts, root: TS.Node, name: string): DeclarationsOf {
  let byName = declarationsByRoot.get(root);
  if (!byName) {
    byName = new Map();
    declarationsByRoot.set(root, byName);
  }
  const known = byName.get(name);
  if (known) return known;
  const found: DeclarationsOf = {};
  const spelled = offsetsOf(root.getSourceFile().text, name, root.pos, root.end);
  walk(ts, root, (node) => {
    if (found.initializer || !hasOffsetWithin(spelled, node.pos, node.end)) return false;
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name) && node.name.text === name) {
      found.declaration ??= node;
      if (ts.isVariableDeclaration(node) && node.initializer) found.initializer = node.initializer;
    }
    return true;
  });
  byName.set(name, found);
  return found;
}

/**
 * The first tf.variable, unseeded random tensor, random value or weighted nested layer created in
 * `value`, also inside what a helper of the file or a method of the class returns (two calls deep).
 * Not inside addWeight(): what it makes is saved.
 */
function findCreatedState(
  ts: Ts,
  analysis: FileAnalysis,
  layer: LayerClass,
  value: TS.Expression,
  depth = 0,
): { kind: StateKind; node: TS.Expression } | undefined {
  let found: { kind: StateKind; node: TS.Expression } | undefined;
  const look = (node: TS.Node): boolean => {
    if (found) return false;
    if (ts.isCallExpression(node) && isAddWeightCall(ts, node)) return false;
    const kind = classifyCreation(ts, analysis, node);
    if (kind) {
      found = { kind, node: node as TS.Expression };
      return false;
    }
    if (depth < 2 && ts.isCallExpression(node)) {
      for (const returned of getReturnedValues(ts, analysis, layer, node)) {
        const inner = findCreatedState(ts, analysis, layer, returned, depth + 1);
        // Reported at the call: that is where the field gets it.
        if (inner) {
          found = { kind: inner.kind, node: node };
          return false;
        }
      }
    }
    return true;
  };
  if (look(value)) walk(ts, value, look, CALLS);
  return found;
}

/** What a call of a function declared in this file (`makeNoise(n)`) or of a method of the class (`this.init(n)`) returns. */
function getReturnedValues(ts: Ts, analysis: FileAnalysis, layer: LayerClass, call: TS.CallExpression): TS.Expression[] {
  const callee = skipValueWrappers(ts, call.expression);
  let fn: TS.Node | undefined;
  if (ts.isIdentifier(callee)) fn = getModuleFunctions(ts, analysis.sourceFile).get(callee.text);
  else {
    const method = getThisPropertyName(ts, callee);
    const member =
      method === undefined
        ? undefined
        : getClassChain(layer)
            .map((current) => current.members.get(method))
            .find((found) => found !== undefined);
    if (member && ts.isMethodDeclaration(member)) fn = member;
  }
  if (!fn) return [];
  return getReturnExpressions(ts, fn);
}

const RETURNS = kindFilter((kinds) => [kinds.ReturnStatement], { functions: true });

/** The values a function returns, locals looked through; nested functions' returns are theirs. */
const getReturnExpressions = cachedPerKey((ts, fn: TS.Node): TS.Expression[] => {
  const body = (fn as TS.FunctionLikeDeclaration).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const found: TS.Expression[] = [];
  walk(
    ts,
    body,
    (node) => {
      if (isFunctionLike(ts, node)) return false;
      if (ts.isReturnStatement(node) && node.expression) found.push(resolveLocalValue(ts, node.expression));
      return true;
    },
    RETURNS,
  );
  return found;
});

function classifyCreation(ts: Ts, analysis: FileAnalysis, node: TS.Node): StateKind | undefined {
  const { bindings } = analysis;
  if (ts.isNewExpression(node)) {
    const callee = skipValueWrappers(ts, node.expression);
    if (!ts.isIdentifier(callee)) return undefined;
    const local = analysis.layers.find((layer) => layer.name === callee.text);
    if (local) return holdsWeights(local) ? 'nestedLayer' : undefined;
    // With types: a layer class of another file of the program, analysed there. A package's class is not guessed.
    if (!analysis.program) return undefined;
    const declaration = resolveClassDeclaration(ts, analysis.program.getTypeChecker(), callee);
    if (!declaration || declaration.getSourceFile().isDeclarationFile || declaration.getSourceFile() === analysis.sourceFile) return undefined;
    const other = analyzeFile(ts, declaration.getSourceFile(), analysis.program).layers.find((layer) => layer.node === declaration);
    return other && holdsWeights(other) ? 'nestedLayer' : undefined;
  }
  if (!ts.isCallExpression(node)) return undefined;
  if (isAddWeightCall(ts, node)) return undefined;
  if (isRandomValueCall(ts, node)) return 'randomValue';
  const ref = resolveTfjs(ts, bindings, node.expression);
  if (ref?.kind === 'function') {
    if (ref.name === 'variable') return 'variable';
    const seedIndex = RANDOM_TENSOR_FUNCTIONS.get(ref.name);
    if (seedIndex !== undefined) return isGiven(ts, node.arguments[seedIndex]) ? undefined : 'random';
  }
  if (ref?.kind === 'layerFactory') return WEIGHTLESS_LAYER_FACTORIES.has(ref.name) ? undefined : 'nestedLayer';
  // tf.initializers.glorotNormal({}).apply(shape)
  const access = getMemberAccess(ts, node.expression);
  const made = access?.name === 'apply' ? skipValueWrappers(ts, access.object) : undefined;
  if (made && ts.isCallExpression(made)) {
    const factory = getMemberAccess(ts, made.expression);
    const isInitializer = factory !== undefined && resolveTfjs(ts, bindings, factory.object)?.kind === 'initializers';
    if (isInitializer && RANDOM_INITIALIZERS.has(factory.name) && !hasSeedOption(ts, made.arguments[0])) return 'random';
  }
  return undefined;
}

const CRYPTO_RANDOM: ReadonlySet<string> = new Set(['getRandomValues', 'randomUUID', 'randomBytes', 'randomInt', 'randomFillSync']);

/** `Math.random()`, `crypto.getRandomValues(...)` (also `window.crypto`, `globalThis.crypto`), `tf.util.shuffle(...)`: never seeded. */
function isRandomValueCall(ts: Ts, call: TS.CallExpression): boolean {
  const access = getMemberAccess(ts, call.expression);
  if (!access) return false;
  const owner = skipValueWrappers(ts, access.object);
  const ownerName = ts.isIdentifier(owner) ? owner.text : getMemberAccess(ts, owner)?.name;
  return (
    (ownerName === 'Math' && access.name === 'random') ||
    (ownerName === 'crypto' && CRYPTO_RANDOM.has(access.name)) ||
    (ownerName === 'util' && (access.name === 'shuffle' || access.name === 'shuffleCombo'))
  );
}

/** A layer class of this file that creates weights (so nesting it loses them). */
function holdsWeights(layer: LayerClass): boolean {
  return layer.weightFields.size > 0 || (layer.base.kind === 'class' && holdsWeights(layer.base.layer));
}

function isGiven(ts: Ts, argument: TS.Expression | undefined): boolean {
  if (!argument) return false;
  const expression = skipValueWrappers(ts, argument);
  return !(ts.isIdentifier(expression) && expression.text === 'undefined') && expression.kind !== ts.SyntaxKind.NullKeyword;
}

function hasSeedOption(ts: Ts, argument: TS.Expression | undefined): boolean {
  const options = argument && skipValueWrappers(ts, argument);
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some((property) => getStaticName(ts, property.name) === 'seed' || ts.isSpreadAssignment(property));
}

/**
 * The value comes from the data the call got: its arguments or locals, not the config alone, and
 * not only their shapes (`x.shape`, a local computed from `x.shape`): a cache built from the input
 * shape comes out the same after reload.
 */
function readsCallData(ts: Ts, value: TS.Expression): boolean {
  let depends = false;
  const look = (node: TS.Node): boolean => {
    if (depends) return false;
    if (ts.isIdentifier(node) && isDataUse(ts, node)) depends = true;
    return !depends;
  };
  if (look(value)) walk(ts, value, look, IDENTIFIERS);
  return depends;
}

const SHAPE_PROPERTIES: ReadonlySet<string> = new Set(['shape', 'rank', 'dtype', 'size']);

function isDataUse(ts: Ts, identifier: TS.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === identifier && SHAPE_PROPERTIES.has(parent.name.text)) return false;
  const declaration = findLocalDeclaration(ts, identifier);
  if (!declaration) return false;
  const init = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return !(init && /\.(shape|rank)\b/.test(init.getText()));
}

/** The parameter or variable of the enclosing method that `identifier` (a value use) names. */
function findLocalDeclaration(ts: Ts, identifier: TS.Identifier): TS.VariableDeclaration | TS.ParameterDeclaration | undefined {
  const parent = identifier.parent;
  // Only value uses: not `x` in `obj.x` or `{x: 1}`.
  if ((ts.isPropertyAccessExpression(parent) && parent.name === identifier) || (ts.isPropertyAssignment(parent) && parent.name === identifier))
    return undefined;
  let method: TS.Node = identifier;
  while (!ts.isMethodDeclaration(method) && !ts.isSourceFile(method)) method = method.parent;
  if (!ts.isMethodDeclaration(method) || !method.body) return undefined;
  const parameter = method.parameters.find((param) => ts.isIdentifier(param.name) && param.name.text === identifier.text);
  return parameter ?? getDeclarationsOf(ts, method.body, identifier.text).declaration;
}
