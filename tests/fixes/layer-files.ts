// fast-check arbitraries for TF.js custom layer files written in the idioms TF.js users write,
// and the renderer that turns a generated spec into source text. Every generated file parses;
// the spec also says what the fixable rules must report on it and what --fix can repair.
import fc from 'fast-check';

export type ModuleStyle =
  /** `import * as tf from '...'`, base `tf.layers.Layer` */
  | 'esm-namespace'
  /** `import {layers, serialization} from '...'`, base `layers.Layer` */
  | 'esm-named'
  /** `const tf = require('...')` */
  | 'cjs-namespace'
  /** `const {layers, serialization} = require('...')` */
  | 'cjs-named'
  /** no import: the global `tf` of a page that loads TF.js from a <script> tag */
  | 'global-script';

/** How the constructor reads one config key into a field. */
export type ReadStyle =
  /** `this.f = args.k` (destructured parameter: `this.f = k`) */
  | 'member'
  /** `this.f = args.k ?? d` */
  | 'nullish'
  /** `this.f = args.k || d` */
  | 'or'
  /** `const {k = d} = args; this.f = k` (destructured parameter: `{k = d}` in the parameter list) */
  | 'destructure-default'
  /** `const k = args.k; this.f = k` */
  | 'local'
  /** `this.f = Math.max(0, args.k)` */
  | 'math-max'
  /** `this.f = args.k * 2`: not the value as read, so config-complete only suggests */
  | 'derived';

/** `k`, `_k`, `myK` or `#k`. */
export type FieldStyle = 'same' | 'underscore' | 'renamed' | 'private';

export type GetConfigIdiom =
  /** TF.js's own: `const config = {...}; const baseConfig = super.getConfig(); Object.assign(config, baseConfig); return config;` */
  | 'assign-base'
  /** `const config = {...}; Object.assign(config, super.getConfig()); return config;` */
  | 'assign-inline'
  /** `return {...super.getConfig(), ...};` */
  | 'spread'
  /** `return {..., ...super.getConfig()};` */
  | 'spread-last'
  /** `return Object.assign({}, super.getConfig(), {...});` */
  | 'assign-empty'
  /** `const config = super.getConfig(); config.k = ...; return config;` */
  | 'mutate'
  /** no getConfig() at all */
  | 'missing'
  /** `return {...};` without super */
  | 'no-super-return'
  /** `const config = {...}; return config;` without super */
  | 'no-super-local'
  /** `const config = {}; config.k = ...; return config;` without super */
  | 'no-super-mutate';

export interface KeySpec {
  key: string;
  read: ReadStyle;
  field: FieldStyle;
  /** getConfig() already returns it (ignored without a getConfig()). */
  returned: boolean;
}

export interface ClassSpec {
  name: string;
  keys: KeySpec[];
  /** `constructor(args)` or `constructor({units, rate = 0.5, ...rest})`. */
  param: 'identifier' | 'destructured';
  paramName: 'args' | 'config';
  getConfig: GetConfigIdiom;
  /** `static className = 'X'` first in the class, `X.className = 'X'` after it, or none. */
  className: 'static' | 'assigned' | 'none';
  registered: boolean;
  /** TypeScript: `override` on call() and getConfig(). */
  override: boolean;
  /** TypeScript: `getConfig(): ...ConfigDict`. */
  returnType: boolean;
  /** JavaScript: declare the fields (`units;`) in the class body. */
  declareFields: boolean;
  exported: boolean;
}

