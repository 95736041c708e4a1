// What the model.json rules cost: ESLint's JSON language on one generated model.json of 1,000
// layers (and 2,000 weights), with configs['model-json'] against the same config with its rules off,
// in the same process and run; then the one-time cost of finding the reference (reading every
// source file of a 1,000-file generated layer project) when a process lints its first model.json.
// Not part of `npm test`: timings are printed, never asserted.
//
//   npm run bench:model-json    (builds, then: node --import tsx bench/model-json.ts [--rounds 15] [--smoke])
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter } from 'eslint';
import plugin = require('../src/eslint/index');
import { generateCorpus } from './generate-corpus';
import {
  fmt,
  interleave,
  interleaveAsync,
  makeWorkDir,
  median,
  numberOption,
  pluginEntry,
  removeDir,
  repoRoot as root,
  runEslint,
  SMOKE,
  tableHead,
  tableRow,
  writeConfig,
} from './harness';

const rounds = SMOKE ? 1 : numberOption('--rounds', 15);
/** The model's layers and the reference project's files (smoke: a fiftieth). */
const size = (count: number) => (SMOKE ? count / 50 : count);
const modelJsonConfig = plugin.configs['model-json'];
const noRulesConfig: Linter.Config = { ...modelJsonConfig, rules: Object.fromEntries(Object.keys(modelJsonConfig.rules ?? {}).map((id) => [id, 'off'])) };

/** A Sequential of `count` layers in model.save()'s layout: the fixture project's classes, a wrapper, built-ins. */
function generateModel(count: number): { text: string; layers: number; weights: number } {
  const layers: unknown[] = [];
  const weights: Array<{ name: string; shape: number[]; dtype: string }> = [];
  const weight = (name: string, shape: number[]) => weights.push({ name, shape, dtype: 'float32' });
  for (let i = 0; i < count; i++) {
    switch (i % 4) {
      case 0:
        layers.push({ class_name: 'Scale', config: { name: `scale_${i}`, trainable: true, units: 3, drop_rate: 0.5 } });
        weight(`scale_${i}/gain`, [8]);
        weight(`scale_${i}/offset`, [1]);
        break;
      case 1:
        layers.push({ class_name: 'MaybeBias', config: { name: `mb_${i}`, trainable: true, use_bias: true } });
        weight(`mb_${i}/kernel`, [8]);
        weight(`mb_${i}/bias`, [1]);
        break;
      case 2:
        layers.push({
          class_name: 'TimeDistributed',
          config: { name: `td_${i}`, trainable: true, layer: { class_name: 'Scale', config: { name: `inner_${i}`, units: 3, drop_rate: 0.5 } } },
        });
        weight(`td_${i}/gain`, [8]);
        weight(`td_${i}/offset`, [1]);
        break;
      default:
        layers.push({
          class_name: 'Dense',
          config: {
            name: `dense_${i}`,
            units: 8,
            activation: 'linear',
            use_bias: true,
            kernel_initializer: { class_name: 'VarianceScaling', config: { scale: 1, mode: 'fan_avg', distribution: 'normal', seed: null } },
            bias_initializer: { class_name: 'Zeros', config: {} },
            kernel_regularizer: null,
            bias_regularizer: null,
            activity_regularizer: null,
            kernel_constraint: null,
            bias_constraint: null,
            trainable: true,
          },
        });
        weight(`dense_${i}/kernel`, [8, 8]);
        weight(`dense_${i}/bias`, [8]);
    }
  }
  const file = {
    modelTopology: { class_name: 'Sequential', config: { name: 'sequential_1', layers }, keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js' },
    format: 'layers-model',
    generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
    convertedBy: null,
    weightsManifest: [{ paths: ['weights.bin'], weights }],
  };
  return { text: `${JSON.stringify(file, null, 2)}\n`, layers: count, weights: weights.length };
}

async function timeLint(eslint: ESLint, file: string): Promise<{ ms: number; messages: number }> {
  const start = performance.now();
  const [result] = await eslint.lintFiles([file]);
  return { ms: performance.now() - start, messages: result?.messages.length ?? -1 };
}

async function perFile(): Promise<void> {
  const project = makeWorkDir('tfjs-layers-bench-model-');
  fs.cpSync(path.join(root, 'tests', 'json', 'fixtures', 'project', 'src'), path.join(project, 'src'), { recursive: true });
  const model = generateModel(size(1000));
  const file = path.join(project, 'model.json');
  fs.writeFileSync(file, model.text);
  const withRules = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [modelJsonConfig] });
  const without = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [noRulesConfig] });
  const first = await timeLint(withRules, file);
  await timeLint(without, file);
  // Alternate which goes first, so neither always runs on a warmer heap.
  const [withoutRuns, withRuns] = await interleaveAsync(rounds, [() => timeLint(without, file), () => timeLint(withRules, file)]);
  const [a, b] = [withRuns!.map((run) => run.ms), withoutRuns!.map((run) => run.ms)];
  const findings = withRuns!.at(-1)!.messages;
  console.log(
    `## One model.json: ${model.layers} layers, ${model.weights} weights, ${(model.text.length / 1024).toFixed(0)} KB, ${model.text.split('\n').length} lines\n`,
  );
  console.log(`ESLint in process, median of ${rounds} rounds (alternating), same file, same process:\n`);
  console.log(tableHead(['config', 'ms per file', 'ratio']));
  console.log(tableRow('JSON language, rules off', fmt(median(b), 1), '1.000'));
  console.log(tableRow("configs['model-json']", fmt(median(a), 1), fmt(median(a) / median(b), 3)));
  // The rules' own time, as ESLint measures it per rule (stats: true), next to its parse of the file.
  const withStats = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: [modelJsonConfig], stats: true });
  const ruleTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [result] = await withStats.lintFiles([file]);
    const pass = (result as unknown as { stats: { times: { passes: Array<{ parse: { total: number }; rules?: Record<string, { total: number }> }> } } }).stats
      .times.passes[0]!;
    ruleTimes.push(Object.values(pass.rules ?? {}).reduce((sum, rule) => sum + rule.total, 0));
    parseTimes.push(pass.parse.total);
  }
  console.log(
    `\nThe three rules' own time (ESLint stats, median of ${rounds}): ${median(ruleTimes).toFixed(1)} ms per file, against ${median(parseTimes).toFixed(1)} ms for ESLint's parse of it (${((100 * median(ruleTimes)) / median(b)).toFixed(1)}% of the no-rules time).`,
  );
  console.log(`\nFindings: ${findings} (expected 0). The first lint in the process, which also reads the project's 2 source files: ${first.ms.toFixed(1)} ms.`);
  removeDir(project);
}

