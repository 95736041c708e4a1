// The language-service plugin over a real in-memory LanguageService (no tsserver process):
// diagnostics, quick fixes, fix-all, disable comments, options, caching and the failure path.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import * as ts from 'typescript';
import { DIAGNOSTIC_CODES } from '../../src/typescript-plugin/codes';
import init = require('../../src/typescript-plugin/index');

const root = path.join(__dirname, '..', '..');
// In-memory files, in a directory that exists so module resolution can look there.
const FILE = path.join(__dirname, 'in-memory-layers.ts');

const LAYERS = `import * as tf from '@tensorflow/tfjs';

export class Scale extends tf.layers.Layer {
  static className = 'Scale';
  private readonly factor: number;
  private readonly bias: number;

  constructor(args: { factor?: number; bias?: number }) {
    super(args as tf.layers.LayerArgs);
    this.factor = args.factor ?? 2;
    this.bias = args.bias ?? 0;
  }

  override getConfig() {
    return { ...super.getConfig() };
  }
}
tf.serialization.registerClass(Scale);

const wrong: number = 'not a number';
`;

interface Harness {
  service: ts.LanguageService;
  logs: string[];
  setText(text: string): void;
  getText(): string;
  apply(changes: readonly ts.TextChange[]): void;
}

/** `others`: more in-memory files of the project, by path. */
function createHarness(text: string, pluginConfig: object = {}, others: Record<string, string> = {}): Harness {
  let content = text;
  let version = 0;
  const logs: string[] = [];
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      skipLibCheck: true,
      noEmit: true,
    }),
    getScriptFileNames: () => [FILE, ...Object.keys(others)],
    getScriptVersion: (fileName) => (fileName === FILE ? String(version) : '0'),
    getScriptSnapshot: (fileName) => {
      if (fileName === FILE) return ts.ScriptSnapshot.fromString(content);
      if (others[fileName] !== undefined) return ts.ScriptSnapshot.fromString(others[fileName]);
      return ts.sys.fileExists(fileName) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(fileName)!) : undefined;
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (fileName) => fileName === FILE || others[fileName] !== undefined || ts.sys.fileExists(fileName),
    readFile: (fileName) => (fileName === FILE ? content : (others[fileName] ?? ts.sys.readFile(fileName))),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (directoryName) => ts.sys.directoryExists(directoryName),
    getDirectories: (directoryName) => ts.sys.getDirectories(directoryName),
  };
  const languageService = ts.createLanguageService(host);
  const plugin = init({ typescript: ts });
  const info = {
    languageService,
    languageServiceHost: host,
    config: { name: 'eslint-plugin-tfjs-layers/typescript-plugin', ...pluginConfig },
    project: { projectService: { logger: { info: (message: string) => logs.push(message) } } },
  } as unknown as ts.server.PluginCreateInfo;
  const service = plugin.create(info);
  return {
    service,
    logs,
    setText(next) {
      content = next;
      version++;
    },
    getText: () => content,
    apply(changes) {
      // As editors do: from the end, and edits at one position keep their order in the text.
      const sorted = changes.map((change, index) => ({ ...change, index })).sort((a, b) => b.span.start - a.span.start || b.index - a.index);
      let next = content;
      for (const change of sorted) next = next.slice(0, change.span.start) + change.newText + next.slice(change.span.start + change.span.length);
      this.setText(next);
    },
  };
}

const ours = (diagnostics: readonly ts.Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.source === 'tfjs-layers');
const text = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');

