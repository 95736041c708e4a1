// What the module exports: local names (`export {a as b}`, `export default a`, `export class`) and,
// by value, the classes an importer may register (`exports.X = X`, `module.exports = {X}`).
import type * as TS from 'typescript';
import type { ClassCandidate } from './file-walk';
import type { ClassTarget, RegistrationFlow } from './registration-flow';
import { getBoundNames, hasModifier, skipValueWrappers, type Ts } from './ts-ast';

/** Local names the module exports: `export {a, b as c}`, `export default a`, `export` on a declaration. */
export function readExportedNames(ts: Ts, sourceFile: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (statement.kind === ts.SyntaxKind.ExportDeclaration) {
      const declaration = statement as TS.ExportDeclaration;
      if (!declaration.moduleSpecifier && declaration.exportClause?.kind === ts.SyntaxKind.NamedExports) {
        for (const element of declaration.exportClause.elements) names.add((element.propertyName ?? element.name).text);
      }
    } else if (statement.kind === ts.SyntaxKind.ExportAssignment) {
      const value = skipValueWrappers(ts, (statement as TS.ExportAssignment).expression);
      if (ts.isIdentifier(value)) names.add(value.text);
    } else if (hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations) getBoundNames(ts, declaration.name).forEach((name) => names.add(name));
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text);
    }
  }
  return names;
}

/** The classes the module exports, by value: `export class`, `export {X}`, `exports.X = X`, `module.exports = {X}`. */
export function readExportedClasses(
  ts: Ts,
  flow: RegistrationFlow,
  names: ReadonlySet<string>,
  candidates: ClassCandidate[],
  exportAssignments: ReadonlyMap<string, readonly TS.Expression[]>,
  exportedValues: readonly TS.Expression[],
): Set<TS.ClassLikeDeclaration> {
  const exported = new Set<TS.ClassLikeDeclaration>();
  for (const candidate of candidates) {
    if (candidate.name !== undefined && names.has(candidate.name)) exported.add(candidate.node);
    if (hasModifier(ts, candidate.node, ts.SyntaxKind.ExportKeyword)) exported.add(candidate.node);
  }
  const addValues = (values: { classes: ClassTarget[] }): void => {
    for (const target of values.classes) if (target.kind === 'local') exported.add(target.node);
  };
  for (const values of exportAssignments.values()) for (const value of values) addValues(flow.valueOf(value, 0));
  for (const value of exportedValues) {
    addValues(flow.valueOf(value, 0));
    addValues(flow.membersOf(value, 0));
  }
  return exported;
}
