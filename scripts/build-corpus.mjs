#!/usr/bin/env node
// Derives the structured, bilingual corpus of 国发〔2015〕5号 from the seed text (../shared/seeds/…).
// Writes corpus/gf-2015-5.json (structure, metadata, targets, counts, the two texts) and the two readable
// source texts corpus/gf-2015-5.zh.txt and corpus/gf-2015-5.en.txt that go-to-definition opens.
// Run: npm run corpus [-- --seed PATH]. Deterministic: running it twice gives identical files.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argSeed = process.argv.indexOf('--seed');
const seedPath =
  argSeed > 0 ? process.argv[argSeed + 1] : join(root, '..', 'shared', 'seeds', '000_824a86cffa84acd7.txt');
if (!existsSync(seedPath)) {
  console.error(`build-corpus: seed not found at ${seedPath}`);
  process.exit(2);
}
const seed = readFileSync(seedPath, 'utf8').replace(/\r\n?/g, '\n');
const lines = seed.split('\n');

// ---- Cut the two languages out of the seed --------------------------------------------------------------
// English: from the title to the date line; the blog's "Posted on Updated on" line is the blog's, not the Opinion's.
// Chinese: from the first title line to the date line 2015年1月6日; the blog comments after it are dropped.
const enStart = 0;
const enEnd = lines.indexOf('6 January 2015');
const zhStart = lines.indexOf('国务院关于促进云计算创新发展');
const zhEnd = lines.indexOf('2015年1月6日');
if (enEnd < 0 || zhStart < 0 || zhEnd < 0) throw new Error('seed layout not recognised');
const BLOG_LINES = new Set(['Posted on Updated on']);
const enLines = [];
for (let i = enStart; i <= enEnd; i++) {
  if (BLOG_LINES.has(lines[i])) {
    if (lines[i + 1] === '') i++;
    continue;
  }
  enLines.push(lines[i]);
}
/**
 * Where the seed is wrong and the corpus gives the Opinion's text: each correction once, with why. The corpus test
 * checks that the seed has `seed` and the corpus `corpus` in its place, exactly once each.
 */
const ERRATA = [
  {
    lang: 'zh',
    seed: '约为260字节',
    corpus: '约为2⁶⁰字节',
    why: {
      zh: '艾字节（EB）约为2的60次方字节；种子文本复制自网页时丢失了上标，“2⁶⁰”变成了“260”。',
      en: 'An exabyte (EB) is about 2 to the power of 60 bytes; the superscript was lost when the seed was copied from a web page, turning 2⁶⁰ into 260.',
    },
  },
  {
    lang: 'en',
    seed: 'c. 260 bytes',
    corpus: 'c. 2⁶⁰ bytes',
    why: {
      zh: '艾字节（EB）约为2的60次方字节；种子文本复制自网页时丢失了上标，“2⁶⁰”变成了“260”。',
      en: 'An exabyte (EB) is about 2 to the power of 60 bytes; the superscript was lost when the seed was copied from a web page, turning 2⁶⁰ into 260.',
    },
  },
];
function corrected(text, lang) {
  let out = text;
  for (const e of ERRATA.filter((x) => x.lang === lang)) {
    if (out.split(e.seed).length !== 2)
      throw new Error(`erratum not found exactly once in the ${lang} seed: ${e.seed}`);
    out = out.replace(e.seed, e.corpus);
  }
  return out;
}
const en = corrected(enLines.join('\n') + '\n', 'en');
const zh = corrected(lines.slice(zhStart, zhEnd + 1).join('\n') + '\n', 'zh');

