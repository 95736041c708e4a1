// A minimal tsserver client for end-to-end tests of the language-service plugin, plus the
// temp-project setup they share (also used by bench/tsserver-latency.ts).
//
// tsserver reads newline-delimited JSON requests on stdin and writes every message framed as
// `Content-Length: N\r\n\r\n<N bytes of JSON>`. Messages can arrive split over stdout chunks or
// several per chunk, so stdout is accumulated as bytes and cut by the announced length.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.join(__dirname, '..', '..');

/** The TypeScript versions the plugin is tested against: the main devDependency and the 5.9 alias. */
export const typescriptVersions = [
  { label: 'TypeScript 6.0', tsserverPath: path.join(repoRoot, 'node_modules/typescript/lib/tsserver.js') },
  { label: 'TypeScript 5.9', tsserverPath: path.join(repoRoot, 'node_modules/typescript-5.9/lib/tsserver.js') },
] as const;

export const PLUGIN_NAME = 'eslint-plugin-tfjs-layers/typescript-plugin';

export interface TsResponse<Body = unknown> {
  seq: number;
  type: 'response';
  command: string;
  request_seq: number;
  success: boolean;
  message?: string;
  body?: Body;
}

export interface TsEvent<Body = unknown> {
  seq: number;
  type: 'event';
  event: string;
  body?: Body;
}

type Message = TsResponse | TsEvent;

/** Splits a byte stream of `Content-Length`-framed messages into parsed JSON values. */
export class ContentLengthReader {
  private buffer = Buffer.alloc(0);

  constructor(private readonly onMessage: (message: unknown) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) throw new Error(`message header without Content-Length: ${JSON.stringify(header)}`);
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.onMessage(JSON.parse(body));
    }
  }
}

export interface TsServerOptions {
  /** Path of `typescript/lib/tsserver.js`. */
  tsserverPath: string;
  /** The project directory: the process's cwd and the plugin probe location. */
  projectDir: string;
  /** Defaults to a file in a fresh temp dir; see `logFile` on the client. */
  logFile?: string;
  /** Added to process.env. */
  env?: Record<string, string>;
  /** tsserver's --logVerbosity; default verbose (the tests read the log). */
  logVerbosity?: 'terse' | 'normal' | 'requestTime' | 'verbose';
  /** Per-request timeout in ms (a guard against a hung server, not a performance check). */
  timeoutMs?: number;
}

interface Pending {
  resolve: (response: TsResponse) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  command: string;
}

