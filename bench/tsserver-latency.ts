// What the language-service plugin adds to an editor's diagnostics latency.
//
//   npm run bench:tsserver     (builds, then: node --import tsx bench/tsserver-latency.ts [rounds] [--smoke])
//
// Generates a ~3,000-line file with 30 layer classes (a fixed mix of correct layers and
// mistakes) into two temp projects that differ only in tsconfig: one lists the plugin, one does
// not. One tsserver (TypeScript 6.0) per project. After a warm-up, each round makes the same
// small edit inside one layer's call() in both (updateOpen), as typing does, and times
// `semanticDiagnosticsSync` in each, alternating which goes first. Prints medians, p90, the ratio of medians and the median added milliseconds.
// It measures; it never asserts a timing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  locationOf,
  makeTempProject,
  PLUGIN_NAME,
  projectCompilerOptions,
  removeTempDir,
  repoRoot,
  TsServerClient,
  type ProtocolDiagnostic,
} from '../tests/typescript-plugin/tsserver-client';
import { interleaveAsync, positionals, quantile, SMOKE } from './harness';

const ROUNDS = SMOKE ? 2 : Math.max(30, Number(positionals()[0] ?? 40) || 40);
const WARMUP_ROUNDS = SMOKE ? 1 : 5;
const LAYERS = 30;
const EDITED_LAYER = LAYERS / 2;
const TSSERVER = path.join(repoRoot, 'node_modules/typescript/lib/tsserver.js');
const FILE = 'src/layers.ts';

/**
 * Layer `i`: kind `i % 6` decides its mistakes: 0 and 5 correct, 1 no className and unregistered,
 * 2 unregistered, 3 getConfig() without super, 4 getConfig() missing a key. About 100 lines each.
 */
function layerSource(i: number): string {
  const kind = i % 6;
  const name = `Block${i}`;
  const className = kind === 1 ? '' : `  static className = '${name}';\n`;
  const getConfig =
    kind === 3
      ? `  override getConfig(): tf.serialization.ConfigDict {\n    return { units: this.units, rate: this.rate, useBias: this.useBias };\n  }\n`
      : kind === 4
        ? `  override getConfig(): tf.serialization.ConfigDict {\n    return { ...super.getConfig(), units: this.units, useBias: this.useBias };\n  }\n`
        : `  override getConfig(): tf.serialization.ConfigDict {\n    return { ...super.getConfig(), units: this.units, rate: this.rate, useBias: this.useBias };\n  }\n`;
  const register = kind === 1 || kind === 2 ? '' : `tf.serialization.registerClass(${name});\n`;
  // Helper methods: the bulk of a real layer file, and what the analysis has to walk past.
  const helpers = Array.from({ length: 5 }, (_, h) =>
    [
      `  /** Helper ${h} of ${name}: scales, shifts and clips a tensor. */`,
      `  private helper${h}(x: tf.Tensor, factor = ${h + 1}): tf.Tensor {`,
      `    return tf.tidy(() => {`,
      `      const scaled = tf.mul(x, factor * this.rate);`,
      `      const shifted = tf.add(scaled, ${h}.5);`,
      `      const clipped = tf.clipByValue(shifted, -${h + 2}, ${h + 2});`,
      `      const mixed = tf.add(tf.mul(clipped, 0.${h + 1}), tf.mul(x, 0.${9 - h}));`,
      `      return this.useBias ? tf.add(mixed, 0.01) : mixed;`,
      `    });`,
      `  }`,
      ``,
    ].join('\n'),
  );
  return [
    `export interface ${name}Args extends LayerArgs {`,
    `  units?: number;`,
    `  rate?: number;`,
    `  useBias?: boolean;`,
    `}`,
    ``,
    `/** Generated layer ${i} (kind ${kind}). */`,
    `export class ${name} extends tf.layers.Layer {`,
    className.trimEnd(),
    `  readonly units: number;`,
    `  readonly rate: number;`,
    `  readonly useBias: boolean;`,
    `  private kernel?: tf.LayerVariable;`,
    ``,
    `  constructor(args: ${name}Args = {}) {`,
    `    super(args);`,
    `    this.units = args.units ?? ${8 + i};`,
    `    this.rate = args.rate ?? 0.${i + 1};`,
    `    this.useBias = args.useBias ?? ${i % 2 === 0};`,
    `  }`,
    ``,
    `  override build(inputShape: tf.Shape | tf.Shape[]): void {`,
    `    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;`,
    `    const channels = shape[shape.length - 1] ?? 1;`,
    `    this.kernel = this.addWeight('kernel', [channels, this.units], 'float32', tf.initializers.glorotUniform({}));`,
    `  }`,
    ``,
    `  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {`,
    `    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;`,
    `    return [...shape.slice(0, -1), this.units];`,
    `  }`,
    ``,
    `  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {`,
    `    return tf.tidy(() => {`,
    `      const x = Array.isArray(inputs) ? inputs[0]! : inputs;`,
    // Where the bench types: inside one layer, as an edit in the editor usually is.
    ...(i === EDITED_LAYER ? [`      const EDIT_COUNTER = 0;`] : []),
    `      const projected = tf.matMul(x, this.kernel!.read());`,
    `      return this.helper${i % 5}(projected);`,
    `    });`,
    `  }`,
    ``,
    ...helpers,
    getConfig.trimEnd(),
    `}`,
    register.trimEnd(),
    ``,
  ]
    .filter((line, index, lines) => !(line === '' && lines[index - 1] === ''))
    .join('\n');
}

