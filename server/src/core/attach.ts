// Attaching what a document mention governs: clause references (to the document named in their sentence, the one
// just before, or a table column's header), quoted headings right after a clause reference, unquoted headings in
// tables and lists, and quotations after an attributing verb (指出, "states").
import { type Corpus, type CorpusNode, ancestry, partNode, sectionNode } from './corpus';
import type { ClauseMention, DocMention, Quote } from './model';
import { type Library, corpusById } from './library';
import { effectiveDocId } from './resolve-docs';
import { type ScanResult, sentenceOf } from './scan';
import { type TableDocs, attachRowHeadings, attributeCellQuote, cellHeadings, clauseRowsOf } from './table-rows';
import type { Contexts } from './contexts';
import { canon } from './text';
import { type Block, execAll } from './blocks';
import { SELF_MARK } from './attribution';
import { attachHeadings } from './clause-headings';
import { inheritPart, isBareSection, isPrefixedRoman, ownRomanHeadings, sameParagraph } from './clause-context';

const SELF_REF =
  /(?:本|我|该)(?:方案|计划|实施意见|意见|通知|办法|规划|纲要|细则|报告|文件|行动计划|实施方案)[的之中]{0,2}[ \t]{0,2}$|(?:上文|下文|前文|后文|前述|下述|上述|见|详见|参见)[ \t]{0,2}$|(?:报告|附件|本文|全文|文章|论文|讲话|附表|附录)[的之中]{0,2}[ \t]{0,2}$|\bsee\s{1,2}$|\b(?:this|our|the present)\s{1,2}(?:plan|document|brief|note|notes|report|paper|programme|program|draft|opinion)(?:'s)?\s{0,2}$/i;
/** "Part II above", "第二部分所述": the draft's own structure. */
const SELF_AFTER =
  /^[ \t]{0,2}(?:above|below|hereof|of\s{1,2}(?:this|these|our|my|the|a|an)\s{1,2}(?!(?:State\s{1,2}Council'?s?\s{1,2})?Opinions?\b))/i;

const OF_DOC = /^[ \t]{0,2}(?:of|in|under|from)[ \t]{1,2}$|^[ \t]{0,2}$/i;

const ATTR_ZH =
  /指出|提出|要求|明确|强调|规定|写道|表述|提到|表示|号召|部署|所述|所说|认为|确定|确立|坚持|围绕|聚焦|阐明|中的|[中里][,，]?|:$|：$/;

const ATTR_EN =
  /\b(?:state|states|stated|say|says|said|put it|provide|provides|note|notes|noted|call|calls|called|require|requires|read|reads|declare|declares|stipulate|stipulates|set out|sets out|according to|emphasi[sz]e|emphasi[sz]es|point out|points out|pointed out|describe|describes|envisage|envisages|ask|asks|urge|urges|direct|directs)\b|:\s{0,2}$/i;

/** Between two quotations of one statement: "and", "or", a comma, 和, 、. */
const JOINED =
  /^[ \t]{0,2}(?:,[ \t]{0,2})?(?:(?:and|or|as\s{1,2}well\s{1,2}as)[ \t]{1,2}|[、，和与及以及]{1,2}[ \t]{0,2})?$/i;

/** The document a table column of clause numbers cites (null: a document not among the sources), if any. */
function columnDoc(td: TableDocs, offset: number): string | null | undefined {
  const row = td.tables.rowAt(offset);
  if (!row || row.col < 0) return undefined;
  const col = td.column(row, row.col);
  if (col.role === 'doc') return col.docId ?? null;
  return col.role === 'own' || col.role === 'other' ? undefined : col.docId;
}

/** What attaching clause references in a stretch of a draft reads from the rest of it (segments.ts). */
export interface ClauseState {
  /** The document the last document mention before the stretch means (null: one not among the sources). */
  before?: { docId: string | null };
  /** Whether the draft has Roman-numbered headings of its own, anywhere in it. */
  ownRoman: boolean;
}

export function attachClauses(
  lib: Library,
  s: ScanResult,
  f: string,
  docs: DocMention[],
  clauses: ClauseMention[],
  td: TableDocs,
  state: ClauseState = { ownRoman: ownRomanHeadings(f) },
): void {
  let di = 0;
  let lastDoc: DocMention | undefined;
  let prevClause: ClauseMention | undefined;
  let withPart: ClauseMention | undefined;
  const ownRoman = state.ownRoman;
  for (const c of clauses) {
    while (di < docs.length && docs[di].span.end <= c.span.start) lastDoc = docs[di++];
    const sentence = sentenceOf(s.sentences, c.span.start);
    let docId: string | null | undefined;
    if (isBareSection(c)) docId = inheritPart(c, withPart, s, f);
    else if (lastDoc && sentenceOf(s.sentences, lastDoc.span.start) === sentence) docId = effectiveDocId(lastDoc);
    else if (prevClause && prevClause.docId && sentenceOf(s.sentences, prevClause.span.start) === sentence)
      docId = prevClause.docId;
    else docId = docBeyondSentence({ lib, s, f, docs, td, ownRoman }, c, di, lastDoc, prevClause, state.before);
    prevClause = c;
    if (c.part !== undefined) withPart = c;
    if (!docId) continue;
    const corpus = corpusById(lib, docId);
    if (!corpus) {
      c.docId = null;
      continue;
    }
    c.docId = docId;
    locateClause(corpus, c);
    // 主要任务, 保障措施: a named part is a part a later 第（三）项 of the sentence counts in
    if (c.part === undefined && c.named !== undefined && c.nodeId) {
      const node = corpus.nodes.get(c.nodeId);
      const part = node && ancestry(corpus, node).find((n) => n.kind === 'part')?.num;
      if (part !== undefined) withPart = { ...c, part };
    }
  }
}

/** The document a clause reference cites when no citation shares its sentence. */
function docBeyondSentence(
  at: { lib: Library; s: ScanResult; f: string; docs: DocMention[]; td: TableDocs; ownRoman: boolean },
  c: ClauseMention,
  di: number,
  lastDoc: DocMention | undefined,
  prevClause: ClauseMention | undefined,
  earlier: { docId: string | null } | undefined,
): string | null | undefined {
  const { s, f, docs } = at;
  // the last mention before this stretch of the draft, when none is in it before the clause (never in its paragraph)
  const lastId = lastDoc ? effectiveDocId(lastDoc) : earlier?.docId;
  const sentence = sentenceOf(s.sentences, c.span.start);
  // "Part II of the Opinions": the document named right after
  const next = docs[di];
  const tableDoc = columnDoc(at.td, c.span.start);
  if (
    next &&
    sentenceOf(s.sentences, next.span.start) === sentence &&
    OF_DOC.test(f.slice(c.span.end, next.span.start)) &&
    !c.weak
  )
    return effectiveDocId(next);
  // A table whose column is headed 《意见》条款 / "Provision of the Opinions", or 条款 / 任务 in a table that follows a
  // document (named in its header row or the line introducing it): its cells cite that document.
  if (tableDoc !== undefined) return tableDoc;
  // "III(5) 建立健全标准规范体系", "II(4) Expand the exploitation…": an English numeral written with the heading the
  // document cited before gives that very clause is that clause, at a line's start too
  const before = lastId ?? undefined;
  if (c.lang === 'en' && before && headedAsIn(corpusById(at.lib, before), c, f)) return before;
  if (c.lineStart) return undefined;
  if (
    SELF_REF.test(f.slice(Math.max(0, c.span.start - 12), c.span.start)) ||
    SELF_AFTER.test(f.slice(c.span.end, c.span.end + 16))
  )
    return undefined;
  if (c.weak) {
    // III(5) in English: the document cited earlier in the paragraph, unless the draft has Roman headings of its own
    if (c.lang !== 'en' || c.part === undefined || at.ownRoman) return undefined;
    if (prevClause?.docId && sameParagraph(f, prevClause.span.end, c.span.start)) return prevClause.docId;
    return lastDoc && sameParagraph(f, lastDoc.span.end, c.span.start) ? effectiveDocId(lastDoc) : undefined;
  }
  // Section II.3 in a draft with sections II.1, II.2 … of its own is the draft's
  if (at.ownRoman && isPrefixedRoman(f, c)) return undefined;
  return lastId;
}

/** Whether the clause reference is followed (after a space, colon, dash or opening parenthesis, or quoted) by the
 *  heading, in either language, of the clause it numbers in `corpus`. */
function headedAsIn(corpus: Corpus | undefined, c: ClauseMention, f: string): boolean {
  if (!corpus || c.part === undefined) return false;
  const node = c.section === undefined ? partNode(corpus, c.part) : sectionNode(corpus, c.part, c.section);
  if (!node?.heading) return false;
  const lead = /^[ \t]{0,2}(?:[:：(–—-]|--)?[ \t]{0,2}["“「]?/.exec(f.slice(c.span.end, c.span.end + 8))![0].length;
  const at = c.span.end + lead;
  for (const text of [node.heading.zh, node.heading.en]) {
    if (!text) continue;
    const end = at + text.length;
    if (canon(f.slice(at, end)) === canon(text) && !/[A-Za-z\u3400-\u9fff]/.test(f[end] ?? '')) return true;
  }
  return false;
}

/** The cell of a Markdown table row holding `offset`: its column's header cell and the cell itself. */
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

export function addNamedMentions(lib: Library, f: string, s: ScanResult, blocks?: Block[]): ClauseMention[] {
  const re = namePattern(lib);
  if (!re) return s.clauses;
  const extra: ClauseMention[] = [];
  const taken = [...s.clauses.map((c) => c.span), ...s.docs.map((d) => d.span), ...s.quotes.map((q) => q.span)].sort(
    (a, b) => a.start - b.start,
  );
  let ti = 0;
  // names never span a blank line: matched block by block and kept with each block (blocks.ts)
  for (const m of execAll(re, f, blocks)) {
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

export function attachQuotes(
  lib: Library,
  s: ScanResult,
  f: string,
  clauses: ClauseMention[],
  contexts: Contexts,
  td: TableDocs,
): Quote[] {
  const out: Quote[] = attachHeadings(lib, s, f, clauses);
  const quotes = s.quotes;
  // In a table row, a heading in another cell than the clause number: | 二（五） | 加强大数据开发与利用 |.
  attachRowHeadings(lib, td, clauses, quotes);
  const clauseRows = clauseRowsOf(td, clauses);
  let ci = 0;
  let lastCtx: Contexts[number] | undefined;
  let prev: Quote | undefined;
  for (const q of quotes) {
    while (ci < contexts.length && contexts[ci].end <= q.span.start) lastCtx = contexts[ci++];
    if (q.usedAsHeading) {
      out.push(q);
      prev = undefined;
      continue;
    }
    const sentence = sentenceOf(s.sentences, q.span.start);
    // 'state that cloud computing "is …" and "the …"', 指出“…”和“…”: a quotation joined to an attributed one is
    // attributed as it is
    const joined = prev;
    prev = q;
    if (
      joined?.attributed &&
      sentenceOf(s.sentences, joined.span.start) === sentence &&
      JOINED.test(f.slice(joined.span.end, q.span.start))
    ) {
      out.push(attribute(q, joined.docId, joined.clauseNodeId));
      continue;
    }
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
    if (lastCtx && lastCtx.sentence === sentence && isPlace(f, lastCtx.end, q)) {
      q.place = true;
      q.docId = lastCtx.docId;
      out.push(q);
      continue;
    }
    if (lastCtx && lastCtx.sentence === sentence) {
      const gap = f.slice(lastCtx.end, q.span.start);
      // 《意见》印发以来，我市提出“…”: the drafter's own words, whatever verb brings them in
      const attributed =
        gap.length <= 60 &&
        (ATTR_ZH.test(gap) || ATTR_EN.test(gap)) &&
        !/[“”"「」]/.test(gap) &&
        !(/[\u3400-\u9fff]/.test(gap) && SELF_MARK.test(gap));
      if (attributed) {
        out.push(attribute(q, lastCtx.docId, lastCtx.nodeId));
        continue;
      }
    }
    // "…" (the Opinions, preamble), “…”（《意见》第二部分）: the citation in parentheses right after the quotation
    const cite = citedAfter(f, contexts, ci, q);
    if (cite) {
      out.push(attribute(q, cite.docId, cite.nodeId));
      continue;
    }
    // A table cell quoting the document its column holds (《意见》任务, 主要要求), in a row with no clause number.
    if (attributeCellQuote(lib, td, q, clauseRows) || q.headingOf) out.push(q);
  }
  const cells = cellHeadings(lib, td, clauseRows);
  return cells.length ? [...out, ...cells].sort((a, b) => a.span.start - b.span.start) : out;
}

/** Marks a quotation as said to be the document's (and the clause's) words. */
function attribute(q: Quote, docId: string | null | undefined, clauseNodeId: string | undefined): Quote {
  q.docId = docId ?? null;
  q.clauseNodeId = clauseNodeId;
  q.attributed = true;
  return q;
}

/**
 * The document (and clause) cited in parentheses right after a quotation, as papers and briefs give their sources:
 * "…" (the Opinions, preamble), "…" (Opinions, Part II(3)), “…”（《意见》第二部分第（三）项）. The parenthesis opens
 * at the quotation's end and closes within a short stretch after the document.
 */
function citedAfter(
  f: string,
  contexts: Contexts,
  from: number,
  q: Quote,
): { docId: string; nodeId?: string } | undefined {
  let k = from;
  while (k < contexts.length && contexts[k].start < q.span.end) k++;
  const doc = contexts[k];
  if (!doc || doc.start - q.span.end > 4 || !/^[ \t]?[(（][ \t]{0,2}$/.test(f.slice(q.span.end, doc.start))) return;
  // the rest of the parenthesis: a clause or "preamble", then its close, and no sentence in between
  const rest = /^[^()（）\n。;；]{0,40}?(?:[(（][^()（）\n]{0,6}[)）][^()（）\n。;；]{0,4}?)?[)）]/.exec(
    f.slice(doc.end, doc.end + 60),
  );
  if (!rest) return;
  const close = doc.end + rest[0].length;
  let nodeId = doc.nodeId;
  for (let j = k + 1; j < contexts.length && contexts[j].start < close; j++)
    if (contexts[j].docId === doc.docId && contexts[j].nodeId) nodeId = contexts[j].nodeId;
  return { docId: doc.docId, nodeId };
}

/** Before a heading quoted as a place: 在“…”部分, "in the section headed '…'". */
const PLACE_BEFORE_ZH = /(?:在|于|从)[ \t]{0,2}(?:其)?[ \t]{0,2}$/;
const PLACE_AFTER_ZH = /^[ \t]{0,2}(?:这一?|一)?(?:部分|章节|一节|一章|板块|条目)/;
const PLACE_BEFORE_EN =
  /\b(?:in|under|from)\s{1,2}(?:the|its)\s{1,2}(?:(?:section|part|chapter|heading)\s{1,2}(?:headed|entitled|titled|called)?\s{0,2})?$/i;
const PLACE_AFTER_EN = /^\s{0,2}(?:section|part|chapter|heading)\b/i;
const PLACE_NOUN_EN = /\b(?:section|part|chapter|heading)\s{1,2}(?:headed|entitled|titled|called)?\s{0,2}$/i;

/** Whether quotation `q` names a part of the document cited before it (ending at `ctxEnd`) as the place of a
 *  passage: 《意见》在“加强人才培养”部分提出, 国发〔2015〕5号文件“…”一节, the Opinions, in the "…" section, …. */
function isPlace(f: string, ctxEnd: number, q: Quote): boolean {
  const gap = f.slice(ctxEnd, q.span.start);
  if (gap.length > 40 || /[“”"「」。;]/.test(gap) || SELF_MARK.test(gap)) return false;
  const after = f.slice(q.span.end, q.span.end + 12);
  if (/[\u3400-\u9fff]/.test(q.text)) {
    if (!PLACE_AFTER_ZH.test(after) || gap.length > 24) return false;
    // 在“…”部分 anywhere after the citation; without 在, right after it (《意见》“…”部分提出)
    return PLACE_BEFORE_ZH.test(gap) || /^[ \t]{0,2}(?:的|中的?)?[ \t]{0,2}$/.test(gap);
  }
  const before = f.slice(Math.max(ctxEnd, q.span.start - 40), q.span.start);
  if (!PLACE_BEFORE_EN.test(before)) return false;
  return PLACE_AFTER_EN.test(after) || PLACE_NOUN_EN.test(before);
}

/** The last known-document context before `offset` in the same sentence. */
