// A minimal LSP client over the real server process (node dist/server.js --stdio), for protocol-level tests.
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './corpus';
import { FrameReader } from './frames';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  source: string;
  message: string;
  severity: number;
  data?: unknown;
  relatedInformation?: { location: { uri: string; range: unknown }; message: string }[];
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private nextId = 1;
  private pending = new Map<number, { res: (v: unknown) => void; rej: (e: Error) => void }>();
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private waiters: (() => void)[] = [];
  /** Answers to server → client requests (workspace/configuration …). */
  configuration: unknown = null;
  stderr = '';

  constructor(args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), ...args], { stdio: 'pipe' });
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    const reader = new FrameReader<any>((msg) => this.onMessage(msg));
    this.proc.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
  }

  private onMessage(msg: {
    id?: number;
    method?: string;
    params?: any;
    result?: unknown;
    error?: { message: string };
  }): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) msg.error ? p.rej(new Error(msg.error.message)) : p.res(msg.result);
      return;
    }
    if (msg.method && msg.id !== undefined) {
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') result = (msg.params.items ?? []).map(() => this.configuration);
      this.send({ id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, { version: msg.params.version, diagnostics: msg.params.diagnostics });
      for (const w of this.waiters.splice(0)) w();
    }
  }

  send(msg: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 10000): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<T>((res, rej) => {
      const t = setTimeout(() => {
        this.pending.delete(id);
        rej(new Error(`timeout: ${method}`));
      }, timeoutMs);
      this.pending.set(id, {
        res: (v) => {
          clearTimeout(t);
          res(v as T);
        },
        rej: (e) => {
          clearTimeout(t);
          rej(e);
        },
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(
    opts: { locale?: string; configuration?: unknown; initializationOptions?: unknown } = {},
  ): Promise<any> {
    this.configuration = opts.configuration ?? null;
    const r = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: opts.locale,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: opts.initializationOptions,
    });
    this.notify('initialized', {});
    return r;
  }

  /** Waits for diagnostics of `uri` (at `version`, if given). */
  waitDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return new Promise((res, rej) => {
      const t = setTimeout(() => rej(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      const check = () => {
        const d = this.diagnostics.get(uri);
        if (d && (version === undefined || d.version === version)) {
          clearTimeout(t);
          res(d.diagnostics);
          return;
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async close(): Promise<void> {
    try {
      await this.request('shutdown', null, 3000);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    await new Promise<void>((res) => {
      if (this.proc.exitCode !== null) return res();
      const t = setTimeout(() => {
        this.proc.kill();
        res();
      }, 3000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        res();
      });
    });
  }
}
