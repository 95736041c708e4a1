export { analyzeFile, type FileAnalysis } from './analyze-file';
export { isSourceFileName, mayHoldLayers, shouldAnalyze } from './file-gate';
export * from './checks/index';
export { formatMessage, type CodeFix, type Finding, type TextEdit } from './finding';
export { plainTypeScript, type Ts } from './ts-ast';
