// Edits that make getConfig() return more entries, written in the idiom the file already uses.
import type * as TS from 'typescript';
import type { FileAnalysis } from './analyze-file';
import type { TextEdit } from './finding';
import type { LayerClass } from './layer-model';
import { getIndentUnit, getLineIndent, getNewline, insertClassMemberEdit, insertPropertyEdit, insertStatementBeforeEdit, thisField, toMemberAccess, toPropertyKey } from './text-edits';
import { hasModifier, type Ts } from './ts-ast';

export interface ConfigEntry {
  key: string;
  field: string;
}

/** Adds the entries to the layer's own getConfig(), or adds a getConfig() that merges `super.getConfig()`. */
export function buildAddConfigEntriesEdits(ts: Ts, analysis: FileAnalysis, layer: LayerClass, entries: ConfigEntry[]): TextEdit[] | undefined {
  const { sourceFile } = analysis;
  const getConfig = layer.getConfig;
  if (!getConfig) return [buildGetConfigMethodEdit(ts, analysis, layer, entries)];
  const insertion = getConfig.insertion;
  if (!insertion) return undefined;
  if (insertion.kind === 'objectLiteral') {
    // Several entries go in as one edit: two insertions at one spot would overlap.
    const properties = entries.map((entry) => `${toPropertyKey(entry.key)}: ${thisField(entry.field)}`);
    const lineBreak = /\r?\n[ \t]*/.exec(insertPropertyEdit(sourceFile, insertion.literal, properties[0]!).text)?.[0];
    return [insertPropertyEdit(sourceFile, insertion.literal, properties.join(lineBreak ? `,${lineBreak}` : ', '))];
  }
  const indent = getLineIndent(sourceFile.text, insertion.before.getStart(sourceFile));
  const statements = entries.map((entry) => `${toMemberAccess(insertion.variable, entry.key)} = ${thisField(entry.field)};`);
  return [insertStatementBeforeEdit(sourceFile, insertion.before, statements.join(`${getNewline(sourceFile.text)}${indent}`))];
}

function buildGetConfigMethodEdit(ts: Ts, analysis: FileAnalysis, layer: LayerClass, entries: ConfigEntry[]): TextEdit {
  const { sourceFile } = analysis;
  const unit = getIndentUnit(sourceFile.text);
  const others = analysis.layers.flatMap((other) => (other.getConfig ? [other.getConfig.node] : []));
  const usesOverride = [...layer.node.members, ...others].some((member) => hasModifier(ts, member, ts.SyntaxKind.OverrideKeyword));
  const returnType = others.find((method) => method.type)?.type?.getText(sourceFile);
  const signature = `${usesOverride ? 'override ' : ''}getConfig()${returnType ? `: ${returnType}` : ''} {`;
  const lines = entries.map((entry) => `${unit}${unit}${toPropertyKey(entry.key)}: ${thisField(entry.field)},`);
  // The file's own idiom: TF.js's `Object.assign(config, baseConfig)` or a spread.
  const usesAssign = others.some((method) => method.getText(sourceFile).includes('Object.assign('));
  const body = usesAssign
    ? [`${unit}const config = {`, ...lines, `${unit}};`, `${unit}const baseConfig = super.getConfig();`, `${unit}Object.assign(config, baseConfig);`, `${unit}return config;`]
    : [`${unit}return {`, `${unit}${unit}...super.getConfig(),`, ...lines, `${unit}};`];
  const constructor = layer.node.members.find((member): member is TS.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined);
  const after = constructor ?? layer.node.members.at(-1);
  return insertClassMemberEdit(sourceFile, layer.node, [signature, ...body, '}'].join('\n'), { after });
}
