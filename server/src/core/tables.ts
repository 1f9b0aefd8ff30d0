// Markdown tables: the cell of a row that holds an offset, and the header cell of its column.
import type { Span } from './model';

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
