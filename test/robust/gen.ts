// Generators and run settings for the robustness suites. `npm test` runs them briefly; `npm run fuzz -- --seed S
// --runs N` (test/robust/fuzz.mjs) sets FUZZ_SEED / FUZZ_RUNS / FUZZ_LONG so the same properties run much longer.
import * as fc from 'fast-check';
import type { Analysis } from '../../server/src/core/analyze';

const envInt = (name: string): number | undefined => {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
};

/** True under `npm run fuzz`. */
export const LONG = process.env.FUZZ_LONG === '1';

/** fast-check parameters: a fixed seed when given (to replay a failure), the run count scaled per property. */
export function params(shortRuns: number): fc.Parameters<unknown> {
  const runs = envInt('FUZZ_RUNS');
  const seed = envInt('FUZZ_SEED');
  return {
    numRuns: runs !== undefined ? Math.max(1, Math.round((runs * shortRuns) / 300)) : shortRuns, // --runs is the main properties' count
    ...(seed !== undefined ? { seed } : {}),
    // a long run reports the smallest failing input; a short one stays short even when it fails
    endOnFailure: !LONG,
    verbose: LONG ? 1 : 0,
  };
}

// ---- Pieces of drafts: correct and broken citations in every form the engine reads --------------------------
export const TITLE_ZH = '国务院关于促进云计算创新发展培育信息产业新业态的意见';
export const TITLE_EN =
  'Opinions of the State Council on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Forms of the Information Industry';

const FRAGMENTS: string[] = [
  `《${TITLE_ZH}》`,
  `《${TITLE_ZH}》（国发〔2015〕5号）`,
  '《关于促进云计算创新发展的意见》',
  '《国务院关于积极推进“互联网+”行动的指导意见》',
  '国发〔2015〕5号',
  '国发[2015]5号',
  '国发（2015）05号',
  '国发〔2015〕第5号',
  '国办发〔2015〕5号',
  '国发〔2015〕50号',
  '国发〔2016〕5号',
  '国发〔',
  '〔2015〕',
  '号文件',
  '（以下简称《意见》）',
  '（以下简称“云计算意见”）',
  '《意见》',
  '该意见',
  '上述文件',
  '云计算意见',
  '第一部分',
  '第二部分',
  '第三部分',
  '第四部分',
  '第二部分第（四）项',
  '第二部分（三）',
  '第（九）项',
  '第三部分第（十二）项',
  '（四）',
  '一（二）',
  '二（三）',
  '主要任务',
  '保障措施第（三）项',
  '基本原则',
  '第二项基本原则',
  '四项基本原则',
  '五项基本原则',
  '六项主要任务',
  '七项保障措施',
  '三个部分',
  '“增强云计算服务能力”',
  '“加强大数据开发与利用”',
  '“大力发展公共云计算服务”',
  '“大力发展公共云服务”',
  '“云计算是唯一出路”',
  '“市场主导”',
  '“……降低企业信息化门槛……”',
  '指出',
  '提出',
  '要求',
  '明确',
  '强调',
  '：',
  '，',
  '。',
  '；',
  '、',
  '（',
  '）',
  '《',
  '》',
  '“',
  '”',
  '「',
  '」',
  '2015年1月6日',
  '2015年1月30日',
  '2014年12月',
  '印发',
  '发布',
  '2017年',
  '2020年',
  '到2018年',
  'PUE值优于1.5',
  'PUE值低于1.3',
  'PUE值高于1.5',
  'PUE 1.5以下',
  '政府自建数据中心数量减少5%以上',
  '政府自建数据中心数量减少8%以下',
  '百项云计算和大数据应用示范工程',
  '200项示范工程',
  '艾字节（EB）级云存储',
  'PB级存储',
  '云计算应用基本普及',
  TITLE_EN,
  'Opinions on Promoting Cloud Computing Innovation and Fostering New Business Forms in the Information Industry',
  'GF No. (2015)5',
  'Guofa [2015] No. 5',
  'GF (2015) 05',
  'Guo Fa [2016] 5',
  '(hereinafter "the Opinions")',
  'the Opinions',
  'these Opinions',
  'this plan',
  'Part II',
  'Part II, Section (4)',
  'Part IV',
  'Part II, Section (9)',
  'Section II(3)',
  'Section (2) of Part III',
  'II.4',
  'III (2)',
  'main tasks (3)',
  '"Enhance cloud computing service capabilities"',
  '"cloud computing is the only way"',
  'state that',
  'states:',
  'five basic principles',
  'four basic principles',
  'seven guarantee measures',
  'issued on 6 January 2015',
  'issued on January 30, 2015',
  'dated 2015-01-06',
  'PUE of better than 1.3 by 2017',
  'PUE above 1.5',
  'a hundred demonstration projects',
  '50 demonstration projects',
  'by more than 5%',
  'government-built data centres reduced by 8%',
  'EB-level storage',
  'PB-level storage',
  '<!-- policy-cite-disable-next-line -->',
  '<!-- policy-cite-disable -->',
  '<!-- policy-cite-enable -->',
  '// policy-cite-disable-line misquote',
  '【policy-cite-disable-next-line count-mismatch】',
  '# ',
  '## ',
  '> ',
  '* ',
  '- ',
  '**',
  '_',
  '`',
  '[',
  '](',
  ')',
  '|',
  '\t',
  ' ',
  '　',
  '  ',
  '國務院關於促進雲計算創新發展培育信息產業新業態的意見',
  '國發〔2015〕5號',
  '第二部份',
  '😀',
  '𠀀',
  '👨‍👩‍👧',
  'é',
  'e\u0301',
  '\u200b',
  '\u00a0',
  '\ufeff',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  'عربي',
  'русский',
  '한국어',
  'ｆｕｌｌ',
  '１２３',
];