/** The CLI on one small model.json in a generated project of `files` layer files: the reference is read once per process. */
function referenceCost(files: number): void {
  const project = makeWorkDir('tfjs-layers-bench-corpus-');
  const corpus = generateCorpus(project, files);
  const model = {
    modelTopology: {
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [
          { class_name: 'Layer0x0', config: { name: 'l0' } },
          { class_name: 'Dense', config: { name: 'd', units: 2 } },
        ],
      },
    },
    format: 'layers-model',
    weightsManifest: [{ paths: ['weights.bin'], weights: [] }],
  };
  fs.writeFileSync(path.join(project, 'model.json'), JSON.stringify(model, null, 2));
  const entry = JSON.stringify(pluginEntry);
  const noneConfig = writeConfig(
    project,
    'eslint.none.cjs',
    `const p = require(${entry});\nconst c = p.configs['model-json'];\nmodule.exports = [{ ...c, rules: {} }];\n`,
  );
  const modelConfig = writeConfig(project, 'eslint.model.cjs', `const p = require(${entry});\nmodule.exports = [p.configs['model-json']];\n`);
  const run = (config: string): number => runEslint(project, config, { targets: ['model.json'] }).ms;
  const runs = SMOKE ? 1 : 5;
  run(noneConfig);
  const [none, model2] = interleave(runs, [() => run(noneConfig), () => run(modelConfig)], false);
  console.log(
    `\n## The reference: one small model.json in a generated project of ${corpus.files} source files (${corpus.lines.toLocaleString('en')} lines), eslint CLI, median of ${runs} alternating runs\n`,
  );
  console.log(tableHead(['config', 'ms (whole CLI run)']));
  console.log(tableRow('JSON language, no rules', fmt(median(none!))));
  console.log(tableRow("configs['model-json'] (reads every source file once)", fmt(median(model2!))));
  console.log(`\nAdded by reading the reference: ${fmt(median(model2!) - median(none!))} ms per process, paid once whatever the number of model files.`);
  removeDir(project);
}

async function main(): Promise<void> {
  if (!fs.existsSync(pluginEntry)) throw new Error('run `npm run build` first: the CLI part loads dist/');
  await perFile();
  referenceCost(size(1000));
}

void main();
