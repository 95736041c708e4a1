// A minimal Language Server Protocol client over stdio (Content-Length framing), enough to drive
// vscode-eslint-language-server the way an editor does: initialize, answer the server's
// workspace/configuration requests with the settings VS Code's ESLint extension sends, open a
// document, and ask for its diagnostics (textDocument/diagnostic).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code?: unknown;
  source?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private stderr = '';
  private readonly log: string[] = [];
  private readonly ready: Promise<unknown>;

  constructor(
    command: string,
    args: string[],
    private readonly rootDir: string,
  ) {
    this.child = spawn(command, args, { cwd: rootDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    const rootUri = pathToFileURL(rootDir).href;
    this.ready = this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(rootDir) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: {} },
      },
    }).then(() => this.notify('initialized', {}));
  }

  /**
   * Opens the file and asks for its diagnostics the way an editor does with this server, which
   * offers pull diagnostics (`textDocument/diagnostic`); asks again until `accept` takes them.
   */
  async diagnosticsFor(
    file: string,
    text: string,
    languageId: string,
    accept: (diagnostics: LspDiagnostic[]) => boolean,
    timeoutMs = 120_000,
  ): Promise<LspDiagnostic[]> {
    await this.ready;
    const uri = pathToFileURL(file).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      last = await this.request('textDocument/diagnostic', { textDocument: { uri } });
      const items = (last as { items?: LspDiagnostic[] } | null)?.items ?? [];
      if (accept(items)) return items;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(
      `no accepted diagnostics for ${uri} in ${timeoutMs} ms; last report ${JSON.stringify(last)}\nlog:\n${this.log.join('\n').slice(-6000)}\nstderr:\n${this.stderr.slice(-3000)}`,
    );
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 5000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.child.kill(), 1000).unref();
    }
  }

  private settings(): Record<string, unknown> {
    // What VS Code's ESLint extension sends for a workspace folder with default settings.
    return {
      validate: 'on',
      packageManager: 'npm',
      useESLintClass: false,
      useFlatConfig: true,
      experimental: {},
      codeAction: { disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' }, showDocumentation: { enable: true } },
      codeActionOnSave: { mode: 'all' },
      format: false,
      quiet: false,
      onIgnoredFiles: 'off',
      options: {},
      rulesCustomizations: [],
      run: 'onType',
      problems: { shortenToSingleLine: false },
      nodePath: null,
      workingDirectory: { mode: 'location' },
      workspaceFolder: { uri: pathToFileURL(this.rootDir).href, name: path.basename(this.rootDir) },
    };
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return promise;
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(message);
    }
  }

  private onMessage(message: Message): void {
    if (message.method && message.id !== undefined) {
      // A request from the server.
      this.log.push(`request ${message.method}`);
      let result: unknown = null;
      if (message.method === 'workspace/configuration') {
        result = ((message.params as { items?: unknown[] }).items ?? []).map(() => this.settings());
      }
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method) {
      this.log.push(`notification ${message.method} ${JSON.stringify(message.params).slice(0, 500)}`);
      return;
    }
    const pending = this.pending.get(Number(message.id));
    if (!pending) return;
    this.pending.delete(Number(message.id));
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  }
}
