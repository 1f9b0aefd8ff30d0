// The shapes that flow through the engine: scanned mentions, resolved citations, findings and fixes.
// Every offset is a UTF-16 code unit offset into the draft, as JavaScript strings and LSP count them (a Span);
// offsets into a source text are SourceRange tuples (corpus.ts) and never share a type with them.
import type { Bilingual, Lang, SourcePlace, SourceRange } from './corpus';
import type { Echo } from './echoes';

export interface Span {
  start: number;
  end: number;
}

/** Rule codes. Other tools and tests key on these strings; keep them exactly. */
export const RuleCodes = {
  /** A document number written against GB/T 9704-2012 (〔〕, no leading zero, no 第). */
  docNumberFormat: 'doc-number-format',
  /** The Opinion's title with another number, or its number with another document's title. */
  docNumberMismatch: 'doc-number-mismatch',
  /** A title that means the Opinion but is not its exact title. */
  titleMismatch: 'title-mismatch',
  /** A wrong date of issue attributed to the Opinion. */
  dateMismatch: 'date-mismatch',
  /** A part or section that does not exist. */
  unknownClause: 'unknown-clause',
  /** A clause number and a quoted heading that belong to different clauses. */
  clauseTitleMismatch: 'clause-title-mismatch',
  /** Quoted text attributed to the Opinion that is not in it. */
  misquote: 'misquote',
  /** A figure, year or comparator attributed to the Opinion that differs from it. */
  targetMismatch: 'target-mismatch',
  /** A wrong count of parts, principles, tasks, measures or objective areas. */
  countMismatch: 'count-mismatch',
  /** A short name (《意见》, "the Opinions") used where no citation defines it. */
  aliasUndefined: 'alias-undefined',
  /** The draft's own heading numbers out of sequence (一、 → （一） → 1. → （1）). */
  numberingSequence: 'numbering-sequence',
  /** A passage restated from a source (quoted or not) with a word, figure or negation changed from the source's. */
  copyDrift: 'copy-drift',
} as const;
export type RuleCode = (typeof RuleCodes)[keyof typeof RuleCodes];
export const ALL_RULES: RuleCode[] = Object.values(RuleCodes);

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Level = Severity | 'off';

export const DEFAULT_LEVELS: Record<RuleCode, Severity> = {
  'doc-number-format': 'warning',
  'doc-number-mismatch': 'error',
  'title-mismatch': 'warning',
  'date-mismatch': 'warning',
  'unknown-clause': 'error',
  'clause-title-mismatch': 'error',
  misquote: 'warning',
  'target-mismatch': 'error',
  'count-mismatch': 'warning',
  'alias-undefined': 'hint',
  'numbering-sequence': 'warning',
  'copy-drift': 'warning',
};

export interface ParsedDocNumber {
  agency: string;
  year: number;
  seq: number;
  /** What the draft wrote, for the format check. */
  open: string;
  close: string;
  seqText: string;
  hasDi: boolean;
  lang: Lang;
}

export type DocForm =
  'title' | 'near-title' | 'other-title' | 'number' | 'alias' | 'generic' | 'pronoun' | 'description';

/** A mention of a document: its title, its number, an alias or a pronoun. */
export interface DocMention {
  kind: 'doc';
  span: Span;
  lang: Lang;
  form: DocForm;
  /** The corpus it resolves to; null for a document that is not among the known sources. */
  docId: string | null;
  /** For titles: the title without 《》 and the span of that inner text. */
  title?: { text: string; span: Span };
  number?: ParsedDocNumber;
  /** The title and number written together: 《…》（国发〔2015〕5号）. */
  pairedWith?: DocMention;
  /** An alias this mention defines: （以下简称《意见》）. */
  definesAlias?: { name: string; span: Span };
  /** Alias or generic mention with no citation before it. */
  undefinedAlias?: boolean;
  /** A generic name (《意见》, "the Opinions") with no definition after a sentence citing two documents of its kind:
   *  the citations it could mean (it is resolved to none of them). */
  ambiguousWith?: Span[];
  /** The documents those citations mean, in the same order (null: one not among the sources). */
  ambiguousDocIds?: (string | null)[];
  /** Near title: the corpus it looks like. */
  nearDocId?: string;
}

