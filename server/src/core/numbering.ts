// numbering-sequence: the draft's OWN heading numbers, 一、 → （一） → 1. → （1） (GB/T 9704-2012 §7.3.3), and
// I. / (1) in English drafts. Reports a skipped, repeated or backward number, a sub-level that does not restart
// under a new parent, and a level that breaks into a list of a deeper level; each sequence error carries a fix
// that renumbers. Precision first: a restart at 1 is never an error (a new list, an annex, a table of contents),
// lines quoted from the Opinion (their number and heading are the Opinion's) never count, nor lines inside
// quotes, block quotes or code, nor Markdown ordered lists (Markdown renumbers them itself).
import type { RuleFinding, Fix, Span } from './model';
import type { Library } from './resolve';
import { canon, parseRoman, parseZhNumber, roman, similarity, zhNumeral } from './text';

/** 一、 (1), （一） (2), 1. (3), （1） (4); I. ranks with 一、 and an English (1) with （1）. */
type Kind = 'zh1' | 'zh2' | 'num3' | 'num4' | 'roman';
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
}

const bi = (zh: string, en: string) => ({ zh, en });
const CJK = /[\u3400-\u9fff]/;
const ZH_DIGIT = '一二三四五六七八九十';
const PREFIX = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/;
const M_ZH1 = /^([一二三四五六七八九十]{1,3})、/;
const M_ZH2 = /^\(([一二三四五六七八九十]{1,3})\)/;
const M_NUM3 = /^(\d{1,2})([.、])(?!\d)/;
const M_NUM4 = /^\((\d{1,2})\)/;
const M_ROMAN = /^([IVX]{1,5})\.[ \t]+(?=[A-Z])/;