describe('language-service plugin (in-memory)', () => {
  afterEach(() => {
    delete process.env.TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS;
  });

  it("adds its diagnostics after TypeScript's own, with source, code, rule name and span", () => {
    const { service } = createHarness(LAYERS);
    const diagnostics = service.getSemanticDiagnostics(FILE);
    assert.ok(
      diagnostics.some((diagnostic) => diagnostic.code === 2322),
      "TypeScript's own error is kept",
    );
    const found = ours(diagnostics);
    assert.deepEqual(
      found.map((diagnostic) => diagnostic.code),
      [DIAGNOSTIC_CODES['config-complete'], DIAGNOSTIC_CODES['config-complete']],
    );
    const [factor] = found;
    assert.equal(LAYERS.slice(factor!.start, factor!.start! + factor!.length!), 'args.factor');
    assert.match(text(factor!), /'factor' is read by the constructor of Scale.*lost on reload.*\(tfjs-layers\/config-complete\)$/s);
    assert.equal(factor!.category, ts.DiagnosticCategory.Error);
  });

  it('offers the fix, and applying it removes the diagnostic', () => {
    const harness = createHarness(LAYERS);
    const [factor] = ours(harness.service.getSemanticDiagnostics(FILE));
    const fixes = harness.service.getCodeFixesAtPosition(FILE, factor!.start!, factor!.start! + factor!.length!, [factor!.code], {}, {});
    const fix = fixes.find((action) => action.fixName === 'tfjs-layers/config-complete');
    assert.ok(fix, JSON.stringify(fixes));
    assert.equal(fix.description, 'Return `factor: this.factor` from getConfig().');
    assert.equal(fix.fixId, 'tfjs-layers/config-complete');
    harness.apply(fix.changes[0]!.textChanges);
    assert.match(harness.getText(), /return \{ \.\.\.super\.getConfig\(\), factor: this\.factor \};/);
    const after = ours(harness.service.getSemanticDiagnostics(FILE));
    assert.deepEqual(
      after.map((diagnostic) => text(diagnostic).slice(0, 8)),
      ["'bias' i"],
    );
  });

  it('fixes every finding of a rule at once through getCombinedCodeFix', () => {
    const harness = createHarness(LAYERS);
    harness.service.getSemanticDiagnostics(FILE);
    const combined = harness.service.getCombinedCodeFix({ type: 'file', fileName: FILE }, 'tfjs-layers/config-complete', {}, {});
    harness.apply(combined.changes[0]!.textChanges);
    assert.match(harness.getText(), /return \{ \.\.\.super\.getConfig\(\), factor: this\.factor, bias: this\.bias \};/);
    assert.deepEqual(ours(harness.service.getSemanticDiagnostics(FILE)), []);
  });

  it('offers "disable for this line", and honours eslint-disable comments', () => {
    const harness = createHarness(LAYERS);
    const [factor] = ours(harness.service.getSemanticDiagnostics(FILE));
    const disable = harness.service
      .getCodeFixesAtPosition(FILE, factor!.start!, factor!.start!, [factor!.code], {}, {})
      .find((action) => action.fixName.endsWith('/disable'));
    assert.ok(disable);
    harness.apply(disable.changes[0]!.textChanges);
    assert.match(harness.getText(), /\n {4}\/\/ eslint-disable-next-line tfjs-layers\/config-complete\n {4}this\.factor/);
    assert.equal(ours(harness.service.getSemanticDiagnostics(FILE)).length, 1);

    harness.setText(`/* eslint-disable tfjs-layers/config-complete */\n${LAYERS}`);
    assert.deepEqual(ours(harness.service.getSemanticDiagnostics(FILE)), []);
    harness.setText(
      LAYERS.replace('this.bias = args.bias ?? 0;', 'this.bias = args.bias ?? 0; // eslint-disable-line tfjs-layers/config-complete -- kept on purpose'),
    );
    assert.equal(ours(harness.service.getSemanticDiagnostics(FILE)).length, 1);
    // A comment for another plugin's rule silences nothing of ours.
    harness.setText(LAYERS.replace('    this.factor', '    // eslint-disable-next-line other/rule\n    this.factor'));
    assert.equal(ours(harness.service.getSemanticDiagnostics(FILE)).length, 2);
  });

  it('reads per-rule levels from its options', () => {
    const warn = createHarness(LAYERS, { rules: { 'config-complete': 'warn' } });
    assert.ok(ours(warn.service.getSemanticDiagnostics(FILE)).every((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Warning));
    const off = createHarness(LAYERS, { rules: { 'config-complete': 'off' } });
    assert.deepEqual(ours(off.service.getSemanticDiagnostics(FILE)), []);
    const unknown = createHarness(LAYERS, { rules: { 'no-such-rule': 'error' } });
    assert.ok(unknown.logs.some((line) => line.includes('unknown rule "no-such-rule"')));
  });

  it('adds its codes to the supported code fixes, for a file and without one', () => {
    const { service } = createHarness(LAYERS);
    for (const codes of [service.getSupportedCodeFixes(FILE), service.getSupportedCodeFixes()]) {
      assert.ok(codes.includes(String(DIAGNOSTIC_CODES['config-complete'])));
      assert.ok(codes.includes('2322') || codes.length > 100, "TypeScript's own codes stay");
    }
    // The argument-less list VS Code asks for comes from TypeScript's registry, where init() added our codes.
    assert.ok(ts.getSupportedCodeFixes().includes(String(DIAGNOSTIC_CODES['unique-class-name'])));
  });

  it('recomputes after an edit and reuses its result while the file is unchanged', () => {
    const harness = createHarness(LAYERS);
    const first = ours(harness.service.getSemanticDiagnostics(FILE));
    assert.equal(first.length, 2);
    harness.setText(LAYERS.replace("static className = 'Scale';", ''));
    const afterEdit = ours(harness.service.getSemanticDiagnostics(FILE));
    assert.ok(afterEdit.some((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['require-class-name']));
    // While the version stays, a failure inside the analysis cannot even be reached: the cache answers.
    process.env.TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS = '1';
    assert.equal(ours(harness.service.getSemanticDiagnostics(FILE)).length, afterEdit.length);
  });

  it("on a failure of its own, logs it and returns TypeScript's diagnostics", () => {
    const harness = createHarness(LAYERS);
    process.env.TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS = '1';
    const diagnostics = harness.service.getSemanticDiagnostics(FILE);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 2322));
    assert.deepEqual(ours(diagnostics), []);
    assert.ok(harness.logs.some((line) => line.includes('getSemanticDiagnostics failed') && line.includes('forced failure')));
    assert.deepEqual(
      harness.service.getCodeFixesAtPosition(FILE, 0, 1, [2322], {}, {}).filter((fix) => fix.fixName.startsWith('tfjs-layers')),
      [],
    );
  });

  it('with typeAware, analyses a base class from another file', () => {
    const base = `import * as tf from '@tensorflow/tfjs';
export abstract class LayerBase extends tf.layers.Layer {
  override getConfig() { return { ...super.getConfig() }; }
}
`;
    const layer = `import { LayerBase } from './in-memory-base';
export class Mlp extends LayerBase {
  static className = 'Mlp';
  private readonly hidden: number;
  constructor(args: { hidden?: number }) {
    super(args as never);
    this.hidden = args.hidden ?? 64;
  }
}
`;
    const others = { [path.join(__dirname, 'in-memory-base.ts')]: base };
    // Without types this file shows no TF.js at all; with them the base is known and `hidden` is lost.
    assert.deepEqual(ours(createHarness(layer, {}, others).service.getSemanticDiagnostics(FILE)), []);
    const typed = ours(createHarness(layer, { typeAware: true }, others).service.getSemanticDiagnostics(FILE));
    assert.deepEqual(
      typed.map((diagnostic) => diagnostic.code),
      [DIAGNOSTIC_CODES['config-complete'], DIAGNOSTIC_CODES['require-register-class']],
    );
  });

  it('does nothing for a file without layers', () => {
    const { service } = createHarness('export const answer: number = 42;\n');
    assert.deepEqual(ours(service.getSemanticDiagnostics(FILE)), []);
  });
});
