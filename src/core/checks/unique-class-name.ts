// Contract: registerClass() files a class under its static className, and a later class
// with the same name silently replaces the earlier one. Saved models name classes only by
// that string, so they reload as whichever class registered last, built-in layers included.
import * as path from 'node:path';
import type * as TS from 'typescript';
import type { Finding } from '../finding';
import { getOwnClassName, isSavedLayer } from '../class-name-queries';
import type { LayerClass } from '../layer-model';
import { getProgramIndexOf } from '../program-index';
import { BUILT_IN_LAYER_CLASS_NAMES } from '../tfjs-contract';
import { isTfjsLayersFile } from '../type-aware';
import { hasModifier, isFunctionLike, walk, type Ts } from '../ts-ast';
import { defineCheck } from './check';

/**
 * The class sits in a function that runs once where it stands: an IIFE, or the factory a UMD
 * wrapper calls (`(function (global, factory) {...})(this, function (exports, tfc) {...})`).
 */
function isInFunctionRunOnce(ts: Ts, node: TS.Node): boolean {
  let fn: TS.Node = node.parent;
  while (!ts.isSourceFile(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn) && !ts.isFunctionDeclaration(fn) && !ts.isMethodDeclaration(fn))
    fn = fn.parent;
  if (ts.isFunctionDeclaration(fn)) return isCalledOnceAtModuleLevel(ts, fn);
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return false;
  let use: TS.Node = fn;
  while (ts.isParenthesizedExpression(use.parent)) use = use.parent;
  return ts.isCallExpression(use.parent);
}

/**
 * `function defineLayers(tf) {...}` at the top of the file, not exported, named nowhere else than in
 * one call that runs when the module loads (`const {A} = defineLayers(tfjs);`, not in a loop or a function).
 */
function isCalledOnceAtModuleLevel(ts: Ts, fn: TS.FunctionDeclaration): boolean {
  const sourceFile = fn.getSourceFile();
  if (!fn.name || fn.parent !== sourceFile || hasModifier(ts, fn, ts.SyntaxKind.ExportKeyword)) return false;
  const name = fn.name.text;
  // The declaration and one call: any other mention (passed on, exported by name) may run it again.
  if ((sourceFile.text.match(new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$&')}(?![\\w$])`, 'g')) ?? []).length !== 2) return false;
  let calls = 0;
  const visit = (child: TS.Node): boolean => {
    if (isFunctionLike(ts, child) || isLoop(ts, child)) return false;
    if (ts.isCallExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === name) calls++;
    return true;
  };
  for (const statement of sourceFile.statements) if (statement !== fn && visit(statement)) walk(ts, statement, visit);
  return calls === 1;
}

function isLoop(ts: Ts, node: TS.Node): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.ForStatement:
    case ts.SyntaxKind.ForInStatement:
    case ts.SyntaxKind.ForOfStatement:
    case ts.SyntaxKind.WhileStatement:
    case ts.SyntaxKind.DoStatement:
      return true;
    default:
      return false;
  }
}

export const uniqueClassName = defineCheck({
  ruleId: 'unique-class-name',
  description: 'Disallow two layer classes, or a layer class and a TF.js built-in layer, sharing a className',
  recommended: true,
  code: 910011,
  messages: {
    duplicateClassName:
      "className '{{className}}' of {{layer}} is also the className of {{other}}: registerClass() keeps only the class registered last, so models saved with one silently reload as the other.",
    duplicateClassNameInProgram:
      "className '{{className}}' of {{layer}} is also the className of {{other}} in {{file}}: registerClass() keeps only the class registered last, so models saved with one silently reload as the other.",
    classNameInFactory:
      "{{layer}} is made inside a function with the fixed className '{{className}}': every class the function makes is registered under that one name, so models saved with all but the last silently reload as the last one made. Make one module-level class that reads those arguments from its config.",
    builtInClassName:
      "className '{{className}}' of {{layer}} is the className of TF.js's built-in {{className}} layer: registering {{layer}} replaces it, so every saved model with a {{className}} layer loads as {{layer}} (and fails, or silently computes something else).",
  },
  defaultOptions: {},
  run(ts, analysis) {
    const index = getProgramIndexOf(ts, analysis);
    const findings: Finding[] = [];
    const seen = new Map<string, LayerClass>();
    for (const layer of analysis.layers) {
      // A literal, or the class's own name where it or its base names each class by `this.name`.
      const className = getOwnClassName(layer);
      if (!className) continue;
      const literal = layer.className?.value === className;
      // A per-class name matters only on a class that is saved: not on the base that provides it.
      if (!literal && !isSavedLayer(ts, analysis, layer, index)) continue;
      const report = (messageId: keyof typeof uniqueClassName.messages, data: Record<string, string> = {}): void => {
        const node = literal ? (layer.className!.valueNode ?? layer.className!.node) : (layer.nameNode ?? layer.node);
        findings.push({
          ruleId: uniqueClassName.ruleId,
          messageId,
          data: { className, layer: layer.name ?? 'this layer', ...data },
          start: node.getStart(analysis.sourceFile),
          end: node.end,
        });
      };
      // TF.js's own package defines the built-ins; anywhere else the name is taken.
      if (BUILT_IN_LAYER_CLASS_NAMES.has(className) && !isTfjsLayersFile(analysis.sourceFile)) {
        report('builtInClassName');
        continue;
      }
      // A class factory (tensorflow/tfjs#7091): one literal className for every class it makes.
      if (!layer.statement && layer.registrations.length > 0 && !isInFunctionRunOnce(ts, layer.node)) {
        report('classNameInFactory');
        continue;
      }
      const earlier = seen.get(className);
      if (earlier) {
        report('duplicateClassName', { other: earlier.name ?? 'another class' });
        continue;
      }
      seen.set(className, layer);
      // With type information every file that shares the name is told, naming the earliest other file by path.
      const others = (index?.layersByClassName.get(className) ?? []).filter((other) => other.node.getSourceFile() !== analysis.sourceFile);
      const earlierFile = others.find((other) => other.node.getSourceFile().fileName < analysis.sourceFile.fileName);
      const otherToName = earlierFile ?? others[0];
      if (otherToName) {
        const file = otherToName.node.getSourceFile().fileName;
        report('duplicateClassNameInProgram', {
          other: otherToName.name ?? 'another class',
          file: path.relative(path.dirname(analysis.sourceFile.fileName), file) || path.basename(file),
        });
      }
    }
    return findings;
  },
});
