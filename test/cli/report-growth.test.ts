// The command line's report on one long line: locating each finding (line and column in characters) and cutting the
// excerpt around it must cost the line once, not once per finding. A paragraph pasted from a PDF has no line break;
// before this was fixed, 1 MB of `国发〔2015〕5号 二（七） ` took about four minutes and 600 MB to report.
import * as assert from 'node:assert/strict';
import { locateFindings } from '../../server/src/cli/check';
import { Locator } from '../../server/src/cli/locate';
import { formatFileText } from '../../server/src/cli/report';
import { DEFAULT_LEVELS } from '../../server/src/core/model';
import { lib } from '../helpers/corpus';
import { growth } from '../helpers/growth';

const units = (u: string, n: number) => u.repeat(Math.ceil(n / u.length));

function report(text: string): string {
  const findings = locateFindings(text, lib(), DEFAULT_LEVELS);
  return formatFileText(
    { path: 'p.txt', kind: 'text', lang: 'zh', findings, fixed: [] },
    { lang: 'en', color: false, width: 100 },
  ).out.join('\n');
}

describe('command line: one long line', function () {
  this.timeout(120_000);

  it('reports 4× the findings on one line in about 4× the time, not 16×', () => {
    const unit = '国发〔2015〕5号 二（七） ';
    const small = units(unit, 30_000),
      large = units(unit, 120_000);
    report(units(unit, 1000));
    const { ratio, seen } = growth(
      () => report(small),
      () => report(large),
    );
    assert.ok(ratio < 9, `×${ratio.toFixed(1)} for 4× the text (${seen})`);
  });

  it('keeps a window of the line, not the line, with each finding, and marks where it was cut', () => {
    const text = units('国发〔2015〕5号 二（七） ', 50_000);
    const findings = locateFindings(text, lib(), DEFAULT_LEVELS);
    assert.ok(findings.length > 1000);
    for (const f of findings) assert.ok(f.sourceLine.length <= 700, `a window of ${f.sourceLine.length} units`);
    const mid = findings[Math.floor(findings.length / 2)];
    assert.equal(mid.cutBefore, true);
    assert.equal(mid.cutAfter, true);
    assert.equal(mid.sourceLine.slice(mid.lineFrom, mid.lineTo), mid.text);
    const out = formatFileText(
      { path: 'p.txt', kind: 'text', lang: 'zh', findings: [mid], fixed: [] },
      { lang: 'en', color: false, width: 100 },
    ).out[0];
    const [, source, marker] = out.split('\n');
    assert.match(source, /\| …/);
    assert.match(source, /…$/);
    assert.match(marker, /\^~/);
  });

  it('places findings whose fixes lie inside them (each edit placed after its finding) walking the line once', () => {
    // a target-mismatch's fix replaces the figure it reports: placing the edit steps back within the line
    const text = units('《意见》提出“到2017年PUE值优于1.4”，', 40_000);
    const loc = new Locator(text);
    const findings = locateFindings(text, lib(), DEFAULT_LEVELS, loc);
    assert.ok(findings.filter((f) => f.fix).length > 500, 'findings with fixes');
    assert.ok(loc.walked <= 3 * text.length, `walked ${loc.walked} units over a ${text.length}-unit line`);
  });

  it('counts columns in characters at any offset in any order on one line, across emoji', () => {
    const text = 'a😀😀x😀y😀z'.repeat(20);
    const fresh = (o: number) => new Locator(text).position(o).column;
    const loc = new Locator(text);
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      seed = (seed * 16807) % 2147483647;
      const o = seed % (text.length + 1);
      assert.equal(loc.position(o).column, fresh(o), `offset ${o} after ${k} others`);
    }
  });

  it('counts columns in characters when resuming on the same line, across emoji', () => {
    const text = '😀😀x😀y😀z';
    const fresh = (o: number) => new Locator(text).position(o).column;
    const loc = new Locator(text);
    for (let o = 0; o <= text.length; o++) assert.equal(loc.position(o).column, fresh(o), `offset ${o}`);
    // resuming from inside a surrogate pair (a range end between its halves) does not count the pair twice
    const l2 = new Locator(text);
    l2.position(1);
    assert.equal(l2.position(3).column, fresh(3));
    assert.equal(l2.position(text.length).column, fresh(text.length));
  });
});
