// Echoes: passages of a draft that restate a passage of a source nearly word for word — quoted or not, cited or not —
// aligned with the words they restate. Part of resolution: hover, definition, references and coverage read echoes
// like other citations, and the copy-drift rule reads their differences.
//
// Method (chosen by measurement, see BENCHMARKS.md): n-gram seeds of the comparison form (echo-text.ts) looked up in
// each source's index, extended to maximal exact runs, chained in order along both texts (the draft's own words
// between copied runs, and omissions from the source, are gaps in the chain), then a token diff (jsdiff's diffArrays:
// Chinese characters, English words) of each chained window gives the differences. Per block of the draft, so an
// edit re-aligns only the blocks it touches (blocks.ts keeps the result with the block).
import { diffArrays } from 'diff';
import type { Corpus, Lang, SourcePlace, SourceRange } from './corpus';
import { nodeAt } from './corpus';
import { EchoText, GRAM, SourceIndex, echoText, gramHash, isCjk, sourceIndex } from './echo-text';
import type { Library } from './library';
import type { Block } from './blocks';
import type { Span } from './model';

/** One stretch of an echo: words the same in both, changed, added by the draft, or omitted from the source. */
export interface EchoOp {
  op: 'same' | 'changed' | 'added' | 'omitted';
  /** Where it is in the draft (empty for an omission: the place it would be). */
  draft: Span;
  /** Where it is in the source (empty for an addition). */
  source: SourceRange;
  /** The draft's words (folded), for a change or an addition. */
  text?: string;
}

/** A passage of the draft that restates a passage of a source. */
export interface Echo {
  kind: 'echo';
  span: Span;
  lang: Lang;
  docId: string;
  /** The finest node of the source holding the restated words (a paragraph, objective, principle or section). */
  nodeId: string;
  /** The restated words in the source. */
  source: SourcePlace;
  ops: EchoOp[];
  /** Characters (Chinese) or letters (English) the draft has exactly as the source has them. */
  matched: number;
}

/** At least this many units copied exactly make an echo (15+ characters of Chinese, 8+ words of English in all). */
const MIN_MATCH: Record<Lang, number> = { zh: 12, en: 40 };
/** A chain of runs this long is aligned to see whether the words where it ends make it an echo. */
const MIN_CHAIN: Record<Lang, number> = { zh: 8, en: 30 };
/** The draft's own words between two copied runs, and the source's words left out, at most. */
const MAX_ADDED: Record<Lang, number> = { zh: 16, en: 48 };
const MAX_OMITTED: Record<Lang, number> = { zh: 60, en: 200 };
/** An echo restates a passage, not a chapter: a chain longer than this in the draft is cut (and the diff of its
 *  window stays cheap whatever the draft holds). */
const MAX_SPAN: Record<Lang, number> = { zh: 400, en: 1600 };
/** The diff of a window gives up beyond this many differing tokens: no passage that different is an echo. */
const MAX_EDIT = 80;

/** Seeds are looked up every STEP units: a run of GRAM + STEP - 1 units always holds one. */
const STEP: Record<Lang, number> = { zh: 3, en: 6 };

interface Run {
  line: number;
  /** Where the best chain ending with this run starts in the draft. */
  from: number;
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  score: number;
  prev: number;
  used: boolean;
}

/**
 * The echoes of a draft, block by block: a block's echoes are kept with the block (they depend on its text and the
 * library only), so an edit re-aligns the blocks it touches. Echoes mostly inside `skip` (attributed quotations, which
 * the misquote rule reads; titles, which are citations of the document) are left out.
 */
export function findEchoes(
  lib: Library,
  blocks: readonly Pick<Block, 'start' | 'f' | 'derived'>[],
  skip: readonly Span[],
): Echo[] {
  const out: Echo[] = [];
  for (const b of blocks) {
    let list = b.derived.get(lib) as Echo[] | undefined;
    if (!list) b.derived.set(lib, (list = blockEchoes(lib, b.f)));
    for (const e of list) out.push(b.start === 0 ? copyEcho(e, 0) : copyEcho(e, b.start));
  }
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  let k = 0;
  return out.filter((e) => {
    while (k < sorted.length && sorted[k].end <= e.span.start) k++;
    let covered = 0;
    for (let x = k; x < sorted.length && sorted[x].start < e.span.end; x++)
      covered += Math.min(sorted[x].end, e.span.end) - Math.max(sorted[x].start, e.span.start);
    return covered * 2 < e.span.end - e.span.start;
  });
}