export interface FileSpec {
  module: ModuleStyle;
  language: 'ts' | 'js';
  /** `.ts`/`.mts`, `.js`/`.mjs` (ESM), `.cjs`/`.js` (CommonJS), `.js` (script). */
  extensionChoice: 0 | 1;
  tfModule: '@tensorflow/tfjs' | '@tensorflow/tfjs-node' | '@tensorflow/tfjs-layers';
  /** Named import/require: `serialization` is in the list (else only `layers`). */
  namedSerialization: boolean;
  /** `const {Layer} = tf.layers;` and `extends Layer` (namespace styles only). */
  layerAlias: boolean;
  classes: ClassSpec[];
  multilineLiterals: boolean;
  trailingCommas: boolean;
  indent: '  ' | '    ' | '\t';
  newline: '\n' | '\r\n';
  quote: "'" | '"';
  /** Line and block comments where people leave them: after imports, statements, last entries, class ends. */
  comments: boolean;
  /** call() and a one-statement getConfig() on one line each (with one-line literals). */
  compactMethods: boolean;
}

const KEYS = ['units', 'rate', 'activation', 'useBias', 'epsilon', 'axis', 'kernelSize'] as const;
const DEFAULTS: Record<string, (quote: string) => string> = {
  units: () => '32',
  rate: () => '0.5',
  activation: (q) => `${q}relu${q}`,
  useBias: () => 'true',
  epsilon: () => '1e-3',
  axis: () => '-1',
  kernelSize: () => '3',
};
const TYPES: Record<string, string> = {
  units: 'number',
  rate: 'number',
  activation: 'string',
  useBias: 'boolean',
  epsilon: 'number',
  axis: 'number',
  kernelSize: 'number',
};
const CLASS_NAMES = ['ScaleLayer', 'Attention', 'MyDense', 'TimeMix'] as const;

// uniqueArray over records (not chain) keeps shrinking effective: a counterexample shrinks to few keys and classes.
const keySpec: fc.Arbitrary<KeySpec> = fc.record({
  key: fc.constantFrom(...KEYS),
  read: fc.constantFrom<ReadStyle>('member', 'nullish', 'or', 'destructure-default', 'local', 'math-max', 'derived'),
  field: fc.constantFrom<FieldStyle>('same', 'underscore', 'renamed', 'private'),
  returned: fc.boolean(),
});

const classSpec: fc.Arbitrary<ClassSpec> = fc.record({
  name: fc.constantFrom(...CLASS_NAMES),
  keys: fc.uniqueArray(keySpec, { selector: (k) => k.key, minLength: 1, maxLength: 3 }),
  param: fc.constantFrom<ClassSpec['param']>('identifier', 'identifier', 'destructured'),
  paramName: fc.constantFrom<ClassSpec['paramName']>('args', 'config'),
  getConfig: fc.constantFrom<GetConfigIdiom>(
    'assign-base',
    'assign-inline',
    'spread',
    'spread-last',
    'assign-empty',
    'mutate',
    'missing',
    'no-super-return',
    'no-super-local',
    'no-super-mutate',
  ),
  className: fc.constantFrom<ClassSpec['className']>('static', 'assigned', 'none'),
  registered: fc.boolean(),
  override: fc.boolean(),
  returnType: fc.boolean(),
  declareFields: fc.boolean(),
  exported: fc.boolean(),
});

/** A file with one or two layer classes; choices that do not fit the module style are normalized away. */
export const layerFile: fc.Arbitrary<FileSpec> = fc
  .record({
    // ES modules twice as often: only they can be TypeScript.
    module: fc.constantFrom<ModuleStyle>('esm-namespace', 'esm-named', 'esm-namespace', 'esm-named', 'cjs-namespace', 'cjs-named', 'global-script'),
    language: fc.constantFrom<FileSpec['language']>('ts', 'js'),
    extensionChoice: fc.constantFrom<FileSpec['extensionChoice']>(0, 1),
    tfModule: fc.constantFrom<FileSpec['tfModule']>('@tensorflow/tfjs', '@tensorflow/tfjs-node', '@tensorflow/tfjs-layers'),
    namedSerialization: fc.boolean(),
    layerAlias: fc.boolean(),
    classes: fc.uniqueArray(classSpec, { selector: (c) => c.name, minLength: 1, maxLength: 2 }),
    multilineLiterals: fc.boolean(),
    trailingCommas: fc.boolean(),
    indent: fc.constantFrom<FileSpec['indent']>('  ', '    ', '\t'),
    newline: fc.constantFrom<FileSpec['newline']>('\n', '\r\n'),
    quote: fc.constantFrom<FileSpec['quote']>("'", '"'),
    comments: fc.boolean(),
    compactMethods: fc.boolean(),
  })
  .map(normalize);

