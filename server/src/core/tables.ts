// Tables — Markdown (| a | b | over |---|) and tab-separated lines (a table pasted from a word processor or a
// spreadsheet: lines of two or more cells split by tabs, as many in each, the first line the header): the cell of a row
// that holds an offset, the header cell of its column, the other cells of its row,
// and the lines just above the table (its caption). Indexed once per draft (which table each line belongs to, each
// row's cells), so a long table or a long row costs its length once.
import type { Span } from './model';

export interface TableCell {
  header: Span;
  cell: Span;
}

/** A body row of a table: its cells, the header row's cells, the column of the offset asked about, and the caption. */
export interface TableRow {
  cells: Span[];
  headers: Span[];
  /** The column holding the offset asked about (-1 for a whole row). */
  col: number;
  /** The header line's first offset: rows of one table share it. */
  top: number;
  /** Up to two non-blank lines right above the table (its title or the sentence that introduces it), or an empty
   *  span at the header. */
  caption: Span;
}

const ROW = /^[ \t]{0,3}\|/;
const SEPARATOR = /^[ \t]{0,3}\|?[ \t]{0,3}:?-{2,}/;
type Separated = 'tab' | 'space';
/** What separates the cells of a line of a table without pipes. */
const SEPARATORS: Record<Separated, RegExp> = { tab: /[ \u3000]*\t[\t \u3000]*/, space: /[ \u3000]{2,}/ };
/** A list item's number written before a tab: 1. （一） 二、 (a) ● */
const LIST_MARKER = /^(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．]?|[（(][a-zA-Z][)）]|[●•·\-*])$/;
/** The most columns a table is read with: a wider "row" is not a table a drafter wrote, and reading every cell
 *  against every other would cost the square of its width. */
const MAX_COLUMNS = 40;
/** How far above a table its caption may reach, in lines and in characters. */
const CAPTION_LINES = 4;
const CAPTION_CHARS = 400;

export class Tables {
  /** Per line: the header line of the table whose body holds it, or -1. */
  private headerOf?: Int32Array;
  private readonly rows = new Map<number, Span[]>();
  /** The lines of tables whose cells are separated by tabs or by runs of spaces (their header lines too). */
  private readonly tabbed = new Map<number, Separated>();

  constructor(
    private readonly f: string,
    private readonly lineStarts: number[],
  ) {}

  /** The cell holding `offset` and its column's header cell, when the offset is in a body row of a table. */
  cellAt(offset: number): TableCell | undefined {
    const row = this.rowAt(offset);
    return row && row.col >= 0 && row.headers[row.col]
      ? { header: row.headers[row.col], cell: row.cells[row.col] }
      : undefined;
  }

  /** The body row holding `offset`, with the column it is in. */
  rowAt(offset: number): TableRow | undefined {
    const line = this.lineOf(offset);
    const top = this.index()[line];
    if (top < 0) return undefined;
    const cells = this.cells(line);
    const headers = this.cells(top);
    if (cells.length > MAX_COLUMNS || headers.length > MAX_COLUMNS) return undefined;
    const col = cells.findIndex((c) => c.start <= offset && offset <= c.end);
    return { cells, headers, col, top: this.lineStarts[top], caption: this.caption(top) };
  }

  /** Every body row of every table, in text order. */
  *bodyRows(): Generator<TableRow> {
    const idx = this.index();
    for (let i = 0; i < idx.length; i++) {
      const top = idx[i];
      if (top < 0 || (i === top + 1 && !this.tabbed.has(i))) continue; // a Markdown table's separator line
      const cells = this.cells(i);
      const headers = this.cells(top);
      if (cells.length > MAX_COLUMNS || headers.length > MAX_COLUMNS) continue;
      yield {
        cells,
        headers,
        col: -1,
        top: this.lineStarts[top],
        caption: this.caption(top),
      };
    }
  }

  private caption(top: number): Span {
    const at = this.lineStarts[top];
    let start = at;
    for (let i = top - 1, seen = 0; i >= 0 && i >= top - CAPTION_LINES && seen < 2; i--) {
      const l = this.line(i);
      if (at - l.start > CAPTION_CHARS) break;
      if (!this.f.slice(l.start, l.end).trim()) continue;
      start = l.start;
      seen++;
    }
    return { start, end: start === at ? at : this.lineStarts[top] - 1 };
  }

