// count-mismatch: a wrong count of a document's parts, principles, tasks, measures or objective areas, however the
// drafter says it: 提出了七项主要任务, 从八个方面提出保障措施, 主要任务共七项, 部署了七大任务, 坚持…三项原则 after a list of
// the principles; "the Opinions' seven main tasks", "the seven main tasks of the Opinions", "Of its seven main tasks",
// "measures in eight areas". Only counts the draft says are the document's: a count of the drafter's own (本方案从
// 六个方面…, 为落实《意见》，提出以下五项措施, "our plan sets out five tasks under the Opinions") or of another list
// (“急用先行、成熟先上、重点突破”三项原则) is not one.
import type { RuleFinding } from '../model';
import { execAll } from '../blocks';
import type { Corpus, CorpusCount, Lang } from '../corpus';
import { enNumber, parseEnNumber, parseZhNumber, zhCount, zhNumeral } from '../text';
import { bi, fix, related } from '../labels';
import { ALIAS_DEFINED, SELF_MARK, attributed } from '../attribution';
import { listEndingAt } from '../lists';
import type { DraftLookups } from '../lookups';
import { corpusById } from '../library';
import type { CheckContext } from './context';

const NUM_ZH = '([一二两三四五六七八九十]|\\d{1,2})';
const NOUN_ZH = '(基本原则|主要任务|重点任务|保障措施|部分|方面(?:的)?(?:发展)?目标|原则|任务|措施)';

/** A count before its noun: 四项基本原则, 三个部分, 七个方面的保障措施, 六大任务, 五条原则. */
export const COUNT_ZH = new RegExp(
  `(?<![第一二三四五六七八九十\\d.])${NUM_ZH}[ \\t]{0,2}(个|项|条|大|点)?[ \\t]{0,2}(?:方面的)?${NOUN_ZH}`,
  'g',
);

/** A count of areas, the noun after a verb: 从八个方面提出保障措施, 从六个方面提出了2017年发展目标, 从服务能力、…、
 *  安全保障六个方面提出了2017年发展目标 (the areas listed before the count). */
const AREAS_ZH = new RegExp(
  `(?<=[从分])((?:[^，。；：,.;:!?\\n“”"「」]{1,40}?(?:、|和|及|与)[^，。；：,.;:!?\\n“”"「」]{1,12}?)?[ \\t]{0,2})${NUM_ZH}[ \\t]{0,2}(个)[ \\t]{0,2}方面([^，。；：,.;:!?\\n“”"「」]{0,16}?)(基本原则|主要任务|重点任务|保障措施|发展目标|目标|原则|任务|措施)`,
  'g',
);

/** The noun first, its count after it: 主要任务共七项, 保障措施包括八个方面, 基本原则有三条, 基本原则一共是四条, 保障措施从八个方面,
 *  发展目标的六个方面. */
const AFTER_ZH = new RegExp(
  `(基本原则|主要任务|重点任务|保障措施|发展目标|原则|任务|措施)[ \\t]{0,2}(?:的?(?:(?:一共|总共|共计|共)(?:是|为|有)?|共有|包括|包含|涵盖|分为|分成|分|有|从|计)了?|的(?=[ \\t]{0,2}[一二两三四五六七八九十\\d]{1,2}[ \\t]{0,2}个方面))[ \\t]{0,2}${NUM_ZH}[ \\t]{0,2}(个方面|个|项|条|大|点)`,
  'g',
);

const EN_NUM = '(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';

export const COUNT_EN = new RegExp(
  `\\b${EN_NUM}\\s{1,2}(basic\\s{1,2}principles|principles|main\\s{1,2}tasks|key\\s{1,2}tasks|major\\s{1,2}tasks|tasks|guarantee\\s{1,2}measures|safeguard\\s{1,2}measures|safeguards|supporting\\s{1,2}measures|measures|parts|objective\\s{1,2}areas|areas\\s{1,2}of\\s{1,2}objectives)\\b`,
  'gi',
);

/** "measures in eight areas", "2017 objectives cover six areas". */
const AREAS_EN = new RegExp(
  `\\b(measures|objectives|goals|targets)\\s{1,2}(?:in|for|across|covering|that\\s{1,2}covers?|covers?|fall\\s{1,2}into|falls\\s{1,2}into|grouped\\s{1,2}into|into|spanning|spans?)\\s{1,2}${EN_NUM}\\s{1,2}(?:areas|aspects|fields|respects)\\b`,
  'gi',
);

