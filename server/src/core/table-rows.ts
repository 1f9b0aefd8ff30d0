// Tables as citations (对照表, 落实情况表, compliance matrices): which document a table speaks for (named in its header
// row or in the line that introduces it), what each column holds — the document's clauses, headings or requirements
// (《意见》条款, 任务名称, 国家要求, "Provision") or the drafter's own (我区落实情况, 本省目标, "Our response") — and,
// in a row, the heading written in another cell than the clause number, or a heading quoted in a row with no number.
import type { Corpus } from './corpus';
import { type Library, corpusById } from './library';
import type { ClauseMention, DocMention, Quote, Span } from './model';
import { effectiveDocId } from './resolve-docs';
import { bestHeading } from './source-search';
import type { TableRow, Tables } from './tables';
import { canon } from './text';

/** A document named in the draft: its place and the known document it means (null: another document). */
export interface Named {
  start: number;
  end: number;
  docId: string | null;
}

/** The drafter's own column: its response, status, measures, or its own place's targets (我区目标, 本省). */
export const OWN_COLUMN =
  /落实|情况|进展|完成|举措|措施|备注|我|本|(?:省|市|区|县)级?(?:目标|指标|计划|规划|现状|实际|数据)|response|status|progress|action|remark|note|\bour\b|\bwe\b|\b(?:city|province|provincial|municipal|district|local|actual|achieved|current|bidder|compliance|complied|comply|offer)\b/i;
/** A column of the document's requirements or text. */
export const REQUIREMENT_COLUMN =
  /要求|条款|原文|内容|规定|目标|任务|意见|requirement|provision|text|clause|opinion|target|summary/i;
/** A column of clause numbers. */
const CLAUSE_COLUMN = /条款|条目|章节|编号|出处|依据|对应|clause|provision|article|section|paragraph|item|ref/i;
/** A column of headings or task names. */
const HEADING_COLUMN = /标题|名称|任务|事项|heading|title|name|task/i;
/** The document named in a header by a word, not a citation: 意见要求, "Opinion target", "GF requirement" (not a
 *  reviewer's 审查意见 or 修改意见). */
const DOC_WORD =
  /(?<!审查|审核|评审|修改|反馈|征求|处理|采纳|办理|会签|专家|部门|单位|指导|参考)意见|国发|\bOpinions?\b|\bGF\b|\bGuofa\b/i;
/** A header that names the document by its short name, not only the word 意见 (审查意见 is a reviewer's): 《意见》目标,
 *  "Opinion target"; read as the document the draft last named when neither the header row nor the caption names one. */
const DOC_NAME = /《意见》|国发|\bOpinions?\b|\bGF\b|\bGuofa\b/;
/** The national requirement: the document the table follows, though the header does not name it. */
const NATIONAL = /国家|国务院|中央|\bnational\b|State\s{1,2}Council|central\s{1,2}government/i;

export type ColumnRole = 'own' | 'doc' | 'national' | 'clause' | 'heading' | 'requirement' | 'other';

export interface Column {
  role: ColumnRole;
  /** The document the column speaks for: the one its header names, else the table's. */
  docId?: string;
  /** The header names the document (or the nation) itself, not only the table's caption. */
  named: boolean;
}

export function namedDocs(lib: Library, docs: DocMention[]): Named[] {
  return docs.map((d) => {
    const id = effectiveDocId(d);
    return { start: d.span.start, end: d.span.end, docId: id && corpusById(lib, id) ? id : null };
  });
}

/** The documents named inside `span` (the list is sorted by start). */
function docsIn(list: Named[], span: Span): Named[] {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start >= span.start) hi = mid;
    else lo = mid + 1;
  }
  const out: Named[] = [];
  for (let k = lo; k < list.length && list[k].start < span.end; k++) if (list[k].end <= span.end) out.push(list[k]);
  return out;
}

/** The one document a stretch names: undefined when it names none, another document, or two different ones. */
function oneDoc(list: Named[], span: Span): string | undefined {
  const ids = new Set(docsIn(list, span).map((d) => d.docId));
  return ids.size === 1 ? ([...ids][0] ?? undefined) : undefined;
}

/** Which document each table speaks for, and what each column holds; answers kept per table. */
export class TableDocs {
  private readonly tableDocs = new Map<number, { id?: string; inHeader: boolean }>();
  private readonly prior = new Map<number, string | undefined>();

  constructor(
    readonly f: string,
    readonly tables: Tables,
    private readonly docs: Named[],
  ) {}

  /** The document a table follows: the one its header row names, else the one its caption names. */
  tableDoc(row: TableRow): { id?: string; inHeader: boolean } {
    let t = this.tableDocs.get(row.top);
    if (!t) {
      const header = { start: row.headers[0]?.start ?? row.top, end: row.headers.at(-1)?.end ?? row.top };
      const inHeader = oneDoc(this.docs, header);
      t = inHeader ? { id: inHeader, inHeader: true } : { id: oneDoc(this.docs, row.caption), inHeader: false };
      this.tableDocs.set(row.top, t);
    }
    return t;
  }

