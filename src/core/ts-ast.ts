// Small questions about TypeScript syntax nodes. The `typescript` module is passed in,
// never imported, so the tsserver plugin can run on the instance tsserver hands it.
import type * as TS from 'typescript';

/**
 * The members of the `typescript` module the analysis and its front ends use. `Ts` is typed from
 * this list, so reaching for another member is a type error until it is added here.
 */
const TS_MEMBERS = [
  'DiagnosticCategory',
  'NodeFlags',
  'ObjectFlags',
  'ScriptKind',
  'ScriptTarget',
  'SymbolFlags',
  'SyntaxKind',
  'TypeFlags',
  'createScanner',
  'createSourceFile',
  'forEachChild',
  'getModifiers',
  'isArrayLiteralExpression',
  'isArrowFunction',
  'isAsExpression',
  'isBinaryExpression',
  'isBindingElement',
  'isBlock',
  'isCallExpression',
  'isClassDeclaration',
  'isClassExpression',
  'isClassLike',
  'isClassStaticBlockDeclaration',
  'isComputedPropertyName',
  'isConditionalExpression',
  'isConstructorDeclaration',
  'isElementAccessExpression',
  'isExpressionStatement',
  'isArrayBindingPattern',
  'isExternalModuleReference',
  'isForInStatement',
  'isForOfStatement',
  'isFunctionDeclaration',
  'isFunctionExpression',
  'isGetAccessorDeclaration',
  'isIdentifier',
  'isIfStatement',
  'isImportDeclaration',
  'isImportEqualsDeclaration',
  'isLiteralTypeNode',
  'isMethodDeclaration',
  'isNamedImports',
  'isNamespaceImport',
  'isNewExpression',
  'isNoSubstitutionTemplateLiteral',
  'isNonNullExpression',
  'isNumericLiteral',
  'isObjectBindingPattern',
  'isObjectLiteralExpression',
  'isParameter',
  'isParameterPropertyDeclaration',
  'isParenthesizedExpression',
  'isParenthesizedTypeNode',
  'isPrefixUnaryExpression',
  'isPrivateIdentifier',
  'isPropertyAccessExpression',
  'isPropertyAssignment',
  'isPropertyDeclaration',
  'isReturnStatement',
  'isSatisfiesExpression',
  'isSetAccessorDeclaration',
  'isShorthandPropertyAssignment',
  'isSourceFile',
  'isSpreadAssignment',
  'isSpreadElement',
  'isStatement',
  'isStringLiteral',
  'isUnionTypeNode',
  'isVariableDeclaration',
  'isVariableDeclarationList',
  'isVariableStatement',
  'isVoidExpression',
] as const;

export type Ts = Pick<typeof TS, (typeof TS_MEMBERS)[number]>;

/** Strips the wrappers that do not change a value: `(x)`, `x as T`, `<T>x`, `x!`, `x satisfies T`. */
export function skipValueWrappers(ts: Ts, node: TS.Expression): TS.Expression {
  // A table lookup per step: this runs for most expressions the checks look at, and most are no wrapper.
  const wrappers = wrapperTableTs === ts && wrapperTable ? wrapperTable : wrapperKinds(ts);
  let current = node;
  while (wrappers[current.kind] === 1) current = (current as TS.ParenthesizedExpression).expression;
  return current;
}

const VALUE_WRAPPERS = kindFilter((kinds) => [
  kinds.ParenthesizedExpression,
  kinds.AsExpression,
  kinds.NonNullExpression,
  kinds.TypeAssertionExpression,
  kinds.SatisfiesExpression,
]);
// The last instance's table, kept beside VALUE_WRAPPERS' own cache: the common path makes no call.
let wrapperTable: Uint8Array | undefined;
let wrapperTableTs: Ts | undefined;

function wrapperKinds(ts: Ts): Uint8Array {
  wrapperTable = VALUE_WRAPPERS(ts);
  wrapperTableTs = ts;
  return wrapperTable;
}

/**
 * Whether `word` is written in text[start, end). Not indexOf(word, start): where the span lacks the
 * word, that search runs on to the next one in the file, and asked once per node it goes quadratic.
 */
export function spellsWithin(text: string, word: string, start: number, end: number): boolean {
  return text.slice(start, end).includes(word);
}

/** Adds `value` to the list kept under `key`: the facts index several lists by name (writes by field, entries by key). */
export function appendTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Where either word is written in text[start, end), in order: an index hasOffsetWithin() asks which spans
 * spell one, so a walk can step over the subtrees that cannot hold what it looks for.
 */
