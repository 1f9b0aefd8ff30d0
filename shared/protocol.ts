// The wire between the VS Code client and the language server, in one place: command ids, the names of the
// requests the server adds to LSP, the code action kind of "Fix all", and the shapes of their params and replies.
// Both sides import this file (server/src/lsp/*, client/src/*); it imports nothing, so it costs neither bundle a
// byte of runtime beyond these strings. Positions are LSP's (0-based line, UTF-16 character).

/** Commands the client registers (package.json declares the same strings). */
export const Commands = {
  restartServer: 'policyCite.restartServer',
  /** `openSource(clauseId?: string, lang?: 'zh' | 'en')`: asks for whatever is not given. */
  openSource: 'policyCite.openSource',
  openSourceZh: 'policyCite.openSourceZh',
  openSourceEn: 'policyCite.openSourceEn',
  /** `insertCitation(lang?: 'zh' | 'en')`: a pick list of what can be cited; inserts the standard form. */
  insertCitation: 'policyCite.insertCitation',
} as const;

/** The language client's id: VS Code reads its trace setting from `<id>.trace.server`. */
export const CLIENT_ID = 'policyCite';
/** Node flags the server is started with: --expose-gc lets it give memory back once idle after a burst of drafts
 * (server/src/lsp/trim.ts). Another editor may add them too; without them the server works the same. */
export const SERVER_NODE_FLAGS: readonly string[] = ['--expose-gc'];
/** The settings section the server reads (workspace/configuration, didChangeConfiguration, initializationOptions). */
export const SETTINGS_SECTION = 'policyCite';
/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'policy-cite';
/** The code action kind of "Fix all" (`editor.codeActionsOnSave`: `"source.fixAll.policyCite": "explicit"`). */
export const FIX_ALL_KIND = 'source.fixAll.policyCite';
/** Characters after which the server offers completion. */
export const COMPLETION_TRIGGERS = ['《', '分', '号', '）', '》', '（', '(', ','];
/** Language ids checked when `policyCite.languages` is not set. */
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];

export type Lang = 'zh' | 'en';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Location {
  uri: string;
  range: Range;
}

/** A request the server answers: its method, with its params and result types for the typed helpers on both ends. */
export interface Request<P, R> {
  readonly method: string;
  /** Never set: carries the types. */
  readonly types?: { params: P; result: R };
}
export type ParamsOf<T> = T extends Request<infer P, unknown> ? P : never;
export type ResultOf<T> = T extends Request<unknown, infer R> ? R : never;

// ---- policyCite/citationChoices: the insert-citation pick list ---------------------------------------------

export interface CitationChoicesParams {
  uri: string;
  /** Where the citation goes: decides the short name (《意见》) the draft defined before it. */
  position?: Position;
  /** The citation's language; the draft's language when not given. */
  lang?: Lang;
}

export type ChoiceKind = 'document' | 'part' | 'section' | 'principle' | 'target';

/** One thing a drafter can cite, in one language. */
export interface CitationChoice {
  /** The node id, or `target:<id>` for a target. */
  id: string;
  kind: ChoiceKind;
  /** The clause as a drafter writes it: 第二部分第（四）项 / Part II, Section (4); the number for the document. */
  label: string;
  /** Its heading (or the target's words). */
  detail: string;
  /** The citation to insert. */
  text: string;
}

export interface CitationChoicesReply {
  lang: Lang;
  /** What the Opinion (the default document) offers. */
  choices: CitationChoice[];
  /** The user's own sources in this language (`.policy-cite/sources/`, `policyCite.sources`), each with its choices. */
  sources?: { docId: string; number: string; title: string; choices: CitationChoice[] }[];
}

export const CitationChoicesRequest: Request<CitationChoicesParams, CitationChoicesReply> = {
  method: 'policyCite/citationChoices',
};

// ---- policyCite/clauses: the "open the Opinion at a clause" pick list ------------------------------------

export interface ClausesParams {
  /** The text to open: the Opinion's Chinese original or English translation. A source in one language only is
   *  listed in that language. */
  lang: Lang;
}

export interface ClauseEntry {
  /** The node id in its document (`II.4`, `title`). */
  id: string;
  kind: string;
  /** 0 for parts and the like, 1 for sections, 2 for principles and objectives. */
  depth: number;
  /** The clause in the text that opens: 第二部分 主要任务 / （四）加强大数据开发与利用. */
  label: string;
  /** The same clause in the other language, when the document has it. */
  description?: string;
  /** Where to open: the shipped source text (or the user's source file), the heading selected. */
  location: Location;
}

export interface ClauseDocument {
  docId: string;
  number: string;
  title: string;
  /** The language of `location`s: the one asked for, or the only one the document has. */
  lang: Lang;
  /** The bundled Opinion (true) or a user source. */
  bundled: boolean;
  clauses: ClauseEntry[];
}

export interface ClausesReply {
  /** The Opinion first, then the user sources. */
  documents: ClauseDocument[];
}

export const ClausesRequest: Request<ClausesParams, ClausesReply> = { method: 'policyCite/clauses' };

// ---- policyCite/coverage: the coverage tree --------------------------------------------------------------

export interface CoverageParams {
  uri: string;
  /** The document whose coverage is asked; the one the draft cites most when not given. */
  docId?: string;
}

export type CoverageKind = 'part' | 'section' | 'principle' | 'objective' | 'target';

export interface CoverageCitation extends Location {
  via: 'clause' | 'quote' | 'claim' | 'echo';
  /** The node the citation resolves to (this clause or one inside it). */
  nodeId: string;
  /** For a mis-citation. */
  code?: string;
  message?: string;
}

export interface CoverageClause {
  id: string;
  kind: CoverageKind;
  parent?: string;
  depth: number;
  /** The clause as it reads in the UI language: （四）加强大数据开发与利用. */
  text: string;
  heading: { zh: string; en: string };
  covered: boolean;
  citations: CoverageCitation[];
  misCitations: CoverageCitation[];
  /** Passages that restate the clause faithfully without citing it (echoes). */
  restatements: CoverageCitation[];
  /** The clause in the shipped source texts. */
  source: Partial<Record<Lang, Location>>;
}

export interface CoverageReply {
  uri: string;
  lang: Lang;
  document: { id: string; number: string; title: string };
  groups: { id: string; label: string; covered: number; total: number; missing: string[] }[];
  clauses: CoverageClause[];
}

export const CoverageRequest: Request<CoverageParams, CoverageReply | null> = { method: 'policyCite/coverage' };

/** Every request the server adds to LSP. */
export const REQUESTS = [CitationChoicesRequest, ClausesRequest, CoverageRequest] as const;

// ---- Diagnostics and code actions -----------------------------------------------------------------------

/**
 * `data` of a published diagnostic that has fixes: enough to find its finding again when the editor asks for code
 * actions — the document version it was made for and the finding's index in that version's analysis. The fixes
 * themselves are built then, not carried by every diagnostic.
 */
export interface DiagnosticData {
  v: number;
  i: number;
}
