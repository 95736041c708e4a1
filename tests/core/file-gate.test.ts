// The file gate (src/core/file-gate.ts) is the one decision "is this file analysed at all", and
// every front end asks it: here each one, for real, on the same three files of one temp project
// (a TF.js layer, a layer-shaped class that never mentions TF.js, the TF.js layer's text in a
// declaration file) reports findings exactly where the gate says the file is analysed. The front
// ends: ESLint's Linter with configs.recommended, the plugin inside a real tsserver, and the
// model.json reference (which lists and analyses the project's files itself).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Linter } from 'eslint';
import { shouldAnalyze } from '../../src/core/file-gate';
import plugin = require('../../src/eslint/index');
import { getReference } from '../../src/json/reference';
import { DIAGNOSTIC_SOURCE } from '../../src/typescript-plugin/codes';
import {
  makeTempProject,
  projectCompilerOptions,
  removeTempDir,
  TsServerClient,
  typescriptVersions,
  type ProtocolDiagnostic,
} from '../typescript-plugin/tsserver-client';

/** A layer whose getConfig() leaves out `factor`: config-complete reports it wherever the file is analysed. */
const layerText = (className: string) => `import * as tf from '@tensorflow/tfjs';
export class ${className} extends tf.layers.Layer {
  static className = '${className}';
  factor: number;
  constructor(args: { factor: number }) {
    super({});
    this.factor = args.factor;
  }
  override getConfig() {
    return { ...super.getConfig() };
  }
}
tf.serialization.registerClass(${className});
`;

/** The same mistake with no word of TF.js: its base comes from a module of the project. */
const PLAIN = `import { Layer } from './base';
export class GatePlain extends Layer {
  static className = 'GatePlain';
  factor: number;
  constructor(args: { factor: number }) {
    super({});
    this.factor = args.factor;
  }
  override getConfig() {
    return { ...super.getConfig() };
  }
  call(inputs: unknown) {
    return inputs;
  }
}
`;

const BASE = `export class Layer {
  constructor(_args: object) {}
  getConfig(): Record<string, unknown> {
    return {};
  }
}
`;

interface Case {
  file: string;
  className: string;
  text: string;
  /** The gate's verdict, as the issue states it. */
  analysed: boolean;
}

const CASES: Case[] = [
  { file: 'src/layer.ts', className: 'GateScale', text: layerText('GateScale'), analysed: true },
  { file: 'src/plain.ts', className: 'GatePlain', text: PLAIN, analysed: false },
  // Not next to layer.ts: a tsconfig `include` drops x.d.ts when x.ts is there.
  { file: 'src/declared.d.ts', className: 'GateDeclared', text: layerText('GateDeclared'), analysed: false },
];

describe('one file gate for every front end', { timeout: 180_000 }, () => {
  let dir: string;

  before(() => {
    dir = makeTempProject(undefined, 'tfjs-file-gate-');
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/base.ts'), BASE);
    for (const { file, text } of CASES) fs.writeFileSync(path.join(dir, file), text);
    const compilerOptions = projectCompilerOptions();
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  });
  after(() => removeTempDir(dir));

  it('the gate: the TF.js layer only', () => {
    for (const { file, text, analysed } of CASES) {
      assert.equal(shouldAnalyze({ fileName: path.join(dir, file), text }, false), analysed, file);
      assert.equal(shouldAnalyze({ fileName: path.join(dir, file), text }, true), analysed || file === 'src/plain.ts', `${file}, type-aware`);
    }
  });

  it("ESLint's Linter with configs.recommended", () => {
    const linter = new Linter({ cwd: dir });
    for (const { file, text, analysed } of CASES) {
      const messages = linter.verify(text, [plugin.configs.recommended], { filename: path.join(dir, file) });
      assert.deepEqual(
        messages.filter((message) => message.fatal),
        [],
        file,
      );
      const ours = messages.filter((message) => message.ruleId?.startsWith('tfjs-layers/'));
      assert.equal(ours.length > 0, analysed, `${file}: ${JSON.stringify(ours.map((message) => message.ruleId))}`);
      if (analysed)
        assert.ok(
          ours.some((message) => message.ruleId === 'tfjs-layers/config-complete' && message.line === 7),
          file,
        );
    }
  });

  it('the tsserver plugin', async () => {
    const server = new TsServerClient({ tsserverPath: typescriptVersions[0].tsserverPath, projectDir: dir, logVerbosity: 'terse' });
    try {
      for (const { file, analysed } of CASES) {
        const fileName = path.join(dir, file);
        await server.requestOk('open', { file: fileName, projectRootPath: dir });
        const diagnostics = (await server.requestOk<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file: fileName })).body ?? [];
        const ours = diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
        assert.equal(ours.length > 0, analysed, `${file}: ${JSON.stringify(ours.map((diagnostic) => diagnostic.text))}`);
        if (analysed)
          assert.ok(
            ours.some((diagnostic) => diagnostic.start.line === 7),
            file,
          );
      }
    } finally {
      await server.shutdown();
      removeTempDir(path.dirname(server.logFile));
    }
  });

  it('the model.json reference: facts for the classes of analysed files only', () => {
    const reference = getReference(dir, ['src']);
    for (const { file, className, analysed } of CASES) {
      const facts = reference.lookup(className);
      assert.equal(facts != null, analysed, `${file}: ${JSON.stringify(facts)}`);
      if (analysed) assert.equal(facts!.where, `${file}:2`);
    }
  });
});
