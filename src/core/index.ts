export { analyzeFile, mayHoldLayers, type FileAnalysis } from './analyze-file';
export * from './checks/index';
export { formatMessage, type CodeFix, type Finding, type TextEdit } from './finding';
export { plainTypeScript, type Ts } from './ts-ast';