// ---- Structure ------------------------------------------------------------------------------------------
const PART_NUM_ZH = ['一', '二', '三'];
const PART_NUM_EN = ['I', 'II', 'III'];
const SEC_NUM_ZH = ['一', '二', '三', '四', '五', '六', '七'];
const PRINCIPLES = [
  { key: 'market', zh: '市场主导', en: 'Market orientation' },
  { key: 'coordination', zh: '统筹协调', en: 'Comprehensive coordination' },
  { key: 'innovation', zh: '创新驱动', en: 'Innovation drivers' },
  { key: 'security', zh: '保障安全', en: 'Guarantee security' },
];
const OBJECTIVES = [
  { key: '2017', zh: '到2017年', en: 'By 2017', area: false },
  { key: 'service', zh: '服务能力大幅提升', en: 'Service capacity is to increase substantially', area: true },
  { key: 'innovation', zh: '创新能力明显增强', en: 'Innovation capacity is to enhance notably', area: true },
  { key: 'demonstration', zh: '应用示范成效显著', en: 'Notable application demonstration results', area: true },
  { key: 'infrastructure', zh: '基础设施不断优化', en: 'Incessantly optimizing infrastructure', area: true },
  { key: 'security', zh: '安全保障基本健全', en: 'Basic completion of security guarantees', area: true },
  { key: '2020', zh: '到2020年', en: 'By 2020', area: false },
];

/** Splits a text into paragraphs (non-empty lines) with their offsets. */
function paragraphsOf(text) {
  const out = [];
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ text: line, start: off, end: off + line.length });
    off += line.length + 1;
  }
  return out;
}

