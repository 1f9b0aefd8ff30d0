// numbering-sequence: the draft's OWN heading numbers, 一、 → （一） → 1. → （1） (GB/T 9704-2012 §7.3.3), and
// I. / (1) in English drafts (read by numbering.ts). Reports a skipped, repeated or backward number, a sub-level
// that does not restart under a new parent, and a level that breaks into a list of a deeper level; each sequence
// error carries a fix that renumbers. Precision first: a restart at 1 is never an error (a new list, an annex, a
// table of contents), lines quoted from the Opinion (their number and heading are the Opinion's) never count, nor
// lines inside quotes, block quotes or code, nor Markdown ordered lists (Markdown renumbers them itself).
import type { Fix, RuleFinding } from '../model';
import { type Kind, type NumberedHeading, type NumberingInput, numberedHeadings } from '../numbering';
import { roman, zhNumeral } from '../text';
import { bi } from '../labels';

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

/** What the steps of the check share: the headings, their runs, the findings so far. */
interface Check {
  inp: NumberingInput;
  hs: NumberedHeading[];
  out: RuleFinding[];
  /** The run a heading belongs to: the headings of its kind under its parent, in order. */
  runOf: (h: NumberedHeading) => NumberedHeading[];
  /** The number each heading effectively has once an isolated typo is read as corrected. */
  eff: Map<NumberedHeading, number>;
  reported: Set<NumberedHeading>;
}

/** The first heading of its kind under a parent, and how it follows the last heading of that kind before it. */
interface First {
  h: NumberedHeading;
  last?: NumberedHeading;
  type: 'restart' | 'continue' | 'odd' | 'intrude';
}

export function checkNumbering(inp: NumberingInput): RuleFinding[] {
  const hs = numberedHeadings(inp);
  if (hs.length < 2) return [];
  const st: Check = { inp, hs, out: [], runOf: runsOf(hs), eff: new Map(), reported: new Set() };
  const firsts = checkSequences(st);
  checkFirsts(st, firsts);
  return st.out.sort((a, b) => a.span.start - b.span.start);
}

/** Groups the headings into runs (parent × kind). */
function runsOf(hs: NumberedHeading[]): (h: NumberedHeading) => NumberedHeading[] {
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
  return runOf;
}

function num(st: Check, h: NumberedHeading): number {
  return st.eff.get(h) ?? h.num;
}

/** The last heading of each run (parent × kind) that the sequence goes on from, and of each kind anywhere. */
class Accepted {
  private readonly byParent = new Map<NumberedHeading | undefined, Map<Kind, NumberedHeading>>();
  readonly lastOfKind = new Map<Kind, NumberedHeading>();
  lastIn(h: NumberedHeading): NumberedHeading | undefined {
    return this.byParent.get(h.parent)?.get(h.kind);
  }
  accept(h: NumberedHeading): void {
    let m = this.byParent.get(h.parent);
    if (!m) {
      m = new Map();
      this.byParent.set(h.parent, m);
    }
    m.set(h.kind, h);
    this.lastOfKind.set(h.kind, h);
  }
}

/**
 * Goes through the headings in order: reports a skipped, repeated or backward number within a run, and returns the
 * first heading of each run under a parent for checkFirsts (whether sub-levels restart is decided over the draft).
 */
function checkSequences(st: Check): First[] {
  const seen = new Accepted();
  const selections = new Set<NumberedHeading[]>();
  const firsts: First[] = [];
  for (const h of st.hs) {
    const prev = seen.lastIn(h);
    if (h.quoted) {
      // The Opinion's own line: part of the draft's sequence when it fits it, else left out of it.
      const last = seen.lastOfKind.get(h.kind);
      if (
        h.num === 1 ||
        (prev ? h.num === num(st, prev) + 1 : !!last && last.parent !== h.parent && h.num === num(st, last) + 1)
      )
        seen.accept(h);
      continue;
    }
    const last = seen.lastOfKind.get(h.kind);
    seen.accept(h);
    // Under a line quoted from the Opinion the numbers are the Opinion's: the draft lists some of its clauses.
    if (h.parent?.quoted) continue;
    const runKey = st.runOf(h);
    if (selections.has(runKey)) continue;
    if (prev) {
      checkNext(st, h, prev);
      continue;
    }
    // The first of its kind under this parent.
    if (!h.parent) continue; // an excerpt may start anywhere
    if (h.parent.echo && h.num !== 1) {
      selections.add(runKey);
      continue;
    } // 二、主要任务 （三）…（五）…: the Opinion's clauses picked out
    const first = firstOf(st, h, last);
    if (first) firsts.push(first);
  }
  return firsts;
}

/** A heading after `prev` in its run: in sequence, a new list (1), or a repeated, skipped or backward number. */
function checkNext(st: Check, h: NumberedHeading, prev: NumberedHeading): void {
  const { inp } = st;
  const s = shown(inp, h);
  const p = num(st, prev);
  if (h.num === p + 1 || h.num === 1) return; // in sequence, or a new list
  const e = p + 1;
  const ps = shown(inp, prev);
  if (h.num === p)
    report(
      st,
      h,
      e,
      `编号重复：“${s}”前面已有“${ps}”，应为“${markerWith(inp, h, e)}”；`,
      `Repeated number: ${s} comes right after ${ps}; it should be ${markerWith(inp, h, e)}`,
    );
  else if (h.num > e)
    report(
      st,
      h,
      e,
      `编号不连续：“${ps}”之后是“${s}”，缺少“${markerWith(inp, h, e)}”；`,
      `Skipped number: ${s} follows ${ps}; ${markerWith(inp, h, e)} is missing`,
    );
  else
    report(
      st,
      h,
      e,
      `编号顺序颠倒：“${s}”在“${ps}”之后，应为“${markerWith(inp, h, e)}”；`,
      `Number out of order: ${s} follows ${ps}; it should be ${markerWith(inp, h, e)}`,
    );
}

