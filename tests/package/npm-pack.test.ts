// The packaged artifact, as a user gets it: `npm pack` a clean copy of this repository (the files
// git tracks or would track: no dist/, no node_modules/), so `prepare` must build dist/ itself, install
// the tarball in a fresh project outside this repo (with eslint and typescript from the registry, as the
// README's install line does), then use it the two documented ways: `npx eslint` with
// configs.recommended imported by package name, and tsserver loading
// `eslint-plugin-tfjs-layers/typescript-plugin` from the project's tsconfig.
//
// The clean copy borrows this repo's node_modules through a symlink (its devDependencies build dist/;
// tests/install/git-dependency.test.ts does the slow path, a real clone that npm installs and prepares).
// Installing: `npm install --prefer-offline` of the tarball, eslint (the version this repo tests
// with) and typescript 6.0.3. `npm ci` for this repo has just fetched exactly these into npm's cache,
// so on a CI machine this reads the cache and only falls back to the registry for what is missing;
// the project needs no symlink into this repo, so nothing resolves to the working tree by accident
// (asserted below), and the tarball's own `dependencies` are installed as a user gets them (a
// dependency missing from package.json fails here, which a symlinked node_modules would hide).
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE } from '../../src/typescript-plugin/codes';
import { TS_LAYER } from '../install/helpers';
import { PLUGIN_NAME, TsServerClient, type ProtocolDiagnostic } from '../typescript-plugin/tsserver-client';

const repoRoot = path.resolve(__dirname, '..', '..');
const repoPackage = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const eslintVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/eslint/package.json'), 'utf8')) as { version: string }).version;
const TYPESCRIPT_VERSION = '6.0.3';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The layer with four mistakes configs.recommended reports, shared with the install tests. */
const SAMPLE = TS_LAYER;
const EXPECTED = [
  'config-complete 10:17', // `args.bias`: not returned by getConfig()
  'get-config-calls-super 18:12', // getConfig() without super.getConfig()
  'require-class-name 3:7', // no static className
  'require-register-class 3:7', // never registered (not exported: no importer can register it)
].sort();

/** Copies the files git tracks, or would track (untracked but not ignored), as a fresh clone of this working tree has them. */
function copyTrackedFiles(from: string, to: string): void {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: from }).split('\0').filter(Boolean);
  for (const file of listed) {
    const source = path.join(from, file);
    if (!fs.existsSync(source)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(source, path.join(to, file));
  }
}

/** Child processes see npm's config files, but not the `npm test` run's prefix (which would install into this repo). */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(prefix|local_prefix|global_prefix|call)|package_|lifecycle_)/i.test(key)) delete env[key]; // eslint-disable-line @typescript-eslint/no-dynamic-delete -- env is a dictionary
  }
  return env;
}

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }, okStatuses: number[] = [0]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: childEnv(), maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32', ...options });
  if (result.error) throw result.error;
  assert.ok(
    okStatuses.includes(result.status ?? -1),
    `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${result.status}:\n${String(result.stderr).slice(-4000)}\n${String(result.stdout).slice(-2000)}`,
  );
  return String(result.stdout);
}

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }>;
}

