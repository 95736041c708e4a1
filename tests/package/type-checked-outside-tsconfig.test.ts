// configs['recommended-type-checked'] on a project whose tsconfig does not hold every linted file:
// a script outside it (and outside allowDefaultProject) is linted without type information, never a
// parsing error, while the files in the tsconfig keep the type-aware checks. Real ESLint, the built
// plugin (dist/), a temporary project (npm test builds dist/ first).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ESLint, type Linter } from 'eslint';

const LAYER = (name: string) =>
  `import * as tf from '@tensorflow/tfjs';\n\nexport class ${name} extends tf.layers.Layer {\n  static className = '${name}';\n  constructor(args: { name?: string }) {\n    super(args);\n  }\n}\n`;

describe("configs['recommended-type-checked'] and files outside the tsconfig", { timeout: 120_000 }, () => {
  let dir: string;
  let results: Map<string, ESLint.LintResult>;

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-outside-')));
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', noEmit: true, allowJs: true, types: [] }, include: ['src'] }),
    );
    fs.mkdirSync(path.join(dir, 'src'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.writeFileSync(path.join(dir, 'src/gain.ts'), LAYER('Gain'));
    fs.writeFileSync(
      path.join(dir, 'src/register.ts'),
      "import * as tf from '@tensorflow/tfjs';\nimport { Gain } from './gain.js';\n\ntf.serialization.registerClass(Gain);\n",
    );
    // Not exported: linted without types, an unregistered class is reported only when no importer can register it.
    fs.writeFileSync(
      path.join(dir, 'scripts/tool.js'),
      LAYER('Tool')
        .replace(/: \{ name\?: string \}/, '')
        .replace('export class', 'class'),
    );
    fs.writeFileSync(path.join(dir, 'scripts/plain.ts'), 'export const twice = (x: number): number => x * 2;\n');
    const plugin = (await import('../../dist/eslint/index.js')).default as { configs: Record<string, Linter.Config> };
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs['recommended-type-checked']!, { languageOptions: { parserOptions: { tsconfigRootDir: dir } } }],
    });
    results = new Map((await eslint.lintFiles(['src', 'scripts'])).map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const summary = (file: string) => results.get(file)!.messages.map((m) => (m.fatal ? `FATAL ${m.message}` : `${m.ruleId} ${m.line}`));

  it('a .js and a .ts file outside the tsconfig: linted without types, no parsing error', () => {
    assert.deepEqual(summary('scripts/tool.js'), ['tfjs-layers/require-register-class 3']);
    assert.deepEqual(summary('scripts/plain.ts'), []);
  });

  it('the files in the tsconfig keep type information: a registration in another file counts', () => {
    assert.deepEqual(summary('src/gain.ts'), []);
    assert.deepEqual(summary('src/register.ts'), []);
  });
});
