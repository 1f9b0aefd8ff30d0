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
  /** Shows the coverage view (the status bar item's click). */
  showCoverage: 'policyCite.showCoverage',
  /** `exportCoverageCsv(scope?: 'document' | 'workspace')`: the 对照表 of the active draft (or of every draft), saved
   *  where a save dialog says. */
  exportCoverageCsv: 'policyCite.exportCoverageCsv',
  /** Checks every draft of the workspace, opened or not: their problems join the Problems panel. */
  checkWorkspace: 'policyCite.checkWorkspace',
  /** Opens the bundled example draft as a new, unsaved document (the walkthrough's first step). */
  openExample: 'policyCite.openExample',
  /** `addSource(files?: Uri[])`: copies documents the drafts cite (picked in a dialog, or the files given) into
   *  .policy-cite/sources/ (the walkthrough's last step). */
  addSource: 'policyCite.addSource',
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

// ---- policyCite/status: the status bar item ----------------------------------------------------------------

export interface StatusParams {
  uri: string;
}

export interface StatusReply {
  uri: string;
  /** Known documents the draft cites, the most cited first: 国发〔2015〕5号 (in the UI language). */
  documents: { docId: string; number: string; citations: number }[];
  /** Citations of known documents: document names, clause references and quotations attributed to them. */
  citations: number;
  /** The draft's findings, by severity. */
  problems: { error: number; warning: number; information: number; hint: number };
}

/** null for a document the server does not check; `citations: 0` for a draft that cites no known document. */
export const StatusRequest: Request<StatusParams, StatusReply | null> = { method: 'policyCite/status' };

// ---- policyCite/authorities: the table of authorities (引用文件清单) -------------------------------------------

export interface AuthoritiesParams {
  uri: string;
}

export type AuthorityVia = 'title+number' | 'title' | 'number' | 'short-name';

export interface AuthorityCitationEntry extends Location {
  via: AuthorityVia;
  /** The citation as written. */
  text: string;
  /** Title and number name the same document; null when only one is written or neither is known. */
  agree: boolean | null;
  /** The number in GB/T 9704-2012 form (国发〔2015〕5号); null without a Chinese number. */
  standardNumber: boolean | null;
  /** The exact title; null without a title or for a document not in the library. */
  exactTitle: boolean | null;
  /** What is wrong with it, in words (the UI language); empty when nothing is. */
  problems: string[];
}

export interface AuthorityEntry {
  key: string;
  docId: string | null;
  /** A bundled or user source: hovers, checks and coverage know it. */
  inLibrary: boolean;
  /** Number and title in the draft's language (国发〔2015〕5号 in a Chinese draft); as written for an unknown document. */
  number: string;
  title: string;
  citations: AuthorityCitationEntry[];
}

export interface AuthoritiesReply {
  uri: string;
  /** The language of `problems` (the UI's). */
  lang: Lang;
  documents: AuthorityEntry[];
}

export const AuthoritiesRequest: Request<AuthoritiesParams, AuthoritiesReply | null> = {
  method: 'policyCite/authorities',
};

// ---- policyCite/coverageCsv: the response matrix (对照表) ----------------------------------------------------

export interface CoverageCsvParams {
  /** The draft (its coverage, or the document it cites most when `scope` is 'workspace'). */
  uri?: string;
  /** One draft, or every draft of the workspace that cites the document (opened or not), merged as the command
   *  line's `policy-cite coverage drafts/` merges them. */
  scope?: 'document' | 'workspace';
  docId?: string;
}

export interface CoverageCsvReply {
  /** The CSV, byte for byte what `policy-cite coverage --format csv` writes for the same files. */
  csv: string;
  /** A file name to offer: 对照表-国发〔2015〕5号.csv. */
  fileName: string;
  /** The drafts it covers, as the CSV names them (relative to the workspace folder). */
  files: string[];
  document: { id: string; number: string };
}

export const CoverageCsvRequest: Request<CoverageCsvParams, CoverageCsvReply | null> = {
  method: 'policyCite/coverageCsv',
};

// ---- policyCite/checkWorkspace: problems of the drafts that are not open ------------------------------------

export interface CheckWorkspaceReply {
  /** Drafts read: the open ones and the workspace's .md/.txt files. */
  files: number;
  /** Drafts with at least one finding, and their findings. */
  withProblems: number;
  problems: number;
  /** The workspace was larger than the server reads: only the first files were checked. */
  truncated: boolean;
  /** How the problems reach the editor: 'pull' (workspace/diagnostic, kept fresh by the client), 'push'
   *  (published once), or 'none' (the server cannot read the workspace: the web). */
  delivery: 'pull' | 'push' | 'none';
}

export const CheckWorkspaceRequest: Request<Record<string, never>, CheckWorkspaceReply> = {
  method: 'policyCite/checkWorkspace',
};

/** Every request the server adds to LSP. */
export const REQUESTS = [
  CitationChoicesRequest,
  ClausesRequest,
  CoverageRequest,
  StatusRequest,
  AuthoritiesRequest,
  CoverageCsvRequest,
  CheckWorkspaceRequest,
] as const;

/** The `identifier` of the pull diagnostics the server registers for the workspace's drafts. */
export const WORKSPACE_DIAGNOSTICS_ID = 'policy-cite-workspace';

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
