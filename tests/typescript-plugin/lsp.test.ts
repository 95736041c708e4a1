// The language-service plugin through an LSP front end: typescript-language-server --stdio (the
// server Neovim, Helix, Zed, Sublime... use), started on a temp copy of the fixture project with
// the repo's TypeScript 6.0 and the plugin named in `initializationOptions.plugins` (the server
// turns that into tsserver's --globalPlugins/--pluginProbeLocations; the project's tsconfig
// entry takes precedence, so its options apply). No assertion depends on timing.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE } from '../../src/typescript-plugin/codes';
import { ContentLengthReader, makeTempProject, PLUGIN_NAME, removeTempDir, repoRoot } from './tsserver-client';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/ts-plugin-project');
const SERVER = path.join(repoRoot, 'node_modules/typescript-language-server/lib/cli.mjs');
const TSSERVER = path.join(repoRoot, 'node_modules/typescript/lib/tsserver.js');
/** A guard against a hung server, not a performance check. */
const TIMEOUT_MS = 90_000;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: number | string;
  source?: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: {
    changes?: Record<string, TextEdit[]>;
    documentChanges?: Array<{ textDocument: { uri: string }; edits: TextEdit[] }>;
  };
}
interface PublishDiagnosticsParams {
  uri: string;
  diagnostics: Diagnostic[];
}
interface JsonRpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** JSON-RPC over stdio with Content-Length framing in both directions. */
class LspClient {
  private readonly process: ChildProcess;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  private readonly notificationWaiters = new Set<{
    method: string;
    predicate: (params: unknown) => boolean;
    resolve: (params: unknown) => void;
    timer: NodeJS.Timeout;
    reject: (error: Error) => void;
  }>();
  private nextId = 0;
  private stderr = '';
  private readonly exited: Promise<void>;
  private hasExited = false;