/** Between a count and the document after it: "the seven main tasks set out in the Opinions". */
const DOC_AFTER_EN =
  /^\s{1,2}(?:(?:set\s{1,2}out|laid\s{1,2}down|listed|outlined|contained|named|identified|proposed|put\s{1,2}forward|deployed|established|defined)\s{1,2})?(?:in|of|under|by)\s{1,2}(?:the\s{1,2})?$/i;

/** Verbs that say what a document is made of: "the Opinions are divided into three parts". */
const COUNT_VERB_EN =
  /\b(?:divided\s{1,2}into|split\s{1,2}into|organi[sz]ed\s{1,2}(?:in|into)|consists?\s{1,2}of|comprises?|is\s{1,2}made\s{1,2}up\s{1,2}of|rests?\s{1,2}on|is\s{1,2}built\s{1,2}on|are\s{1,2}built\s{1,2}on|is\s{1,2}based\s{1,2}on|are\s{1,2}based\s{1,2}on|sets?\s{1,2}forth|deploys?|establish(?:es)?|defines?)\b/i;

/** Words that make what follows the drafter's own list: 提出如下保障措施, 提出以下五项措施. */
const OWN_LIST = /如下|以下|下列/;
/** A clause that starts with what the drafter does for the document: 为落实《意见》，…; 根据《意见》要求，…. */
const PURPOSE_LEAD = /(?:为了?|按照|根据|依据|依照|遵照|对照|结合)[^,;。]{0,12}(?:贯彻|落实|执行)?[^,;。]{0,6}$/;
/** How far back a count looks for the start of its sentence (a 1 MB paragraph has no start worth reading). */
const LEAD_REACH = 80;

export function countId(noun: string): string {
  const n = noun.toLowerCase();
  if (/原则|principle/.test(n)) return 'principles';
  if (/任务|task/.test(n)) return 'main-tasks';
  if (/措施|measure|safeguard/.test(n)) return 'guarantee-measures';
  if (/部分|part/.test(n)) return 'parts';
  return 'objective-areas';
}

/** How a count of a group reads: 四项基本原则, 三个部分, 发展目标的五个方面 / four basic principles. */
export function countPhrase(k: CorpusCount, lang: Lang, n = k.value): string {
  if (lang === 'en') return `${enNumber(n)} ${k.label.en}`;
  if (k.id === 'parts') return `${zhCount(n)}个${k.label.zh}`;
  const areas = /^(.*)的方面$/.exec(k.label.zh);
  return areas ? `${areas[1]}的${zhCount(n)}个方面` : `${zhCount(n)}项${k.label.zh}`;
}

/** What the document has: 国发〔2015〕5号共三个部分 / 提出四项基本原则 / 的发展目标分五个方面. */
function countMessage(c: Corpus, k: CorpusCount): { zh: string; en: string } {
  const num = c.data.meta.number;
  const areas = /^(.*)的方面$/.exec(k.label.zh);
  const zh =
    k.id === 'parts'
      ? `${num.zh}共${countPhrase(k, 'zh')}`
      : areas
        ? `${num.zh}的${areas[1]}分${zhCount(k.value)}个方面`
        : `${num.zh}提出${countPhrase(k, 'zh')}`;
  return { zh: `数量不符：${zh}。`, en: `Wrong count: ${num.en} has ${countPhrase(k, 'en')}.` };
}

/** A count found in the draft, before it is judged. */
interface Hit {
  /** The numeral. */
  start: number;
  raw: string;
  lang: Lang;
  group: string;
  /** Where attribution is read from (the noun when it comes first). */
  from: number;
  /** Where the count phrase ends (for a document named after it). */
  end: number;
  /** A bare 原则/任务/措施 (no 基本/主要/保障): a count of some list unless the draft says whose. */
  weak?: boolean;
  /** The count follows the areas it counts, and the noun after it says what they are areas of. */
  listed?: boolean;
  /** A measure word follows the numeral (两 not 二 in the fix). */
  measure?: boolean;
}

/** The sentence before `at`, at most LEAD_REACH characters of it. */
function lead(look: DraftLookups, at: number): string {
  const starts = look.scan.sentences.starts;
  const s = starts[look.sentenceOf(at)] ?? 0;
  return look.f.slice(Math.max(s, at - LEAD_REACH), at);
}

