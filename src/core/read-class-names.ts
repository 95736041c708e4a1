// The classNames of layer classes, by value: a static member (read with the members), or what the
// module assigns after the class as compilers emit static fields.
import type * as TS from 'typescript';
import type { ClassNameFacts, LayerClass } from './layer-model';
import type { RegistrationFlow } from './registration-flow';
import { findLocalBinding, findModuleDeclaration } from './tfjs-bindings';
import { getMemberAccess, getStaticName, getStringLiteralValue, skipValueWrappers, type Ts } from './ts-ast';

/**
 * Each layer's className by value: its own static member, or what the module assigns after the
 * class as tsc, Babel and esbuild emit static fields (`X.className = 'X'`, `_a.className = ...`,
 * `this.className = ...` in a static block, `__publicField(X, "className", "X")`,
 * `_defineProperty(X, "className", "X")`, `Object.defineProperty(X, 'className', {value: 'X'})`).
 */
export function readClassNames(
  ts: Ts,
  flow: RegistrationFlow,
  layers: LayerClass[],
  assignments: ReadonlyArray<{ object: TS.Expression; assignment: TS.BinaryExpression }>,
  calls: readonly TS.CallExpression[],
): void {
  const byNode = new Map<TS.Node, LayerClass>(layers.map((layer) => [layer.node, layer]));
  const classesOf = (object: TS.Expression): LayerClass[] =>
    flow.valueOf(object, 0).classes.flatMap((target) => (target.kind === 'local' && byNode.has(target.node) ? [byNode.get(target.node)!] : []));
  const later = new Map<LayerClass, ClassNameFacts>();
  for (const { object, assignment } of assignments) {
    for (const layer of classesOf(object)) if (!later.has(layer)) later.set(layer, { node: assignment, valueNode: assignment.right });
  }
  for (const call of calls) {
    if (call.arguments.length < 3 || getStringLiteralValue(ts, call.arguments[1]) !== 'className') continue;
    const value = skipValueWrappers(ts, call.arguments[2]!);
    // Object.defineProperty(X, 'className', { value: 'X' }) or { get() { return 'X'; } }
    const valueNode = ts.isObjectLiteralExpression(value) ? readDescriptorValue(ts, value) : value;
    for (const layer of classesOf(call.arguments[0]!)) if (!later.has(layer)) later.set(layer, { node: call, valueNode });
  }
  for (const layer of layers) {
    const facts = layer.className ?? later.get(layer);
    if (!facts) continue;
    layer.className = facts.value !== undefined ? facts : { ...facts, ...readClassNameValue(ts, flow, layer, facts.valueNode) };
  }
}

function readDescriptorValue(ts: Ts, descriptor: TS.ObjectLiteralExpression): TS.Node | undefined {
  for (const property of descriptor.properties) {
    const name = getStaticName(ts, property.name);
    if (name === 'value' && ts.isPropertyAssignment(property)) return property.initializer;
    if (name === 'get' && (ts.isMethodDeclaration(property) || ts.isPropertyAssignment(property))) {
      const fn = ts.isMethodDeclaration(property) ? property : skipValueWrappers(ts, property.initializer);
      const body = (fn as TS.FunctionLikeDeclaration).body;
      if (body && ts.isBlock(body) && body.statements.length === 1 && ts.isReturnStatement(body.statements[0]!)) return body.statements[0].expression;
      if (body && !ts.isBlock(body)) return body;
    }
  }
  return undefined;
}

/** A className value the code computes: the last of a comma list, a module constant, or the class's own name (`this.name`, `X.name`). */
function readClassNameValue(ts: Ts, flow: RegistrationFlow, layer: LayerClass, node: TS.Node | undefined): Pick<ClassNameFacts, 'value' | 'perClass'> {
  if (!node) return {};
  let expression = skipValueWrappers(ts, node as TS.Expression);
  // Babel: `static className = (_staticBlock = () => ..., 'Scale')`
  while (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken) expression = skipValueWrappers(ts, expression.right);
  const literal = getStringLiteralValue(ts, expression);
  if (literal !== undefined) return { value: literal };
  if (ts.isIdentifier(expression)) {
    // const NAME = 'Scale'
    const declaration = findLocalBinding(ts, expression) ? undefined : findModuleDeclaration(ts, layer.node.getSourceFile(), expression.text);
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      ts.isVariableDeclarationList(declaration.parent) &&
      declaration.parent.flags & 2 /* NodeFlags.Const */
    ) {
      const value = getStringLiteralValue(ts, declaration.initializer);
      if (value !== undefined) return { value };
    }
    return {};
  }
  const access = getMemberAccess(ts, expression);
  if (access?.name !== 'name') return {};
  const object = skipValueWrappers(ts, access.object);
  if (object.kind === ts.SyntaxKind.ThisKeyword) return { perClass: true };
  const values = flow.valueOf(object, 0);
  return values.classes.length === 1 && values.classes[0]!.kind === 'local' && values.classes[0]!.node === layer.node ? { perClass: true } : {};
}
