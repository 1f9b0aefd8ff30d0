// Realistic drafts for the benchmark: Chinese and English implementation plans, briefings and notes that cite
// 国发〔2015〕5号 at the density real drafts do (a citation every few hundred characters), with the mistakes
// drafters make (wrong numbers, clauses, quotes, targets, counts and dates), citations of other documents, and
// prose taken from the Opinion itself. Deterministic: the same seed gives the same draft.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type DraftLang = 'zh' | 'en';

/** mulberry32: a small, fast, seedable generator (the benchmark must not depend on Math.random). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
let sourceSentences: Record<DraftLang, string[]> | undefined;

/** Sentences of the Opinion in both languages: the prose drafters quote and paraphrase. */
function sentences(): Record<DraftLang, string[]> {
  if (sourceSentences) return sourceSentences;
  const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.json'), 'utf8')) as {
    texts: Record<DraftLang, string>;
  };
  const zh = data.texts.zh
    .split(/(?<=。)|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 160 && /。$/.test(s));
  const en = data.texts.en
    .split(/(?<=\.)\s+|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 400 && /\.$/.test(s));
  sourceSentences = { zh, en };
  return sourceSentences;
}

const ZH_TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';

const ZH_LOCAL = [
  '本市将加快推进政务数据资源整合共享，建立健全跨部门协同工作机制。',
  '各区、各部门要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处。',
  '市经济和信息化委员会牵头，会同市发展改革委、市财政局等部门组织实施。',
  '鼓励企业开展技术创新，支持骨干企业做大做强，培育一批具有竞争力的中小企业。',
  '加强对重点项目的跟踪服务，定期开展督导检查，及时协调解决实施中遇到的问题。',
  '完善人才引进和培养机制，依托高校和科研院所建设一批实训基地。',
  '统筹规划全市数据中心建设布局，引导存量数据中心整合改造。',
  '到2017年，全市云计算产业规模力争突破500亿元，培育10家以上骨干企业。',
];
const EN_LOCAL = [
  'The municipal government will speed up the integration and sharing of government data across departments.',
  'Each district and department shall draw up detailed measures, assign responsibilities and report progress every quarter.',
  'The Commission of Economy and Informatization leads this work together with the Development and Reform Commission and the Finance Bureau.',
  'Enterprises are encouraged to innovate; backbone firms will be supported and a group of competitive small and medium-sized firms fostered.',
  'Key projects will be followed closely, with regular inspections and prompt coordination of problems that arise.',
  'The city will improve how it attracts and trains talent, building training bases with universities and research institutes.',
  'Data centre construction across the city will be planned as a whole, and existing data centres consolidated and upgraded.',
  'By 2017 the city aims for a cloud computing industry worth more than 50 billion yuan and more than ten backbone enterprises.',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const ZH_PART = ['一', '二', '三'];
const ZH_SEC = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** One paragraph with citations, Chinese. Mostly correct; about one in five carries a mistake. */
function zhCitation(r: () => number): string {
  const s = sentences().zh;
  const wrong = r() < 0.2;
  const num =
    wrong && r() < 0.5
      ? pick(r, ['国发[2015]5号', '国发（2015）5号', '国发〔2015〕05号', '国发〔2015〕15号'])
      : '国发〔2015〕5号';
  const part = wrong && r() < 0.3 ? pick(r, ['四', '五']) : pick(r, ZH_PART);
  const sec = pick(r, ZH_SEC);
  const quote =
    wrong && r() < 0.4
      ? s[Math.floor(r() * s.length)].replace(/。$/, '').slice(0, 30).replace(/发展/, '推进')
      : s[Math.floor(r() * s.length)].replace(/[，。]$/, '').slice(0, 40);
  switch (Math.floor(r() * 9)) {
    case 0:
      return `为深入贯彻${ZH_TITLE}（${num}），结合本市实际，制定本方案。`;
    case 1:
      return `按照${num}文件第${part}部分第（${sec}）项的要求，${pick(r, ZH_LOCAL)}`;
    case 2:
      return `${num}文件明确提出“${quote}”。${pick(r, ZH_LOCAL)}`;
    case 3:
      return `《意见》提出，到${wrong ? '2018' : '2017'}年，新建大型云计算数据中心电能使用效率（PUE）值优于${wrong ? '1.4' : '1.5'}。`;
    case 4:
      return `国务院于${wrong ? '2015年1月30日' : '2015年1月6日'}印发${ZH_TITLE}（国发〔2015〕5号，以下简称《意见》），提出${wrong ? '六' : '七'}项主要任务。`;
    case 5:
      return `参照《国务院办公厅关于促进电子政务协调发展的指导意见》（国办发〔2014〕66号）和《关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号），${pick(r, ZH_LOCAL)}`;
    case 6:
      return `落实《意见》第二部分（${sec}）“${pick(r, ['增强云计算服务能力', '提升云计算自主创新能力', '探索电子政务云计算发展新模式', '加强大数据开发与利用', '统筹布局云计算基础设施', '提升安全保障能力'])}”，${pick(r, ZH_LOCAL)}`;
    case 7:
      return `政府自建数据中心数量减少${wrong ? '5' : '5'}%以上，该意见要求${pick(r, ZH_LOCAL)}`;
    default:
      return `坚持${num}文件确定的${wrong ? '五' : '四'}项基本原则，${pick(r, ZH_LOCAL)}`;
  }
}

function enCitation(r: () => number): string {
  const s = sentences().en;
  const wrong = r() < 0.2;
  const num =
    wrong && r() < 0.5 ? pick(r, ['GF No. [2015]5', 'GF No. (2015)15', 'GF (2015) No. 50']) : 'GF No. (2015)5';
  const part = wrong && r() < 0.3 ? pick(r, ['IV', 'V']) : pick(r, ['I', 'II', 'III']);
  const sec = 1 + Math.floor(r() * 9);
  const q = s[Math.floor(r() * s.length)].replace(/\.$/, '');
  const quote = (wrong && r() < 0.4 ? q.replace(/\bcloud computing\b/, 'cloud services') : q)
    .split(' ')
    .slice(0, 12)
    .join(' ');
  switch (Math.floor(r() * 9)) {
    case 0:
      return `To implement the State Council's ${EN_TITLE} (${num}), this plan sets out the city's measures.`;
    case 1:
      return `As required by Part ${part}, Section (${sec}) of the Opinions, ${pick(r, EN_LOCAL).replace(/^./, (c) => c.toLowerCase())}`;
    case 2:
      return `The Opinions state that "${quote}". ${pick(r, EN_LOCAL)}`;
    case 3:
      return `Under the Opinions, newly-built large-scale cloud data centres are to reach a PUE of better than ${wrong ? '1.4' : '1.5'} by ${wrong ? '2018' : '2017'}.`;
    case 4:
      return `The State Council issued the ${EN_TITLE} (GF No. (2015)5, hereinafter "the Opinions") on ${wrong ? '30 January 2015' : '6 January 2015'}; it sets out ${wrong ? 'six' : 'seven'} main tasks.`;
    case 5:
      return `See also the Guiding Opinions on Actively Promoting the "Internet Plus" Action (GF No. (2015)40). ${pick(r, EN_LOCAL)}`;
    case 6:
      return `Part II, Section (${sec}) ("${pick(r, ['Enhance cloud computing service capabilities', 'Expand the exploitation and use of big data', 'Enhance security protection capabilities'])}") asks for ${pick(r, ['pilot projects', 'public data openness trials', 'security evaluation'])}.`;
    case 7:
      return `The Opinions require that government-built data centres be reduced by more than ${wrong ? '8' : '5'}%. ${pick(r, EN_LOCAL)}`;
    default:
      return `The Opinions set ${wrong ? 'five' : 'four'} basic principles; ${pick(r, EN_LOCAL).replace(/^./, (c) => c.toLowerCase())}`;
  }
}

/** A prose paragraph without citations: local measures and sentences paraphrasing the Opinion. */
function prose(r: () => number, lang: DraftLang): string {
  const s = sentences()[lang];
  const local = lang === 'zh' ? ZH_LOCAL : EN_LOCAL;
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r() < 0.5 ? pick(r, local) : pick(r, s));
  return out.join(lang === 'zh' ? '' : ' ');
}