/** A copy moved `by` units: the block's own list stays as it is for the next analysis. */
function copyEcho(e: Echo, by: number): Echo {
  const move = (s: Span): Span => ({ start: s.start + by, end: s.end + by });
  return { ...e, span: move(e.span), ops: e.ops.map((o) => ({ ...o, draft: move(o.draft) })) };
}

/** The echoes of one block of folded text (offsets from the block's start). */
export function blockEchoes(lib: Library, f: string): Echo[] {
  if (f.length < 8) return [];
  const d = echoText(f);
  // the line each unit is on: runs of different lines never chain
  const line = new Int32Array(d.s.length);
  for (let i = 1, l = 0; i < d.s.length; i++) line[i] = d.brk[i] === 3 ? ++l : l;
  const out: Echo[] = [];
  for (const c of lib.corpora)
    for (const lang of ['zh', 'en'] as Lang[]) {
      const idx = sourceIndex(c, lang);
      if (!idx) continue;
      for (const chain of chains(exactRuns(d, line, idx, lang), lang)) {
        const e = echoOf(c, f, d, idx, chain, lang);
        if (e) out.push(e);
      }
    }
  return withoutOverlaps(out);
}

/**
 * Where echoes of several source passages cover the same words of the draft, the one with most words copied. Echoes
 * are compared within groups that overlap one another (sorted by start, a group ends where no echo reaches further),
 * so a long paragraph of separate echoes costs its length, not its length squared.
 */
