// Contract: model.save() snake_cases every config key and string value, and
// tf.loadLayersModel() camelCases them back. Whatever that round trip changes reaches the
// constructor changed: `meanRGB` comes back as `meanRgb`, 'NHWC' as 'nhwc'.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getClassChain, getWritesTo } from '../layer-queries';
import { reloadedKey, reloadedString } from '../tfjs-case';
import { resolveConstValue } from '../state-facts';
import { cachedPerKey, getMemberAccess, getStaticName, getThisPropertyName, skipValueWrappers, someAlternativeValue, type Ts } from '../ts-ast';
import { defineCheck } from './check';

export const configCaseSafe = defineCheck({
  ruleId: 'config-case-safe',
  description: "Disallow getConfig() keys and string values that TF.js's snake_case/camelCase conversion changes on save and load",
  recommended: true,
  code: 910009,
  messages: {
    keyChanges:
      "Config key '{{key}}' of {{layer}} does not survive save/load: it is saved as '{{saved}}' and reloads as '{{reloaded}}', so the constructor never sees '{{key}}'. Use a key in plain lowerCamelCase.",
    stringValueChanges:
      "String '{{value}}' under config key '{{key}}' of {{layer}} does not survive save/load: it is saved as '{{saved}}' and reloads as '{{reloaded}}'. Use values that are lowerCamelCase words, or encode free text (for example as an array of char codes).",
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

/** The reloaded string is the original, or becomes it again through the constructor's own case normalization. */
function survives(original: string, reloaded: string, normalizesCase: 'upper' | 'lower' | undefined): boolean {
  if (reloaded === original) return true;
  if (normalizesCase === 'upper') return reloaded.toUpperCase() === original.toUpperCase();
  if (normalizesCase === 'lower') return reloaded.toLowerCase() === original.toLowerCase();
  return false;
}

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
    findings.push({
      ruleId: configCaseSafe.ruleId,
      messageId: 'keyChanges',
      data: { key, layer: layerName, ...converted },
      start: keyNode.getStart(sourceFile),
      end: keyNode.end,
    });
  };
  const checkStrings = (key: string, literals: Array<TS.StringLiteral | TS.NoSubstitutionTemplateLiteral>, normalizesCase?: 'upper' | 'lower'): void => {
    for (const literal of literals) {
      // A base in another file (type-aware mode) is reported when that file is linted.
      if (literal.getSourceFile() !== sourceFile) continue;
      // reloadedString() knows TF.js's exceptions: `name` kept both ways, `className` kept only on save.
      const converted = reloadedString(key, literal.text);
      if (survives(literal.text, converted.reloaded, normalizesCase) || reportedStrings.has(literal)) continue;
      reportedStrings.add(literal);
      findings.push({
        ruleId: configCaseSafe.ruleId,
        messageId: 'stringValueChanges',
        data: { key, layer: layerName, value: literal.text, ...converted },
        start: literal.getStart(sourceFile),
        end: literal.end,
      });
    }
  };
  // Strings only the checker knows (a literal type from another file or package): reported at the value, once per string.
  const checkTypedStrings = (key: string, values: StringValues, at: TS.Expression): void => {
    const seen = new Set(values.literals.map((literal) => literal.text));
    for (const text of values.typed) {
      if (seen.has(text)) continue;
      seen.add(text);
      const converted = reloadedString(key, text);
      if (survives(text, converted.reloaded, values.normalizesCase)) continue;
      findings.push({
        ruleId: configCaseSafe.ruleId,
        messageId: 'stringValueChanges',
        data: { key, layer: layerName, value: text, ...converted },
        start: at.getStart(sourceFile),
        end: at.end,
      });
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
    const values = findStringValues(ts, analysis, layer, entry.value);
    checkStrings(entry.key, values.literals, values.normalizesCase);
    checkTypedStrings(entry.key, values, entry.value);
    checkNested(entry.value);
  }
  return findings;
}

type StringLiteralNode = TS.StringLiteral | TS.NoSubstitutionTemplateLiteral;

/** What a value can be: string literals of the file (reported where written) and strings only the types know (reported at the value). */
interface StringValues {
  literals: StringLiteralNode[];
  typed: string[];
  /** The constructor stores the value through `.toUpperCase()`/`.toLowerCase()`: the case the load gives back does not matter. */
  normalizesCase?: 'upper' | 'lower';
}

/**
 * Strings that can end up as the value: written in getConfig() itself (also through a local, a
 * module constant or an enum member of the file), stored in the returned field by the class
 * (`this.format = args.format ?? 'NHWC'`), the members of the literal union or enum the field or
 * the constructor's config is declared with (`format: 'NHWC' | 'NCHW'`), and, with type
 * information, the string literal types of the value.
 */
function findStringValues(ts: Ts, analysis: FileAnalysis, layer: LayerClass, node: TS.Expression): StringValues {
  const value = resolveConstValue(ts, node);
  const result: StringValues = { literals: collectValueStrings(ts, value), typed: [] };
  const field = getThisPropertyName(ts, skipValueWrappers(ts, value));
  // Where the checker is asked, with a program only.
  const typed = analysis.program !== undefined;
  let typeLocation: TS.Node | undefined = typed && result.literals.length === 0 && isOpaque(ts, value) ? value : undefined;
  if (field !== undefined) {
    let declared: TS.PropertyDeclaration | undefined;
    const fromConfigTypes: StringLiteralNode[] = [];
    let opaqueWrite: TS.Expression | undefined;
    let declaresStrings = false;
    for (const current of getClassChain(layer)) {
      for (const write of getWritesTo(current, field)) {
        if (write.kind !== 'assign' || !write.value) continue;
        const stored = resolveConstValue(ts, write.value);
        result.literals.push(...collectValueStrings(ts, stored));
        result.normalizesCase ??= getCaseNormalization(ts, stored);
        if (typed && !opaqueWrite && isOpaque(ts, stored)) opaqueWrite = stored;
        // `this.format = args.format`: the type the constructor's config gives the key.
        someAlternativeValue(ts, stored, (alternative) => {
          const typeNode = findConfigKeyType(ts, current, alternative);
          if (typeNode) fromConfigTypes.push(...collectTypeStrings(ts, typeNode));
          return false;
        });
      }
      const declaration = current.members.get(field);
      if (declaration && ts.isPropertyDeclaration(declaration)) {
        declared ??= declaration;
        const strings = declaration.type ? collectTypeStrings(ts, declaration.type) : [];
        if (strings.length > 0) declaresStrings = true;
        result.literals.push(...strings);
      }
    }
    // The config's declared type stands in for a field declared without one, each string once.
    if (!declaresStrings) {
      const known = new Set(result.literals.map((literal) => literal.text));
      for (const literal of fromConfigTypes) {
        if (known.has(literal.text)) continue;
        known.add(literal.text);
        result.literals.push(literal);
      }
    }
    typeLocation = result.literals.length === 0 ? (declared?.name ?? opaqueWrite) : undefined;
  }
  if (analysis.program && typeLocation) {
    const checker = analysis.program.getTypeChecker();
    const symbol = ts.isIdentifier(typeLocation) && field !== undefined ? checker.getSymbolAtLocation(typeLocation) : undefined;
    const type = symbol ? checker.getTypeOfSymbolAtLocation(symbol, typeLocation) : checker.getTypeAtLocation(typeLocation);
    result.typed.push(...collectStringLiteralTypes(type));
  }
  return result;
}

/** A value whose strings only the types can tell: a name, a property, a call. */
function isOpaque(ts: Ts, value: TS.Expression): boolean {
  const expression = skipValueWrappers(ts, value);
  return (
    ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression) || ts.isCallExpression(expression)
  );
}

/** `(args.mode ?? 'max').toUpperCase()`: the constructor restores the case itself. */
function getCaseNormalization(ts: Ts, value: TS.Expression): 'upper' | 'lower' | undefined {
  const expression = skipValueWrappers(ts, value);
  if (!ts.isCallExpression(expression)) return undefined;
  const name = getMemberAccess(ts, expression.expression)?.name;
  return name === 'toUpperCase' || name === 'toLocaleUpperCase' ? 'upper' : name === 'toLowerCase' || name === 'toLocaleLowerCase' ? 'lower' : undefined;
}

/** For `args.format` read from the constructor's config parameter, the type node the parameter gives `format`. */
function findConfigKeyType(ts: Ts, layer: LayerClass, value: TS.Expression): TS.TypeNode | undefined {
  const access = getMemberAccess(ts, skipValueWrappers(ts, value));
  const parameter = layer.ctor?.parameter;
  if (!access || !parameter?.type) return undefined;
  const object = skipValueWrappers(ts, access.object);
  if (!ts.isIdentifier(object) || !ts.isIdentifier(parameter.name) || object.text !== parameter.name.text) return undefined;
  return findPropertyType(ts, parameter.type, access.name, 0);
}

function findPropertyType(ts: Ts, type: TS.TypeNode, name: string, depth: number): TS.TypeNode | undefined {
  if (depth > 4) return undefined;
  if (type.kind === ts.SyntaxKind.TypeLiteral) return getMemberTypes(ts, type as TS.TypeLiteralNode).get(name);
  if (type.kind === ts.SyntaxKind.IntersectionType) {
    for (const part of (type as TS.IntersectionTypeNode).types) {
      const found = findPropertyType(ts, part, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (type.kind !== ts.SyntaxKind.TypeReference) return undefined;
  const typeName = (type as TS.TypeReferenceNode).typeName;
  if (!ts.isIdentifier(typeName)) return undefined;
  const declaration = getModuleTypes(ts, type.getSourceFile()).get(typeName.text);
  if (!declaration) return undefined;
  if (declaration.kind === ts.SyntaxKind.InterfaceDeclaration) {
    const found = getMemberTypes(ts, declaration as TS.InterfaceDeclaration).get(name);
    if (found) return found;
    // `interface Args extends LayerArgs`: another file's keys are not guessed.
    return undefined;
  }
  if (declaration.kind === ts.SyntaxKind.TypeAliasDeclaration) return findPropertyType(ts, (declaration as TS.TypeAliasDeclaration).type, name, depth + 1);
  return undefined;
}

/** A type literal's or interface's property types by name: asked once per key and write, built once. */
const getMemberTypes = cachedPerKey((ts, owner: TS.TypeLiteralNode | TS.InterfaceDeclaration): Map<string, TS.TypeNode | undefined> => {
  const types = new Map<string, TS.TypeNode | undefined>();
  for (const member of owner.members) {
    const name = member.kind === ts.SyntaxKind.PropertySignature ? getStaticName(ts, member.name) : undefined;
    if (name !== undefined && !types.has(name)) types.set(name, (member as TS.PropertySignature).type);
  }
  return types;
});

/** Interfaces, type aliases and enums declared at the top of the file (also exported), by name. */
const getModuleTypes = cachedPerKey((ts, sourceFile: TS.SourceFile): Map<string, TS.Node> => {
  const found = new Map<string, TS.Node>();
  for (const statement of sourceFile.statements) {
    if (
      statement.kind === ts.SyntaxKind.InterfaceDeclaration ||
      statement.kind === ts.SyntaxKind.TypeAliasDeclaration ||
      statement.kind === ts.SyntaxKind.EnumDeclaration
    ) {
      const name = (statement as TS.InterfaceDeclaration).name.text;
      if (!found.has(name)) found.set(name, statement);
    }
  }
  return found;
});

/** Strings the expression can evaluate to: itself, defaults (`?? 'x'`, `|| 'x'`), branches, array items, constants and enum members of the file. */
function collectValueStrings(ts: Ts, node: TS.Expression, depth = 0): StringLiteralNode[] {
  const value = depth === 0 ? skipValueWrappers(ts, node) : resolveConstValue(ts, node);
  if (depth > 6) return [];
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return [value];
  if (
    ts.isBinaryExpression(value) &&
    (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return [...collectValueStrings(ts, value.left, depth + 1), ...collectValueStrings(ts, value.right, depth + 1)];
  }
  if (ts.isConditionalExpression(value)) return [...collectValueStrings(ts, value.whenTrue, depth + 1), ...collectValueStrings(ts, value.whenFalse, depth + 1)];
  if (ts.isArrayLiteralExpression(value))
    return value.elements.flatMap((element) => (ts.isSpreadElement(element) ? [] : collectValueStrings(ts, element, depth + 1)));
  return [];
}

/** The string literals of a type written in the file: a literal, a union, a type alias or an enum of the file, `Enum.Member`. */
function collectTypeStrings(ts: Ts, type: TS.TypeNode, depth = 0): StringLiteralNode[] {
  if (depth > 6) return [];
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal];
  if (ts.isUnionTypeNode(type)) return type.types.flatMap((member) => collectTypeStrings(ts, member, depth + 1));
  if (ts.isParenthesizedTypeNode(type)) return collectTypeStrings(ts, type.type, depth + 1);
  if (type.kind === ts.SyntaxKind.ArrayType) return collectTypeStrings(ts, (type as TS.ArrayTypeNode).elementType, depth + 1);
  if (type.kind !== ts.SyntaxKind.TypeReference) return [];
  const reference = type as TS.TypeReferenceNode;
  const types = getModuleTypes(ts, type.getSourceFile());
  if (ts.isIdentifier(reference.typeName)) {
    const declaration = types.get(reference.typeName.text);
    if (declaration?.kind === ts.SyntaxKind.TypeAliasDeclaration) return collectTypeStrings(ts, (declaration as TS.TypeAliasDeclaration).type, depth + 1);
    if (declaration?.kind === ts.SyntaxKind.EnumDeclaration)
      return (declaration as TS.EnumDeclaration).members.flatMap((member) => stringInitializer(ts, member.initializer));
    return [];
  }
  // `Mode.Max` as a type: that member.
  const qualified = reference.typeName;
  if (!ts.isIdentifier(qualified.left)) return [];
  const declaration = types.get(qualified.left.text);
  if (declaration?.kind !== ts.SyntaxKind.EnumDeclaration) return [];
  const member = (declaration as TS.EnumDeclaration).members.find((candidate) => getStaticName(ts, candidate.name) === qualified.right.text);
  return member ? stringInitializer(ts, member.initializer) : [];
}

function stringInitializer(ts: Ts, initializer: TS.Expression | undefined): StringLiteralNode[] {
  const value = initializer && skipValueWrappers(ts, initializer);
  return value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) ? [value] : [];
}

/**
 * With type information: the string literal types a value can have (a string enum's members too).
 * Not TF.js's own identifier types (`ActivationIdentifier`, `Rank`): which of their members a layer
 * uses is not known, and TF.js's configs carry them itself.
 */
function collectStringLiteralTypes(type: TS.Type): string[] {
  if (isDeclaredByTfjs(type.aliasSymbol)) return [];
  const members = type.isUnion() ? type.types : [type];
  const found: string[] = [];
  for (const member of members) {
    if (member.isStringLiteral() && !isDeclaredByTfjs(member.getSymbol()) && !isDeclaredByTfjs(member.aliasSymbol)) found.push(member.value);
  }
  return found;
}

function isDeclaredByTfjs(symbol: TS.Symbol | undefined): boolean {
  return symbol?.declarations?.some((declaration) => /[\\/]@tensorflow[\\/]/.test(declaration.getSourceFile().fileName)) ?? false;
}
