// Facts about a layer's state that no-untracked-state and the config value checks need beyond
// layer-model's: which code can run (constant conditions, code after `return`), when a method
// runs (helpers reached only from the constructor or build() are construction), writes into a
// field's contents (`this.buf[i] = x`, `this.counts.set(...)`), and which child weights the
// class hands to TF.js (what model.save() reads: trainableWeights and nonTrainableWeights).
// Computed per class in one walk of its members, kept with the class node.
import type * as TS from 'typescript';
import { getMemberCode, type LayerClass, type MemberCode } from './layer-model';
import { LAYER_INSTANCE_MEMBERS } from './tfjs-contract';
import {
  appendTo,
  cachedPerKey,
  getMemberAccess,
  getStaticName,
  getThisPropertyName,
  hasModifier,
  isAssignmentOperator,
  isFunctionLike,
  kindFilter,
  skipValueWrappers,
  walk,
  walkMemberBody,
  type Ts,
} from './ts-ast';

// ---------------------------------------------------------------------------------------------
// Constant values

/** A value the code spells as a constant; undefined when it cannot be known. */
export interface Constant {
  value: unknown;
}

const MATH_CONSTANTS: ReadonlySet<string> = new Set(['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2']);
const MATH_FUNCTIONS: ReadonlySet<string> = new Set([
  'abs',
  'ceil',
  'exp',
  'floor',
  'log',
  'log10',
  'log2',
  'max',
  'min',
  'pow',
  'round',
  'sign',
  'sqrt',
  'trunc',
]);
const NUMBER_CONSTANTS: ReadonlySet<string> = new Set([
  'POSITIVE_INFINITY',
  'NEGATIVE_INFINITY',
  'NaN',
  'MAX_VALUE',
  'MIN_VALUE',
  'MAX_SAFE_INTEGER',
  'MIN_SAFE_INTEGER',
  'EPSILON',
]);

/**
 * The value of an expression built from literals, `Infinity`/`NaN`/`undefined`, `Number.*` and
 * `Math.*` constants, arithmetic, comparison and logic, and module-level `const`s of such values
 * (when no local of the same name is in the way). Depth-limited.
 */
export function evaluateConstant(ts: Ts, node: TS.Expression, depth = 0): Constant | undefined {
  if (depth > 8) return undefined;
  const value = skipValueWrappers(ts, node);
  switch (value.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return { value: true };
    case ts.SyntaxKind.FalseKeyword:
      return { value: false };
    case ts.SyntaxKind.NullKeyword:
      return { value: null };
    case ts.SyntaxKind.NumericLiteral:
      return { value: Number((value as TS.NumericLiteral).text) };
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return { value: (value as TS.StringLiteral).text };
    case ts.SyntaxKind.VoidExpression:
      return { value: undefined };
    case ts.SyntaxKind.Identifier: {
      const name = (value as TS.Identifier).text;
      const global = name === 'Infinity' ? { value: Infinity } : name === 'NaN' ? { value: NaN } : name === 'undefined' ? { value: undefined } : undefined;
      // The candidates first: the scope walk is dearer, and most names are neither.
      const init = global ? undefined : getModuleConstants(ts, value.getSourceFile()).get(name);
      if ((!global && !init) || isShadowed(ts, value, name)) return undefined;
      return global ?? evaluateConstant(ts, init!, depth + 1);
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      const access = value as TS.PropertyAccessExpression;
      const owner = skipValueWrappers(ts, access.expression);
      if (!ts.isIdentifier(owner)) return undefined;
      // The candidates first: the scope walk is dearer, and most accesses (`args.units`) are neither.
      const table =
        owner.text === 'Number' && NUMBER_CONSTANTS.has(access.name.text)
          ? Number
          : owner.text === 'Math' && MATH_CONSTANTS.has(access.name.text)
            ? Math
            : undefined;
      if (!table || isShadowed(ts, owner, owner.text)) return undefined;
      return { value: (table as unknown as Record<string, number>)[access.name.text] };
    }
    case ts.SyntaxKind.PrefixUnaryExpression: {
      const unary = value as TS.PrefixUnaryExpression;
      const operand = evaluateConstant(ts, unary.operand, depth + 1);
      if (!operand) return undefined;
      switch (unary.operator) {
        case ts.SyntaxKind.MinusToken:
          return typeof operand.value === 'number' ? { value: -operand.value } : undefined;
        case ts.SyntaxKind.PlusToken:
          return typeof operand.value === 'number' ? { value: operand.value } : undefined;
        case ts.SyntaxKind.ExclamationToken:
          return { value: !operand.value };
        default:
          return undefined;
      }
    }
    case ts.SyntaxKind.CallExpression: {
      const call = value as TS.CallExpression;
      const access = getMemberAccess(ts, call.expression);
      const owner = access && skipValueWrappers(ts, access.object);
      if (!access || !owner || !ts.isIdentifier(owner) || owner.text !== 'Math' || !MATH_FUNCTIONS.has(access.name) || isShadowed(ts, owner, 'Math'))
        return undefined;
      const args: number[] = [];
      for (const argument of call.arguments) {
        const evaluated = evaluateConstant(ts, argument, depth + 1);
        if (!evaluated || typeof evaluated.value !== 'number') return undefined;
        args.push(evaluated.value);
      }
      return { value: (Math as unknown as Record<string, (...numbers: number[]) => number>)[access.name]!(...args) };
    }
    case ts.SyntaxKind.BinaryExpression:
      return evaluateBinary(ts, value as TS.BinaryExpression, depth);
    case ts.SyntaxKind.ConditionalExpression: {
      const conditional = value as TS.ConditionalExpression;
      const condition = evaluateConstant(ts, conditional.condition, depth + 1);
      return condition && evaluateConstant(ts, condition.value ? conditional.whenTrue : conditional.whenFalse, depth + 1);
    }
    default:
      return undefined;
  }
}

