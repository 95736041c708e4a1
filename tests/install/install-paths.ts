// Every documented way to install and run the plugin, done for real: npm installs from the
// registry into fresh projects outside this repo, of the package packed from a clean copy of this
// working tree (or cloned by npm as a git dependency), then the real eslint / tsc / oxlint / ESLint
// language server of that project. `npm run test:install` (several minutes; not part of `npm test`).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  JS_LAYER,
  JS_LAYER_FINDINGS,
  TS_LAYER,
  TS_LAYER_FINDINGS,
  childEnv,
  eslintFindings,
  eslintVersion,
  makeTempDir,
  npmInstall,
  npx,
  packCleanCopy,
  repoRoot,
  run,
  writeFiles,
  writeJson,
} from './helpers';
import { LspClient } from './lsp-client';

const TS7 = '^7.0.2';

let workDir: string;
let tarball: string;

const README = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The README's fenced block of this language that starts with `// <file>` and holds `needle` (the block a user copies). */
function readmeBlock(language: string, file: string, needle = ''): string {
  const blocks = [...README.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === language && m[2]!.startsWith(`// ${file}`) && m[2]!.includes(needle));
  assert.equal(blocks.length, 1, `README should have one \`\`\`${language} block starting with // ${file} and holding ${needle}`);
  return blocks[0]![2]!;
}

/** The README's first config, for JavaScript and TypeScript. */
const ESLINT_CONFIG = readmeBlock('js', 'eslint.config.js', 'tfjsLayers.configs.recommended]');

/** The README's `npm install` line for the TypeScript 6 API route, as arguments. */
function readmeTs6Install(): string[] {
  const line = README.split('\n').find((l) => l.startsWith("npm install --save-dev '@typescript/native@"));
  assert.ok(line, 'README has no npm install line for the TypeScript 6 API route');
  return line
    .replace(/^npm install /, '')
    .split(/\s+/)
    .map((arg) => arg.replace(/^'(.*)'$/, '$1'));
}

