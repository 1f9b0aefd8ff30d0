// Markdown tables: the cell of a row that holds an offset, and the header cell of its column. Indexed once per draft
// (which table each line belongs to, each row's cells), so a long table or a long row costs its length once.
import type { Span } from './model';

export interface TableCell {
  header: Span;
  cell: Span;
}

const ROW = /^[ \t]{0,3}\|/;
const SEPARATOR = /^[ \t]{0,3}\|?[ \t]{0,3}:?-{2,}/;

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
    const line = this.lineOf(offset);
    const top = this.index()[line];
    if (top < 0) return undefined;
    const row = this.cells(line);
    const col = row.findIndex((c) => c.start <= offset && offset <= c.end);
    const header = this.cells(top)[col];
    return col >= 0 && header ? { header, cell: row[col] } : undefined;
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