/** How the first heading of a run follows `last`, the last heading of its kind before it (if any). */
function firstOf(st: Check, h: NumberedHeading, last: NumberedHeading | undefined): First | undefined {
  if (!last) {
    if (h.num !== 1) return { h, type: 'odd' };
    return undefined;
  }
  if (h.num === 1) {
    if (last.parent !== h.parent) return { h, last, type: 'restart' };
    return undefined;
  }
  if (h.num === num(st, last) + 1) return { h, last, type: isAncestor(last.parent, h.parent) ? 'intrude' : 'continue' };
  return { h, last, type: 'odd' };
}

/**
 * Restarting under each parent, or numbering straight through the draft (中央文件 often do): whichever the draft
 * does; only a draft that does both has headings that break its own style. A level between two headings of one
 * list that is above them breaks into the list.
 */
function checkFirsts(st: Check, firsts: First[]): void {
  const restarts = firsts.filter((x) => x.type === 'restart').length;
  const continues = firsts.filter((x) => x.type === 'continue').length;
  const continuous = continues > 0 && restarts === 0;
  for (const x of firsts) {
    if (x.type === 'intrude') {
      reportIntruder(st, x.h, x.last!);
      continue;
    }
    if (x.type === 'continue') {
      if (continuous || restarts < continues) continue;
      reportNoRestart(st, x.h);
      continue;
    }
    if (x.type === 'odd') reportOddFirst(st, x, continuous);
  }
}

/** The heading of a higher level that stands between `last` and `h`, which continue one list. */
function reportIntruder(st: Check, h: NumberedHeading, last: NumberedHeading): void {
  const { inp } = st;
  const s = shown(inp, h);
  const intruder = st.hs.find(
    (k) => k.marker.start > last.marker.start && k.marker.start < h.marker.start && k.rank < h.rank && !k.quoted,
  );
  if (!intruder || st.reported.has(intruder)) return;
  st.reported.add(intruder);
  const is = shown(inp, intruder),
    ls = shown(inp, last);
  st.out.push({
    code: 'numbering-sequence',
    span: intruder.marker,
    message: bi(
      `层次使用不当：“${is}”出现在“${ls}”与“${s}”之间，打断了下一层次的编号；${LEVEL_NAMES.zh}，“${is}”一级不能用在“${ls}”一级之下。`,
      `Heading level out of order: ${is} stands between ${ls} and ${s} and breaks their list; ${LEVEL_NAMES.en}, so ${is} cannot sit below ${ls}.`,
    ),
    related: [],
    fixes: [],
  });
}

/** A first heading under a new parent that goes on from the list above instead of starting at 1. */
function reportNoRestart(st: Check, h: NumberedHeading): void {
  const { inp } = st;
  const s = shown(inp, h);
  const ps = h.parent ? shown(inp, h.parent) : '';
  report(
    st,
    h,
    1,
    `下级编号未重新开始：“${ps}”之下的第一项应为“${markerWith(inp, h, 1)}”，而不是接续上文写作“${s}”；`,
    `Sub-level numbering does not restart: the first item under ${ps} should be ${markerWith(inp, h, 1)}, not ${s} continuing the list above`,
  );
}

/** A first heading under a parent that neither starts at 1 nor (in a draft numbered straight through) goes on. */
function reportOddFirst(st: Check, x: First, continuous: boolean): void {
  const { inp } = st;
  const h = x.h;
  const s = shown(inp, h);
  const e = continuous && x.last ? num(st, x.last) + 1 : 1;
  const ps = h.parent ? shown(inp, h.parent) : '';
  report(
    st,
    h,
    e,
    `编号不连续：“${ps}”之下的第一项应为“${markerWith(inp, h, e)}”，而不是“${s}”；`,
    `Numbering out of sequence: the first item under ${ps} should be ${markerWith(inp, h, e)}, not ${s}`,
  );
}

function report(st: Check, h: NumberedHeading, expected: number, zh: string, en: string): void {
  const { fix, isolated } = renumber(st, h, expected);
  if (isolated) st.eff.set(h, expected);
  st.reported.add(h);
  st.out.push({
    code: 'numbering-sequence',
    span: h.marker,
    message: bi(`${zh}${LEVEL_NAMES.zh}。`, `${en}; ${LEVEL_NAMES.en}.`),
    related: [],
    fixes: [fix],
  });
}

/** The renumber fix: only `h` when the next heading of its run already follows the expected number (an isolated
 *  typo), else `h` and the rest of its run up to a new list or a line quoted from the Opinion. */
function renumber(st: Check, h: NumberedHeading, expected: number): { fix: Fix; isolated: boolean } {
  const { inp } = st;
  const run = st.runOf(h);
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
}

/** `a` is `b` or one of its ancestors (undefined is the root, everybody's ancestor). */
function isAncestor(a: NumberedHeading | undefined, b: NumberedHeading | undefined): boolean {
  if (!a) return true;
  for (let x = b; x; x = x.parent) if (x === a) return true;
  return false;
}
