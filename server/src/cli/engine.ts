// The one place the command line calls the engine. Every command — check, --fix, coverage, authorities — gets its
// analysis, the findings of the enabled rules and the safe fixes from runEngine, so when the core takes the levels
// itself and picks the safe fixes (one core function for the CLI and the server's fix-all), only this file changes.
import { analyze, Analysis } from '../core/analyze';
import type { Bilingual } from '../core/corpus';
import type { Finding, Level, RuleCode, TextEdit } from '../core/model';
import type { Library } from '../core/resolve';

export interface SafeFix {
  finding: Finding;
  title: Bilingual;
  /** In text order. */
  edits: TextEdit[];
}

export interface EngineResult {
  /** The analysis with only the findings of enabled rules. */
  analysis: Analysis;
  /** The first safe fix of every enabled finding, skipping any that overlaps one taken before. */
  safeFixes: SafeFix[];
}

export function runEngine(text: string, lib: Library, levels: Record<RuleCode, Level>): EngineResult {
  const all = analyze(text, lib);
  const analysis = { ...all, findings: all.findings.filter((f) => levels[f.code] !== 'off') };
  return { analysis, safeFixes: safeFixesOf(analysis.findings) };
}

function safeFixesOf(findings: Finding[]): SafeFix[] {
  const picked: SafeFix[] = [];
  const candidates = findings
    .map((f) => ({ finding: f, fix: f.fixes.find((x) => x.safe) }))
    .filter((x) => x.fix && x.fix.edits.length)
    .map((x) => ({
      finding: x.finding,
      title: x.fix!.title,
      edits: [...x.fix!.edits].sort((a, b) => a.span.start - b.span.start),
    }))
    .sort((a, b) => a.edits[0].span.start - b.edits[0].span.start);
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.edits[0].span.start < lastEnd) continue;
    lastEnd = c.edits[c.edits.length - 1].span.end;
    picked.push(c);
  }
  return picked;
}