function generateFile(): string {
  const header = [
    `// Generated by bench/tsserver-latency.ts: ${LAYERS} layers, a fixed mix of correct ones and mistakes.`,
    `import * as tf from '@tensorflow/tfjs';`,
    `import type { LayerArgs } from '@tensorflow/tfjs-layers/dist/engine/topology';`,
    ``,
  ].join('\n');
  return `${header}\n${Array.from({ length: LAYERS }, (_, i) => layerSource(i)).join('\n')}`;
}

function writeProject(text: string, withPlugin: boolean): string {
  const dir = makeTempProject(undefined, withPlugin ? 'tfjs-bench-plugin-' : 'tfjs-bench-plain-');
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, FILE), text);
  const compilerOptions = projectCompilerOptions(withPlugin);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  return dir;
}

interface Side {
  label: string;
  dir: string;
  server: TsServerClient;
  text: string;
  times: number[];
  lastOurs: number;
  lastTotal: number;
}

async function edit(side: Side, round: number): Promise<void> {
  const file = path.join(side.dir, FILE);
  const match = /EDIT_COUNTER = (\d+);/.exec(side.text)!;
  const start = match.index + 'EDIT_COUNTER = '.length;
  const end = start + match[1]!.length;
  const newText = String(round + 1);
  await side.server.requestOk('updateOpen', {
    changedFiles: [{ fileName: file, textChanges: [{ start: locationOf(side.text, start), end: locationOf(side.text, end), newText }] }],
  });
  side.text = side.text.slice(0, start) + newText + side.text.slice(end);
}

async function timeDiagnostics(side: Side): Promise<number> {
  const started = performance.now();
  const response = await side.server.requestOk<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file: path.join(side.dir, FILE) });
  const elapsed = performance.now() - started;
  side.lastTotal = response.body?.length ?? 0;
  side.lastOurs = (response.body ?? []).filter((diagnostic) => diagnostic.source === 'tfjs-layers').length;
  return elapsed;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const text = generateFile();
  const sides: Side[] = [true, false].map((withPlugin) => {
    const dir = writeProject(text, withPlugin);
    return {
      label: withPlugin ? 'with plugin' : 'without plugin',
      dir,
      server: new TsServerClient({ tsserverPath: TSSERVER, projectDir: dir, timeoutMs: 120_000, logVerbosity: 'terse' }),
      text,
      times: [],
      lastOurs: 0,
      lastTotal: 0,
    };
  });
  try {
    console.log(
      `file: ${text.split('\n').length} lines, ${LAYERS} layer classes; TypeScript ${(require(path.join(repoRoot, 'node_modules/typescript/package.json')) as { version: string }).version}; ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds`,
    );
    for (const side of sides) await side.server.requestOk('open', { file: path.join(side.dir, FILE), projectRootPath: side.dir });
    // Alternate which server goes first, so neither always runs on a cooler CPU.
    const times = await interleaveAsync(
      WARMUP_ROUNDS + ROUNDS,
      sides.map((side) => async (round: number) => {
        await edit(side, round);
        return timeDiagnostics(side);
      }),
    );
    sides.forEach((side, i) => side.times.push(...times[i]!.slice(WARMUP_ROUNDS)));
    const [withPlugin, without] = sides as [Side, Side];
    console.log(`diagnostics in the last round: with plugin ${withPlugin.lastTotal} (${withPlugin.lastOurs} from tfjs-layers), without ${without.lastTotal}`);
    console.log('');
    console.log(`${'semanticDiagnosticsSync'.padEnd(24)}${'median'.padStart(12)}${'p90'.padStart(12)}${'min'.padStart(12)}${'max'.padStart(12)}`);
    for (const side of sides) {
      console.log(
        `${side.label.padEnd(24)}${ms(quantile(side.times, 0.5)).padStart(12)}${ms(quantile(side.times, 0.9)).padStart(12)}${ms(Math.min(...side.times)).padStart(12)}${ms(Math.max(...side.times)).padStart(12)}`,
      );
    }
    const added = withPlugin.times.map((time, index) => time - without.times[index]!);
    console.log('');
    console.log(`median ratio (with / without): ${(quantile(withPlugin.times, 0.5) / quantile(without.times, 0.5)).toFixed(2)}x`);
    console.log(`median added per request (paired by round): ${ms(quantile(added, 0.5))} (p90 ${ms(quantile(added, 0.9))})`);
  } finally {
    for (const side of sides) {
      await side.server.shutdown();
      removeTempDir(side.dir);
      removeTempDir(path.dirname(side.server.logFile));
    }
  }
}