  /** The document the draft last names before `top` (a table's header line), when it is a known one. */
  private priorDoc(top: number): string | undefined {
    if (!this.prior.has(top)) {
      let lo = 0,
        hi = this.docs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.docs[mid].start >= top) hi = mid;
        else lo = mid + 1;
      }
      // the last document named, known or not: a table after another document's citation is not the Opinion's
      this.prior.set(top, lo > 0 ? (this.docs[lo - 1].docId ?? undefined) : undefined);
    }
    return this.prior.get(top);
  }

  column(row: TableRow, col: number): Column {
    const span = row.headers[col];
    if (!span) return { role: 'other', named: false };
    const h = this.f.slice(span.start, span.end);
    if (OWN_COLUMN.test(h)) return { role: 'own', named: false };
    const own = docsIn(this.docs, span);
    if (own.length) return { role: 'doc', docId: own[0].docId ?? undefined, named: true };
    const table = this.tableDoc(row).id;
    const word = DOC_WORD.test(h) ? (table ?? (DOC_NAME.test(h) ? this.priorDoc(row.top) : undefined)) : undefined;
    if (word) return { role: 'doc', docId: word, named: true };
    if (NATIONAL.test(h)) return { role: 'national', docId: table, named: true };
    const role = CLAUSE_COLUMN.test(h)
      ? 'clause'
      : HEADING_COLUMN.test(h)
        ? 'heading'
        : REQUIREMENT_COLUMN.test(h)
          ? 'requirement'
          : 'other';
    return { role, docId: role === 'other' ? undefined : table, named: false };
  }
}

const QUOTED = /^[ \t]*[“"「『‘'][^]*[”"」』’'][ \t]*$/;

/** The text of a cell without the spaces around it. */
function trimmed(f: string, cell: Span): Span {
  let { start, end } = cell;
  while (start < end && /\s/.test(f[start])) start++;
  while (end > start && /\s/.test(f[end - 1])) end--;
  return { start, end };
}

/** The quotation (the list is sorted by start) that is a whole cell, or lies inside it. */
function quoteIn(quotes: readonly Quote[], cell: Span, whole: boolean): Quote | undefined {
  let lo = 0,
    hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].span.start >= cell.start) hi = mid;
    else lo = mid + 1;
  }
  const q = quotes[lo];
  if (!q || q.span.end > cell.end) return undefined;
  return !whole || (q.span.start === cell.start && q.span.end === cell.end) ? q : undefined;
}

/** How close a text must be to a heading to be taken for one: exactly, or as near as a copying slip. */
const NEAR_HEADING = 0.75;

/**
 * A clause number in a table row whose heading sits in another cell of the row (| 二（五） | 加强大数据开发与利用 |):
 * the cell quoted, written exactly as a heading, or in a heading column (任务名称, "Heading") and close to one, is
 * the clause's heading. Rows with two clause numbers are left alone: which heading is whose is not said.
 */
export function attachRowHeadings(lib: Library, td: TableDocs, clauses: ClauseMention[], quotes: Quote[]): void {
  const perRow = new Map<number, ClauseMention[]>();
  for (const c of clauses) {
    if (!c.docId) continue;
    const row = td.tables.rowAt(c.span.start);
    if (!row || row.col < 0) continue;
    const key = row.cells[0].start;
    const list = perRow.get(key) ?? [];
    list.push(c);
    perRow.set(key, list);
  }
  for (const list of perRow.values()) {
    const c = list[0];
    if (list.length > 1 || c.heading || c.quiet || !(c.nodeId ?? c.nearestNodeId)) continue;
    const corpus = corpusById(lib, c.docId)!;
    const row = td.tables.rowAt(c.span.start)!;
    // the rest of the clause's own cell first (| 二（五）加强大数据开发和利用 |), then the cells after it, then before
    const rest = trimmed(td.f, { start: c.span.end, end: row.cells[row.col].end });
    while (rest.start < rest.end && /[:：、.．]/.test(td.f[rest.start])) rest.start++;
    const order = [...row.cells.keys()].filter((k) => k !== row.col);
    order.sort((a, b) => (a > row.col ? a : a + 1000) - (b > row.col ? b : b + 1000));
    const cells = [
      { span: rest, role: td.column(row, row.col).role === 'own' ? 'own' : 'heading' },
      ...order.map((k) => ({ span: trimmed(td.f, row.cells[k]), role: td.column(row, k).role })),
    ];
    // a row may give the heading in each language (| 二（四） | 加强大数据开发与利用 | Strengthen … |): the first in
    // each language, and of those the one that disagrees with the clause is the one to check
    const node = corpus.nodes.get((c.nodeId ?? c.nearestNodeId)!);
    const found: Quote[] = [];
    for (const cell of cells) {
      if (cell.role === 'own') continue;
      const q = rowHeading(corpus, td.f, cell.span, cell.role === 'heading', quotes);
      if (q && !found.some((x) => x.lang === q.lang)) found.push(q); // the first in each language
    }
    const agrees = (q: Quote) => !!node?.heading?.[q.lang] && canon(node.heading[q.lang]!) === canon(q.text);
    const pick = found.find((q) => !agrees(q)) ?? found[0];
    for (const q of pick ? [pick] : []) {
      q.usedAsHeading = true;
      q.attributed = true;
      q.docId = c.docId;
      q.clauseNodeId = c.nodeId ?? c.nearestNodeId;
      c.heading = q;
    }
  }
}

