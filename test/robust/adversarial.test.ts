// Adversarial drafts: 1 MB of one character, of a half-written citation, of one endless line, of broken UTF-16…
// Each must be analysed without a hang, and no input family may cost more than linear time: the cost of 4n
// characters is compared with the cost of n (CPU time, best of a few tries), so a quadratic pattern (16×) fails
// while a busy machine (which slows both alike) does not. The 5 s ceiling only guards against hangs.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { run } from '../helpers/corpus';
import { LONG, rangeProblems } from './gen';

const T = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const MB = 1 << 20;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** Repeats whole units only (no half citation at the end), to about n characters. */
const units = (unit: string | ((i: number) => string), n: number) => {
  const f = typeof unit === 'string' ? () => unit : unit;
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) { const u = f(i); out.push(u); len += u.length; }
  return out.join('');
};

/** The families the issue names, each sized to 1 MB. */
const NAMED: [string, (n: number) => string][] = [
  ['a million 《', (n) => fill('《', n)],
  ['a million “', (n) => fill('“', n)],
  ['a million "', (n) => fill('"', n)],
  ['第第第…', (n) => fill('第', n)],
  ['国发〔国发〔…', (n) => fill('国发〔', n)],
  ['one line with no break', (n) => fill('Part II of the Opinions on Cloud Computing states that PUE ', n)],
  ['lone surrogates', (n) => fill('\ud800', n)],
  ['lone low surrogates between letters', (n) => fill('\udc00第', n)],
  ['a BOM, then citations', (n) => '\ufeff' + units(`${T}（国发〔2015〕5号）`, n)],
  ['NUL bytes', (n) => fill('\u0000', n)],
  ['NUL bytes inside citations', (n) => units('国发〔20\u000015〕5号第二\u0000部分“云\u0000计算”', n)],
  ['mixed scripts', (n) => units('国发〔2015〕5号 Part II (3) “云计算” 第二部分（三） Opinions on Cloud Computing Industry 😀 عربي русский 한국어 ', n)],
];

/** Families aimed at the engine's own loops: many claims, quotes, clauses, aliases and directives at once. */
const SCALING: [string, (n: number) => string][] = [
  ...NAMED,
  ['an unclosed “ every 400 characters', (n) => fill('“' + 'a'.repeat(399), n)],
  ['an unclosed 《 every 150 characters', (n) => fill('《' + '字'.repeat(149), n)],
  ['traditional characters', (n) => fill('國務院關於促進雲計算創新發展', n)],
  ['citations with numbers', (n) => units('国发〔2015〕05号，', n)],
  ['titles and clauses in one sentence', (n) => units(`${T}第二部分（三）“加强”，`, n)],
  ['clauses on one line', (n) => fill('第一部分（二）', n)],
  ['weak clause numbers', (n) => fill('一（二）', n)],
  ['PUE claims in one sentence', (n) => units(`${T}PUE值优于1.8，`, n)],
  ['PUE claims in many sentences', (n) => units(`${T}PUE值优于1.8。`, n)],
  ['counts', (n) => units(`${T}提出五项基本原则，`, n)],
  ['dates of issue', (n) => units(`${T}2015年1月7日印发，`, n)],
  ['misquotations', (n) => units(`${T}指出“云计算的发展很重要”。`, n)],
  ['short names', (n) => fill('《意见》', n)],
  ['English', (n) => units('the Opinions on Cloud Computing Industry say "cloud computing" ', n)],
  ['English PUE without a figure', (n) => fill('PUE ' + ' '.repeat(39), n)],
  ['many alias definitions', (n) => units((i) => `《某文件${i}》（以下简称“简${i}”）`, n)],
  ['disable blocks', (n) => units('<!-- policy-cite-disable -->\n<!-- policy-cite-enable -->\n国发〔2015〕05号\n', n)],
  ['disable-next-line before blank lines', (n) => 'policy-cite-disable-next-line '.repeat(2000) + fill('\n', n)],
];

/** CPU milliseconds to analyse `text`. */
function cost(text: string): number {
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  run(text);
  const d = process.cpuUsage(t0);
  return Math.max((d.user + d.system) / 1000, 0.001, (performance.now() - w0) / 4);
}

describe('robustness: adversarial inputs', function () {
  this.timeout(LONG ? 0 : 120_000);

  for (const [name, make] of NAMED) {
    it(`analyses 1 MB of ${name} without a hang, with sound ranges`, () => {
      const text = make(MB);
      const t0 = performance.now();
      const a = run(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 5000, `${name}: ${Math.round(ms)} ms`);
      assert.deepEqual(rangeProblems(text, a).slice(0, 3), []);
    });
  }

  const n = LONG ? 200_000 : 30_000;
  for (const [name, make] of SCALING) {
    it(`${name}: 4× the text costs about 4× the time, not 16×`, () => {
      const small = make(n), large = make(4 * n);
      run(make(1000)); // warm up the converters and caches
      let bestSmall = Infinity, bestLarge = Infinity, ratio = Infinity;
      let seen = '';
      // a busy machine slows some runs: keep the best time of each size over a few tries before judging
      for (let k = 0; k < 4 && ratio >= 9; k++) {
        const a = cost(small), b = cost(large);
        bestSmall = Math.min(bestSmall, a);
        bestLarge = Math.min(bestLarge, b);
        // below ~10 ms one collection pause decides the ratio: count a small run as at least 10 ms
        ratio = bestLarge / Math.max(bestSmall, 10);
        seen += ` ${a.toFixed(0)}→${b.toFixed(0)} ms`;
      }
      assert.ok(ratio < 9, `${name}: ×${ratio.toFixed(1)} for 4× the text (${seen})`);
    });
  }
});
