// Run by instruction-count.ts under valgrind: parses every .js file of a corpus with TypeScript,
// then (with `run` = 1) runs one build's shared analysis and every check over them once, cold.
// Only the analysis differs between run = 0 and run = 1, so the difference in instructions is its.
//   node instruction-count-child.cjs <dist/core/index.js> <corpus dir> <0|1>
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const [coreEntry, corpus, run] = process.argv.slice(2);
const ts = require('typescript');
const files = fs
  .readdirSync(corpus, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .sort();
const sourceFiles = files.map((file) =>
  ts.createSourceFile(path.join(corpus, file), fs.readFileSync(path.join(corpus, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS),
);
const core = require(coreEntry);
const plain = core.plainTypeScript(ts);
let findings = 0;
if (run === '1') {
  for (const sourceFile of sourceFiles) {
    const analysis = core.analyzeFile(plain, sourceFile);
    for (const check of core.allChecks) findings += check.run(plain, analysis, check.defaultOptions ?? {}).length;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, findings })}\n`);
