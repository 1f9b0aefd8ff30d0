// Headings written with a clause reference, part of resolution (attach.ts): a quoted heading right after it
// (第二部分（四）“加强大数据开发与利用”, Section II.5, entitled "…"), a heading written there unquoted in tables and
// lists (二（五）统筹布局云计算基础设施, Section II.5 (Enhance security protection capabilities)), and a second heading
// in the other language given with the first (Section II.5 ("Enhance security protection capabilities" / 提升安全保障能力)).
import { type Library, corpusById } from './library';
import type { ClauseMention, Quote } from './model';
import type { ScanResult } from './scan';
import { canon, hasCjk } from './text';

/** What may stand between a clause reference and its quoted heading. */
const HEADING_GAP =
  /^[ \t]{0,2}(?:[(:：,–—-]|--)?[ \t]{0,2}(?:即|namely|i\.e\.,?|(?:which\s{1,2}is\s{1,2})?(?:entitled|titled|headed|captioned))?[ \t]{0,2}$/i;

/** What may stand before an unquoted heading. */
const UNQUOTED_LEAD = /^[ \t]{0,2}(?:[:：(–—-]|--)?[ \t]{0,2}/;

/** Between a heading and its translation: " / ", "／". */
const SLASH = /^[ \t]{0,2}[/／|][ \t]{0,2}/;

/** Marks the headings written with clause references and returns those that are not scanned quotations (unquoted
 *  headings, and the second language of a heading written in one pair of quotation marks). */
export function attachHeadings(lib: Library, s: ScanResult, f: string, clauses: ClauseMention[]): Quote[] {
  const out: Quote[] = [];
  let qi = 0;
  const quotes = s.quotes;
  for (const c of clauses) {
    if (!c.docId) continue;
    while (qi < quotes.length && quotes[qi].span.start < c.span.end) qi++;
    const q = quotes[qi];
    if (!q) break;
    if (!HEADING_GAP.test(withoutDocument(s, f, c.span.end, q.span.start))) continue;
    asHeading(q, c);
    c.heading = q;
    const pair = splitPair(q, c);
    const also = pair ?? secondHeading(lib, f, quotes[qi + 1], c, q.span.end);
    if (also) {
      c.also = also;
      if (also !== quotes[qi + 1]) out.push(also);
    }
  }
  for (const c of clauses) {
    if (!c.docId || c.heading || c.section === undefined) continue;
    const lead = UNQUOTED_LEAD.exec(f.slice(c.span.end, c.span.end + 6))![0].length;
    const q = unquotedHeading(lib, f, c, c.span.end + lead);
    if (!q) continue;
    c.heading = q;
    out.push(q);
    const also = secondHeading(lib, f, undefined, c, q.span.end);
    if (also) {
      c.also = also;
      out.push(also);
    }
  }
  // 1️⃣ 第二部分（六）加强网络安全保障: a list line of a reference and a phrase, which is no heading of the document
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (!c.docId || c.heading || c.section === undefined || c.lang !== 'zh' || !opensLine(f, c)) continue;
    const q = lineHeading(lib, f, clauses, i);
    if (!q) continue;
    c.heading = q;
    out.push(q);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The phrase that ends a list line after a clause reference: no sentence in it, 4 to 24 characters. */
const LINE_PHRASE =
  /^[ \t]{0,2}[:：]?[ \t]{0,2}([^\s，。；：,;:!?！？“”"「」《》（）()、]{4,24}?)[ \t]{0,2}[。.]?[ \t]*(?:\n|$)/;
/** How far a sibling item of the same list may stand. */
const LIST_REACH = 400;

/** Whether a reference opens its line, after list marks, emoji or an item number at most (1️⃣, -, 3.). */
function opensLine(f: string, c: ClauseMention): boolean {
  const from = Math.max(0, c.span.start - 12);
  const before = f.slice(from, c.span.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  return !/\p{L}/u.test(before.slice(nl + 1));
}

/**
 * The phrase after a clause reference that stands alone on its line — 1️⃣ 第二部分（六）加强网络安全保障 — as the
 * heading it gives that section, when it is close to that section's heading or when a nearby line of the list gives
 * its own section's heading to the letter, unquoted. The rule then compares it.
 */
function lineHeading(lib: Library, f: string, clauses: ClauseMention[], i: number): Quote | undefined {
  const c = clauses[i];
  const m = LINE_PHRASE.exec(f.slice(c.span.end, c.span.end + 40));
  if (!m || !/^[\u3400-\u9fff]/.test(m[1])) return undefined;
  const at = c.span.end + m[0].indexOf(m[1]);
  const own = c.nodeId ? corpusById(lib, c.docId)?.nodes.get(c.nodeId)?.heading?.zh : undefined;
  const sibling = (x: ClauseMention) =>
    x.docId === c.docId &&
    !!x.heading &&
    x.heading.inner.start === x.heading.span.start &&
    x.heading.span.start - x.span.end <= 2 &&
    opensLine(f, x);
  let near = false;
  for (let k = i - 1; k >= 0 && !near && c.span.start - clauses[k].span.start <= LIST_REACH; k--)
    near = sibling(clauses[k]);
  for (let k = i + 1; k < clauses.length && !near && clauses[k].span.start - c.span.start <= LIST_REACH; k++)
    near = sibling(clauses[k]);
  if (!near && !(own && dice(canon(m[1]), canon(own)) >= 0.3)) return undefined;
  const q: Quote = {
    kind: 'quote',
    span: { start: at, end: at + m[1].length },
    inner: { start: at, end: at + m[1].length },
    text: m[1],
    lang: 'zh',
    docId: null,
  };
  asHeading(q, c);
  return q;
}

/** The share of character pairs two strings have in common (Dice's coefficient over bigrams). */
function dice(a: string, b: string): number {
  const pairs = (s: string) => {
    const out: string[] = [];
    for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
    return out;
  };
  const x = pairs(a),
    y = pairs(b);
  if (!x.length || !y.length) return 0;
  const left = [...y];
  let both = 0;
  for (const p of x) {
    const k = left.indexOf(p);
    if (k >= 0) {
      both++;
      left.splice(k, 1);
    }
  }
  return (2 * both) / (x.length + y.length);
}

/** "of the Opinions", "of GF No. (2015)5", "of the Opinions (GF No. (2015)5)": the document an English clause
 *  reference names after it, between the reference and its heading. */
const OF_DOCUMENT = /^[ \t]{1,2}(?:of|in|under)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

/** The gap between a clause reference and a quotation, with the document the reference names after it taken out
 *  (Section II.5 of the Opinions ("…")): what is left must be a heading's gap. Mentions are sorted by start; the
 *  search starts at the gap, so the draft is read once per clause at most over the gap's own mentions. */
function withoutDocument(s: ScanResult, f: string, from: number, to: number): string {
  const gap = f.slice(from, to);
  if (gap.length > 80 || !/^[ \t]{1,2}(?:of|in|under)[ \t]/i.test(gap)) return gap;
  let lo = 0,
    hi = s.docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.docs[mid].span.start < from) lo = mid + 1;
    else hi = mid;
  }
  const first = s.docs[lo];
  if (!first || first.span.end > to || !OF_DOCUMENT.test(f.slice(from, first.span.start))) return gap;
  let end = first.span.end;
  // the document's number in parentheses after its name
  const next = s.docs[lo + 1];
  if (
    next &&
    next.form === 'number' &&
    next.span.end <= to &&
    /^[ \t]{0,2}[(,;][ \t]{0,2}$/.test(f.slice(end, next.span.start))
  )
    end = /^[ \t]{0,2}\)/.test(f.slice(next.span.end, to)) ? f.indexOf(')', next.span.end) + 1 : next.span.end;
  return f.slice(end, to);
}

function asHeading(q: Quote, c: ClauseMention): void {
  q.usedAsHeading = true;
  q.attributed = true;
  q.docId = c.docId;
  q.clauseNodeId = c.nodeId ?? c.nearestNodeId;
}

/** The heading after a slash that follows the first: quoted (the next quotation) or, to the letter, unquoted. */
function secondHeading(
  lib: Library,
  f: string,
  next: Quote | undefined,
  c: ClauseMention,
  after: number,
): Quote | undefined {
  const slash = SLASH.exec(f.slice(after, after + 8));
  if (!slash) return undefined;
  const at = after + slash[0].length;
  if (next && next.span.start === at) {
    asHeading(next, c);
    return next;
  }
  return unquotedHeading(lib, f, c, at);
}

/** "Enhance security protection capabilities / 提升安全保障能力" in one pair of quotation marks: the first language is
 *  the heading, the second its translation. */
function splitPair(q: Quote, c: ClauseMention): Quote | undefined {
  const m = /^(.+?)[ \t]{0,2}[/／|][ \t]{0,2}(.+)$/.exec(q.text);
  if (!m || hasCjk(m[1]) === hasCjk(m[2])) return undefined;
  const left = m[1].trimEnd();
  const rightAt = q.inner.start + m[0].length - m[2].length;
  q.text = left;
  q.inner = { start: q.inner.start, end: q.inner.start + left.length };
  q.lang = hasCjk(left) ? 'zh' : 'en';
  const second: Quote = {
    kind: 'quote',
    span: { start: rightAt, end: rightAt + m[2].length },
    inner: { start: rightAt, end: rightAt + m[2].length },
    text: m[2],
    lang: hasCjk(m[2]) ? 'zh' : 'en',
    docId: null,
  };
  asHeading(second, c);
  return second;
}

/** The text at `at` when it is, to the letter, a heading of the cited document. */
function unquotedHeading(lib: Library, f: string, c: ClauseMention, at: number): Quote | undefined {
  const corpus = corpusById(lib, c.docId);
  if (!corpus) return undefined;
  // the first character that counts tells most headings apart: one comparison form per reference, not one per heading
  const head = canon(f.slice(at, at + 8))[0];
  if (head === undefined) return undefined;
  let best: { h: (typeof corpus.headings)[number]; end: number } | undefined;
  for (const h of corpus.headings) {
    if (h.canon[0] !== head || (h.node.kind !== 'section' && h.node.kind !== 'part')) continue;
    const text = h.node.heading![h.lang];
    const end = at + text.length;
    if (end > f.length || (best && text.length <= best.end - at)) continue;
    if (canon(f.slice(at, end)) === h.canon && !/[\w\u3400-\u9fff]/.test(h.lang === 'en' ? (f[end] ?? '') : ''))
      best = { h, end };
  }
  if (!best) return undefined;
  const q: Quote = {
    kind: 'quote',
    span: { start: at, end: best.end },
    inner: { start: at, end: best.end },
    text: f.slice(at, best.end),
    lang: best.h.lang,
    docId: null,
  };
  asHeading(q, c);
  return q;
}
