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