function evaluateBinary(ts: Ts, binary: TS.BinaryExpression, depth: number): Constant | undefined {
  const kind = binary.operatorToken.kind;
  const left = evaluateConstant(ts, binary.left, depth + 1);
  if (!left) return undefined;
  // Short-circuits decide without the right side.
  if (kind === ts.SyntaxKind.AmpersandAmpersandToken && !left.value) return left;
  if (kind === ts.SyntaxKind.BarBarToken && left.value) return left;
  if (kind === ts.SyntaxKind.QuestionQuestionToken && left.value != null) return left;
  const right = evaluateConstant(ts, binary.right, depth + 1);
  if (!right) return undefined;
  const a = left.value as never;
  const b = right.value as never;
  const numeric = typeof a === 'number' && typeof b === 'number';
  switch (kind) {
    case ts.SyntaxKind.AmpersandAmpersandToken:
    case ts.SyntaxKind.BarBarToken:
    case ts.SyntaxKind.QuestionQuestionToken:
      return right;
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
      return { value: a === b };
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      return { value: a !== b };
    case ts.SyntaxKind.EqualsEqualsToken:
      return { value: a == b };
    case ts.SyntaxKind.ExclamationEqualsToken:
      return { value: a != b };
    case ts.SyntaxKind.LessThanToken:
      return numeric ? { value: a < b } : undefined;
    case ts.SyntaxKind.LessThanEqualsToken:
      return numeric ? { value: a <= b } : undefined;
    case ts.SyntaxKind.GreaterThanToken:
      return numeric ? { value: a > b } : undefined;
    case ts.SyntaxKind.GreaterThanEqualsToken:
      return numeric ? { value: a >= b } : undefined;
    case ts.SyntaxKind.PlusToken:
      return numeric ? { value: (a as number) + (b as number) } : undefined;
    case ts.SyntaxKind.MinusToken:
      return numeric ? { value: (a as number) - (b as number) } : undefined;
    case ts.SyntaxKind.AsteriskToken:
      return numeric ? { value: (a as number) * (b as number) } : undefined;
    case ts.SyntaxKind.SlashToken:
      return numeric ? { value: (a as number) / (b as number) } : undefined;
    case ts.SyntaxKind.PercentToken:
      return numeric ? { value: (a as number) % (b as number) } : undefined;
    case ts.SyntaxKind.AsteriskAsteriskToken:
      return numeric ? { value: (a as number) ** (b as number) } : undefined;
    default:
      return undefined;
  }
}

/** `const X = <expression>` at the top of the file, by name (a `let` or `var` may change). */
const getModuleConstants = cachedPerKey((ts, sourceFile: TS.SourceFile): Map<string, TS.Expression> => {
  const found = new Map<string, TS.Expression>();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & 7) !== 2 /* NodeFlags.Const, not using */) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) found.set(declaration.name.text, declaration.initializer);
    }
  }
  return found;
});

