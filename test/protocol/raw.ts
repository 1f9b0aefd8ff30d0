// A raw JSON-RPC peer for abuse tests: spawns `node dist/server.js --stdio`, writes any bytes it is given with or
// without Content-Length framing, and keeps every message the server sends (responses with their error codes,
// notifications, requests) so a test can assert exactly what came back.
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';
import { FrameReader } from '../helpers/frames';

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}

export class RawServer {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly messages: Message[] = [];
  stderr = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Answer to workspace/configuration, per item. */
  configuration: unknown = null;
  private nextId = 1;
  private listeners: (() => void)[] = [];

  constructor(opts: { args?: string[]; execArgv?: string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
    this.proc = spawn(
      process.execPath,
      [...(opts.execArgv ?? []), path.join(ROOT, 'dist', 'server.js'), ...(opts.args ?? ['--stdio'])],
      { stdio: 'pipe', env: opts.env ?? process.env, cwd: opts.cwd },
    );
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    const reader = new FrameReader<Message>((msg) => this.onMessage(msg));
    this.proc.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
    this.proc.stdin.on('error', () => undefined); // writing to a server that has exited
    this.exit = new Promise((res) =>
      this.proc.on('exit', (code, signal) => {
        res({ code, signal });
        this.notifyListeners();
      }),
    );
  }

  get exited(): boolean {
    return this.proc.exitCode !== null || this.proc.signalCode !== null;
  }

  private onMessage(msg: Message): void {
    this.messages.push(msg);
    if (msg.method && msg.id !== undefined) this.answer(msg);
    this.notifyListeners();
  }

  private answer(msg: Message): void {
    let result: unknown = null;
    if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map(() => this.configuration);
    this.send({ id: msg.id, result });
  }

  private notifyListeners(): void {
    for (const l of this.listeners.splice(0)) l();
  }

  /** Writes bytes as they are. */
  write(data: string | Buffer): void {
    if (!this.proc.stdin.destroyed) this.proc.stdin.write(data);
  }

  /** Writes one framed message body (any text, valid JSON or not). */
  frame(body: string | Buffer): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  }

  send(msg: object): void {
    this.frame(JSON.stringify({ jsonrpc: '2.0', ...msg }));
  }

  /** Writes many messages in one write, as a burst the server reads at once. */
  sendAll(msgs: object[]): void {
    const frames = msgs.map((m) => {
      const b = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
    });
    this.write(Buffer.concat(frames));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request and returns its id; `response(id)` waits for the answer. */
  call(method: string, params?: unknown): number {
    const id = this.nextId++;
    this.send({ id, method, params });
    return id;
  }

  async request(method: string, params?: unknown, timeoutMs = 10_000): Promise<Message> {
    return this.response(this.call(method, params), timeoutMs);
  }

  /** Waits until `pred` holds for some message sent so far (returns it). */
  waitFor(pred: (m: Message) => boolean, what: string, timeoutMs = 10_000): Promise<Message> {
    return new Promise((res, rej) => {
      const t = setTimeout(
        () => rej(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-500)}`)),
        timeoutMs,
      );
      const check = () => {
        const m = this.messages.find(pred);
        if (m) {
          clearTimeout(t);
          res(m);
          return;
        }
        if (this.exited) {
          clearTimeout(t);
          rej(new Error(`server exited while waiting for ${what}; stderr: ${this.stderr.slice(-500)}`));
          return;
        }
        this.listeners.push(check);
      };
      check();
    });
  }

  response(id: number, timeoutMs = 10_000): Promise<Message> {
    return this.waitFor((m) => m.id === id && m.method === undefined, `the response to #${id}`, timeoutMs);
  }

  /** The latest diagnostics published for `uri` at `version` (waits for them). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<any[]> {
    const m = await this.waitFor(
      (x) =>
        x.method === 'textDocument/publishDiagnostics' &&
        x.params.uri === uri &&
        (version === undefined || x.params.version === version),
      `diagnostics of ${uri} v${version}`,
      timeoutMs,
    );
    const all = this.messages.filter(
      (x) =>
        x.method === 'textDocument/publishDiagnostics' &&
        x.params.uri === uri &&
        (version === undefined || x.params.version === version),
    );
    return (all[all.length - 1] ?? m).params.diagnostics;
  }

  async initialize(
    params: {
      processId?: number | null;
      initializationOptions?: unknown;
      configuration?: unknown;
      pull?: boolean;
      /** Replaces the default capabilities. */
      capabilities?: object;
    } = {},
  ): Promise<Message> {
    if (params.configuration !== undefined) this.configuration = params.configuration;
    const r = await this.request('initialize', {
      processId: params.processId === undefined ? process.pid : params.processId,
      rootUri: null,
      capabilities: params.capabilities ?? {
        workspace: { configuration: params.pull ?? true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: params.initializationOptions,
    });
    this.notify('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  }

  /** Proves the server still serves: a full round trip on a fresh document. */
  async alive(tag = 'alive'): Promise<void> {
    const uri = `file:///tmp/policy-cite-${tag}-${this.nextId}.txt`;
    this.open(uri, '国发[2015]5号');
    const d = await this.diagnostics(uri, 1);
    if (!d.some((x) => x.code === 'doc-number-format'))
      throw new Error(`no diagnostic after ${tag}: ${JSON.stringify(d)}`);
  }

  /** shutdown + exit, then the exit code (kills after a grace period). */
  async stop(graceMs = 5000): Promise<number | null> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, graceMs);
      } catch {
        /* gone */
      }
      this.notify('exit');
    }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    const { code } = await this.exit;
    clearTimeout(t);
    return code;
  }

  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}
