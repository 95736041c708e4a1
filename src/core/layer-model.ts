// The facts the checks judge, one LayerClass per TF.js layer class in a file:
// what its constructor reads and stores, what getConfig() emits, its className,
// every write to `this`, and how it is registered. Facts only; verdicts live in checks/.
import type * as TS from 'typescript';
import { isObjectAssign, readConstructorConfig, type ConstructorConfig } from './constructor-config';
import { readGetConfig, type GetConfigFacts } from './get-config';
import type { TfjsBaseClass } from './tfjs-bindings';
import {
  getMemberName,
  getStaticName,
  getStringLiteralValue,
  getThisPropertyName,
  hasModifier,
  hasOffsetWithin,
  indexWords,
  isAssignmentOperator,
  isTypeSyntax,
  kindFilter,
  skipValueWrappers,
  spellsWithin,
  walk,
  walkMemberBody,
  type Ts,
} from './ts-ast';

export type LayerBase =
  /** `throughOwnModule`: reached as `import {Layer} from './topology'`, as TF.js's own sources do. */
  | { kind: 'tfjs'; name: TfjsBaseClass; throughOwnModule?: boolean }
  /** A layer class of this file or, with type information, of another file of the program. */
  | { kind: 'class'; layer: LayerClass }
  /**
   * A base whose code is not analysed: from another module without type information
   * (then the class is a layer by its shape), or from a package's declarations.
   */
  | { kind: 'external'; derivesFromLayerByType?: boolean };

export interface ClassNameFacts {
  /** The member or the `X.className = ...` assignment. */
  node: TS.Node;
  /** The string when it is spelled as a literal; undefined for `this.name`, `X.name`, ... */
  value?: string;
  valueNode?: TS.Node;
  /** `this.name` or the class's own `X.name`: each class (and each subclass that inherits it) is named as its JS class. */
  perClass?: boolean;
}

export interface FieldWrite {
  field: string;
  /** `constructor` (field initializers too), or the method's name. */
  member: string;
  node: TS.Node;
  /** Right side of `=` (or the field initializer, or the pushed value). */
  value?: TS.Expression;
  kind: 'assign' | 'compound' | 'increment' | 'push';
}

export interface RegistrationCall {
  node: TS.CallExpression;
  /** The callee's last name: `registerClass`, or a project helper such as `registerLayer`. */
  calleeName: string;
  /** `tf.serialization.registerClass` (or an alias of it) as TF.js exports it. */
  isTfjsRegisterClass: boolean;
  /** The class passed (by its binding name, `this` in a static block). */
  className: string;
  /** The expression naming a class of another module, for resolving it across files with type information. */
  argument?: TS.Expression;
  /** The class of this file it registers, when the analysis resolved it. */
  target?: TS.ClassLikeDeclaration;
  /** Runs when the module loads: a top-level statement, a static block, a function the module calls. */
  atModuleLevel: boolean;
  /** May run when the module loads: inside a function other code may call (exported, passed on, a method). */
  unsure?: boolean;
}

export interface LayerClass {
  node: TS.ClassLikeDeclaration;
  /** The binding it is known by: its own name, or the variable a class expression is assigned to. */
  name?: string;
  /** Where that name is written: findings about the whole class are reported there. */
  nameNode?: TS.Node;
  /** The top-level statement holding the class, for edits placed after it; absent inside functions. */
  statement?: TS.Statement;
  isAbstract: boolean;
  base: LayerBase;
  /** Every class up to TF.js's Layer was analysed (in this file, or in the program with types), so what is inherited is known. */
  ancestryKnown: boolean;
  /** Subclasses in the same file. */
  subclasses: LayerClass[];
  ctor?: ConstructorConfig;
  getConfig?: GetConfigFacts;
  className?: ClassNameFacts;
  /** Own instance members by name (methods, accessors, fields). */
  members: Map<string, TS.ClassElement>;
  /** Own static member names (`className`, `fromConfig`, ...). */
  staticMembers: Set<string>;
  fieldWrites: FieldWrite[];
  /** Fields holding `this.addWeight(...)`: tracked by TF.js. */
  weightFields: Set<string>;
  /** Overrides `weights`/`trainableWeights` or pushes into `_trainableWeights`: nested layers' weights can be saved. */
  exposesChildWeights: boolean;
  /** `Object.assign(this, ...)` or `this[key] = ...`: fields appear that the code does not name. */
  assignsUnnamedFields: boolean;
  registrations: RegistrationCall[];
}

/** What readLayerMembers() learns from the class's own code alone. */
type MemberFacts = Pick<
  LayerClass,
  'ctor' | 'getConfig' | 'className' | 'members' | 'staticMembers' | 'fieldWrites' | 'weightFields' | 'exposesChildWeights' | 'assignsUnnamedFields'
