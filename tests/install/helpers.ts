// Shared by the install tests: real npm installs into temporary projects outside this repo, from
// the registry (npm's cache in ~/.npm makes repeated runs fast), of the package packed from a clean
// copy of this working tree. Slow (minutes), so they run with `npm run test:install`, not `npm test`.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
export const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
export const eslintVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/eslint/package.json'), 'utf8')) as { version: string }).version;

/** Child processes see npm's config files, but not the `npm run` prefix (which would install into this repo). */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(prefix|local_prefix|global_prefix|call)|package_|lifecycle_)/i.test(key)) delete env[key]; // eslint-disable-line @typescript-eslint/no-dynamic-delete -- env is a dictionary
  }
  return { ...env, ...extra };
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }, okStatuses: number[] | null = [0]): RunResult {
  const result = spawnSync(command, args, { encoding: 'utf8', env: childEnv(), maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32', ...options });
  if (result.error) throw result.error;
  const out = { status: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
  if (okStatuses)
    assert.ok(
      okStatuses.includes(out.status),
      `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${out.status}:\n${out.stderr.slice(-4000)}\n${out.stdout.slice(-3000)}`,
    );
  return out;
}

export function makeTempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes files (relative path -> text) under dir. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Copies the files git tracks or would track, as a fresh clone of this working tree has them. */
export function copyTrackedFiles(from: string, to: string): void {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: from }).stdout.split('\0').filter(Boolean);
  for (const file of listed) {
    const source = path.join(from, file);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(source, path.join(to, file));
  }
}

/** `npm pack` of a clean copy (no dist/: prepare builds it), using this repo's installed devDependencies. */
export function packCleanCopy(workDir: string): string {
  const clean = path.join(workDir, 'clean');
  copyTrackedFiles(repoRoot, clean);
  assert.ok(!fs.existsSync(path.join(clean, 'dist')));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clean, 'node_modules'), 'dir');
  const packDir = path.join(workDir, 'pack');
  fs.mkdirSync(packDir, { recursive: true });
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', packDir], { cwd: clean }).stdout) as Array<{ filename: string }>;
  return path.join(packDir, packed[0]!.filename);
}

export function npmInstall(cwd: string, args: string[] = []): RunResult {
  return run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', ...args], { cwd });
}

export interface LintMessage {
  ruleId: string | null;
  line: number;
  column: number;
  fatal?: boolean;
  message: string;
}

/** `npx eslint --format json` in the project: relative file -> sorted `rule line` of its messages (fatal ones as `FATAL message`). */
export function eslintFindings(cwd: string, args: string[] = ['.'], extraEnv: NodeJS.ProcessEnv = {}): Record<string, string[]> {
  const out = run(npx, ['--no', '--', 'eslint', '--format', 'json', ...args], { cwd, env: childEnv(extraEnv) }, [0, 1]);
  const results = JSON.parse(out.stdout) as Array<{ filePath: string; messages: LintMessage[] }>;
  const byFile: Record<string, string[]> = {};
  for (const result of results) {
    byFile[path.relative(cwd, result.filePath).split(path.sep).join('/')] = result.messages
      .map((m) => (m.fatal ? `FATAL ${m.message}` : `${(m.ruleId ?? '?').replace(/^tfjs-layers\//, '')} ${m.line}`))
      .sort();
  }
  return byFile;
}

/**
 * A TypeScript layer with four mistakes configs.recommended reports. Not exported: without type
 * information an exported class may be registered by its importer, and is not reported unregistered.
 */
export const TS_LAYER = `import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  private factor: number;
  private bias: number;

  constructor(args: { factor?: number; bias?: number; name?: string }) {
    super(args);
    this.factor = args.factor ?? 2;
    this.bias = args.bias ?? 0;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.add(tf.mul(x, this.factor), this.bias);
  }

  override getConfig() {
    return { factor: this.factor };
  }
}
`;
export const TS_LAYER_FINDINGS = ['config-complete 10', 'get-config-calls-super 18', 'require-class-name 3', 'require-register-class 3'];

/** The same kind of layer in plain JavaScript (an ES module), not exported either. */
export const JS_LAYER = `import * as tf from '@tensorflow/tfjs';

class Shift extends tf.layers.Layer {
  static className = 'Shift';

  constructor(config) {
    super(config);
    this.offset = config.offset;
  }

  call(inputs) {
    return tf.add(inputs, this.offset);
  }

  getConfig() {
    return { ...super.getConfig() };
  }
}
`;
export const JS_LAYER_FINDINGS = ['config-complete 8', 'require-register-class 3'];