/** Sentence ranges inside [start,end) of text. Chinese ends at 。！？；, English at . ! ? followed by space and a capital. */
function sentencesOf(text, start, end, lang) {
  const out = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const isEnd =
      lang === 'zh'
        ? '。！？；'.includes(c)
        : '.!?'.includes(c) && (i + 1 === end || (text[i + 1] === ' ' && /[A-Z“"]/.test(text[i + 2] ?? '')));
    if (isEnd) {
      out.push([s, i + 1]);
      s = i + 1;
      while (s < end && text[s] === ' ') s++;
      i = s - 1;
    }
  }
  if (s < end && text.slice(s, end).trim()) out.push([s, end]);
  return out;
}

function structure(text, lang) {
  const paras = paragraphsOf(text);
  const partRe = lang === 'zh' ? /^([一二三])、(.+)$/ : /^(I|II|III), (.+)$/;
  const secRe = lang === 'zh' ? /^\(([一二三四五六七])\)(.+?)。?$/ : /^\((\d)\) (.+?)\.?$/;
  let i = 0;
  const take = () => paras[i++];
  // Front matter
  const front = [];
  while (i < paras.length && !partRe.test(paras[i].text)) front.push(take());
  const sigIdx = paras.findIndex((p) => p.text === (lang === 'zh' ? '国务院' : 'State Council'));
  // Body
  const parts = [];
  let part = null,
    sec = null;
  while (i < sigIdx) {
    const p = take();
    let m;
    if ((m = partRe.exec(p.text))) {
      part = {
        num: (lang === 'zh' ? PART_NUM_ZH.indexOf(m[1]) : PART_NUM_EN.indexOf(m[1])) + 1,
        heading: m[2],
        headingRange: [p.start + p.text.indexOf(m[2]), p.start + p.text.indexOf(m[2]) + m[2].length],
        line: p,
        sections: [],
      };
      parts.push(part);
      sec = null;
      continue;
    }
    if (part && (m = secRe.exec(p.text))) {
      const hs = p.start + p.text.indexOf(m[2]);
      sec = {
        num: lang === 'zh' ? SEC_NUM_ZH.indexOf(m[1]) + 1 : Number(m[1]),
        heading: m[2],
        headingRange: [hs, hs + m[2].length],
        line: p,
        paras: [],
      };
      part.sections.push(sec);
      continue;
    }
    if (sec && !(part.num === 3 && sec.num === 7 && sec.paras.length === 1)) {
      sec.paras.push(p);
      continue;
    }
    // the closing paragraph after III(7)
    parts.closing = p;
  }
  const signature = paras[sigIdx];
  const date = paras[sigIdx + 1];
  return { front, parts, closing: parts.closing, signature, date };
}

const S = { zh: structure(zh, 'zh'), en: structure(en, 'en') };
const texts = { zh, en };

// Sanity: the two languages must align.
if (S.zh.parts.length !== 3 || S.en.parts.length !== 3) throw new Error('expected 3 parts in each language');
for (let p = 0; p < 3; p++) {
  const a = S.zh.parts[p].sections,
    b = S.en.parts[p].sections;
  if (a.length !== b.length) throw new Error(`part ${p + 1}: ${a.length} zh sections vs ${b.length} en`);
  a.forEach((s, k) => {
    if (s.paras.length !== b[k].paras.length)
      throw new Error(`part ${p + 1} section ${k + 1}: paragraph counts differ`);
  });
}

const nodes = [];
const r = (x) => [x.start, x.end];
function sentenceNodes(id, zhP, enP) {
  for (const [lang, p] of [
    ['zh', zhP],
    ['en', enP],
  ]) {
    sentencesOf(texts[lang], p.start, p.end, lang).forEach((range, k) => {
      nodes.push({
        id: `${id}.${lang}.s${k + 1}`,
        kind: 'sentence',
        parent: id,
        lang,
        label: { zh: `第${k + 1}句`, en: `sentence ${k + 1}` },
        range: { [lang]: range },
      });
    });
  }
}
function para(id, kind, parent, zhP, enP, label, extra = {}) {
  nodes.push({ id, kind, parent, label, range: { zh: r(zhP), en: r(enP) }, ...extra });
  sentenceNodes(id, zhP, enP);
}

// Front matter: zh = title (2 lines), number, addressees, preamble; en = title, number, addressees, preamble.
const zf = S.zh.front,
  ef = S.en.front;
nodes.push({
  id: 'title',
  kind: 'title',
  label: { zh: '标题', en: 'Title' },
  range: { zh: [zf[0].start, zf[1].end], en: r(ef[0]) },
});
nodes.push({
  id: 'number',
  kind: 'number',
  label: { zh: '发文字号', en: 'Document number' },
  range: { zh: r(zf[2]), en: r(ef[1]) },
});
nodes.push({
  id: 'addressees',
  kind: 'addressees',
  label: { zh: '主送机关', en: 'Addressees' },
  range: { zh: r(zf[3]), en: r(ef[2]) },
});
para('preamble', 'preamble', undefined, zf[4], ef[3], { zh: '序言', en: 'Preamble' });

for (let p = 0; p < 3; p++) {
  const zp = S.zh.parts[p],
    ep = S.en.parts[p];
  const pid = PART_NUM_EN[p];
  const lastZ = zp.sections.at(-1),
    lastE = ep.sections.at(-1);
  const endOf = (s) => (s.paras.at(-1) ?? s.line).end;
  nodes.push({
    id: pid,
    kind: 'part',
    num: p + 1,
    label: { zh: `第${PART_NUM_ZH[p]}部分`, en: `Part ${pid}` },
    heading: { zh: zp.heading, en: ep.heading },
    headingRange: { zh: zp.headingRange, en: ep.headingRange },
    range: { zh: [zp.line.start, endOf(lastZ)], en: [ep.line.start, endOf(lastE)] },
  });
  zp.sections.forEach((zs, k) => {
    const es = ep.sections[k];
    const sid = `${pid}.${k + 1}`;
    nodes.push({
      id: sid,
      kind: 'section',
      parent: pid,
      num: k + 1,
      label: { zh: `（${SEC_NUM_ZH[k]}）`, en: `(${k + 1})` },
      heading: { zh: zs.heading, en: es.heading },
      headingRange: { zh: zs.headingRange, en: es.headingRange },
      range: { zh: [zs.line.start, endOf(zs)], en: [es.line.start, endOf(es)] },
    });
    zs.paras.forEach((zpara, j) => {
      const epara = es.paras[j];
      if (sid === 'I.2') {
        const pr = PRINCIPLES[j];
        if (!zpara.text.startsWith(pr.zh + '。') || !epara.text.startsWith(pr.en + '.'))
          throw new Error(`principle ${pr.key} not where expected`);
        para(
          `I.2.${pr.key}`,
          'principle',
          sid,
          zpara,
          epara,
          { zh: pr.zh, en: pr.en },
          {
            num: j + 1,
            heading: { zh: pr.zh, en: pr.en },
            headingRange: {
              zh: [zpara.start, zpara.start + pr.zh.length],
              en: [epara.start, epara.start + pr.en.length],
            },
          },
        );
      } else if (sid === 'I.3') {
        const ob = OBJECTIVES[j];
        if (!zpara.text.startsWith(ob.zh) || !epara.text.startsWith(ob.en))
          throw new Error(`objective ${ob.key} not where expected`);
        para(
          `I.3.${ob.key}`,
          'objective',
          sid,
          zpara,
          epara,
          { zh: ob.zh, en: ob.en },
          {
            area: ob.area,
            year: ob.key === '2020' ? 2020 : 2017,
            heading: { zh: ob.zh, en: ob.en },
            headingRange: {
              zh: [zpara.start, zpara.start + ob.zh.length],
              en: [epara.start, epara.start + ob.en.length],
            },
          },
        );
      } else {
        para(`${sid}.p${j + 1}`, 'paragraph', sid, zpara, epara, { zh: `第${j + 1}段`, en: `paragraph ${j + 1}` });
      }
    });
  });
}
para('closing', 'closing', undefined, S.zh.closing, S.en.closing, { zh: '结语', en: 'Closing paragraph' });
nodes.push({
  id: 'signature',
  kind: 'signature',
  label: { zh: '发文机关署名', en: 'Signature' },
  range: { zh: r(S.zh.signature), en: r(S.en.signature) },
});
nodes.push({
  id: 'date',
  kind: 'date',
  label: { zh: '成文日期', en: 'Date' },
  range: { zh: r(S.zh.date), en: r(S.en.date) },
});

// ---- Facts ----------------------------------------------------------------------------------------------
/** Locates an exact phrase inside a node's range; fails loudly if the seed changes. */
function locate(nodeId, lang, phrase) {
  const n = nodes.find((x) => x.id === nodeId);
  const [s, e] = n.range[lang];
  const at = texts[lang].indexOf(phrase, s);
  if (at < 0 || at + phrase.length > e) throw new Error(`phrase not found in ${nodeId}/${lang}: ${phrase}`);
  return [at, at + phrase.length];
}
/**
 * How drafts state each target, for the one generic target check (server/src/core/claims.ts, rules/targets.ts):
 * `claim.patterns` are regular-expression sources (flags dg; English also i) over the folded draft, with named groups
 * `value` (the figure as written), `before` / `after` (words that may hold a comparator) and `unit`; `figure` says
 * how the value is read; `direction` says which words decide the comparator and how a wrong one is fixed;
 * `messages` what the finding says ({value} is the source's figure). `mention` finds the target's subject without a
 * figure (coverage). Targets with no claim are for coverage only.
 */
/** Government-built data centres, as English drafts name them. */
const GOV_DC =
  '(?:government(?:-built|-owned| built| owned| own)?\\s{1,2}data\\s{1,2}cent(?:re|er)s|data\\s{1,2}cent(?:re|er)s\\s{1,2}(?:constructed|built|run)\\s{1,2}by\\s{1,2}(?:the\\s{1,2})?governments?(?:\\s{1,2}(?:itself|themselves))?)';
const FIGURE_PCT = '\\d{1,3}(?:\\.\\d{1,2})?\\s{0,2}(?:%|percent|per\\s+cent)';
const NUMBER_OF = `\\s{1,2}(?:(?:in|of)\\s{1,2})?(?:the\\s{1,2})?(?:number|quantity|count)\\s{1,2}of\\s{1,2}${GOV_DC}`;
/**
 * The government data-centre target in English: the subject first ("government data centres are to fall by more than
 * 5%"), a verb or noun of reduction with the figure and then the subject ("a reduction of more than 5% in the number of
 * data centres built by governments", "reduce by 5% the number of …"), or the figure first ("a 5% cut in the number
 * of …"). The lookaheads are bounded: the pattern stays linear.
 */
const GOV_DC_EN =
  `(?:\\b${GOV_DC}|\\b(?:reduction|reduce|reduced|reducing|cut|cutting|decrease|decreasing|fall|drop)\\b(?=[^\\d\\n.;]{0,40}?${FIGURE_PCT}${NUMBER_OF})` +
  `|(?<![\\d.])(?=${FIGURE_PCT}[\\s-]{1,2}(?:cut|reduction|decrease|drop|fall)${NUMBER_OF}))` +
  '(?<before>[^\\d\\n.;]{0,60}?)(?<value>\\d{1,3}(?:\\.\\d{1,2})?)\\s{0,2}(?<unit>%|percent|per\\s+cent)';

const TARGET_CLAIMS = {
  pue: {
    claim: {
      patterns: {
        zh: 'PUE\\)?[ \\t]{0,2}值?(?<before>[^\\d\\n。；;,，]{0,10}?)(?<value>\\d{1,2}(?:\\.\\d{1,3})?)(?!\\.?\\d)(?<after>以下|以内|以上)?',
        en: '\\bPUE\\b\\)?(?<before>[^\\d\\n.;]{0,40}?)(?<value>\\d{1,2}(?:\\.\\d{1,3})?)\\b(?!\\.\\d)',
      },
      figure: 'number',
      direction: {
        zh: { words: ['before', 'after'], from: 'before', to: ['after', 'value'], text: '优于{value}' },
        en: { words: ['before', 'after'], from: 'before', to: ['after', 'value'], text: 'better than {value}' },
      },
      messages: {
        value: { zh: 'PUE数值不符：应为{value}。', en: 'Wrong PUE value: it is {value}.' },
        direction: {
          zh: '比较方向不符：PUE值应优于（低于）{value}。',
          en: 'Wrong direction: PUE is to be better (lower) than {value}.',
        },
      },
    },
    mention: '\\bPUE\\b|能源利用效率|power\\s{1,2}usage\\s{1,2}effectiveness',
  },
  'gov-datacentres': {
    claim: {
      patterns: {
        zh: '政府(?:部门)?自建(?:的)?数据中心(?:的)?(?:数量)?[ \\t]{0,2}(?:要|应|须|将)?[ \\t]{0,2}(?:减少|降低|下降|压缩|缩减)[ \\t]{0,2}(?<value>\\d{1,3}(?:\\.\\d{1,2})?)[ \\t]{0,2}(?<unit>%|个百分点)[ \\t]{0,2}(?<after>以上|左右|以下|以内)?',
        en: GOV_DC_EN,
      },
      figure: 'number',
      direction: {
        zh: { words: ['after'], from: 'after', to: ['after'], text: '以上' },
        en: { words: ['before'], from: 'before', to: ['unit'], text: 'by more than {value}%', fromComparator: true },
      },
      messages: {
        value: {
          zh: '数值不符：政府自建数据中心数量减少{value}%以上。',
          en: 'Wrong figure: government-built data centres are to be reduced by more than {value}%.',
        },
        direction: {
          zh: '比较方向不符：原文为“减少{value}%以上”。',
          en: 'Wrong direction: the source says by more than {value}%.',
        },
      },
    },
    mention:
      '政府(?:部门)?自建(?:的)?数据中心|\\bgovernment(?:-built|-owned| built| owned| own)?\\s{1,2}data\\s{1,2}cent(?:re|er)s|\\bdata\\s{1,2}cent(?:re|er)s\\s{1,2}(?:constructed|built|run)\\s{1,2}by\\s{1,2}(?:the\\s{1,2})?governments?',
  },
  'demonstration-projects': {
    claim: {
      patterns: {
        zh: '(?<value>[百千万十]|[一二两三四五六七八九][百千]|(?<![\\d.])\\d{1,5})[ \\t]{0,2}(?:余)?[ \\t]{0,2}(?:项|个)[^，。,;；\\n]{0,14}?示范(?:工程|项目)',
        en: '\\b(?<value>a\\s{1,2}hundred|one\\s{1,2}hundred|hundred|a\\s{1,2}thousand|one\\s{1,2}thousand|thousand|(?<![)\\]][ \\t]{0,2}|\\bNo\\.?[ \\t]{0,2}|\\d\\.)\\d{1,5})\\b[^.;\\n\\d]{0,60}?demonstration\\s{1,2}(?:projects?|programmes?|programs?)',
      },
      figure: 'count',
      messages: {
        value: {
          zh: '数量不符：原文为“百项”示范工程。',
          en: 'Wrong number: the source has a hundred demonstration projects.',
        },
      },
    },
    mention: '示范工程|示范项目|\\bdemonstration\\s{1,2}(?:projects?|programmes?|programs?)',
  },
  'eb-storage': {
    claim: {
      patterns: {
        zh: '(?<value>EB|PB|ZB|TB|YB|艾字节|拍字节|泽字节|太字节)[^，。,\\n]{0,16}?存储',
        en: '\\b(?<value>exabyte|petabyte|zettabyte|terabyte|EB|PB|ZB|TB)\\b[- ](?:level|scale|class)[^.;\\n]{0,30}?storage',
      },
      figure: 'scale',
      scale: { accept: ['EB', 'exabyte', '艾字节'], abbrev: 'EB', zh: '艾字节', en: 'exabyte' },
      messages: {
        value: { zh: '存储规模不符：原文为艾字节（EB）级。', en: 'Wrong scale: the source says exabyte (EB) level.' },
      },
    },
    mention:
      '(?:EB|PB|ZB|TB|艾字节|拍字节|泽字节)[^，。,\\n]{0,16}?存储|\\b(?:exabyte|petabyte|zettabyte|EB|PB|ZB)\\b[- ](?:level|scale|class)[^.;\\n]{0,30}?storage',
  },
  'tech-level-2017': {
    mention:
      '技术[^，。,\\n]{0,6}接近国际先进水平|\\btechnology[^.;\\n]{0,30}?approach(?:es)?\\s{1,2}international(?:ly)?\\s{1,2}advanced',
  },
  'application-2020': {
    claim: {
      patterns: {
        zh: '云计算应用(?:基本|全面)?普及',
        en: '\\bcloud\\s{1,2}computing\\s{1,2}(?:is\\s{1,2}to\\s{1,2}be\\s{1,2})?basically\\s{1,2}applied\\s{1,2}universally',
      },
      messages: {},
    },
    mention: '云计算应用(?:基本|全面)?普及|\\bbasically\\s{1,2}applied\\s{1,2}universally',
  },
  'service-level-2020': {
    claim: {
      patterns: {
        zh: '(?:云计算)?服务能力[^，。,；;\\n]{0,4}?达到国际先进水平',
        en: '\\bservice\\s{1,2}capacit(?:y|ies)[^.;\\n]{0,30}?reach\\s{1,2}international(?:ly)?\\s{1,2}advanced',
      },
      messages: {},
    },
    mention:
      '服务能力[^，。,\\n]{0,4}达到国际先进水平|\\bservice\\s{1,2}capacit(?:y|ies)[^.;\\n]{0,30}?reach\\s{1,2}international(?:ly)?\\s{1,2}advanced',
  },
};

const targets = [
  {
    id: 'pue',
    clause: 'I.3.infrastructure',
    year: 2017,
    subject: {
      zh: '新建大型云计算数据中心能源利用效率(PUE)值',
      en: 'power usage effectiveness (PUE) of newly-built large-scale data centres',
    },
    metric: 'pue',
    comparator: 'better-than',
    value: 1.5,
    unit: '',
    text: {
      zh: '新建大型云计算数据中心能源利用效率(PUE)值优于1.5',
      en: 'newly-build large-scale data centres are to have a power usage effectiveness (PUE) of better than 1.5',
    },
  },
  {
    id: 'gov-datacentres',
    clause: 'I.3.demonstration',
    year: 2017,
    subject: { zh: '政府自建数据中心数量', en: 'quantity of data centres constructed by government itself' },
    metric: 'gov-datacentre-reduction',
    comparator: 'at-least',
    value: 5,
    unit: '%',
    text: {
      zh: '政府自建数据中心数量减少5%以上',
      en: 'the quantity of data centres constructed by government itself must be reduced by more than 5%',
    },
  },
  {
    id: 'demonstration-projects',
    clause: 'I.3.demonstration',
    year: 2017,
    subject: {
      zh: '云计算和大数据应用示范工程',
      en: 'Cloud Computing and Big Data Applications Demonstration Project',
    },
    metric: 'demonstration-projects',
    comparator: 'equal',
    value: 100,
    unit: '项',
    text: {
      zh: '百项云计算和大数据应用示范工程',
      en: 'Hundred Cloud Computing and Big Data Applications Demonstration Project',
    },
  },
  {
    id: 'eb-storage',
    clause: 'I.3.innovation',
    year: 2017,
    subject: { zh: '云存储系统', en: 'cloud storage systems' },
    metric: 'storage-scale',
    comparator: 'equal',
    value: 'EB',
    unit: '级',
    text: { zh: '艾字节(EB,约为2⁶⁰字节)级云存储系统', en: 'Exabyte-level (EB, c. 2⁶⁰ bytes) cloud storage systems' },
  },
  {
    id: 'tech-level-2017',
    clause: 'I.3.innovation',
    year: 2017,
    subject: { zh: '云计算技术', en: 'cloud computing technology' },
    metric: 'tech-level',
    comparator: 'approach',
    value: '国际先进水平',
    unit: '',
    text: {
      zh: '云计算技术接近国际先进水平',
      en: 'cloud computing technology is to approach internationally advanced levels',
    },
  },
  {
    id: 'application-2020',
    clause: 'I.3.2020',
    year: 2020,
    subject: { zh: '云计算应用', en: 'cloud computing application' },
    metric: 'application-adoption',
    comparator: 'equal',
    value: '基本普及',
    unit: '',
    text: { zh: '云计算应用基本普及', en: 'cloud computing is to be basically applied universally' },
  },
  {
    id: 'service-level-2020',
    clause: 'I.3.2020',
    year: 2020,
    subject: { zh: '云计算服务能力', en: 'cloud computing service capacities' },
    metric: 'service-level',
    comparator: 'reach',
    value: '国际先进水平',
    unit: '',
    text: {
      zh: '云计算服务能力达到国际先进水平',
      en: 'cloud computing service capacities are to reach international advanced levels',
    },
  },
].map((t) => ({
  ...t,
  range: { zh: locate(t.clause, 'zh', t.text.zh), en: locate(t.clause, 'en', t.text.en) },
  ...TARGET_CLAIMS[t.id],
}));

const counts = [
  { id: 'parts', value: 3, of: ['I', 'II', 'III'], label: { zh: '部分', en: 'parts' } },
  {
    id: 'principles',
    value: 4,
    of: PRINCIPLES.map((p) => `I.2.${p.key}`),
    clause: 'I.2',
    label: { zh: '基本原则', en: 'basic principles' },
  },
  {
    id: 'main-tasks',
    value: 6,
    of: nodes.filter((n) => n.parent === 'II' && n.kind === 'section').map((n) => n.id),
    clause: 'II',
    label: { zh: '主要任务', en: 'main tasks' },
  },
  {
    id: 'guarantee-measures',
    value: 7,
    of: nodes.filter((n) => n.parent === 'III' && n.kind === 'section').map((n) => n.id),
    clause: 'III',
    label: { zh: '保障措施', en: 'guarantee measures' },
  },
  {
    id: 'objective-areas',
    value: 5,
    of: OBJECTIVES.filter((o) => o.area).map((o) => `I.3.${o.key}`),
    clause: 'I.3',
    label: { zh: '发展目标的方面', en: 'objective areas' },
  },
];
for (const c of counts) if (c.of.length !== c.value) throw new Error(`count ${c.id}: ${c.of.length} != ${c.value}`);

const corpus = {
  schema: 1,
  id: 'gf-2015-5',
  meta: {
    title: {
      zh: '国务院关于促进云计算创新发展培育信息产业新业态的意见',
      en: 'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
    },
    shortTitle: {
      zh: '关于促进云计算创新发展培育信息产业新业态的意见',
      en: 'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
    },
    // Other English renderings of the title in circulation: recognised as this Opinion, never flagged.
    altTitles: {
      en: [
        'Opinions of the State Council on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Forms of Information Industry',
        'Opinions of the State Council on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Formats in the Information Industry',
        'Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Formats in the Information Industry',
        'Opinions on Promoting Cloud Computing Innovation and Development and Cultivating New Formats in the Information Industry',
        'Opinions of the State Council on Promoting the Innovative Development of Cloud Computing and Fostering New Business Forms in the Information Industry',
      ],
    },
    number: { zh: '国发〔2015〕5号', en: 'GF No. (2015)5', agency: '国发', year: 2015, seq: 5 },
    // The subject a sentence names when it means this Opinion under a mistyped number (国办发〔2015〕5号 … 云计算).
    topic: { zh: '云计算', en: 'cloud computing' },
    topicTerms: { zh: ['政务云', '云服务', '云平台', '上云', '公共云', '私有云', '混合云'], en: ['cloud'] },
    issuer: { zh: '国务院', en: 'State Council' },
    date: { iso: '2015-01-06', zh: '2015年1月6日', en: '6 January 2015' },
    published: {
      iso: '2015-01-30',
      zh: '2015年1月30日',
      en: '30 January 2015',
      note: {
        zh: '2015年1月30日为该文件向社会公开发布的日期，成文日期为2015年1月6日',
        en: '30 January 2015 is when the Opinion was made public; it is dated 6 January 2015',
      },
    },
    addressees: {
      zh: zh.slice(...nodes.find((n) => n.id === 'addressees').range.zh),
      en: en.slice(...nodes.find((n) => n.id === 'addressees').range.en),
    },
    translation: {
      source:
        'China Copyright and Media (Rogier Creemers), unofficial English translation, as captured in the seed text',
      url: 'https://chinacopyrightandmedia.wordpress.com/2015/01/06/opinions-concerning-stimulating-the-development-of-cloud-computing-innovation-and-fostering-new-business-models-in-the-information-industry/',
      note: 'Unofficial translation. The blog page layout line ("Posted on Updated on") and the reader comments after the signature are not part of the Opinion and are left out.',
    },
    seed: '000_824a86cffa84acd7.txt',
  },
  files: { zh: 'gf-2015-5.zh.txt', en: 'gf-2015-5.en.txt' },
  texts,
  nodes,
  targets,
  counts,
  errata: ERRATA,
};

writeFileSync(join(root, 'corpus', 'gf-2015-5.zh.txt'), zh);
writeFileSync(join(root, 'corpus', 'gf-2015-5.en.txt'), en);
writeFileSync(join(root, 'corpus', 'gf-2015-5.json'), JSON.stringify(corpus, null, 1) + '\n');
console.log(
  `corpus: ${nodes.length} nodes, ${targets.length} targets, ${counts.length} counts; zh ${zh.length} chars, en ${en.length} chars`,
);
