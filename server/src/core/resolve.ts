// Resolution: decides which document each mention means and attaches clause references, quoted headings and
// quotes to it — the same sentence first, then the citation just before, then an alias in scope.
import { Corpus, CorpusNode, partNode, sectionNode } from './corpus';
import type { ClauseMention, DocMention, Quote, Span } from './model';
import { ScanResult, sentenceOf } from './scan';
import { canon, similarity } from './text';

export interface Library {
  corpora: Corpus[];
  /** The corpus an undefined short name (《意见》, "the Opinions") falls back to. */
  defaultId?: string;
}

/** Where a claim in the draft gets its document: a mention or an attached clause before it in the sentence. */
export interface Context {
  docId: string;
  end: number;
  nodeId?: string;
}

export interface Resolved {
  docs: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  /** Known-document contexts (doc mentions and attached clauses) in text order. */
  contexts: (Context & { start: number; sentence: number })[];
  scan: ScanResult;
}

const SELF_REF =
  /(?:本|我|该)(?:方案|计划|实施意见|意见|通知|办法|规划|纲要|细则|报告|文件|行动计划|实施方案)[的之中]{0,2}[ \t]{0,2}$|(?:上文|下文|前文|后文|前述|下述|上述|见|详见|参见)[ \t]{0,2}$|(?:报告|附件|本文|全文|文章|论文|讲话|附表|附录)[的之中]{0,2}[ \t]{0,2}$|\bsee\s{1,2}$|\b(?:this|our|the present)\s{1,2}(?:plan|document|brief|note|notes|report|paper|programme|program|draft|opinion)(?:'s)?\s{0,2}$/i;
/** "Part II above", "第二部分所述": the draft's own structure. */
const SELF_AFTER =
  /^[ \t]{0,2}(?:above|below|hereof|of\s{1,2}(?:this|these|our|my|the|a|an)\s{1,2}(?!(?:State\s{1,2}Council'?s?\s{1,2})?Opinions?\b))/i;
const OF_DOC = /^[ \t]{0,2}(?:of|in|under|from)[ \t]{1,2}$|^[ \t]{0,2}$/i;
const ATTR_ZH =
  /指出|提出|要求|明确|强调|规定|写道|表述|提到|表示|号召|部署|所述|所说|认为|确定|阐明|中的|[中里][,，]?|:$|：$/;
const ATTR_EN =
  /\b(?:state|states|stated|say|says|said|put it|provide|provides|note|notes|noted|call|calls|called|require|requires|read|reads|declare|declares|stipulate|stipulates|set out|sets out|according to|emphasi[sz]e|emphasi[sz]es|point out|points out|pointed out|describe|describes|envisage|envisages|ask|asks|urge|urges|direct|directs)\b|:\s{0,2}$/i;

export function corpusById(lib: Library, id: string | null | undefined): Corpus | undefined {
  return id ? lib.corpora.find((c) => c.id === id) : undefined;
}

function matchNumber(lib: Library, d: DocMention): void {
  const n = d.number!;
  const same = lib.corpora.filter(
    (k) =>
      k.data.meta.number.agency === n.agency && k.data.meta.number.year === n.year && k.data.meta.number.seq === n.seq,
  );
  // A document given in two languages by two source files: the citation means the text in its own language.
  const c = same.find((k) => k.data.texts[d.lang] !== undefined) ?? same[0];
  d.docId = c ? c.id : null;
}

/** Titles: the exact title, a near title meaning a known document, or another document's title. */
function matchTitle(lib: Library, d: DocMention, f: string): void {
  const raw = d.title!.text;
  const t = canon(raw);
  // The exact title of any known document wins over a near title of one listed before it.
  const exact = lib.corpora.find(
    (c) => t === c.canonTitles.zh || t === c.canonTitles.shortZh || t === c.canonTitles.en,
  );
  if (exact) {
    d.form = 'title';
    d.docId = exact.id;
    return;
  }
  for (const c of lib.corpora) {
    const alts = c.data.meta.altTitles;
    if (t === c.canonTitles.zh || t === c.canonTitles.shortZh || t === c.canonTitles.en) {
      d.form = 'title';
      d.docId = c.id;
      return;
    }
    if (d.lang === 'en') {
      if ((alts?.en ?? []).some((a) => canon(a) === t)) {
        d.form = 'title';
        d.docId = c.id;
        return;
      }
      const before = f.slice(Math.max(0, d.span.start - 30), d.span.start);
      if (/(?:implementation|implementing|province|provincial|municipal|city|county)\W{0,3}$/i.test(before)) continue;
      if (similarity(t, c.canonTitles.en) >= 0.85) {
        d.form = 'near-title';
        d.docId = c.id;
        d.nearDocId = c.id;
        return;
      }
      // another translation of the same title: only the default document's titles are scanned in free English form
      if (c.id !== (lib.defaultId ?? lib.corpora[0]?.id)) continue;
      d.form = 'title';
      d.docId = c.id;
      return;
    }
    if (isNearZhTitle(raw, t, c)) {
      d.form = 'near-title';
      d.docId = c.id;
      d.nearDocId = c.id;
      return;
    }
  }
  d.form = 'other-title';
  d.docId = null;
}

/** A description names a document when it has its issuer and a three-character stretch of its title's subject. */
function matchDescription(lib: Library, text: string): string | null {
  for (const c of lib.corpora) {
    const title = c.data.meta.title.zh;
    const subject = title.slice(title.indexOf('关于') + 2).replace(/的?意见$/, '');
    if (!text.startsWith(c.data.meta.issuer.zh) && !/^云计算/.test(text)) continue;
    for (let i = 0; i + 3 <= subject.length; i++) if (text.includes(subject.slice(i, i + 3))) return c.id;
  }
  return null;
}

function isNearZhTitle(raw: string, t: string, c: Corpus): boolean {
  if (/实施|贯彻|落实|办法|方案|规划|计划|纲要|通知/.test(raw)) return false;
  const issuer = canon(c.data.meta.issuer.zh);
  const at = raw.indexOf('关于');
  const prefix = at >= 0 ? raw.slice(0, at) : '';
  if (prefix && prefix !== c.data.meta.issuer.zh && prefix !== issuer + '办公厅') return false;
  const genre = c.canonTitles.zh.slice(-2);
  if (!t.endsWith(genre)) return false;
  return (
    similarity(t, c.canonTitles.zh) >= 0.6 ||
    (c.canonTitles.shortZh !== undefined && similarity(t, c.canonTitles.shortZh) >= 0.6)
  );
}

/** Whether a mention names a document of the kind "opinion" (意见, Opinions): by its title, or the known document's. */
function isOpinion(m: DocMention, lib: Library): boolean {
  const title = m.title?.text ?? m.pairedWith?.title?.text;
  const known = corpusById(lib, m.docId ?? m.pairedWith?.docId);
  const t = title ?? known?.data.meta.title.zh;
  return t !== undefined && /意见|opinion/i.test(t);
}

export function resolve(lib: Library, s: ScanResult, f: string): Resolved {
  const docs = s.docs;
  for (const d of docs) {
    if (d.form === 'number') matchNumber(lib, d);
    else if (d.form === 'description') d.docId = matchDescription(lib, d.title!.text);
    else if (d.title) matchTitle(lib, d, f);
  }
  // Title and number written together.
  for (let i = 0; i + 1 < docs.length; i++) {
    const a = docs[i],
      b = docs[i + 1];
    if (!a.title || b.form !== 'number') continue;
    const gap = f.slice(a.span.end, b.span.start);
    if (/^[ \t*_]{0,3}[(,]?[ \t]{0,2}$/.test(gap)) {
      a.pairedWith = b;
      b.pairedWith = a;
      // a translated title of a source known in one language only: the number says which document it is
      const byNumber = corpusById(lib, b.docId);
      if (a.form === 'other-title' && byNumber && byNumber.data.texts[a.lang] === undefined) {
        a.form = 'title';
        a.docId = byNumber.id;
      }
    }
  }
  // Aliases, generic mentions and pronouns, in text order.
  // Definitions by comparison name, in text order: one lookup per use, not a pass over every definition.
  const defs = new Map<string, { at: number; docId: string | null }[]>();
  let last: DocMention | undefined;
  // For a generic name (《意见》, 该意见, "the Opinions"): the latest document of that kind — an opinion — cited before
  // it, skipping bare numbers of unknown documents and documents of other kinds (纲要, 通知 …).
  let lastOpinion: DocMention | undefined;
  const genreMatch = (name: string) => (/意见|opinion/i.test(name) ? lastOpinion : undefined);
  const effective = (d: DocMention): string | null => {
    if (d.pairedWith && d.form === 'number') return d.pairedWith.docId ?? d.docId;
    return d.docId ?? d.pairedWith?.docId ?? null;
  };
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    // 《意见》（国发〔2015〕5号）: a short name written with its number names that document.
    const next = docs[i + 1];
    if (
      (d.form === 'alias' || d.form === 'generic') &&
      next?.form === 'number' &&
      /^[ \t*_]{0,3}[(,]?[ \t]{0,2}$/.test(f.slice(d.span.end, next.span.start))
    ) {
      d.docId = next.docId;
      d.pairedWith = next;
      next.pairedWith = d;
      continue;
    }
    if (d.form === 'alias' || d.form === 'generic') {
      const name = canon(f.slice(d.span.start, d.span.end)).replace(/^(the|these|said|those|this)/, '');
      const same = defs.get(name) ?? [];
      let def: { at: number; docId: string | null } | undefined;
      for (let k = same.length - 1; k >= 0 && !def; k--) if (same[k].at <= d.span.start) def = same[k];
      if (def) {
        d.docId = def.docId;
        d.form = 'alias';
      } else if (d.form === 'alias') d.docId = null;
      else if (last) d.docId = effective(genreMatch(name) ?? last);
      else {
        d.undefinedAlias = true;
        d.docId = lib.defaultId ?? null;
      }
      continue;
    }
    if (d.form === 'pronoun') {
      d.docId = last ? effective(genreMatch(canon(f.slice(d.span.start, d.span.end))) ?? last) : null;
      continue;
    }
    last = d;
    if (isOpinion(d, lib)) lastOpinion = d;
    if (d.definesAlias) {
      const key = canon(d.definesAlias.name).replace(/^the/, '');
      const list = defs.get(key) ?? [];
      list.push({ at: d.definesAlias.span.end, docId: effective(d) });
      defs.set(key, list);
    }
  }
  const byStart = (a: { span: Span }, b: { span: Span }) => a.span.start - b.span.start;
  const clauses = addNamedMentions(lib, f, s).sort(byStart);
  attachClauses(lib, s, f, docs, clauses, effective);
  const contexts: Resolved['contexts'] = [];
  for (const d of docs) {
    const id = effective(d);
    if (id && corpusById(lib, id))
      contexts.push({
        docId: id,
        start: d.span.start,
        end: d.span.end,
        sentence: sentenceOf(s.sentences, d.span.start),
      });
  }
  for (const c of clauses) {
    if (c.docId)
      contexts.push({
        docId: c.docId,
        nodeId: c.nodeId ?? c.nearestNodeId,
        start: c.span.start,
        end: c.span.end,
        sentence: sentenceOf(s.sentences, c.span.start),
      });
  }
  contexts.sort((a, b) => a.start - b.start);
  const quotes = attachQuotes(lib, s, f, clauses, contexts);
  return { docs, clauses, quotes, contexts, scan: s };
}

function attachClauses(
  lib: Library,
  s: ScanResult,
  f: string,
  docs: DocMention[],
  clauses: ClauseMention[],
  effective: (d: DocMention) => string | null,
): void {
  let di = 0;
  let lastDoc: DocMention | undefined;
  let prevClause: ClauseMention | undefined;
  for (const c of clauses) {
    while (di < docs.length && docs[di].span.end <= c.span.start) lastDoc = docs[di++];
    const sentence = sentenceOf(s.sentences, c.span.start);
    let docId: string | null | undefined;
    if (lastDoc && sentenceOf(s.sentences, lastDoc.span.start) === sentence) docId = effective(lastDoc);
    else if (prevClause && prevClause.docId && sentenceOf(s.sentences, prevClause.span.start) === sentence)
      docId = prevClause.docId;
    else {
      // "Part II of the Opinions": the document named right after
      const next = docs[di];
      const cell = tableCell(f, s.lineStarts, c.span.start);
      const headerDoc = cell
        ? docs.find((d) => d.span.start >= cell.header.start && d.span.end <= cell.header.end)
        : undefined;
      if (
        next &&
        sentenceOf(s.sentences, next.span.start) === sentence &&
        OF_DOC.test(f.slice(c.span.end, next.span.start)) &&
        !c.weak
      )
        docId = effective(next);
      // A table whose column is headed 《意见》条款 / "Provision of the Opinions": its cells cite that document.
      else if (headerDoc) docId = effective(headerDoc);
      else if (c.weak || c.lineStart) docId = undefined;
      else if (
        SELF_REF.test(f.slice(Math.max(0, c.span.start - 12), c.span.start)) ||
        SELF_AFTER.test(f.slice(c.span.end, c.span.end + 16))
      )
        docId = undefined;
      else if (lastDoc) docId = effective(lastDoc);
    }
    prevClause = c;
    if (!docId) continue;
    const corpus = corpusById(lib, docId);
    if (!corpus) {
      c.docId = null;
      continue;
    }
    c.docId = docId;
    locateClause(corpus, c);
  }
}

/** The cell of a Markdown table row holding `offset`: its column's header cell and the cell itself. */
export function tableCell(f: string, lineStarts: number[], offset: number): { header: Span; cell: Span } | undefined {
  let lo = 0,
    hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineAt = (i: number) => ({
    start: lineStarts[i],
    end: i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : f.length,
  });
  const isRow = (i: number) => {
    const l = lineAt(i);
    return /^[ \t]{0,3}\|/.test(f.slice(l.start, Math.min(l.end, l.start + 8)));
  };
  if (!isRow(lo)) return undefined;
  let top = lo;
  for (let k = 0; k < 2000 && top > 0 && isRow(top - 1); k++) top--;
  const sep = lineAt(top + 1);
  if (top === lo || !/^[ \t]{0,3}\|?[ \t]{0,3}:?-{2,}/.test(f.slice(sep.start, sep.end))) return undefined;
  const cells = (i: number): Span[] => {
    const l = lineAt(i);
    const out: Span[] = [];
    let from = f.indexOf('|', l.start) + 1;
    for (let at = f.indexOf('|', from); at >= 0 && at <= l.end; at = f.indexOf('|', from)) {
      out.push({ start: from, end: at });
      from = at + 1;
    }
    if (from < l.end && f.slice(from, l.end).trim()) out.push({ start: from, end: l.end });
    return out;
  };
  const row = cells(lo);
  const col = row.findIndex((c) => c.start <= offset && offset <= c.end);
  const header = cells(top)[col];
  return col >= 0 && header ? { header, cell: row[col] } : undefined;
}

const namePatterns = new WeakMap<Library, RegExp | null>();
/** The sources' own names: a principle followed by 原则 (市场主导原则), an objective area (服务能力大幅提升). */
function namePattern(lib: Library): RegExp | null {
  if (namePatterns.has(lib)) return namePatterns.get(lib)!;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const principles = new Set<string>(),
    areas = new Set<string>();
  for (const c of lib.corpora)
    for (const n of c.nodes.values()) {
      const h = n.heading?.zh;
      if (!h || h.length < 4) continue;
      if (n.kind === 'principle') principles.add(esc(h));
      if (n.kind === 'objective' && n.area) areas.add(esc(h));
    }
  const alts = [...(principles.size ? [`(?:${[...principles].join('|')})(?=原则)`] : []), ...areas];
  const re = alts.length ? new RegExp(alts.join('|'), 'g') : null;
  namePatterns.set(lib, re);
  return re;
}

function addNamedMentions(lib: Library, f: string, s: ScanResult): ClauseMention[] {
  const re = namePattern(lib);
  if (!re) return s.clauses;
  const extra: ClauseMention[] = [];
  const taken = [...s.clauses.map((c) => c.span), ...s.docs.map((d) => d.span), ...s.quotes.map((q) => q.span)].sort(
    (a, b) => a.start - b.start,
  );
  re.lastIndex = 0;
  let ti = 0;
  for (let m; (m = re.exec(f));) {
    const span = { start: m.index, end: m.index + m[0].length };
    while (ti < taken.length && taken[ti].end <= span.start) ti++;
    let overlaps = false;
    for (let k = ti; k < taken.length && taken[k].start < span.end; k++)
      if (taken[k].end > span.start) {
        overlaps = true;
        break;
      }
    if (overlaps) continue;
    extra.push({
      kind: 'clause',
      span,
      lang: 'zh',
      named: m[0],
      quiet: true,
      weak: false,
      lineStart: false,
      docId: null,
    });
  }
  return extra.length ? [...s.clauses, ...extra] : s.clauses;
}

/** Finds the node a clause mention names, or the nearest one that exists. */
export function locateClause(corpus: Corpus, c: ClauseMention): void {
  let base: CorpusNode | undefined;
  if (c.named) {
    const name = canon(c.named);
    base =
      corpus.headings.find((h) => h.canon === name && (h.node.kind === 'part' || h.node.kind === 'section'))?.node ??
      (c.quiet ? corpus.headings.find((h) => h.canon === name)?.node : undefined);
    if (!base) return;
    if (c.section === undefined) {
      c.nodeId = base.id;
      return;
    }
    const kids = (corpus.children.get(base.id) ?? []).filter((n) => n.kind !== 'sentence' && n.kind !== 'paragraph');
    const hit = kids.find((n) => n.num === c.section);
    if (hit) c.nodeId = hit.id;
    else c.nearestNodeId = base.id;
    return;
  }
  if (c.part === undefined || Number.isNaN(c.part)) return;
  const part = partNode(corpus, c.part);
  if (!part) return;
  if (c.section === undefined) {
    c.nodeId = part.id;
    return;
  }
  const sec = sectionNode(corpus, c.part, c.section);
  if (sec) c.nodeId = sec.id;
  else c.nearestNodeId = part.id;
}

function attachQuotes(
  lib: Library,
  s: ScanResult,
  f: string,
  clauses: ClauseMention[],
  contexts: Resolved['contexts'],
): Quote[] {
  const out: Quote[] = [];
  // Quoted headings right after a clause mention.
  let qi = 0;
  const quotes = s.quotes;
  for (const c of clauses) {
    if (!c.docId) continue;
    while (qi < quotes.length && quotes[qi].span.start < c.span.end) qi++;
    const q = quotes[qi];
    if (!q) break;
    const gap = f.slice(c.span.end, q.span.start);
    if (/^[ \t]{0,2}[(:：]?[ \t]{0,2}(?:即|namely|i\.e\.,?)?[ \t]{0,2}$/.test(gap)) {
      q.usedAsHeading = true;
      q.attributed = true;
      q.docId = c.docId;
      q.clauseNodeId = c.nodeId ?? c.nearestNodeId;
      c.heading = q;
    }
  }
  // Unquoted headings in tables and lists: 二（五）统筹布局云计算基础设施, II(5) Enhance security protection capabilities.
  for (const c of clauses) {
    if (!c.docId || c.heading || c.section === undefined) continue;
    const q = unquotedHeading(lib, f, c);
    if (q) {
      c.heading = q;
      out.push(q);
    }
  }
  let ci = 0;
  let lastCtx: Resolved['contexts'][number] | undefined;
  for (const q of quotes) {
    while (ci < contexts.length && contexts[ci].end <= q.span.start) lastCtx = contexts[ci++];
    if (q.usedAsHeading) {
      out.push(q);
      continue;
    }
    const sentence = sentenceOf(s.sentences, q.span.start);
    // A quote that is exactly a heading or a principle's name of a known document links to it.
    const qc = canon(q.text);
    for (const corpus of lib.corpora) {
      const h = corpus.headings.find((x) => x.canon === qc);
      if (h && (!lastCtx || lastCtx.docId === corpus.id)) {
        q.headingOf = h.node.id;
        q.docId = corpus.id;
        break;
      }
    }
    if (lastCtx && lastCtx.sentence === sentence) {
      const gap = f.slice(lastCtx.end, q.span.start);
      const attributed = gap.length <= 60 && (ATTR_ZH.test(gap) || ATTR_EN.test(gap)) && !/[“”"「」]/.test(gap);
      if (attributed) {
        q.docId = lastCtx.docId;
        q.clauseNodeId = lastCtx.nodeId;
        q.attributed = true;
        out.push(q);
        continue;
      }
    }
    if (q.headingOf) out.push(q);
  }
  return out;
}

/** The text right after a clause reference when it is, to the letter, a heading of the cited document. */
function unquotedHeading(lib: Library, f: string, c: ClauseMention): Quote | undefined {
  const corpus = corpusById(lib, c.docId);
  if (!corpus) return undefined;
  const lead = /^[ \t]{0,2}[:：]?[ \t]{0,2}/.exec(f.slice(c.span.end, c.span.end + 6))![0].length;
  const at = c.span.end + lead;
  let best: { h: (typeof corpus.headings)[number]; end: number } | undefined;
  for (const h of corpus.headings) {
    if (h.node.kind !== 'section' && h.node.kind !== 'part') continue;
    const text = h.node.heading![h.lang];
    const end = at + text.length;
    if (end > f.length || (best && text.length <= best.end - at)) continue;
    if (canon(f.slice(at, end)) === h.canon && !/[\w\u3400-\u9fff]/.test(h.lang === 'en' ? (f[end] ?? '') : ''))
      best = { h, end };
  }
  if (!best) return undefined;
  return {
    kind: 'quote',
    span: { start: at, end: best.end },
    inner: { start: at, end: best.end },
    text: f.slice(at, best.end),
    lang: best.h.lang,
    docId: c.docId,
    clauseNodeId: c.nodeId ?? c.nearestNodeId,
    usedAsHeading: true,
    attributed: true,
  };
}

/** The last known-document context before `offset` in the same sentence. */
export function contextAt(r: Resolved, offset: number): Resolved['contexts'][number] | undefined {
  const sentence = sentenceOf(r.scan.sentences, offset);
  // Same answer as walking the contexts from the start until one ends after the offset, keeping the last one in
  // the sentence; binary searches keep a draft with thousands of citations and claims linear.
  const list = r.contexts;
  const maxEnd = maxEndsOf(list);
  let lo = 0,
    hi = list.length; // first index whose running maximum end passes the offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  const stop = lo;
  lo = 0;
  hi = stop; // contexts are in text order, so their sentences never decrease: last one at or before the sentence
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentence <= sentence) lo = mid + 1;
    else hi = mid;
  }
  const c = list[lo - 1];
  return c && c.sentence === sentence ? c : undefined;
}

const maxEnds = new WeakMap<Resolved['contexts'], number[]>();
function maxEndsOf(list: Resolved['contexts']): number[] {
  let m = maxEnds.get(list);
  if (!m || m.length !== list.length) {
    m = [];
    let max = -Infinity;
    for (const c of list) {
      max = Math.max(max, c.end);
      m.push(max);
    }
    maxEnds.set(list, m);
  }
  return m;
}

/** The first context starting at or after `offset` (contexts are sorted by start). */
export function firstContextFrom(r: Resolved, offset: number): number {
  let lo = 0,
    hi = r.contexts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.contexts[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