interface EventWaiter {
  name: string;
  predicate: (event: TsEvent) => boolean;
  resolve: (event: TsEvent) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class TsServerClient {
  readonly logFile: string;
  private readonly process: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private readonly eventWaiters = new Set<EventWaiter>();
  private readonly timeoutMs: number;
  private seq = 0;
  private stderr = '';
  private exited: Promise<void>;
  private hasExited = false;

  constructor(options: TsServerOptions) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.logFile = options.logFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsserver-log-')), 'tsserver.log');
    this.process = spawn(
      process.execPath,
      [
        options.tsserverPath,
        '--pluginProbeLocations',
        options.projectDir,
        '--logFile',
        this.logFile,
        '--logVerbosity',
        options.logVerbosity ?? 'verbose',
        // No typings installer child process (it would try npm).
        '--disableAutomaticTypingAcquisition',
      ],
      { cwd: options.projectDir, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const reader = new ContentLengthReader((message) => this.dispatch(message as Message));
    this.process.stdout!.on('data', (chunk: Buffer) => reader.push(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.hasExited = true;
        const error = new Error(`tsserver exited (code ${code}, signal ${signal}); stderr: ${this.stderr.slice(-2000)}`);
        for (const [, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(error);
        }
        this.pending.clear();
        for (const waiter of this.eventWaiters) {
          clearTimeout(waiter.timer);
          waiter.reject(error);
        }
        this.eventWaiters.clear();
        resolve();
      });
    });
  }

  /**
   * Sends a request and resolves with its response (matched by request_seq). `args` undefined
   * sends no `arguments` key at all, which some commands need (the global getSupportedCodeFixes).
   */
  request<Body = unknown>(command: string, args?: unknown): Promise<TsResponse<Body>> {
    const seq = ++this.seq;
    const message: Record<string, unknown> = { seq, type: 'request', command };
    if (args !== undefined) message.arguments = args;
    return new Promise<TsResponse<Body>>((resolve, reject) => {
      if (this.hasExited) {
        reject(new Error(`tsserver has exited; cannot send ${command}`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`tsserver did not answer ${command} (seq ${seq}) within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(seq, { resolve: resolve as (response: TsResponse) => void, reject, timer, command });
      this.process.stdin!.write(`${JSON.stringify(message)}\n`);
    });
  }

  /** Like request(), but rejects unless the response says success. */
  async requestOk<Body = unknown>(command: string, args?: unknown): Promise<TsResponse<Body>> {
    const response = await this.request<Body>(command, args);
    if (!response.success) throw new Error(`tsserver ${command} failed: ${response.message}`);
    return response;
  }

  /** Resolves with the next event named `name` (for which `predicate` holds) that arrives after this call. */
  waitForEvent<Body = unknown>(name: string, predicate: (event: TsEvent<Body>) => boolean = () => true): Promise<TsEvent<Body>> {
    return new Promise<TsEvent<Body>>((resolve, reject) => {
      const waiter: EventWaiter = {
        name,
        predicate: predicate as (event: TsEvent) => boolean,
        resolve: resolve as (event: TsEvent) => void,
        reject,
        timer: setTimeout(() => {
          this.eventWaiters.delete(waiter);
          reject(new Error(`no tsserver event ${name} within ${this.timeoutMs} ms`));
        }, this.timeoutMs),
      };
      this.eventWaiters.add(waiter);
    });
  }

  /** The log file's text so far (tsserver writes it synchronously). */
  readLog(): string {
    return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, 'utf8') : '';
  }

  /** `exit`, then a kill if the process is still there after a grace period. */
  async shutdown(): Promise<void> {
    if (this.hasExited) return;
    try {
      this.process.stdin!.write(`${JSON.stringify({ seq: ++this.seq, type: 'request', command: 'exit' })}\n`);
      this.process.stdin!.end();
    } catch {
      // stdin already closed: the kill below ends it.
    }
    const grace = new Promise<'timeout'>((resolve) => setTimeout(resolve, 5_000, 'timeout').unref());
    if ((await Promise.race([this.exited, grace])) === 'timeout') {
      this.process.kill('SIGKILL');
      await this.exited;
    }
  }

  private dispatch(message: Message): void {
    if (message.type === 'response') {
      const pending = this.pending.get(message.request_seq);
      if (!pending) return;
      this.pending.delete(message.request_seq);
      clearTimeout(pending.timer);
      pending.resolve(message);
    } else if (message.type === 'event') {
      for (const waiter of this.eventWaiters) {
        if (waiter.name !== message.event || !waiter.predicate(message)) continue;
        this.eventWaiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(message);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Temp projects

/**
 * Copies `fixtureDir` to a fresh temp dir and links what tsserver needs there:
 * node_modules/eslint-plugin-tfjs-layers -> the repo (the plugin, found through
 * --pluginProbeLocations) and node_modules/@tensorflow -> the repo's TF.js (for types).
 */
/** A strict node16 project's compilerOptions, with the plugin loaded when asked (the default). */
export function projectCompilerOptions(withPlugin = true): Record<string, unknown> {
  return {
    target: 'ES2022',
    module: 'node16',
    moduleResolution: 'node16',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...(withPlugin ? { plugins: [{ name: PLUGIN_NAME }] } : {}),
  };
}

export function makeTempProject(fixtureDir: string | undefined, prefix = 'tfjs-ts-plugin-'): string {
  assertBuilt();
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  if (fixtureDir) fs.cpSync(fixtureDir, dir, { recursive: true });
  linkNodeModules(dir);
  return dir;
}

export function linkNodeModules(dir: string): void {
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  fs.symlinkSync(repoRoot, path.join(modules, 'eslint-plugin-tfjs-layers'), 'dir');
  fs.symlinkSync(path.join(repoRoot, 'node_modules/@tensorflow'), path.join(modules, '@tensorflow'), 'dir');
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist/typescript-plugin/index.js'))) {
    throw new Error('dist/typescript-plugin/index.js is missing: run `npm run build` first (npm test does)');
  }
}

// ---------------------------------------------------------------------------------------------
// Protocol shapes and text helpers

export interface Location {
  line: number;
  offset: number;
}

/** A diagnostic as `semanticDiagnosticsSync` returns it (without `includeLinePosition`). */
export interface ProtocolDiagnostic {
  start: Location;
  end: Location;
  text: string;
  code?: number;
  category: string;
  source?: string;
}

export interface CodeEdit {
  start: Location;
  end: Location;
  newText: string;
}

export interface FileCodeEdits {
  fileName: string;
  textChanges: CodeEdit[];
}

export interface CodeFixAction {
  fixName: string;
  description: string;
  changes: FileCodeEdits[];
  fixId?: string;
  fixAllDescription?: string;
}

/** 1-based line/offset (tsserver's) of a 0-based character position. */
export function locationOf(text: string, position: number): Location {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, offset: position - (before.lastIndexOf('\n') + 1) + 1 };
}

export function positionOf(text: string, location: Location): number {
  const lines = text.split('\n');
  let position = 0;
  for (let i = 0; i < location.line - 1; i++) position += lines[i]!.length + 1;
  return position + location.offset - 1;
}

/** Applies tsserver edits (line/offset spans into the original text) to `text`. */
export function applyCodeEdits(text: string, edits: readonly CodeEdit[]): string {
  const resolved = edits
    .map((edit) => ({ start: positionOf(text, edit.start), end: positionOf(text, edit.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