before(() => {
  workDir = makeTempDir('tfjs-layers-install-');
  tarball = packCleanCopy(workDir);
});
after(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

function newProject(name: string, packageJson: Record<string, unknown>, files: Record<string, string>): string {
  const dir = path.join(workDir, name);
  writeJson(path.join(dir, 'package.json'), { name, version: '1.0.0', private: true, type: 'module', ...packageJson });
  writeFiles(dir, files);
  return dir;
}

function installedVersion(project: string, name: string, from = project): string {
  const script = `console.log(require(require.resolve(${JSON.stringify(`${name}/package.json`)}, { paths: [${JSON.stringify(from)}] })).version)`;
  return run(process.execPath, ['-e', script], { cwd: project }).stdout.trim();
}

describe('a git dependency', { timeout: 600_000 }, () => {
  it('npm clones it, prepare builds dist/, and eslint reports the layer mistakes', () => {
    const head = run('git', ['rev-parse', 'HEAD'], { cwd: repoRoot }).stdout.trim();
    const project = newProject('git-dependency', {}, { 'eslint.config.js': ESLINT_CONFIG, 'src/layer.ts': TS_LAYER, 'src/shift.js': JS_LAYER });
    npmInstall(project, ['--save-dev', `eslint@${eslintVersion}`, `git+file://${repoRoot}#${head}`]);
    const installed = path.join(project, 'node_modules', 'eslint-plugin-tfjs-layers');
    assert.ok(fs.existsSync(path.join(installed, 'dist/eslint/index.js')), 'the git dependency has no dist/');
    assert.ok(!fs.lstatSync(installed).isSymbolicLink(), 'installed as a copy, not a link to this repo');
    assert.deepEqual(eslintFindings(project), { 'eslint.config.js': [], 'src/layer.ts': TS_LAYER_FINDINGS, 'src/shift.js': JS_LAYER_FINDINGS });
  });
});

describe('a TypeScript 7 project, plain `npm install`', { timeout: 600_000 }, () => {
  let project: string;

  before(() => {
    project = newProject(
      'typescript-7',
      { devDependencies: { typescript: TS7 } },
      {
        'eslint.config.js': ESLINT_CONFIG,
        'src/layer.ts': TS_LAYER,
        'src/shift.js': JS_LAYER,
        'tsconfig.json': JSON.stringify({
          compilerOptions: { strict: true, module: 'nodenext', noEmit: true, skipLibCheck: true, types: [] },
          include: ['eslint.config.ts'],
        }),
      },
    );
    npmInstall(project);
    // No flag: an ERESOLVE here fails the test.
    npmInstall(project, ['--save-dev', `eslint@${eslintVersion}`, tarball]);
  });

  it("keeps the project's TypeScript 7, which has no JavaScript API", () => {
    assert.match(installedVersion(project, 'typescript'), /^7\./);
    const api = run(process.execPath, ['-e', "console.log(typeof require('typescript').createSourceFile)"], { cwd: project }).stdout.trim();
    assert.equal(api, 'undefined');
    assert.match(run(npx, ['--no', '--', 'tsc', '--version'], { cwd: project }).stdout, /Version 7\./);
  });

  it('configs.recommended lints the .ts and the .js layer', () => {
    assert.deepEqual(eslintFindings(project), { 'eslint.config.js': [], 'src/layer.ts': TS_LAYER_FINDINGS, 'src/shift.js': JS_LAYER_FINDINGS });
  });

  it('eslint.config.ts type-checks with TypeScript 7 (strict, NodeNext): defineConfig with and without extends, and a plain array', () => {
    const variants: Record<string, string> = {
      readme: readmeBlock('ts', 'eslint.config.ts'),
      'define-config':
        "import { defineConfig } from 'eslint/config';\nimport tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nexport default defineConfig(tfjsLayers.configs.recommended, { ignores: ['dist/'] });\n",
      extends:
        "import { defineConfig } from 'eslint/config';\nimport tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nexport default defineConfig({\n  files: ['src/**/*.ts'],\n  extends: [tfjsLayers.configs['recommended-type-checked']],\n  rules: { 'tfjs-layers/no-io-in-constructor': 'warn' },\n});\n",
      plugins:
        "import { defineConfig } from 'eslint/config';\nimport tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nexport default defineConfig({\n  plugins: { 'tfjs-layers': tfjsLayers },\n  extends: ['tfjs-layers/recommended'],\n});\n",
      array:
        "import type { Linter } from 'eslint';\nimport tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nconst config: Linter.Config[] = [tfjsLayers.configs.recommended, tfjsLayers.configs.all];\nexport default config;\n",
    };
    for (const [name, text] of Object.entries(variants)) {
      fs.writeFileSync(path.join(project, 'eslint.config.ts'), text);
      const out = run(npx, ['--no', '--', 'tsc', '-p', 'tsconfig.json'], { cwd: project }, null);
      assert.equal(out.status, 0, `${name}:\n${out.stdout}${out.stderr}`);
    }
    // The check is real: a misspelt config name is an error.
    fs.writeFileSync(
      path.join(project, 'eslint.config.ts'),
      "import { defineConfig } from 'eslint/config';\nimport tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nexport default defineConfig(tfjsLayers.configs.recomended);\n",
    );
    const wrong = run(npx, ['--no', '--', 'tsc', '-p', 'tsconfig.json'], { cwd: project }, null);
    assert.notEqual(wrong.status, 0);
    assert.match(wrong.stdout, /recomended/);
    fs.rmSync(path.join(project, 'eslint.config.ts'));
  });

  it("the ESLint language server (vscode-eslint-language-server) publishes the plugin's findings for an opened layer", async () => {
    npmInstall(project, ['--save-dev', 'vscode-langservers-extracted@^4.10.0']);
    const server = path.join(project, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');
    const client = new LspClient(process.execPath, [server, '--stdio'], project);
    try {
      const file = path.join(project, 'src/layer.ts');
      const diagnostics = await client.diagnosticsFor(file, fs.readFileSync(file, 'utf8'), 'typescript', (d) =>
        d.some((x) => ruleOf(x).startsWith('tfjs-layers/')),
      );
      const ours = diagnostics.map((d) => `${ruleOf(d).replace(/^tfjs-layers\//, '')} ${d.range.start.line + 1}`).sort();
      assert.deepEqual(ours, TS_LAYER_FINDINGS, JSON.stringify(diagnostics, null, 2));
    } finally {
      await client.shutdown();
    }
  });
});

function ruleOf(diagnostic: { code?: unknown }): string {
  const { code } = diagnostic;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object' && 'value' in code) return String(code.value);
  return '';
}

describe('TypeScript 7 with the TypeScript 6 API aliased as `typescript` (the typescript-eslint route), type-aware', { timeout: 600_000 }, () => {
  let project: string;

  before(() => {
    project = newProject(
      'typescript-6-api',
      {},
      {
        // The README's type-information config, as it stands.
        'eslint.config.js': readmeBlock('js', 'eslint.config.js', "configs['recommended-type-checked']"),
        // The same with typescript-eslint's typed rules on the TypeScript files.
        'eslint.tseslint.config.js': [
          "import { defineConfig } from 'eslint/config';",
          "import tseslint from 'typescript-eslint';",
          "import base from './eslint.config.js';",
          '',
          "export default defineConfig(base, { files: ['src/**/*.ts'], extends: [tseslint.configs.recommendedTypeChecked] });",
          '',
        ].join('\n'),
        'tsconfig.json': JSON.stringify({
          compilerOptions: { strict: true, module: 'nodenext', noEmit: true, skipLibCheck: true, allowJs: true, types: [] },
          include: ['src'],
        }),
        // Complete, but registered in another file: only a type-aware run sees the registration.
        'src/gain.ts':
          "import * as tf from '@tensorflow/tfjs';\n\nexport class Gain extends tf.layers.Layer {\n  static className = 'Gain';\n  gain: number;\n  constructor(args: { gain: number; name?: string }) {\n    super(args);\n    this.gain = args.gain;\n  }\n  override getConfig() {\n    return { ...super.getConfig(), gain: this.gain };\n  }\n}\n",
        'src/register.ts': "import * as tf from '@tensorflow/tfjs';\nimport { Gain } from './gain.js';\n\ntf.serialization.registerClass(Gain);\n",
        // Exported and registered by no file: only a type-aware run can tell (without types an importer may register it).
        'src/orphan.ts': "import * as tf from '@tensorflow/tfjs';\n\nexport class Orphan extends tf.layers.Layer {\n  static className = 'Orphan';\n}\n",
        'src/layer.ts': TS_LAYER,
        // In allowDefaultProject (the README's 'scripts/*.js'): typed through the default project.
        'scripts/shift.js': JS_LAYER,
        // In neither the tsconfig nor allowDefaultProject: linted without type information, not a parsing error.
        'tools/shift.js': JS_LAYER,
      },
    );
    // The README's command, then eslint, the plugin and TF.js (whose types the type-aware run reads).
    npmInstall(project, ['--save-dev', ...readmeTs6Install()]);
    npmInstall(project, ['--save-dev', `eslint@${eslintVersion}`, '@tensorflow/tfjs@^4.22.0', tarball]);
  });

  it('`tsc` is TypeScript 7 and `require("typescript")` is the TypeScript 6 API', () => {
    assert.match(run(npx, ['--no', '--', 'tsc', '--version'], { cwd: project }).stdout, /Version 7\./);
    assert.match(run(npx, ['--no', '--', 'tsc6', '--version'], { cwd: project }).stdout, /Version 6\./);
    const api = run(process.execPath, ['-e', "const ts = require('typescript'); console.log(ts.version, typeof ts.createProgram)"], {
      cwd: project,
    }).stdout.trim();
    assert.match(api, /^6\.\d+\.\d+ function$/);
  });

  it("the README's configs['recommended-type-checked'] finds the registration in another file, and lints a .js file outside the tsconfig without types", () => {
    const findings = eslintFindings(project);
    assert.deepEqual(findings['src/gain.ts'], [], 'registered in src/register.ts: a type-aware run sees it');
    assert.deepEqual(findings['src/orphan.ts'], ['require-register-class 3'], 'registered in no file of the program: a type-aware run knows');
    assert.deepEqual(findings['src/layer.ts'], TS_LAYER_FINDINGS);
    assert.deepEqual(findings['scripts/shift.js'], JS_LAYER_FINDINGS, 'in allowDefaultProject');
    assert.deepEqual(findings['tools/shift.js'], JS_LAYER_FINDINGS, 'outside the tsconfig: linted without types, no parsing error');
    // typescript-eslint's own typed rules run on the same TypeScript 6 API (`inputs[0]!` is a needless assertion there).
    const withTseslint = eslintFindings(project, ['--config', 'eslint.tseslint.config.js', 'src']);
    assert.deepEqual(
      withTseslint['src/layer.ts'],
      [...TS_LAYER_FINDINGS, '@typescript-eslint/no-unnecessary-type-assertion 14', '@typescript-eslint/no-unused-vars 3'].sort(),
    );
    assert.deepEqual(withTseslint['src/gain.ts'], []);
    // Without type information the exported orphan is not reported (an importer may register it): the run above was type-aware.
    fs.writeFileSync(path.join(project, 'eslint.untyped.config.js'), ESLINT_CONFIG);
    const untyped = eslintFindings(project, ['--config', 'eslint.untyped.config.js', 'src/orphan.ts']);
    assert.deepEqual(untyped['src/orphan.ts'], []);
  });
});

describe('plain JavaScript: package.json names only eslint and the plugin', { timeout: 600_000 }, () => {
  const files = { 'eslint.config.js': ESLINT_CONFIG, 'src/shift.js': JS_LAYER, 'src/util.js': 'export const twice = (x) => x * 2;\n' };

  it('npm', () => {
    const project = newProject('plain-js-npm', { devDependencies: { eslint: eslintVersion, 'eslint-plugin-tfjs-layers': `file:${tarball}` } }, files);
    npmInstall(project);
    assert.deepEqual(eslintFindings(project), { 'eslint.config.js': [], 'src/shift.js': JS_LAYER_FINDINGS, 'src/util.js': [] });
  });

  it('pnpm (strict node_modules, nothing hoisted to lean on)', () => {
    const project = newProject('plain-js-pnpm', { devDependencies: { eslint: eslintVersion, 'eslint-plugin-tfjs-layers': `file:${tarball}` } }, files);
    run(npx, ['--yes', 'pnpm@12', 'install', '--prefer-offline'], { cwd: project, env: childEnv({ CI: 'true' }) });
    assert.ok(!fs.existsSync(path.join(project, 'node_modules', 'typescript')), 'pnpm hoisted typescript to the top: this is not the strict layout');
    const out = run(npx, ['--yes', 'pnpm@12', 'exec', 'eslint', '--format', 'json', '.'], { cwd: project }, [1]);
    const results = JSON.parse(out.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number }> }>;
    const findings = Object.fromEntries(
      results.map((r) => [path.relative(project, r.filePath), r.messages.map((m) => `${m.ruleId?.replace('tfjs-layers/', '')} ${m.line}`).sort()]),
    );
    assert.deepEqual(findings, { 'eslint.config.js': [], 'src/shift.js': JS_LAYER_FINDINGS, 'src/util.js': [] });
  });
});

describe('a `typescript` forced to 7 under the plugin (npm overrides)', { timeout: 600_000 }, () => {
  let project: string;

  before(() => {
    project = newProject(
      'forced-typescript-7',
      { devDependencies: { typescript: TS7 }, overrides: { typescript: '$typescript' } },
      {
        'eslint.config.js': ESLINT_CONFIG,
        'src/layer.ts': TS_LAYER,
        '.oxlintrc.json': JSON.stringify({ jsPlugins: ['eslint-plugin-tfjs-layers'], rules: { 'tfjs-layers/config-complete': 'error' } }),
      },
    );
    npmInstall(project);
    npmInstall(project, ['--save-dev', `eslint@${eslintVersion}`, 'oxlint@^1.95.0', tarball]);
    assert.match(installedVersion(project, 'typescript', path.join(project, 'node_modules', 'eslint-plugin-tfjs-layers')), /^7\./);
  });

  it('eslint says in one sentence what to install, without a stack trace', () => {
    const findings = eslintFindings(project, ['src/layer.ts']);
    const [message, ...rest] = findings['src/layer.ts']!;
    assert.deepEqual(rest, []);
    assert.match(
      message!,
      /^FATAL Parsing error: eslint-plugin-tfjs-layers: the "typescript" package at .* is TypeScript 7\.\d+\.\d+, which has no JavaScript API; .*npm install -D typescript@npm:@typescript\/typescript6@\^6\.0\.2/,
    );
    assert.doesNotMatch(message!, /\n\s+at /);
  });

  it('oxlint says the same sentence, without a stack trace', () => {
    const out = run(npx, ['--no', '--', 'oxlint', 'src/layer.ts'], { cwd: project }, null);
    const text = out.stdout + out.stderr;
    assert.match(text, /the "typescript" package at .* is TypeScript 7\.\d+\.\d+, which has no JavaScript API/);
    assert.doesNotMatch(text, /\n\s+at .*\.js:\d+/);
  });
});