>;

/**
 * By class node. After an edit, tsserver's incremental parser keeps the nodes of every class the
 * edit did not touch (only moving their positions), and the facts hold nodes, not offsets: an
 * edit re-reads one class instead of the file. Checks read the facts and never change them.
 */
const memberFactsByClass = new WeakMap<TS.ClassLikeDeclaration, MemberFacts>();

/**
 * An instance member's code as the member walk met it: the nodes of its body that questions about
 * the class act on (writes into a field's contents, which method calls which; see keepsNode()),
 * nested classes and type syntax left out, in walk order. Those questions read these lists instead of
 * walking the bodies again. Only bodies that spell `this` are kept: every such question is about `this`.
 */
export interface MemberCode {
  /** 'constructor', or the member's name. */
  name: string;
  member: TS.ClassElement;
  body: TS.Node;
  nodes: TS.Node[];
}

/** By class node, like memberFactsByClass; set by readMembers(). */
const memberCodeByClass = new WeakMap<TS.ClassLikeDeclaration, MemberCode[]>();

/** The code of the layer's instance members (constructor, methods, accessors, field initializers) that spells `this`. */
export function getMemberCode(layer: LayerClass): readonly MemberCode[] {
  return memberCodeByClass.get(layer.node) ?? [];
}

/** Reads the members of a class already known to be a layer. */
export function readLayerMembers(ts: Ts, layer: LayerClass): void {
  const known = memberFactsByClass.get(layer.node);
  if (known) {
    Object.assign(layer, known);
    return;
  }
  readMembers(ts, layer);
  const { ctor, getConfig, className, members, staticMembers, fieldWrites, weightFields, exposesChildWeights, assignsUnnamedFields } = layer;
  memberFactsByClass.set(layer.node, {
    ctor,
    getConfig,
    className,
    members,
    staticMembers,
    fieldWrites,
    weightFields,
    exposesChildWeights,
    assignsUnnamedFields,
  });
}

function readMembers(ts: Ts, layer: LayerClass): void {
  const code: MemberCode[] = [];
  memberCodeByClass.set(layer.node, code);
  for (const member of layer.node.members) {
    const name = getStaticName(ts, member.name);
    const isStatic = hasModifier(ts, member, ts.SyntaxKind.StaticKeyword);
    if (ts.isConstructorDeclaration(member)) {
      if (member.body && !layer.ctor) layer.ctor = readConstructorConfig(ts, member);
      collectFieldWrites(ts, layer, code, member, member.body, 'constructor');
      continue;
    }
    if (name === undefined) continue;
    if (isStatic) {
      layer.staticMembers.add(name);
      if (name === 'className') layer.className = readClassNameMember(ts, member);
      continue;
    }
    layer.members.set(name, member);
    if (name === 'getConfig' && ((ts.isMethodDeclaration(member) && member.body) || (ts.isPropertyDeclaration(member) && member.initializer)))
      layer.getConfig = readGetConfig(ts, member);
    if (ts.isPropertyDeclaration(member) && member.initializer) {
      layer.fieldWrites.push({ field: name, member: 'constructor', node: member, value: member.initializer, kind: 'assign' });
      collectInitializerCode(ts, code, member, member.initializer, name);
    }
    if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member))
      collectFieldWrites(ts, layer, code, member, member.body, name);
    if (CHILD_WEIGHT_MEMBERS.has(name)) layer.exposesChildWeights = true;
  }
  for (const write of layer.fieldWrites) {
    if (write.kind === 'assign' && write.value && isAddWeightCall(ts, write.value)) layer.weightFields.add(write.field);
  }
}

const MEMBERS_READ_AGAIN: ReadonlySet<string> = new Set(['constructor', 'getConfig', 'build', 'computeOutputShape']);
const CHILD_WEIGHT_MEMBERS: ReadonlySet<string> = new Set(['weights', 'trainableWeights', 'nonTrainableWeights', 'getWeights']);
const WEIGHT_LISTS: ReadonlySet<string> = new Set(['_trainableWeights', '_nonTrainableWeights', 'trainableWeights', 'nonTrainableWeights']);

/** Statements and callbacks: where the member walk steps over code that spells neither `this` nor `shuffle` (see collectFieldWrites()). */
const codeBlockKinds = (kinds: typeof TS.SyntaxKind): TS.SyntaxKind[] => [
  kinds.Block,
  kinds.ExpressionStatement,
  kinds.VariableStatement,
  kinds.ReturnStatement,
  kinds.IfStatement,
  kinds.ForStatement,
  kinds.ForOfStatement,
  kinds.ForInStatement,
  kinds.WhileStatement,
  kinds.DoStatement,
  kinds.TryStatement,
  kinds.SwitchStatement,
  kinds.ThrowStatement,
  kinds.ArrowFunction,
  kinds.FunctionExpression,
];
const CODE_BLOCKS = kindFilter(codeBlockKinds);
const FIELD_WRITE_KINDS = kindFilter(
  (kinds) => [
    kinds.ClassDeclaration,
    kinds.ClassExpression,
    kinds.BinaryExpression,
    kinds.PrefixUnaryExpression,
    kinds.PostfixUnaryExpression,
    kinds.CallExpression,
    kinds.VariableDeclaration,
    ...codeBlockKinds(kinds),
  ],
  { typeSyntax: true },
);

