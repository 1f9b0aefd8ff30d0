// Searching a source's text: the heading a quoted heading is closest to, where a quotation is found (its fragments in
// order), and the passage closest to a misquotation. Results depend only on the corpus and the quoted words, so they
// are remembered per corpus.
import { type Corpus, type CorpusNode, type Lang, type SourceRange, nodeAt, nodeText } from './corpus';
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

/**
 * Whether every item of a quoted list is in one section of the source (市场主导、统筹协调… in the basic principles; the
 * areas of the big-data demonstrations in Part II (4)): a list whose items are each somewhere in the source, but not
 * together, has an item from elsewhere ("e-government" for "e-commerce"). A list of headings or names of one part is
 * whole as it is.
 */
export function itemsInOneSection(c: Corpus, items: string[], lang: Lang): boolean {
  return memo(c, `l\u0000${lang}\u0000${items.join('\u0001')}`, () => {
    const t = c.canonText[lang];
    if (!t) return false;
    // a list of headings or names of one kind (the six tasks' headings, the principles) takes each from its own place
    const parents = new Set(
      items.map((x) => c.headings.find((h) => h.lang === lang && h.canon === canon(x))?.node.parent ?? '\u0000none'),
    );
    if (parents.size === 1 && !parents.has('\u0000none')) return true;
    let common: Set<string> | undefined;
    for (const item of items) {
      const x = canon(item);
      if (!x) continue;
      const here = new Set<string>();
      for (let at = t.canon.indexOf(x); at >= 0 && here.size < 50; at = t.canon.indexOf(x, at + 1)) {
        const start = t.map[at],
          end = t.map[at + x.length - 1] + 1;
        for (let n = nodeAt(c, lang, start, end); n; n = n.parent ? c.nodes.get(n.parent) : undefined)
          if (n.kind === 'section' || n.kind === 'preamble' || n.kind === 'closing') here.add(n.id);
      }
      common = common ? new Set([...common].filter((id) => here.has(id))) : here;
      if (!common.size) return false;
    }
    return !!common?.size;
  });
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
  const text = c.data.texts[lang]!;
  // The sentence holding the closest stretch of about the quote's length, not the sentence closest as a whole: a
  // quotation of a few words from a long sentence is closer to those words than to a short sentence elsewhere. The
  // stretches are looked at in the few sentences holding most of the quote's bigrams, and the closest whole one.
  const grams = [...new Set(bigrams(q).keys())];
  const ranked = sents
    .map((s) => ({
      s,
      // a sentence much longer than the quote is never the closest as a whole
      whole: s.canon.length <= q.length * 3 + 10 ? similarity(q, s.canon) : 0,
      held: held(grams, bigramSet(c, lang, s.node.id, s.canon)),
    }))
    .sort((x, y) => y.held - x.held || y.whole - x.whole);
  const byWhole = ranked.reduce((m, x) => (x.whole > m.whole ? x : m), ranked[0]);
  let best: { s: (typeof sents)[number]; score: number } | undefined;
  for (const x of new Set([...ranked.slice(0, 4), byWhole])) {
    if (!x) continue;
    let score = x.whole;
    // a stretch holds no more of the quote than its sentence does: a sentence holding less than the best so far is
    // not searched
    if (x.s.canon.length > q.length + 8 && (!best || x.held > best.score)) {
      const { starts, ends } = phraseBounds(text, x.s.canon, x.s.map, lang);
      let e = 0;
      for (const a of starts) {
        while (e < ends.length - 1 && ends[e] < a + q.length) e++;
        score = Math.max(score, similarity(q, x.s.canon.slice(a, ends[e])));
      }
    }
    if (!best || score > best.score) best = { s: x.s, score };
  }
  if (!best) return undefined;
  const s = best.s;
  // Windows over the sentence that start and end between words (English) or anywhere but inside a number or a Latin
  // word (Chinese): the passage shown is never cut mid-word or mid-number. Windows that start and end where a clause
  // does rank a little higher ("…reform trials", not "…reform trials, roll"; a whole clause of Chinese).
  const score = (w: string) => windowScore(q, w);
  const { starts, ends, clause } = phraseBounds(text, s.canon, s.map, lang);
  const bonus = lang === 'zh' ? 0.05 : 0.025;
  const rank = (a: number, b: number, sc: number) => sc + (clause.has(a) ? bonus : 0) + (clause.has(b) ? bonus : 0);
  let win = { a: 0, b: s.canon.length, score: score(s.canon) };
  let top = rank(0, s.canon.length, win.score);
  const consider = (a: number, b: number) => {
    const sc = score(s.canon.slice(a, b));
    const r = rank(a, b, sc);
    if (r > top) [win, top] = [{ a, b, score: sc }, r];
  };
  // Stretches of about the quote's length (whole words in English; Chinese has a bound at nearly every character),
  // then runs of whole clauses of any length: a few hundred windows a sentence.
  const most = q.length * 2 + 12;
  let lo = 0;
  for (const a of starts) {
    while (lo < ends.length && ends[lo] <= a) lo++;
    for (let j = lo; j < ends.length && ends[j] - a <= most; j++) {
      const len = ends[j] - a;
      if (lang === 'zh' ? len < q.length - 2 || len > q.length + 4 : len < q.length * 0.6 || len > q.length * 1.6 + 8)
        continue;
      consider(a, ends[j]);
    }
  }
  const clauses = [...clause].sort((x, y) => x - y);
  for (let i = 0; i < clauses.length; i++)
    for (let j = i + 1; j < clauses.length; j++) consider(clauses[i], clauses[j]);
  // A quotation of several clauses or list items that leaves the source in its last ones ("…，完善个人信息保护";
  // "…, e-government"): show as many of the source's, from the same start, so the drafter sees what it says there.
  const items = (quoted.match(SEPARATORS) ?? []).length;
  const seps = (a: number, b: number) => (text.slice(s.map[a], s.map[b - 1] + 1).match(SEPARATORS) ?? []).length;
  if (items > 0 && seps(win.a, win.b) < items) {
    let b = win.b;
    for (const e of ends) {
      if (e <= win.b) continue;
      if (seps(win.a, e) > items) break;
      b = e;
    }
    if (seps(win.a, b) === items) win = { a: win.a, b, score: score(s.canon.slice(win.a, b)) };
  }
  const start = s.map[win.a],
    end = s.map[win.b - 1] + 1;
  return { text: text.slice(start, end), range: [start, end], score: win.score, node: parentOf(c, s.node) };
}