  constructor(cwd: string) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const reader = new ContentLengthReader((message) => this.dispatch(message as JsonRpcMessage));
    this.process.stdout!.on('data', (chunk: Buffer) => reader.push(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.hasExited = true;
        const error = new Error(`typescript-language-server exited (code ${code}, signal ${signal}); stderr: ${this.stderr.slice(-2000)}`);
        for (const pending of this.pending.values()) {
          clearTimeout(pending.timer);
          pending.reject(error);
        }
        for (const waiter of this.notificationWaiters) {
          clearTimeout(waiter.timer);
          waiter.reject(error);
        }
        resolve();
      });
    });
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = ++this.nextId;
    return new Promise<Result>((resolve, reject) => {
      if (this.hasExited) {
        reject(new Error(`server has exited; cannot send ${method}`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification `method` (arriving after this call) for which `predicate` holds. */
  waitForNotification<Params>(method: string, predicate: (params: Params) => boolean): Promise<Params> {
    return new Promise<Params>((resolve, reject) => {
      const waiter = {
        method,
        predicate: predicate as (params: unknown) => boolean,
        resolve: resolve as (params: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.notificationWaiters.delete(waiter);
          reject(new Error(`no ${method} matching the test within ${TIMEOUT_MS} ms; stderr: ${this.stderr.slice(-2000)}`));
        }, TIMEOUT_MS),
      };
      this.notificationWaiters.add(waiter);
    });
  }

  /** `shutdown`, `exit`, then a kill if the process is still there after a grace period. */
  async stop(): Promise<void> {
    if (this.hasExited) return;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      this.notify('exit', null);
    } catch {
      // Already gone, or not answering: the kill below ends it.
    }
    const grace = new Promise<'timeout'>((resolve) => setTimeout(resolve, 5_000, 'timeout').unref());
    if ((await Promise.race([this.exited, grace])) === 'timeout') {
      this.process.kill('SIGKILL');
      await this.exited;
    }
  }

  private send(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private dispatch(message: JsonRpcMessage): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(Number(message.id));
      if (!pending) return;
      this.pending.delete(Number(message.id));
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending.resolve(message.result);
    } else if (message.id !== undefined && message.method !== undefined) {
      // A request from the server (workDoneProgress/create, registerCapability...): accept it.
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.method !== undefined) {
      for (const waiter of this.notificationWaiters) {
        if (waiter.method !== message.method || !waiter.predicate(message.params)) continue;
        this.notificationWaiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(message.params);
      }
    }
  }
}

/** Applies LSP edits (0-based line/character; the fixture is ASCII, so UTF-16 units are characters). */
function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const offset = (position: Position) => lineStarts[position.line]! + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

const fixtureText = fs.readFileSync(path.join(FIXTURE, 'src/layers/mistakes.ts'), 'utf8');
/** 0-based line and characters of `Nameless` in `export class Nameless`. */
const NAMELESS_LINE = fixtureText.slice(0, fixtureText.indexOf('export class Nameless')).split('\n').length - 1;
const NAMELESS_CHARACTER = 'export class '.length;

const sameFile = (uri: string, file: string) => uri.startsWith('file:') && fileURLToPath(uri) === file;

describe('typescript-language-server with the plugin (TypeScript 6.0)', () => {
  let dir: string;
  let logDir: string;
  let client: LspClient;
  let file: string;
  let published: PublishDiagnosticsParams;

  before(async () => {
    dir = makeTempProject(FIXTURE);
    logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsls-log-'));
    file = path.join(dir, 'src/layers/mistakes.ts');
    client = new LspClient(dir);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'fixture' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
        },
      },
      initializationOptions: {
        tsserver: { path: TSSERVER, logDirectory: logDir, logVerbosity: 'verbose' },
        plugins: [{ name: PLUGIN_NAME, location: dir }],
      },
    });
    client.notify('initialized', {});
    const withOurs = client.waitForNotification<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => sameFile(params.uri, file) && params.diagnostics.some((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE),
    );
    client.notify('textDocument/didOpen', {
      textDocument: { uri: pathToFileURL(file).href, languageId: 'typescript', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    published = await withOurs;
  });

  after(async () => {
    await client?.stop();
    if (dir) removeTempDir(dir);
    if (logDir) removeTempDir(logDir);
  });

  it("publishes the plugin diagnostics with TypeScript's own", () => {
    const ours = published.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    const nameless = ours.find((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['require-class-name'] && diagnostic.range.start.line === NAMELESS_LINE);
    assert.deepEqual(nameless?.range, {
      start: { line: NAMELESS_LINE, character: NAMELESS_CHARACTER },
      end: { line: NAMELESS_LINE, character: NAMELESS_CHARACTER + 'Nameless'.length },
    });
    assert.equal(nameless?.severity, 1, 'error');
    assert.match(nameless?.message ?? '', /Nameless has no `static className`.*\(tfjs-layers\/require-class-name\)$/s);
    assert.deepEqual(
      [...new Set(ours.map((diagnostic) => diagnostic.code))].sort(),
      [DIAGNOSTIC_CODES['require-register-class'], DIAGNOSTIC_CODES['require-class-name'], DIAGNOSTIC_CODES['get-config-calls-super']].sort(),
    );
    // "warn" in tsconfig.json -> LSP Warning (2).
    assert.deepEqual(
      ours.filter((diagnostic) => diagnostic.code === DIAGNOSTIC_CODES['get-config-calls-super']).map((diagnostic) => diagnostic.severity),
      [2],
    );
    assert.ok(
      published.diagnostics.some((diagnostic) => diagnostic.source === 'typescript' && diagnostic.code === 2322),
      "TypeScript's own type error is there too",
    );
  });

  it('answers textDocument/codeAction on a finding with the plugin fix and its edit', async () => {
    const diagnostic = published.diagnostics.find(
      (candidate) =>
        candidate.source === DIAGNOSTIC_SOURCE && candidate.code === DIAGNOSTIC_CODES['require-class-name'] && candidate.range.start.line === NAMELESS_LINE,
    )!;
    const actions = await client.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri: pathToFileURL(file).href },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const titles = (actions ?? []).map((action) => action.title);
    const fix = (actions ?? []).find((action) => action.title === "Add `static className = 'Nameless'`.");
    assert.ok(fix, `the fix among ${JSON.stringify(titles)}`);
    assert.equal(fix.kind, 'quickfix');
    const edits = [
      ...Object.entries(fix.edit?.changes ?? {})
        .filter(([uri]) => sameFile(uri, file))
        .flatMap(([, list]) => list),
      ...(fix.edit?.documentChanges ?? []).filter((change) => sameFile(change.textDocument.uri, file)).flatMap((change) => change.edits),
    ];
    assert.equal(edits.length, 1, JSON.stringify(fix.edit));
    assert.match(edits[0]!.newText, /static className = 'Nameless';/);
    // Applied, the class body starts with the new member.
    assert.match(
      applyLspEdits(fs.readFileSync(file, 'utf8'), edits),
      /export class Nameless extends tf\.layers\.Layer \{\n {2}static className = 'Nameless';\n {2}constructor/,
    );
    assert.ok(titles.includes('Disable tfjs-layers/require-class-name for this line'));
  });
});
