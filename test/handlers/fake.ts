// A session state for handler tests: the real handlers over a fake client port that records what the server would
// send, and a hand-cranked event loop, so a test decides when "one turn" passes. No JSON-RPC stream, no process.
import type { InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import { initialize, initialized } from '../../server/src/lsp/configuration';
import type { Timing } from '../../server/src/lsp/diagnostics';
import { corpusFolderUris, createState } from '../../server/src/lsp/session';
import type { ClientPort, Companion, ServerState } from '../../server/src/lsp/state';
import type { WorkspaceFiles } from '../../server/src/lsp/workspace';
import type { Library } from '../../server/src/core/resolve';
import { lib } from '../helpers/corpus';

/** A draft with two findings: a clause-title-mismatch (two fixes) on line 3, a doc-number-format (one) on line 4. */
export const DRAFT = [
  '某某市云计算行动计划',
  '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本计划。',
  '落实《意见》第二部分（四）“加强大数据开发与利用”。',
  '落实《意见》第二部分（五）“提升安全保障能力”。',
  '参照国发[2015]5号文件。',
].join('\n');

export const CORPUS_BASE = 'file:///ext/corpus/';

/** Every capability the handlers ask about, declared. */
export const FULL_CAPABILITIES: InitializeParams['capabilities'] = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
      dataSupport: true,
    },
  },
};

export class FakeClient implements ClientPort {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly warnings: string[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; options: object }[] = [];
  refreshes = 0;
  /** The answer to workspace/configuration. */
  configurationAnswer: unknown = null;
  configurationAsked = 0;

  publishDiagnostics(p: PublishDiagnosticsParams): void {
    this.published.push(p);
  }
  showWarning(m: string): void {
    this.warnings.push(m);
  }
  log(m: string): void {
    this.logs.push(m);
  }
  async configuration(): Promise<unknown> {
    this.configurationAsked++;
    return this.configurationAnswer;
  }
  async register(method: string, options: object): Promise<{ dispose(): void }> {
    this.registrations.push({ method, options });
    return { dispose: () => undefined };
  }
  refreshDiagnostics(): void {
    this.refreshes++;
  }
  /** What was published for `uri`, oldest first. */
  of(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }
}

/** An event loop turned by hand: `turn()` runs what was deferred before it; `drain()` until nothing is left. */
export class ManualLoop implements Timing {
  private queue: (() => void)[] = [];
  time = 0;
  turns = 0;
  defer(fn: () => void): void {
    this.queue.push(fn);
  }
  now(): number {
    return this.time;
  }
  turn(): void {
    const q = this.queue;
    this.queue = [];
    this.turns++;
    for (const fn of q) fn();
  }
  drain(max = 1000): void {
    for (let i = 0; this.queue.length && i < max; i++) this.turn();
  }
  get idle(): boolean {
    return this.queue.length === 0;
  }
}

export interface Fake {
  s: ServerState;
  client: FakeClient;
  loop: ManualLoop;
}

/** A state after initialize and initialized, with the given client capabilities and initialization options. */
export async function fakeSession(
  opts: {
    capabilities?: InitializeParams['capabilities'];
    initializationOptions?: unknown;
    configuration?: unknown;
    locale?: string;
    /** The workspace folder (a file: URI). */
    rootUri?: string;
    library?: Library;
    companions?: ((s: ServerState) => Companion)[];
    workspaceFiles?: WorkspaceFiles;
  } = {},
): Promise<Fake> {
  const client = new FakeClient();
  client.configurationAnswer = opts.configuration ?? null;
  const loop = new ManualLoop();
  const s = createState({
    library: opts.library ?? lib(),
    client,
    sourceUri: corpusFolderUris(() => CORPUS_BASE),
    timing: loop,
    companions: opts.companions,
    workspaceFiles: opts.workspaceFiles,
  });
  initialize(s, {
    processId: null,
    rootUri: opts.rootUri ?? null,
    workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
    locale: opts.locale ?? 'en',
    capabilities: opts.capabilities ?? FULL_CAPABILITIES,
    initializationOptions: opts.initializationOptions,
  });
  await initialized(s);
  return { s, client, loop };
}

/** The LSP position of the `delta`-th character of `needle` in `text`. */
export function posOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const lines = text.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Draft files of a workspace, in memory: `files` maps a path under the folder to its text; edit it to change one. */
export class MemoryWorkspace implements WorkspaceFiles {
  folders: string[] = [];
  /** Bumped by `write`, so a changed file gets a new stamp. */
  private stamps = new Map<string, number>();
  constructor(
    readonly root: string,
    readonly files: Map<string, string>,
  ) {}
  uri(rel: string): string {
    return `${this.root}/${rel}`;
  }
  write(rel: string, text: string): void {
    this.files.set(rel, text);
    this.stamps.set(rel, (this.stamps.get(rel) ?? 0) + 1);
  }
  setFolders(uris: string[]): void {
    this.folders = uris;
  }
  list(): { uris: string[]; truncated: boolean } {
    return { uris: [...this.files.keys()].sort().map((r) => this.uri(r)), truncated: false };
  }
  private rel(uri: string): string | undefined {
    return uri.startsWith(`${this.root}/`) ? uri.slice(this.root.length + 1) : undefined;
  }
  stamp(uri: string): string | undefined {
    const r = this.rel(uri);
    return r !== undefined && this.files.has(r) ? `s${this.stamps.get(r) ?? 0}` : undefined;
  }
  read(uri: string): string | undefined {
    const r = this.rel(uri);
    return r === undefined ? undefined : this.files.get(r);
  }
  relative(uri: string): string {
    return this.rel(uri) ?? uri;
  }
}
