// The language server over one connection (stdio or IPC in Node, a message port in a web worker): makes the
// session's state and wires each LSP message to its handler. The handlers are plain functions of that state
// (documents.ts, diagnostics.ts, navigation.ts, codeActions.ts, completion.ts, pickers.ts, coverage.ts,
// configuration.ts; the user sources in sources.ts), tested without a stream; nothing here decides anything.
import {
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ResponseError,
} from 'vscode-languageserver';
import {
  AuthoritiesRequest,
  CheckWorkspaceRequest,
  CitationChoicesRequest,
  ClausesRequest,
  CoverageCsvRequest,
  CoverageRequest,
  Request,
  StatusRequest,
} from '../../../shared/protocol';
import type { Corpus, Lang } from '../core/corpus';
import type { Library } from '../core/resolve';
import { codeActions, resolveCodeAction } from './codeActions';
import { completion } from './completion';
import { didChangeConfiguration, initialize, initialized } from './configuration';
import { coverageOf, references } from './coverage';
import { EVENT_LOOP, Publisher, Timing } from './diagnostics';
import { Analyses, DocumentStore, didChange, didClose, didOpen } from './documents';
import { definition, documentLinks, documentSymbols, hover } from './navigation';
import { citationChoicesOf, clausesOf } from './pickers';
import { authoritiesOf, coverageCsvOf, statusOf } from './reports';
import { DEFAULT_SETTINGS } from './settings';
import { ClientPort, Companion, NO_SUPPORT, ServerState } from './state';
import {
  WorkspaceDrafts,
  WorkspaceFiles,
  checkWorkspace,
  documentDiagnostics,
  workspaceDiagnostics,
} from './workspace';

export interface StateInit {
  library: Library;
  client: ClientPort;
  /** URI of the shipped source text of a corpus in a language (for definition, links, related information). */
  sourceUri(corpus: Corpus, lang: Lang): string | undefined;
  /** Companions, made with the state they serve (the user sources in Node). */
  companions?: ((s: ServerState) => Companion)[];
  timing?: Timing;
  /** The workspace's draft files (Node); without it only open drafts are read. */
  workspaceFiles?: WorkspaceFiles;
}

/** A fresh session state: no documents, default settings, a client that has declared nothing yet. */
export function createState(init: StateInit): ServerState {
  const companions: Companion[] = [];
  const s: ServerState = {
    library: init.library,
    settings: DEFAULT_SETTINGS,
    support: NO_SUPPORT,
    settingsReady: false,
    shutDown: false,
    documents: new DocumentStore(),
    analyses: new Analyses(),
    client: init.client,
    companions,
    sourceUri: init.sourceUri,
    corpusDocs: new Map(),
    shown: new Set(),
    diagnostics: undefined as unknown as Publisher, // set just below: the Publisher needs the state
    workspaceFiles: init.workspaceFiles,
    workspace: new WorkspaceDrafts(),
  };
  s.diagnostics = new Publisher(s, init.timing ?? EVENT_LOOP);
  for (const make of init.companions ?? []) companions.push(make(s));
  return s;
}

export interface SessionOptions {
  connection: Connection;
  library: Library;
  sourceUri(corpus: Corpus, lang: Lang): string | undefined;
  /** Problems found while loading the corpora, shown once at start. */
  loadProblems?: string[];
  companions?: ((s: ServerState) => Companion)[];
  workspaceFiles?: WorkspaceFiles;
}

/**
 * `sourceUri` for entries that ship the corpus texts in a folder: user sources name their file by URI, the bundled
 * corpus by a file name inside `base()` (a folder URI ending in '/').
 */
export function corpusFolderUris(base: () => string | undefined): SessionOptions['sourceUri'] {
  return (corpus, lang) => {
    const file = corpus.data.files[lang];
    if (!file) return undefined;
    if (file.includes('://')) return file;
    const b = base();
    return b ? b + encodeURIComponent(file) : undefined;
  };
}