/** A parameter or local of an enclosing function (or a class member scope) declares `name`. */
function isShadowed(ts: Ts, node: TS.Node, name: string): boolean {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    // One walk per function serves both questions (its locals' values and its names).
    if (isFunctionLike(ts, current) && getConstLocals(ts, current).has(name)) return true;
  }
  return false;
}

const DECLARATIONS = kindFilter((kinds) => [kinds.VariableDeclaration, kinds.Parameter, kinds.FunctionDeclaration, kinds.BindingElement]);

// ---------------------------------------------------------------------------------------------
// Reachability

/**
 * Code that never runs: a branch of a constant condition (`if (false)`, `DEBUG && ...` with a
 * module-level `const DEBUG = false`), or a statement after `return`/`throw`/`break`/`continue`
 * in its block. Checked from `node` up to the class member that holds it.
 */
export function isUnreachable(ts: Ts, node: TS.Node): boolean {
  let child: TS.Node = node;
  for (let parent = node.parent; parent && !ts.isSourceFile(parent) && !ts.isClassLike(parent); child = parent, parent = parent.parent) {
    switch (parent.kind) {
      case ts.SyntaxKind.IfStatement: {
        const statement = parent as TS.IfStatement;
        if (child === statement.expression) break;
        const condition = evaluateConstant(ts, statement.expression);
        if (condition && Boolean(condition.value) !== (child === statement.thenStatement)) return true;
        break;
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = parent as TS.ConditionalExpression;
        if (child === conditional.condition) break;
        const condition = evaluateConstant(ts, conditional.condition);
        if (condition && Boolean(condition.value) !== (child === conditional.whenTrue)) return true;
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const binary = parent as TS.BinaryExpression;
        if (child !== binary.right) break;
        const kind = binary.operatorToken.kind;
        if (kind !== ts.SyntaxKind.AmpersandAmpersandToken && kind !== ts.SyntaxKind.BarBarToken && kind !== ts.SyntaxKind.QuestionQuestionToken) break;
        const left = evaluateConstant(ts, binary.left);
        if (!left) break;
        if (kind === ts.SyntaxKind.AmpersandAmpersandToken ? !left.value : kind === ts.SyntaxKind.BarBarToken ? Boolean(left.value) : left.value != null)
          return true;
        break;
      }
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.ForStatement: {
        const loop = parent as TS.WhileStatement | TS.ForStatement;
        const test = loop.kind === ts.SyntaxKind.ForStatement ? loop.condition : loop.expression;
        if (child !== loop.statement || !test) break;
        const condition = evaluateConstant(ts, test);
        if (condition && !condition.value) return true;
        break;
      }
      case ts.SyntaxKind.Block:
      case ts.SyntaxKind.CaseClause:
      case ts.SyntaxKind.DefaultClause: {
        // The statement, not its offset: tsserver's incremental parser moves kept nodes.
        const exit = getFirstExit(ts, parent as TS.Block | TS.CaseClause);
        if (exit !== null && child.pos >= exit.end) return true;
        break;
      }
    }
  }
  return false;
}

/** The block's first statement that always exits (null: none): what starts after it never runs. Once per block. */
const getFirstExit = cachedPerKey((ts, block: TS.Block | TS.CaseClause | TS.DefaultClause): TS.Statement | null => {
  for (const statement of block.statements) if (alwaysExits(ts, statement)) return statement;
  return null;
});