function zhHits(inp: CheckContext): Hit[] {
  const out: Hit[] = [];
  for (const m of execAll(COUNT_ZH, inp.f, inp.blocks)) {
    const [, raw, measure, noun] = m;
    if (noun === '部分' && (raw === '一' || (!measure && !/^[三四五六七八九十\d]$/.test(raw)))) continue; // 一部分: "some"
    const weak = /^(?:原则|任务|措施)$/.test(noun);
    if (weak && !measure) continue;
    out.push({
      start: m.index,
      raw,
      lang: 'zh',
      group: countId(noun),
      from: m.index,
      end: m.index + m[0].length,
      weak,
      measure: !!measure,
    });
  }
  for (const m of execAll(AREAS_ZH, inp.f, inp.blocks)) {
    const [, lead, raw, , middle, noun] = m;
    if (OWN_LIST.test(middle)) continue;
    const group = countId(noun);
    // the 2020 goals are not set out in areas: only a year other than 2017 rules the count out
    if (group === 'objective-areas' && /(?:19|20)\d\d/.test(middle) && !/2017/.test(middle)) continue;
    const start = m.index + lead.length;
    const listed = lead.trim().length > 0;
    out.push({ start, raw, lang: 'zh', group, from: m.index, end: m.index + m[0].length, measure: true, listed });
  }
  for (const m of execAll(AFTER_ZH, inp.f, inp.blocks)) {
    const [all, noun, raw] = m;
    const group = countId(noun);
    if (group === 'objective-areas') {
      const before = inp.f.slice(Math.max(0, m.index - 8), m.index);
      if (/(?:19|20)\d\d年?(?:的)?$/.test(before) && !/2017年?(?:的)?$/.test(before)) continue;
    }
    const start = m.index + all.lastIndexOf(raw, all.length - 1);
    out.push({ start, raw, lang: 'zh', group, from: m.index, end: m.index + all.length, measure: true });
  }
  return out;
}

function enHits(inp: CheckContext): Hit[] {
  const out: Hit[] = [];
  for (const m of execAll(COUNT_EN, inp.f, inp.blocks))
    out.push({
      start: m.index,
      raw: m[1],
      lang: 'en',
      group: countId(m[2]),
      from: m.index,
      end: m.index + m[0].length,
    });
  for (const m of execAll(AREAS_EN, inp.f, inp.blocks)) {
    const [all, noun, raw] = m;
    const group = countId(noun === 'measures' ? noun : 'objectives');
    if (group === 'objective-areas') {
      const before = inp.f.slice(Math.max(0, m.index - 8), m.index);
      if (/(?:19|20)\d\d\s{0,2}$/.test(before) && !/2017\s{0,2}$/.test(before)) continue;
    }
    const start = m.index + all.lastIndexOf(raw);
    out.push({ start, raw, lang: 'en', group, from: m.index, end: m.index + all.length });
  }
  return out;
}

