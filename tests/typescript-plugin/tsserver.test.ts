// The language-service plugin inside a real tsserver (TypeScript 6.0 and 5.9), loaded the way an
// editor loads it: from tsconfig `compilerOptions.plugins`, found through --pluginProbeLocations.
// Each suite runs on a temp copy of tests/fixtures/ts-plugin-project with node_modules linked.
// No assertion here depends on timing; request timeouts only guard against a hung server.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE } from '../../src/typescript-plugin/codes';
import {
  applyCodeEdits,
  locationOf,
  makeTempProject,
  removeTempDir,
  repoRoot,
  TsServerClient,
  typescriptVersions,
  type CodeEdit,
  type CodeFixAction,
  type FileCodeEdits,
  type Location,
  type ProtocolDiagnostic,
} from './tsserver-client';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/ts-plugin-project');
const MISTAKES = 'src/layers/mistakes.ts';
const GOOD = 'src/layers/good.ts';
const MODEL = 'src/model.ts';
const ALL_CODES = Object.values(DIAGNOSTIC_CODES);

/** Span of `token`, the first one after `anchor` (or the anchor's own start). */
function spanOf(text: string, anchor: string, token: string = anchor): { start: Location; end: Location } {
  const anchorAt = text.indexOf(anchor);
  assert.ok(anchorAt >= 0, `fixture has no ${JSON.stringify(anchor)}`);
  const at = text.indexOf(token, anchorAt);
  assert.ok(at >= 0, `fixture has no ${JSON.stringify(token)} after ${JSON.stringify(anchor)}`);
  return { start: locationOf(text, at), end: locationOf(text, at + token.length) };
}

const ruleOf = (code: number | undefined): string => Object.keys(DIAGNOSTIC_CODES).find((rule) => DIAGNOSTIC_CODES[rule] === code) ?? `?${code}`;
const isOurs = (diagnostic: ProtocolDiagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE;
const at = (location: Location) => `${location.line}:${location.offset}`;
/** `rule category start-end`, sorted: the shape the assertions compare. */
const summarize = (diagnostics: ProtocolDiagnostic[]) =>
  diagnostics.map((diagnostic) => `${ruleOf(diagnostic.code)} ${diagnostic.category} ${at(diagnostic.start)}-${at(diagnostic.end)}`).sort();
const expected = (rule: string, category: string, span: { start: Location; end: Location }) => `${rule} ${category} ${at(span.start)}-${at(span.end)}`;

/** An open project: the server, its files' current text, and the edits that keep both in step. */
class Session {
  readonly text = new Map<string, string>();

  constructor(
    readonly server: TsServerClient,
    readonly dir: string,
  ) {}

  file(relative: string): string {
    return path.join(this.dir, relative);
  }

  async open(...relatives: string[]): Promise<void> {
    for (const relative of relatives) {
      const file = this.file(relative);
      this.text.set(file, fs.readFileSync(file, 'utf8'));
      await this.server.requestOk('open', { file, projectRootPath: this.dir });
    }
  }

  async diagnostics(relative: string): Promise<ProtocolDiagnostic[]> {
    return (await this.server.requestOk<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file: this.file(relative) })).body ?? [];
  }

  /** Sends the edits through `updateOpen` (as an editor does after a fix) and mirrors them locally. */
  async applyEdits(changes: readonly FileCodeEdits[]): Promise<void> {
    const sorted = (edits: readonly CodeEdit[]) => [...edits].sort((a, b) => a.start.line - b.start.line || a.start.offset - b.start.offset);
    await this.server.requestOk('updateOpen', {
      changedFiles: changes.map((change) => ({ fileName: change.fileName, textChanges: sorted(change.textChanges) })),
    });
    for (const change of changes) this.text.set(change.fileName, applyCodeEdits(this.text.get(change.fileName)!, change.textChanges));
  }

  /** Replaces `search` (which must occur once) with `replacement` through `updateOpen`. */
  async replace(relative: string, search: string, replacement: string): Promise<void> {
    const file = this.file(relative);
    const text = this.text.get(file)!;
    const index = text.indexOf(search);
    assert.ok(index >= 0 && !text.includes(search, index + 1), `${relative} must contain ${JSON.stringify(search)} once`);
    await this.applyEdits([
      { fileName: file, textChanges: [{ start: locationOf(text, index), end: locationOf(text, index + search.length), newText: replacement }] },
    ]);
  }
}

