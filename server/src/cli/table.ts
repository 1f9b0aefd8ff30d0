// What the tables of coverage and authorities share: columns fitted to terminal cells, and CSV a spreadsheet opens as
// it is.
import { cellWidth } from './locate';

/** Terminal cells of a string: two for CJK and full-width forms (locate.ts decides, as for the marker line). */
export function cells(s: string): number {
  let w = 0;
  for (const ch of s) w += cellWidth(ch.codePointAt(0)!);
  return w;
}

/** `s` in exactly `w` cells: padded, or cut with … when longer. */
export function fit(s: string, w: number): string {
  if (cells(s) <= w) return s + ' '.repeat(w - cells(s));
  let out = '',
    used = 0;
  for (const ch of s) {
    const cw = cellWidth(ch.codePointAt(0)!);
    if (used + cw > w - 1) break;
    out += ch;
    used += cw;
  }
  return out + '…' + ' '.repeat(Math.max(0, w - used - 1));
}

/** One field, quoted; a leading = + - @ gets an apostrophe so a spreadsheet shows it rather than evaluating it. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** RFC 4180 line ends and a BOM: Excel then reads UTF-8 and every field stays in its cell. */
export function csv(rows: (string | number)[][]): string {
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
