// The draft's OWN numbered headings, 一、 → （一） → 1. → （1） (GB/T 9704-2012 §7.3.3), and I. / (1) in English
// drafts, read line by line with their parents: what the numbering-sequence rule (rules/numbering.ts) checks.
// Lines quoted from the Opinion (their number and heading are the Opinion's) are marked; lines inside quotes,
// block quotes or code, and Markdown ordered lists (Markdown renumbers them itself), are not headings.
import type { Span } from './model';
import type { Block } from './blocks';
import type { Library } from './resolve';
import { canon, parseRoman, parseZhNumber, similarity } from './text';

/** 一、 (1), （一） (2), 1. (3), （1） (4); I. ranks with 一、 and an English (1) with （1）. */
export type Kind = 'zh1' | 'zh2' | 'num3' | 'num4' | 'roman';
const RANK: Record<Kind, number> = { zh1: 1, roman: 1, zh2: 2, num3: 3, num4: 4 };

export interface NumberedHeading {
  kind: Kind;
  rank: number;
  num: number;
  /** The numeral alone: what a renumber edit replaces. */
  numSpan: Span;
  /** The whole marker as written: 一、 （一） 1. （1） I. */
  marker: Span;
  line: number;
  /** The rest of the line after the marker. */
  text: string;
  /** The number and heading are the Opinion's: a line quoted from it, not the draft's own structure. */
  quoted: boolean;
  /** The Opinion's number with one of its headings, however generic (主要任务, 基本原则): a list under it
   *  that starts past 1 picks out the Opinion's clauses. */
  echo: boolean;
  parent?: NumberedHeading;
}

export interface NumberingInput {
  text: string;
  /** The same-length folded text (full-width forms folded to ASCII). */
  f: string;
  lib?: Library;
  /** The draft's blocks (blocks.ts): each block's lines are read once and kept in it. */
  blocks?: readonly Block[];
}

const CJK = /[\u3400-\u9fff]/;
const ZH_DIGIT = '一二三四五六七八九十';
const PREFIX = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/;
const M_ZH1 = /^([一二三四五六七八九十]{1,3})、/;
const M_ZH2 = /^\(([一二三四五六七八九十]{1,3})\)/;
const M_NUM3 = /^(\d{1,2})([.、])(?!\d)/;
const M_NUM4 = /^\((\d{1,2})\)/;
const M_ROMAN = /^([IVX]{1,5})\.[ \t]+(?=[A-Z])/;

/** Heuristic: the draft is Markdown (then "1. " is an ordered list, which Markdown numbers by itself). Every pattern
 *  stays within a line, so a draft looks like Markdown when one of its blocks does. */
function looksMarkdown(f: string): boolean {
  return (
    /^#{1,6}[ \t]/m.test(f) ||
    /^[ \t]*[-*+][ \t]/m.test(f) ||
    /^(?:```|~~~)/m.test(f) ||
    /\*\*[^*\n]{1,80}\*\*/.test(f) ||
    /\]\([^)\s]{1,200}\)/.test(f)
  );
}

/** What one line's reading hands to the next: inside a code fence, an HTML comment, how many quotes are open. */
interface LineState {
  fence: boolean;
  comment: boolean;
  openQuotes: number;
}

/** The headings of a run of whole lines (offsets and line numbers from its start) and the state after it. */
interface LinesRead {
  hs: NumberedHeading[];
  after: LineState;
}

/**
 * Reads the lines of `f` (its original `text` beside it, the same length) from `state`. With `last`, the text after
 * the final line break is a line too (the draft's end); without, `f` ends at a line break (a block).
 */
function readLines(
  f: string,
  text: string,
  lib: Library | undefined,
  markdown: boolean,
  state: LineState,
  last: boolean,
): LinesRead {
  const hs: NumberedHeading[] = [];
  let { fence, comment, openQuotes } = state;
  let lineNo = 0;
  for (let at = 0; last ? at <= f.length : at < f.length; lineNo++) {
    let end = f.indexOf('\n', at);
    if (end < 0) end = f.length;
    const line = f.slice(at, end).replace(/\r$/, '');
    const lineAt = at;
    at = end + 1;
    const trimmed = line.trim();
    if (/^(?:```|~~~)/.test(trimmed)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    if (comment) {
      if (trimmed.includes('-->')) comment = false;
      continue;
    }
    if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
      comment = true;
      continue;
    }
    const inQuote = openQuotes > 0;
    openQuotes = Math.max(0, openQuotes + count(line, '“「『') - count(line, '”」』'));
    if (openQuotes > 3) openQuotes = 0; // unbalanced marks in a long text: stop guessing rather than drop lines
    if (inQuote || /^[ \t]*>/.test(line)) continue;
    const prefix = PREFIX.exec(line)![0];
    const bold = /\*\*|__/.test(prefix);
    const isMdHeading = /^[ \t]*#/.test(prefix);
    const rest = line.slice(prefix.length);
    const h = parseMarker(rest, lineAt + prefix.length, lineNo, text, markdown && !isMdHeading && !bold);
    if (!h) continue;
    const q = lib ? quotesSource(lib, h) : undefined;
    // A heading no draft would choose for itself marks a quoted line; 主要任务 or 基本原则 may be the draft's own.
    h.echo = !!q;
    h.quoted = !!q && q.length >= (CJK.test(q) ? 6 : 14);
    hs.push(h);
  }
  return { hs, after: { fence, comment, openQuotes } };
}