/** Heuristic: the draft is Markdown (then "1. " is an ordered list, which Markdown numbers by itself). */
function looksMarkdown(f: string): boolean {
  return (
    /^#{1,6}[ \t]/m.test(f) ||
    /^[ \t]*[-*+][ \t]/m.test(f) ||
    /^(?:```|~~~)/m.test(f) ||
    /\*\*[^*\n]{1,80}\*\*/.test(f) ||
    /\]\([^)\s]{1,200}\)/.test(f)
  );
}

/** The numbered headings of the draft, in order, with their parents. */
export function numberedHeadings({ text, f, lib }: NumberingInput): NumberedHeading[] {
  const out: NumberedHeading[] = [];
  const markdown = looksMarkdown(f);
  let fence = false;
  let comment = false;
  let openQuotes = 0;
  let lineNo = 0;
  for (let at = 0; at <= f.length; lineNo++) {
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
    out.push(h);
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

// ---- the check --------------------------------------------------------------------------------------------
function write(h: NumberedHeading, n: number): string {
  if (h.kind === 'zh1' || h.kind === 'zh2') return zhNumeral(n);
  if (h.kind === 'roman') return roman(n);
  return String(n);
}

function shown(inp: NumberingInput, h: NumberedHeading): string {
  return inp.text.slice(h.marker.start, h.marker.end);
}

/** The marker as it would read with another number: （三） for （四）. */
function markerWith(inp: NumberingInput, h: NumberedHeading, n: number): string {
  return inp.text.slice(h.marker.start, h.numSpan.start) + write(h, n) + inp.text.slice(h.numSpan.end, h.marker.end);
}

const LEVEL_NAMES = bi(
  '层次序号应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704-2012）',
  'heading numbers go 一、 → （一） → 1. → （1） (GB/T 9704-2012)',
);

export function checkNumbering(inp: NumberingInput): RuleFinding[] {
  const hs = numberedHeadings(inp);
  if (hs.length < 2) return [];
  const out: RuleFinding[] = [];
  const siblings = new Map<NumberedHeading | undefined, Map<Kind, NumberedHeading[]>>();
  const runOf = (h: NumberedHeading) => {
    let byKind = siblings.get(h.parent);
    if (!byKind) {
      byKind = new Map();
      siblings.set(h.parent, byKind);
    }
    let list = byKind.get(h.kind);
    if (!list) {
      list = [];
      byKind.set(h.kind, list);
    }
    return list;
  };
  for (const h of hs) runOf(h).push(h);
  /** The number each heading effectively has once an isolated typo is read as corrected. */
  const eff = new Map<NumberedHeading, number>();
  const num = (h: NumberedHeading) => eff.get(h) ?? h.num;
  const lastOfKind = new Map<Kind, NumberedHeading>();
  const firsts: { h: NumberedHeading; last?: NumberedHeading; type: 'restart' | 'continue' | 'odd' | 'intrude' }[] = [];
  const reported = new Set<NumberedHeading>();
  const selections = new Set<NumberedHeading[]>();

  const renumber = (h: NumberedHeading, expected: number): { fix: Fix; isolated: boolean } => {
    const run = runOf(h);
    const i = run.indexOf(h);
    const next = run.slice(i + 1).find((x) => !x.quoted);
    const isolated = !!next && next.num === expected + 1;
    const edits = [{ span: h.numSpan, newText: write(h, expected) }];
    if (!isolated) {
      let n = expected;
      for (const x of run.slice(i + 1)) {
        if (x.num === 1 || x.quoted) break; // a new list starts, or the Opinion's lines: leave them
        n++;
        if (x.num !== n) edits.push({ span: x.numSpan, newText: write(x, n) });
      }
    }
    const zh = edits.length === 1 ? `改为“${markerWith(inp, h, expected)}”` : `重新编号（${edits.length}处）`;
    const en = edits.length === 1 ? `Change to ${markerWith(inp, h, expected)}` : `Renumber (${edits.length} headings)`;
    return { fix: { title: bi(zh, en), edits, safe: false }, isolated };
  };

  const report = (h: NumberedHeading, expected: number, zh: string, en: string) => {
    const { fix, isolated } = renumber(h, expected);
    if (isolated) eff.set(h, expected);
    reported.add(h);
    out.push({
      code: 'numbering-sequence',
      span: h.marker,
      message: bi(`${zh}${LEVEL_NAMES.zh}。`, `${en}; ${LEVEL_NAMES.en}.`),
      related: [],
      fixes: [fix],
    });
  };

  /** The last heading of each run (parent × kind) that the sequence goes on from. */
  const accepted = new Map<NumberedHeading | undefined, Map<Kind, NumberedHeading>>();
  const lastIn = (h: NumberedHeading) => accepted.get(h.parent)?.get(h.kind);
  const accept = (h: NumberedHeading) => {
    let m = accepted.get(h.parent);
    if (!m) {
      m = new Map();
      accepted.set(h.parent, m);
    }
    m.set(h.kind, h);
    lastOfKind.set(h.kind, h);
  };
  for (const h of hs) {
    const prev = lastIn(h);
    if (h.quoted) {
      // The Opinion's own line: part of the draft's sequence when it fits it, else left out of it.
      const last = lastOfKind.get(h.kind);
      if (
        h.num === 1 ||
        (prev ? h.num === num(prev) + 1 : !!last && last.parent !== h.parent && h.num === num(last) + 1)
      )
        accept(h);
      continue;
    }
    const last = lastOfKind.get(h.kind);
    accept(h);
    // Under a line quoted from the Opinion the numbers are the Opinion's: the draft lists some of its clauses.
    if (h.parent?.quoted) continue;
    const runKey = runOf(h);
    if (selections.has(runKey)) continue;
    const s = shown(inp, h);
    if (prev) {
      const p = num(prev);
      if (h.num === p + 1 || h.num === 1) continue; // in sequence, or a new list
      const e = p + 1;
      const ps = shown(inp, prev);
      if (h.num === p)
        report(
          h,
          e,
          `编号重复：“${s}”前面已有“${ps}”，应为“${markerWith(inp, h, e)}”；`,
          `Repeated number: ${s} comes right after ${ps}; it should be ${markerWith(inp, h, e)}`,
        );
      else if (h.num > e)
        report(
          h,
          e,
          `编号不连续：“${ps}”之后是“${s}”，缺少“${markerWith(inp, h, e)}”；`,
          `Skipped number: ${s} follows ${ps}; ${markerWith(inp, h, e)} is missing`,
        );
      else
        report(
          h,
          e,
          `编号顺序颠倒：“${s}”在“${ps}”之后，应为“${markerWith(inp, h, e)}”；`,
          `Number out of order: ${s} follows ${ps}; it should be ${markerWith(inp, h, e)}`,
        );
      continue;
    }
    // The first of its kind under this parent.
    if (!h.parent) continue; // an excerpt may start anywhere
    if (h.parent.echo && h.num !== 1) {
      selections.add(runKey);
      continue;
    } // 二、主要任务 （三）…（五）…: the Opinion's clauses picked out
    if (!last) {
      if (h.num !== 1) firsts.push({ h, type: 'odd' });
      continue;
    }
    if (h.num === 1) {
      if (last.parent !== h.parent) firsts.push({ h, last, type: 'restart' });
      continue;
    }
    if (h.num === num(last) + 1)
      firsts.push({ h, last, type: isAncestor(last.parent, h.parent) ? 'intrude' : 'continue' });
    else firsts.push({ h, last, type: 'odd' });
  }

  // Restarting under each parent, or numbering straight through the draft (中央文件 often do): whichever the
  // draft does; only a draft that does both has headings that break its own style.
  const restarts = firsts.filter((x) => x.type === 'restart').length;
  const continues = firsts.filter((x) => x.type === 'continue').length;
  const continuous = continues > 0 && restarts === 0;
  for (const x of firsts) {
    const h = x.h;
    const s = shown(inp, h);
    if (x.type === 'intrude') {
      const intruder = hs.find(
        (k) => k.marker.start > x.last!.marker.start && k.marker.start < h.marker.start && k.rank < h.rank && !k.quoted,
      );
      if (!intruder || reported.has(intruder)) continue;
      reported.add(intruder);
      const is = shown(inp, intruder),
        ls = shown(inp, x.last!);
      out.push({
        code: 'numbering-sequence',
        span: intruder.marker,
        message: bi(
          `层次使用不当：“${is}”出现在“${ls}”与“${s}”之间，打断了下一层次的编号；${LEVEL_NAMES.zh}，“${is}”一级不能用在“${ls}”一级之下。`,
          `Heading level out of order: ${is} stands between ${ls} and ${s} and breaks their list; ${LEVEL_NAMES.en}, so ${is} cannot sit below ${ls}.`,
        ),
        related: [],
        fixes: [],
      });
      continue;
    }
    if (x.type === 'continue') {
      if (continuous || restarts < continues) continue;
      const ps = h.parent ? shown(inp, h.parent) : '';
      report(
        h,
        1,
        `下级编号未重新开始：“${ps}”之下的第一项应为“${markerWith(inp, h, 1)}”，而不是接续上文写作“${s}”；`,
        `Sub-level numbering does not restart: the first item under ${ps} should be ${markerWith(inp, h, 1)}, not ${s} continuing the list above`,
      );
      continue;
    }
    if (x.type === 'odd') {
      const e = continuous && x.last ? num(x.last) + 1 : 1;
      const ps = h.parent ? shown(inp, h.parent) : '';
      report(
        h,
        e,
        `编号不连续：“${ps}”之下的第一项应为“${markerWith(inp, h, e)}”，而不是“${s}”；`,
        `Numbering out of sequence: the first item under ${ps} should be ${markerWith(inp, h, e)}, not ${s}`,
      );
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** `a` is `b` or one of its ancestors (undefined is the root, everybody's ancestor). */
function isAncestor(a: NumberedHeading | undefined, b: NumberedHeading | undefined): boolean {
  if (!a) return true;
  for (let x = b; x; x = x.parent) if (x === a) return true;
  return false;
}
