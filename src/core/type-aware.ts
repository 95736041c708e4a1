// What type information adds: the base of a class resolved through the checker, so a
// layer is recognised wherever its base is declared (another file, a re-export, an
// alias). The checker surface stays small on purpose: symbols, aliases, construct
// signatures and base types.
import type * as TS from 'typescript';
import { TFJS_BASE_CLASSES, type TfjsBaseClass } from './tfjs-bindings';
import type { Ts } from './ts-ast';

export type BaseByType =
  /** TF.js's own `Layer`, `RNN` or `RNNCell`. */
  | { kind: 'tfjs'; name: TfjsBaseClass }
  /** A class written in a source file of the program. */
  | { kind: 'class'; declaration: TS.ClassLikeDeclaration }
  /** A class from a package's declarations that derives from TF.js's Layer. */
  | { kind: 'derivedFromLayer' }
  /** A real class that is not a TF.js layer. */
  | { kind: 'notLayer' };

/** Undefined when the checker cannot tell (an unresolved import, `any`). */
export function resolveBaseByType(ts: Ts, checker: TS.TypeChecker, heritage: TS.Expression): BaseByType | undefined {
  let symbol = checker.getSymbolAtLocation(heritage);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.find((node): node is TS.ClassLikeDeclaration => ts.isClassDeclaration(node) || ts.isClassExpression(node));
  if (symbol && declaration) {
    const file = declaration.getSourceFile();
    if (isTfjsLayersFile(file) && TFJS_BASE_CLASSES.has(symbol.name)) return { kind: 'tfjs', name: symbol.name as TfjsBaseClass };
    if (!file.isDeclarationFile) return { kind: 'class', declaration };
  }
  // `export const Base = tf.layers.Layer` and other values: judge what `new` makes.
  const type = checker.getTypeAtLocation(heritage);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const instanceType = type.getConstructSignatures()[0]?.getReturnType();
  if (!instanceType) return undefined;
  const tfjsBase = findTfjsBase(ts, checker, instanceType);
  if (!tfjsBase) return { kind: 'notLayer' };
  return tfjsBase.isItself ? { kind: 'tfjs', name: tfjsBase.name } : { kind: 'derivedFromLayer' };
}

function findTfjsBase(ts: Ts, checker: TS.TypeChecker, type: TS.Type): { name: TfjsBaseClass; isItself: boolean } | undefined {
  const queue: TS.Type[] = [type];
  const seen = new Set<TS.Type>();
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const symbol = current.getSymbol();
    if (symbol && TFJS_BASE_CLASSES.has(symbol.name) && symbol.declarations?.some((node) => isTfjsLayersFile(node.getSourceFile()))) {
      return { name: symbol.name as TfjsBaseClass, isItself: current === type };
    }
    if (current.isClassOrInterface()) queue.push(...(checker.getBaseTypes(current) ?? []));
    else if (current.flags & ts.TypeFlags.Object && (current as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      const target = (current as TS.TypeReference).target;
      if (target !== current) queue.push(target);
    }
  }
  return undefined;
}

/** A file of TF.js's own @tensorflow/tfjs-layers package (its declarations or its code). */
export function isTfjsLayersFile(file: TS.SourceFile): boolean {
  return /[\\/]@tensorflow[\\/]tfjs-layers[\\/]/.test(file.fileName);
}

/** The class a registered identifier names, through imports and re-exports. */
export function resolveClassDeclaration(ts: Ts, checker: TS.TypeChecker, expression: TS.Expression): TS.ClassLikeDeclaration | undefined {
  // `ns.Foo`: the symbol of the name.
  const location = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
  let symbol = checker.getSymbolAtLocation(location);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) return declaration;
  // const X = class extends ... {}
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isClassExpression(declaration.initializer)) return declaration.initializer;
  return undefined;
}

/**
 * The classes a registered expression stands for: a class; each class of a list or object of
 * classes declared in another file (`export const LAYERS = [A, B]`); each class a namespace
 * import exports (`Object.values(layers).forEach(...)` over `import * as layers`).
 */
export function resolveClassDeclarations(ts: Ts, checker: TS.TypeChecker, expression: TS.Expression, depth = 0): TS.ClassLikeDeclaration[] {
  const single = resolveClassDeclaration(ts, checker, expression);
  if (single) return [single];
  if (depth > 4) return [];
  const location = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
  let symbol = checker.getSymbolAtLocation(location);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol) return [];
  if (symbol.flags & ts.SymbolFlags.ValueModule) {
    return checker.getExportsOfModule(symbol).flatMap((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = target.valueDeclaration;
      if (!declaration) return [];
      if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) return [declaration];
      if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isClassExpression(declaration.initializer)) return [declaration.initializer];
      return [];
    });
  }
  const declaration = symbol.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return [];
  const value = declaration.initializer;
  const elements: TS.Expression[] = ts.isArrayLiteralExpression(value)
    ? value.elements.map((element) => (ts.isSpreadElement(element) ? element.expression : element))
    : ts.isObjectLiteralExpression(value)
      ? value.properties.flatMap((property) =>
          ts.isPropertyAssignment(property)
            ? [property.initializer]
            : ts.isShorthandPropertyAssignment(property)
              ? [property.name]
              : ts.isSpreadAssignment(property)
                ? [property.expression]
                : [],
        )
      : [];
  return elements.flatMap((element) => resolveClassDeclarations(ts, checker, element, depth + 1));
}
