// tsserver reparses a file incrementally: TypeScript keeps the nodes of every class an edit did not
// touch and only moves them. The analysis caches what it reads on those nodes (member facts, a
// method's first field reads, a function's declarations), so what it keeps must move with them.
// Here the real incremental parser (ts.updateSourceFile) moves a layer, and the checks must answer
// exactly as on a fresh parse of the same text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts = require('typescript');
import { allChecks, analyzeFile, plainTypeScript } from '../../src/core';

const plain = plainTypeScript(ts);

const LAYER = `import * as tf from '@tensorflow/tfjs';

export const VERSION = 1;

class Running extends tf.layers.Layer {
  static className = 'Running';
  private last?: tf.Tensor;
  private state?: tf.Tensor;
  constructor(args: tf.layers.LayerArgs) {
    super(args);
  }
  call(inputs: tf.Tensor): tf.Tensor {
    const previous = this.state;
    this.state = inputs.add(previous ?? 0);
    this.last = inputs.mul(2);
    return this.last;
  }
}
tf.serialization.registerClass(Running);
`;

/** Every finding of every check, as rule, message and the text it points at. */
function findings(sourceFile: ts.SourceFile): string[] {
  const analysis = analyzeFile(plain, sourceFile);
  return allChecks
    .flatMap((check) =>
      check
        .run(plain, analysis, check.defaultOptions)
        .map((finding) => `${finding.ruleId}/${finding.messageId}: ${sourceFile.text.slice(finding.start, finding.end)}`),
    )
    .sort();
}

describe('findings after an incremental reparse', () => {
  it('match a fresh parse when the edit only moves the layer', () => {
    const before = ts.createSourceFile('running.ts', LAYER, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const expected = findings(before);
    // this.state is read before it is written in call(); this.last only after.
    assert.deepEqual(expected, ['no-untracked-state/stateChangedAfterConstruction: this.state = inputs.add(previous ?? 0)']);

    const inserted = `// ${'A long comment line above the layer. '.repeat(3)}\n`.repeat(40);
    // Above the statement before the layer: an edit that touches nothing of the class itself.
    const at = LAYER.indexOf('export const VERSION');
    const after = ts.updateSourceFile(before, LAYER.slice(0, at) + inserted + LAYER.slice(at), { span: { start: at, length: 0 }, newLength: inserted.length });
    const classBefore = before.statements.find(ts.isClassDeclaration);
    const classAfter = after.statements.find(ts.isClassDeclaration);
    assert.equal(classAfter, classBefore, 'the incremental parser kept the class node (else this test proves nothing)');

    assert.deepEqual(findings(after), expected);
    assert.deepEqual(findings(ts.createSourceFile('running.ts', after.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)), expected);
  });
});
