// Child process of the round-trip harness (harness.ts): round-trips one fixture module
// (argv[2]) and prints the result as one marked JSON line. One process per fixture keeps
// TF.js's global class registry and layer-name counters from leaking between fixtures.
//
// Plain CommonJS on purpose: TF.js is loaded before the TypeScript hook is registered, which
// saves about a second per process (under the hook Node also reads TF.js's large source maps).
'use strict';
require('@tensorflow/tfjs');
require('tsx/cjs/api').register();
const { RESULT_MARKER, roundTripModule } = require('./harness.ts');

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node child.cjs <fixture module>');
  const result = await roundTripModule(file);
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  // A harness bug, not a fixture outcome: the parent reports it with this output.
  console.error(error);
  process.exit(3);
});
