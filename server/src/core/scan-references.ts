// English titles written right before an English document number, as reference lists, footnotes and prose cite
// documents: *Title*, GF No. (2015)5 · "Title." GF No. (2015)5 · State Council, Title, Guofa [2015] No. 5 ·
// Title (GF No. (2015)40). Chinese titles need no such help: 《》 marks them. A title found here is an ordinary title
// mention; resolution decides which document it names and whether it goes with the number.
import type { DocMention } from './model';

/** How far before a number a title may start. */
const LOOK_BACK = 260;

/**
 * What stands between a title and its number in a reference: the title's closing mark and stop, a document type
 * ([Z], [EB/OL]), the issuer, an opening bracket. Resolution pairs a title and a number across the same gap.
 */
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DATE = `(?:\\d{1,2}[ \\t]${MONTH}[ \\t]\\d{4}|${MONTH}[ \\t]\\d{1,2},[ \\t]\\d{4}|\\d{4}(?:-\\d\\d-\\d\\d|[a-z])?)`;
const ISSUER = `(?:the[ \\t]{1,2})?State[ \\t]{1,2}Council(?:[ \\t]{1,2}of[ \\t]{1,2}the[ \\t]{1,2}People['’]s[ \\t]{1,2}Republic[ \\t]{1,2}of[ \\t]{1,2}China)?`;
export const REFERENCE_GAP = new RegExp(
  `(?:[.,]?[*_"”’]{1,2})?[ \\t]{0,2}(?:\\[[A-Z/]{1,6}\\][ \\t]{0,2})?[.,]?[ \\t]{0,2}(?:\\(?(?:${ISSUER}[,.]?[ \\t]{0,2})?(?:${DATE}[,.;]?[ \\t]{0,2})?)?[([]?[ \\t]{0,2}$`,
);

/** Longer than any gap REFERENCE_GAP matches (marks, a document type, the issuer's longest name, a date). */
const GAP_REACH = 160;

/** A title written plain: it opens with the kind of document it is and runs to the gap. */
const PLAIN =
  /(?<!(?:Implementation|Implementing|Provincial|Municipal|City|County)[ \t]{1,2})\b((?:Guiding[ \t]{1,2})?(?:Opinions?|Notice|Circular|Decision|Guidelines?|Action[ \t]{1,2}(?:Outline|Plan)|Outline|Plan|Measures|Provisions|Regulations)\b[^.;()\n*_]{10,240}?)$/;

/** A title in italics or quotation marks, whatever it opens with. */
const MARKED = /(?:\*{1,2}|_|"|“)([A-Z][^*_"“”\n]{15,240}?)[.,]?$/;

/** Words a title leaves in lower case. */
const SMALL = /^(?:a|an|the|of|on|in|for|and|or|to|by|at|with|concerning|regarding|about|from|into|its)$/;

/** Whether a phrase is written as a title: its words, small ones aside, mostly capitalised. */
function titleCased(s: string): boolean {
  const words = s.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const big = words.filter((w) => !SMALL.test(w.toLowerCase()));
  return big.length >= 3 && big.filter((w) => /^[A-Z]/.test(w)).length >= big.length * 0.75;
}

/** Adds the English titles written right before English document numbers in `f` (mentions sorted by start). */
export function scanTitlesBeforeNumbers(f: string, docs: DocMention[]): void {
  const found: DocMention[] = [];
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    if (d.form !== 'number') continue;
    // the title is on the number's line (looked for within the look-back only: a paragraph of numbers stays linear)
    const win = f.slice(Math.max(0, d.span.start - LOOK_BACK), d.span.start);
    const from = d.span.start - win.length + win.lastIndexOf('\n') + 1;
    const before = f.slice(from, d.span.start);
    // both title patterns need a capital letter (a line of Chinese numbers has none: nothing to try)
    if (!/[A-Z]/.test(before)) continue;
    // the gap is at most GAP_REACH long: tried on the end of the line only (every start of a long line costs the same)
    const cut = Math.max(0, before.length - GAP_REACH);
    const gap = REFERENCE_GAP.exec(cut ? before.slice(cut) : before)!;
    const head = before.slice(0, cut + gap.index);
    const m = PLAIN.exec(head) ?? (/^[.,]?[*_"”’]/.test(gap[0]) ? MARKED.exec(head) : null);
    if (!m || !titleCased(m[1])) continue;
    const title = m[1].replace(/[ \t,]+$/, '');
    const start = from + m.index + m[0].indexOf(m[1]);
    const span = { start, end: start + title.length };
    // a title the title patterns found already, or the number of another mention inside it
    if (overlapsBefore(docs, i, span)) continue;
    found.push({ kind: 'doc', span, lang: 'en', form: 'other-title', docId: null, title: { text: title, span } });
  }
  for (const t of found) docs.push(t);
}

/** Whether a mention listed before `docs[i]` (sorted by start) overlaps `span`, which ends before it: only those
 *  starting within the look-back can, so a draft dense with numbers stays linear. */
function overlapsBefore(docs: DocMention[], i: number, span: { start: number; end: number }): boolean {
  for (let k = i - 1; k >= 0 && docs[k].span.start > span.start - 2 * LOOK_BACK; k--)
    if (docs[k].span.start < span.end && docs[k].span.end > span.start) return true;
  return false;
}