  private lineOf(offset: number): number {
    let lo = 0,
      hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private line(i: number): Span {
    const start = this.lineStarts[i];
    return { start, end: i + 1 < this.lineStarts.length ? this.lineStarts[i + 1] - 1 : this.f.length };
  }

  private index(): Int32Array {
    if (this.headerOf) return this.headerOf;
    const n = this.lineStarts.length;
    const out = new Int32Array(n).fill(-1);
    const isRow = (i: number) => {
      const l = this.line(i);
      return ROW.test(this.f.slice(l.start, Math.min(l.end, l.start + 8)));
    };
    // A table is a run of rows whose second line is a separator (|---|): its first line is the header of the rest.
    for (let i = 0; i < n;) {
      if (!isRow(i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && isRow(end)) end++;
      const sep = i + 1 < end ? this.line(i + 1) : undefined;
      if (sep && SEPARATOR.test(this.f.slice(sep.start, sep.end))) for (let k = i + 1; k < end; k++) out[k] = i;
      i = end;
    }
    // Tab-separated tables: runs of lines with the same number (two or more) of tab-separated cells; tables aligned
    // with spaces: runs of three lines or more with the same number (three or more) of cells between runs of spaces.
    for (let i = 0; i < n;) {
      const kind = this.separatedBy(i);
      const width = out[i] < 0 && !isRow(i) ? this.tabCells(i, kind) : 0;
      if (width < (kind === 'tab' ? 2 : 3)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && out[end] < 0 && !isRow(end) && this.tabCells(end, kind) === width) end++;
      const enough = kind === 'tab' ? end - i >= 2 && !(width === 2 && this.numbered(i, end)) : end - i >= 3;
      if (enough)
        for (let k = i; k < end; k++) {
          this.tabbed.set(k, kind);
          if (k > i) out[k] = i;
        }
      i = end;
    }
    return (this.headerOf = out);
  }

  /** Whether lines [from, to) are a list numbered before a tab (1.⇥…, （一）⇥…), not a table of two columns. */
  private numbered(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const l = this.line(i);
      const first = this.f.slice(l.start, l.end).trim().split('\t')[0].trim();
      if (!LIST_MARKER.test(first)) return false;
    }
    return true;
  }

  /** What would separate the cells of line `i`: tabs when it has one, else runs of spaces. */
  private separatedBy(i: number): Separated {
    const l = this.line(i);
    return this.f.slice(l.start, l.end).includes('\t') ? 'tab' : 'space';
  }

  /** How many cells line `i` holds between runs of tabs (or of two spaces or more); 0 or 1: not a table line. */
  private tabCells(i: number, kind: Separated): number {
    const l = this.line(i);
    const text = this.f.slice(l.start, l.end).trim();
    if (kind === 'tab' ? !text.includes('\t') : text.includes('\t')) return 0;
    return text.split(SEPARATORS[kind]).filter((x) => x.trim()).length;
  }

  private cells(i: number): Span[] {
    let out = this.rows.get(i);
    if (out) return out;
    const l = this.line(i);
    const f = this.f;
    out = [];
    const kind = this.tabbed.get(i);
    if (kind) {
      // cells between runs of tabs (or of spaces), without the spaces around them
      const re = new RegExp(SEPARATORS[kind].source, 'g');
      re.lastIndex = l.start;
      let from = l.start;
      const push = (end: number) => {
        let a = from,
          b = end;
        while (a < b && /\s/.test(f[a])) a++;
        while (b > a && /\s/.test(f[b - 1])) b--;
        if (b > a) out!.push({ start: a, end: b });
      };
      for (let m; (m = re.exec(f)) && m.index < l.end;) {
        push(m.index);
        from = m.index + m[0].length;
      }
      push(l.end);
      this.rows.set(i, out);
      return out;
    }
    let from = f.indexOf('|', l.start) + 1;
    for (let at = f.indexOf('|', from); at >= 0 && at <= l.end; at = f.indexOf('|', from)) {
      out.push({ start: from, end: at });
      from = at + 1;
    }
    if (from < l.end && f.slice(from, l.end).trim()) out.push({ start: from, end: l.end });
    this.rows.set(i, out);
    return out;
  }
}