const NO_LIB = {};
const HEADINGS = {};
const MARKDOWN = {};

/** A block's reading, kept in the block (blocks.ts) by the library and by the state it starts from: after an edit,
 *  only the edited block and those whose starting state it changed are read again. */
function blockLines(b: Block, text: string, lib: Library | undefined, markdown: boolean, state: LineState): LinesRead {
  let byLib = b.derived.get(HEADINGS) as WeakMap<object, Map<string, LinesRead>> | undefined;
  if (!byLib) b.derived.set(HEADINGS, (byLib = new WeakMap()));
  let byState = byLib.get(lib ?? NO_LIB);
  if (!byState) byLib.set(lib ?? NO_LIB, (byState = new Map()));
  const key = `${+markdown}${+state.fence}${+state.comment}${state.openQuotes}`;
  let read = byState.get(key);
  if (!read)
    byState.set(key, (read = readLines(b.f, text.slice(b.start, b.start + b.f.length), lib, markdown, state, false)));
  return read;
}

function blockLooksMarkdown(b: Block): boolean {
  let v = b.derived.get(MARKDOWN) as boolean | undefined;
  if (v === undefined) b.derived.set(MARKDOWN, (v = looksMarkdown(b.f)));
  return v;
}

/** The numbered headings of the draft, in order, with their parents. */
export function numberedHeadings({ text, f, lib, blocks }: NumberingInput): NumberedHeading[] {
  let out: NumberedHeading[];
  if (!blocks || blocks.length < 2) {
    out = readLines(f, text, lib, looksMarkdown(f), { fence: false, comment: false, openQuotes: 0 }, true).hs;
  } else {
    // the same reading block by block: each block's headings moved to the block's place (copies: a block's own list
    // is kept for the next analysis)
    const markdown = blocks.some(blockLooksMarkdown);
    out = [];
    let state: LineState = { fence: false, comment: false, openQuotes: 0 };
    let line = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      const read =
        i === blocks.length - 1
          ? readLines(b.f, text.slice(b.start), lib, markdown, state, true)
          : blockLines(b, text, lib, markdown, state);
      for (const h of read.hs) out.push(movedHeading(h, b.start, line));
      state = read.after;
      line += lineCount(b);
    }
  }
  // Parents: the nearest heading before of a higher rank.
  const stack: NumberedHeading[] = [];
  for (const h of out) {
    while (stack.length && stack[stack.length - 1].rank >= h.rank) stack.pop();
    h.parent = stack[stack.length - 1];
    stack.push(h);
  }
  return out;
}

