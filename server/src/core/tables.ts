// Markdown tables: the cell of a row that holds an offset, the header cell of its column, the other cells of its row,
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
/** How far above a table its caption may reach, in lines and in characters. */
const CAPTION_LINES = 4;
const CAPTION_CHARS = 400;

export class Tables {
  /** Per line: the header line of the table whose body holds it, or -1. */
  private headerOf?: Int32Array;
  private readonly rows = new Map<number, Span[]>();

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
    const col = cells.findIndex((c) => c.start <= offset && offset <= c.end);
    return { cells, headers: this.cells(top), col, top: this.lineStarts[top], caption: this.caption(top) };
  }

  /** Every body row of every table, in text order. */
  *bodyRows(): Generator<TableRow> {
    const idx = this.index();
    for (let i = 0; i < idx.length; i++) {
      const top = idx[i];
      if (top < 0 || i === top + 1) continue; // the separator line
      yield {
        cells: this.cells(i),
        headers: this.cells(top),
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
    return (this.headerOf = out);
  }

  private cells(i: number): Span[] {
    let out = this.rows.get(i);
    if (out) return out;
    const l = this.line(i);
    const f = this.f;
    out = [];
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
