// What the page and its worker say to each other. Plain data only (structured clone); offsets are UTF-16 offsets into
// the text the page sent, as CodeMirror and the core count them.
export type Lang = 'zh' | 'en';
export type Bilingual = { zh: string; en: string };
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface WebEdit {
  from: number;
  to: number;
  insert: string;
}

export interface WebFix {
  title: Bilingual;
  /** Safe to apply without looking: "Fix all" applies these. */
  safe: boolean;
  edits: WebEdit[];
}

export interface WebFinding {
  code: string;
  severity: Severity;
  from: number;
  to: number;
  message: Bilingual;
  fixes: WebFix[];
}

export interface WebCitation {
  from: number;
  to: number;
  kind: 'doc' | 'clause' | 'quote' | 'echo';
  /** The cited document is among the known sources (the bundled Opinion or one the user added). */
  known: boolean;
}

export interface CoverageView {
  /** The groups a reviewer counts (main tasks 4/6 …). */
  groups: { id: string; label: Bilingual; covered: number; total: number }[];
  /** HTML fragments written by server/src/report/coverage-map.ts, in the language asked for. */
  mapHtml: string;
  detailsHtml: string;
  tableHtml: string;
}

export interface CheckResult {
  version: number;
  findings: WebFinding[];
  citations: WebCitation[];
  counts: Record<Severity, number>;
  /** How many findings "Fix all" would fix now. */
  safeFixes: number;
  /** Time the worker spent on the analysis. */
  ms: number;
}

/** A row of the table of authorities (引用文件清单): a document the draft cites, as core/authorities.ts gives it. */
export interface WebAuthority {
  inLibrary: boolean;
  title: Bilingual | null;
  number: Bilingual | null;
  citations: {
    from: number;
    to: number;
    title?: string;
    number?: string;
    /** Title and number name the same document (null: only one written, or not in the library). */
    agree: boolean | null;
    /** The number as GB/T 9704-2012 writes it (null: no Chinese number). */
    standardNumber: boolean | null;
    problems: string[];
  }[];
}

export interface HoverResult {
  from: number;
  to: number;
  /** The core's hover text (a small Markdown subset: bold, italics, quotes, line breaks). */
  markdown: string;
}

export interface SourceInput {
  name: string;
  text: string;
}

export interface SourceStatus {
  name: string;
  /** used: in the library; unparsed: not a document the parser can read; duplicate / bundled: another file wins. */
  status: 'used' | 'unparsed' | 'duplicate' | 'bundled';
  title?: string;
  number?: string;
  problems: { severity: 'error' | 'warning' | 'information'; line: number; message: Bilingual }[];
}

export type Request =
  | { type: 'check'; text: string; version: number; file: string }
  | { type: 'hover'; version: number; offset: number; lang: Lang }
  | { type: 'fixAll'; version: number }
  | { type: 'sources'; sources: SourceInput[] }
  | { type: 'coverage'; version: number; lang: Lang }
  | { type: 'csv'; version: number; lang: Lang }
  | { type: 'report'; version: number; lang: Lang }
  | { type: 'authorities'; version: number };

export interface Responses {
  check: CheckResult;
  hover: HoverResult | null;
  fixAll: WebEdit[];
  sources: SourceStatus[];
  coverage: CoverageView | null;
  csv: string | null;
  report: string | null;
  authorities: WebAuthority[] | null;
}

export type Envelope = { id: number; request: Request };
export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** The worker asks for the traditional-character dictionaries before it reads a text that needs them. */
export type NeedDictionaries = { need: 'dictionaries' };
/** The page's answer: opencc-js's TSPhrases and TSCharacters, or null when they could not be loaded. */
export type Dictionaries = { dictionaries: string[] | null };

export type ToWorker = Envelope | Dictionaries;
export type FromWorker = Reply | NeedDictionaries;
