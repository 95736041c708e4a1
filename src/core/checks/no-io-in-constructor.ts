// Contract: a saved model carries config and weights only. A constructor or build() that
// reads a file, a URL or another model makes the layer depend on a resource outside the
// saved model: the reloaded layer computes with whatever that resource is now, or fails
// where it is missing.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getMemberPhase, isUnreachable } from '../state-facts';
import { resolveTfjs } from '../tfjs-bindings';
import { LAYER_INSTANCE_MEMBERS } from '../tfjs-contract';
import { CALLS, getMemberAccess, getRequiredModule, skipValueWrappers, walkMemberBody, type Ts } from '../ts-ast';
import { defineCheck } from './check';

const IO_MODULES: ReadonlySet<string> = new Set([
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'http',
  'node:http',
  'https',
  'node:https',
  'axios',
  'node-fetch',
  'got',
]);
/**
 * What a body must spell to do I/O describeIo() knows, besides the file's own I/O bindings (comments
 * saying "required" do not count): the word, what may come before it, what must follow it.
 */
const IO_CALL_WORDS: ReadonlyArray<{ word: string; wordStart: boolean; follows?: RegExp }> = [
  { word: 'fetch', wordStart: true, follows: /\s*\(/y },
  { word: 'require', wordStart: true, follows: /\s*\(/y },
  { word: 'XMLHttpRequest', wordStart: false },
  { word: 'loadLayersModel', wordStart: false },
  { word: 'loadGraphModel', wordStart: false },
  // `tf.io.x`: `io` as a name the file binds (`import {io}`) is found with the bound names below;
  // searching for the word alone would stop at every `function` and `activation`.
  { word: '.io', wordStart: false, follows: /\s*\./y },
];
/** After a name the file binds: a call or a member. */
const CALLED_OR_REACHED_INTO = /\s*[.(]/y;
const TFJS_LOADERS: ReadonlySet<string> = new Set(['loadLayersModel', 'loadGraphModel', 'loadGraphModelSync']);

export const noIoInConstructor = defineCheck({
  ruleId: 'no-io-in-constructor',
  description: 'Disallow file, network and model loading in layer constructors and build()',
  recommended: false,
  code: 910012,
  messages: {
    ioInConstructor:
      '{{member}} of {{layer}} {{what}}: the layer then depends on a resource outside the saved model, so a reloaded model computes with whatever that resource holds then, or fails where it is missing. Keep such values as weights (addWeight) so model.save() carries them.',
  },
  defaultOptions: {},
  run(ts, analysis) {
    if (analysis.layers.length === 0) return [];
    const ioNames = findIoBindings(ts, analysis.sourceFile);
    // Names the file binds to an I/O module, a TF.js loader or `io` (`const {loadLayersModel: load} = tf`).
    const boundNames = new Set(ioNames.keys());
    for (const [name, ref] of analysis.bindings.names) if (ref.kind === 'function' && (TFJS_LOADERS.has(ref.name) || ref.name === 'io')) boundNames.add(name);
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer, ioNames, boundNames));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass, ioNames: Map<string, string>, boundNames: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const text = analysis.sourceFile.text;
  // describeIo() knows only calls that spell one of these: the bodies that spell none are not walked.
  const spellsIo = (body: TS.Node | undefined): body is TS.Node => body !== undefined && spellsIoCall(text.slice(body.pos, body.end), boundNames);
  const bodies: Array<[string, TS.Node]> = [];
  if (spellsIo(layer.ctor?.node.body)) bodies.push(['The constructor', layer.ctor.node.body]);
  const build = layer.members.get('build');
  if (build && ts.isMethodDeclaration(build) && spellsIo(build.body)) bodies.push(['build()', build.body]);
  // Helpers only the constructor or build() call run while the layer is made, too (call() and the
  // members TF.js calls itself never are).
  for (const [name, member] of layer.members) {
    if (name === 'build' || name === 'call' || LAYER_INSTANCE_MEMBERS.has(name) || !ts.isMethodDeclaration(member)) continue;
    // The text test first: asking when a method runs builds the class's call graph.
    if (!spellsIo(member.body)) continue;
    if (getMemberPhase(ts, layer, name, neverOneTime) === 'construction') bodies.push([`${name}() (run while the layer is made)`, member.body]);
  }
  for (const [member, body] of bodies) {
    walkMemberBody(
      ts,
      body,
      (node) => {
        const what = describeIo(ts, analysis, node, ioNames);
        if (!what) return true;
        // Code that never runs reads nothing.
        if (isUnreachable(ts, node)) return false;
        findings.push({
          ruleId: noIoInConstructor.ruleId,
          messageId: 'ioInConstructor',
          data: { member, layer: layer.name ?? 'this layer', what },
          start: node.getStart(analysis.sourceFile),
          end: node.end,
        });
        return false;
      },
      CALLS,
    );
  }
  return findings;
}

/**
 * Whether a body's text spells an I/O call describeIo() may know: one of IO_CALL_WORDS, or a name the
 * file binds to one, called or reached into. indexOf per word over the body alone (an alternation
 * pattern tried at every offset, or a scan of the whole file, cost more than the rest of the rule).
 */
function spellsIoCall(text: string, boundNames: ReadonlySet<string>): boolean {
  for (const { word, wordStart, follows } of IO_CALL_WORDS) if (spellsWord(text, word, wordStart, false, follows)) return true;
  for (const name of boundNames) if (spellsWord(text, name, true, true, CALLED_OR_REACHED_INTO)) return true;
  return false;
}

/** Whether `text` spells `word` (starting a name, and not after a `.`, when asked), followed by what `follows` matches. */
function spellsWord(text: string, word: string, wordStart: boolean, notMember: boolean, follows: RegExp | undefined): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (wordStart && isNameChar(before)) continue;
    if (notMember && before === 46 /* . */) continue;
    if (follows) {
      follows.lastIndex = at + word.length;
      if (!follows.test(text)) continue;
    }
    return true;
  }
  return false;
}

/** A letter, digit, `_` or `$`: the name goes on. */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127;
}

