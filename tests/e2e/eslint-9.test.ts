// ESLint 9.15+ is supported next to ESLint 10: the same examples, linted and fixed by the real
// ESLint 9 CLI (installed as the `eslint-9` alias), give the same findings as ESLint 10.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist/eslint/index.js');
const binaries = { 9: path.join(root, 'node_modules/eslint-9/bin/eslint.js'), 10: path.join(root, 'node_modules/eslint/bin/eslint.js') };

function copyExamples(): string {
  assert.ok(fs.existsSync(dist), 'run `npm run build` first (npm test does)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-eslint9-'));
  fs.cpSync(path.join(root, 'examples'), dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'eslint.config.mjs'),
    `import plugin from ${JSON.stringify(pathToFileURL(dist).href)};\nexport default [plugin.configs.all];\n`,
  );
  return dir;
}

function lint(version: 9 | 10, dir: string, ...args: string[]): string[] {
  const result = spawnSync(process.execPath, [binaries[version], '.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `ESLint ${version} exited ${result.status}: ${result.stderr}`);
  const files = JSON.parse(result.stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string | null; line: number; column: number; fatal?: boolean }>;
  }>;
  return files
    .flatMap((file) =>
      file.messages.map(
        (message) => `${path.relative(dir, file.filePath)}:${message.line}:${message.column} ${message.ruleId}${message.fatal ? ' FATAL' : ''}`,
      ),
    )
    .sort();
}

describe('ESLint 9', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('is the version under test', () => {
    const version = spawnSync(process.execPath, [binaries[9], '--version'], { encoding: 'utf8' }).stdout.trim();
    assert.match(version, /^v9\.(1[5-9]|[2-9]\d)\./);
  });

  it('reports exactly what ESLint 10 reports on the examples', () => {
    const dir = copyExamples();
    dirs.push(dir);
    const nine = lint(9, dir);
    assert.ok(nine.length > 10, nine.join('\n'));
    assert.ok(!nine.some((line) => line.endsWith('FATAL')), nine.join('\n'));
    assert.deepEqual(nine, lint(10, dir));
  });

  it('applies the same fixes', () => {
    const [nine, ten] = [copyExamples(), copyExamples()];
    dirs.push(nine, ten);
    lint(9, nine, '--fix');
    lint(10, ten, '--fix');
    for (const file of fs.readdirSync(nine, { recursive: true }) as string[]) {
      if (!/\.(ts|js|cjs|mjs)$/.test(file) || file.startsWith('node_modules')) continue;
      assert.equal(fs.readFileSync(path.join(nine, file), 'utf8'), fs.readFileSync(path.join(ten, file), 'utf8'), file);
    }
    assert.ok(!lint(9, nine).some((line) => line.includes('config-complete')));
  });
});
