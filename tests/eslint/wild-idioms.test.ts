// Idioms from public layer code (issue 17, tests/corpus/README.md) that the TF.js round trip
// cannot judge: declaration files and ambient `declare class`es, where nothing runs, and the
// wording of messages. Each case is linted by the real ESLint Linter with configs.all and, for
// the silent ones, fixed with verifyAndFix(): a correct plugin reports nothing there and writes
// nothing (no statement ever goes into a .d.ts). Defect cases are real defects and state what a
// correct plugin reports.
//
// `knownWrongToday` lists the cases today's plugin gets wrong. Those are asserted to be still
// wrong, so that whoever fixes the analysis removes them from the list: it only shrinks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter } from 'eslint';
import plugin = require('../../src/eslint/index');

const NAMESPACE = 'tfjs-layers/';

interface Case {
  name: string;
  filename: string;
  code: string;
  /** What a correct plugin reports: finding counts by rule ({} = nothing, and no edit). */
  findings: Record<string, number>;
  /** Further checks on the messages; returns what is wrong, or undefined. */
  check?: (messages: Linter.LintMessage[]) => string | undefined;
}

const DECLARATION_FILE = `import * as tf from '@tensorflow/tfjs';
export declare class PixelNorm extends tf.layers.Layer {
    epsilon: number;
    constructor(epsilon?: number, layerConfig?: {});
    computeOutputShape(inputShape: number[]): number[];
    call(inputs: tf.Tensor4D): tf.Tensor4D;
    getClassName(): string;
}
export declare function pixelNorm(epsilon?: number): PixelNorm;
export declare class Scale extends tf.layers.Layer {
    static className: string;
    scale: number;
    constructor(config: { scale: number });
    getConfig(): tf.serialization.ConfigDict;
}
`;

const AMBIENT_CLASS = `import * as tf from '@tensorflow/tfjs';
declare class Warp extends tf.layers.Layer {
  constructor(strength: number);
  call(inputs: tf.Tensor): tf.Tensor;
}
export function make(): tf.layers.Layer {
  return new Warp(2);
}
`;

const DECLARE_MODULE = `declare module 'wild-layers' {
  import * as tf from '@tensorflow/tfjs';
  export class Blur extends tf.layers.Layer {
    constructor(radius: number);
    call(inputs: tf.Tensor): tf.Tensor;
  }
}
`;

// A real class whose field is declared with TypeScript's \`declare\` modifier (no emit), assigned
// in the constructor and saved: correct.
const DECLARE_FIELD = `import * as tf from '@tensorflow/tfjs';
export class Units extends tf.layers.Layer {
  static className = 'Units';
  declare readonly units: number;
  constructor(args: { units: number; name?: string }) {
    super(args);
    this.units = args.units;
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units };
  }
}
tf.serialization.registerClass(Units);
`;

// An ambient class next to a real, unregistered one: only the real one is a defect.
const AMBIENT_NEXT_TO_REAL = `import * as tf from '@tensorflow/tfjs';
declare class Warp extends tf.layers.Layer {
  constructor(strength: number);
}
export class Fold extends tf.layers.Layer {
  static className = 'Fold';
  constructor(args: { name?: string } = {}) {
    super(args);
  }
}
export function make(): tf.layers.Layer[] {
  return [new Warp(2), new Fold()];
}
`;

// No static className, an instance getClassName(), a name passed, no registration: constructing
// it works (the layer's name is given; TF.js only needs the class name when it makes one up), and
// the model saves as 'WildNamedCube' (what getClassName() returns) and fails to load with
// "Unknown layer: WildNamedCube". Messages must not claim otherwise.
const GET_CLASS_NAME_NAMED = `const tf = require('@tensorflow/tfjs');
class NamedCube extends tf.layers.Layer {
  constructor(config) {
    super(config);
  }
  call(inputs) {
    return tf.tidy(() => (Array.isArray(inputs) ? inputs[0] : inputs).pow(3));
  }
  getClassName() {
    return 'WildNamedCube';
  }
}
module.exports = { make: () => new NamedCube({ name: 'cube' }) };
`;

