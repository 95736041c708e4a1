// Contract: model.save() stores a layer's config and the weights it created with
// this.addWeight(), nothing else. A tf.variable, a random tensor, a nested layer's
// weights or a counter kept on `this` is re-created on reload: the reloaded model
// computes something else, with no error.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import { isAddWeightCall, type FieldWrite, type LayerClass } from '../layer-model';
import { getClassChain } from '../layer-queries';
import { findBindingName, resolveTfjs, type TfjsBindings } from '../tfjs-bindings';
import { BASE_LAYER_FIELDS, INITIALIZER_FOR_TENSOR, RANDOM_INITIALIZERS, RANDOM_TENSOR_FUNCTIONS, WEIGHTLESS_LAYER_FACTORIES } from '../tfjs-contract';
import { CALLS, cachedPerKey, getMemberAccess, getStaticName, getThisPropertyName, IDENTIFIERS, isAssignmentOperator, isFunctionLike, kindFilter, MEMBER_ACCESSES, skipValueWrappers, walk, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const noUntrackedState = defineCheck({
  ruleId: 'no-untracked-state',
  messages: {
    untrackedVariable: '`this.{{field}}` holds a tf.variable created outside addWeight(): model.save() does not store it, so after tf.loadLayersModel() it starts again from its initial value and the model silently computes something else.',
    untrackedRandomTensor: '`this.{{field}}` holds a random tensor created outside addWeight(): model.save() does not store it, so the reloaded layer draws new values and the model silently computes something else.',
    untrackedNestedLayer: '`this.{{field}}` holds a nested layer whose weights {{layer}} never exposes: TF.js does not track sublayers, so its weights are not saved and are re-initialised on reload. Create the weights with addWeight(), or add the sublayer\'s weights to this layer\'s trainableWeights.',
    stateChangedAfterConstruction: '`this.{{field}}` is changed in {{member}}(): model.save() does not store it, so the reloaded layer starts again from its initial value.',
    useAddWeight: "Create it with `this.addWeight('{{field}}', ...)` so it is saved (where it is used, read it with `this.{{field}}.read()`).",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

type StateKind = 'variable' | 'random' | 'nestedLayer';

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const write of layer.fieldWrites) {
    if (reported.has(write.field) || BASE_LAYER_FIELDS.has(write.field) || layer.weightFields.has(write.field)) continue;
    const finding = judgeWrite(ts, analysis, layer, write);
    if (finding) {
      findings.push(finding);
      reported.add(write.field);
    }
  }
  return findings;
}

function judgeWrite(ts: Ts, analysis: FileAnalysis, layer: LayerClass, write: FieldWrite): Finding | undefined {
  const { sourceFile } = analysis;

  if (write.value) {
    const value = resolveLocalValue(ts, write.value);
    const created = findCreatedState(ts, analysis, value);
    const exposed = created?.kind === 'nestedLayer' && getClassChain(layer).some((current) => current.exposesChildWeights);
    if (created && !exposed && !(created.kind === 'variable' && isConstantVariable(ts, analysis, layer, write.field, created.node))) {
      const messageId = created.kind === 'variable' ? 'untrackedVariable' : created.kind === 'random' ? 'untrackedRandomTensor' : 'untrackedNestedLayer';
      const finding = findingAt(analysis, layer, write, messageId, write.value);
      const edit = write.kind === 'assign' && (write.member === 'constructor' || write.member === 'build') ? buildAddWeightText(ts, analysis.bindings, write.field, created.node) : undefined;
      if (edit) finding.suggestions = [{ messageId: 'useAddWeight', data: finding.data, edits: [{ start: write.value.getStart(sourceFile), end: write.value.end, text: edit }] }];
      return finding;
    }
  }
  // Construction and build() run again on reload; anything later is lost.
  if (write.member === 'constructor' || write.member === 'build') return undefined;
  const lazy = isLazyInitialization(ts, write);
  if (write.kind === 'increment' || (write.kind === 'compound' && !isLogicalAssignment(ts, write.node))) return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  if (write.member !== 'call') return undefined;
  // Accumulates across calls: a running statistic, a history.
  if (write.kind === 'push' || (write.value && mentionsField(ts, write.value, write.field))) return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // Kept from the first call on (`if (this.mask == null) this.mask = f(inputs)`), unless the code resets it itself.
  const value = write.value ?? (ts.isBinaryExpression(write.node) ? write.node.right : undefined);
  if (lazy && value && readsCallData(ts, value) && !getResetProperties(ts, analysis.sourceFile).has(write.field)) return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // Read earlier in call() than it is written: the value carries into the next call (`this.prev`).
  // A lazy cache reads itself only to see whether it is set; it was judged just above.
  if (!lazy && value && readsCallData(ts, value) && isReadBefore(ts, write)) return findingAt(analysis, layer, write, 'stateChangedAfterConstruction', write.node);
  // Overwritten on every call from that call's data: nothing outlives the call.
  return undefined;
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

function isReadBefore(ts: Ts, write: FieldWrite): boolean {
  let method: TS.Node = write.node;
  while (!ts.isMethodDeclaration(method) && !ts.isSourceFile(method)) method = method.parent;
  // Reads inside the write itself start at or after it.
  const firstRead = getFirstFieldReads(ts, method).get(write.field);
  return firstRead !== undefined && firstRead.pos < write.node.pos;
}

/** The first read (not assignment) of `this.<field>` in a method, for every field: one walk per method, not per write. */
const getFirstFieldReads = cachedPerKey((ts, method: TS.Node): Map<string, TS.Node> => {
  const found = new Map<string, TS.Node>();
  walk(ts, method, (node) => {
    const field = getThisPropertyName(ts, node);
    if (field === undefined || found.has(field)) return true;
    const isAssignmentTarget = ts.isBinaryExpression(node.parent) && node.parent.left === node && isAssignmentOperator(ts, node.parent.operatorToken.kind);
    if (!isAssignmentTarget) found.set(field, node);
    return true;
  }, MEMBER_ACCESSES);
  return found;
});

function isLogicalAssignment(ts: Ts, node: TS.Node): boolean {
  return ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken].includes(node.operatorToken.kind);
}

/** `if (this.x == null) this.x = ...` or `this.x ??= ...`: set once, then kept. */
function isLazyInitialization(ts: Ts, write: FieldWrite): boolean {
  const node = write.node;
  if (isLogicalAssignment(ts, node)) return true;
  if (write.kind !== 'assign') return false;
  // `if (this.x == null) ...`, and as minifiers write it: `cond && null == this.x && (this.x = ...)`, `this.x ? ... : (this.x = ...)`.
  let child: TS.Node = node;
  for (let current: TS.Node = node.parent; !isFunctionLike(ts, current) && !ts.isSourceFile(current); child = current, current = current.parent) {
    if (ts.isIfStatement(current) && mentionsField(ts, current.expression, write.field)) return true;
    if (ts.isBinaryExpression(current) && current.right === child && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken].includes(current.operatorToken.kind) && mentionsField(ts, current.left, write.field)) return true;
    if (ts.isConditionalExpression(current) && current.condition !== child && mentionsField(ts, current.condition, write.field)) return true;
  }
  return false;
}

function mentionsField(ts: Ts, node: TS.Node, field: string): boolean {
  let found = getThisPropertyName(ts, node) === field;
  if (!found) {
    walk(ts, node, (child) => {
      if (getThisPropertyName(ts, child) === field) found = true;
      return !found;
    }, MEMBER_ACCESSES);
  }
  return found;
}

const CONSTRUCTORS_AND_ASSIGNMENTS = kindFilter((kinds) => [kinds.Constructor, kinds.BinaryExpression]);

/** Properties the file sets back to null or undefined outside constructors (`this.cell.dropoutMask = null`): caches it manages itself. */
const getResetProperties = cachedPerKey((ts, sourceFile: TS.SourceFile): Set<string> => {
  const found = new Set<string>();
  walk(ts, sourceFile, (node) => {
    if (ts.isConstructorDeclaration(node)) return false;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const right = skipValueWrappers(ts, node.right);
      if (right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined')) found.add(node.left.name.text);
    }
    return true;
  }, CONSTRUCTORS_AND_ASSIGNMENTS);
  return found;
});

/**
 * A tf.variable made from a fixed value (zeros, ones, a constant) that nothing in the class ever
 * assigns is a constant: the reloaded layer makes the same one. (model.fit() trains only the
 * layer's own weights, so it does not move it either.)
 */
function isConstantVariable(ts: Ts, analysis: FileAnalysis, layer: LayerClass, field: string, variable: TS.Expression): boolean {
  if (!ts.isCallExpression(variable) || variable.arguments.some((argument) => findCreatedState(ts, analysis, argument)?.kind === 'random')) return false;
  return !getAssignedVariableFields(ts, layer.node).has(field);
}

/** The fields a class calls `.assign()` or `.write()` on (`this.w.assign(x)`): one walk per class, not one per variable. */
const getAssignedVariableFields = cachedPerKey((ts, classNode: TS.ClassLikeDeclaration): Set<string> => {
  const found = new Set<string>();
  walk(ts, classNode, (node) => {
    const access = getMemberAccess(ts, node);
    const field = access && (access.name === 'assign' || access.name === 'write') ? getThisPropertyName(ts, skipValueWrappers(ts, access.object)) : undefined;
    if (field !== undefined) found.add(field);
    return true;
  }, MEMBER_ACCESSES);
  return found;
});

/** `const w = tf.variable(...); this.w = w;` looks through the local. */
function resolveLocalValue(ts: Ts, value: TS.Expression): TS.Expression {
  const expression = skipValueWrappers(ts, value);
  if (!ts.isIdentifier(expression)) return expression;
  let scope: TS.Node = expression;
  while (!isFunctionLike(ts, scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return getDeclarationsWithin(ts, scope).initializers.get(expression.text) ?? expression;
}

interface DeclarationsWithin {
  /** The first variable or parameter of each name, in source order. */
  declarations: Map<string, TS.VariableDeclaration | TS.ParameterDeclaration>;
  /** The value of the first variable of each name that has one. */
  initializers: Map<string, TS.Expression>;
}

const DECLARATIONS = kindFilter((kinds) => [kinds.VariableDeclaration, kinds.Parameter]);

/** The variables and parameters under `root`, nested functions included: one walk per function, not one per field it assigns. */
const getDeclarationsWithin = cachedPerKey((ts, root: TS.Node): DeclarationsWithin => {
  const found: DeclarationsWithin = { declarations: new Map(), initializers: new Map() };
  walk(ts, root, (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      if (!found.declarations.has(name)) found.declarations.set(name, node);
      if (ts.isVariableDeclaration(node) && node.initializer && !found.initializers.has(name)) found.initializers.set(name, node.initializer);
    }
    return true;
  }, DECLARATIONS);
  return found;
});

/** The first tf.variable, unseeded random tensor or weighted nested layer created in `value`. */
function findCreatedState(ts: Ts, analysis: FileAnalysis, value: TS.Expression): { kind: StateKind; node: TS.Expression } | undefined {
  let found: { kind: StateKind; node: TS.Expression } | undefined;
  const look = (node: TS.Node): boolean => {
    if (found) return false;
    const kind = classifyCreation(ts, analysis, node);
    if (kind) {
      found = { kind, node: node as TS.Expression };
      return false;
    }
    return true;
  };
  if (look(value)) walk(ts, value, look, CALLS);
  return found;
}

function classifyCreation(ts: Ts, analysis: FileAnalysis, node: TS.Node): StateKind | undefined {
  const { bindings } = analysis;
  if (ts.isNewExpression(node)) {
    const callee = skipValueWrappers(ts, node.expression);
    const local = ts.isIdentifier(callee) ? analysis.layers.find((layer) => layer.name === callee.text) : undefined;
    return local && holdsWeights(local) ? 'nestedLayer' : undefined;
  }
  if (!ts.isCallExpression(node)) return undefined;
  if (isAddWeightCall(ts, node)) return undefined;
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
  if ((ts.isPropertyAccessExpression(parent) && parent.name === identifier) || (ts.isPropertyAssignment(parent) && parent.name === identifier)) return undefined;
  let method: TS.Node = identifier;
  while (!ts.isMethodDeclaration(method) && !ts.isSourceFile(method)) method = method.parent;
  if (!ts.isMethodDeclaration(method) || !method.body) return undefined;
  const parameter = method.parameters.find((param) => ts.isIdentifier(param.name) && param.name.text === identifier.text);
  return parameter ?? getDeclarationsWithin(ts, method.body).declarations.get(identifier.text);
}

/**
 * `this.addWeight('w', shape, undefined, tf.initializers.zeros())` for a variable or random
 * tensor made by a creator with a known initializer. Undefined where no such form fits.
 */
function buildAddWeightText(ts: Ts, bindings: TfjsBindings, field: string, created: TS.Expression): string | undefined {
  if (!ts.isCallExpression(created)) return undefined;
  const ref = resolveTfjs(ts, bindings, created.expression);
  if (ref?.kind !== 'function') return undefined;
  let trainable = false;
  let tensor: TS.Expression | undefined = created;
  if (ref.name === 'variable') {
    const trainableArgument = created.arguments[1] && skipValueWrappers(ts, created.arguments[1]);
    trainable = !trainableArgument || trainableArgument.kind !== ts.SyntaxKind.FalseKeyword;
    tensor = created.arguments[0] && skipValueWrappers(ts, created.arguments[0]);
  }
  if (!tensor || !ts.isCallExpression(tensor)) return undefined;
  const creator = resolveTfjs(ts, bindings, tensor.expression);
  const known = creator?.kind === 'function' ? INITIALIZER_FOR_TENSOR.get(creator.name) : undefined;
  const initializers = findInitializersPrefix(bindings);
  const [shape, ...rest] = tensor.arguments;
  if (!known || !initializers || !shape) return undefined;
  const sourceFile = created.getSourceFile();
  const options = known.options.flatMap((option, i) => {
    const value = rest[i]?.getText(sourceFile) ?? option.tensorDefault;
    return value === undefined ? [] : [`${option.name}: ${value}`];
  });
  if (known.initializer === 'randomUniform' && /^minval: (0|0\.0*)$/.test(options[0] ?? '')) return undefined;
  const initializer = `${initializers}.${known.initializer}(${options.length > 0 ? `{${options.join(', ')}}` : known.initializer === 'zeros' || known.initializer === 'ones' ? '' : '{}'})`;
  return `this.addWeight('${field.replace(/^#/, '')}', ${shape.getText(sourceFile)}, undefined, ${initializer}, undefined, ${trainable})`;
}

function findInitializersPrefix(bindings: TfjsBindings): string | undefined {
  const initializers = findBindingName(bindings, (ref) => ref.kind === 'initializers');
  if (initializers) return initializers;
  const namespace = findBindingName(bindings, (ref) => ref.kind === 'namespace');
  return namespace && `${namespace}.initializers`;
}

