// What every handler of the language server works on: the open documents and their analyses, the library of
// cited documents, the settings, what the client said it supports, and a small port to the client. The session
// makes one per connection (session.ts, createState) and binds the port to it; unit tests make one with a fake port
// and call the handlers directly (no JSON-RPC stream). Handlers hold no state of their own: it is all here.
import type { Diagnostic, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import { Location, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus, Lang } from '../core/corpus';
import type { Library } from '../core/resolve';
import type { Analyses, DocumentStore } from './documents';
import type { WorkspaceDrafts, WorkspaceFiles } from './workspace';
import { Settings, uiLanguage } from './settings';

export type RegistrableMethod =
  'workspace/didChangeConfiguration' | 'workspace/didChangeWatchedFiles' | 'textDocument/diagnostic';

/** What the handlers may ask of the client. The session binds it to the connection; tests record it. */
export interface ClientPort {
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  /** window/showMessage (warning). */
  showWarning(message: string): void;
  /** window/logMessage. */
  log(message: string): void;
  /** workspace/configuration for one section. */
  configuration(section: string): Promise<unknown>;
  /** client/registerCapability (only for what the client declared `dynamicRegistration` for). */
  register(method: RegistrableMethod, options: object): Promise<{ dispose(): void }>;
  /** workspace/diagnostic/refresh: the client pulls the diagnostics it pulls again. */
  refreshDiagnostics?(): void;
}

/** What the client declared in `initialize`, reduced to the questions the handlers ask. */
export interface ClientSupport {
  /** It answers workspace/configuration: settings are pulled, not taken from pushes. */
  configuration: boolean;
  /** It accepts a dynamic registration of workspace/didChangeConfiguration. */
  configurationRegistration: boolean;
  /** It accepts a dynamic registration of workspace/didChangeWatchedFiles, and relative patterns in it. */
  watchedFilesRegistration: boolean;
  relativePatterns: boolean;
  /** It shows relatedInformation on diagnostics. */
  relatedInformation: boolean;
  /** It takes CodeAction literals and resolves their `edit` with codeAction/resolve. */
  codeActionResolve: boolean;
  /** It pulls diagnostics (textDocument/diagnostic, workspace/diagnostic) and accepts their dynamic registration. */
  pullDiagnosticsRegistration?: boolean;
  /** The editor's display language (zh-cn, en-us). */
  locale?: string;
}

export const NO_SUPPORT: ClientSupport = {
  configuration: false,
  configurationRegistration: false,
  watchedFilesRegistration: false,
  relativePatterns: false,
  relatedInformation: false,
  codeActionResolve: false,
};

export function clientSupport(params: Pick<InitializeParams, 'capabilities' | 'locale'>): ClientSupport {
  const c = params.capabilities ?? {};
  const ws = c.workspace ?? {};
  const watched = ws.didChangeWatchedFiles as { dynamicRegistration?: boolean; relativePatternSupport?: boolean };
  const action = c.textDocument?.codeAction;
  const literals = !!action?.codeActionLiteralSupport;
  const resolvable = action?.resolveSupport?.properties;
  return {
    configuration: ws.configuration === true,
    configurationRegistration: ws.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: watched?.dynamicRegistration === true,
    relativePatterns: watched?.relativePatternSupport === true,
    relatedInformation: c.textDocument?.publishDiagnostics?.relatedInformation === true,
    codeActionResolve: literals && Array.isArray(resolvable) && resolvable.includes('edit'),
    pullDiagnosticsRegistration: c.textDocument?.diagnostic?.dynamicRegistration === true,
    locale: typeof params.locale === 'string' ? params.locale : undefined,
  };
}

/**
 * A companion of the session (the user sources in Node, the corpus location in a web worker): hears the session's
 * events and may claim documents that are not drafts.
 */
export interface Companion {
  initialize?(params: InitializeParams): void;
  initialized?(): void;
  settingsChanged?(settings: Settings): void;
  documentChanged?(doc: TextDocument): void;
  documentClosed?(doc: TextDocument): void;
  watchedFilesChanged?(uris: string[]): void;
  /** Diagnostics for a document that is not a draft (a source file); undefined for a draft. */
  diagnosticsFor?(doc: TextDocument): Diagnostic[] | undefined;
}

export interface ServerState {
  library: Library;
  settings: Settings;
  support: ClientSupport;
  /** Settings have been read (from the client or its initialization options): diagnostics may be published. */
  settingsReady: boolean;
  /** `shutdown` was received: every later request is refused, nothing more is published. */
  shutDown: boolean;
  readonly documents: DocumentStore;
  readonly analyses: Analyses;
  readonly client: ClientPort;
  readonly companions: Companion[];
  /** URI of the shipped source text of a corpus in a language (for definition, links, related information). */
  sourceUri(corpus: Corpus, lang: Lang): string | undefined;
  /** Documents over the source texts, to turn source offsets into positions; dropped when the library changes. */
  readonly corpusDocs: Map<string, TextDocument>;
  /** Warnings already shown (settings problems are shown once until the settings change again). */
  shown: Set<string>;
  /** When diagnostics are published (diagnostics.ts, Publisher). */
  diagnostics: DiagnosticsSchedule;
  /** The workspace's draft files on disk (Node only: a web worker cannot list a folder). */
  readonly workspaceFiles?: WorkspaceFiles;
  /** What the server knows of the drafts that are not open (workspace.ts). */
  readonly workspace: WorkspaceDrafts;
}

/** Asks for a publish of a document's diagnostics (coalesced: see the Publisher). */
export interface DiagnosticsSchedule {
  schedule(uri: string): void;
  scheduleAll(): void;
  /** The settings are ready: publish what waited for them. */
  flush(): void;
  /** A closed document loses its diagnostics at once. */
  cleared(uri: string): void;
}

/** The language of messages, hovers' UI strings and fix titles. */
export function uiLang(s: ServerState): Lang {
  return uiLanguage(s.settings.messageLanguage, s.support.locale);
}

export function log(s: ServerState, message: string): void {
  s.client.log(`[policy-cite] ${message}`);
}

export function warnOnce(s: ServerState, message: string): void {
  if (s.shown.has(message)) return;
  s.shown.add(message);
  s.client.showWarning(`Policy Cite: ${message}`);
  log(s, message);
}

/** Offsets of a document → an LSP range (UTF-16 positions). The one place draft offsets become positions. */
export function rangeOf(doc: TextDocument, span: { start: number; end: number }): Range {
  return Range.create(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** A TextDocument over a corpus text, to turn source offsets into positions. */
export function corpusDoc(s: ServerState, corpus: Corpus, lang: Lang): TextDocument | undefined {
  const uri = s.sourceUri(corpus, lang);
  const text = corpus.data.texts[lang];
  if (!uri || text === undefined) return undefined;
  let d = s.corpusDocs.get(uri);
  if (!d) {
    d = TextDocument.create(uri, 'plaintext', 1, text);
    s.corpusDocs.set(uri, d);
  }
  return d;
}

export function corpusLocation(
  s: ServerState,
  corpus: Corpus,
  lang: Lang,
  range: [number, number] | undefined,
): Location | undefined {
  const d = range && corpusDoc(s, corpus, lang);
  return d ? Location.create(d.uri, rangeOf(d, { start: range[0], end: range[1] })) : undefined;
}

/** Is `uri` one of the shipped (or user) source texts, rather than a draft? */
export function isSourceText(s: ServerState, uri: string): boolean {
  return s.library.corpora.some((c) => (['zh', 'en'] as Lang[]).some((l) => s.sourceUri(c, l) === uri));
}
