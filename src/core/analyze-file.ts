// One pass over a file for all rules: find how it reaches TF.js, which classes are
// TF.js layers, and their facts. Cached per SourceFile, so ESLint's rules and
// tsserver's diagnostics share one analysis of one parse. The jobs live in their own
// modules: the gate (file-gate), the walk (file-walk), registrations (read-registrations),
// the layer classes (find-layer-classes), classNames (read-class-names) and exports (read-exports).
import type * as TS from 'typescript';
import { shouldAnalyze } from './file-gate';
import { walkFile } from './file-walk';
import { classifyLayers, isConfirmedLayer } from './find-layer-classes';
import { readLayerMembers, type LayerClass, type RegistrationCall } from './layer-model';
import { readClassNames } from './read-class-names';
import { readExportedClasses, readExportedNames } from './read-exports';
import { isTfjsRegisterClass, readRegistrations } from './read-registrations';
import { RegistrationFlow } from './registration-flow';
import { collectTfjsImports, type TfjsBindings } from './tfjs-bindings';
import type { Ts } from './ts-ast';

export interface FileAnalysis {
  sourceFile: TS.SourceFile;
  bindings: TfjsBindings;
  layers: LayerClass[];
  /**
   * The file's registration-like calls. With a program also those of classes declared elsewhere
   * (`register.ts`), which the program index hands to their classes; without one only those of
   * this file's classes, the only ones anything reads.
   */
  registrations: RegistrationCall[];
  /** `.ts`/`.tsx`/`.mts`/`.cts`: fixes may write type annotations and `override`. */
  isTypeScript: boolean;
  /** Set when the analysis used type information. */
  program?: TS.Program;
  /** Classes the module exports (`export`, `export {}`, `exports.X =`, `module.exports =`): an importer may register them. */
  exportedClasses: ReadonlySet<TS.ClassLikeDeclaration>;
  /** A registerClass() call whose argument the analysis cannot resolve: it may register any class of the file. */
  hasOpaqueRegistration: boolean;
}

const untypedAnalyses = new WeakMap<TS.SourceFile, FileAnalysis>();
const typedAnalyses = new WeakMap<TS.Program, WeakMap<TS.SourceFile, FileAnalysis>>();
/** Files whose typed analysis is under way: a base class cycle across files stops there. */
const inProgress = new WeakSet<TS.SourceFile>();

/**
 * The analysis of one file, shared by every rule. With a program, layer bases are also
 * resolved through the checker, across files; the result then depends on the program and is
 * cached per program.
 */
export function analyzeFile(ts: Ts, sourceFile: TS.SourceFile, program?: TS.Program): FileAnalysis {
  let cache = untypedAnalyses;
  if (program) {
    cache = typedAnalyses.get(program) ?? new WeakMap();
    typedAnalyses.set(program, cache);
  }
  let analysis = cache.get(sourceFile);
  if (!analysis) {
    inProgress.add(sourceFile);
    try {
      // Declaration files and files that never mention TF.js run nothing (file-gate.ts).
      analysis = shouldAnalyze(sourceFile, program !== undefined) ? readFile(ts, sourceFile, program) : emptyAnalysis(ts, sourceFile, program);
    } finally {
      inProgress.delete(sourceFile);
    }
    cache.set(sourceFile, analysis);
  }
  return analysis;
}

function emptyAnalysis(ts: Ts, sourceFile: TS.SourceFile, program: TS.Program | undefined): FileAnalysis {
  return {
    sourceFile,
    bindings: { names: new Map(), foreignImports: new Map(), relativeImports: new Map(), usesTfjs: false, tfIsGlobal: false },
    layers: [],
    registrations: [],
    isTypeScript: isTypeScriptFile(ts, sourceFile),
    program,
    exportedClasses: new Set(),
    hasOpaqueRegistration: false,
  };
}

function isTypeScriptFile(ts: Ts, sourceFile: TS.SourceFile): boolean {
  const kind = (sourceFile as { scriptKind?: TS.ScriptKind }).scriptKind;
  if (kind !== undefined) return kind === ts.ScriptKind.TS || kind === ts.ScriptKind.TSX;
  return /\.[cm]?tsx?$/.test(sourceFile.fileName);
}

function readFile(ts: Ts, sourceFile: TS.SourceFile, program: TS.Program | undefined): FileAnalysis {
  const bindings = collectTfjsImports(ts, sourceFile);
  // A script that uses the global `tf` uses TF.js.
  if (bindings.tfIsGlobal && /\btf\s*\./.test(sourceFile.text)) bindings.usesTfjs = true;
  const { candidates, callsWithArguments, plainCalls, classNameAssignments, assignments, exportAssignments, exportedValues, registrationCandidates } = walkFile(
    ts,
    sourceFile,
    bindings,
  );
  const exportedNames = readExportedNames(ts, sourceFile);
  const flow = new RegistrationFlow({
    ts,
    sourceFile,
    calls: plainCalls.length > 0 ? [...callsWithArguments, ...plainCalls] : callsWithArguments,
    registrationCandidates,
    assignments,
    exportAssignments,
    exportedNames,
    isRegisterClass: (callee) => isTfjsRegisterClass(ts, bindings, callee),
  });
  const registrations = readRegistrations(ts, flow, registrationCandidates, bindings, program !== undefined);
  const layers = classifyLayers(ts, bindings, flow, candidates, registrations, program, (file) =>
    inProgress.has(file) ? undefined : analyzeFile(ts, file, program).layers,
  );
  for (const layer of layers) readLayerMembers(ts, layer);
  readClassNames(ts, flow, layers, classNameAssignments, registrationCandidates);
  // The shape test for classes on a base from another module needs their members, so it runs last.
  const confirmed = layers.filter((layer) => isConfirmedLayer(layer, bindings));
  for (const layer of confirmed) layer.subclasses = layer.subclasses.filter((subclass) => confirmed.includes(subclass));
  const exportedClasses = readExportedClasses(ts, flow, exportedNames, candidates, exportAssignments, exportedValues);
  return {
    sourceFile,
    bindings,
    layers: confirmed,
    registrations,
    isTypeScript: isTypeScriptFile(ts, sourceFile),
    program,
    exportedClasses,
    hasOpaqueRegistration: flow.opaqueCalls.length > 0,
  };
}
