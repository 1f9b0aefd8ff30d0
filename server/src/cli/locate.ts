// Turns the core's UTF-16 offsets into what people and tools read: 1-based lines and columns counted in
// Unicode characters (code points), and the terminal cells a stretch of text takes up for the marker line.
import { lineStartsOf } from '../core/scan';

export interface Position {
  /** 1-based line (for .docx: paragraph). */
  line: number;
  /** 1-based column in Unicode characters: an emoji or a Chinese character is one column. */
  column: number;
}

/** Characters (code points) in text[from, to): a surrogate pair counts once. */
export function codePointsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character; count it at the high half.
    if (c >= 0xdc00 && c <= 0xdfff && i > from && isHigh(text.charCodeAt(i - 1))) continue;
    n++;
  }
  return n;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Converts offsets to positions with one binary search per offset over the line starts. Columns are counted on from
 * the last offset asked for on the same line, so the findings of one long line (a paragraph pasted from a PDF has
 * no line breaks) cost the length of that line once, not once per finding.
 */
export class Locator {
  readonly starts: number[];
  private last = { line: -1, offset: 0, column: 0 };
  /** How many UTF-16 units the columns have been counted over so far: the work, for the tests to bound. */
  walked = 0;
  constructor(readonly text: string) {
    this.starts = lineStartsOf(text);
  }

  lineIndexOf(offset: number): number {
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const l = this.lineIndexOf(offset);
    const lineStart = this.starts[l];
    const last = this.last;
    let column: number;
    // a low surrogate right at a resume point belongs to the character counted before it
    const skipAt = (at: number) =>
      at > lineStart && isHigh(this.text.charCodeAt(at - 1)) && isLow(this.text.charCodeAt(at)) ? 1 : 0;
    if (last.line === l && offset >= last.offset) {
      column =
        last.column +
        (offset > last.offset ? codePointsBetween(this.text, last.offset + skipAt(last.offset), offset) : 0);
      this.walked += offset - last.offset;
    } else if (last.line === l && last.offset - offset < offset - lineStart) {
      // a little way back on the same line (a fix's edit inside the finding just placed): count back, not from the start
      column = last.column - codePointsBetween(this.text, offset + skipAt(offset), last.offset);
      this.walked += last.offset - offset;
    } else {
      column = codePointsBetween(this.text, lineStart, offset);
      this.walked += offset - lineStart;
    }
    this.last = { line: l, offset, column };
    return { line: l + 1, column: column + 1 };
  }

  /**
   * At most `before` and `after` UTF-16 units of the line around [from, to) (cut on character boundaries), and that
   * range within it: a report keeps this window, not a copy of a line that may be a megabyte long.
   */
  window(
    from: number,
    to: number,
    before = 160,
    after = 480,
  ): { text: string; from: number; to: number; cutBefore: boolean; cutAfter: boolean } {
    const l = this.lineIndexOf(from);
    const lineStart = this.starts[l];
    let lineEnd = l + 1 < this.starts.length ? this.starts[l + 1] : this.text.length;
    while (
      lineEnd > lineStart &&
      (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)
    )
      lineEnd--;
    let a = Math.max(lineStart, from - before);
    let b = Math.min(lineEnd, Math.max(to, from) + after);
    if (a > lineStart && isLow(this.text.charCodeAt(a))) a--;
    if (b < lineEnd && isLow(this.text.charCodeAt(b))) b++;
    return {
      text: this.text.slice(a, b),
      from: from - a,
      to: Math.min(to, b) - a,
      cutBefore: a > lineStart,
      cutAfter: b < lineEnd,
    };
  }

  /** The text of a 0-based line, without its line break. */
  lineText(index: number): string {
    const from = this.starts[index];
    const to = index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length;
    return this.text.slice(from, to).replace(/\r?\n$|\r$/, '');
  }
}

/** Terminal cells of one code point: East Asian wide and fullwidth forms and most emoji take two. */
export function cellWidth(cp: number): number {
  if (cp === 0x09) return 4;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0; // combining marks
  if (cp === 0x200b || cp === 0x200d || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/**
 * A source line cut to fit `maxCells` terminal cells around [from, to) (UTF-16 offsets into `line`), with the
 * marker line that underlines that stretch: `^` under its first character and `~` under the rest.
 */
export function excerpt(
  line: string,
  from: number,
  to: number,
  maxCells: number,
  cut: { before?: boolean; after?: boolean } = {},
): { source: string; marker: string } {
  const chars = Array.from(line);
  // Map UTF-16 offsets to character indexes.
  let u = 0,
    first = chars.length,
    last = chars.length;
  for (let i = 0; i < chars.length; i++) {
    if (u >= from && first === chars.length) first = i;
    if (u >= to) {
      last = i;
      break;
    }
    u += chars[i].length;
  }
  if (first > last) first = last;
  const widths = chars.map((c) => cellWidth(c.codePointAt(0)!));
  const sum = (a: number, b: number) => {
    let s = 0;
    for (let i = a; i < b; i++) s += widths[i];
    return s;
  };
  let start = 0,
    end = chars.length;
  if (sum(0, chars.length) > maxCells) {
    // Keep some context before the citation, then as much of it and after it as fits.
    const budget = Math.max(10, maxCells - 2);
    start = first;
    let used = 0;
    while (start > 0 && used + widths[start - 1] <= Math.min(20, budget / 3)) used += widths[--start];
    end = start;
    used = 0;
    while (end < chars.length && used + widths[end] <= budget) used += widths[end++];
  }
  const render = (i: number) => (chars[i] === '\t' ? '    ' : chars[i]);
  let source = '',
    marker = '';
  if (start > 0 || cut.before) {
    source += '…';
    marker += ' ';
  }
  for (let i = start; i < end; i++) {
    source += render(i);
    const w = widths[i];
    if (i < first) marker += chars[i] === '\t' ? '    ' : ' '.repeat(w);
    else if (i < last) marker += i === first ? '^' + '~'.repeat(Math.max(0, w - 1)) : '~'.repeat(w);
  }
  if (!marker.includes('^')) marker += '^'; // an empty span, or one past the end of the excerpt
  if (end < chars.length || cut.after) source += '…';
  return { source, marker: marker.replace(/\s+$/, '') };
}