/** The bigrams of a string, counted. */
function bigrams(q: string): Map<number, number> {
  const g = new Map<number, number>();
  for (let i = 0; i + 1 < q.length; i++) {
    const k = q.charCodeAt(i) * 65536 + q.charCodeAt(i + 1);
    g.set(k, (g.get(k) ?? 0) + 1);
  }
  return g;
}

/** The share of the quote's distinct bigrams a sentence holds. */
function held(grams: number[], set: Set<number>): number {
  let n = 0;
  for (const g of grams) if (set.has(g)) n++;
  return grams.length ? n / grams.length : 0;
}

const bigramSets = new WeakMap<Corpus, Map<string, Set<number>>>();

/** A sentence's distinct bigrams, built once per corpus. */
function bigramSet(c: Corpus, lang: Lang, id: string, t: string): Set<number> {
  let m = bigramSets.get(c);
  if (!m) bigramSets.set(c, (m = new Map()));
  const key = `${lang}\u0000${id}`;
  let set = m.get(key);
  if (!set) m.set(key, (set = new Set(bigrams(t).keys())));
  return set;
}

/** English words a passage does not end on. */
const DANGLING = /(?:^|[^a-z])(?:the|a|an|of|and|or|to|in|for|with|by|on|at|as|its|their)$/i;

/** What separates clauses and list items. */
const SEPARATORS = /[，,、；;]/g;

/** Where a passage may start and end in a sentence's canonical form (offsets into it, from `map` to the source):
 *  English at word boundaries, Chinese at punctuation between clauses; the sentence's own ends always. */
function phraseBounds(
  text: string,
  canonText: string,
  map: number[],
  lang: Lang,
): { starts: number[]; ends: number[]; clause: Set<number> } {
  const starts = [0],
    ends: number[] = [];
  const clause = new Set<number>([0, map.length]);
  const alnum = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);
  for (let k = 1; k < map.length; k++) {
    const between = text.slice(map[k - 1] + 1, map[k]);
    // a full stop before a digit is a decimal point (1.5): the next unit is looked at for it
    const stop = /[，,、；;：:。！？!?()"“”—–]|\.(?!\d)/.test(text.slice(map[k - 1] + 1, map[k] + 1));
    const inWord = alnum(canonText[k - 1]) && alnum(canonText[k]) && !/\s/.test(between);
    const bound =
      lang === 'en'
        ? stop || (/\s/.test(between) && !/^[-'’]$/.test(between))
        : stop || (!inWord && !between.includes('.'));
    if (!bound) continue;
    starts.push(k);
    // an English passage does not end on a word that needs the next one (the, of, and …)
    if (lang !== 'en' || stop || !DANGLING.test(text.slice(Math.max(0, map[k - 1] - 5), map[k - 1] + 1))) ends.push(k);
    if (stop) clause.add(k);
  }
  ends.push(map.length);
  return { starts, ends, clause };
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