/** A draft of about `bytes` UTF-8 bytes: headings, prose and citation paragraphs, one citation per ~400 characters. */
export function draft(lang: DraftLang, bytes: number, seed = 1, markdown = false): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  const push = (p: string) => {
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  };
  push(
    lang === 'zh'
      ? '某某市云计算产业发展三年行动计划（2015—2017年）'
      : (markdown ? '# ' : '') + 'City action plan for cloud computing, 2015-2017',
  );
  let heading = 0;
  while (size < bytes) {
    const x = r();
    if (x < 0.06) {
      heading++;
      push(
        lang === 'zh'
          ? `${ZH_SEC[heading % 9]}、${pick(r, ['总体要求', '主要目标', '重点任务', '保障措施'])}`
          : `${markdown ? '## ' : ''}${heading}. ${pick(r, ['General requirements', 'Main objectives', 'Key tasks', 'Safeguards'])}`,
      );
    } else if (x < 0.55) push(lang === 'zh' ? zhCitation(r) : enCitation(r));
    else push(prose(r, lang));
  }
  const text = parts.join('\n\n') + '\n';
  return trimToBytes(text, bytes);
}

/** Cuts at a paragraph break so the draft is close to `bytes` without exceeding it by much. */
function trimToBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= bytes * 1.02) return text;
  let cut = text.length;
  while (cut > 0 && Buffer.byteLength(text.slice(0, cut), 'utf8') > bytes) cut = text.lastIndexOf('\n\n', cut - 1);
  return cut > 0 ? text.slice(0, cut) + '\n' : text;
}