/** Every write to `this` in a member body, and the body's MemberCode. One switch per node: this walk covers all the class code. */
function collectFieldWrites(ts: Ts, layer: LayerClass, code: MemberCode[], member: TS.ClassElement, body: TS.Block | undefined, name: string): void {
  // Every write to a field spells `this` (a helper that never does is common in real layers).
  if (!body) return;
  const text = body.getSourceFile().text;
  if (!spellsWithin(text, 'this', body.pos, body.end)) return;
  // What the walk records and keeps spells `this`, `shuffle` or a local alias of a field (keepsNode()), and so
  // does every statement around it: until the first alias, a statement or callback that spells neither
  // `this` nor `shuffle` is stepped over whole. (Other writes, such as `out[i] = v`, are kept for nothing.)
  const words = indexWords(text, 'this', 'shuffle', body.pos, body.end);
  const codeBlocks = CODE_BLOCKS(ts);
  const nodes: TS.Node[] = [];
  // The fields' local aliases seen so far in this body (`const seen = this.seen`).
  const aliases = new Set<string>();
  code.push({ name, member, body, nodes });
  // The bodies the checks read again are walked through the flattened copy they will reuse.
  const visitBody = MEMBERS_READ_AGAIN.has(name) ? walkMemberBody : walk;
  visitBody(
    ts,
    body,
    (node) => {
      if (codeBlocks[node.kind] === 1) return aliases.size > 0 || hasOffsetWithin(words, node.pos, node.end);
      if (isTypeSyntax(ts, node)) return false;
      switch (node.kind) {
        case ts.SyntaxKind.ClassDeclaration:
        case ts.SyntaxKind.ClassExpression:
          return false;
        case ts.SyntaxKind.BinaryExpression:
          // Most binary expressions compute (`a * b`, `x == null`): only assignments are kept or recorded.
          if (!isAssignmentOperator(ts, (node as TS.BinaryExpression).operatorToken.kind)) break;
          if (keepsNode(ts, node, aliases)) nodes.push(node);
          recordAssignment(ts, layer, node as TS.BinaryExpression, name);
          break;
        case ts.SyntaxKind.PrefixUnaryExpression:
        case ts.SyntaxKind.PostfixUnaryExpression: {
          if (keepsNode(ts, node, aliases)) nodes.push(node);
          const update = node as TS.PrefixUnaryExpression | TS.PostfixUnaryExpression;
          const field =
            update.operator === ts.SyntaxKind.PlusPlusToken || update.operator === ts.SyntaxKind.MinusMinusToken
              ? getThisPropertyName(ts, update.operand)
              : undefined;
          if (field !== undefined) layer.fieldWrites.push({ field, member: name, node, kind: 'increment' });
          break;
        }
        case ts.SyntaxKind.CallExpression:
          if (keepsNode(ts, node, aliases)) nodes.push(node);
          recordCall(ts, layer, node as TS.CallExpression, name);
          break;
        case ts.SyntaxKind.VariableDeclaration:
          if (keepsNode(ts, node, aliases)) nodes.push(node);
          break;
      }
      return true;
    },
    FIELD_WRITE_KINDS,
  );
}

/**
 * Which nodes a MemberCode keeps, in one body's walk order: what the questions asked of it can act
 * on (state-facts.ts: getClassStateFacts() and the call graph), and nothing else, so most calls and
 * expressions of a body are not kept:
 * - `const seen = this.seen`: a local alias of a field (its name is remembered for the calls below);
 * - an assignment or `++`/`--` to a member access (`this.f = `, `this.f[i] = `, `seen.n++`);
 * - a call of a member of `this.f` or of an alias (`this.buf.set(...)`, `this._trainableWeights.push(...)`,
 *   `seen.add(x)`), of `this.method(...)`, or of `shuffle`.
 */
