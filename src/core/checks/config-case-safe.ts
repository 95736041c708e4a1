// Contract: model.save() snake_cases every config key and string value, and
// tf.loadLayersModel() camelCases them back. Whatever that round trip changes reaches the
// constructor changed: `meanRGB` comes back as `meanRgb`, 'NHWC' as 'nhwc'.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getClassChain, getWritesTo } from '../layer-queries';
import { reloadedKey, reloadedString } from '../tfjs-case';
import { getStaticName, getThisPropertyName, skipValueWrappers, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configCaseSafe = defineCheck({
  ruleId: 'config-case-safe',
  messages: {
    keyChanges: "Config key '{{key}}' of {{layer}} does not survive save/load: it is saved as '{{saved}}' and reloads as '{{reloaded}}', so the constructor never sees '{{key}}'. Use a key in plain lowerCamelCase.",
    stringValueChanges: "String '{{value}}' under config key '{{key}}' of {{layer}} does not survive save/load: it is saved as '{{saved}}' and reloads as '{{reloaded}}'. Use values that are lowerCamelCase words, or encode free text (for example as an array of char codes).",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  const getConfig = layer.getConfig;
  if (!getConfig) return [];
  const { sourceFile } = analysis;
  const layerName = layer.name ?? 'this layer';
  const findings: Finding[] = [];
  const reportedStrings = new Set<TS.Node>();
  const checkKey = (key: string, keyNode: TS.Node): void => {
    const converted = reloadedKey(key);
    if (converted.reloaded === key) return;
    findings.push({ ruleId: configCaseSafe.ruleId, messageId: 'keyChanges', data: { key, layer: layerName, ...converted }, start: keyNode.getStart(sourceFile), end: keyNode.end });
  };
  const checkStrings = (key: string, literals: Array<TS.StringLiteral | TS.NoSubstitutionTemplateLiteral>): void => {
    for (const literal of literals) {
      // A base in another file (type-aware mode) is reported when that file is linted.
      if (literal.getSourceFile() !== sourceFile) continue;
      // reloadedString() knows TF.js's exceptions: `name` kept both ways, `className` kept only on save.
      const converted = reloadedString(key, literal.text);
      if (converted.reloaded === literal.text || reportedStrings.has(literal)) continue;
      reportedStrings.add(literal);
      findings.push({ ruleId: configCaseSafe.ruleId, messageId: 'stringValueChanges', data: { key, layer: layerName, value: literal.text, ...converted }, start: literal.getStart(sourceFile), end: literal.end });
    }
  };
  // Nested objects go through the same conversion, key by key.
  const checkNested = (value: TS.Expression): void => {
    const expression = skipValueWrappers(ts, value);
    if (ts.isArrayLiteralExpression(expression)) expression.elements.forEach((element) => !ts.isSpreadElement(element) && checkNested(element));
    if (!ts.isObjectLiteralExpression(expression)) return;
    for (const property of expression.properties) {
      const key = getStaticName(ts, property.name);
      if (key === undefined || !ts.isPropertyAssignment(property)) continue;
      checkKey(key, property.name);
      checkStrings(key, collectValueStrings(ts, property.initializer));
      checkNested(property.initializer);
    }
  };
  for (const entry of getConfig.entries) {
    checkKey(entry.key, entry.keyNode);
    if (!entry.value) continue;
    checkStrings(entry.key, findStringValues(ts, layer, entry.value));
    checkNested(entry.value);
  }
  return findings;
}

/**
 * String literals that can end up as the value: written in getConfig() itself, stored in the
 * returned field by the class (`this.format = args.format ?? 'NHWC'`), or the members of the
 * string literal union the field is declared with (`format: 'NHWC' | 'NCHW'`).
 */
function findStringValues(ts: Ts, layer: LayerClass, value: TS.Expression): Array<TS.StringLiteral | TS.NoSubstitutionTemplateLiteral> {
  const literals = collectValueStrings(ts, value);
  const field = getThisPropertyName(ts, skipValueWrappers(ts, value));
  if (field === undefined) return literals;
  for (const current of getClassChain(layer)) {
    for (const write of getWritesTo(current, field)) {
      if (write.kind === 'assign' && write.value) literals.push(...collectValueStrings(ts, write.value));
    }
    const declaration = current.members.get(field);
    if (declaration && ts.isPropertyDeclaration(declaration) && declaration.type) literals.push(...collectTypeStrings(ts, declaration.type));
  }
  return literals;
}

/** Strings the expression can evaluate to: itself, defaults (`?? 'x'`, `|| 'x'`), branches, array items. */
function collectValueStrings(ts: Ts, node: TS.Expression): Array<TS.StringLiteral | TS.NoSubstitutionTemplateLiteral> {
  const value = skipValueWrappers(ts, node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return [value];
  if (ts.isBinaryExpression(value) && (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...collectValueStrings(ts, value.left), ...collectValueStrings(ts, value.right)];
  }
  if (ts.isConditionalExpression(value)) return [...collectValueStrings(ts, value.whenTrue), ...collectValueStrings(ts, value.whenFalse)];
  if (ts.isArrayLiteralExpression(value)) return value.elements.flatMap((element) => (ts.isSpreadElement(element) ? [] : collectValueStrings(ts, element)));
  return [];
}

function collectTypeStrings(ts: Ts, type: TS.TypeNode): TS.StringLiteral[] {
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal];
  if (ts.isUnionTypeNode(type)) return type.types.flatMap((member) => collectTypeStrings(ts, member));
  if (ts.isParenthesizedTypeNode(type)) return collectTypeStrings(ts, type.type);
  return [];
}