/** no-io-in-constructor counts only helpers construction itself calls. */
function neverOneTime(): boolean {
  return false;
}

function describeIo(ts: Ts, analysis: FileAnalysis, node: TS.Node, ioNames: Map<string, string>): string | undefined {
  if (ts.isNewExpression(node)) {
    const callee = skipValueWrappers(ts, node.expression);
    return ts.isIdentifier(callee) && callee.text === 'XMLHttpRequest' ? 'makes an XMLHttpRequest' : undefined;
  }
  if (!ts.isCallExpression(node)) return undefined;
  const callee = skipValueWrappers(ts, node.expression);
  if (ts.isIdentifier(callee)) {
    if (callee.text === 'fetch') return 'fetches a URL';
    const module = ioNames.get(callee.text);
    if (module) return `calls ${callee.text}() from '${module}'`;
    const required = getRequiredModule(ts, node);
    if (required !== undefined && IO_MODULES.has(required)) return `loads '${required}'`;
    if (required !== undefined && /\.(json|bin)$/.test(required)) return 'requires a data file';
  }
  const ref = resolveTfjs(ts, analysis.bindings, callee);
  if (ref?.kind === 'function' && TFJS_LOADERS.has(ref.name)) return `loads a model with tf.${ref.name}()`;
  // fs.readFileSync(...), tf.io.browserHTTPRequest(...)
  for (let access = getMemberAccess(ts, callee); access; access = getMemberAccess(ts, access.object)) {
    const object = skipValueWrappers(ts, access.object);
    const objectModule = ts.isIdentifier(object) ? ioNames.get(object.text) : undefined;
    if (objectModule !== undefined) return `calls ${(object as TS.Identifier).text}.${access.name}() from '${objectModule}'`;
    const required = getRequiredModule(ts, object);
    if (required !== undefined && IO_MODULES.has(required)) return `calls ${access.name}() from '${required}'`;
    const owner = resolveTfjs(ts, analysis.bindings, object);
    if (owner?.kind === 'function' && owner.name === 'io') return 'reads or writes through tf.io';
  }
  return undefined;
}

/** Local names bound to file and network modules: `import * as fs from 'fs'`, `const {readFileSync} = require('fs')`. */
function findIoBindings(ts: Ts, sourceFile: TS.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && IO_MODULES.has(statement.moduleSpecifier.text)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) names.set(clause.name.text, module);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, module);
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((element) => names.set(element.name.text, module));
    } else if (ts.isImportEqualsDeclaration(statement)) {
      // import fs = require('fs')
      const reference = statement.moduleReference;
      if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression) && IO_MODULES.has(reference.expression.text))
        names.set(statement.name.text, reference.expression.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const module = declaration.initializer && getRequiredModule(ts, declaration.initializer);
        if (!module || !IO_MODULES.has(module)) continue;
        if (ts.isIdentifier(declaration.name)) names.set(declaration.name.text, module);
        else if (ts.isObjectBindingPattern(declaration.name))
          declaration.name.elements.forEach((element) => ts.isIdentifier(element.name) && names.set(element.name.text, module));
      }
    }
  }
  return names;
}