function normalize(spec: FileSpec): FileSpec {
  const out: FileSpec = { ...spec, classes: spec.classes.map((c) => ({ ...c, keys: c.keys.map((k) => ({ ...k })) })) };
  // TypeScript only as ES modules; CommonJS and scripts are JavaScript.
  if (out.module !== 'esm-namespace' && out.module !== 'esm-named') out.language = 'js';
  const named = out.module === 'esm-named' || out.module === 'cjs-named';
  // tfjs-layers has no `serialization`: only a named list of `layers` from it (the fix imports serialization from tfjs-core).
  if (out.tfModule === '@tensorflow/tfjs-layers' && !(named && !out.namedSerialization)) out.tfModule = '@tensorflow/tfjs';
  if (!named) out.namedSerialization = false;
  if (named || out.module === 'global-script') out.layerAlias = out.module === 'global-script' && out.layerAlias;
  const canRegister = !named || out.namedSerialization;
  for (const c of out.classes) {
    if (!canRegister) c.registered = false;
    if (out.language === 'ts') {
      // `X.className = ...` after a class is JavaScript (tsc's output); TypeScript declares it.
      if (c.className === 'assigned') c.className = 'static';
      c.declareFields = true;
    } else {
      c.override = false;
      c.returnType = false;
    }
    if (out.module === 'global-script') c.exported = false;
  }
  return out;
}

export function fileNameOf(spec: FileSpec): string {
  const extension = {
    'esm-namespace': spec.language === 'ts' ? ['.ts', '.mts'] : ['.js', '.mjs'],
    'esm-named': spec.language === 'ts' ? ['.ts', '.mts'] : ['.js', '.mjs'],
    'cjs-namespace': ['.cjs', '.js'],
    'cjs-named': ['.cjs', '.js'],
    'global-script': ['.js', '.js'],
  }[spec.module][spec.extensionChoice];
  return `layer${extension}`;
}

export function fieldOf(key: KeySpec): string {
  switch (key.field) {
    case 'same':
      return key.key;
    case 'underscore':
      return `_${key.key}`;
    case 'renamed':
      return `my${key.key[0]!.toUpperCase()}${key.key.slice(1)}`;
    case 'private':
      return `#${key.key}`;
  }
}

/** The field holds the value as read (or an idempotent default or clamp of it): config-complete can fix it. */
export const isExactRead = (key: KeySpec): boolean => key.read !== 'derived';

/** Keys getConfig() returns before any fix. */
export const returnedKeys = (c: ClassSpec): KeySpec[] => (c.getConfig === 'missing' ? [] : c.keys.filter((k) => k.returned));