function rowHeading(c: Corpus, f: string, cell: Span, headingColumn: boolean, quotes: Quote[]): Quote | undefined {
  if (cell.end <= cell.start) return undefined;
  const text = f.slice(cell.start, cell.end);
  if (QUOTED.test(text)) {
    const q = quoteIn(quotes, cell, true);
    return q && !q.usedAsHeading && !q.attributed ? q : undefined;
  }
  const lang = /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
  const best = bestHeading(c, text, lang);
  if (!best || best.score < (headingColumn ? NEAR_HEADING : 1)) return undefined;
  const exact = c.headings.some((h) => h.canon === canon(text));
  if (!exact && !headingColumn) return undefined;
  return { kind: 'quote', span: cell, inner: cell, text, lang, docId: null };
}

/**
 * A quotation in a table cell with no clause number in its row, in a column of the document's words (《意见》任务,
 * 主要要求, "Provision"): said to be the document's. Close to one of its headings, it is that heading (copied
 * exactly or not); otherwise, quoted as the whole cell, it is a quotation of the document.
 */
export function attributeCellQuote(lib: Library, td: TableDocs, q: Quote, clauseRows: Set<number>): boolean {
  const row = td.tables.rowAt(q.span.start);
  if (!row || row.col < 0 || clauseRows.has(row.cells[0]?.start ?? -1)) return false;
  const col = td.column(row, row.col);
  const c = corpusById(lib, col.docId);
  if (!c || col.role === 'own' || col.role === 'other') return false;
  const best = bestHeading(c, q.text, q.lang);
  const heading = !!best && best.score >= NEAR_HEADING;
  if (!heading && quoteIn([q], trimmed(td.f, row.cells[row.col]), true) !== q) return false;
  q.docId = c.id;
  q.attributed = true;
  if (best?.score === 1) q.headingOf = best.node.id;
  else if (heading) {
    // a heading copied wrong: the clauses rule reports it as that heading's misquote
    q.usedAsHeading = true;
    q.clauseNodeId = best.node.id;
    q.headingCheck = { verdict: 'near-own' };
  }
  return true;
}

/**
 * Unquoted headings in a column of the document's headings (《意见》任务, "Heading" in a table whose header row names
 * the document), in rows with no clause number: written close to a heading but not as it, they are that heading
 * copied wrong. (Written exactly, they are left as they are; far from every heading, they are the drafter's words.)
 */
export function cellHeadings(lib: Library, td: TableDocs, clauseRows: Set<number>): Quote[] {
  const out: Quote[] = [];
  for (const row of td.tables.bodyRows()) {
    if (!row.cells.length || clauseRows.has(row.cells[0].start)) continue;
    row.cells.forEach((cell, k) => {
      const col = td.column(row, k);
      const c = corpusById(lib, col.docId);
      const h = row.headers[k];
      if (!c || !h || !HEADING_COLUMN.test(td.f.slice(h.start, h.end))) return;
      if (col.role !== 'doc' && !(col.role === 'heading' && td.tableDoc(row).inHeader)) return;
      const span = trimmed(td.f, cell);
      const text = td.f.slice(span.start, span.end);
      if (span.end - span.start < 4 || QUOTED.test(text) || /[“”"「」]/.test(text)) return;
      const lang = /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
      const best = bestHeading(c, text, lang);
      if (!best || best.score < NEAR_HEADING || best.score === 1) return;
      out.push({
        kind: 'quote',
        span,
        inner: span,
        text,
        lang,
        docId: c.id,
        clauseNodeId: best.node.id,
        attributed: true,
        usedAsHeading: true,
        headingCheck: { verdict: 'near-own' },
      });
    });
  }
  return out;
}

/** The rows (by their first cell's start) that hold a clause number attached to a document. */
export function clauseRowsOf(td: TableDocs, clauses: ClauseMention[]): Set<number> {
  const out = new Set<number>();
  for (const c of clauses) {
    if (!c.docId) continue;
    const row = td.tables.rowAt(c.span.start);
    if (row) out.add(row.cells[0]?.start ?? -1);
  }
  return out;
}
