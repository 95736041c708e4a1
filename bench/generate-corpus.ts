// A layer-heavy TypeScript project, generated from a fixed seed: the same files every run.
//
//   node --import tsx bench/generate-corpus.ts <dir> [files=1000]
//
// Each file holds two or three layer classes (about 200 lines in all) in the idioms TF.js users write:
// constructors reading config in several styles, getConfig() in several idioms, weights from
// addWeight, a share of them with mistakes. Files import a project base class from base.ts and
// register through register.ts, so type-aware runs have cross-file work to do.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** mulberry32: small, fast, deterministic. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['units', 'rate', 'useBias', 'axis', 'epsilon', 'heads', 'keyDim', 'dropout', 'momentum', 'scale', 'center', 'poolSize'];

function layerSource(random: () => number, name: string, index: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const keys = KEYS.filter(() => random() < 0.4).slice(0, 5);
  if (keys.length === 0) keys.push('units');
  const dropped = random() < 0.25 ? keys[keys.length - 1] : undefined;
  const reads = keys.map((key, i) => {
    switch (i % 4) {
      case 0:
        return `    this.${key} = args.${key} ?? ${i + 1};`;
      case 1:
        return `    this.${key} = args.${key} != null ? args.${key} : ${i};`;
      case 2:
        return `    this.${key} = Math.max(0, args.${key} || ${i + 1});`;
      default:
        return `    const ${key}Value = args.${key};\n    this.${key} = ${key}Value === undefined ? ${i} : ${key}Value;`;
    }
  });
  const emitted = keys.filter((key) => key !== dropped);
  const idiom = pick(['spread', 'assign', 'statements'] as const);
  const entries = emitted.map((key) => `      ${key}: this.${key},`).join('\n');
  const getConfig =
    idiom === 'spread'
      ? `  override getConfig(): tf.serialization.ConfigDict {\n    return {\n      ...super.getConfig(),\n${entries}\n    };\n  }`
      : idiom === 'assign'
        ? `  override getConfig(): tf.serialization.ConfigDict {\n    const config = {\n${entries}\n    };\n    const baseConfig = super.getConfig();\n    Object.assign(config, baseConfig);\n    return config;\n  }`
        : `  override getConfig(): tf.serialization.ConfigDict {\n    const config = super.getConfig();\n${emitted.map((key) => `    config.${key} = this.${key};`).join('\n')}\n    return config;\n  }`;
  const base = index % 3 === 0 ? 'LayerBase' : 'tf.layers.Layer';
  const untracked = random() < 0.15 ? `\n    this.noise = tf.randomNormal([4, 4]);` : '';
  const counter = random() < 0.1 ? `\n      this.calls++;` : '';
  const helpers = Array.from(
    { length: 4 },
    (_, i) => `  private helper${i}(x: tf.Tensor): tf.Tensor {
    // Shape bookkeeping, as real layers carry plenty of it.
    const rank = x.shape.length;
    const last = x.shape[rank - 1] ?? 1;
    const scaled = tf.mul(x, tf.scalar(${i + 1} / (last + 1)));
    return rank > 1 ? tf.reshape(scaled, x.shape) : scaled;
  }`,
  ).join('\n\n');
  return `
export interface ${name}Args extends tf.layers.LayerArgs {
${keys.map((key) => `  ${key}?: number;`).join('\n')}
}

/** Generated layer ${index}. */
export class ${name} extends ${base} {
  static readonly className = '${name}';
${keys.map((key) => `  private readonly ${key}: number;`).join('\n')}
  private kernel!: tf.LayerVariable;
  private noise?: tf.Tensor;
  private calls = 0;

  constructor(args: ${name}Args) {
    super(args);
${reads.join('\n')}
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    const inputDim = shape[shape.length - 1] as number;
    this.kernel = this.addWeight('kernel', [inputDim, inputDim], 'float32', tf.initializers.glorotUniform({}));${untracked}
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0]! : inputs;${counter}
      const projected = tf.matMul(input, this.kernel.read());
      return this.helper${index % 4}(projected);
    });
  }

${helpers}

${getConfig}
}
`;
}

export function generateCorpus(dir: string, fileCount: number, seed = 20261124): { files: number; lines: number } {
  const random = createRandom(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', strict: true, skipLibCheck: true, noEmit: true, types: [] },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'base.ts'),
    `import * as tf from '@tensorflow/tfjs';\n\n/** The project's own base layer. */\nexport abstract class LayerBase extends tf.layers.Layer {\n  override getConfig(): tf.serialization.ConfigDict {\n    return { ...super.getConfig() };\n  }\n}\n`,
  );
  let lines = 0;
  const registered: string[] = [];
  for (let file = 0; file < fileCount; file++) {
    const names = Array.from({ length: 2 + (file % 2) }, (_, i) => `Layer${file}x${i}`);
    const body = names.map((name, i) => layerSource(random, name, file * 3 + i)).join('\n');
    const text = `import * as tf from '@tensorflow/tfjs';\nimport { LayerBase } from './base';\n${body}`;
    fs.writeFileSync(path.join(dir, 'src', `layers-${file}.ts`), text);
    lines += text.split('\n').length;
    registered.push(...names.map((name) => `${name}:layers-${file}`));
  }
  const imports = registered.map((entry) => {
    const [name, file] = entry.split(':');
    return `import { ${name} } from './${file}';`;
  });
  fs.writeFileSync(
    path.join(dir, 'src', 'register.ts'),
    `import * as tf from '@tensorflow/tfjs';\n${imports.join('\n')}\n\nfor (const layer of [${registered.map((entry) => entry.split(':')[0]).join(', ')}]) {\n  tf.serialization.registerClass(layer);\n}\n`,
  );
  return { files: fileCount + 2, lines };
}

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) throw new Error('usage: generate-corpus.ts <dir> [files]');
  const result = generateCorpus(path.resolve(dir), Number(count ?? 1000));
  console.log(`${result.files} files, ${result.lines} lines in ${dir}`);
}
