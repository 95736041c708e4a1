// The reference a model.json is checked against: the layer classes of the project being linted.
// Found with no configuration: every source file under the lint's working directory (or under the
// folders the `sources` option names), read by the same analysis the source rules use. Per class:
// its className, the config keys its constructor reads (with their defaults where the code spells
// one), and the weights it creates with addWeight(). Kept per process, per file and mtime: a second
// model.json costs a directory walk and a stat per source file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { analyzeFile, isSourceFileName, plainTypeScript, type Ts } from '../core';
import type { LayerClass } from '../core/layer-model';
import { BASE_CONFIG_KEYS } from '../core/tfjs-contract';
import { loadTypeScript } from '../eslint/load-typescript';

// Loaded on the first source file read (src/eslint/load-typescript.ts): loading the plugin loads no TypeScript.
let typescript: typeof TS;
let ts: Ts;

/** What a model file can be checked against for one layer class. Undefined parts are unknown: no finding about them. */
export interface LayerFacts {
  className: string;
  /** Where the class is declared, for messages: `src/layers/scale.ts:12` (relative to the lint's cwd). */
  where: string;
  file: string;
  line: number;
  /**
   * Keys the constructors (own and inherited) read, camelCase as the constructor sees them, with
   * the default's source text when the code spells one. Undefined when a constructor up the chain
   * cannot be read (a base from another module).
   */
  reads?: Map<string, string | undefined>;
  /** Every key a constructor reads is in `reads`: a key outside it is not read. */
  readsComplete: boolean;
  /** addWeight() names created whatever the config; undefined when a name or the base is not known. */
  weightsAlways?: string[];
  /** addWeight() names created on some paths only (`if (this.useBias)`). */
  weightsMaybe?: string[];
  /** Every weight the class can create is named in weightsAlways/weightsMaybe. */
  weightsComplete: boolean;
}

/**
 * The project's layer classes, read lazily: every source file is read once (per mtime) for the
 * className literals it spells, and parsed and analysed only when a model names one of them.
 * A 1,000-file project then costs a read and a regular expression per file, not 1,000 parses.
 */
export interface Reference {
  /** A file of the project spells this className (the analysis may still find no layer class behind it). */
  mentions(className: string): boolean;
  /** Every className the project's files spell. */
  classNames(): Iterable<string>;
  /**
   * The facts of the layer class with this className: undefined when no analysed class has it,
   * null when two classes have it with different facts.
   */
  lookup(className: string): LayerFacts | null | undefined;
  /** How many source files were found (for tests and the bench). */
  fileCount: number;
}

/** Folders never searched when guessing: dependencies, build output and tool state. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'bower_components']);
/** Large generated bundles are not layer sources anyone edits; a parse of them would dominate the cost. */
const MAX_FILE_SIZE = 2_000_000;

/**
 * The ways a className is spelled as a literal (a superset of what the analysis reads):
 * `static className = 'X'`, `static readonly className: string = 'X'`, `X.className = 'X'`,
 * `static get className() { return 'X'; }`.
 */
const CLASS_NAME_LITERALS =
  /\bclassName\s*(?::[^=;\n]*)?=\s*\(?\s*(['"`])([^'"`\r\n]+)\1|\bclassName\s*\(\s*\)\s*(?::[^{;\n]*)?\{\s*return\s*\(?\s*(['"`])([^'"`\r\n]+)\3/g;

interface CachedFile {
  mtimeMs: number;
  size: number;
  /** className literals the text spells. */
  names: string[];
  /** The analysis of the file, once a model asked for one of its names. */
  classes?: LayerFacts[];
}

const fileCache = new Map<string, CachedFile>();

/** The reference for a lint run in `cwd`: `sources` (relative to cwd) when given, else cwd itself. */
export function getReference(cwd: string, sources: readonly string[] | undefined): Reference {
  const guessing = !sources || sources.length === 0;
  const roots = guessing ? [cwd] : sources.map((source) => path.resolve(cwd, source));
  const files: string[] = [];
  for (const root of roots) collectSourceFiles(root, files, guessing);
  const filesByName = new Map<string, string[]>();
  for (const file of files) {
    for (const name of scanFile(file)?.names ?? []) {
      const list = filesByName.get(name);
      if (list) list.push(file);
      else filesByName.set(name, [file]);
    }
  }
  const looked = new Map<string, LayerFacts | null | undefined>();
  return {
    fileCount: files.length,
    mentions: (className) => filesByName.has(className),
    classNames: () => filesByName.keys(),
    lookup(className) {
      if (looked.has(className)) return looked.get(className);
      let found: LayerFacts | null | undefined;
      for (const file of filesByName.get(className) ?? []) {
        for (const facts of analyseFile(file, cwd)) {
          if (facts.className !== className) continue;
          if (found === undefined) found = { ...facts, where: `${path.relative(cwd, facts.file).split(path.sep).join('/')}:${facts.line}` };
          else if (found !== null && !sameFacts(found, facts)) found = null;
        }
      }
      looked.set(className, found);
      return found;
    },
  };
}

function collectSourceFiles(dir: string, into: string[], guessing: boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || (guessing && SKIPPED_DIRS.has(entry.name))) continue;
      collectSourceFiles(full, into, guessing);
    } else if (entry.isFile() && isSourceFileName(entry.name)) {
      into.push(full);
    }
  }
}

