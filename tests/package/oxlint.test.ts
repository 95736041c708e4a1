// oxlint as a host: oxlint 1.x runs ESLint plugins listed under `jsPlugins` in .oxlintrc.json.
// The real oxlint CLI (this repo's devDependency) on examples/ with examples/.oxlintrc.json, the
// config the README shows, against the real ESLint API with configs.recommended on the same files.
// And the plugin loads TypeScript only when a file mentions TF.js: observed from inside oxlint's
// own Node process, through a --require probe that lists the loaded modules when it exits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const repoRoot = path.resolve(__dirname, '..', '..');
const examples = path.join(repoRoot, 'examples');
const oxlintBin = path.join(repoRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');

interface OxlintDiagnostic {
  code: string;
  filename: string;
  message: string;
  labels: Array<{ span: { line: number; column: number } }>;
}

function oxlint(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; diagnostics: OxlintDiagnostic[]; stderr: string } {
  const result = spawnSync(process.execPath, [oxlintBin, '--format', 'json', ...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  const parsed = JSON.parse(result.stdout) as { diagnostics: OxlintDiagnostic[] };
  return { status: result.status, diagnostics: parsed.diagnostics, stderr: result.stderr };
}

describe('oxlint with the plugin as a jsPlugin', { timeout: 120_000 }, () => {
  before(() => assert.ok(fs.existsSync(path.join(repoRoot, 'dist/eslint/index.js')), 'dist/ is missing: run `npm run build` first (npm test does)'));

  it('examples/.oxlintrc.json turns on exactly the rules of configs.recommended', async () => {
    const plugin = (await import('../../dist/eslint/index.js')).default as { configs: Record<string, { rules?: Record<string, unknown> }> };
    const config = JSON.parse(fs.readFileSync(path.join(examples, '.oxlintrc.json'), 'utf8')) as { jsPlugins: string[]; rules: Record<string, unknown> };
    assert.deepEqual(config.jsPlugins, ['eslint-plugin-tfjs-layers']);
    assert.deepEqual(config.rules, plugin.configs.recommended!.rules);
  });

  it("the README's .oxlintrc.json is examples/.oxlintrc.json without the $schema line", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /```jsonc\n\/\/ \.oxlintrc\.json[^\n]*\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'README has no ```jsonc block starting with // .oxlintrc.json');
    const fromReadme = JSON.parse(block[1]!) as unknown;
    const { $schema, ...example } = JSON.parse(fs.readFileSync(path.join(examples, '.oxlintrc.json'), 'utf8')) as Record<string, unknown>;
    assert.ok($schema);
    assert.deepEqual(fromReadme, example);
  });

  it('reports the same (file, line, rule) set as ESLint on examples/, under the tfjs-layers/ names', async () => {
    const fromOxlint = oxlint(examples, ['.']);
    assert.equal(fromOxlint.stderr.trim(), '', fromOxlint.stderr);
    assert.equal(fromOxlint.status, 1, 'oxlint exits 1 on errors');
    assert.ok(
      fromOxlint.diagnostics.every((d) => d.code.startsWith('tfjs-layers(')),
      JSON.stringify(fromOxlint.diagnostics.map((d) => d.code)),
    );
    const oxlintSet = fromOxlint.diagnostics
      .map((d) => `${d.filename.split(path.sep).join('/')}:${d.labels[0]!.span.line} ${d.code.replace(/^tfjs-layers\((.*)\)$/, 'tfjs-layers/$1')}`)
      .sort();

    // examples/eslint.config.mjs may lint more than the .oxlintrc.json rules (files in other languages): compare those rules.
    const oxlintRules = new Set(Object.keys((JSON.parse(fs.readFileSync(path.join(examples, '.oxlintrc.json'), 'utf8')) as { rules: object }).rules));
    const eslint = new ESLint({ cwd: examples });
    const results = await eslint.lintFiles(['.']);
    const eslintSet = results
      .flatMap((result) =>
        result.messages
          .filter((m) => m.ruleId !== null && oxlintRules.has(m.ruleId))
          .map((m) => `${path.relative(examples, result.filePath).split(path.sep).join('/')}:${m.line} ${m.ruleId}`),
      )
      .sort();
    assert.ok(
      results.every((result) => result.messages.every((m) => !m.fatal)),
      'ESLint parsed every file',
    );
    assert.ok(eslintSet.length >= 15, `ESLint found only ${eslintSet.length} findings on examples/`);
    assert.deepEqual(oxlintSet, eslintSet);
  });

  describe('loading TypeScript', () => {
    let dir: string;
    const probe = (out: string) =>
      `const fs = require('node:fs');\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`;

    before(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-oxlint-')));
      fs.writeFileSync(
        path.join(dir, '.oxlintrc.json'),
        JSON.stringify({ jsPlugins: [path.join(repoRoot, 'dist/eslint/index.js')], rules: { 'tfjs-layers/config-complete': 'error' } }),
      );
      fs.writeFileSync(
        path.join(dir, 'plain.ts'),
        'export class Queue<T> {\n  private items: T[] = [];\n  push(item: T): void {\n    this.items.push(item);\n  }\n}\n',
      );
      fs.writeFileSync(path.join(dir, 'probe.cjs'), probe(path.join(dir, 'loaded.json')));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function loadedModules(file: string): string[] {
      const loaded = path.join(dir, 'loaded.json');
      fs.rmSync(loaded, { force: true });
      const run = oxlint(dir, [file], { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(dir, 'probe.cjs')}` });
      assert.equal(run.stderr.trim(), '', run.stderr);
      const modules = JSON.parse(fs.readFileSync(loaded, 'utf8')) as string[];
      assert.ok(
        modules.some((m) => m.endsWith(path.join('dist', 'eslint', 'index.js'))),
        'the plugin was loaded in this process',
      );
      return modules.filter((m) => /[\\/]node_modules[\\/]typescript[\\/]|[\\/]typescript-estree[\\/]/.test(m));
    }

    it('is not done for a file without TF.js', () => {
      assert.deepEqual(loadedModules('plain.ts'), []);
    });

    it('is done for a file with a layer, which gets its finding', () => {
      fs.writeFileSync(
        path.join(dir, 'layer.ts'),
        "import * as tf from '@tensorflow/tfjs';\nexport class Scale extends tf.layers.Layer {\n  static className = 'Scale';\n  factor: number;\n  constructor(args: { factor: number }) {\n    super({});\n    this.factor = args.factor;\n  }\n  override getConfig() {\n    return { ...super.getConfig() };\n  }\n}\ntf.serialization.registerClass(Scale);\n",
      );
      assert.ok(loadedModules('layer.ts').some((m) => m.endsWith(path.join('typescript', 'lib', 'typescript.js'))));
      assert.deepEqual(
        oxlint(dir, ['layer.ts']).diagnostics.map((d) => `${d.code} ${d.labels[0]!.span.line}`),
        ['tfjs-layers(config-complete) 7'],
      );
    });
  });
});
