// The year a claim is stated for: year phrases of the draft indexed once per analysis, found by binary search.
import type { Resolved } from '../resolve';
import { sentenceOf } from '../scan';
import { execAll } from '../blocks';
import type { Claim } from './attribution';
import type { CheckContext } from './context';

export const YEAR_ZH = /(?:到|至|截至|在)?(20\d\d)[ \t]{0,1}年(?:前|底前|底|末)?/g;

export const YEAR_EN = /\bby\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?(20\d\d)\b/gi;

export interface YearMatch {
  index: number;
  end: number;
  year: number;
  yearStart: number;
}
/** Year phrases of the draft (not inside brackets: those are document numbers), per pattern, in text order. */
export const yearIndexes = new WeakMap<Resolved, Map<RegExp, YearMatch[]>>();

export function yearMatches(inp: CheckContext, re: RegExp): YearMatch[] {
  let m = yearIndexes.get(inp.r);
  if (!m) {
    m = new Map();
    yearIndexes.set(inp.r, m);
  }
  let list = m.get(re);
  if (!list) {
    list = [];
    const f = inp.f;
    for (const x of execAll(re, f, inp.blocks)) {
      // a bracketed year is a document number's, not a deadline
      if (/[〔[(]/.test(f[x.index - 1] ?? '') || /[〕\])]/.test(f[x.index + x[0].length] ?? '')) continue;
      const yearStart = x.index + x[0].indexOf(x[1]);
      list.push({ index: x.index, end: x.index + x[0].length, year: Number(x[1]), yearStart });
    }
    m.set(re, list);
  }
  return list;
}

/** The first index in `list` whose match starts at or after `offset`. */
export function firstYearFrom(list: YearMatch[], offset: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A year stated for a target in the same sentence after `from` (the citation): the first one right after the claim
 * (English "by 2020" within 40 characters; a Chinese year only where the claim ends), else the nearest one before it.
 * An English year wins over a Chinese one. Found by binary search over the draft's year phrases, so a paragraph
 * with thousands of claims and one citation stays linear.
 */
export function yearNear(
  inp: CheckContext,
  claim: Claim,
  from: number,
): { start: number; end: number; year: number } | undefined {
  const starts = inp.r.scan.sentences.starts;
  const s = sentenceOf(inp.r.scan.sentences, claim.start);
  const limit = Math.min(starts[s + 1] ?? inp.f.length, claim.end + 40);
  let found: { start: number; end: number; year: number } | undefined;
  for (const re of [YEAR_ZH, YEAR_EN]) {
    const list = yearMatches(inp, re);
    let pick: YearMatch | undefined;
    for (let k = firstYearFrom(list, claim.start); k < list.length && list[k].index < limit; k++) {
      const y = list[k];
      if (y.index < claim.end) continue;
      if (y.index > claim.end && re === YEAR_ZH) break;
      pick = y;
      break;
    }
    if (!pick) {
      const k = firstYearFrom(list, claim.start) - 1;
      if (k >= 0 && list[k].index >= from) pick = list[k];
    }
    if (pick) found = { start: pick.yearStart, end: pick.yearStart + 4, year: pick.year };
  }
  return found;
}