/** A statement after which the rest of its block never runs. */
function alwaysExits(ts: Ts, statement: TS.Statement): boolean {
  switch (statement.kind) {
    case ts.SyntaxKind.ReturnStatement:
    case ts.SyntaxKind.ThrowStatement:
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
      return true;
    case ts.SyntaxKind.Block:
      return (statement as TS.Block).statements.some((inner) => alwaysExits(ts, inner));
    case ts.SyntaxKind.IfStatement: {
      const ifStatement = statement as TS.IfStatement;
      const condition = evaluateConstant(ts, ifStatement.expression);
      if (condition) {
        const taken = condition.value ? ifStatement.thenStatement : ifStatement.elseStatement;
        return taken !== undefined && alwaysExits(ts, taken);
      }
      return ifStatement.elseStatement !== undefined && alwaysExits(ts, ifStatement.thenStatement) && alwaysExits(ts, ifStatement.elseStatement);
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Per-class facts

/** A write into what a field holds, not to the field: `this.buf[i] = x`, `this.stats.n++`, `this.buf.set(x)`. */
export interface ContentWrite {
  field: string;
  member: string;
  node: TS.Node;
  /** What is written (the right side, or the call's arguments). */
  values: TS.Expression[];
  kind: 'assign' | 'compound' | 'increment' | 'call';
  /** What is written reads the field or a local alias of it (`seen[i] = Math.max(seen[i], x)`). */
  readsOwnContents: boolean;
}

/** Where the class hands child weights to TF.js: an override of the getter, or a write into the list. */
interface ExposureSite {
  /** Fields named in it (`this.dense` in `...this.dense.trainableWeights`). */
  fields: Set<string>;
  /** It reaches weights we cannot name: `this` whole, a method's result, a local of unknown origin. */
  unknown: boolean;
}

interface CallGraph {
  /** Method -> where members call it as `this.method(...)`. */
  callers: Map<string, Array<{ member: string; call: TS.CallExpression }>>;
  /** Methods used other than as a direct call (`this.method` passed on, bound): they may run at any time. */
  escapingMethods: Set<string>;
}

export interface ClassStateFacts {
  contentWrites: ContentWrite[];
  /** Fields the class calls `.assign()` or `.write()` on. */
  assignedVariableFields: Set<string>;
  /** Getters of trainableWeights/nonTrainableWeights and writes into the weight lists: what model.save() reads. */
  exposures: ExposureSite[];
  /** Overrides `get weights()` (which model.save() does not read). */
  overridesWeightsGetter: boolean;
  /** Overrides getWeights()/setWeights() (which model.save() and loading do not call). */
  overridesGetWeights: boolean;
}

const MUTATING_METHODS: ReadonlySet<string> = new Set(['set', 'fill', 'unshift', 'splice', 'copyWithin', 'reverse', 'sort', 'add', 'delete', 'clear']);
const VARIABLE_WRITES: ReadonlySet<string> = new Set(['assign', 'write']);
const WEIGHT_LISTS: ReadonlySet<string> = new Set(['_trainableWeights', '_nonTrainableWeights', 'trainableWeights', 'nonTrainableWeights']);
const SAVED_WEIGHT_GETTERS: ReadonlySet<string> = new Set(['trainableWeights', 'nonTrainableWeights']);
/** The members whose overrides getClassStateFacts() reads. */
const OVERRIDES_READ: ReadonlySet<string> = new Set([...SAVED_WEIGHT_GETTERS, 'weights', 'getWeights', 'setWeights']);

/** The class's methods by name: method declarations and fields holding a function (arrow methods). */
const getMethodNames = cachedPerKey((ts, layer: LayerClass): Set<string> => {
  const methods = new Set<string>();
  for (const [name, member] of layer.members)
    if (
      ts.isMethodDeclaration(member) ||
      (ts.isPropertyDeclaration(member) && member.initializer && isFunctionLike(ts, skipValueWrappers(ts, member.initializer)))
    )
      methods.add(name);
  return methods;
});

/** The member a body's code runs as: a field initializer runs in the constructor, unless it holds a function (an arrow method). */
function runsAs(ts: Ts, code: MemberCode, methods: ReadonlySet<string>): string {
  return ts.isPropertyDeclaration(code.member) && !methods.has(code.name) ? 'constructor' : code.name;
}

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/** From the member walk's lists (getMemberCode), not another walk over the class. */
export const getClassStateFacts = cachedPerKey((ts, layer: LayerClass): ClassStateFacts => {
  const facts: ClassStateFacts = {
    contentWrites: [],
    assignedVariableFields: new Set(),
    exposures: [],
    overridesWeightsGetter: false,
    overridesGetWeights: false,
  };
  const methods = getMethodNames(ts, layer);
  for (const member of layer.node.members) {
    // The name first: only the weight getters and getWeights()/setWeights() matter here.
    const name = getStaticName(ts, member.name);
    if (name === undefined || !OVERRIDES_READ.has(name) || hasModifier(ts, member, ts.SyntaxKind.StaticKeyword)) continue;
    const body =
      ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)
        ? member.body
        : ts.isPropertyDeclaration(member)
          ? member.initializer
          : undefined;
    if (!body) continue;
    if (SAVED_WEIGHT_GETTERS.has(name))
      facts.exposures.push(ts.isGetAccessorDeclaration(member) ? readExposure(ts, body, methods) : { fields: new Set(), unknown: true });
    if (ts.isGetAccessorDeclaration(member) && name === 'weights') facts.overridesWeightsGetter = true;
    if (ts.isMethodDeclaration(member) && (name === 'getWeights' || name === 'setWeights')) facts.overridesGetWeights = true;
  }
  for (const code of getMemberCode(layer)) {
    if (code.nodes.length === 0) continue;
    const memberName = runsAs(ts, code, methods);
    // `const seen = this.seen!`: a local that is the field's object, written through in place. Made on the first alias: most bodies have none.
    let aliases: ReadonlyMap<string, string> = NO_ALIASES;
    const containerOf = (target: TS.Expression): string | undefined => getContainerField(ts, target) ?? getAliasContainer(ts, target, aliases);
    const nodes = code.nodes;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- for...of makes an iterator result per node until the code is optimized, and this runs once per class
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      switch (node.kind) {
        case ts.SyntaxKind.VariableDeclaration: {
          const declaration = node as TS.VariableDeclaration;
          const field =
            declaration.initializer && ts.isIdentifier(declaration.name) ? getThisPropertyName(ts, skipValueWrappers(ts, declaration.initializer)) : undefined;
          if (field !== undefined && !methods.has(field)) {
            aliases = new Map(aliases).set((declaration.name as TS.Identifier).text, field);
          }
          break;
        }
        case ts.SyntaxKind.BinaryExpression: {
          const binary = node as TS.BinaryExpression;
          if (!isAssignmentOperator(ts, binary.operatorToken.kind)) break;
          const listField = getThisPropertyName(ts, binary.left);
          if (listField !== undefined && WEIGHT_LISTS.has(listField)) {
            facts.exposures.push(readExposure(ts, binary.right, methods));
            break;
          }
          const field = containerOf(binary.left);
          if (field !== undefined) {
            const plain = binary.operatorToken.kind === ts.SyntaxKind.EqualsToken;
            facts.contentWrites.push({
              field,
              member: memberName,
              node,
              values: [binary.right],
              kind: plain ? 'assign' : 'compound',
              readsOwnContents: readsThrough(ts, binary.right, field, aliases),
            });
          }
          break;
        }
        case ts.SyntaxKind.PrefixUnaryExpression:
        case ts.SyntaxKind.PostfixUnaryExpression: {
          const update = node as TS.PrefixUnaryExpression | TS.PostfixUnaryExpression;
          if (update.operator !== ts.SyntaxKind.PlusPlusToken && update.operator !== ts.SyntaxKind.MinusMinusToken) break;
          const field = containerOf(update.operand);
          if (field !== undefined) facts.contentWrites.push({ field, member: memberName, node, values: [], kind: 'increment', readsOwnContents: true });
          break;
        }
        case ts.SyntaxKind.CallExpression: {
          const call = node as TS.CallExpression;
          const access = getMemberAccess(ts, call.expression);
          if (!access) break;
          // `tf.util.shuffle(this.order)` shuffles the field's array in place.
          if ((access.name === 'shuffle' || access.name === 'shuffleCombo') && call.arguments.length > 0) {
            const argument = skipValueWrappers(ts, call.arguments[0]!);
            const shuffled = getThisPropertyName(ts, argument) ?? (ts.isIdentifier(argument) ? aliases.get(argument.text) : undefined);
            if (shuffled !== undefined)
              facts.contentWrites.push({ field: shuffled, member: memberName, node, values: [call], kind: 'call', readsOwnContents: true });
          }
          const receiver = skipValueWrappers(ts, access.object);
          const field = getThisPropertyName(ts, receiver) ?? (ts.isIdentifier(receiver) ? aliases.get(receiver.text) : undefined);
          if (field === undefined) break;
          if (WEIGHT_LISTS.has(field)) facts.exposures.push(readExposure(ts, call, methods));
          else if (VARIABLE_WRITES.has(access.name)) facts.assignedVariableFields.add(field);
          else if (MUTATING_METHODS.has(access.name))
            facts.contentWrites.push({
              field,
              member: memberName,
              node,
              values: [...call.arguments],
              kind: 'call',
              readsOwnContents: call.arguments.some((argument) => readsThrough(ts, argument, field, aliases)),
            });
          break;
        }
      }
    }
  }
  return facts;
});

/** `this.name` not followed by `(` (nor by more of a name). */
const THIS_MEMBER_NOT_CALLED = /this\s*\.\s*([\w$]+)(?![\w$])(?!\s*\()/g;

/** Where the class's own methods are called as `this.method(...)`, and which are used otherwise: asked only for a helper's writes. */
const getCallGraph = cachedPerKey((ts, layer: LayerClass): CallGraph => {
  const graph: CallGraph = { callers: new Map(), escapingMethods: new Set() };
  const methods = getMethodNames(ts, layer);
  if (methods.size === 0) return graph;
  // `this.method` not followed by `(`: passed on or bound, so it may run at any time. Read from the class's
  // text in one pass (a pattern per method scanned the class once per method).
  const classText = layer.node.getSourceFile().text.slice(layer.node.pos, layer.node.end);
  for (const match of classText.matchAll(THIS_MEMBER_NOT_CALLED)) if (methods.has(match[1]!)) graph.escapingMethods.add(match[1]!);
  for (const code of getMemberCode(layer)) {
    const memberName = runsAs(ts, code, methods);
    for (const node of code.nodes) {
      if (node.kind !== ts.SyntaxKind.CallExpression) continue;
      const method = getThisPropertyName(ts, (node as TS.CallExpression).expression);
      if (method !== undefined && methods.has(method)) appendTo(graph.callers, method, { member: memberName, call: node as TS.CallExpression });
    }
  }
  return graph;
});

/** `seen[i]` or `seen.x` where `seen` is a local holding `this.seen`. */
function getAliasContainer(ts: Ts, target: TS.Expression, aliases: ReadonlyMap<string, string>): string | undefined {
  if (aliases.size === 0) return undefined;
  let current = skipValueWrappers(ts, target);
  if (!ts.isPropertyAccessExpression(current) && !ts.isElementAccessExpression(current)) return undefined;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = skipValueWrappers(ts, current.expression);
  return ts.isIdentifier(current) ? aliases.get(current.text) : undefined;
}

/** The expression reads `this.field` or a local alias of it. */
function readsThrough(ts: Ts, value: TS.Node, field: string, aliases: ReadonlyMap<string, string>): boolean {
  let found = false;
  const look = (node: TS.Node): boolean => {
    if (found) return false;
    if (
      getThisPropertyName(ts, node) === field ||
      (ts.isIdentifier(node) && aliases.get(node.text) === field && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node))
    )
      found = true;
    return !found;
  };
  if (look(value)) walk(ts, value, look);
  return found;
}

/** `this.f[i]`, `this.f.x`, `this.f[i][j]`: the field whose contents the target is in (not `this.f` itself). */
function getContainerField(ts: Ts, target: TS.Expression): string | undefined {
  let current = skipValueWrappers(ts, target);
  if (!ts.isPropertyAccessExpression(current) && !ts.isElementAccessExpression(current)) return undefined;
  let depth = 0;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
    const field = getThisPropertyName(ts, current);
    if (field !== undefined) return depth > 0 ? field : undefined;
    current = skipValueWrappers(ts, current.expression);
    depth++;
  }
  return undefined;
}