function keepsNode(ts: Ts, node: TS.Node, aliases: Set<string>): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.VariableDeclaration: {
      const declaration = node as TS.VariableDeclaration;
      if (
        !declaration.initializer ||
        !ts.isIdentifier(declaration.name) ||
        getThisPropertyName(ts, skipValueWrappers(ts, declaration.initializer)) === undefined
      )
        return false;
      aliases.add(declaration.name.text);
      return true;
    }
    case ts.SyntaxKind.BinaryExpression: {
      const binary = node as TS.BinaryExpression;
      return isAssignmentOperator(ts, binary.operatorToken.kind) && isAccess(ts, binary.left);
    }
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
      return isAccess(ts, (node as TS.PrefixUnaryExpression | TS.PostfixUnaryExpression).operand);
    case ts.SyntaxKind.CallExpression: {
      const callee = skipValueWrappers(ts, (node as TS.CallExpression).expression);
      if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) return false;
      const receiver = skipValueWrappers(ts, callee.expression);
      if (receiver.kind === ts.SyntaxKind.ThisKeyword || isAccess(ts, receiver) || (ts.isIdentifier(receiver) && aliases.has(receiver.text))) return true;
      const name = getMemberName(ts, callee);
      return name === 'shuffle' || name === 'shuffleCombo';
    }
    default:
      return false;
  }
}

function isAccess(ts: Ts, node: TS.Node): boolean {
  const expression = skipValueWrappers(ts, node as TS.Expression);
  return ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression);
}

/** A field initializer's MemberCode (an arrow method, or a value computed from `this`); its writes are not the class's field writes. */
function collectInitializerCode(ts: Ts, code: MemberCode[], member: TS.ClassElement, initializer: TS.Expression, name: string): void {
  if (!spellsWithin(initializer.getSourceFile().text, 'this', initializer.pos, initializer.end)) return;
  const nodes: TS.Node[] = [];
  // The fields' local aliases seen so far in this body (`const seen = this.seen`).
  const aliases = new Set<string>();
  const visit = (node: TS.Node): boolean => {
    if (isTypeSyntax(ts, node) || ts.isClassLike(node)) return false;
    if (FIELD_WRITE_KINDS(ts)[node.kind] === 1 && keepsNode(ts, node, aliases)) nodes.push(node);
    return true;
  };
  if (visit(initializer)) walk(ts, initializer, visit, FIELD_WRITE_KINDS);
  code.push({ name, member, body: initializer, nodes });
}

function recordAssignment(ts: Ts, layer: LayerClass, node: TS.BinaryExpression, member: string): void {
  const operator = node.operatorToken.kind;
  if (!isAssignmentOperator(ts, operator)) return;
  // [this.height, this.width] = args.poolSize; ({a: this.a} = args)
  if (operator === ts.SyntaxKind.EqualsToken && (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left))) {
    walk(ts, node.left, (target) => {
      const field = getThisPropertyName(ts, target);
      if (field !== undefined) layer.fieldWrites.push({ field, member, node: target, kind: 'assign' });
      return field === undefined;
    });
    return;
  }
  const field = getThisPropertyName(ts, node.left);
  if (field === undefined) {
    if (ts.isElementAccessExpression(node.left) && node.left.expression.kind === ts.SyntaxKind.ThisKeyword) layer.assignsUnnamedFields = true;
    return;
  }
  const plain = operator === ts.SyntaxKind.EqualsToken;
  layer.fieldWrites.push({ field, member, node, value: plain ? node.right : undefined, kind: plain ? 'assign' : 'compound' });
  if (WEIGHT_LISTS.has(field)) layer.exposesChildWeights = true;
}

function recordCall(ts: Ts, layer: LayerClass, node: TS.CallExpression, member: string): void {
  if (isObjectAssign(ts, node.expression) && node.arguments[0]?.kind === ts.SyntaxKind.ThisKeyword) layer.assignsUnnamedFields = true;
  // this.cache.push(x), this._trainableWeights.push(...child.trainableWeights)
  if (!ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'push') return;
  const field = getThisPropertyName(ts, node.expression.expression);
  if (field === undefined) return;
  if (WEIGHT_LISTS.has(field)) layer.exposesChildWeights = true;
  else layer.fieldWrites.push({ field, member, node, value: node.arguments[0], kind: 'push' });
}

function readClassNameMember(ts: Ts, member: TS.ClassElement): ClassNameFacts {
  if (ts.isPropertyDeclaration(member)) {
    return { node: member, value: getStringLiteralValue(ts, member.initializer), valueNode: member.initializer };
  }
  if (ts.isGetAccessorDeclaration(member) && member.body) {
    const [only] = member.body.statements;
    if (member.body.statements.length === 1 && only && ts.isReturnStatement(only)) {
      return { node: member, value: getStringLiteralValue(ts, only.expression), valueNode: only.expression };
    }
  }
  return { node: member };
}

export function isAddWeightCall(ts: Ts, node: TS.Expression): boolean {
  let expression: TS.Node = node;
  while (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) expression = expression.expression;
  return ts.isCallExpression(expression) && getThisPropertyName(ts, expression.expression) === 'addWeight';
}
