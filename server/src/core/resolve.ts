// Resolution: decides which document each mention means and attaches clause references, quoted headings and quotes
// to it — the same sentence first, then the citation just before, then an alias in scope — and finishes every fact
// hover, definition, coverage and the rules read: which quoted heading is a heading (headings.ts) and where each
// quotation is in the source. Rules run after it and never change what it returns.
import { type Contexts, contextsOf } from './contexts';
import { attachClauses, addNamedMentions, attachQuotes } from './attach';
import { classifyHeadings, locateQuotes } from './headings';
import type { Library } from './library';
import type { ClauseMention, DocMention, Quote } from './model';
import { type DocState, resolveDocs } from './resolve-docs';
import type { ClauseState } from './attach';
import type { ScanResult } from './scan';
import type { Block } from './blocks';
import { type TargetClaim, type TargetMention, findClaims, findMentions } from './claims';
import { type Echo, findEchoes } from './echoes';
import { DraftLookups } from './lookups';
import { type NameList, findLists, listMentions } from './lists';

export type { Library } from './library';
export { corpusById } from './library';
export type { Context, Contexts } from './contexts';
export { contextAt, firstContextFrom } from './contexts';
import { Tables } from './tables';
import { TableDocs, namedDocs } from './table-rows';
export { locateClause } from './attach';

export interface Resolved {
  docs: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  /** Known-document contexts (doc mentions and attached clauses) in text order. */
  contexts: Contexts;
  scan: ScanResult;
  /** Statements of known documents' targets attributed to them (claims.ts). */
  claims: TargetClaim[];
  /** Targets' subjects named in sentences attributed to their documents, with or without a figure (coverage). */
  mentions: TargetMention[];
  /** Passages restated from a source, quoted or not (echoes.ts). */
  echoes: Echo[];
  /** Lists of a source's principles, tasks or measures said to be its own (lists.ts); their names are in `clauses`. */
  lists: NameList[];
}

/** The look-ups made while resolving a draft, for the rules to reuse (kept beside the resolution, not in it: a
 *  resolution is plain data). */
const lookups = new WeakMap<Resolved, DraftLookups>();
export function lookupsOf(r: Resolved): DraftLookups {
  return lookups.get(r)!;
}

/** What resolving a stretch of a draft reads from the rest of it (segments.ts); resolve leaves in `docs` what the
 *  stretch itself defines and cites last. */
export interface Carry {
  docs: DocState;
  clauses: ClauseState;
}

export function resolve(lib: Library, s: ScanResult, f: string, blocks?: Block[], carry?: Carry): Resolved {
  resolveDocs(lib, s.docs, f, carry?.docs);
  const clauses = addNamedMentions(lib, f, s, blocks).sort((a, b) => a.span.start - b.span.start);
  const tables = new Tables(f, s.lineStarts);
  const td = new TableDocs(f, tables, namedDocs(lib, s.docs));
  attachClauses(lib, s, f, s.docs, clauses, td, carry?.clauses);
  const contexts = contextsOf(lib, s, clauses);
  const quotes = attachQuotes(lib, s, f, clauses, contexts, td);
  classifyHeadings(lib, clauses);
  locateQuotes(lib, quotes);
  // passages restated from a source, but not those inside an attributed quotation or a title (they are citations)
  const cited = [
    ...quotes.filter((q) => q.attributed && q.docId && !q.usedAsHeading).map((q) => q.span),
    ...s.docs.filter((d) => d.title).map((d) => d.span),
  ];
  const echoes = findEchoes(lib, blocks ?? [{ start: 0, f, derived: new WeakMap() }], cited);
  const look = new DraftLookups(lib, f, s, contexts, td, blocks);
  // names in lists link to their clauses, but govern nothing after them: they are not contexts
  const lists = findLists(look, s.quotes);
  const named = listMentions(lists, clauses, quotes, f);
  const r: Resolved = {
    docs: s.docs,
    clauses: named.length ? [...clauses, ...named].sort((a, b) => a.span.start - b.span.start) : clauses,
    quotes,
    contexts,
    scan: s,
    claims: findClaims(look),
    mentions: findMentions(look),
    echoes,
    lists,
  };
  lookups.set(r, look);
  return r;
}
