// Facts about the whole program, for the checks that type information extends across
// files: which classes are registered somewhere, which are extended, which classNames are
// taken. Derived from the program alone (never from what other lint runs saw), so
// `eslint --concurrency` gives the same answers in every worker.
import type * as TS from 'typescript';
import { analyzeFile, type FileAnalysis } from './analyze-file';
import { getOwnClassName } from './class-name-queries';
import { shouldAnalyze } from './file-gate';
import type { LayerClass, RegistrationCall } from './layer-model';
import { resolveClassDeclarations } from './type-aware';
import type { Ts } from './ts-ast';

export interface ProgramIndex {
  /** Module-level registration calls, by the class they register. */
  registrations: Map<TS.ClassLikeDeclaration, RegistrationCall[]>;
  /** Layer classes extended by a layer class of another file. */
  extendedElsewhere: Set<TS.ClassLikeDeclaration>;
  /** Layer classes by their literal className. */
  layersByClassName: Map<string, LayerClass[]>;
  /** Some file has a registerClass() call whose argument cannot be resolved: any exported class may be what it registers. */
  hasOpaqueRegistration: boolean;
}

const indexes = new WeakMap<TS.Program, ProgramIndex>();

export function getProgramIndex(ts: Ts, program: TS.Program): ProgramIndex {
  let index = indexes.get(program);
  if (index) return index;
  index = { registrations: new Map(), extendedElsewhere: new Set(), layersByClassName: new Map(), hasOpaqueRegistration: false };
  const checker = program.getTypeChecker();
  for (const sourceFile of program.getSourceFiles()) {
    if (/[\\/]node_modules[\\/]/.test(sourceFile.fileName) || !shouldAnalyze(sourceFile, true)) continue;
    const analysis = analyzeFile(ts, sourceFile, program);
    for (const registration of analysis.registrations) {
      if (!registration.atModuleLevel && !registration.unsure) continue;
      const declarations = registration.target
        ? [registration.target]
        : registration.argument
          ? resolveClassDeclarations(ts, checker, registration.argument)
          : [];
      for (const declaration of declarations) {
        const list = index.registrations.get(declaration) ?? [];
        list.push(registration);
        index.registrations.set(declaration, list);
      }
    }
    if (analysis.hasOpaqueRegistration) index.hasOpaqueRegistration = true;
    for (const layer of analysis.layers) {
      if (layer.base.kind === 'class' && layer.base.layer.node.getSourceFile() !== sourceFile) index.extendedElsewhere.add(layer.base.layer.node);
      const className = getOwnClassName(layer);
      if (className) index.layersByClassName.set(className, [...(index.layersByClassName.get(className) ?? []), layer]);
    }
  }
  indexes.set(program, index);
  return index;
}

/** The program index when the analysis had type information. */
export function getProgramIndexOf(ts: Ts, analysis: FileAnalysis): ProgramIndex | undefined {
  return analysis.program && getProgramIndex(ts, analysis.program);
}
