// The engine's rules, in the order their findings are reported when two start and end at the same place.
import { checkAliases } from './aliases';
import { checkClauses } from './clauses';
import { checkCopyDrift } from './copy-drift';
import { checkCounts } from './counts';
import { checkDates } from './dates';
import { checkDocNumberFormat, checkDocNumberMismatch } from './doc-number';
import { checkLists } from './lists';
import { checkQuotes } from './quotes';
import { checkTargets } from './targets';
import { checkTitle } from './title';
import { checkNumbering } from './numbering';
import type { Rule } from './registry';

export const RULES: readonly Rule[] = [
  {
    name: 'doc-number',
    codes: ['doc-number-format', 'doc-number-mismatch'],
    check: (c) => [...checkDocNumberFormat(c), ...checkDocNumberMismatch(c)],
  },
  { name: 'title', codes: ['title-mismatch'], check: checkTitle },
  { name: 'dates', codes: ['date-mismatch'], check: checkDates },
  { name: 'clauses', codes: ['unknown-clause', 'clause-title-mismatch'], check: checkClauses },
  {
    name: 'quotes',
    codes: ['misquote', 'target-mismatch'],
    check: checkQuotes,
    supersedes: { by: 'misquote', codes: ['target-mismatch', 'copy-drift'] },
  },
  {
    name: 'lists',
    codes: ['misquote'],
    check: checkLists,
    supersedes: { by: 'misquote', codes: ['copy-drift'], overlap: true },
  },
  {
    name: 'targets',
    codes: ['target-mismatch'],
    check: checkTargets,
    // a figure both restated and attributed (《意见》提出…PUE值优于1.4) is one mistake: the target's
    supersedes: { by: 'target-mismatch', codes: ['copy-drift'], overlap: true },
  },
  { name: 'counts', codes: ['count-mismatch'], check: checkCounts },
  // once per name in the whole draft (its first undefined use), so over the whole draft
  { name: 'aliases', codes: ['alias-undefined'], scope: 'draft', check: checkAliases },
  {
    name: 'numbering',
    codes: ['numbering-sequence'],
    scope: 'draft',
    check: (c) => checkNumbering({ text: c.text, f: c.f, lib: c.lib, blocks: c.blocks }),
  },
  { name: 'copy-drift', codes: ['copy-drift'], check: checkCopyDrift },
];

export { runRules, levelsOf } from './registry';
export type { Levels, Rule, RuleProblem } from './registry';