/** A reference to a part, section, principle or objective. */
export interface ClauseMention {
  kind: 'clause';
  span: Span;
  lang: Lang;
  part?: number;
  section?: number;
  /** A part or section named by words: 主要任务, 基本原则, main tasks … (comparison form). */
  named?: string;
  /** Written at the start of a line like a heading of the draft itself. */
  lineStart: boolean;
  /** 二（四）, II.4: only a citation when a document is named in the same sentence. */
  weak: boolean;
  /** A name of the source's own (市场主导原则, 服务能力大幅提升): links when it exists, never reported when not. */
  quiet?: boolean;
  /** The quoted heading right after it: 第二部分（四）“加强大数据开发与利用”. */
  heading?: Quote;
  /** The heading in the other language given with the first: (“Enhance security protection capabilities” / 提升安全保障能力). */
  also?: Quote;
  docId: string | null;
  /** The corpus node it points to, when it exists. */
  nodeId?: string;
  /** The nearest node that exists (the part when the section does not). */
  nearestNodeId?: string;
}

export interface Quote {
  kind: 'quote';
  span: Span;
  inner: Span;
  text: string;
  lang: Lang;
  docId: string | null;
  /** The clause the quote is attributed to, when it follows one. */
  clauseNodeId?: string;
  /** A node whose heading or name this quote is. */
  headingOf?: string;
  /** Where the quote was found in the source: language and range. */
  found?: SourcePlace;
  /** A heading quoted right after a clause reference (or written there unquoted); false when resolution found it is
   *  words quoted from the clause instead. */
  usedAsHeading?: boolean;
  /** For a heading: how it compares with the cited clause's own heading (see headings.ts). */
  headingCheck?: HeadingCheck;
  /** The quotation reproduces a known error of the text it was copied from (the corpus's errata). */
  erratum?: { span: Span; seed: string; corpus: string; why: Bilingual };
  /** Said to be the document's words (after 指出/提出/states …, or as a clause's heading). */
  attributed?: boolean;
  /** A heading quoted to say where in the document a passage is: 《意见》在“加强人才队伍建设”部分提出…, "in the
   *  'Strengthen …' section of the Opinions". `headingOf` is set when the document has that heading. */
  place?: boolean;
}

/**
 * What a heading quoted after a clause reference is: the clause's own heading (or the name of something inside the
 * clause, or the clause has no heading to compare), another clause's heading, or the clause's own heading copied
 * wrong. A quoted text that is none of these is words quoted from the clause: `usedAsHeading` is then false.
 */
/** How a heading quoted right after a clause number compares with the clause's: its own; another clause's; its own
 *  copied wrong; or a heading-like phrase the source has nowhere (a heading the clause does not have). */
export type HeadingCheck =
  | { verdict: 'own' }
  | { verdict: 'other'; nodeId: string }
  | { verdict: 'near-own' }
  | { verdict: 'unlike'; nearestNodeId?: string };

export type Citation = DocMention | ClauseMention | Quote | Echo;

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: Bilingual;
  edits: TextEdit[];
  /** Safe to apply without looking (fix-all, CLI --fix). */
  safe: boolean;
}

export interface Related {
  docId: string;
  nodeId: string;
  lang: Lang;
  /** A range in the source text, when narrower than the node. */
  range?: SourceRange;
  message: Bilingual;
}

/** What a rule reports: a mistake at a place in the draft, why, where the source says otherwise, and its fixes. */
export interface RuleFinding {
  code: RuleCode;
  span: Span;
  message: Bilingual;
  related: Related[];
  fixes: Fix[];
}

/** A finding of a rule that is on, with the severity its level gives it. */
export interface Finding extends RuleFinding {
  severity: Severity;
}