const EXPOSURE_KINDS = kindFilter((kinds) => [kinds.ThisKeyword, kinds.Identifier]);

/** The fields a getter body or a write into a weight list names, and whether it reaches further. */
function readExposure(ts: Ts, node: TS.Node, methods: ReadonlySet<string>): ExposureSite {
  const site: ExposureSite = { fields: new Set(), unknown: false };
  const locals = new Set<string>();
  const look = (child: TS.Node): boolean => {
    if (child.kind === ts.SyntaxKind.ThisKeyword) {
      const parent = child.parent;
      const name =
        (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === child
          ? getThisPropertyName(ts, parent)
          : undefined;
      if (name === undefined || methods.has(name)) site.unknown = true;
      else if (!WEIGHT_LISTS.has(name)) site.fields.add(name);
    } else if (ts.isIdentifier(child)) {
      const parent = child.parent;
      // A name of a property (`x.trainableWeights`) or a declaration is no value.
      if (
        (ts.isPropertyAccessExpression(parent) && parent.name === child) ||
        ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === child)
      )
        return true;
      if (ts.isVariableDeclaration(parent) || ts.isParameter(parent)) return true;
      // A local whose value comes from elsewhere in the function (`const d = tf.layers.dense(...)`): cannot tell which child it is.
      if (!locals.has(child.text) && !GLOBAL_VALUES.has(child.text)) site.unknown = true;
    }
    return true;
  };
  // Locals declared inside the site itself (`for (const l of this.blocks)`, `(l) => l.weights`) come from what it names.
  walk(
    ts,
    node,
    (child) => {
      if ((ts.isVariableDeclaration(child) || ts.isParameter(child) || ts.isBindingElement(child)) && ts.isIdentifier(child.name)) locals.add(child.name.text);
      return true;
    },
    DECLARATIONS,
  );
  if (look(node)) walk(ts, node, look, EXPOSURE_KINDS);
  return site;
}

