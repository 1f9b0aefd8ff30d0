// Document mentions by their form: numbers (国发〔2015〕5号, GF No. (2015)5), titles in 《》 and English titles of
// the Opinion, the full titles of the library's documents outside 《》, and the Opinion described rather than named.
import type { Lang } from './corpus';
import type { DocMention, ParsedDocNumber } from './model';

const CJK = '\\u3400-\\u9fff';

// ---- Document numbers -----------------------------------------------------------------------------------
const KNOWN_AGENCIES = [
  '国办发明电',
  '国发明电',
  '国办发',
  '国办函',
  '国发',
  '国函',
  '国令',
  '中发',
  '中办发',
  '厅字',
  '工信部信软',
  '发改高技',
  '财税',
];
const AGENCY_STOP =
  /^(?:贯彻落实|贯彻|落实|根据|按照|依据|参照|执行|学习|对照|结合|即|和|与|及|或|是|为|对|据|见|的|印发|转发|文件|号)+/;

const NUM_ZH = new RegExp(
  `([${CJK}]{1,8})[ \\t]{0,2}([〔\\[(〖﹝{])[ \\t]{0,2}(\\d{4})[ \\t]{0,2}([〕\\])〗﹞}])[ \\t]{0,2}(第)?[ \\t]{0,2}(\\d{1,5})[ \\t]{0,2}号`,
  'g',
);
const NUM_EN =
  /\b(GF|Guofa|Guo Fa|Guo-Fa|GBF|Guobanfa|Guo Ban Fa)\s{0,2}(?:No\.?\s{0,2})?([[(〔])\s{0,2}(\d{4})\s{0,2}([\])〕])\s{0,2}(?:No\.?\s{0,2})?(\d{1,4})\b/gi;
const EN_AGENCY: Record<string, string> = {
  gf: '国发',
  guofa: '国发',
  'guo fa': '国发',
  'guo-fa': '国发',
  gbf: '国办发',
  guobanfa: '国办发',
  'guo ban fa': '国办发',
};

function agencyOf(run: string): { agency: string; offset: number } {
  for (const a of KNOWN_AGENCIES) if (run.endsWith(a)) return { agency: a, offset: run.length - a.length };
  const stripped = run.replace(AGENCY_STOP, '');
  const agency = stripped.slice(-6);
  return { agency, offset: run.length - agency.length };
}

export function scanNumbers(f: string, orig: string, out: DocMention[]): void {
  NUM_ZH.lastIndex = 0;
  for (let m; (m = NUM_ZH.exec(f));) {
    const { agency, offset } = agencyOf(m[1]);
    if (!agency) continue;
    const start = m.index + offset;
    // the original characters decide the format (folding turned （ into ( and ［ into [)
    const openAt = m.index + m[0].indexOf(m[2], m[1].length);
    const closeAt = m.index + m[0].indexOf(m[4], openAt - m.index + 1 + m[3].length);
    const number: ParsedDocNumber = {
      agency,
      year: Number(m[3]),
      seq: Number(m[6]),
      open: orig[openAt],
      close: orig[closeAt],
      seqText: m[6],
      hasDi: !!m[5],
      lang: 'zh',
    };
    out.push({
      kind: 'doc',
      span: { start, end: m.index + m[0].length },
      lang: 'zh',
      form: 'number',
      docId: null,
      number,
    });
  }
  NUM_EN.lastIndex = 0;
  for (let m; (m = NUM_EN.exec(f));) {
    const agency = EN_AGENCY[m[1].toLowerCase()] ?? m[1];
    const number: ParsedDocNumber = {
      agency,
      year: Number(m[3]),
      seq: Number(m[5]),
      open: m[2],
      close: m[4],
      seqText: m[5],
      hasDi: false,
      lang: 'en',
    };
    out.push({
      kind: 'doc',
      span: { start: m.index, end: m.index + m[0].length },
      lang: 'en',
      form: 'number',
      docId: null,
      number,
    });
  }
}

// ---- Titles ---------------------------------------------------------------------------------------------
const TITLE_ZH = /《([^《》\n]{1,150})》/g;
/** English titles: the Opinions … Cloud Computing … Industry/Formats, as drafters write them. */
const TITLE_EN =
  /\b((?:Guiding\s{1,2})?(?:Opinions?|Notice|Circular|Decision|Guidelines?)\s{1,2}(?:of\s{1,2}the\s{1,2}State\s{1,2}Council\s{1,2})?(?:concerning|on|regarding|about)\s{1,2}[^.;:()\n"“”*_]{0,60}?Cloud\s{1,2}Computing[^.;:()\n"“”*_]{0,140}?(?:Industry|Formats?|Models?|Forms?|Sector))\b/gi;

