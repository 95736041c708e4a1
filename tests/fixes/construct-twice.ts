// "Constructible twice in one process", run by TF.js 4.22 (pure-JS CPU backend) in a child
// process of its own (construct-twice-child.cjs), as a user's program would run it:
//   1. import the fixture module (its registerClass() calls run);
//   2. call createFixture() twice: the second call constructs a second instance of every layer in
//      the fixture, in the same process (a constructor that registers a variable or a weight under
//      a fixed name, or a module whose state the first instance used up, fails here);
//   3. build and run each: tf.sequential([inputLayer({inputShape}), layer, ...next]) and one
//      predict() on the fixture's input, the first instance then the second;
//   4. predict once more with the first instance: the second must not have broken it (shared
//      module-level state, a variable disposed by the other instance).
// The outcome is the first stage that threw, with the error message exactly as thrown.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { prepareBackend, runChild, type Fixture } from '../roundtrip/harness';

/** In order: a result that fails later has got further. */
export const TWICE_STAGES = ['import', 'construct-1', 'construct-2', 'build-1', 'predict-1', 'build-2', 'predict-2', 'predict-1-again'] as const;
export type TwiceStage = (typeof TWICE_STAGES)[number];

export interface TwiceResult {
  ok: boolean;
  /** The stage that threw. */
  stage?: TwiceStage;
  error?: string;
}

export const TWICE_MARKER = '@@construct-twice-result@@';
const CHILD = path.join(__dirname, 'construct-twice-child.cjs');
// Modules are required as from the .cjs child: from a TypeScript importer tsx resolves `x.js` to a
// sibling `x.ts` when there is one.
const requireFixture = createRequire(CHILD);

// ---------------------------------------------------------------------------------------------
// Parent side.

/** Runs the check on the module at `file` in a fresh Node process. */
export function runConstructTwice(file: string, timeoutMs = 60_000): Promise<TwiceResult> {
  return runChild<TwiceResult>(CHILD, file, TWICE_MARKER, 'construct-twice', timeoutMs);
}

/** How far the check got: TWICE_STAGES.length when it passed. */
export function twiceProgress(result: TwiceResult): number {
  return result.ok ? TWICE_STAGES.length : TWICE_STAGES.indexOf(result.stage!);
}

export function describeTwice(result: TwiceResult): string {
  return result.ok ? 'constructible twice' : `fails at ${result.stage}: ${JSON.stringify((result.error ?? '').slice(0, 300))}`;
}

// ---------------------------------------------------------------------------------------------
// Child side.

/** Imports the module, calls createFixture() twice, builds and runs both layers. */
export async function constructTwice(file: string): Promise<TwiceResult> {
  await prepareBackend();
  const fail = (stage: TwiceStage, error: unknown): TwiceResult => ({ ok: false, stage, error: error instanceof Error ? error.message : String(error) });
  let create: () => Fixture;
  try {
    // Under tsx's CommonJS hook (the child script): require() takes .ts and .js alike.
    const mod = requireFixture(path.resolve(file)) as { createFixture?: () => Fixture; default?: { createFixture?: () => Fixture } };
    const found = mod.createFixture ?? mod.default?.createFixture;
    if (typeof found !== 'function') throw new Error(`${file} does not export createFixture()`);
    create = found;
  } catch (error) {
    return fail('import', error);
  }
  const fixtures: Fixture[] = [];
  for (const i of [1, 2] as const) {
    try {
      fixtures.push(create());
    } catch (error) {
      return fail(`construct-${i}`, error);
    }
  }
  const models: tf.Sequential[] = [];
  for (const i of [1, 2] as const) {
    const fixture = fixtures[i - 1]!;
    const x = fixture.input instanceof tf.Tensor ? fixture.input : tf.tensor(fixture.input);
    try {
      const model = tf.sequential();
      model.add(tf.layers.inputLayer({ inputShape: x.shape.slice(1) }));
      model.add(fixture.layer);
      for (const extra of fixture.next ?? []) model.add(extra);
      models.push(model);
    } catch (error) {
      return fail(`build-${i}`, error);
    }
    try {
      tf.dispose(models[i - 1]!.predict(x));
    } catch (error) {
      return fail(`predict-${i}`, error);
    }
  }
  try {
    const first = fixtures[0]!;
    tf.dispose(models[0]!.predict(first.input instanceof tf.Tensor ? first.input : tf.tensor(first.input)));
  } catch (error) {
    return fail('predict-1-again', error);
  }
  return { ok: true };
}