const GLOBAL_VALUES: ReadonlySet<string> = new Set(['Array', 'Object', 'undefined', 'concat', 'push']);

/** When a member's code runs: while the layer is made (constructor, build() and helpers only they call), in call(), or at other times. */
export type Phase = 'construction' | 'call' | 'other';

/** Methods TF.js itself calls, or users call: never a construction helper. */
const CONSTRUCTION_MEMBERS: ReadonlySet<string> = new Set(['constructor', 'build']);

/**
 * `isOneTime`: a call site that runs once and makes what construction would (a lazy build in call():
 * `if (!this.builtFromSignature) this.buildFromSignature(query.shape)`); its callee counts as construction.
 */
export function getMemberPhase(ts: Ts, layer: LayerClass, member: string, isOneTime: (ts: Ts, call: TS.CallExpression) => boolean): Phase {
  // Most writes are in these: no call graph needed.
  if (CONSTRUCTION_MEMBERS.has(member)) return 'construction';
  if (member === 'call') return 'call';
  if (LAYER_INSTANCE_MEMBERS.has(member)) return 'other';
  const facts = getCallGraph(ts, layer);
  // Asked once per write: kept per class and per call-site test.
  let byTest = phaseCache.get(facts);
  if (!byTest) phaseCache.set(facts, (byTest = new Map<(ts: Ts, call: TS.CallExpression) => boolean, Map<string, Phase>>()));
  let phases = byTest.get(isOneTime);
  if (!phases) byTest.set(isOneTime, (phases = new Map<string, Phase>()));
  let phase = phases.get(member);
  if (phase === undefined) {
    phase = phaseOf(facts, member, new Set(), (call) => isOneTime(ts, call));
    phases.set(member, phase);
  }
  return phase;
}