export function indexWords(text: string, first: string, second: string, start = 0, end = text.length): number[] {
  // indexOf per word and a merge, not a pattern's exec(): that made a match array per hit.
  const firsts = offsetsOf(text, first, start, end);
  const seconds = offsetsOf(text, second, start, end);
  if (seconds.length === 0) return firsts;
  const offsets: number[] = [];
  let f = 0;
  let s = 0;
  while (f < firsts.length || s < seconds.length)
    offsets.push(s >= seconds.length || (f < firsts.length && firsts[f]! < seconds[s]!) ? firsts[f++]! : seconds[s++]!);
  return offsets;
}

/** Where `word` is written in text[start, end), in order (searched in the span alone, as spellsWithin()). */
export function offsetsOf(text: string, word: string, start = 0, end = text.length): number[] {
  const span = start === 0 && end === text.length ? text : text.slice(start, end);
  const offsets: number[] = [];
  for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + word.length)) offsets.push(start + at);
  return offsets;
}

/** Whether a sorted list of text offsets has one in [start, end): a binary search, for word indexes of a file. */
export function hasOffsetWithin(offsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < end;
}

/** The static name of a property or member: `a`, `'a'`, `["a"]`, `0`. */
export function getStaticName(ts: Ts, name: TS.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const inner = skipValueWrappers(ts, name.expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** `obj.name` or `obj['name']`: the object and the name, when the name is static. */
export function getMemberAccess(ts: Ts, node: TS.Node): { object: TS.Expression; name: string; nameNode: TS.Node } | undefined {
  const nameNode = getAccessedNameNode(ts, node);
  return nameNode && { object: (node as TS.PropertyAccessExpression | TS.ElementAccessExpression).expression, name: nameNode.text, nameNode };
}

/** The name of `obj.name` or `obj['name']` alone, without the object getMemberAccess() makes. */
export function getMemberName(ts: Ts, node: TS.Node): string | undefined {
  return getAccessedNameNode(ts, node)?.text;
}

/** `this.x` or `this['x']`: returns `x`. No result object: the walks ask this of nearly every node. */
export function getThisPropertyName(ts: Ts, node: TS.Node): string | undefined {
  const nameNode = getAccessedNameNode(ts, node);
  return nameNode && skipValueWrappers(ts, (node as TS.PropertyAccessExpression | TS.ElementAccessExpression).expression).kind === ts.SyntaxKind.ThisKeyword
    ? nameNode.text
    : undefined;
}

/** The name of `obj.name`, or the string of `obj['name']`. */
function getAccessedNameNode(ts: Ts, node: TS.Node): TS.MemberName | TS.StringLiteral | TS.NoSubstitutionTemplateLiteral | undefined {
  // Kinds compared here, not through ts.isX(): the walks ask this of nearly every node.
  if (node.kind === ts.SyntaxKind.PropertyAccessExpression) return (node as TS.PropertyAccessExpression).name;
  if (node.kind !== ts.SyntaxKind.ElementAccessExpression) return undefined;
  const argument = skipValueWrappers(ts, (node as TS.ElementAccessExpression).argumentExpression);
  return ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument) ? argument : undefined;
}

/** A call of `super.name(...)`. */
export function isSuperMethodCall(ts: Ts, node: TS.Node, name: string): node is TS.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const access = getMemberAccess(ts, node.expression);
  return access?.name === name && access.object.kind === ts.SyntaxKind.SuperKeyword;
}

export function isAssignmentOperator(ts: Ts, kind: TS.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

export function isFunctionLike(ts: Ts, node: TS.Node): boolean {
  // One switch: the file walk asks this of every block.
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.ClassStaticBlockDeclaration:
      return true;
    default:
      return false;
  }
}

/** The kinds isFunctionLike() answers true for. */
function functionKinds(kinds: typeof TS.SyntaxKind): TS.SyntaxKind[] {
  return [
    kinds.FunctionDeclaration,
    kinds.FunctionExpression,
    kinds.ArrowFunction,
    kinds.MethodDeclaration,
    kinds.Constructor,
    kinds.GetAccessor,
    kinds.SetAccessor,
    kinds.ClassStaticBlockDeclaration,
  ];
}

/** A type annotation or type expression: it holds no value, call or class a walk looks for. */
export function isTypeSyntax(ts: Ts, node: TS.Node): boolean {
  return node.kind >= ts.SyntaxKind.FirstTypeNode && node.kind <= ts.SyntaxKind.LastTypeNode;
}

