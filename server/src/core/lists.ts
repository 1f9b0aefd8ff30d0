// Lists of a source's own names — its basic principles (市场主导、统筹协调、创新驱动、保障安全) or the headings of its
// tasks, measures or objective areas — written in a row, quoted or not (“市场主导、统筹协调……”, “市场主导”“统筹协调”……,
// 坚持市场主导、统筹协调……的基本原则), and said to be the document's. Part of resolution: each name in such a list
// links to its clause (hover, definition, coverage), and a member that is none of the group's names is kept for the
// lists rule. The groups are the corpus's counts (principles, main tasks, guarantee measures, objective areas): nothing
// here knows a particular document. Linear: one pass over the draft's 、 and one over its quotations.
import { attributed } from './attribution';
import { englishLists } from './lists-en';
import type { Corpus, CorpusNode, Lang } from './corpus';
import type { DraftLookups } from './lookups';
import type { ClauseMention, Quote, Span } from './model';
import { canon } from './text';

export interface ListItem {
  span: Span;
  /** The group's member it names, exactly or (in prose, not in a quotation) shortened; none for a wrong member. */
  nodeId?: string;
}

/** A list of a group's names attributed to a document. */
export interface NameList {
  docId: string;
  /** The count whose members the list names (the corpus's counts: principles, main-tasks, …). */
  group: string;
  span: Span;
  /** Written as a quotation: each member must be a name to the letter. */
  quoted: boolean;
  items: ListItem[];
  /** The language its names are written in (Chinese unless said). */
  lang?: Lang;
}

interface Names {
  /** Members by comparison form, with the group they belong to. */
  byCanon: Map<string, { group: string; node: CorpusNode }>;
  /** The lengths of the names, longest first. */
  lengths: number[];
  longest: number;
}

const namesMemo = new WeakMap<Corpus, Names>();

/** The Chinese names of the members of each count of a corpus (not its parts: their headings are no list). */
function namesOf(c: Corpus): Names {
  let n = namesMemo.get(c);
  if (n) return n;
  const byCanon = new Map<string, { group: string; node: CorpusNode }>();
  for (const k of c.data.counts ?? []) {
    for (const id of k.of) {
      const node = c.nodes.get(id);
      const h = node?.heading?.zh;
      if (!node || !h || node.kind === 'part') continue;
      byCanon.set(canon(h), { group: k.id, node });
    }
  }
  const lengths = [...new Set([...byCanon.keys()].map((x) => x.length))].sort((a, b) => b - a);
  n = { byCanon, lengths, longest: lengths[0] ?? 0 };
  namesMemo.set(c, n);
  return n;
}