function withoutOverlaps(echoes: Echo[]): Echo[] {
  const byStart = [...echoes].sort((a, b) => a.span.start - b.span.start);
  const out: Echo[] = [];
  for (let i = 0; i < byStart.length;) {
    let j = i + 1,
      reach = byStart[i].span.end;
    while (j < byStart.length && byStart[j].span.start < reach) reach = Math.max(reach, byStart[j++].span.end);
    const group = byStart.slice(i, j).sort((a, b) => b.matched - a.matched || a.span.start - b.span.start);
    const kept: Echo[] = [];
    for (const e of group) {
      const len = e.span.end - e.span.start;
      // a group can only be long when its echoes chain along: then the few kept last are the ones it can touch
      const near = kept.length > 32 ? kept.slice(-32) : kept;
      if (!near.some((k) => Math.min(k.span.end, e.span.end) - Math.max(k.span.start, e.span.start) > len / 2))
        kept.push(e);
    }
    for (const e of kept) out.push(e);
    i = j;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Maximal runs the draft and the source share, found from n-gram seeds. */
function exactRuns(d: EchoText, line: Int32Array, idx: SourceIndex, lang: Lang): Run[] {
  const q = GRAM[lang];
  const src = idx.text.s;
  const s = d.s;
  const runs: Run[] = [];
  // the end of the last run on each diagonal (j - i): a seed inside it adds nothing
  const reach = new Map<number, number>();
  const wanted = lang === 'zh' ? isCjk : (c: number) => !isCjk(c);
  for (let i = 0; i + q <= s.length; i += STEP[lang]) {
    if (!wanted(s.charCodeAt(i))) continue;
    const h = gramHash(s, i, q);
    if (!(idx.bits[(h >>> 3) & 0x1ffff] & (1 << (h & 7)))) continue;
    const hits = idx.grams.get(h);
    if (!hits) continue;
    // the nearest end of a run through this seed, over the places it really matches
    let covered = Infinity;
    for (const j of hits) {
      const known = reach.get(j - i) ?? -1;
      if (known > i) {
        covered = Math.min(covered, known);
        continue;
      }
      let k = 0;
      while (k < q && s.charCodeAt(i + k) === src.charCodeAt(j + k)) k++;
      if (k < q) continue; // a hash collision
      // an echo stays within a line (a paragraph) of the draft
      let inLine = true;
      for (let x = 1; x < q; x++) if (d.brk[i + x] === 3) inLine = false;
      if (!inLine) continue;
      let i0 = i,
        j0 = j;
      while (i0 > 0 && j0 > 0 && d.brk[i0] !== 3 && s.charCodeAt(i0 - 1) === src.charCodeAt(j0 - 1)) {
        i0--;
        j0--;
      }
      let i1 = i + q,
        j1 = j + q;
      while (i1 < s.length && j1 < src.length && d.brk[i1] !== 3 && s.charCodeAt(i1) === src.charCodeAt(j1)) {
        i1++;
        j1++;
      }
      reach.set(j - i, i1);
      covered = Math.min(covered, i1);
      // a run starts and ends where tokens do in both texts (orderly inside disorderly is no run of its own)
      while (i0 < i1 && !(tokenStart(d, i0) && tokenStart(idx.text, j0))) {
        i0++;
        j0++;
      }
      while (i1 > i0 && !(tokenStart(d, i1) && tokenStart(idx.text, j1))) {
        i1--;
        j1--;
      }
      if (i1 - i0 < q) continue;
      runs.push({ i0, i1, j0, j1, line: line[i0], from: i0, score: 0, prev: -1, used: false });
    }
    // every place this seed matches is inside a run found: the seeds up to the nearest run's end add nothing
    if (covered !== Infinity && covered > i + q) i = Math.max(i, covered - q - STEP[lang]);
  }
  return runs.sort((a, b) => a.i0 - b.i0 || a.j0 - b.j0);
}

/** Runs chained in order along both texts, best chains first; each run in one chain at most. */
function chains(runs: Run[], lang: Lang): Run[][] {
  if (!runs.length) return [];
  for (let r = 0; r < runs.length; r++) {
    const x = runs[r];
    x.score = x.i1 - x.i0;
    // predecessors end before this run in both texts, within the gaps an echo allows
    for (let p = r - 1; p >= 0 && x.i0 - runs[p].i0 <= MAX_ADDED[lang] + 400; p--) {
      const y = runs[p];
      if (y.line !== x.line || y.i1 > x.i0 || y.j1 > x.j0 || x.i1 - y.from > MAX_SPAN[lang]) continue;
      if (x.i0 - y.i1 > MAX_ADDED[lang] || x.j0 - y.j1 > MAX_OMITTED[lang]) continue;
      // a gap costs a little: of two chains as long, the tighter one is the echo
      const s = y.score + (x.i1 - x.i0) - 0.25 * (x.i0 - y.i1) - 0.1 * (x.j0 - y.j1);
      if (s > x.score) {
        x.score = s;
        x.prev = p;
        x.from = y.from;
      }
    }
  }
  const out: Run[][] = [];
  const order = runs.map((_, k) => k).sort((a, b) => runs[b].score - runs[a].score);
  for (const k of order) {
    if (runs[k].used || runs[k].score < MIN_CHAIN[lang]) continue;
    const chain: Run[] = [];
    for (let p = k; p >= 0 && !runs[p].used; p = runs[p].prev) chain.unshift(runs[p]);
    for (const r of chain) r.used = true;
    const matched = chain.reduce((a, r) => a + r.i1 - r.i0, 0);
    const span = chain[chain.length - 1].i1 - chain[0].i0;
    if (matched >= MIN_CHAIN[lang] && matched >= 0.6 * span) out.push(chain);
  }
  return out;
}

/**
 * The units from `i` on (`dir` 1) or before `i` (`dir` -1) up to the next break of at least `level` (2: the rest of a
 * Chinese phrase; 1: the next English word), when no phrase break stands at `i`; and how many tokens they make (a run
 * of digits or letters is one). Nothing when a phrase break stands at `i`.
 */
function toBreak(
  t: EchoText,
  i: number,
  dir: 1 | -1,
  level: number,
  max: number,
  cross = false,
): { units: number; tokens: number } {
  const none = { units: 0, tokens: 0 };
  if (i >= t.s.length || i <= 0 || t.brk[i] >= (cross ? 3 : 2)) return none;
  let units = 0,
    tokens = 0;
  const joined = (k: number) => t.brk[k] === 0 && !isCjk(t.s.charCodeAt(k)) && !isCjk(t.s.charCodeAt(k - 1));
  // past `max` tokens the answer is "too long" however far the phrase goes: a line without punctuation stops here
  if (dir === 1) {
    for (let k = i; k < t.s.length && (k === i || t.brk[k] < level) && tokens <= max; k++, units++)
      if (k === i || !joined(k)) tokens++;
  } else {
    for (let k = i - 1; k >= 0 && tokens <= max; k--, units++) {
      if (k === i - 1 || !joined(k + 1)) tokens++;
      if (t.brk[k] >= level) {
        units++;
        break;
      }
    }
  }
  return { units, tokens };
}

/**
 * The ops of a stretch between two exact runs (or at an end of the echo): the tokens of both sides aligned by jsdiff;
 * undefined when they differ too much to be one passage.
 */
function alignGap(
  f: string,
  d: EchoText,
  src: EchoText,
  p0: number,
  p1: number,
  q0: number,
  q1: number,
): { ops: EchoOp[]; matched: number } | undefined {
  const a = tokens(src, q0, q1),
    b = tokens(d, p0, p1);
  // where token k starts, and where the token before k ends (an op's end: not the next token's start, which may lie
  // after punctuation); an empty side sits where its stretch begins
  const dAt = (k: number) =>
    k < b.length ? d.at[b[k].start] : b.length ? d.at[b[b.length - 1].end - 1] + 1 : dPlace(d, p0);
  const sAt = (k: number) =>
    k < a.length ? src.at[a[k].start] : a.length ? src.at[a[a.length - 1].end - 1] + 1 : dPlace(src, q0);
  const dEndAt = (k: number) => (k > 0 ? d.at[b[k - 1].end - 1] + 1 : dAt(0));
  const sEndAt = (k: number) => (k > 0 ? src.at[a[k - 1].end - 1] + 1 : sAt(0));
  const diff = diffArrays(
    a.map((x) => x.text),
    b.map((x) => x.text),
    { maxEditLength: MAX_EDIT },
  );
  if (!diff) return undefined;
  swapsAsChanges(diff);
  const ops: EchoOp[] = [];
  let ia = 0,
    ib = 0,
    matched = 0;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let x = 0; x < n; x++) matched += b[ib + x].end - b[ib + x].start;
      ops.push({ op: 'same', draft: { start: dAt(ib), end: dEndAt(ib + n) }, source: [sAt(ia), sEndAt(ia + n)] });
      ia += n;
      ib += n;
      continue;
    }
    const next = diff[k + 1];
    if ((part.removed && next?.added) || (part.added && next?.removed)) {
      const add = part.removed ? (next.count ?? next.value.length) : n;
      let del = part.removed ? n : (next.count ?? next.value.length);
      // 制定…管理规则，加快 → 放缓: words left out, then a word changed; the change is the source's last phrase
      const lastPhrase = lastPhraseStart(src, a, ia, ia + del);
      if (lastPhrase > ia && Math.abs(ia + del - lastPhrase - add) <= 1) {
        ops.push({ op: 'omitted', draft: { start: dAt(ib), end: dAt(ib) }, source: [sAt(ia), sEndAt(lastPhrase)] });
        del -= lastPhrase - ia;
        ia = lastPhrase;
      }
      const draft = { start: dAt(ib), end: dEndAt(ib + add) };
      ops.push({ op: 'changed', draft, source: [sAt(ia), sEndAt(ia + del)], text: f.slice(draft.start, draft.end) });
      ia += del;
      ib += add;
      k++;
    } else if (part.removed) {
      ops.push({ op: 'omitted', draft: { start: dAt(ib), end: dAt(ib) }, source: [sAt(ia), sEndAt(ia + n)] });
      ia += n;
    } else {
      const draft = { start: dAt(ib), end: dEndAt(ib + n) };
      ops.push({ op: 'added', draft, source: [sAt(ia), sAt(ia)], text: f.slice(draft.start, draft.end) });
      ib += n;
    }
  }
  return { ops, matched };
}

