// The one place the command line calls the engine. Every command — check, --fix, coverage, authorities — gets its
// analysis (the findings of the enabled rules, with their severity: the core runs only the rules that are on) and
// the safe fixes from runEngine; the same core function picks the safe fixes for the server's fix-all.
import { analyze, Analysis } from '../core/analyze';
import { SafeFix, safeFixes } from '../core/fixes';
import type { Level, RuleCode } from '../core/model';
import type { Library } from '../core/resolve';

export type { SafeFix } from '../core/fixes';

export interface EngineResult {
  analysis: Analysis;
  /** The first safe fix of every finding, skipping any that overlaps one taken before. */
  safeFixes: SafeFix[];
}

export function runEngine(text: string, lib: Library, levels: Record<RuleCode, Level>): EngineResult {
  const analysis = analyze(text, lib, { levels });
  return { analysis, safeFixes: safeFixes(analysis.findings) };
}
