// Resolution finishes before any rule runs: the rules only read it. Hover, definition and coverage read facts that
// resolution sets (where a quote is in the source, whether a quoted heading is a heading), so they cannot depend on
// which rules ran or in what order.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache } from '../../server/src/core/blocks';
import { ALL_RULES, type RuleCode } from '../../server/src/core/model';
import { lookupsOf, resolve } from '../../server/src/core/resolve';
import { RULES, runRules } from '../../server/src/core/rules';
import { mergeScans } from '../../server/src/core/scan';
import { lib } from '../helpers/corpus';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';

function deepFreeze<T>(x: T, seen = new Set<unknown>()): T {
  if (x === null || typeof x !== 'object' || seen.has(x)) return x;
  seen.add(x);
  for (const v of Object.values(x as object)) deepFreeze(v, seen);
  return Object.freeze(x);
}

const DRAFTS = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => /\.(md|txt)$/.test(f))
  .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'))
  .concat([
    '《国务院关于促进云计算创新发展培育信息产业新业态的意见》第二部分第（四）项“云计算很重要”，第二部分第（五）项“加强大数据开发与利用”，第二部分第（四）项“加强大数据利用”，《意见》指出“推动公共数据开放”，到2020年“云计算应用基本普及”。',
  ]);

describe('resolution before rules', () => {
  it('runs every rule over a frozen resolution without a write, and finds what analyze finds', () => {
    for (const text of DRAFTS) {
      if (text.includes('\r')) continue;
      const titles = lib().corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);
      const { f, blocks } = new BlockCache().read(text, titles);
      const r = deepFreeze(resolve(lib(), mergeScans(f, blocks), f, blocks));
      const { findings, problems } = runRules(RULES, { lib: lib(), r, text, f, blocks, look: lookupsOf(r) });
      assert.deepEqual(problems, []);
      const expected = analyze(text, lib()).findings;
      assert.deepEqual(
        findings.map((x) => [x.code, x.span.start, x.span.end]),
        expected.map((x) => [x.code, x.span.start, x.span.end]),
      );
    }
  });

  it('resolves the same citations whichever rules are on', () => {
    const off = Object.fromEntries(ALL_RULES.map((c) => [c, 'off'])) as Record<RuleCode, 'off'>;
    for (const text of DRAFTS) {
      const all = analyze(text, lib());
      const none = analyze(text, lib(), { levels: off });
      assert.equal(none.findings.length, 0);
      assert.deepEqual(none.citations, all.citations);
    }
  });

  it('locates an attributed quotation in the source even when no rule runs', () => {
    const text = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》指出“推动公共数据开放”。';
    const off = Object.fromEntries(ALL_RULES.map((c) => [c, 'off']));
    const q = analyze(text, lib(), { levels: off }).resolved.quotes[0];
    assert.equal(q.found?.lang, 'zh');
    assert.equal(lib().corpora[0].data.texts.zh!.slice(q.found!.range[0], q.found!.range[1]), '推动公共数据开放');
  });

  it('reports a quote after a clause number that is not its heading once, as words quoted from that clause', () => {
    const text = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》第二部分第（四）项“云计算很重要”。';
    const a = analyze(text, lib());
    assert.deepEqual(
      a.findings.map((x) => [x.code, text.slice(x.span.start, x.span.end)]),
      [['misquote', '“云计算很重要”']],
    );
    assert.equal(a.resolved.quotes[0].usedAsHeading, false);
    assert.equal(a.resolved.quotes[0].clauseNodeId, 'II.4');
  });

  it('tells a heading of another clause from the clause own heading copied wrong', () => {
    const text =
      '《国务院关于促进云计算创新发展培育信息产业新业态的意见》第二部分第（五）项“加强大数据开发与利用”，第二部分第（四）项“加强大数据利用”。';
    const checks = analyze(text, lib()).resolved.quotes.map((q) => q.headingCheck);
    assert.deepEqual(checks, [{ verdict: 'other', nodeId: 'II.4' }, { verdict: 'near-own' }]);
  });
});
