// Adversarial drafts: 1 MB of one character, of a half-written citation, of one endless line, of broken UTF-16…
// Each must be analysed without a hang, and no input family may cost more than linear time: the cost of 4n
// characters is compared with the cost of n (CPU time, best of a few tries), so a quadratic pattern (16×) fails
// while a busy machine (which slows both alike) does not. The 5 s ceiling only guards against hangs.
import * as assert from 'node:assert/strict';
import { run } from '../helpers/corpus';
import { LONG, rangeProblems } from './gen';
import { growth } from '../helpers/growth';

const T = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const MB = 1 << 20;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** Repeats whole units only (no half citation at the end), to about n characters. */
const units = (unit: string | ((i: number) => string), n: number) => {
  const f = typeof unit === 'string' ? () => unit : unit;
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const u = f(i);
    out.push(u);
    len += u.length;
  }
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
  [
    'mixed scripts',
    (n) =>
      units(
        '国发〔2015〕5号 Part II (3) “云计算” 第二部分（三） Opinions on Cloud Computing Industry 😀 عربي русский 한국어 ',
        n,
      ),
  ],
];

/**
 * One paragraph with no line break or full stop (text pasted from a PDF) and many mentions in it, each rule's trigger
 * in turn: a cost that grows with the paragraph's length times the mentions in it fails here.
 */
const CITE = `${T}（国发〔2015〕5号，以下简称《意见》）`;
const ONE_PARAGRAPH: [string, (n: number) => string][] = [
  ['weak clause numbers beside a document number', (n) => units('国发〔2015〕5号 二（七） ', n)],
  [
    'attributed quotes, counts and clauses',
    (n) => units('《意见》提出“到2017年PUE值优于1.4”，四项原则，第二部分第（七）项，', n),
  ],
  [
    'a BOM, NUL, 国发[2015]5号, CRLF, lone CR and an unclosed “',
    (n) => '\ufeff' + units('国发[2015]5号\u0000\r\n《意见》“提出\r国发〔2015〕5号第二部分\r\n', n),
  ],
  [
    'PUE and data-centre claims after one citation',
    (n) => CITE + '提出' + units('PUE值优于1.4，政府自建数据中心减少8%以上，', n),
  ],
  ['counts after one citation', (n) => CITE + '提出' + units('四项基本原则，六项主要任务，八项保障措施，', n)],
  ['dates after one citation', (n) => CITE + units('于2015年1月30日印发，', n)],
  [
    'lists of names after one citation',
    (n) => CITE + '坚持' + units('市场主导、统筹协调、创新驱动、安全可控的原则，', n),
  ],
  ['one endless list of names', (n) => CITE + '坚持' + units('市场主导、统筹协调、安全可控、', n)],
  ['quoted names one after another', (n) => CITE + '提出' + units('“市场主导”“统筹协调”“安全可控”，', n)],
  ['counts in other words after one citation', (n) => CITE + units('从八个方面提出保障措施，主要任务共七项，', n)],
  ['counts after lists of other words', (n) => CITE + '提出' + units('急用先行、成熟先上、重点突破三条原则，', n)],
  ['headings quoted as places after one citation', (n) => CITE + units('在“加强人才培养”部分提出，', n)],
  [
    'two opinions in one sentence, then short names',
    (n) => units(`${T}（国发〔2015〕5号）和《关于某事的意见》（国发〔2015〕32号），《意见》提出，`, n),
  ],
  ['English counts before the Opinions', (n) => units("Of its seven main tasks, the Opinions' eight measures ", n)],
  [
    'English lists of principles after one citation',
    (n) =>
      'The Opinions (GF No. (2015)5) ' +
      units('rest on the principles of market orientation, comprehensive coordination and open sharing, and ', n),
  ],
  [
    'English lists that never end',
    (n) => 'The Opinions (GF No. (2015)5) rest on the principles of ' + units('market orientation, ', n),
  ],
  [
    'English dates after one citation',
    (n) => 'The Opinions (GF No. (2015)5) ' + units('were issued on 30 January 2015, ', n),
  ],
  ['demonstration projects after one citation', (n) => CITE + '提出' + units('千项云计算示范工程，', n)],
  ['storage claims after one citation', (n) => CITE + '提出' + units('PB级云存储，', n)],
  ['target years after one citation', (n) => CITE + '提出' + units('到2020年，云计算应用基本普及，到2018年，', n)],
  ['quotes after one citation', (n) => CITE + '指出' + units('“按需供给”，“云计算大幅提升”，', n)],
  ['numbers of other agencies with no topic', (n) => units('国办发〔2015〕5号 ', n)],
  ['short names after numbers of unknown documents', (n) => CITE + units('国发〔2016〕1号 该意见 《意见》 ', n)],
  [
    'English clauses and headings after one citation',
    (n) =>
      'The Opinions (GF No. (2015)5) ' +
      units('Part II, Section (8), Section II(3) "Enhance security protection capabilities", ', n),
  ],
  [
    'table rows of clauses, headings and figures',
    (n) =>
      '| 《意见》条款 | 内容 | 落实情况 |\n|---|---|---|\n' +
      units('| 二（四） | 加强大数据开发与利用 PUE值优于1.4 | 我市PUE值优于1.3 |\n', n),
  ],
  [
    'one table row as wide as the text',
    (n) => '| 《意见》目标 '.repeat(Math.ceil(n / 16)) + '|\n|---|---|\n' + units('| 二（四） | 优于1.4 ', n / 2),
  ],
  [
    'tab-separated rows of clauses, headings and figures',
    (n) =>
      '指标\t《意见》目标（2017年）\t《意见》条款\t任务名称\n' +
      units('新建大型数据中心PUE\t优于1.5\t二（四）\t加强大数据开发与利用\n', n),
  ],
  ['one line of tabs and figures', (n) => CITE + units('\t《意见》目标\t优于1.4', n)],
  [
    'rows aligned with spaces',
    (n) => '指标    《意见》目标    任务名称\n' + units('新建大型数据中心PUE    优于1.5    加强大数据开发与利用\n', n),
  ],
  ['one line of runs of spaces', (n) => CITE + units('  《意见》目标   优于1.4 ', n)],
];