/**
 * Inputs built to make a careless engine quadratic: many citations and claims far apart, many alias definitions,
 * unclosed brackets and quotes, long lines without breaks, runs of clause lists and numbers.
 */
export function adversarial(kind: string, bytes: number): string {
  const unit: Record<string, string> = {
    // every line defines a new short name and uses all earlier ones
    aliases:
      '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见X》）要求，该意见提出“云计算是推动信息技术能力实现按需供给”。\n',
    // citations and claims on one endless line (no sentence or line ends)
    'one-line': '国发〔2015〕5号第二部分（四）提出PUE值优于1.5，减少5%以上，七项主要任务，2015年1月6日印发，',
    // brackets, quotes and titles that never close
    unclosed: '《国务院关于“云计算〔2015（第二部分“ Part II (Opinions “ GF No. (2015 ',
    // many clause mentions and lists without a document
    clauses:
      '第二部分第（一）、（二）、（三）、（四）和（五）项，Part II, Section (1), (2), (3) and (4); I.1 II.2 III.3 ',
    // English claims and dates far from any citation
    claims:
      'The Opinions require a PUE of better than 1.5 by 2017, data centres reduced by more than 5%, issued on 6 January 2015. ',
    // one paragraph (no line break, no full stop) of weak clause numbers beside a document number
    'weak-pairs': '国发〔2015〕5号 二（七） ',
    // one paragraph of attributed quotes, counts and clause references
    'paragraph-claims': '《意见》提出“到2017年PUE值优于1.4”，四项原则，第二部分第（七）项，',
    // one citation, then a paragraph of claims attributed to it
    'claims-after-one':
      '千项云计算示范工程，PB级云存储，到2020年，云计算应用基本普及，PUE值优于1.4，于2015年1月30日印发，',
    // a BOM, NUL, a wrong bracket form, CRLF, lone CR and an unclosed quotation mark
    'mixed-breaks': '国发[2015]5号\u0000\r\n《意见》“提出\r国发〔2015〕5号第二部分\r\n',
  };
  const u = unit[kind];
  if (!u) throw new Error(`unknown adversarial input ${kind}`);
  let i = 0;
  const out: string[] = [];
  let size = 0;
  const ub = Buffer.byteLength(u, 'utf8');
  while (size < bytes) {
    out.push(kind === 'aliases' ? u.replace('X', String(i++)) : u);
    size += ub;
  }
  if (kind === 'claims-after-one')
    out.unshift('《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）提出');
  if (kind === 'mixed-breaks') out.unshift('\ufeff');
  return out.join('');
}

export const ADVERSARIAL_KINDS = [
  'aliases',
  'one-line',
  'unclosed',
  'clauses',
  'claims',
  'weak-pairs',
  'paragraph-claims',
  'claims-after-one',
  'mixed-breaks',
];