/**
 * 国际先进水平 → 国际领先水平, 共建共用 → 共建共享: a character added on one side of a kept one and another left out on
 * its other side is one word changed, not an addition and an omission (each of which alone is an adaptation). Rewrites
 * added–same(1)–removed and removed–same(1)–added, each side at most two tokens, as removed–added in place.
 */
function swapsAsChanges(diff: { added?: boolean; removed?: boolean; count?: number; value: string[] }[]): void {
  const size = (x: { count?: number; value: string[] }) => x.count ?? x.value.length;
  for (let k = 0; k + 2 < diff.length; k++) {
    const [x, mid, y] = [diff[k], diff[k + 1], diff[k + 2]];
    if (mid.added || mid.removed || size(mid) !== 1 || !isCjk(mid.value[0].charCodeAt(0))) continue;
    const addedFirst = x.added && y.removed;
    if (!addedFirst && !(x.removed && y.added)) continue;
    if (size(x) > 2 || size(y) > 2) continue;
    const [add, del] = addedFirst ? [x, y] : [y, x];
    // the source's side: kept + left out (or left out + kept); the draft's: added + kept (or kept + added)
    const removed = addedFirst ? [...mid.value, ...del.value] : [...del.value, ...mid.value];
    const added = addedFirst ? [...add.value, ...mid.value] : [...mid.value, ...add.value];
    diff.splice(
      k,
      3,
      { removed: true, value: removed, count: removed.length },
      { added: true, value: added, count: added.length },
    );
    k++;
  }
}