/** The document a count is said to be of, or undefined when it is the drafter's own or another list's. */
function whoseCount(inp: CheckContext, h: Hit): { c: Corpus; nodeId?: string } | undefined {
  const look = inp.look;
  const f = inp.f;
  if (h.lang === 'zh') {
    // A、B、C三项原则 / “A、B、C”三项原则: the count counts the list before it — the group's names, or something else
    const list = listEndingAt(inp.r.lists, h.start);
    const from = Math.max(0, h.start - 40);
    const prev = f.slice(from, h.start).replace(/[ \t]*(?:等|这|共|计|上述|以上)?[ \t]*$/, '');
    if (list && /^[ \t]*[”"」』]?[ \t]*(?:等|这|共|计)?[ \t]*$/.test(f.slice(list.span.end, h.start))) {
      if (list.group !== h.group && !h.weak) return undefined;
      // “A”“B”“C”三项任务，兼顾其他任务: a count as long as the list counts the list, a few of the whole (the list rule
      // checks its members)
      if (parseZhNumber(h.raw) === list.items.length) return undefined;
      return docOf(inp, list.docId);
    }
    if (h.listed) {
      // 从A、B、C六个方面提出…目标: what the areas are named is no matter here
    } else if (/[”"」』]$/.test(prev) && !/等[ \t]*$/.test(f.slice(h.start - 4, h.start))) return undefined;
    // a list of things counted (not counts listed: 第二部分共6项主要任务、第三部分共8项保障措施)
    // and not a list the citation stands after (各市、县要对照《意见》提出的八项保障措施)
    const items = (/[^,;:。!?\n“”"「」《》]{0,30}$/.exec(prev)?.[0] ?? '').split('、');
    const cited = look.contextAt(h.start);
    const lastSep = from + prev.lastIndexOf('、');
    if (
      !h.listed &&
      items.length > 1 &&
      // 由序言、四个部分和结语构成: a count right after 、 is a member of a list, not the count of one
      items[items.length - 1].trim().length > 0 &&
      items[items.length - 1].length <= 12 &&
      !(cited && cited.start > lastSep) &&
      !items.some((x) => /[\d一二两三四五六七八九十][个项条大]/.test(x))
    )
      return undefined;
  }
  const at = attributed(look, h.from, true);
  if (at) {
    const ctx = look.contextAt(h.from)!;
    const gap = f.slice(ctx.end, h.from).replace(ALIAS_DEFINED, '');
    if (h.lang === 'zh') {
      if (OWN_LIST.test(gap)) return undefined;
      // 为落实《意见》，从八个方面提出…: after the comma the drafter speaks
      if (/[,;]/.test(gap) && PURPOSE_LEAD.test(lead(look, ctx.start))) return undefined;
      if (h.weak && (gap.length > 10 || /[、,]/.test(gap))) return undefined;
    }
    return at;
  }
  if (h.lang !== 'en') return undefined;
  if (SELF_MARK.test(lead(look, h.start))) return undefined;
  // the Opinions are divided into / consist of / rest on …: verbs that say what a document is made of
  const ctx = look.contextAt(h.from);
  if (ctx && h.from - ctx.end <= 60 && COUNT_VERB_EN.test(f.slice(ctx.end, h.from))) return docOf(inp, ctx.docId);
  // the seven main tasks of / set out in the Opinions
  const next = look.contextFrom(h.end, 40);
  if (next && look.sentenceOf(next.start) === look.sentenceOf(h.end) && DOC_AFTER_EN.test(f.slice(h.end, next.start)))
    return docOf(inp, next.docId);
  // Of its seven main tasks, the Opinions …
  if (/\b(?:its|their)\s{1,2}$/i.test(f.slice(Math.max(0, h.start - 8), h.start))) {
    const later = look.contextFrom(h.end, 80);
    if (
      later &&
      look.sentenceOf(later.start) === look.sentenceOf(h.end) &&
      !SELF_MARK.test(f.slice(h.end, later.start))
    )
      return docOf(inp, later.docId);
  }
  return undefined;
}

function docOf(inp: CheckContext, id: string): { c: Corpus } | undefined {
  const c = corpusById(inp.lib, id);
  return c && { c };
}

export function checkCounts(inp: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const seen = new Set<number>();
  const hits = [...zhHits(inp), ...enHits(inp)].sort((a, b) => a.start - b.start);
  for (const h of hits) {
    if (seen.has(h.start)) continue;
    const at = whoseCount(inp, h);
    if (!at) continue;
    const count = at.c.countsById.get(h.group);
    if (!count) continue;
    seen.add(h.start);
    if (
      at.nodeId &&
      count.clause &&
      at.nodeId !== count.clause &&
      at.c.nodes.get(at.nodeId)?.kind === 'part' &&
      count.id !== 'parts'
    )
      continue;
    const value = h.lang === 'zh' ? parseZhNumber(h.raw) : parseEnNumber(h.raw);
    if (value === count.value) continue;
    const right = /\d/.test(h.raw)
      ? String(count.value)
      : h.lang === 'zh'
        ? h.measure
          ? zhCount(count.value)
          : zhNumeral(count.value)
        : /^[A-Z]/.test(h.raw)
          ? enNumber(count.value)[0].toUpperCase() + enNumber(count.value).slice(1)
          : enNumber(count.value);
    const span = { start: h.start, end: h.start + h.raw.length };
    const node = count.clause ? at.c.nodes.get(count.clause) : undefined;
    out.push({
      code: 'count-mismatch',
      span,
      message: bi(countMessage(at.c, count).zh, countMessage(at.c, count).en),
      related: related(at.c, node, h.lang),
      fixes: [fix(`改为“${right}”`, `Change to "${right}"`, span, right)],
    });
  }
  return out;
}