export function render(spec: FileSpec): string {
  const u = spec.indent;
  const ind = (level: number) => u.repeat(level);
  const q = spec.quote;
  const ts = spec.language === 'ts';
  const namespace = spec.module === 'esm-namespace' || spec.module === 'cjs-namespace' || spec.module === 'global-script';
  const lines: string[] = [];
  const comma = spec.trailingCommas ? ',' : '';

  /** `{a, b}` on one line or one entry per line; `level` is the indentation of the line it starts on. */
  const literal = (entries: string[], level: number): string => {
    if (entries.length === 0) return '{}';
    if (!spec.multilineLiterals) return `{ ${entries.join(', ')}${comma}${spec.comments ? ' /* last */' : ''} }`;
    const last = spec.comments ? ' // last' : '';
    return `{\n${entries.map((e, i) => `${ind(level + 1)}${e}${i < entries.length - 1 ? ',' : `${comma}${last}`}`).join('\n')}\n${ind(level)}}`;
  };

  const lineComment = (text: string) => (spec.comments ? ` // ${text}` : '');
  const imported = literal(spec.namedSerialization ? ['layers', 'serialization'] : ['layers'], 0);
  switch (spec.module) {
    case 'esm-namespace':
      lines.push(`import * as tf from ${q}${spec.tfModule}${q};${lineComment('TF.js')}`);
      break;
    case 'esm-named':
      lines.push(`import ${imported} from ${q}${spec.tfModule}${q};${lineComment('TF.js')}`);
      break;
    case 'cjs-namespace':
      lines.push(`const tf = require(${q}${spec.tfModule}${q});${lineComment('TF.js')}`);
      break;
    case 'cjs-named':
      lines.push(`const ${imported} = require(${q}${spec.tfModule}${q});${lineComment('TF.js')}`);
      break;
    case 'global-script':
      lines.push('// TF.js comes from a <script> tag: `tf` is a global.');
      break;
  }
  if (spec.layerAlias) lines.push('const { Layer } = tf.layers;');
  lines.push('');
  const base = spec.layerAlias ? 'Layer' : namespace ? 'tf.layers.Layer' : 'layers.Layer';
  const serialization = namespace ? 'tf.serialization' : 'serialization';

  for (const c of spec.classes) {
    const argsType = `${c.name}Args`;
    if (ts) lines.push(`interface ${argsType} { ${c.keys.map((k) => `${k.key}?: ${TYPES[k.key]};`).join(' ')} name?: string; }`, '');
    if (spec.comments) lines.push(`/** ${c.name}: a custom layer. */`);
    lines.push(`${c.exported && spec.module.startsWith('esm') ? 'export ' : ''}class ${c.name} extends ${base} {`);
    if (c.className === 'static') lines.push(`${ind(1)}static className = ${q}${c.name}${q};`);
    if (c.declareFields) {
      for (const k of c.keys) {
        const f = fieldOf(k);
        lines.push(ts ? `${ind(1)}${f.startsWith('#') ? '' : 'private '}${f}: ${k.read === 'derived' ? 'number' : TYPES[k.key]};` : `${ind(1)}${f};`);
      }
    } else {
      for (const k of c.keys) if (k.field === 'private') lines.push(`${ind(1)}${fieldOf(k)};`);
    }
    if (c.className === 'static' || c.declareFields || c.keys.some((k) => k.field === 'private')) lines.push('');

    // --- constructor ---
    const p = c.paramName;
    const d = (k: KeySpec) => DEFAULTS[k.key]!(q);
    const body: string[] = [];
    if (c.param === 'identifier') {
      lines.push(`${ind(1)}constructor(${p}${ts ? `: ${argsType}` : ''}) {`);
      body.push(`super(${p});${lineComment('base')}`);
      const destructured = c.keys.filter((k) => k.read === 'destructure-default');
      if (destructured.length > 0)
        body.push(
          `const ${literal(
            destructured.map((k) => `${k.key} = ${d(k)}`),
            2,
          )} = ${p};`,
        );
      for (const k of c.keys) {
        const f = `this.${fieldOf(k)}`;
        switch (k.read) {
          case 'member':
            body.push(`${f} = ${p}.${k.key};`);
            break;
          case 'nullish':
            body.push(`${f} = ${p}.${k.key} ?? ${d(k)};`);
            break;
          case 'or':
            body.push(`${f} = ${p}.${k.key} || ${d(k)};`);
            break;
          case 'destructure-default':
            body.push(`${f} = ${k.key};`);
            break;
          case 'local':
            body.push(`const ${k.key} = ${p}.${k.key};`, `${f} = ${k.key};`);
            break;
          case 'math-max':
            body.push(`${f} = Math.max(0, ${p}.${k.key});`);
            break;
          case 'derived':
            body.push(`${f} = ${p}.${k.key} * 2;`);
            break;
        }
      }
    } else {
      const elements = c.keys.map((k) => (k.read === 'destructure-default' ? `${k.key} = ${d(k)}` : k.key));
      const pattern = `{ ${[...elements, `...rest`].join(', ')} }`;
      lines.push(`${ind(1)}constructor(${pattern}${ts ? `: ${argsType}` : ''} = {}) {`);
      body.push('super(rest);');
      for (const k of c.keys) {
        const f = `this.${fieldOf(k)}`;
        switch (k.read) {
          case 'member':
          case 'destructure-default':
            body.push(`${f} = ${k.key};`);
            break;
          case 'nullish':
            body.push(`${f} = ${k.key} ?? ${d(k)};`);
            break;
          case 'or':
            body.push(`${f} = ${k.key} || ${d(k)};`);
            break;
          case 'local':
            body.push(`const ${k.key}Value = ${k.key};`, `${f} = ${k.key}Value;`);
            break;
          case 'math-max':
            body.push(`${f} = Math.max(0, ${k.key});`);
            break;
          case 'derived':
            body.push(`${f} = ${k.key} * 2;`);
            break;
        }
      }
    }
    lines.push(...body.map((line) => `${ind(2)}${line}`), `${ind(1)}}`, '');

    // --- call() ---
    const override = c.override ? 'override ' : '';
    const method = (signature: string, statements: string[]): string[] =>
      spec.compactMethods && statements.length === 1 && !statements[0]!.includes('\n')
        ? [`${ind(1)}${signature} { ${statements[0]} }`]
        : [`${ind(1)}${signature} {`, ...statements.map((line) => `${ind(2)}${line}`), `${ind(1)}}`];
    lines.push(...method(`${override}call(inputs${ts ? ': any' : ''})`, ['return inputs;']));

    // --- getConfig() ---
    if (c.getConfig !== 'missing') {
      const entries = returnedKeys(c).map((k) => `${k.key}: this.${fieldOf(k)}`);
      const returnType = c.returnType ? `: ${serialization}.ConfigDict` : '';
      const g: string[] = [];
      switch (c.getConfig) {
        case 'assign-base':
          g.push(`const config = ${literal(entries, 2)};`, 'const baseConfig = super.getConfig();', 'Object.assign(config, baseConfig);', 'return config;');
          break;
        case 'assign-inline':
          g.push(`const config = ${literal(entries, 2)};`, 'Object.assign(config, super.getConfig());', 'return config;');
          break;
        case 'spread':
          g.push(`return ${literal(['...super.getConfig()', ...entries], 2)};`);
          break;
        case 'spread-last':
          g.push(`return ${literal([...entries, '...super.getConfig()'], 2)};`);
          break;
        case 'assign-empty':
          g.push(`return Object.assign({}, super.getConfig(), ${literal(entries, 2)});`);
          break;
        case 'mutate':
          g.push('const config = super.getConfig();', ...returnedKeys(c).map((k) => `config.${k.key} = this.${fieldOf(k)};`), 'return config;');
          break;
        case 'no-super-return':
          g.push(`return ${literal(entries, 2)};`);
          break;
        case 'no-super-local':
          g.push(`const config = ${literal(entries, 2)};`, 'return config;');
          break;
        case 'no-super-mutate':
          g.push(
            `const config${ts ? ': Record<string, unknown>' : ''} = {};`,
            ...returnedKeys(c).map((k) => `config.${k.key} = this.${fieldOf(k)};`),
            'return config;',
          );
          break;
      }
      lines.push('', ...method(`${override}getConfig()${returnType}`, g));
    }
    lines.push(`}${lineComment(`end ${c.name}`)}`);
    if (c.className === 'assigned') lines.push(`${c.name}.className = ${q}${c.name}${q};`);
    if (c.registered) lines.push(`${serialization}.registerClass(${c.name});${spec.comments ? ' /* registered */' : ''}`);
    lines.push('');
  }
  const exported = spec.classes.filter((c) => c.exported).map((c) => c.name);
  if (spec.module.startsWith('cjs') && exported.length > 0) lines.push(`module.exports = { ${exported.join(', ')} };`);
  // Multi-line pieces were built with '\n': the file's own newline everywhere.
  return lines.join('\n').replace(/\n/g, spec.newline);
}
