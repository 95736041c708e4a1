// The one walk over a file the analysis makes: class candidates (every class, with the name the
// module knows it by and its extends clause), calls, assignments that may alias a class, and what
// the module assigns to `exports`, `module.exports` and `X.className`. The readers of registrations,
// classNames, exports and layer classes work from what it collects.
import type * as TS from 'typescript';
import { isExportsObject } from './registration-flow';
import { recordTfjsAlias, type TfjsBindings } from './tfjs-bindings';
import {
  getMemberAccess,
  hasModifier,
  hasOffsetWithin,
  indexWords,
  isFunctionLike,
  isTypeSyntax,
  kindFilter,
  skipValueWrappers,
  walk,
  type Ts,
} from './ts-ast';

export interface ClassCandidate {
  node: TS.ClassLikeDeclaration;
  name?: string;
  /** Where the name is written: the class's own, or the variable a class expression is assigned to. */
  nameNode?: TS.Node;
  statement?: TS.Statement;
  heritage?: TS.Expression;
}

/** What the walk collects. */
export interface FileWalk {
  candidates: ClassCandidate[];
  callsWithArguments: TS.CallExpression[];
  plainCalls: TS.CallExpression[];
  /** `X.className = ...`, `this.className = ...` in a static block: the object and the assignment. */
  classNameAssignments: Array<{ object: TS.Expression; assignment: TS.BinaryExpression }>;
  assignments: Map<string, TS.Expression[]>;
  exportAssignments: Map<string, TS.Expression[]>;
  exportedValues: TS.Expression[];
  /** The calls with arguments that spell "regist" or "class". */
  registrationCandidates: TS.CallExpression[];
}

/** The kinds the file walk acts on (type syntax it steps over): every other node is walked through without a call. */
const FILE_WALK_KINDS = kindFilter(
  (kinds) => [
    kinds.InterfaceDeclaration,
    kinds.TypeAliasDeclaration,
    kinds.ImportDeclaration,
    kinds.ModuleDeclaration,
    kinds.Block,
    kinds.VariableDeclaration,
    kinds.Parameter,
    kinds.ClassDeclaration,
    kinds.ClassExpression,
    kinds.CallExpression,
    kinds.BinaryExpression,
  ],
  { typeSyntax: true },
);

/** Walks the file once; also records module-level TF.js aliases and locally bound names into `bindings`. */
export function walkFile(ts: Ts, sourceFile: TS.SourceFile, bindings: TfjsBindings): FileWalk {
  const locallyBound = new Set<string>();
  bindings.locallyBound = locallyBound;
  const candidates: ClassCandidate[] = [];
  const callsWithArguments: TS.CallExpression[] = [];
  const plainCalls: TS.CallExpression[] = [];
  /** `X.className = ...`, `this.className = ...` in a static block: the object and the assignment. */
  const classNameAssignments: Array<{ object: TS.Expression; assignment: TS.BinaryExpression }> = [];
  const assignments = new Map<string, TS.Expression[]>();
  const exportAssignments = new Map<string, TS.Expression[]>();
  const exportedValues: TS.Expression[] = [];
  const words = indexWords(sourceFile.text, 'class', 'regist');

  const visit = (node: TS.Node): boolean => {
    // Types, interfaces and imports hold no class, call or assignment (bindings were read above).
    if (isTypeSyntax(ts, node)) return false;
    switch (node.kind) {
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
      case ts.SyntaxKind.ImportDeclaration:
        return false;
      case ts.SyntaxKind.ModuleDeclaration:
        // `declare module 'x' {...}`, `declare namespace N {...}`, `declare global {...}`: ambient, nothing runs.
        return !hasModifier(ts, node, ts.SyntaxKind.DeclareKeyword);
      case ts.SyntaxKind.Block:
        // A function body that never says "class" or "regist" holds no class, className or registration.
        return !isFunctionLike(ts, node.parent) || hasOffsetWithin(words, node.pos, node.end);
      case ts.SyntaxKind.VariableDeclaration: {
        // Module-level aliases only: a local `const r = ...` is recorded as a local name, which shadows the import `r` where it is in scope.
        const statement = node.parent.parent;
        if (statement && ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent)) recordTfjsAlias(ts, bindings, node as TS.VariableDeclaration);
        else addBoundNames(ts, (node as TS.VariableDeclaration).name, locallyBound);
        break;
      }
      case ts.SyntaxKind.Parameter:
        addBoundNames(ts, (node as TS.ParameterDeclaration).name, locallyBound);
        break;
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression: {
        const classNode = node as TS.ClassLikeDeclaration;
        // `declare class X extends Layer {}`: a declaration of a class defined elsewhere.
        if (hasModifier(ts, classNode, ts.SyntaxKind.DeclareKeyword)) return false;
        candidates.push(describeClass(ts, classNode));
        // Likewise a member or extends clause that never says "class" or "regist" (readLayerMembers reads the members themselves).
        for (const part of [...(classNode.heritageClauses ?? []), ...classNode.members]) {
          if (hasOffsetWithin(words, part.pos, part.end) && visit(part)) walk(ts, part, visit, FILE_WALK_KINDS);
        }
        return false;
      }
      case ts.SyntaxKind.CallExpression:
        if ((node as TS.CallExpression).arguments.length > 0) callsWithArguments.push(node as TS.CallExpression);
        // `registerAll();`: a call of a local function, which may register classes when the module loads.
        else if ((node as TS.CallExpression).expression.kind === ts.SyntaxKind.Identifier) plainCalls.push(node as TS.CallExpression);
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const assignment = node as TS.BinaryExpression;
        if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) break;
        const left = skipValueWrappers(ts, assignment.left);
        if (ts.isIdentifier(left)) {
          // `_a = X`, `X = class ...`: aliases as tsc, Babel and esbuild write them. Nothing else can hold a class.
          if (!mayHoldClass(ts, assignment.right)) break;
          const list = assignments.get(left.text);
          if (list) list.push(assignment.right);
          else assignments.set(left.text, [assignment.right]);
          break;
        }
        const access = getMemberAccess(ts, left);
        if (!access) break;
        const object = skipValueWrappers(ts, access.object);
        // `X.className = 'X'` as tsc and Babel emit static fields (inside a layer factory too), `this.className = ...` in a static block
        if (access.name === 'className' && (ts.isIdentifier(object) || object.kind === ts.SyntaxKind.ThisKeyword))
          classNameAssignments.push({ object, assignment });
        else if (isExportsObject(ts, object)) {
          const list = exportAssignments.get(access.name);
          if (list) list.push(assignment.right);
          else exportAssignments.set(access.name, [assignment.right]);
        } else if (access.name === 'exports' && ts.isIdentifier(object) && object.text === 'module') exportedValues.push(assignment.right);
        break;
      }
    }
    return true;
  };
  walk(ts, sourceFile, visit, FILE_WALK_KINDS);

  // Only a call that spells "regist" or "class" can register a class or set a className itself.
  const registrationCandidates = callsWithArguments.filter((call) => hasOffsetWithin(words, call.pos, call.end));
  return { candidates, callsWithArguments, plainCalls, classNameAssignments, assignments, exportAssignments, exportedValues, registrationCandidates };
}