/** The file's className literals, from the cache while its mtime and size are unchanged. */
function scanFile(file: string): CachedFile | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  const cached = fileCache.get(file);
  if (cached?.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  const names = new Set<string>();
  if (stat.size <= MAX_FILE_SIZE) {
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes('className')) {
      for (const match of text.matchAll(CLASS_NAME_LITERALS)) names.add(copyString(match[2] ?? match[4]!));
    }
  }
  const entry: CachedFile = { mtimeMs: stat.mtimeMs, size: stat.size, names: [...names] };
  fileCache.set(file, entry);
  return entry;
}

/** A name matched in a file's text is a view into the text: copied, so the cache does not keep the text alive. */
function copyString(text: string): string {
  return ` ${text}`.slice(1);
}

function copyOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : copyString(text);
}

function analyseFile(file: string, cwd: string): LayerFacts[] {
  const cached = scanFile(file);
  if (!cached) return [];
  if (!cached.classes) {
    try {
      cached.classes = readClasses(file, fs.readFileSync(file, 'utf8'), cwd);
      // The file's text is not kept; nor, once analysed, are the nodes (the facts hold strings only).
    } catch {
      cached.classes = [];
    }
  }
  return cached.classes;
}

/** The facts of each layer class of one file that has a literal static className. */
export function readClasses(file: string, text: string, cwd: string): LayerFacts[] {
  if (!ts) {
    typescript = loadTypeScript();
    ts = plainTypeScript(typescript);
  }
  const kind = /\.[cm]?tsx$/.test(file)
    ? typescript.ScriptKind.TSX
    : /\.[cm]?ts$/.test(file)
      ? typescript.ScriptKind.TS
      : file.endsWith('x')
        ? typescript.ScriptKind.JSX
        : typescript.ScriptKind.JS;
  const sourceFile = typescript.createSourceFile(file, text, typescript.ScriptTarget.Latest, true, kind);
  const analysis = analyzeFile(ts, sourceFile);
  const facts: LayerFacts[] = [];
  const relative = path.relative(cwd, file).split(path.sep).join('/');
  for (const layer of analysis.layers) {
    const className = layer.className?.value;
    if (className === undefined || className === '') continue;
    const line = sourceFile.getLineAndCharacterOfPosition(layer.node.getStart(sourceFile)).line + 1;
    const keys = readKeys(layer, new Set());
    const weights = readWeights(layer, new Set());
    facts.push({
      className: copyString(className),
      where: `${relative}:${line}`,
      file,
      line,
      reads: keys?.reads,
      readsComplete: keys?.complete ?? false,
      weightsAlways: weights?.always,
      weightsMaybe: weights?.maybe,
      weightsComplete: weights !== undefined,
    });
  }
  return facts;
}

interface KeyFacts {
  reads: Map<string, string | undefined>;
  complete: boolean;
}

