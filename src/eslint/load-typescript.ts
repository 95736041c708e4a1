// The one place the ESLint side loads TypeScript and the typescript-eslint parser, on first use:
// a process that never sees a file mentioning TF.js (oxlint over a project's other files, ESLint
// on plain scripts) never loads TypeScript at all.
//
// TypeScript 7 has no JavaScript API: `require('typescript')` of 7.0 returns a version object.
// The plugin depends on `typescript` >=4.8.4 <6.1.0 itself, so next to a project's TypeScript 7
// npm installs a TypeScript 6 under the plugin and the parser comes with it. One package of the
// parser's is left behind: ts-api-utils (peer `typescript` >=4.8.4, which 7.0 satisfies) is hoisted
// next to TypeScript 7 and would read TS 7's API-less package and throw at load. Then, and only
// then, it is loaded here once with the parser's TypeScript.
import * as fs from 'node:fs';
import Module = require('node:module');
import * as path from 'node:path';
import type * as TsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type * as typescript from 'typescript';

type Ts = typeof typescript;
type Parser = typeof TsParser;

const FIX = 'npm install -D typescript@npm:@typescript/typescript6@^6.0.2 @typescript/native@npm:typescript@^7';

/** An error ESLint and oxlint print as its message alone: the message is the whole explanation. */
export class TypeScriptApiMissing extends Error {
  constructor(found: string, version: string) {
    super(
      `eslint-plugin-tfjs-layers: the "typescript" package at ${found} is TypeScript ${version}, which has no JavaScript API; give the linter TypeScript 6's API next to your TypeScript 7 with \`${FIX}\` (see the README, "TypeScript 7").`,
    );
    this.name = 'TypeScriptApiMissing';
    this.stack = this.message;
  }
}

function hasJsApi(candidate: unknown): candidate is Ts {
  return typeof (candidate as Partial<Ts> | undefined)?.createSourceFile === 'function' && typeof (candidate as Partial<Ts>).SyntaxKind === 'object';
}

function packageRoot(resolvedFile: string): string {
  let dir = path.dirname(resolvedFile);
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

let loaded: { ts: Ts; parser?: Parser } | undefined;

/** The parser's own require: where typescript-estree, and so the AST, gets TypeScript from. */
function estreeRequire(): NodeJS.Require {
  const parserEntry = require.resolve('@typescript-eslint/parser');
  return Module.createRequire(Module.createRequire(parserEntry).resolve('@typescript-eslint/typescript-estree'));
}

/** TypeScript as the parser loads it; a TypeScript without a JavaScript API ends in one sentence that names the fix. */
export function loadTypeScript(): Ts {
  if (loaded) return loaded.ts;
  const requireFromEstree = estreeRequire();
  const ts = requireFromEstree('typescript') as unknown;
  if (!hasJsApi(ts)) {
    const found = packageRoot(requireFromEstree.resolve('typescript'));
    const version = (ts as { version?: unknown } | undefined)?.version;
    throw new TypeScriptApiMissing(found, typeof version === 'string' ? version : 'unknown');
  }
  bindTsApiUtils(requireFromEstree, ts);
  loaded = { ts };
  return ts;
}

/** `@typescript-eslint/parser`, loaded after the checks above. */
export function loadParser(): Parser {
  loadTypeScript();
  // Loaded on first use, after TypeScript itself was checked: an import would load it with the plugin.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded!.parser ??= require('@typescript-eslint/parser') as Parser);
}

/** Loads the parser's ts-api-utils with the parser's TypeScript when its own `typescript` has no JavaScript API. */
function bindTsApiUtils(requireFromEstree: NodeJS.Require, ts: Ts): void {
  let utilsPath: string;
  try {
    utilsPath = requireFromEstree.resolve('ts-api-utils');
  } catch {
    return;
  }
  if (require.cache[utilsPath]) return;
  let theirs: unknown;
  try {
    theirs = Module.createRequire(utilsPath)('typescript');
  } catch {
    theirs = undefined;
  }
  if (theirs === ts || hasJsApi(theirs)) return;
  const utils = new Module(utilsPath, module);
  utils.filename = utilsPath;
  utils.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(utilsPath));
  const ownRequire = utils.require.bind(utils);
  utils.require = Object.assign((id: string): unknown => (id === 'typescript' ? ts : ownRequire(id)), ownRequire) as NodeJS.Require;
  require.cache[utilsPath] = utils;
  try {
    (utils as unknown as { load(file: string): void }).load(utilsPath);
  } catch (error) {
    Reflect.deleteProperty(require.cache, utilsPath);
    throw error;
  }
}

/** Programs of files configs['recommended-type-checked'] parsed without type information: they are outside every tsconfig. */
const untypedPrograms = new WeakSet<object>();

export function parsedWithoutTypes(program: TSESTree.Program): boolean {
  return untypedPrograms.has(program);
}

type ParseOptions = Parameters<Parser['parseForESLint']>[1];

const OUTSIDE_PROJECT = /was not found by the project service|TSConfigs? (does|do) not include this file|none of those TSConfigs include this file/;

/**
 * The typescript-eslint parser, loaded on the first parse. With `untypedOutsideProject`, a file no
 * tsconfig (nor allowDefaultProject) holds is parsed without type information instead of failing.
 */
export function lazyParser(name: string, version: string, untypedOutsideProject: boolean) {
  return {
    meta: { name, version },
    parseForESLint(code: string, options?: ParseOptions): ReturnType<Parser['parseForESLint']> {
      const parser = loadParser();
      if (!untypedOutsideProject) return parser.parseForESLint(code, options);
      try {
        return parser.parseForESLint(code, options);
      } catch (error) {
        if (!(error instanceof Error) || !OUTSIDE_PROJECT.test(error.message)) throw error;
        const result = parser.parseForESLint(code, parser.withoutProjectParserOptions(options ?? {}));
        untypedPrograms.add(result.ast);
        return result;
      }
    },
  };
}