const cases: Case[] = [
  { name: 'declaration file: declare classes, one without className, none registered', filename: 'layers.d.ts', code: DECLARATION_FILE, findings: {} },
  { name: 'ambient `declare class` in a .ts file', filename: 'ambient.ts', code: AMBIENT_CLASS, findings: {} },
  { name: "declaration file: `declare module '...'` with a layer class", filename: 'wild-layers.d.ts', code: DECLARE_MODULE, findings: {} },
  { name: 'a field with the `declare` modifier in a real, correct layer', filename: 'units.ts', code: DECLARE_FIELD, findings: {} },
  {
    name: 'an ambient class next to a real unregistered one: only the real one is reported',
    filename: 'mixed.ts',
    code: AMBIENT_NEXT_TO_REAL,
    findings: { 'require-register-class': 1 },
  },
  {
    name: 'getClassName() overridden and a name passed: messages claim no throw and name the saved class',
    filename: 'named-cube.js',
    code: GET_CLASS_NAME_NAMED,
    findings: { 'require-class-name': 1, 'require-register-class': 1 },
    check: (messages) => {
      const wrong: string[] = [];
      for (const message of messages) {
        if (/constructing it throws/i.test(message.message)) wrong.push(`${message.ruleId} claims "constructing it throws"`);
        if (/Unknown layer: NamedCube\b/.test(message.message))
          wrong.push(`${message.ruleId} names "Unknown layer: NamedCube"; the load fails with "Unknown layer: WildNamedCube"`);
      }
      return wrong.length > 0 ? wrong.join('; ') : undefined;
    },
  },
];

/** Cases today's plugin gets wrong (checked below to be still wrong). */
const knownWrongToday = new Set<string>([
  'an ambient class next to a real unregistered one: only the real one is reported',
  'getClassName() overridden and a name passed: messages claim no throw and name the saved class',
]);

function counts(messages: Linter.LintMessage[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const message of messages) {
    const rule = message.ruleId?.startsWith(NAMESPACE) ? message.ruleId.slice(NAMESPACE.length) : `(${message.ruleId ?? 'fatal'})`;
    result[rule] = (result[rule] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** What is wrong with today's plugin on this case, or undefined when it is right. */
function judge(testCase: Case): string | undefined {
  const config = [plugin.configs.all];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(testCase.code, config, { filename: testCase.filename });
  const problems: string[] = [];
  const found = counts(messages);
  const expected = Object.fromEntries(Object.entries(testCase.findings).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    problems.push(
      `reports ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}:\n${messages.map((m) => `  ${m.line}: ${m.ruleId} ${m.message}`).join('\n')}`,
    );
  }
  if (Object.keys(testCase.findings).length === 0) {
    const fixed = new Linter({ configType: 'flat' }).verifyAndFix(testCase.code, config, { filename: testCase.filename });
    if (fixed.fixed) problems.push(`--fix rewrites the file:\n${fixed.output}`);
    const suggestions = messages.filter((m) => m.suggestions?.length);
    if (suggestions.length > 0) problems.push(`offers ${suggestions.length} suggestion(s)`);
  }
  const extra = testCase.check?.(messages);
  if (extra) problems.push(extra);
  return problems.length > 0 ? problems.join('\n') : undefined;
}

describe('wild idioms that no round trip can judge (declarations, message claims)', () => {
  it('every knownWrongToday entry names a case', () => {
    for (const name of knownWrongToday)
      assert.ok(
        cases.some((testCase) => testCase.name === name),
        `no case named ${name}`,
      );
  });

  for (const testCase of cases) {
    if (knownWrongToday.has(testCase.name)) {
      it(`${testCase.name} (known wrong today: still wrong)`, () => {
        assert.ok(judge(testCase) !== undefined, `${testCase.name}: the plugin is right now; remove it from knownWrongToday`);
      });
    } else {
      it(testCase.name, () => {
        const problem = judge(testCase);
        assert.equal(problem, undefined, `${testCase.name}: ${problem}`);
      });
    }
  }
});
