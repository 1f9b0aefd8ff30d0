// The rules registry: levels decide what runs and how severe it is; one failing rule loses only its own findings.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { ALL_RULES, type RuleFinding } from '../../server/src/core/model';
import { RULES, runRules, type Rule } from '../../server/src/core/rules';
import type { CheckContext } from '../../server/src/core/rules/context';
import { lib } from '../helpers/corpus';

const DRAFT =
  '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发[2015]5号）第二部分第（七）项提出PUE值优于1.4。';
const ctx = {} as CheckContext;
const at = (code: RuleFinding['code'], start: number, end: number): RuleFinding => ({
  code,
  span: { start, end },
  message: { zh: code, en: code },
  related: [],
  fixes: [],
});

describe('rules registry', () => {
  it('does not run a rule whose codes are all off, and runs one with any code on', () => {
    let calls = 0;
    const rule: Rule = { name: 'two-codes', codes: ['misquote', 'target-mismatch'], check: () => (calls++, []) };
    runRules([rule], ctx, { misquote: 'off', 'target-mismatch': 'off' });
    assert.equal(calls, 0);
    runRules([rule], ctx, { misquote: 'off', 'target-mismatch': 'hint' });
    assert.equal(calls, 1);
  });

  it('drops the findings of a code that is off from a rule that also reports codes that are on', () => {
    const rule: Rule = {
      name: 'r',
      codes: ['misquote', 'target-mismatch'],
      check: () => [at('misquote', 0, 2), at('target-mismatch', 3, 4)],
    };
    const { findings } = runRules([rule], ctx, { misquote: 'off', 'target-mismatch': 'information' });
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [['target-mismatch', 'information']],
    );
  });

  it('keeps the findings of the other rules when one throws, and reports the failure as a problem', () => {
    const bad: Rule = {
      name: 'bad',
      codes: ['count-mismatch'],
      check: () => {
        throw new Error('boom');
      },
    };
    const good: Rule = { name: 'good', codes: ['misquote'], check: () => [at('misquote', 5, 9)] };
    const { findings, problems } = runRules([bad, good], ctx);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['misquote'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].rule, 'bad');
    assert.equal(problems[0].message, 'boom');
  });

  it('drops a finding inside a finding of the rule that supersedes it, and only inside', () => {
    const quotes: Rule = {
      name: 'quotes',
      codes: ['misquote'],
      check: () => [at('misquote', 10, 20)],
      supersedes: { by: 'misquote', codes: ['target-mismatch'] },
    };
    const targets: Rule = {
      name: 'targets',
      codes: ['target-mismatch'],
      check: () => [at('target-mismatch', 10, 12), at('target-mismatch', 18, 22), at('target-mismatch', 2, 4)],
    };
    const { findings } = runRules([quotes, targets], ctx);
    assert.deepEqual(
      findings.map((f) => [f.code, f.span.start]),
      [
        ['target-mismatch', 2],
        ['misquote', 10],
        ['target-mismatch', 18],
      ],
    );
  });

  it('gives every finding of analyze the severity of its level, defaults included', () => {
    const a = analyze(DRAFT, lib(), { levels: { 'doc-number-format': 'error', 'target-mismatch': 'hint' } });
    const sev = Object.fromEntries(a.findings.map((f) => [f.code, f.severity]));
    assert.deepEqual(sev, { 'doc-number-format': 'error', 'unknown-clause': 'error', 'target-mismatch': 'hint' });
  });

  it('leaves out every finding of a rule that is off, and nothing else', () => {
    const all = analyze(DRAFT, lib()).findings.map((f) => f.code);
    const some = analyze(DRAFT, lib(), { levels: { 'unknown-clause': 'off' } }).findings.map((f) => f.code);
    assert.deepEqual(
      some,
      all.filter((c) => c !== 'unknown-clause'),
    );
  });

  it('names every rule code in exactly the rules that report it', () => {
    const codes = new Set(RULES.flatMap((r) => r.codes));
    assert.deepEqual([...codes].sort(), [...ALL_RULES].sort());
    assert.deepEqual([...codes].sort(), [
      'alias-undefined',
      'clause-title-mismatch',
      'copy-drift',
      'count-mismatch',
      'date-mismatch',
      'doc-number-format',
      'doc-number-mismatch',
      'misquote',
      'numbering-sequence',
      'target-mismatch',
      'title-mismatch',
      'unknown-clause',
    ]);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
  });
});