export function describeClass(ts: Ts, node: TS.ClassLikeDeclaration): ClassCandidate {
  const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  let name = node.name?.text;
  let nameNode: TS.Node | undefined = node.name;
  let holder: TS.Node = node;
  if (ts.isClassExpression(node)) {
    // Climb through what compilers wrap a class expression in: `(_a = class X {}, _a.className = 'X', _a)`.
    let value: TS.Node = node;
    let temp: TS.Identifier | undefined;
    for (;;) {
      const parent = value.parent;
      if (ts.isParenthesizedExpression(parent)) value = parent;
      else if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        parent.right === value &&
        ts.isIdentifier(parent.left) &&
        !ts.isExpressionStatement(parent.parent)
      ) {
        temp = parent.left;
        value = parent;
      } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken && parent.left === value && temp) {
        // The list's value is its last element: the temporary that holds the class.
        let list: TS.BinaryExpression = parent;
        while (ts.isBinaryExpression(list.parent) && list.parent.operatorToken.kind === ts.SyntaxKind.CommaToken && list.parent.left === list)
          list = list.parent;
        const last = skipValueWrappers(ts, list.right);
        if (!ts.isIdentifier(last) || last.text !== temp.text) break;
        value = list;
      } else break;
    }
    const parent = value.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      // const X = class extends ... {}
      name = parent.name.text;
      nameNode = parent.name;
      holder = parent.parent.parent; // VariableDeclarationList -> VariableStatement
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) {
      // X = class extends ... {}
      name = parent.left.text;
      nameNode = parent.left;
      holder = parent.parent;
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // exports.X = (_a = class X {}, ..., _a)
      name ??= temp?.text;
      nameNode ??= temp;
      holder = parent.parent;
    } else if (!name && temp) {
      name = temp.text;
      nameNode = temp;
      holder = value.parent;
    } else {
      holder = value.parent;
    }
  }
  // The module-level statement that holds it (`registerClass(class X extends ...)` too), none inside a function.
  let top: TS.Node = holder;
  while (!ts.isSourceFile(top.parent) && !isFunctionLike(ts, top.parent) && !ts.isClassLike(top.parent)) top = top.parent;
  const statement = ts.isSourceFile(top.parent) && ts.isStatement(top) ? top : undefined;
  return { node, name, nameNode, statement, heritage };
}

/** A value that may be a class, as aliases are written: a name, a class expression, `(_a = class ..., _a)`, `exports.X`. */
function mayHoldClass(ts: Ts, node: TS.Expression): boolean {
  const value = skipValueWrappers(ts, node);
  switch (value.kind) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.BinaryExpression:
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ConditionalExpression:
      return true;
    default:
      return false;
  }
}

/** The names a binding introduces, added to `into` (no array per binding: the walk meets every parameter). */
function addBoundNames(ts: Ts, name: TS.BindingName, into: Set<string>): void {
  if (name.kind === ts.SyntaxKind.Identifier) {
    into.add(name.text);
    return;
  }
  for (const element of name.elements) {
    if (element.kind === ts.SyntaxKind.BindingElement) addBoundNames(ts, element.name, into);
  }
}
