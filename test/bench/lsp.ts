// A minimal LSP client for the benchmark: spawns the real server over stdio, frames JSON-RPC, keeps the text of
// each open document so an edit can be sent as a one-character incremental change, and times the round trips.
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SERVER_NODE_FLAGS } from '../../shared/protocol';
import { FrameReader } from '../helpers/frames';

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: unknown;
}

export class BenchServer {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly started = performance.now();
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private waiters = new Map<string, { version: number; resolve: (at: number) => void }>();
  private docs = new Map<string, { text: string; version: number; lineStarts: number[] }>();
  /** Last diagnostics version seen per URI. */
  readonly published = new Map<string, { version: number; count: number; at: number }>();

  constructor(serverJs: string) {
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverJs, '--stdio'], { stdio: 'pipe' });
    const reader = new FrameReader<Message>((m) => this.onMessage(m, performance.now()));
    this.proc.stdout.on('data', (c: Buffer) => reader.push(c));
    this.proc.stderr.on('data', () => undefined);
    this.proc.stdin.on('error', () => undefined);
  }

  private onMessage(m: Message, at: number): void {
    if (m.method && m.id !== undefined) {
      // a request from the server (workspace/configuration, registration): answer with defaults
      const result = m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => null) : null;
      this.send({ id: m.id, result });
      return;
    }
    if (m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = m.params;
      this.published.set(uri, { version, count: diagnostics.length, at });
      const w = this.waiters.get(uri);
      if (w && (version === undefined || version >= w.version)) {
        this.waiters.delete(uri);
        w.resolve(at);
      }
    }
  }

  private send(m: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: {},
    });
    this.notify('initialized', {});
  }

  /** Resolves with the time the diagnostics for `version` (or later) of `uri` arrived. */
  diagnostics(uri: string, version: number, timeoutMs = 600_000): Promise<number> {
    const seen = this.published.get(uri);
    if (seen && seen.version >= version) return Promise.resolve(seen.at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      this.waiters.set(uri, {
        version,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  open(uri: string, text: string): void {
    this.docs.set(uri, { text, version: 1, lineStarts: lineStarts(text) });
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: uri.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text },
    });
  }

  /** Inserts `ch` at `offset` as an incremental change; returns the new version. */
  insert(uri: string, offset: number, ch: string): number {
    const d = this.docs.get(uri)!;
    const pos = position(d.lineStarts, offset);
    d.text = d.text.slice(0, offset) + ch + d.text.slice(offset);
    for (let i = pos.line + 1; i < d.lineStarts.length; i++) d.lineStarts[i] += ch.length; // ch has no line break
    d.version++;
    this.notify('textDocument/didChange', {
      textDocument: { uri, version: d.version },
      contentChanges: [{ range: { start: pos, end: pos }, text: ch }],
    });
    return d.version;
  }

  positionOf(uri: string, offset: number): { line: number; character: number } {
    return position(this.docs.get(uri)!.lineStarts, offset);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.text;
  }

  /** Resident set size of the server process (Linux /proc), in MB; undefined elsewhere. */
  rssMB(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.proc.on('exit', r));
    await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
    this.notify('exit', null);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function position(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