function movedHeading(h: NumberedHeading, by: number, lines: number): NumberedHeading {
  return {
    ...h,
    numSpan: { start: h.numSpan.start + by, end: h.numSpan.end + by },
    marker: { start: h.marker.start + by, end: h.marker.end + by },
    line: h.line + lines,
  };
}

const LINES = {};
function lineCount(b: Block): number {
  let n = b.derived.get(LINES) as number | undefined;
  if (n === undefined) {
    n = 0;
    for (let at = b.f.indexOf('\n'); at >= 0; at = b.f.indexOf('\n', at + 1)) n++;
    b.derived.set(LINES, n);
  }
  return n;
}

// One regular expression per set of marks rather than a loop over every character of every line in JavaScript:
// the same count (the u flag reads code points, as for…of does), ~30× faster on a long draft.
const markSets = new Map<string, RegExp>();
function count(s: string, chars: string): number {
  let re = markSets.get(chars);
  if (!re) {
    re = new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');
    markSets.set(chars, re);
  }
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s)) n++;
  return n;
}

function parseMarker(
  rest: string,
  at: number,
  line: number,
  text: string,
  markdownList: boolean,
): NumberedHeading | undefined {
  const mk = (
    kind: Kind,
    num: number,
    numText: string,
    len: number,
    numOffset: number,
  ): NumberedHeading | undefined => {
    if (!Number.isFinite(num) || num < 1) return undefined;
    return {
      kind,
      rank: RANK[kind],
      num,
      numSpan: { start: at + numOffset, end: at + numOffset + numText.length },
      marker: { start: at, end: at + len },
      line,
      text: rest
        .slice(len)
        .replace(/(\*\*|__)/g, '')
        .trim(),
      quoted: false,
      echo: false,
    };
  };
  const after = (len: number) =>
    rest
      .slice(len)
      .replace(/^[ \t]+/, '')
      .replace(/^(\*\*|__)/, '');
  let m = M_ZH1.exec(rest);
  if (m) {
    const next = after(m[0].length);
    if (ZH_DIGIT.includes(next[0] ?? '') || next.startsWith('、')) return undefined; // 一、二线城市
    return mk('zh1', parseZhNumber(m[1]), m[1], m[0].length, 0);
  }
  m = M_ZH2.exec(rest);
  if (m) return mk('zh2', parseZhNumber(m[1]), m[1], m[0].length, 1);
  m = M_NUM3.exec(rest);
  if (m) {
    const next = after(m[0].length);
    if (!CJK.test(next[0] ?? '')) return undefined; // only Chinese items: English "1." lines are lists
    // "1. " with an ASCII dot and a space in Markdown is an ordered list, not a heading
    if (markdownList && m[2] === '.' && text[at + m[1].length] === '.' && /^[ \t]/.test(rest.slice(m[0].length)))
      return undefined;
    return mk('num3', Number(m[1]), m[1], m[0].length, 0);
  }
  m = M_NUM4.exec(rest);
  if (m) {
    const next = after(m[0].length);
    if (!CJK.test(next[0] ?? '') && !/^[A-Z]/.test(next)) return undefined;
    return mk('num4', Number(m[1]), m[1], m[0].length, 1);
  }
  m = M_ROMAN.exec(rest);
  if (m) return mk('roman', parseRoman(m[1]), m[1], m[1].length + 1, 0);
  return undefined;
}

/** A line that is the Opinion's own part or section heading with the Opinion's own number: that heading. */
function quotesSource(lib: Library, h: NumberedHeading): string | undefined {
  const t = canon(h.text.split(/[。.;；:：]/)[0] ?? '');
  if (t.length < 2) return undefined;
  const kind =
    h.kind === 'zh1' || h.kind === 'roman' ? 'part' : h.kind === 'zh2' || h.kind === 'num4' ? 'section' : undefined;
  if (!kind) return undefined;
  for (const c of lib.corpora) {
    for (const hd of c.headings) {
      if (hd.node.kind !== kind || hd.node.num !== h.num || hd.canon.length < 2) continue;
      if (t.startsWith(hd.canon) || similarity(t.slice(0, hd.canon.length + 4), hd.canon) >= 0.6) return hd.canon;
    }
  }
  return undefined;
}
