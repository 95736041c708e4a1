// Whether a file is analysed at all: the one decision every front end asks before it parses or
// walks anything (the ESLint rules and oxlint through src/eslint/report-findings.ts, the tsserver
// plugin, the program index, the model.json reference) and analyzeFile() asks again for the files
// it reaches by itself. It reads the file's name and text only: most files never mention TF.js and
// cost one text search here, which is why the plugin costs next to nothing on them.

/** A file as the gate sees it: a TypeScript SourceFile, or a name and text before any parse. */
export interface GatedFile {
  fileName: string;
  text: string;
  /** TypeScript's own verdict, where it parsed the file. */
  isDeclarationFile?: boolean;
}

/**
 * The gate: not a declaration file, and a text that may hold a layer. Declaration files run
 * nothing: no layer there is saved or loaded, and no edit may be written there.
 */
export function shouldAnalyze(file: GatedFile, typeAware: boolean): boolean {
  return !isDeclarationFile(file) && mayHoldLayers(file.text, typeAware);
}

/**
 * Cheap text test that lets the vast majority of files skip the walk. With type information
 * a layer may extend a base from another file without naming TF.js at all.
 */
export function mayHoldLayers(text: string, typeAware: boolean): boolean {
  if (text.includes('@tensorflow/') || text.includes('tf.layers')) return true;
  return typeAware && (text.includes('extends') || text.includes('registerClass'));
}

/**
 * A script the plugin reads by its name alone, for a front end that lists files itself (the
 * model.json reference): the extensions of the ESLint configs' `files`, no declaration file.
 */
export function isSourceFileName(fileName: string): boolean {
  return /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(fileName) && !isDeclarationFileName(fileName);
}

/** `x.d.ts`, `x.d.mts`, `x.d.cts` (and what TypeScript itself counts as declarations). */
export function isDeclarationFile(file: Pick<GatedFile, 'fileName' | 'isDeclarationFile'>): boolean {
  return file.isDeclarationFile === true || isDeclarationFileName(file.fileName);
}

/** A declaration file by its name alone: `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts`. */
export function isDeclarationFileName(fileName: string): boolean {
  return /\.d\.([cm]?ts|[^.\\/]+\.ts)$/.test(fileName);
}
