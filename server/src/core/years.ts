// The year a claim is stated for: year phrases of the draft indexed once per analysis, found by binary search.
import type { Claim } from './attribution';
import type { DraftLookups } from './lookups';

export const YEAR_ZH = /(?:到|至|截至|在)?(20\d\d)[ \t]{0,1}年(?:前|底前|底|末)?/g;

/** "by 2020", "by the end of 2017", and a year named with the goal: "a 2020 objective", "its 2017 targets", "a goal
 *  for 2020". */
export const YEAR_EN =
  /\bby\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?(20\d\d)\b|\b(?:an?|the|its|their)\s{1,2}(20\d\d)\s{1,2}(?:objectives?|goals?|targets?)\b|\b(?:objectives?|goals?|targets?)\s{1,2}for\s{1,2}(20\d\d)\b/gi;

export interface YearMatch {
  index: number;
  end: number;
  year: number;
  yearStart: number;
}
/** The year phrases among `matches` of a year pattern that are deadlines (not inside brackets: those are document
 *  numbers). */
export function yearMatchesOf(f: string, matches: RegExpExecArray[]): YearMatch[] {
  const list: YearMatch[] = [];
  for (const x of matches) {
    if (/[〔[(]/.test(f[x.index - 1] ?? '') || /[〕\])]/.test(f[x.index + x[0].length] ?? '')) continue;
    const y = x[1] ?? x[2] ?? x[3];
    const yearStart = x.index + x[0].indexOf(y);
    list.push({ index: x.index, end: x.index + x[0].length, year: Number(y), yearStart });
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
  look: DraftLookups,
  claim: Claim,
  from: number,
): { start: number; end: number; year: number } | undefined {
  const starts = look.scan.sentences.starts;
  const s = look.sentenceOf(claim.start);
  const limit = Math.min(starts[s + 1] ?? look.f.length, claim.end + 40);
  let found: { start: number; end: number; year: number } | undefined;
  for (const re of [YEAR_ZH, YEAR_EN]) {
    const list = look.yearMatches(re);
    let pick: YearMatch | undefined;
    for (let k = firstYearFrom(list, claim.start); k < list.length && list[k].index < limit; k++) {
      const y = list[k];
      if (y.index < claim.end) continue;
      if (y.index > claim.end && re === YEAR_ZH) break;
      // "…; the city sets its own targets for 2020": a year past a semicolon belongs to another clause
      if (/[;；]/.test(look.f.slice(claim.end, y.index))) break;
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