async function startSession(
  tsserverPath: string,
  options: { env?: Record<string, string>; editTsconfig?: (tsconfig: string) => string } = {},
): Promise<Session> {
  const dir = makeTempProject(FIXTURE);
  if (options.editTsconfig) {
    const tsconfig = path.join(dir, 'tsconfig.json');
    fs.writeFileSync(tsconfig, options.editTsconfig(fs.readFileSync(tsconfig, 'utf8')));
  }
  const server = new TsServerClient({ tsserverPath, projectDir: dir, env: options.env });
  return new Session(server, dir);
}

async function endSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  await session.server.shutdown();
  removeTempDir(session.dir);
  removeTempDir(path.dirname(session.server.logFile));
}

const fixtureText = fs.readFileSync(path.join(FIXTURE, MISTAKES), 'utf8');
/** Where the fixture's mistakes are, by what they are. */
const SPANS = {
  nameless: spanOf(fixtureText, 'class Nameless', 'Nameless'),
  firstOrphan: spanOf(fixtureText, 'class FirstOrphan', 'FirstOrphan'),
  secondOrphan: spanOf(fixtureText, 'class SecondOrphan', 'SecondOrphan'),
  noSuperGetConfig: spanOf(fixtureText, 'class NoSuperConfig', 'getConfig'),
  silenced: spanOf(fixtureText, 'class Silenced', 'Silenced'),
  limitInfinity: spanOf(fixtureText, 'limit: Infinity }', 'Infinity'),
  typeError: spanOf(fixtureText, 'export const units', 'units'),
};
/** Every finding of the plugin in mistakes.ts with the fixture's tsconfig options. */
const EXPECTED_FINDINGS = [
  expected('require-class-name', 'error', SPANS.nameless),
  expected('require-register-class', 'error', SPANS.firstOrphan),
  expected('require-register-class', 'error', SPANS.secondOrphan),
  expected('get-config-calls-super', 'warning', SPANS.noSuperGetConfig),
  expected('require-class-name', 'error', SPANS.silenced),
].sort();