/**
 * `compute` run once per key (a node, an analysis) and kept as long as the key lives. tsserver's
 * incremental parser keeps the nodes an edit did not touch and only moves them, so what is kept
 * must hold nodes, never offsets.
 */
export function cachedPerKey<Key extends object, Value>(compute: (ts: Ts, key: Key) => Value): (ts: Ts, key: Key) => Value {
  const cache = new WeakMap<Key, Value>();
  return (ts, key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(ts, key);
      cache.set(key, value);
    }
    return value;
  };
}

/** cachedPerKey() for answers that need no TypeScript (a file's newline, a layer's facts); `undefined` is an answer too. */
export function cachedPerObject<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const cache = new WeakMap<Key, Value>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as Value;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * Visits every descendant of `node` in source order; return `false` from `visit` to skip a subtree.
 * With `only`, `visit` is called for nodes of those kinds alone (see walkMemberBody()).
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a visitor may return nothing; only `false` skips the subtree
export function walk(ts: Ts, node: TS.Node, visit: (node: TS.Node) => boolean | void, only?: KindFilter): void {
  const lastToken = ts.SyntaxKind.LastToken;
  const wanted = only?.(ts);
  const step = (child: TS.Node): void => {
    const kind = child.kind;
    if ((wanted === undefined || wanted[kind] === 1) && visit(child) === false) return;
    // Identifiers, keywords and punctuation have no children: no forEachChild call for them.
    if (kind > lastToken) ts.forEachChild(child, step);
  };
  ts.forEachChild(node, step);
}

/** A subtree in walk order, with each node's kind and where its subtree ends, so it can be walked again as an array. */
interface FlatTree {
  nodes: TS.Node[];
  kinds: Uint16Array;
  subtreeEnds: Int32Array;
}

const flatTrees = new WeakMap<TS.Node, FlatTree>();

/**
 * walk() for the bodies several checks read (constructor, getConfig(), build()): the first call
 * flattens the body and keeps it with the AST, later calls visit the array, which costs a
 * third of a tree walk. Same order, same subtree skipping.
 *
 * With `only`, `visit` is called for nodes of those kinds alone, and every other node is stepped
 * over without a call: most visitors act on two or three kinds, and calling them for each
 * identifier and token was most of what a walk of the array cost.
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as walk()
export function walkMemberBody(ts: Ts, body: TS.Node, visit: (node: TS.Node) => boolean | void, only?: KindFilter): void {
  let tree = flatTrees.get(body);
  if (!tree) {
    tree = flattenTree(ts, body);
    flatTrees.set(body, tree);
  }
  const { nodes, kinds, subtreeEnds } = tree;
  const wanted = only?.(ts);
  for (let index = 0; index < nodes.length;) {
    if (wanted?.[kinds[index]!] === 0) index++;
    else index = visit(nodes[index]!) === false ? subtreeEnds[index]! : index + 1;
  }
}

/** The kinds a visitor acts on, as a table indexed by kind: see walkMemberBody(). */
export type KindFilter = (ts: Ts) => Uint8Array;

/**
 * Builds a KindFilter once per TypeScript instance: kind numbers differ between versions.
 * `typeSyntax` and `functions` add those whole ranges, for visitors that skip them.
 */
export function kindFilter(
  listKinds: (kinds: typeof TS.SyntaxKind) => readonly TS.SyntaxKind[],
  add: { typeSyntax?: boolean; functions?: boolean } = {},
): KindFilter {
  const tables = new WeakMap<Ts, Uint8Array>();
  return (ts) => {
    let table = tables.get(ts);
    if (!table) {
      const kinds = ts.SyntaxKind;
      table = new Uint8Array(kinds.Count);
      for (const kind of listKinds(kinds)) table[kind] = 1;
      if (add.typeSyntax) table.fill(1, kinds.FirstTypeNode, kinds.LastTypeNode + 1);
      if (add.functions) for (const kind of functionKinds(kinds)) table[kind] = 1;
      tables.set(ts, table);
    }
    return table;
  };
}

/** Filters several walks share. */
export const IDENTIFIERS = kindFilter((kinds) => [kinds.Identifier]);
/** Calls and `new`. */
export const CALLS = kindFilter((kinds) => [kinds.CallExpression, kinds.NewExpression]);
/** `obj.name` and `obj['name']`, which getMemberAccess() and getThisPropertyName() read. */
export const MEMBER_ACCESSES = kindFilter((kinds) => [kinds.PropertyAccessExpression, kinds.ElementAccessExpression]);

