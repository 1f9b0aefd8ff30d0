// Scanning: folded draft text in, mentions out. Pure, total (never throws), linear: every pattern has bounded
// repetition and no nested quantifiers, so no input can make it backtrack super-linearly. What is scanned lives in
// one module each: sentences and lines (scan-sentences.ts), document numbers and titles (scan-docs.ts), aliases and
// generic names (scan-aliases.ts), clause references (scan-clauses.ts), quotations (scan-quotes.ts); this module
// runs them over a block and joins the blocks of a draft.
import type { ClauseMention, DocMention, Quote, Span } from './model';
import { shiftedClause, shiftedDoc, shiftedQuote } from './offsets';
import { type Sentences, lineStartsOf, sentenceStarts } from './scan-sentences';
import { scanDescriptions, scanNumbers, scanPlainTitles, scanTitles } from './scan-docs';
import { type EarlierNames, aliasUses, defineAliases, scanGeneric } from './scan-aliases';
import { markLineStarts, scanClauses } from './scan-clauses';
import { scanQuotes } from './scan-quotes';
import { scanTitlesBeforeNumbers } from './scan-references';

export { type Sentences, lineStartsOf, sentenceOf, sentenceStarts } from './scan-sentences';

export interface ScanResult {
  docs: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  sentences: Sentences;
  /** Offsets where a line starts. */
  lineStarts: number[];
}

/** What a block of a draft (a run of paragraphs, see blocks.ts) yields on its own, offsets from its start. */
export interface BlockScan {
  /** Numbers and titles, sorted by start, with the aliases they define. */
  docs: DocMention[];
  /** Generic names and pronouns. */
  generic: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  sentenceStarts: number[];
  lineStarts: number[];
}

/** Scans folded text `f` (same length as `orig`). `plainTitles` are full titles to find outside 《》. */
export function scan(f: string, orig: string, plainTitles: string[]): ScanResult {
  return mergeScans(f, [{ start: 0, scan: scanBlock(f, orig, plainTitles) }]);
}

/** Everything the scanner finds within one block: no pattern reaches past a blank line. */
export function scanBlock(f: string, orig: string, plainTitles: string[]): BlockScan {
  const docs: DocMention[] = [];
  scanNumbers(f, orig, docs);
  scanTitles(f, docs);
  scanPlainTitles(f, plainTitles, docs);
  scanDescriptions(f, docs);
  docs.sort((a, b) => a.span.start - b.span.start);
  scanTitlesBeforeNumbers(f, docs);
  docs.sort((a, b) => a.span.start - b.span.start);
  defineAliases(f, docs);
  const generic = scanGeneric(f);
  const clauses: ClauseMention[] = [];
  scanClauses(f, clauses);
  const quotes: Quote[] = [];
  scanQuotes(f, orig, quotes);
  const lineStarts = lineStartsOf(f);
  markLineStarts(f, clauses, lineStarts);
  return { docs, generic, clauses, quotes, sentenceStarts: sentenceStarts(f).starts, lineStarts };
}

/**
 * Joins the scans of consecutive blocks of `f` (each given with its start offset; block scans are not changed)
 * and adds what needs the whole draft: alias uses after their definition (`earlier`: the names defined before `f`
 * when it is a stretch of a draft), and dropping generic names and clause numbers that lie inside a longer mention.
 */
export function mergeScans(
  f: string,
  blocks: { start: number; scan: BlockScan }[],
  earlier?: EarlierNames,
): ScanResult {
  const docs: DocMention[] = [],
    generic: DocMention[] = [],
    clauses: ClauseMention[] = [],
    quotes: Quote[] = [];
  const sentences: number[] = [],
    lineStarts: number[] = [];
  const addStarts = (to: number[], from: number[], by: number) => {
    for (const x of from) if (to.length === 0 || to[to.length - 1] !== x + by) to.push(x + by);
  };
  for (const { start, scan: b } of blocks) {
    for (const d of b.docs) docs.push(shiftedDoc(d, start));
    for (const d of b.generic) generic.push(shiftedDoc(d, start));
    for (const c of b.clauses) clauses.push(shiftedClause(c, start));
    for (const q of b.quotes) quotes.push(shiftedQuote(q, start));
    addStarts(sentences, b.sentenceStarts, start);
    addStarts(lineStarts, b.lineStarts, start);
  }
  if (!blocks.length) {
    sentences.push(0);
    lineStarts.push(0);
  }
  // A generic mention inside a title or a longer mention is not one of its own.
  const all = dedupe([...docs, ...aliasUses(f, docs, generic, earlier)]);
  const inside = insideAnyOf(all);
  return {
    docs: all,
    clauses: clauses.filter((c) => !inside(c.span)),
    quotes,
    sentences: { starts: sentences },
    lineStarts,
  };
}

/** Whether a span lies inside a mention that names a document. Binary search over the mentions by start with the
 *  running maximum end, so a draft with many clauses and documents stays linear. */
function insideAnyOf(docs: DocMention[]): (s: Span) => boolean {
  const named = docs
    .filter((d) => d.form !== 'pronoun' && d.form !== 'generic' && d.form !== 'alias')
    .sort((a, b) => a.span.start - b.span.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const d of named) {
    max = Math.max(max, d.span.end);
    maxEnd.push(max);
  }
  return (s) => {
    let lo = 0,
      hi = named.length; // count of mentions starting at or before s.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid].span.start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= s.end;
  };
}

function dedupe(list: DocMention[]): DocMention[] {
  // Same place: an alias use or a generic name wins over the bare title 《意见》 it is written as.
  const rank = (d: DocMention) => (d.form === 'alias' ? 0 : d.form === 'generic' || d.form === 'pronoun' ? 1 : 2);
  list.sort(
    (a, b) =>
      a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start) || rank(a) - rank(b),
  );
  const out: DocMention[] = [];
  let end = -1;
  for (const d of list) {
    if (d.span.start < end) {
      // a number inside a title's parentheses is its own mention; anything else inside a longer one is not
      if (d.form !== 'number') continue;
    }
    out.push(d);
    end = Math.max(end, d.span.end);
  }
  return out;
}