const phaseCache = new WeakMap<CallGraph, Map<(ts: Ts, call: TS.CallExpression) => boolean, Map<string, Phase>>>();

function phaseOf(facts: CallGraph, member: string, seen: Set<string>, isOneTime: (call: TS.CallExpression) => boolean): Phase {
  if (CONSTRUCTION_MEMBERS.has(member)) return 'construction';
  if (member === 'call') return 'call';
  if (LAYER_INSTANCE_MEMBERS.has(member) || facts.escapingMethods.has(member) || seen.has(member)) return 'other';
  const sites = facts.callers.get(member);
  if (!sites || sites.length === 0) return 'other';
  seen.add(member);
  let phase: Phase = 'construction';
  for (const site of sites) {
    const callerPhase = isOneTime(site.call) ? 'construction' : phaseOf(facts, site.member, seen, isOneTime);
    if (callerPhase === 'call') phase = 'call';
    else if (callerPhase === 'other' && phase === 'construction') phase = 'other';
  }
  seen.delete(member);
  return phase;
}

/** Inside `if (<test of a field>) ...` or `<test of a field> && ...`: code a flag or a cache on `this` guards. */
export function isGuardedByField(ts: Ts, node: TS.Node): boolean {
  let child: TS.Node = node;
  for (let parent = node.parent; parent && !isFunctionLike(ts, parent) && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && testsField(ts, parent.expression)) return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      testsField(ts, parent.left)
    )
      return true;
  }
  return false;
}

function testsField(ts: Ts, condition: TS.Expression): boolean {
  if (getThisPropertyName(ts, skipValueWrappers(ts, condition)) !== undefined) return true;
  let found = false;
  walk(ts, condition, (node) => {
    if (getThisPropertyName(ts, node) !== undefined) found = true;
    return !found;
  });
  return found;
}

/**
 * Whether the class hands `field`'s weights to what model.save() reads (trainableWeights,
 * nonTrainableWeights), directly or through an ancestor of the file. Undefined: cannot tell.
 */
export function exposesFieldWeights(ts: Ts, chain: readonly LayerClass[], field: string): boolean {
  for (const current of chain) {
    for (const site of getClassStateFacts(ts, current).exposures) {
      if (site.unknown || site.fields.has(field)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Values through names

/** Top-level `function f() {}` and `const f = () => ...` of the file, by name. */
export const getModuleFunctions = cachedPerKey((ts, sourceFile: TS.SourceFile): Map<string, TS.FunctionLikeDeclaration> => {
  const found = new Map<string, TS.FunctionLikeDeclaration>();
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) found.set(statement.name.text, statement);
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer && skipValueWrappers(ts, declaration.initializer);
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) found.set(declaration.name.text, init);
      }
    }
  }
  return found;
});

