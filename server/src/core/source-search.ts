// Searching a source's text: the heading a quoted heading is closest to, where a quotation is found (its fragments in
// order), and the passage closest to a misquotation. Results depend only on the corpus and the quoted words, so they
// are remembered per corpus.
import { type Corpus, type CorpusNode, type Lang, type SourceRange, nodeText } from './corpus';
import { canon, canonWithMap, similarity } from './text';

export const HEADING_KINDS = new Set(['part', 'section', 'principle', 'objective']);
// Matching a quote or heading against the source is the costly part of a check and depends only on the corpus and
// the quoted words: remember the answers, so re-analysing a draft while it is typed does not redo them.

export const memos = new WeakMap<Corpus, Map<string, unknown>>();

export function memo<T>(c: Corpus, key: string, compute: () => T): T {
  let m = memos.get(c);
  if (!m) {
    m = new Map();
    memos.set(c, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  if (m.size >= 5000) m.clear();
  m.set((' ' + key).slice(1), v); // a copy: a slice of the draft as key would keep the whole draft alive
  return v;
}

export function bestHeading(c: Corpus, quoted: string, lang: Lang): { node: CorpusNode; score: number } | undefined {
  return memo(c, `h\u0000${lang}\u0000${quoted}`, () => bestHeadingOf(c, quoted, lang));
}

export function bestHeadingOf(c: Corpus, quoted: string, lang: Lang): { node: CorpusNode; score: number } | undefined {
  const q = canon(quoted);
  let best: { node: CorpusNode; score: number } | undefined;
  for (const h of c.headings) {
    if (h.lang !== lang || !HEADING_KINDS.has(h.node.kind)) continue;
    const score = h.canon === q ? 1 : similarity(q, h.canon);
    if (!best || score > best.score) best = { node: h.node, score };
  }
  return best;
}

export const sentenceCache = new WeakMap<Corpus, Map<Lang, { node: CorpusNode; canon: string; map: number[] }[]>>();

export function sentencesIn(c: Corpus, lang: Lang): { node: CorpusNode; canon: string; map: number[] }[] {
  let m = sentenceCache.get(c);
  if (!m) {
    m = new Map();
    sentenceCache.set(c, m);
  }
  let list = m.get(lang);
  if (!list) {
    list = [];
    for (const n of c.nodes.values()) {
      if (n.kind !== 'sentence' || n.lang !== lang || !n.range[lang]) continue;
      const { canon: k, map } = canonWithMap(nodeText(c, n, lang));
      list.push({ node: n, canon: k, map: map.map((i) => i + n.range[lang]![0]) });
    }
    m.set(lang, list);
  }
  return list;
}

/** Finds a quote in the source: every fragment between ellipses, in order. */
export function findQuote(c: Corpus, quoted: string, lang: Lang): SourceRange | undefined {
  return memo(c, `q\u0000${lang}\u0000${quoted}`, () => findQuoteIn(c, quoted, lang));
}

export function findQuoteIn(c: Corpus, quoted: string, lang: Lang): SourceRange | undefined {
  const t = c.canonText[lang];
  if (!t) return undefined;
  const frags = quoted
    .split(/……|…|\.\.\.|⋯/)
    .map((s) => canon(s))
    .filter((s) => s.length > 0);
  if (!frags.length) return undefined;
  let from = 0,
    first = -1,
    lastEnd = -1;
  for (const fr of frags) {
    const at = t.canon.indexOf(fr, from);
    if (at < 0) return undefined;
    if (first < 0) first = at;
    lastEnd = at + fr.length;
    from = lastEnd;
  }
  return [t.map[first], t.map[lastEnd - 1] + 1];
}

/** A passage of a source text and how close it is to what was quoted. */
export interface Passage {
  text: string;
  range: SourceRange;
  score: number;
  node: CorpusNode;
}

/** The source passage closest to a misquote: the best sentence, then the best window in it. */
export function closestPassage(c: Corpus, quoted: string, lang: Lang, within?: CorpusNode): Passage | undefined {
  return memo(c, `p\u0000${lang}\u0000${within?.id ?? ''}\u0000${quoted}`, () =>
    closestPassageIn(c, quoted, lang, within),
  );
}

export function closestPassageIn(c: Corpus, quoted: string, lang: Lang, within?: CorpusNode): Passage | undefined {
  const q = canon(quoted);
  if (q.length < 2) return undefined;
  let sents = sentencesIn(c, lang);
  if (within) {
    const r = within.range[lang];
    if (r) {
      const inside = sents.filter((s) => s.node.range[lang]![0] >= r[0] && s.node.range[lang]![1] <= r[1]);
      if (inside.length) sents = inside;
    }
  }
  let best: { s: (typeof sents)[number]; score: number } | undefined;
  for (const s of sents) {
    const score = similarity(q, s.canon);
    if (!best || score > best.score) best = { s, score };
  }
  if (!best) return undefined;
  const s = best.s;
  // Slide windows about the quote's length over the sentence; prefer windows that start and end as the quote does.
  const score = (w: string) => windowScore(q, w);
  let win = { a: 0, b: s.canon.length, score: score(s.canon) };
  if (s.canon.length > q.length) {
    for (const len of [q.length, q.length + 1, q.length - 1, q.length + 2, q.length + 4]) {
      if (len < Math.max(2, q.length - 1) || len > s.canon.length) continue;
      for (let a = 0; a + len <= s.canon.length; a++) {
        const sc = score(s.canon.slice(a, a + len));
        if (sc > win.score) win = { a, b: a + len, score: sc };
      }
    }
  }
  const text = c.data.texts[lang]!;
  const start = s.map[win.a],
    end = s.map[win.b - 1] + 1;
  return { text: text.slice(start, end), range: [start, end], score: win.score, node: parentOf(c, s.node) };
}

/** Similarity of a window to the quote: bigram overlap or, for short quotes, the longest common subsequence,
 *  with a small bonus for a shared beginning and end. */
export function windowScore(q: string, w: string): number {
  let base = similarity(q, w);
  if (q.length <= 30 && w.length <= 40) base = Math.max(base, lcs(q, w) / Math.max(q.length, w.length));
  let pre = 0;
  while (pre < q.length && pre < w.length && q[pre] === w[pre]) pre++;
  let suf = 0;
  while (suf < q.length && suf < w.length && q[q.length - 1 - suf] === w[w.length - 1 - suf]) suf++;
  return base + 0.01 * Math.min(pre + suf, 5);
}

export function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = tmp;
    }
  }
  return row[b.length];
}

export function parentOf(c: Corpus, n: CorpusNode): CorpusNode {
  let p = n;
  while (p.kind === 'sentence' || p.kind === 'paragraph') {
    const up = p.parent ? c.nodes.get(p.parent) : undefined;
    if (!up) break;
    p = up;
  }
  return p;
}