/** The first token of the last phrase among tokens [from, to) of `a` (a phrase starts after punctuation), or `from`. */
function lastPhraseStart(t: EchoText, a: { start: number }[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (t.brk[a[k].start] >= 2) return k;
  return from;
}

/** The offset a stretch that starts at unit `i` begins at (the end of the unit before when `i` is past the end). */
function dPlace(t: EchoText, i: number): number {
  return i < t.at.length ? t.at[i] : t.at.length ? t.at[t.at.length - 1] + 1 : 0;
}

/** Whether a token starts at unit `i` (or `i` is the end): Chinese characters are tokens of their own; a run of
 *  letters or digits is one token. */
function tokenStart(t: EchoText, i: number): boolean {
  if (i <= 0 || i >= t.s.length) return true;
  return t.brk[i] > 0 || isCjk(t.s.charCodeAt(i)) || isCjk(t.s.charCodeAt(i - 1));
}

/** Tokens of a comparison-form stretch: Chinese characters one by one, Latin letters and digits as words. */
function tokens(t: EchoText, from: number, to: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (let i = from; i < to;) {
    let k = i + 1;
    if (!isCjk(t.s.charCodeAt(i))) while (k < to && !isCjk(t.s.charCodeAt(k)) && t.brk[k] === 0) k++;
    out.push({ text: t.s.slice(i, k), start: i, end: k });
    i = k;
  }
  return out;
}

function echoOf(c: Corpus, f: string, d: EchoText, idx: SourceIndex, chain: Run[], lang: Lang): Echo | undefined {
  const src = idx.text;
  let i0 = chain[0].i0,
    j0 = chain[0].j0,
    i1 = chain[chain.length - 1].i1,
    j1 = chain[chain.length - 1].j1;
  // A word changed where a copied phrase ends or starts (开放→开发 before the full stop) is inside the echo too:
  // when both texts reach their next break within a few units, align up to it.
  const level = lang === 'zh' ? 2 : 1,
    room = lang === 'zh' ? 6 : 2;
  const fits = (x: { tokens: number }) => x.tokens >= 1 && x.tokens <= room;
  // in an English list both texts go on past the same comma (…research, e-commerce, etc.): the next item too, when it
  // is a whole item in both
  const cross = lang === 'en' && i1 < d.s.length && j1 < src.s.length && d.brk[i1] === 2 && src.brk[j1] === 2;
  let dEnd = toBreak(d, i1, 1, level, room, cross),
    sEnd = toBreak(src, j1, 1, level, room, cross);
  const itemEnds = (t: EchoText, k: number) => k >= t.s.length || t.brk[k] >= 2;
  if (cross && !(itemEnds(d, i1 + dEnd.units) && itemEnds(src, j1 + sEnd.units))) dEnd = sEnd = { units: 0, tokens: 0 };
  if (fits(dEnd) && fits(sEnd)) {
    i1 += dEnd.units;
    j1 += sEnd.units;
  }
  const dStart = toBreak(d, i0, -1, level, room),
    sStart = toBreak(src, j0, -1, level, room);
  if (fits(dStart) && fits(sStart)) {
    i0 -= dStart.units;
    j0 -= sStart.units;
  }
  // The runs are exact; only the gaps between them (and the stretches added at either end) need a diff.
  const ops: EchoOp[] = [];
  let matched = 0;
  const push = (op: EchoOp) => {
    const last = ops[ops.length - 1];
    if (op.op === 'same' && last?.op === 'same') {
      last.draft.end = op.draft.end;
      last.source[1] = op.source[1];
    } else ops.push(op);
  };
  const gap = (p0: number, p1: number, q0: number, q1: number): boolean => {
    if (p0 >= p1 && q0 >= q1) return true;
    const g = alignGap(f, d, src, p0, p1, q0, q1);
    if (!g) return false;
    for (const op of g.ops) push(op);
    matched += g.matched;
    return true;
  };
  let p = i0,
    q = j0;
  for (const r of chain) {
    if (!gap(p, r.i0, q, r.j0)) return undefined;
    push({
      op: 'same',
      draft: { start: d.at[r.i0], end: d.at[r.i1 - 1] + 1 },
      source: [src.at[r.j0], src.at[r.j1 - 1] + 1],
    });
    matched += r.i1 - r.i0;
    p = r.i1;
    q = r.j1;
  }
  if (!gap(p, i1, q, j1)) return undefined;
  if (matched < MIN_MATCH[lang]) return undefined;
  const first = ops[0],
    last = ops[ops.length - 1];
  const range: SourceRange = [first.source[0], last.source[1]];
  const node = nodeAt(c, lang, range[0], range[1]);
  if (!node) return undefined;
  return {
    kind: 'echo',
    span: { start: first.draft.start, end: last.draft.end },
    lang,
    docId: c.id,
    nodeId: node.id,
    source: { lang, range },
    ops,
    matched,
  };
}