/** Families aimed at the engine's own loops: many claims, quotes, clauses, aliases and directives at once. */
const SCALING: [string, (n: number) => string][] = [
  ...NAMED,
  ...ONE_PARAGRAPH,
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

/** CPU milliseconds this process spends in `fn`: other load on the machine does not count (the ceiling guards against
 *  hangs, not against a busy machine). */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

describe('robustness: adversarial inputs', function () {
  this.timeout(LONG ? 0 : 120_000);

  for (const [name, make] of NAMED) {
    it(`analyses 1 MB of ${name} without a hang, with sound ranges`, () => {
      const text = make(MB);
      let a!: ReturnType<typeof run>;
      const ms = cpuMs(() => (a = run(text)));
      assert.ok(ms < 5000, `${name}: ${Math.round(ms)} ms of CPU`);
      assert.deepEqual(rangeProblems(text, a).slice(0, 3), []);
    });
  }

  for (const [name, make] of ONE_PARAGRAPH) {
    it(`analyses 1 MB of one paragraph: ${name}, without a hang`, () => {
      const text = make(MB);
      let a!: ReturnType<typeof run>;
      const ms = cpuMs(() => (a = run(text)));
      assert.ok(ms < 5000, `${name}: ${Math.round(ms)} ms of CPU`);
      assert.deepEqual(rangeProblems(text, a).slice(0, 3), []);
    });
  }

  const n = LONG ? 200_000 : 60_000;
  for (const [name, make] of SCALING) {
    it(`${name}: 4× the text costs about 4× the time, not 16×`, () => {
      const small = make(n),
        large = make(4 * n);
      run(make(1000)); // warm up the converters and caches
      const { ratio, seen } = growth(
        () => run(small),
        () => run(large),
      );
      assert.ok(ratio < 9, `${name}: ×${ratio.toFixed(1)} for 4× the text (${seen})`);
    });
  }
});