describe('the packed tarball, installed in a fresh project', { timeout: 240_000 }, () => {
  let workDir: string;
  let tarball: string;
  let project: string;

  before(() => {
    workDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-pack-')));
    const clean = path.join(workDir, 'clean');
    copyTrackedFiles(repoRoot, clean);
    assert.ok(!fs.existsSync(path.join(clean, 'dist')), 'the clean copy has no dist/');
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clean, 'node_modules'), 'dir');
    const packDir = path.join(workDir, 'pack');
    fs.mkdirSync(packDir);
    const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', packDir], { cwd: clean })) as Array<{ filename: string }>;
    tarball = path.join(packDir, packed[0]!.filename);
    assert.ok(fs.existsSync(tarball), `npm pack wrote no ${tarball}`);

    project = path.join(workDir, 'project');
    fs.mkdirSync(path.join(project, 'src'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'tfjs-layers-pack-smoke', version: '1.0.0', private: true }, null, 2)}\n`);
    fs.writeFileSync(
      path.join(project, 'eslint.config.mjs'),
      "import tfjsLayers from 'eslint-plugin-tfjs-layers';\n\nexport default [tfjsLayers.configs.recommended];\n",
    );
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'node16', strict: true, noEmit: true, skipLibCheck: true, types: [], plugins: [{ name: PLUGIN_NAME }] }, include: ['src'] }, null, 2)}\n`,
    );
    fs.writeFileSync(path.join(project, 'src/layer.ts'), SAMPLE);
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', tarball, `eslint@${eslintVersion}`, `typescript@${TYPESCRIPT_VERSION}`], {
      cwd: project,
    });
  });

  after(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('holds dist/, rules-docs/, typescript-plugin.js, README.md and package.json, and no tests/ or src/', () => {
    const entries = run('tar', ['-tzf', tarball], { cwd: workDir })
      .split(/\r?\n/)
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ''));
    for (const required of ['package.json', 'README.md', 'typescript-plugin.js', 'dist/eslint/index.js', 'dist/typescript-plugin/index.js']) {
      assert.ok(entries.includes(required), `tarball lacks ${required}`);
    }
    assert.ok(
      entries.some((entry) => entry.startsWith('rules-docs/') && entry.endsWith('.md')),
      'tarball lacks rules-docs/*.md',
    );
    const stray = entries.filter((entry) => /^(tests|src)\//.test(entry) || /(^|\/)(tests?|__tests__)\//.test(entry) || /\.test\.[cm]?[jt]s$/.test(entry));
    assert.deepEqual(stray, [], 'tarball ships test or source files');
    const docs = fs.readdirSync(path.join(repoRoot, 'rules-docs')).map((file) => `rules-docs/${file}`);
    assert.deepEqual(
      docs.filter((doc) => !entries.includes(doc)),
      [],
      'every rule doc is packed',
    );
  });

  it('ships no source map that names a file it does not ship', () => {
    const root = path.join(project, 'node_modules', repoPackage.name);
    const maps = (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.map'));
    for (const map of maps) {
      const { sources = [], sourcesContent } = JSON.parse(fs.readFileSync(path.join(root, map), 'utf8')) as { sources?: string[]; sourcesContent?: unknown[] };
      if (sourcesContent?.length === sources.length) continue;
      const missing = sources.filter((source) => !fs.existsSync(path.resolve(root, path.dirname(map), source)));
      assert.deepEqual(missing, [], `${map} names sources the package does not ship`);
    }
    const dts = fs.readFileSync(path.join(root, 'dist/eslint/index.d.ts'), 'utf8');
    assert.doesNotMatch(dts, /sourceMappingURL/);
  });

  it('is what the project resolves: the installed copy, not this repository', () => {
    const script =
      "console.log(JSON.stringify([require.resolve('eslint-plugin-tfjs-layers'), require.resolve('eslint-plugin-tfjs-layers/typescript-plugin'), require('eslint-plugin-tfjs-layers/package.json').version, require('typescript').version]))";
    const [main, tsPlugin, version, tsVersion] = JSON.parse(run(process.execPath, ['-e', script], { cwd: project })) as string[];
    for (const file of [main!, tsPlugin!]) {
      const real = fs.realpathSync(file);
      assert.ok(real.startsWith(path.join(project, 'node_modules', repoPackage.name) + path.sep), `${file} resolves to ${real}, outside the installed package`);
    }
    assert.equal(version, repoPackage.version);
    assert.equal(tsVersion, TYPESCRIPT_VERSION);
  });

  it("`npx eslint` with configs.recommended reports the sample layer's mistakes", () => {
    const stdout = run(npx, ['--no', '--', 'eslint', '--format', 'json', 'src/layer.ts'], { cwd: project }, [1]);
    const [result] = JSON.parse(stdout) as LintResult[];
    assert.ok(result, 'eslint printed no result');
    assert.deepEqual(
      result.messages.filter((m) => m.fatal),
      [],
    );
    const findings = result.messages.map((m) => `${(m.ruleId ?? '?').replace('tfjs-layers/', '')} ${m.line}:${m.column}`).sort();
    assert.deepEqual(findings, EXPECTED, JSON.stringify(result.messages, null, 2));
  });

  it('`npx eslint --fix` repairs what is fixable, and the result lints clean', () => {
    const copy = path.join(project, 'src/fixed.ts');
    fs.writeFileSync(copy, SAMPLE);
    try {
      run(npx, ['--no', '--', 'eslint', '--fix', 'src/fixed.ts'], { cwd: project }, [0, 1]);
      const fixed = fs.readFileSync(copy, 'utf8');
      assert.match(fixed, /static className = 'Scale';/);
      assert.match(fixed, /tf\.serialization\.registerClass\(Scale\);/);
      assert.match(fixed, /\.\.\.super\.getConfig\(\)/);
      assert.match(fixed, /bias: this\.bias/);
      run(npx, ['--no', '--', 'eslint', 'src/fixed.ts'], { cwd: project });
    } finally {
      fs.rmSync(copy, { force: true });
    }
  });

  it("tsserver loads the plugin from the project's tsconfig and reports the same mistakes", async () => {
    const server = new TsServerClient({
      tsserverPath: path.join(project, 'node_modules/typescript/lib/tsserver.js'),
      projectDir: project,
      logVerbosity: 'normal',
    });
    try {
      const file = path.join(project, 'src/layer.ts');
      await server.requestOk('open', { file, projectRootPath: project });
      const diagnostics = (await server.requestOk<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file })).body ?? [];
      const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      const ruleOf = (code: number | undefined) => Object.keys(DIAGNOSTIC_CODES).find((rule) => DIAGNOSTIC_CODES[rule] === code) ?? `?${code}`;
      const summary = ours.map((d) => `${ruleOf(d.code)} ${d.start.line}:${d.start.offset}`).sort();
      assert.deepEqual(summary, EXPECTED, `tsserver diagnostics: ${JSON.stringify(diagnostics, null, 2)}\nlog tail:\n${server.readLog().slice(-3000)}`);
      assert.ok(
        ours.every((d) => d.category === 'error'),
        'configs.recommended rules are errors by default',
      );
      // Loaded from the installed package, not from this repository.
      const loading = /Loading eslint-plugin-tfjs-layers\/typescript-plugin from .* \(resolved to (.*)\)/.exec(server.readLog());
      assert.ok(loading, 'tsserver log has no "Loading ... typescript-plugin" line');
      assert.ok(fs.realpathSync(loading[1]!).startsWith(project), `plugin resolved to ${loading[1]}`);
    } finally {
      await server.shutdown();
    }
  });
});