export function scanTitles(f: string, out: DocMention[]): void {
  TITLE_ZH.lastIndex = 0;
  for (let m; (m = TITLE_ZH.exec(f));) {
    if (m[1].trim().length <= 4) continue; // 《意见》《纲要》: short names, read as aliases
    out.push({
      kind: 'doc',
      span: { start: m.index, end: m.index + m[0].length },
      lang: 'zh',
      form: 'other-title',
      docId: null,
      title: { text: m[1], span: { start: m.index + 1, end: m.index + 1 + m[1].length } },
    });
  }
  TITLE_EN.lastIndex = 0;
  for (let m; (m = TITLE_EN.exec(f));) {
    // "…New Business Models in the Information Industry": the lazy match stops at the first ending word
    const more =
      /^\s{1,2}(?:in|of|for)\s{1,2}(?:the\s{1,2})?Information(?:\s{1,2}(?:Services?|Technology|Software))?\s{1,2}(?:Industry|Industries|Sector)\b/i.exec(
        f.slice(m.index + m[0].length, m.index + m[0].length + 40),
      );
    const end = m.index + m[0].length + (more ? more[0].length : 0);
    out.push({
      kind: 'doc',
      span: { start: m.index, end },
      lang: 'en',
      form: 'other-title',
      docId: null,
      title: { text: f.slice(m.index, end), span: { start: m.index, end } },
    });
    TITLE_EN.lastIndex = end;
  }
}

/** The full title of each corpus where it stands outside 《》: Chinese exactly, English with any case and spacing. */
export function scanPlainTitles(f: string, titles: string[], out: DocMention[]): void {
  for (const t of titles) {
    if (!t) continue;
    if (/[\u3400-\u9fff]/.test(t)) {
      for (let at = f.indexOf(t); at >= 0; at = f.indexOf(t, at + t.length)) {
        if (f[at - 1] === '《') continue;
        out.push({
          kind: 'doc',
          span: { start: at, end: at + t.length },
          lang: 'zh',
          form: 'other-title',
          docId: null,
          title: { text: t, span: { start: at, end: at + t.length } },
        });
      }
      continue;
    }
    const re = plainTitlePattern(t);
    re.lastIndex = 0;
    for (let m; (m = re.exec(f));) {
      out.push({
        kind: 'doc',
        span: { start: m.index, end: m.index + m[0].length },
        lang: 'en',
        form: 'other-title',
        docId: null,
        title: { text: m[0], span: { start: m.index, end: m.index + m[0].length } },
      });
    }
  }
}

// Compiled once per title: the scanner runs once per block, thousands of times for a long draft.
const plainTitlePatterns = new Map<string, RegExp>();
function plainTitlePattern(t: string): RegExp {
  let re = plainTitlePatterns.get(t);
  if (!re) {
    const words = t.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`\\b${words.join('\\s{1,3}')}\\b`, 'gi');
    if (plainTitlePatterns.size > 100) plainTitlePatterns.clear();
    plainTitlePatterns.set(t, re);
  }
  return re;
}

// ---- Descriptions ---------------------------------------------------------------------------------------
/** The Opinion described rather than named: 国务院关于云计算发展的意见, 国务院…印发的云计算意见, and a headline's
 *  国务院云计算《意见》 (issuer and subject before the short name). */
const DESC_ZH =
  /国务院关于[^，。,;；《》“”"\n]{0,16}?云计算[^，。,;；《》“”"\n]{0,12}?意见|(?<=国务院[^，。,;；《》“”"\n]{0,20}?(?:印发|发布|出台)的)云计算[^，。,;；《》“”"\n]{0,6}?意见|国务院[ \t]{0,2}(?:的[ \t]{0,2})?云计算[ \t]{0,2}《意见》/g;

export function scanDescriptions(f: string, out: DocMention[]): void {
  DESC_ZH.lastIndex = 0;
  for (let m; (m = DESC_ZH.exec(f));) {
    if (f[m.index - 1] === '《' || /实施意见$/.test(m[0])) continue;
    out.push({
      ...mention(m.index, m.index + m[0].length, 'zh', 'description'),
      title: { text: m[0], span: { start: m.index, end: m.index + m[0].length } },
    });
  }
}

/** A mention of a document not yet resolved to one. */
export function mention(start: number, end: number, lang: Lang, form: DocMention['form']): DocMention {
  return { kind: 'doc', span: { start, end }, lang, form, docId: null };
}
