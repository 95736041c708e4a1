// Child process of construct-twice.ts: imports one fixture module (argv[2]), calls its
// createFixture() twice and builds and runs both layers, then prints the outcome as one marked
// JSON line. A fresh process per module, as a user's program would be: TF.js's class registry,
// variable names and layer-name counters start empty.
//
// Plain CommonJS, like ../roundtrip/child.cjs: TF.js is loaded before the TypeScript hook.
'use strict';
require('@tensorflow/tfjs');
require('tsx/cjs/api').register();
const { TWICE_MARKER, constructTwice } = require('./construct-twice.ts');

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node construct-twice-child.cjs <fixture module>');
  const result = await constructTwice(file);
  process.stdout.write(`\n${TWICE_MARKER}${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  // A bug of this check, not a fixture outcome: the parent reports it with this output.
  console.error(error);
  process.exit(3);
});
