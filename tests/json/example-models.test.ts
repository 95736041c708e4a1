// examples/models/ (written by generate-example-models.ts): the real eslint CLI with
// examples/eslint.config.mjs's model-json config gives each folder its one finding, and the real
// TF.js 4.22 loading each folder from disk shows the consequence that finding names.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
// Imported for their registerClass() calls (a type-only use would be elided).
import '../../examples/src/layers/scale-shift';
import type { ScaleShift } from '../../examples/src/layers/scale-shift';
import '../../examples/src/layers/token-and-position-embedding';
import { loadError, loadFromDisk } from './tf-model-files';

const root = path.join(__dirname, '..', '..');
const examples = path.join(root, 'examples');
const models = path.join(examples, 'models');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const distEntry = path.join(root, 'dist', 'eslint', 'index.js');

const EXPECTED: Record<string, string[]> = {
  clean: [],
  'unknown-class': ['tfjs-layers/model-json-class-name'],
  'keras-prefix': ['tfjs-layers/model-json-class-name'],
  'unread-key': ['tfjs-layers/model-json-config-keys'],
  'missing-key': ['tfjs-layers/model-json-config-keys'],
  'extra-weight': ['tfjs-layers/model-json-weights'],
  'missing-weight': ['tfjs-layers/model-json-weights'],
};

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number }>;
}

describe('examples/models', () => {
  let workDir = '';
  const results = new Map<string, LintResult>();

  before(() => {
    assert.ok(fs.existsSync(distEntry), 'run `npm run build` first');
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-example-models-'));
    fs.cpSync(examples, workDir, { recursive: true });
    // The example config as it is, with the package name pointed at the built plugin (the copy is outside the package).
    const config = fs.readFileSync(path.join(examples, 'eslint.config.mjs'), 'utf8');
    assert.match(config, /configs\['model-json'\]/);
    fs.writeFileSync(
      path.join(workDir, 'eslint.config.mjs'),
      config.replace("from 'eslint-plugin-tfjs-layers'", `from ${JSON.stringify(pathToFileURL(distEntry).href)}`),
    );
    const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', 'models'], { cwd: workDir, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    for (const result of JSON.parse(run.stdout) as LintResult[]) results.set(path.basename(path.dirname(result.filePath)), result);
  });

  after(() => {
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('has one folder per finding kind, and a clean one', () => {
    assert.deepEqual(fs.readdirSync(models).sort(), Object.keys(EXPECTED).sort());
    assert.deepEqual([...results.keys()].sort(), Object.keys(EXPECTED).sort());
  });

  for (const [folder, ruleIds] of Object.entries(EXPECTED)) {
    it(`${folder}: ${ruleIds.length === 0 ? 'no finding' : ruleIds.join(', ')}`, () => {
      const result = results.get(folder);
      assert.ok(result, folder);
      assert.deepEqual(
        result.messages.map((message) => message.ruleId),
        ruleIds,
        JSON.stringify(result.messages, null, 2),
      );
    });
  }

  it('what TF.js 4.22 does with each folder is what its finding says', async () => {
    const dir = (folder: string) => path.join(models, folder);
    const clean = (await loadFromDisk(dir('clean'))).getLayer('scale_shift') as ScaleShift;
    assert.equal(clean.initialScale, 2);
    assert.match((await loadError(dir('unknown-class')))!, /^Unknown layer: Scaleshift\./);
    assert.match((await loadError(dir('keras-prefix')))!, /^Unknown layer: Custom>ScaleShift\./);
    const unread = (await loadFromDisk(dir('unread-key'))).getLayer('scale_shift');
    assert.equal((unread.getConfig() as { epsilon?: number }).epsilon, undefined, 'epsilon is gone');
    const missing = (await loadFromDisk(dir('missing-key'))).getLayer('scale_shift') as ScaleShift;
    assert.equal(missing.initialScale, 1, 'the default, where the model was saved with 2');
    assert.equal(await loadError(dir('extra-weight')), 'Provided weight data has no target variable: scale_shift/bias');
    assert.match((await loadError(dir('missing-weight')))!, /^1 of \d+ weights are not set: embed\/positionEmbeddings$/);
  });
});
