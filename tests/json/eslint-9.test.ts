// configs['model-json'] under ESLint 9 (the oldest major the plugin supports): the same findings
// on examples/models as ESLint 10 gives.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-9';
import plugin = require('../../src/eslint/index');

const examples = path.join(__dirname, '..', '..', 'examples');

async function findings(ESLint: typeof ESLint10): Promise<string[]> {
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: true, overrideConfig: [plugin.configs['model-json']] });
  const results = await eslint.lintFiles(['models']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => `${path.relative(examples, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
    )
    .sort();
}

describe('model-json under ESLint 9', () => {
  it('gives what ESLint 10 gives on examples/models', async () => {
    const nine = await findings(ESLint9);
    assert.equal(nine.length, 6, nine.join('\n'));
    assert.deepEqual(nine, await findings(ESLint10));
  });
});