// Flattening fills these and keeps exact-size copies: arrays grown one push at a time allocated
// about three times the final size, the largest share of the analysis's garbage.
const scratchNodes: TS.Node[] = [];
let scratchKinds = new Uint16Array(4096);
let scratchEnds = new Int32Array(4096);

function flattenTree(ts: Ts, root: TS.Node): FlatTree {
  let count = 0;
  const lastToken = ts.SyntaxKind.LastToken;
  const add = (node: TS.Node): void => {
    const index = count++;
    const kind = node.kind;
    scratchNodes[index] = node;
    if (kind > lastToken) ts.forEachChild(node, add);
    if (index >= scratchEnds.length) {
      const largerKinds = new Uint16Array(scratchKinds.length * 2);
      largerKinds.set(scratchKinds);
      scratchKinds = largerKinds;
      const largerEnds = new Int32Array(scratchEnds.length * 2);
      largerEnds.set(scratchEnds);
      scratchEnds = largerEnds;
    }
    scratchKinds[index] = kind;
    scratchEnds[index] = count;
  };
  ts.forEachChild(root, add);
  const tree = { nodes: scratchNodes.slice(0, count), kinds: scratchKinds.slice(0, count), subtreeEnds: scratchEnds.slice(0, count) };
  // The scratch array must not keep this file's nodes alive.
  scratchNodes.fill(undefined as never, 0, count);
  return tree;
}

/** Every name a binding introduces: `a`, `{a, b: c}` gives a and c, `[d, ...e]` gives d and e. */
export function getBoundNames(ts: Ts, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) names.push(...getBoundNames(ts, element.name));
  }
  return names;
}

export function hasModifier(_ts: Ts, node: TS.Node, kind: TS.SyntaxKind): boolean {
  // `modifiers` directly: ts.getModifiers() copies the list on every call.
  const modifiers = (node as { modifiers?: readonly TS.Node[] }).modifiers;
  if (!modifiers) return false;
  // A loop, not some(): asked of every member of every class, it made a closure per call.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed: no iterator result per modifier while the code runs unoptimized
  for (let index = 0; index < modifiers.length; index++) if (modifiers[index]!.kind === kind) return true;
  return false;
}

/** A string the code spells as a literal: `'x'`, `"x"` or `` `x` `` without substitutions. */
export function getStringLiteralValue(ts: Ts, node: TS.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const inner = skipValueWrappers(ts, node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}

/**
 * Whether `test` holds for a value an expression can take: itself, or either side of `??`/`||` and
 * either branch of `?:`, in source order. A callback, not a list: it runs for most config values.
 */
export function someAlternativeValue(ts: Ts, node: TS.Expression, test: (value: TS.Expression) => boolean): boolean {
  const value = skipValueWrappers(ts, node);
  if (
    ts.isBinaryExpression(value) &&
    (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return someAlternativeValue(ts, value.left, test) || someAlternativeValue(ts, value.right, test);
  }
  if (ts.isConditionalExpression(value)) return someAlternativeValue(ts, value.whenTrue, test) || someAlternativeValue(ts, value.whenFalse, test);
  return test(value);
}

/**
 * The module of `require('m')`, also as tsc and Babel wrap it:
 * `tslib_1.__importStar(require('m'))`, `_interopRequireWildcard(require('m'))`.
 */
export function getRequiredModule(ts: Ts, node: TS.Expression): string | undefined {
  const expression = skipValueWrappers(ts, node);
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const helper = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (/^_*(importStar|importDefault|interopRequire\w*)$/.test(helper) && expression.arguments.length === 1)
    return getRequiredModule(ts, expression.arguments[0]!);
  if (!ts.isIdentifier(callee) || callee.text !== 'require') return undefined;
  return getStringLiteralValue(ts, expression.arguments[0]);
}

const plainCopies = new WeakMap<object, Ts>();

/**
 * TypeScript's bundled module exposes every export through a getter. The analysis reads
 * `ts.isX` and `ts.SyntaxKind` for nearly every node it visits, so the front ends hand it a
 * plain copy, made once per TypeScript instance. Only the members in TS_MEMBERS: reading all
 * ~2,200 getters costs ~15 ms per process, each one compiled on its first call.
 */
export function plainTypeScript(ts: Ts): Ts {
  let plain = plainCopies.get(ts);
  if (!plain) {
    // Object.fromEntries, not stores one key at a time: past a dozen computed-key stores V8 turns an
    // object into a hash table, and every `ts.X` the analysis reads becomes a hash lookup.
    plain = Object.fromEntries(TS_MEMBERS.map((key) => [key, ts[key]])) as unknown as Ts;
    plainCopies.set(ts, plain);
  }
  return plain;
}
