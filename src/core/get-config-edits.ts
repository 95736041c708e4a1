// Edits that make getConfig() return more entries, written in the idiom the file already uses.
import type * as TS from 'typescript';
import type { FileAnalysis } from './analyze-file';
import type { TextEdit } from './finding';
import type { LayerClass } from './layer-model';
import {
  getIndentUnit,
  getLineIndent,
  getNewline,
  insertClassMemberEdit,
  insertPropertyEdit,
  insertStatementBeforeEdit,
  thisField,
  toMemberAccess,
  toPropertyKey,
} from './text-edits';
import { cachedPerKey, hasModifier, type Ts } from './ts-ast';

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
  return [insertStatementBeforeEdit(sourceFile, insertion.before, statements.join(`${getNewline(sourceFile)}${indent}`))];
}

interface GetConfigIdiom {
  /** Some getConfig() of the file is marked `override`. */
  usesOverride: boolean;
  returnType?: string;
  /** TF.js's `Object.assign(config, baseConfig)` rather than a spread. */
  usesAssign: boolean;
}

/** How the file's own getConfig() methods are written: read once per file, not once per layer that lacks one. */
const getConfigIdiom = cachedPerKey((ts, analysis: FileAnalysis): GetConfigIdiom => {
  const methods = analysis.layers.flatMap((layer) => (layer.getConfig ? [layer.getConfig.node] : []));
  return {
    usesOverride: methods.some((method) => hasModifier(ts, method, ts.SyntaxKind.OverrideKeyword)),
    // Only TF.js's own config type fits every layer: another class's `getConfig(): DenseConfig` would not (TS2416).
    returnType: methods.map((method) => method.type?.getText(analysis.sourceFile)).find((type) => type !== undefined && /^(?:[\w$]+\.)*ConfigDict$/.test(type)),
    usesAssign: methods.some((method) => method.getText(analysis.sourceFile).includes('Object.assign(')),
  };
});

function buildGetConfigMethodEdit(ts: Ts, analysis: FileAnalysis, layer: LayerClass, entries: ConfigEntry[]): TextEdit {
  const { sourceFile } = analysis;
  const unit = getIndentUnit(sourceFile);
  const { usesOverride, returnType, usesAssign } = getConfigIdiom(ts, analysis);
  const override = usesOverride || layer.node.members.some((member) => hasModifier(ts, member, ts.SyntaxKind.OverrideKeyword));
  const signature = `${override ? 'override ' : ''}getConfig()${returnType ? `: ${returnType}` : ''} {`;
  const lines = entries.map((entry) => `${unit}${unit}${toPropertyKey(entry.key)}: ${thisField(entry.field)},`);
  const body = usesAssign
    ? [
        `${unit}const config = {`,
        ...lines,
        `${unit}};`,
        `${unit}const baseConfig = super.getConfig();`,
        `${unit}Object.assign(config, baseConfig);`,
        `${unit}return config;`,
      ]
    : [`${unit}return {`, `${unit}${unit}...super.getConfig(),`, ...lines, `${unit}};`];
  const constructor = layer.node.members.find(
    (member): member is TS.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined,
  );
  const after = constructor ?? layer.node.members.at(-1);
  return insertClassMemberEdit(sourceFile, layer.node, [signature, ...body, '}'].join('\n'), { after });
}