/** `const x = <init>` declared in a function (nested blocks included), by name; a name declared twice is left out. */
const getConstLocals = cachedPerKey((ts, fn: TS.Node): Map<string, TS.Expression | null> => {
  const found = new Map<string, TS.Expression | null>();
  // A constructor's or a method's body is walked through the flattened copy other checks share.
  const body = (ts.isConstructorDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.body ? fn.body : undefined;
  (body ? walkMemberBody : walk)(
    ts,
    body ?? fn,
    (node) => {
      if (isFunctionLike(ts, node)) {
        // A nested function's own name is declared here; what it declares inside is its own.
        if (ts.isFunctionDeclaration(node) && node.name) found.set(node.name.text, null);
        return false;
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        const list = node.parent;
        const isConst = ts.isVariableDeclarationList(list) && (list.flags & 7) === 2;
        found.set(node.name.text, found.has(node.name.text) || !isConst || !node.initializer ? null : node.initializer);
      } else if ((ts.isParameter(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) found.set(node.name.text, null);
      return true;
    },
    DECLARATIONS_AND_FUNCTIONS,
  );
  const fnNode = fn as TS.FunctionLikeDeclaration;
  for (const parameter of fnNode.parameters ?? []) for (const name of ts.isIdentifier(parameter.name) ? [parameter.name.text] : []) found.set(name, null);
  return found;
});

const DECLARATIONS_AND_FUNCTIONS = kindFilter((kinds) => [kinds.VariableDeclaration, kinds.Parameter, kinds.BindingElement], { functions: true });

/** Follows `const x = ...` locals of the enclosing functions to the expression they hold (a few steps). */
export function resolveConstValue(ts: Ts, node: TS.Expression): TS.Expression {
  let value = skipValueWrappers(ts, node);
  for (let step = 0; step < 4 && ts.isIdentifier(value); step++) {
    let init: TS.Expression | null | undefined;
    for (let scope = value.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
      if (!isFunctionLike(ts, scope)) continue;
      init = getConstLocals(ts, scope).get(value.text);
      if (init !== undefined) break;
    }
    // A module-level `const` the function does not shadow.
    if (init === undefined) {
      const moduleInit = getModuleConstants(ts, value.getSourceFile()).get(value.text);
      if (moduleInit && !isShadowed(ts, value, value.text)) init = moduleInit;
    }
    if (!init) break;
    value = skipValueWrappers(ts, init);
  }
  // `Mode.Max` of an enum of the file: its initializer.
  const member = getEnumMemberValue(ts, value);
  return member ?? value;
}

/** Enums declared at the top of the file: name -> member -> initializer. */
export const getModuleEnums = cachedPerKey((ts, sourceFile: TS.SourceFile): Map<string, Map<string, TS.Expression | undefined>> => {
  const found = new Map<string, Map<string, TS.Expression | undefined>>();
  for (const statement of sourceFile.statements) {
    if (statement.kind !== ts.SyntaxKind.EnumDeclaration) continue;
    const declaration = statement as TS.EnumDeclaration;
    const members = found.get(declaration.name.text) ?? new Map<string, TS.Expression | undefined>();
    for (const member of declaration.members) {
      const name = getStaticName(ts, member.name);
      if (name !== undefined) members.set(name, member.initializer);
    }
    found.set(declaration.name.text, members);
  }
  return found;
});

function getEnumMemberValue(ts: Ts, node: TS.Expression): TS.Expression | undefined {
  // Asked of every value resolveConstValue() sees: the kind first, no access object until an enum of that name exists.
  if (node.kind !== ts.SyntaxKind.PropertyAccessExpression && node.kind !== ts.SyntaxKind.ElementAccessExpression) return undefined;
  const owner = skipValueWrappers(ts, (node as TS.PropertyAccessExpression | TS.ElementAccessExpression).expression);
  if (!ts.isIdentifier(owner)) return undefined;
  // The enum first: most files declare none, and the scope walk is dearer.
  const members = getModuleEnums(ts, node.getSourceFile()).get(owner.text);
  const access = members && getMemberAccess(ts, node);
  if (!members || !access || isShadowed(ts, owner, owner.text)) return undefined;
  const init = members.get(access.name);
  return init && skipValueWrappers(ts, init);
}