const BREAKS = ['\n', '\n', '\n\n', '\r\n', '\r', '。', ' '];

/** Any UTF-16 unit, lone surrogates and NUL included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Characters near the ones the patterns read: CJK punctuation, brackets, digits, numerals, quotes. */
const nearUnit = fc.constantFrom(
  ...'《》〔〕〖〗［］[]()（）“”"「」『』第部分项条款号国发办函一二三四五六七八九十百0123456789年月日IVX.,，。、；;:： \n\r\t'.split(
    '',
  ),
);

/** A draft: citation fragments, breaks, and noise of every kind, joined. */
export const draft = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
      { weight: 2, arbitrary: fc.string({ unit: nearUnit, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A draft made only of well-formed pieces (no lone surrogates), for properties about fixes. */
export const wellFormedDraft = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS.filter(isWellFormed)) },
      { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Arbitrary text with no structure at all. */
export const noise = fc.string({ unit: anyUnit, maxLength: 400 });

/** No lone surrogate. */
export function isWellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

// ---- Checks every property shares -------------------------------------------------------------------------
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset that does not fall between the two halves of a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

const splitsCrlf = (text: string, off: number) =>
  off > 0 && text.charCodeAt(off - 1) === 13 && text.charCodeAt(off) === 10;

/** Every range the analysis hands out, described for error messages. */
export function rangesOf(a: Analysis): { what: string; start: number; end: number }[] {
  const out: { what: string; start: number; end: number }[] = [];
  for (const c of a.citations) out.push({ what: `citation ${c.kind}`, ...c.span });
  for (const f of a.findings) {
    out.push({ what: `finding ${f.code}`, ...f.span });
    f.fixes.forEach((x, i) => x.edits.forEach((e) => out.push({ what: `fix #${i} of ${f.code}`, ...e.span })));
  }
  return out;
}

/** Problems with the ranges of an analysis of `text`: out of the text, reversed, or inside a surrogate pair. */
export function rangeProblems(text: string, a: Analysis): string[] {
  const bad: string[] = [];
  for (const r of rangesOf(a)) {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end))
      bad.push(`${r.what}: non-integer range ${r.start}..${r.end}`);
    else if (r.start < 0 || r.end > text.length || r.start > r.end)
      bad.push(`${r.what}: range ${r.start}..${r.end} outside 0..${text.length}`);
    else if (!onBoundary(text, r.start) || !onBoundary(text, r.end))
      bad.push(`${r.what}: range ${r.start}..${r.end} splits a surrogate pair`);
    else if (splitsCrlf(text, r.start) || splitsCrlf(text, r.end))
      bad.push(`${r.what}: range ${r.start}..${r.end} splits a CRLF line break`);
  }
  return bad;
}
