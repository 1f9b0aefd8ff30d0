// target-mismatch: a figure, comparator, scale or year attributed to a document that differs from its target. One
// rule for every document in the library: the claims come from resolution (claims.ts), read with each target's claim
// patterns from its corpus data; what is wrong, and the fix, from the target's facts.
import type { Corpus, Lang, TargetClaimSpec } from '../corpus';
import type { TargetClaim } from '../claims';
import { claimOf } from '../claims';
import { corpusById } from '../library';
import type { RuleFinding, Span } from '../model';
import { parseZhNumber, zhPunctuation } from '../text';
import { bi, clauseLabel, fix, related } from '../labels';
import type { CheckContext } from './context';

/** Comparator words that put a figure below it (better, for PUE) and above it. */
const LOWER =
  /优于|低于|小于|不高于|不超过|不大于|控制在|降至|降到|以下|以内|better\s+than|lower\s+than|less\s+than|below|under|at\s+most|(?:no|not)\s+(?:more|higher|greater)\s+than|not\s+(?:exceed|exceeding|above)|down\s+to|within|up\s+to/i;
/** 不低于 / "no less than" hold 低于 / "less than": the negation is read first, and says "at least". */
const NOT_BELOW = /不低于|不小于|不少于|(?:not|no)\s+(?:lower|less)\s+than/i;
const HIGHER =
  /高于|大于|超过|不低于|以上|above|over|higher\s+than|greater\s+than|worse\s+than|more\s+than|at\s+least|exceed|in\s+excess/i;

export function checkTargets(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  // A year that claims of different target years share (到2017年，PUE值优于1.5，云计算应用基本普及) cannot be right
  // for all of them: its finding stands, but changing the year only moves the error, so that fix is not safe.
  const yearWants = new Map<number, Set<number>>();
  const yearFindings: RuleFinding[] = [];
  let inHeader: Map<number, Set<number>> | undefined;
  for (const claim of ctx.r.claims) {
    if (claim.own) continue; // the drafter's own figure beside the document's
    const c = corpusById(ctx.lib, claim.docId);
    const k = c && claimOf(c, claim.targetId);
    if (!c || !k) continue;
    const wrong = wrongFigure(c, k.spec, claim);
    if (wrong) out.push(wrong);
    const t = k.target;
    if (!claim.year) continue;
    yearWants.set(claim.year.start, (yearWants.get(claim.year.start) ?? new Set<number>()).add(t.year));
    if (claim.year.year === t.year) continue;
    // (a header whose year every cell under it disagrees with, all of one other year, is itself wrong)
    if (claim.yearInHeader && (inHeader ??= headerWants(ctx)).get(claim.year.start)!.size > 1) {
      // a cell under a column headed with another year, beside cells the year is right for: the cell is misplaced
      const y = targetFinding(
        c,
        claim,
        claim.span,
        bi(
          `年份不符：该目标是${t.year}年目标，不是本栏的${claim.year.year}年目标。`,
          `Wrong year: this is a ${t.year} target, not a ${claim.year.year} one as the column says.`,
        ),
        '',
      );
      out.push({ ...y, fixes: [] });
      continue;
    }
    const y = targetFinding(
      c,
      claim,
      claim.year,
      bi(`年份不符：该目标是${t.year}年目标。`, `Wrong year: this is a ${t.year} target.`),
      String(t.year),
    );
    yearFindings.push(y);
    out.push(y);
  }
  for (const x of yearFindings) if (yearWants.get(x.span.start)!.size > 1) for (const fx of x.fixes) fx.safe = false;
  return dedupe(out);
}

/** The target years the claims under each column header's year want (by the year's start). */
function headerWants(ctx: CheckContext): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const k of ctx.r.claims) {
    if (k.own || !k.yearInHeader || !k.year) continue;
    const t = claimOf(corpusById(ctx.lib, k.docId)!, k.targetId)?.target;
    if (t) out.set(k.year.start, (out.get(k.year.start) ?? new Set<number>()).add(t.year));
  }
  return out;
}

