// Target claims, the last step of resolution: where the draft states a figure, comparator, scale or year of a known
// document's target and attributes it to that document (《意见》提出…PUE值优于1.5, "Under the Opinions, … 5%"), read
// with each target's claim patterns from the corpus data; and mentions of a target's subject without a figure. The
// target rule compares claims with the targets; coverage counts them. Pure; nothing here knows a particular document.
import { attributed, attributedAfter } from './attribution';
import type { ClaimGroup, CompiledClaim, Corpus, Lang } from './corpus';
import type { DraftLookups } from './lookups';
import type { Span } from './model';
import { yearNear } from './years';
import { headerYear, markOtherSubjects, settleComparisons, tableClaims, unitBase } from './figure-claims';

/** A statement of a target attributed to its document. */
export interface TargetClaim {
  docId: string;
  targetId: string;
  lang: Lang;
  span: Span;
  /** The named groups that matched, with the words they hold. */
  groups: Partial<Record<ClaimGroup, Span & { text: string }>>;
  /** The year the claim is stated for, when the sentence gives one. */
  year?: Span & { year: number };
  /** The year is a table column's header (《意见》目标（2017年）), shared by the column's cells: a wrong one is the
   *  cell's error, reported on the cell and not fixed by changing the header. */
  yearInHeader?: boolean;
  /** The drafter's own figure, not the document's: compared with the document's (全市PUE值均优于1.3，好于国家提出的…),
   *  or another place's after it (…，某市新建数据中心PUE值为1.4). Never checked; restated words over it are the
   *  drafter's own too. */
  own?: boolean;
}

/** A target's subject named in a sentence attributed to its document, with or without a figure. */
export interface TargetMention {
  docId: string;
  targetId: string;
  span: Span;
}

const CJK = /[\u3400-\u9fff]/;

export function findClaims(look: DraftLookups): TargetClaim[] {
  const out: TargetClaim[] = [];
  // the same statements where the draft does not attribute them: a comparison may show them to be the drafter's
  const unattributed: TargetClaim[] = [];
  for (const c of look.lib.corpora) {
    for (const k of c.claims) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const re = k.patterns[lang];
        if (!re) continue;
        for (const m of look.matches(re)) {
          if (CJK.test(m[0]) !== (lang === 'zh')) continue; // each language's pattern reads its own prose
          const span = { start: m.index, end: m.index + m[0].length };
          const claim: TargetClaim = { docId: c.id, targetId: k.target.id, lang, span, groups: groupsOf(m) };
          if (!sameUnit(k, claim)) continue; // another measure of the same subject: not this target
          const before = attributed(look, m.index);
          const at =
            before ?? (lang === 'en' && !look.contextAt(m.index) ? attributedAfter(look, span.end) : undefined);
          if (at?.c.id !== c.id) {
            unattributed.push(claim);
            continue;
          }
          const year = yearNear(
            look,
            span,
            look.contextAt(m.index)?.end ?? look.tableCell(m.index)?.cell.start ?? m.index,
          );
          // in a table, the year of the column's header: | 《意见》目标（2017年） |
          const cell = year ? undefined : look.tableColumn(m.index);
          const y = year ?? (cell ? headerYear(look.f, cell.row, cell.row.col) : undefined);
          if (y) claim.year = y;
          if (y && !year) claim.yearInHeader = true;
          out.push(claim);
        }
      }
    }
  }
  const byStart = (a: TargetClaim, b: TargetClaim) => a.span.start - b.span.start;
  out.sort(byStart);
  const all = [...out, ...tableClaims(look, out)].sort(byStart);
  return markOtherSubjects(look, settleComparisons(look, all, unattributed.sort(byStart)));
}

export function findMentions(look: DraftLookups): TargetMention[] {
  const out: TargetMention[] = [];
  for (const c of look.lib.corpora)
    for (const k of c.claims) {
      if (!k.mention) continue;
      for (const m of look.matches(k.mention)) {
        if (attributed(look, m.index)?.c.id !== c.id) continue;
        out.push({ docId: c.id, targetId: k.target.id, span: { start: m.index, end: m.index + m[0].length } });
      }
    }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function groupsOf(m: RegExpExecArray): TargetClaim['groups'] {
  const out: TargetClaim['groups'] = {};
  const ind = m.indices?.groups;
  if (!ind) return out;
  for (const [name, at] of Object.entries(ind)) {
    if (!at) continue;
    out[name as ClaimGroup] = { start: at[0], end: at[1], text: m.groups![name] };
  }
  return out;
}

function sameUnit(k: CompiledClaim, claim: TargetClaim): boolean {
  const unit = claim.groups.unit?.text;
  return !k.spec.sameUnit || !unit || !k.target.unit || unitBase(unit) === unitBase(k.target.unit);
}

/** The compiled claim of a target. */
export function claimOf(c: Corpus, targetId: string): CompiledClaim | undefined {
  return c.claims.find((k) => k.target.id === targetId);
}