/** Keys read by the constructor chain up to TF.js's Layer; undefined when a link cannot be read. */
function readKeys(layer: LayerClass, seen: Set<LayerClass>): KeyFacts | undefined {
  if (seen.has(layer)) return undefined;
  seen.add(layer);
  let inherited: KeyFacts | undefined;
  if (layer.base.kind === 'tfjs') {
    // RNN and RNNCell bases read more than Layer does: their keys are not known here.
    inherited = { reads: new Map(), complete: layer.base.name === 'Layer' };
  } else if (layer.base.kind === 'class') {
    inherited = readKeys(layer.base.layer, seen);
  }
  if (!inherited) return undefined;
  const ctor = layer.ctor;
  // No constructor of its own: the inherited one runs.
  if (!layer.node.members.some((member) => typescript.isConstructorDeclaration(member))) return inherited;
  if (!ctor) return undefined;
  const reads = new Map(inherited.reads);
  // `readsAnyKey` (the config iterated, or copied onto `this`) is read where the core has it.
  const readsAnyKey = (ctor as { readsAnyKey?: boolean }).readsAnyKey === true || iteratesConfig(ctor.node);
  let complete =
    inherited.complete &&
    ctor.parameter !== undefined &&
    !ctor.passesConfigElsewhere &&
    !readsAnyKey &&
    ctor.wholeConfigFields.size === 0 &&
    !layer.assignsUnnamedFields;
  for (const read of ctor.reads) {
    if (BASE_CONFIG_KEYS.has(read.key)) continue;
    // Copies: a name cut from the file's text would keep the whole text alive in the cache.
    if (!reads.has(read.key) || reads.get(read.key) === undefined) reads.set(copyString(read.key), copyOptional(defaultOf(read.node)));
  }
  // A constructor that does not hand its config to super() leaves the inherited keys unread; the
  // analysis does not follow that, so it claims nothing about unread keys.
  if (layer.base.kind === 'class' && !passesConfigToSuper(ctor.node)) complete = false;
  return { reads, complete };
}

/** `for (const key in args)`: the constructor may take any key of its config. */
function iteratesConfig(ctor: TS.ConstructorDeclaration): boolean {
  const parameter = ctor.parameters[0];
  if (!parameter || !typescript.isIdentifier(parameter.name) || !ctor.body) return false;
  const name = parameter.name.text;
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (typescript.isForInStatement(node) && typescript.isIdentifier(node.expression) && node.expression.text === name) {
      found = true;
      return;
    }
    typescript.forEachChild(node, visit);
  };
  visit(ctor.body);
  return found;
}

function passesConfigToSuper(ctor: TS.ConstructorDeclaration): boolean {
  const parameter = ctor.parameters[0];
  if (!parameter || !typescript.isIdentifier(parameter.name)) return false;
  const name = parameter.name.text;
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (typescript.isCallExpression(node) && node.expression.kind === typescript.SyntaxKind.SuperKeyword) {
      const argument = node.arguments[0];
      if (argument && typescript.isIdentifier(argument) && argument.text === name) found = true;
      return;
    }
    typescript.forEachChild(node, visit);
  };
  if (ctor.body) visit(ctor.body);
  return found;
}

/** `args.rate ?? 0.5`, `args.rate || 0.5`, `const {rate = 0.5} = args`: the default's text, when it is a literal. */
function defaultOf(node: TS.Node): string | undefined {
  let value: TS.Expression | undefined;
  if (typescript.isBindingElement(node)) {
    value = node.initializer;
  } else {
    let current: TS.Node = node;
    while (typescript.isParenthesizedExpression(current.parent) || typescript.isAsExpression(current.parent) || typescript.isNonNullExpression(current.parent))
      current = current.parent;
    const parent = current.parent;
    if (parent && typescript.isBinaryExpression(parent) && parent.left === current) {
      const operator = parent.operatorToken.kind;
      if (operator === typescript.SyntaxKind.QuestionQuestionToken || operator === typescript.SyntaxKind.BarBarToken) value = parent.right;
    }
  }
  if (!value || !isLiteralValue(value)) return undefined;
  const text = value.getText();
  return text.length <= 40 ? text : undefined;
}

function isLiteralValue(node: TS.Expression): boolean {
  switch (node.kind) {
    case typescript.SyntaxKind.NumericLiteral:
    case typescript.SyntaxKind.StringLiteral:
    case typescript.SyntaxKind.NoSubstitutionTemplateLiteral:
    case typescript.SyntaxKind.TrueKeyword:
    case typescript.SyntaxKind.FalseKeyword:
    case typescript.SyntaxKind.NullKeyword:
      return true;
  }
  if (typescript.isPrefixUnaryExpression(node)) return node.operator === typescript.SyntaxKind.MinusToken && typescript.isNumericLiteral(node.operand);
  if (typescript.isArrayLiteralExpression(node)) return node.elements.every((element) => isLiteralValue(element));
  return false;
}

interface WeightFacts {
  always: string[];
  maybe: string[];
}

