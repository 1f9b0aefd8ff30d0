// The rules registry: every rule of the engine, the codes it reports, and the one place that runs them. A rule is a
// pure function of the finished resolution (it reads, never writes); runRules skips a rule whose codes are all off,
// runs each rule on its own (one that throws loses only its own findings, reported as a problem), gives each
// finding its severity, and applies the "one finding per mistake" policies between rules.
import type { Finding, Level, RuleCode, RuleFinding, Severity } from '../model';
import { DEFAULT_LEVELS } from '../model';
import type { CheckContext } from './context';

export interface Rule {
  /** A name for logs and problems: the module's. */
  readonly name: string;
  /** Every code the rule can report. */
  readonly codes: readonly RuleCode[];
  /** 'draft': the rule runs once over the whole draft (its text, blocks and resolution; not `look`), not segment by
   *  segment (segments.ts): it reads the draft's own numbering, or reports a thing once per draft. */
  readonly scope?: 'draft';
  check(ctx: CheckContext): RuleFinding[];
  /**
   * Findings of these codes that lie inside one of this rule's findings of `by` (or, with `overlap`, share any of its
   * text) are the same mistake seen twice and are dropped: a figure inside a misquotation is one error, and the
   * misquote's fix restores the figure too.
   */
  readonly supersedes?: { by: RuleCode; codes: readonly RuleCode[]; overlap?: boolean };
}

export type Levels = Partial<Record<RuleCode, Level>>;

/** A rule that failed: its findings are lost, the others stand. */
export interface RuleProblem {
  rule: string;
  message: string;
  stack?: string;
}

/** The level of every code: the defaults, overridden by what is given. */
export function levelsOf(given: Levels | undefined): Record<RuleCode, Level> {
  return { ...DEFAULT_LEVELS, ...(given ?? {}) };
}

export function runRules(
  rules: readonly Rule[],
  ctx: CheckContext,
  given?: Levels,
): { findings: Finding[]; problems: RuleProblem[] } {
  const levels = levelsOf(given);
  const on = (code: RuleCode) => levels[code] !== undefined && levels[code] !== 'off';
  const all: Finding[] = [];
  const problems: RuleProblem[] = [];
  for (const rule of rules) {
    if (!rule.codes.some(on)) continue;
    let found: RuleFinding[];
    try {
      found = rule.check(ctx);
    } catch (e) {
      // A bug in one rule must not take the others, nor the citations (hover, definition), down with it.
      problems.push({
        rule: rule.name,
        message: e instanceof Error ? e.message : String(e),
        stack: e instanceof Error ? e.stack : undefined,
      });
      continue;
    }
    for (const f of found) if (on(f.code)) all.push({ ...f, severity: levels[f.code] as Severity });
  }
  all.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // Two rules can say the same thing at the same place (到2017年“…2020年目标的原话…”: the quoted words' year and the
  // claim's year): one finding per code and range, the first rule's.
  const seen = new Set<string>();
  let findings = all.filter((x) => {
    const k = `${x.code}:${x.span.start}:${x.span.end}`;
    return !seen.has(k) && !!seen.add(k);
  });
  for (const rule of rules) if (rule.supersedes) findings = dropSuperseded(findings, rule.supersedes);
  return { findings, problems };
}

/** Drops findings of `codes` that lie inside (or overlap) a finding of `by`. Both are sorted by start: one sweep,
 *  keeping the furthest end of the `by` findings that start at or before each finding. */
function dropSuperseded(sorted: Finding[], s: NonNullable<Rule['supersedes']>): Finding[] {
  const outer = sorted.filter((x) => x.code === s.by);
  if (!outer.length) return sorted;
  let i = 0,
    end = -1;
  return sorted.filter((x) => {
    if (!s.codes.includes(x.code)) return true;
    // with overlap, a `by` finding starting inside this one counts too
    const reach = s.overlap ? x.span.end - 1 : x.span.start;
    while (i < outer.length && outer[i].span.start <= reach) end = Math.max(end, outer[i++].span.end);
    return s.overlap ? end <= x.span.start : x.span.end > end;
  });
}