/**
 * The plugin's own share, without a process boundary and its noise: the same file and edit in a
 * LanguageService of this process, decorated by the plugin, with snapshots that report their change
 * range so TypeScript parses incrementally as tsserver does. Each round asks TypeScript's own service
 * first (it computes and caches its diagnostics), then the decorated one, whose extra time is the plugin's.
 */
function measureInProcess(initialText: string): { typescriptMs: number[]; pluginMs: number[]; ours: number } {
  const ts = require(path.join(repoRoot, 'node_modules/typescript')) as typeof import('typescript');
  const init = require(path.join(repoRoot, 'dist/typescript-plugin/index.js')) as (modules: { typescript: typeof ts }) => {
    create(info: import('typescript').server.PluginCreateInfo): import('typescript').LanguageService;
  };
  const fileName = path.join(repoRoot, 'bench', 'in-process-layers.ts');
  let text = initialText;
  let version = 0;
  const snapshotOf = (content: string, at: number, change?: import('typescript').TextChangeRange): import('typescript').IScriptSnapshot => {
    const snapshot = ts.ScriptSnapshot.fromString(content) as import('typescript').IScriptSnapshot & { at: number };
    snapshot.at = at;
    snapshot.getChangeRange = (old) => ((old as typeof snapshot).at === at - 1 ? change : undefined);
    return snapshot;
  };
  let snapshot = snapshotOf(text, 0);
  const host: import('typescript').LanguageServiceHost = {
    getCompilationSettings: () => ({
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: (name) => (name === fileName ? String(version) : '0'),
    getScriptSnapshot: (name) => (name === fileName ? snapshot : ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => repoRoot,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
  };
  const typescriptService = ts.createLanguageService(host);
  const decorated = init({ typescript: ts }).create({
    languageService: typescriptService,
    languageServiceHost: host,
    config: { name: PLUGIN_NAME },
    project: { projectService: { logger: { info: () => undefined } } },
  } as unknown as import('typescript').server.PluginCreateInfo);
  const typescriptMs: number[] = [];
  const pluginMs: number[] = [];
  let ours = 0;
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const match = /EDIT_COUNTER = (\d+);/.exec(text)!;
    const start = match.index + 'EDIT_COUNTER = '.length;
    const newText = String(round + 1);
    text = text.slice(0, start) + newText + text.slice(start + match[1]!.length);
    snapshot = snapshotOf(text, ++version, ts.createTextChangeRange(ts.createTextSpan(start, match[1]!.length), newText.length));
    let started = performance.now();
    typescriptService.getSemanticDiagnostics(fileName);
    const typescriptElapsed = performance.now() - started;
    started = performance.now();
    ours = decorated.getSemanticDiagnostics(fileName).filter((diagnostic) => diagnostic.source === 'tfjs-layers').length;
    if (round >= WARMUP_ROUNDS) {
      typescriptMs.push(typescriptElapsed);
      pluginMs.push(performance.now() - started);
    }
  }
  return { typescriptMs, pluginMs, ours };
}

main()
  .then(() => {
    const { typescriptMs, pluginMs, ours } = measureInProcess(generateFile());
    console.log('');
    console.log(
      `in process (LanguageService, incremental parse, same edit, ${ROUNDS} rounds): TypeScript's semantic diagnostics median ${ms(quantile(typescriptMs, 0.5))}; the plugin's own time on top median ${ms(quantile(pluginMs, 0.5))} (p90 ${ms(quantile(pluginMs, 0.9))}, ${ours} diagnostics)`,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