for (const { label, tsserverPath } of typescriptVersions) {
  describe(`tsserver with the plugin (${label})`, () => {
    let session: Session;

    before(async () => {
      session = await startSession(tsserverPath);
      await session.open(MISTAKES, GOOD, MODEL);
    });
    after(() => endSession(session));

    it("reports the plugin findings, with exact spans, next to TypeScript's own error", async () => {
      const diagnostics = await session.diagnostics(MISTAKES);
      const ours = diagnostics.filter(isOurs);
      assert.deepEqual(summarize(ours), EXPECTED_FINDINGS);
      for (const diagnostic of ours) {
        assert.ok(ALL_CODES.includes(diagnostic.code!), `code ${diagnostic.code} is one of DIAGNOSTIC_CODES`);
        assert.ok(diagnostic.text.endsWith(`(tfjs-layers/${ruleOf(diagnostic.code)})`), `the message names the rule: ${diagnostic.text}`);
      }
      assert.match(ours.find((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['require-class-name'])!.text, /has no `static className`/);

      const typescripts = diagnostics.filter((diagnostic) => !isOurs(diagnostic));
      assert.deepEqual(
        typescripts.map((diagnostic) => ({
          code: diagnostic.code,
          category: diagnostic.category,
          start: diagnostic.start,
          end: diagnostic.end,
          source: diagnostic.source,
        })),
        [{ code: 2322, category: 'error', ...SPANS.typeError, source: undefined }],
      );
    });

    it('reports nothing in files without mistakes', async () => {
      assert.deepEqual(await session.diagnostics(GOOD), []);
      assert.deepEqual(await session.diagnostics(MODEL), []);
    });

    it('honours `// eslint-disable-next-line tfjs-layers/<rule>` for that rule only', async () => {
      const onSilencedLine = (await session.diagnostics(MISTAKES)).filter(
        (diagnostic) => isOurs(diagnostic) && diagnostic.start.line === SPANS.silenced.start.line,
      );
      // Silenced is neither named nor registered: only the registration finding is silenced.
      assert.deepEqual(
        onSilencedLine.map((diagnostic) => ruleOf(diagnostic.code)),
        ['require-class-name'],
      );
    });

    it('applies the tsconfig plugin options: "warn" level, "off" rule, rule options', async () => {
      const ours = (await session.diagnostics(MISTAKES)).filter(isOurs);
      const byRule = (rule: string) => ours.filter((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES[rule]);
      assert.deepEqual(
        byRule('get-config-calls-super').map((diagnostic) => diagnostic.category),
        ['warning'],
      );
      assert.ok(byRule('require-class-name').every((diagnostic) => diagnostic.category === 'error'));
      assert.deepEqual(byRule('config-json-safe'), [], 'config-json-safe is "off" in tsconfig.json');
      // registrationFunctions: ["registerLayer"] makes registerLayer(Nameless) a registration.
      assert.ok(!byRule('require-register-class').some((diagnostic) => diagnostic.start.line === SPANS.nameless.start.line));
    });

    it('lists its codes in getSupportedCodeFixes, with and without a file', async () => {
      const global = await session.server.requestOk<string[]>('getSupportedCodeFixes');
      const scoped = await session.server.requestOk<string[]>('getSupportedCodeFixes', { file: session.file(MISTAKES) });
      for (const [form, codes] of [
        ['without a file', global.body ?? []],
        ['with a file', scoped.body ?? []],
      ] as const) {
        for (const code of ALL_CODES) assert.ok(codes.includes(String(code)), `${code} (a string) is listed ${form}`);
        assert.ok(codes.includes('2322'), `TypeScript's own codes are still listed ${form}`);
      }
    });

    it('lists each of its codes once in getSupportedCodeFixes', async () => {
      const duplicates = async (args?: { file: string }) => {
        const ours = ((await session.server.requestOk<string[]>('getSupportedCodeFixes', args)).body ?? []).filter((code) => ALL_CODES.includes(Number(code)));
        return ours.filter((code, index) => ours.indexOf(code) !== index);
      };
      assert.deepEqual(
        { withoutFile: await duplicates(), withFile: await duplicates({ file: session.file(MISTAKES) }) },
        { withoutFile: [], withFile: [] },
        'codes listed twice',
      );
    });

    it('offers the fix through getCodeFixes, and applying it removes the finding', async () => {
      const file = session.file(MISTAKES);
      const response = await session.server.requestOk<CodeFixAction[]>('getCodeFixes', {
        file,
        startLine: SPANS.nameless.start.line,
        startOffset: SPANS.nameless.start.offset,
        endLine: SPANS.nameless.end.line,
        endOffset: SPANS.nameless.end.offset,
        errorCodes: [DIAGNOSTIC_CODES['require-class-name']],
      });
      const fixes = response.body ?? [];
      const fix = fixes.find((action) => action.fixName === 'tfjs-layers/require-class-name');
      assert.ok(fix, `a tfjs-layers/require-class-name fix among ${JSON.stringify(fixes.map((action) => action.fixName))}`);
      assert.equal(fix.description, "Add `static className = 'Nameless'`.");
      assert.equal(fix.fixId, 'tfjs-layers/require-class-name');
      assert.ok(fixes.some((action) => action.description === 'Disable tfjs-layers/require-class-name for this line'));
      assert.deepEqual(
        fix.changes.map((change) => change.fileName),
        [file],
      );

      await session.applyEdits(fix.changes);
      assert.match(session.text.get(file)!, /class Nameless extends tf\.layers\.Layer \{\s*static className = 'Nameless';/);

      const afterFix = await session.diagnostics(MISTAKES);
      const ours = summarize(afterFix.filter(isOurs));
      assert.deepEqual(
        ours,
        EXPECTED_FINDINGS.filter((finding) => finding !== expected('require-class-name', 'error', SPANS.nameless))
          .map((finding) => shiftLines(finding, SPANS.nameless.start.line, 1))
          .sort(),
      );
      assert.deepEqual(
        afterFix.filter((diagnostic) => !isOurs(diagnostic)).map((diagnostic) => diagnostic.code),
        [2322],
      );
    });

    it('fixes every finding of a rule in the file with getCombinedCodeFix', async () => {
      const file = session.file(MISTAKES);
      const found = (await session.diagnostics(MISTAKES)).filter((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['require-register-class']);
      assert.equal(found.length, 2);
      const response = await session.server.requestOk<{ changes: FileCodeEdits[] }>('getCombinedCodeFix', {
        scope: { type: 'file', args: { file } },
        fixId: 'tfjs-layers/require-register-class',
      });
      const changes = response.body?.changes ?? [];
      assert.deepEqual(
        changes.map((change) => change.fileName),
        [file],
      );
      await session.applyEdits(changes);
      const text = session.text.get(file)!;
      assert.match(text, /class FirstOrphan[^]*?\n\}\ntf\.serialization\.registerClass\(FirstOrphan\);\n/);
      assert.match(text, /class SecondOrphan[^]*?\n\}\ntf\.serialization\.registerClass\(SecondOrphan\);\n/);

      const afterFix = await session.diagnostics(MISTAKES);
      assert.deepEqual(
        afterFix.filter((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['require-register-class']),
        [],
      );
      assert.deepEqual(
        summarize(afterFix.filter(isOurs)).map((finding) => finding.split(' ')[0]),
        ['get-config-calls-super', 'require-class-name'],
      );
      assert.deepEqual(
        afterFix.filter((diagnostic) => !isOurs(diagnostic)).map((diagnostic) => diagnostic.code),
        [2322],
      );
    });

    it('sees new content after updateOpen (no stale cache)', async () => {
      assert.deepEqual((await session.diagnostics(GOOD)).filter(isOurs), []);
      // A new mistake: Scale loses its registration (and its export: an importer could register an exported class).
      await session.replace(GOOD, 'tf.serialization.registerClass(Scale);\n', '');
      await session.replace(GOOD, 'export class Scale', 'class Scale');
      const scale = spanOf(session.text.get(session.file(GOOD))!, 'class Scale', 'Scale');
      assert.deepEqual(summarize((await session.diagnostics(GOOD)).filter(isOurs)), [expected('require-register-class', 'error', scale)]);
      // And back: the finding goes away again.
      const classEnd = 'factor: this.factor };\n  }\n}\n';
      await session.replace(GOOD, classEnd, `${classEnd}tf.serialization.registerClass(Scale);\n`);
      await session.replace(GOOD, 'class Scale', 'export class Scale');
      assert.deepEqual((await session.diagnostics(GOOD)).filter(isOurs), []);
    });

    it('stays exact over incremental edits: lines added above a layer, then an edit inside it', async () => {
      // tsserver reparses incrementally and keeps the nodes an edit did not touch; the plugin reuses
      // what it read from an untouched class, so positions and facts must follow the new text.
      const original = session.text.get(session.file(GOOD))!;
      const ourFindings = async () => summarize((await session.diagnostics(GOOD)).filter(isOurs));
      await session.replace(GOOD, 'tf.serialization.registerClass(Scale);\n', '');
      await session.replace(GOOD, 'export class Scale', 'class Scale');
      await session.replace(GOOD, '// A correct layer:', '// One.\n// Two.\n// Three lines above.\n// A correct layer:');
      let text = session.text.get(session.file(GOOD))!;
      assert.deepEqual(await ourFindings(), [expected('require-register-class', 'error', spanOf(text, 'class Scale', 'Scale'))]);
      // Inside the class: getConfig() stops merging super.getConfig().
      await session.replace(GOOD, 'return { ...super.getConfig(), factor', 'return { factor');
      text = session.text.get(session.file(GOOD))!;
      assert.deepEqual(
        await ourFindings(),
        [
          expected('get-config-calls-super', 'warning', spanOf(text, 'class Scale', 'getConfig')),
          expected('require-register-class', 'error', spanOf(text, 'class Scale', 'Scale')),
        ].sort(),
      );
      // Everything back: no findings, and the same text as before.
      await session.replace(GOOD, 'return { factor', 'return { ...super.getConfig(), factor');
      await session.replace(GOOD, '// One.\n// Two.\n// Three lines above.\n', '');
      await session.replace(GOOD, 'factor: this.factor };\n  }\n}\n', 'factor: this.factor };\n  }\n}\ntf.serialization.registerClass(Scale);\n');
      await session.replace(GOOD, 'class Scale', 'export class Scale');
      assert.equal(session.text.get(session.file(GOOD)), original);
      assert.deepEqual(await ourFindings(), []);
    });
  });

  describe(`tsserver with the plugin and no options in tsconfig (${label})`, () => {
    let session: Session;
    before(async () => {
      session = await startSession(tsserverPath, { editTsconfig: (tsconfig) => tsconfig.replace(/"rules":\s*\{[^]*?\n {8}\}/, '"rules": {}') });
      assert.doesNotMatch(fs.readFileSync(session.file('tsconfig.json'), 'utf8'), /config-json-safe"/, 'the rules were removed from the temp tsconfig');
      await session.open(MISTAKES);
    });
    after(() => endSession(session));

    it('reports with the defaults what the fixture options changed (so those options were what mattered)', async () => {
      const ours = summarize((await session.diagnostics(MISTAKES)).filter(isOurs));
      assert.deepEqual(
        ours,
        [
          ...EXPECTED_FINDINGS.filter((finding) => !finding.startsWith('get-config-calls-super')),
          expected('get-config-calls-super', 'error', SPANS.noSuperGetConfig),
          expected('config-json-safe', 'error', SPANS.limitInfinity),
          // registerLayer(Nameless) needs no option: the local helper's body passes its parameter to registerClass().
        ].sort(),
      );
    });
  });

  describe(`tsserver with TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS=1 (${label})`, () => {
    let session: Session;
    before(async () => {
      session = await startSession(tsserverPath, { env: { TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS: '1' } });
      await session.open(MISTAKES);
    });
    after(() => endSession(session));

    it("still answers with TypeScript's own diagnostics, without the plugin's, and logs the failure", async () => {
      const diagnostics = await session.diagnostics(MISTAKES);
      assert.deepEqual(diagnostics.filter(isOurs), []);
      assert.deepEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.start, diagnostic.end]),
        [[2322, SPANS.typeError.start, SPANS.typeError.end]],
      );
      const log = session.server.readLog();
      assert.match(log, /\[tfjs-layers\] getSemanticDiagnostics failed, returning TypeScript's own result/);
      assert.match(log, /forced failure \(TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS\)/);
    });

    it('still answers getCodeFixes, without fixes of its own', async () => {
      const response = await session.server.requestOk<CodeFixAction[]>('getCodeFixes', {
        file: session.file(MISTAKES),
        startLine: SPANS.nameless.start.line,
        startOffset: SPANS.nameless.start.offset,
        endLine: SPANS.nameless.end.line,
        endOffset: SPANS.nameless.end.offset,
        errorCodes: [DIAGNOSTIC_CODES['require-class-name']],
      });
      assert.deepEqual(
        (response.body ?? []).filter((action) => action.fixName.startsWith('tfjs-layers/')),
        [],
      );
    });
  });

  describe(`tsserver with TFJS_LAYERS_TS_PLUGIN_DISABLED=1 (${label})`, () => {
    let session: Session;
    before(async () => {
      session = await startSession(tsserverPath, { env: { TFJS_LAYERS_TS_PLUGIN_DISABLED: '1' } });
      await session.open(MISTAKES);
    });
    after(() => endSession(session));

    it("adds no diagnostics; TypeScript's own are unchanged", async () => {
      const diagnostics = await session.diagnostics(MISTAKES);
      assert.deepEqual(diagnostics.filter(isOurs), []);
      assert.deepEqual(
        diagnostics.map((diagnostic) => diagnostic.code),
        [2322],
      );
      assert.match(session.server.readLog(), /\[tfjs-layers\] disabled by TFJS_LAYERS_TS_PLUGIN_DISABLED=1/);
    });

    it('adds no fixable codes to getSupportedCodeFixes', async () => {
      const ours = async (args?: { file: string }) => {
        const codes = (await session.server.requestOk<string[]>('getSupportedCodeFixes', args)).body ?? [];
        assert.ok(codes.includes('2322'), "TypeScript's own codes are listed");
        return codes.filter((code) => ALL_CODES.includes(Number(code)));
      };
      assert.deepEqual({ withoutFile: await ours(), withFile: await ours({ file: session.file(MISTAKES) }) }, { withoutFile: [], withFile: [] });
    });
  });
}

/** `rule category l:o-l:o` with lines after `fromLine` moved by `by`. */
function shiftLines(finding: string, fromLine: number, by: number): string {
  return finding.replace(/(\d+):(\d+)/g, (match, line: string, offset: string) => (Number(line) > fromLine ? `${Number(line) + by}:${offset}` : match));
}