/** A wrong comparator first (its fix rewrites the figure too), else a wrong figure. */
function wrongFigure(c: Corpus, spec: TargetClaimSpec, claim: TargetClaim): RuleFinding | undefined {
  const t = claimOf(c, claim.targetId)!.target;
  const g = claim.groups;
  const value = g.value;
  if (!value || !spec.figure) return undefined;
  const fill = (s: string) => s.replace(/\{value\}/g, String(t.value));
  const dir = spec.direction?.[claim.lang];
  if (dir && wrongDirection(t.comparator, dir.words.map((w) => g[w]?.text ?? '').join(''))) {
    const from = g[dir.from];
    const to = dir.to.map((x) => g[x]).find(Boolean);
    if (from && to) {
      // from the comparator on ("are to be reduced by less than 5%": the verb stays), or the group's first word
      const cmp = from.text.search(LOWER_OR_HIGHER);
      const lead = dir.fromComparator && cmp >= 0 ? cmp : Math.max(0, from.text.search(/\S/));
      const span = { start: from.start + lead, end: to.end };
      // the replacement's first word is dropped when the words kept before it end with it (reduced by | more than),
      // or both are prepositions (a reduction of | more than)
      const kept = from.text.slice(0, lead);
      const first = /^(\S+)\s/.exec(fill(dir.text));
      const drop =
        first &&
        (new RegExp(`\\b${first[1]}\\s+$`, 'i').test(kept) ||
          (PREPOSITION.test(first[1]) && /\b(?:by|of|to)\s+$/i.test(kept)));
      const text = drop ? fill(dir.text).slice(first[0].length) : fill(dir.text);
      const what = spec.messages.direction ?? bi('比较方向不符：', 'Wrong direction:');
      return targetFinding(c, claim, span, bi(fill(what.zh), fill(what.en)), text);
    }
  }
  const right = rightFigure(spec, claim.lang, value.text, t.value);
  if (right === undefined) return undefined;
  const what = spec.messages.value ?? bi('数值不符：', 'Wrong figure:');
  return targetFinding(c, claim, value, bi(fill(what.zh), fill(what.en)), right);
}

const PREPOSITION = /^(?:by|of|to)$/i;

const LOWER_OR_HIGHER = new RegExp(`${LOWER.source}|${HIGHER.source}`, 'i');

/** Whether the comparator words say the opposite of the target's comparator. */
function wrongDirection(comparator: string, words: string): boolean {
  if (comparator === 'better-than') return NOT_BELOW.test(words) || (!LOWER.test(words) && HIGHER.test(words));
  if (comparator === 'at-least') return LOWER.test(words) && !NOT_BELOW.test(words);
  if (comparator === 'at-most') return HIGHER.test(words);
  return false;
}

/** The source's figure written as the draft wrote its own (digits, 百, a hundred …); undefined when the draft's is
 *  right. */
function rightFigure(spec: TargetClaimSpec, lang: Lang, raw: string, want: number | string): string | undefined {
  if (spec.figure === 'scale') {
    const s = spec.scale!;
    if (s.accept.some((a) => a.toLowerCase() === raw.toLowerCase())) return undefined;
    return /^[A-Z]{2}$/i.test(raw) ? s.abbrev : lang === 'zh' ? s.zh : s.en;
  }
  if (spec.figure === 'count') {
    const n =
      lang === 'zh' ? parseZhNumber(raw) : /hundred/i.test(raw) ? 100 : /thousand/i.test(raw) ? 1000 : Number(raw);
    if (n === want) return undefined;
    if (/\d/.test(raw) || want !== 100) return String(want);
    return lang === 'zh' ? '百' : /^[aA] /.test(raw) ? 'a hundred' : /^[oO]ne /.test(raw) ? 'one hundred' : 'hundred';
  }
  return Number(raw) === want ? undefined : String(want);
}

function targetFinding(
  c: Corpus,
  claim: TargetClaim,
  span: Span,
  what: { zh: string; en: string },
  newText: string,
): RuleFinding {
  const t = claimOf(c, claim.targetId)!.target;
  const node = c.nodes.get(t.clause);
  const where = (lang: Lang) => (node ? clauseLabel(c, node, lang) : '');
  return {
    code: 'target-mismatch',
    span: { start: span.start, end: span.end },
    message: bi(
      `${what.zh}原文为“${zhPunctuation(t.text.zh)}”（${t.year}年目标，${where('zh')}）。`,
      `${what.en} The source says "${t.text.en}" (a ${t.year} target, ${where('en')}).`,
    ),
    related: related(c, node, claim.lang, t.range[claim.lang]),
    fixes: [fix(`改为“${newText}”`, `Change to "${newText}"`, { start: span.start, end: span.end }, newText)],
  };
}

function dedupe(list: RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = `${x.code}:${x.span.start}:${x.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