/** The port to the client over a connection. */
function clientPort(connection: Connection): ClientPort {
  return {
    publishDiagnostics: (p) => void connection.sendDiagnostics(p),
    showWarning: (m) => void connection.window.showWarningMessage(m),
    log: (m) => connection.console.log(m),
    configuration: (section) => connection.workspace.getConfiguration(section),
    register: (method, options) =>
      method === 'workspace/didChangeConfiguration'
        ? connection.client.register(DidChangeConfigurationNotification.type, options)
        : method === 'textDocument/diagnostic'
          ? connection.client.register(DocumentDiagnosticRequest.type, options as never /* the caller builds them */)
          : connection.client.register(
              DidChangeWatchedFilesNotification.type,
              options as { watchers: never[] } /* the caller builds the watchers */,
            ),
    refreshDiagnostics: () => connection.languages.diagnostics.refresh(),
  };
}

export function startSession(opts: SessionOptions): ServerState {
  const { connection } = opts;
  const s = createState({
    library: opts.library,
    client: clientPort(connection),
    sourceUri: opts.sourceUri,
    companions: opts.companions,
    workspaceFiles: opts.workspaceFiles,
  });

  // After `shutdown` every request is an error (InvalidRequest, as LSP requires) and notifications are dropped;
  // `exit` then ends the process with 0 (vscode-languageserver exits with 1 when no shutdown came first).
  const refused = () => new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  const request =
    <P, R>(handler: (s: ServerState, p: P) => R) =>
    (p: P): R | ResponseError<void> =>
      s.shutDown ? refused() : handler(s, p);
  const notification =
    <P>(handler: (s: ServerState, p: P) => unknown) =>
    (p: P): void => {
      if (!s.shutDown) void handler(s, p);
    };
  const custom = <P, R>(r: Request<P, R>, handler: (s: ServerState, p: P) => R | Promise<R>) =>
    connection.onRequest(r.method, request(handler));

  connection.onInitialize((p) => initialize(s, p));
  connection.onInitialized(() => initialized(s, opts.loadProblems));
  connection.onDidChangeConfiguration(notification(didChangeConfiguration));
  connection.onDidOpenTextDocument(notification(didOpen));
  connection.onDidChangeTextDocument(notification(didChange));
  connection.onDidCloseTextDocument(notification(didClose));
  connection.onDidChangeWatchedFiles(
    notification((st, p) => {
      const uris = Array.isArray(p?.changes) ? p.changes.map((c) => c?.uri).filter((u) => typeof u === 'string') : [];
      for (const c of st.companions) c.watchedFilesChanged?.(uris);
    }),
  );

  connection.onHover(request(hover));
  connection.onDefinition(request(definition));
  connection.onDocumentLinks(request(documentLinks));
  connection.onDocumentSymbol(request(documentSymbols));
  connection.onCodeAction(request(codeActions));
  connection.onCodeActionResolve(request(resolveCodeAction));
  connection.onCompletion(request(completion));
  connection.onReferences(request(references));
  custom(CitationChoicesRequest, citationChoicesOf);
  custom(ClausesRequest, clausesOf);
  custom(CoverageRequest, coverageOf);
  custom(StatusRequest, statusOf);
  custom(AuthoritiesRequest, authoritiesOf);
  custom(CoverageCsvRequest, coverageCsvOf);
  custom(CheckWorkspaceRequest, checkWorkspace);
  // Pulled diagnostics (registered by checkWorkspace where the client takes them); refused alike after shutdown.
  connection.languages.diagnostics.on(request(documentDiagnostics) as never);
  connection.languages.diagnostics.onWorkspace(request(workspaceDiagnostics) as never);
  // Methods nobody handles: MethodNotFound, as JSON-RPC would answer — InvalidRequest once shut down.
  connection.onRequest((method: string) =>
    s.shutDown ? refused() : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`),
  );

  connection.onShutdown(() => {
    if (s.shutDown) return refused();
    s.shutDown = true;
    s.analyses.clear({ blocks: true });
  });
  connection.listen();
  return s;
}