/** Characters that end a member of a list written in Chinese (、 separates members). */
const DELIM = /[、,。;:“”"「」『』《》()[\]\n!?]/;
const MAX_ITEM = 30;
/** Words before the first member: 坚持市场主导、…, 《意见》确立的市场主导、…. */
const LEAD =
  /坚持|确立了?|提出了?|明确了?|围绕|聚焦|部署了?|包括|包含|涵盖|即|遵循|秉持|把握|体现了?|突出|强调了?|概括为|归纳为|分别为|分别是|是|为|的|了/g;
/** Words after the last member: …安全可控四项原则, …保障安全的基本原则, …等原则. */
const TAIL =
  /等|的|[一二两三四五六七八九十\d]{1,2}[个项条大]|基本原则|原则|主要任务|任务|保障措施|措施|方面|作为|这|为|是|共|和|及|与/;
const CONNECT = /^(?:以及|和|及|与|、)/;
const CJK_ONLY = /^[\u3400-\u9fff]{2,}$/;

/** The lists of names in a draft, attributed to the documents they name. */
export function findLists(look: DraftLookups, quotes: readonly Quote[]): NameList[] {
  const out: NameList[] = [];
  for (const raw of [...separatedLists(look.f, quotes), ...quoteRuns(look.f, quotes)]) {
    const list = classify(look, raw);
    if (list) out.push(list);
  }
  for (const list of englishLists(look)) out.push(list);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A run of members as written, before the first and last are cut from the words around them. */
interface RawList {
  items: Span[];
  /** The quotation holding the list, or the first of a run of quoted members. */
  quote?: Quote;
  /** Each member is a whole quotation: nothing to cut. */
  run?: boolean;
}

/** Members separated by 、 (the last may follow 和/及): the spans between the separators and the delimiters. */
function separatedLists(f: string, quotes: readonly Quote[]): RawList[] {
  const out: RawList[] = [];
  let seps: number[] = [];
  let qi = 0;
  const close = () => {
    if (!seps.length) return;
    const first = leftEdge(f, seps[0]);
    const items: Span[] = [{ start: first, end: seps[0] }];
    for (let k = 1; k < seps.length; k++) items.push({ start: seps[k - 1] + 1, end: seps[k] });
    const last = seps[seps.length - 1] + 1;
    items.push({ start: last, end: rightEdge(f, last) });
    while (qi < quotes.length && quotes[qi].inner.end < first) qi++;
    const q = quotes[qi];
    const quote = q && q.inner.start <= first && items[items.length - 1].end <= q.inner.end ? q : undefined;
    out.push({ items, quote });
    seps = [];
  };
  for (let p = f.indexOf('、'); p >= 0; p = f.indexOf('、', p + 1)) {
    const prev = seps[seps.length - 1];
    if (prev === undefined || leftEdge(f, p) !== prev + 1) close();
    seps.push(p);
  }
  close();
  return out;
}

function leftEdge(f: string, p: number): number {
  let i = p;
  while (i > 0 && p - i < MAX_ITEM && !DELIM.test(f[i - 1])) i--;
  return i;
}

function rightEdge(f: string, p: number): number {
  let i = p;
  while (i < f.length && i - p < MAX_ITEM && !DELIM.test(f[i])) i++;
  return i;
}

/** Quotations one after another, each a member: “市场主导”“统筹协调”、“创新驱动”和“保障安全”. */
function quoteRuns(f: string, quotes: readonly Quote[]): RawList[] {
  const out: RawList[] = [];
  let run: Quote[] = [];
  const close = () => {
    if (run.length >= 3) out.push({ items: run.map((q) => ({ ...q.inner })), quote: run[0], run: true });
    run = [];
  };
  for (const q of quotes) {
    const prev = run[run.length - 1];
    if (prev && !/^[ \t]{0,1}(?:[、,]|以及|和|及|与)?[ \t]{0,1}$/.test(f.slice(prev.span.end, q.span.start))) close();
    run.push(q);
  }
  close();
  return out;
}

/** Whether the document `c` is the one a list is said to be of: its quotation's, the citation before it, or one
 *  right after it (市场主导、……保障安全是《意见》确立的四项基本原则). */
function isDocOf(look: DraftLookups, c: Corpus, raw: RawList, span: Span): boolean {
  if (raw.quote?.attributed && raw.quote.docId && !raw.quote.usedAsHeading) return raw.quote.docId === c.id;
  const at = attributed(look, raw.quote ? raw.quote.span.start : span.start);
  if (at) return at.c.id === c.id;
  const tail = raw.quote ? raw.quote.span.end : span.end;
  const next = look.contextFrom(tail, 16);
  if (!next || next.docId !== c.id) return false;
  return /^(?:等)?(?:[一二两三四五六七八九十][个项条大])?(?:基本)?(?:原则|任务|措施)?(?:是|为|系|均为|都是|均是|出自|来自)$/.test(
    look.f.slice(tail, next.start),
  );
}

/** Cuts the first and last members from the words around them, decides the group, and keeps the list when it names
 *  at least two of the group's members and is said to be that document's. */
function classify(look: DraftLookups, raw: RawList): NameList | undefined {
  const f = look.f;
  for (const c of look.lib.corpora) {
    const names = namesOf(c);
    if (!raw.items.some((s) => nameAt(names, f, s.start, s.end))) continue; // cheap: no name of this document
    const items = raw.run ? raw.items.map((s) => ({ ...s })) : cutEnds(f, raw.items, names);
    if (items.length < 3) continue;
    const span = { start: items[0].start, end: items[items.length - 1].end };
    if (!isDocOf(look, c, raw, span)) continue;
    const list = membersOf(c, f, items, !!raw.quote);
    if (list)
      return { ...list, span: { start: list.items[0].span.start, end: list.items[list.items.length - 1].span.end } };
  }
  return undefined;
}

/** The group a list names and each member's clause; undefined when it names fewer than two of one group's members, or
 *  has more wrong members than right ones. */
function membersOf(c: Corpus, f: string, items: Span[], quoted: boolean): Omit<NameList, 'span'> | undefined {
  const names = namesOf(c);
  const named = items.map((s) => names.byCanon.get(bare(f.slice(s.start, s.end))));
  const groups = new Map<string, number>();
  for (const x of named) if (x) groups.set(x.group, (groups.get(x.group) ?? 0) + 1);
  const [group, exact] = [...groups].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (exact < 2) return undefined;
  const members = (c.data.counts ?? []).find((k) => k.id === group)?.of ?? [];
  const taken = new Set(named.filter((x) => x?.group === group).map((x) => x!.node.id));
  const out: ListItem[] = [];
  let odd = 0;
  items.forEach((s, i) => {
    const x = named[i];
    if (x?.group === group) return out.push({ span: s, nodeId: x.node.id });
    const text = bare(f.slice(s.start, s.end));
    const short = quoted ? undefined : shortened(c, text, members, taken);
    if (short) {
      taken.add(short);
      return out.push({ span: s, nodeId: short });
    }
    if (!CJK_ONLY.test(text) || text.length > names.longest + 4) return; // not a member we can read: leave it
    odd++;
    out.push({ span: s });
  });
  if (odd > 2 || odd > exact || out.length > members.length + 1) return undefined;
  return { docId: c.id, group, quoted, items: out };
}

/** The name an item of prose stands for, written without 原则/任务 after it (市场主导原则). */
function bare(text: string): string {
  return canon(text).replace(/(?:的)?(?:原则|任务|措施)$/, '');
}

function nameAt(n: Names, f: string, start: number, end: number): boolean {
  const t = f.slice(start, end);
  for (const len of n.lengths) {
    if (len > t.length) continue;
    if (n.byCanon.has(canon(t.slice(0, len))) || n.byCanon.has(canon(t.slice(t.length - len)))) return true;
  }
  return false;
}

/** The first member without the words before it, the last without the words after it (and split at 和/及 when a
 *  name stands on either side). */
function cutEnds(f: string, items: Span[], n: Names): Span[] {
  const out = items.map((s) => ({ ...s }));
  const first = out[0];
  first.start = cutLead(f, first, n);
  const last = out[out.length - 1];
  const rest = cutTail(f, last, n);
  if (rest) out.push(rest);
  return out.filter((s) => s.end - s.start >= 2);
}

/** Where the first member starts: the longest name ending the words, else after the last word that leads a list. */
function cutLead(f: string, s: Span, n: Names): number {
  const t = f.slice(s.start, s.end);
  if (n.byCanon.has(canon(t))) return s.start;
  for (const len of n.lengths) if (len < t.length && n.byCanon.has(canon(t.slice(t.length - len)))) return s.end - len;
  let at = -1;
  LEAD.lastIndex = 0;
  for (let m; (m = LEAD.exec(t));) at = m.index + m[0].length;
  return at >= 0 ? s.start + at : s.start;
}

/** Cuts the last member where its name or the words after the list begin; returns a member after 和/及, if any. */
function cutTail(f: string, s: Span, n: Names): Span | undefined {
  const t = f.slice(s.start, s.end);
  if (n.byCanon.has(canon(t))) return undefined;
  let len = n.lengths.find((l) => l <= t.length && n.byCanon.has(canon(t.slice(0, l))));
  if (len === undefined) {
    // 安全可控和保障安全: a name after the connective
    const m = /以及|和|及|与/.exec(t);
    if (m && m.index >= 2 && n.lengths.some((l) => n.byCanon.has(canon(t.slice(m.index + m[0].length).slice(0, l)))))
      len = m.index;
    else {
      const tail = TAIL.exec(t.slice(2));
      s.end = tail ? s.start + 2 + tail.index : s.end;
      return undefined;
    }
  }
  s.end = s.start + len;
  const after = CONNECT.exec(t.slice(len));
  if (!after) return undefined;
  const next = { start: s.start + len + after[0].length, end: s.start + t.length };
  const r = f.slice(next.start, next.end);
  const named = n.lengths.find((l) => l <= r.length && n.byCanon.has(canon(r.slice(0, l))));
  if (named !== undefined) next.end = next.start + named;
  else {
    const tail = TAIL.exec(r.slice(2));
    if (tail) next.end = next.start + 2 + tail.index;
  }
  return next;
}

/** A member written short in prose (加强大数据开发利用 for 加强大数据开发与利用): its characters in order, most of them. */
function shortened(c: Corpus, text: string, members: string[], taken: Set<string>): string | undefined {
  for (const id of members) {
    if (taken.has(id)) continue;
    const name = canon(c.nodes.get(id)?.heading?.zh ?? '');
    if (text.length < Math.ceil(name.length * 0.6) || text.length >= name.length) continue;
    let i = 0;
    for (const ch of name) if (ch === text[i]) i++;
    if (i === text.length) return id;
  }
  return undefined;
}

/** Each name of a list as a clause reference of its own (quiet: never reported), for hover, definition and coverage;
 *  names already read as a reference or a whole quotation are left as they are. */
export function listMentions(
  lists: readonly NameList[],
  clauses: readonly ClauseMention[],
  quotes: readonly Quote[],
  f: string,
): ClauseMention[] {
  const taken = [...clauses.map((c) => c.span), ...quotes.filter((q) => q.headingOf).map((q) => q.span)].sort(
    (a, b) => a.start - b.start,
  );
  const out: ClauseMention[] = [];
  let ti = 0;
  for (const l of lists)
    for (const it of l.items) {
      if (!it.nodeId) continue;
      while (ti < taken.length && taken[ti].end <= it.span.start) ti++;
      if (ti < taken.length && taken[ti].start < it.span.end) continue;
      out.push({
        kind: 'clause',
        span: { ...it.span },
        lang: l.lang ?? 'zh',
        named: f.slice(it.span.start, it.span.end),
        quiet: true,
        weak: false,
        lineStart: false,
        docId: l.docId,
        nodeId: it.nodeId,
      });
    }
  return out;
}

const byEnd = new WeakMap<readonly NameList[], NameList[]>();

/** The first list (by end) ending at or after `at`, by bisection over the lists sorted by end. */
function firstEndingFrom(lists: readonly NameList[], at: number): NameList | undefined {
  let sorted = byEnd.get(lists);
  if (!sorted) byEnd.set(lists, (sorted = [...lists].sort((a, b) => a.span.end - b.span.end)));
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.end < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** The list ending at `end` or the unit before it (a list right before a count: …保障安全四项原则). */
export function listEndingAt(lists: readonly NameList[], end: number): NameList | undefined {
  const l = firstEndingFrom(lists, end - 1);
  return l && l.span.end <= end ? l : undefined;
}

/** Whether a quoted list of names has members inside `inner` (a quotation's words). */
export function listIn(lists: readonly NameList[], inner: Span): boolean {
  const l = firstEndingFrom(lists, inner.start + 1);
  return !!l && l.quoted && l.span.start < inner.end;
}