/** addWeight() names of the class and its bases; undefined when one is not a literal or a base is unknown. */
function readWeights(layer: LayerClass, seen: Set<LayerClass>): WeightFacts | undefined {
  if (seen.has(layer) || layer.exposesChildWeights || layer.assignsUnnamedFields) return undefined;
  seen.add(layer);
  let inherited: WeightFacts | undefined;
  if (layer.base.kind === 'tfjs') inherited = layer.base.name === 'Layer' ? { always: [], maybe: [] } : undefined;
  else if (layer.base.kind === 'class') inherited = readWeights(layer.base.layer, seen);
  if (!inherited) return undefined;
  const own = readOwnWeights(layer.node);
  if (!own) return undefined;
  // An overriding build() that never calls super.build() drops the base's weights; calling it keeps them.
  const overridesBuild = layer.members.has('build');
  const inheritedKept = !overridesBuild || callsSuperBuild(layer.node);
  if (overridesBuild && !inheritedKept && inherited.always.length + inherited.maybe.length > 0) return undefined;
  return { always: [...inherited.always, ...own.always], maybe: [...inherited.maybe, ...own.maybe] };
}

function callsSuperBuild(node: TS.ClassLikeDeclaration): boolean {
  return node.getText().includes('super.build(');
}

/** `this.addWeight('name', ...)` calls in the class's own members. */
function readOwnWeights(node: TS.ClassLikeDeclaration): WeightFacts | undefined {
  const always: string[] = [];
  const maybe: string[] = [];
  let unknown = false;
  for (const member of node.members) {
    const body = (member as { body?: TS.Node }).body;
    if (!body) continue;
    // A weight made in call() or a helper may or may not be made before the save: only constructor and build() count as always.
    const memberName =
      member.name && typescript.isIdentifier(member.name) ? member.name.text : typescript.isConstructorDeclaration(member) ? 'constructor' : undefined;
    const certainMember = memberName === 'build' || memberName === 'constructor';
    const visit = (child: TS.Node, conditional: boolean): void => {
      if (unknown) return;
      if (typescript.isCallExpression(child) && isThisAddWeight(child.expression)) {
        const first = child.arguments[0];
        if (!first || !(typescript.isStringLiteral(first) || typescript.isNoSubstitutionTemplateLiteral(first))) {
          unknown = true;
          return;
        }
        (conditional || !certainMember ? maybe : always).push(copyString(first.text));
      }
      if (typescript.isFunctionLike(child) || typescript.isClassLike(child)) {
        // A callback or a nested function may run any number of times.
        typescript.forEachChild(child, (grandChild) => visit(grandChild, true));
        return;
      }
      const branches = isBranching(child);
      typescript.forEachChild(child, (grandChild) => visit(grandChild, conditional || (branches && !isBranchCondition(child, grandChild))));
    };
    typescript.forEachChild(body, (child) => visit(child, false));
    if (unknown) return undefined;
  }
  // The same name twice would throw 'Duplicate weight name': the code shows something the analysis does not follow.
  const all = [...always, ...maybe];
  if (new Set(all).size !== all.length && always.length > 0) return { always: [], maybe: [...new Set(all)] };
  return { always, maybe: maybe.filter((name) => !always.includes(name)) };
}

function isThisAddWeight(callee: TS.Expression): boolean {
  return typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword && callee.name.text === 'addWeight';
}

function isBranching(node: TS.Node): boolean {
  switch (node.kind) {
    case typescript.SyntaxKind.IfStatement:
    case typescript.SyntaxKind.ConditionalExpression:
    case typescript.SyntaxKind.SwitchStatement:
    case typescript.SyntaxKind.ForStatement:
    case typescript.SyntaxKind.ForInStatement:
    case typescript.SyntaxKind.ForOfStatement:
    case typescript.SyntaxKind.WhileStatement:
    case typescript.SyntaxKind.DoStatement:
    case typescript.SyntaxKind.TryStatement:
    case typescript.SyntaxKind.CatchClause:
      return true;
  }
  if (typescript.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    return (
      operator === typescript.SyntaxKind.AmpersandAmpersandToken ||
      operator === typescript.SyntaxKind.BarBarToken ||
      operator === typescript.SyntaxKind.QuestionQuestionToken
    );
  }
  return false;
}

/** The condition of an `if` and the left side of `&&` always run. */
function isBranchCondition(parent: TS.Node, child: TS.Node): boolean {
  if (typescript.isIfStatement(parent)) return child === parent.expression;
  if (typescript.isConditionalExpression(parent)) return child === parent.condition;
  if (typescript.isBinaryExpression(parent)) return child === parent.left;
  return false;
}

function sameFacts(a: LayerFacts, b: LayerFacts): boolean {
  const keys = (facts: LayerFacts) =>
    JSON.stringify([facts.reads ? [...facts.reads] : null, facts.readsComplete, facts.weightsAlways, facts.weightsMaybe, facts.weightsComplete]);
  return keys(a) === keys(b);
}

/** For tests: forget every file read. */
export function clearReferenceCache(): void {
  fileCache.clear();
}
