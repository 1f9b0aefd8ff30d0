// Scanning: folded draft text in, mentions out. Pure, total (never throws), linear: every pattern has bounded
// repetition and no nested quantifiers, so no input can make it backtrack super-linearly.
import type { Lang } from './corpus';
import type { ClauseMention, DocMention, ParsedDocNumber, Quote, Span } from './model';
import { parseRoman, parseZhNumber } from './text';
import { shiftedClause, shiftedDoc, shiftedQuote } from './offsets';

export interface Sentences {
  /** Sorted start offsets of sentences. */
  starts: number[];
}

export interface ScanResult {
  docs: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  sentences: Sentences;
  /** Offsets where a line starts. */
  lineStarts: number[];
}

const ZH_NUM = '[一二三四五六七八九十\\d]{1,3}';
const CJK = '\\u3400-\\u9fff';

// ---- Sentences ------------------------------------------------------------------------------------------
/** Sentence starts. A sentence ends at 。！？!? or a line break (not a soft wrap inside English prose), or at
 *  '.' followed by space and a capital (not after abbreviations such as No. or e.g.). */
export function sentenceStarts(f: string): Sentences {
  const starts = [0];
  const n = f.length;
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      starts.push(i + 1);
    } else if (c === 0x0a || c === 0x0d) {
      // soft wrap in English prose: "...the\nOpinions" stays one sentence
      const prev = f.charCodeAt(i - 1),
        next = f.charCodeAt(i + 1);
      const lowerPrev = (prev >= 0x61 && prev <= 0x7a) || prev === 0x2c;
      const lowerNext = (next >= 0x61 && next <= 0x7a) || next === 0x28;
      if (!(lowerPrev && lowerNext)) starts.push(i + 1);
    } else if (c === 0x2e && f.charCodeAt(i + 1) === 0x20 && /[A-Z“"]/.test(f[i + 2] ?? '')) {
      const before = f.slice(Math.max(0, i - 5), i);
      if (
        !/(?:\bNo|\bNos|\be\.g|\bi\.e|\bc|\bArt|\bpara|\bSec|\bvs|\bp|\bpp|\bcf|\bMr|\bDr|\bSt|\bVol|\b[A-Z])$/.test(
          before,
        )
      )
        starts.push(i + 1);
    }
  }
  return { starts };
}

export function sentenceOf(s: Sentences, offset: number): number {
  let lo = 0,
    hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      out.push(i + 1);
    } else if (c === 0x0a) out.push(i + 1);
  }
  return out;
}

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

function scanNumbers(f: string, orig: string, out: DocMention[]): void {
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
  /\b((?:Guiding\s{1,2})?Opinions?\s{1,2}(?:of\s{1,2}the\s{1,2}State\s{1,2}Council\s{1,2})?(?:concerning|on|regarding|about)\s{1,2}[^.;:()\n"“”*_]{0,60}?Cloud\s{1,2}Computing[^.;:()\n"“”*_]{0,140}?(?:Industry|Formats?|Models?|Forms?|Sector))\b/gi;

function scanTitles(f: string, out: DocMention[]): void {
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
    const more = /^\s{1,2}(?:in|of|for)\s{1,2}(?:the\s{1,2})?Information\s{1,2}Industry\b/i.exec(
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
function scanPlainTitles(f: string, titles: string[], out: DocMention[]): void {
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

// ---- Aliases and generic mentions -----------------------------------------------------------------------
const ALIAS_DEF_ZH =
  /[ \t]{0,2}[(,;][ \t]{0,2}(?:以下|下文|下同)?[ \t]{0,2}(?:简称|称)[ \t]{0,2}[“"「]?[ \t]{0,2}(《[^《》\n]{1,20}》|[^”"」)\n,]{1,20}?)[ \t]{0,2}[”"」]?[ \t]{0,2}\)/y;
const ALIAS_DEF_EN =
  /[*_]{0,2}\s{0,2}[(,;]\s{0,2}(?:hereinafter|hereafter|below)?\s{0,2}(?:referred\s{1,2}to\s{1,2}as|called|cited\s{1,2}as|the)?\s{0,2}[“"]([^"”\n]{1,40})[”"]\s{0,2}\)/iy;
const GENERIC_ZH = /《(意见|指导意见|通知|文件)》|该(?:《意见》|意见|文件)|上述(?:《意见》|意见|文件)|这一意见/g;
const GENERIC_EN =
  /\b(?:[Tt]he|[Tt]hese|[Ss]aid|[Tt]hose|[Tt]his)\s{1,2}(Opinions?)\b(?!\s{1,2}(?:concerning|on|of|regarding|about)\b)/g;

/** Alias definitions right after a mention, recorded on the mention. */
function defineAliases(f: string, docs: DocMention[]): void {
  for (const d of docs) {
    if (d.form === 'generic' || d.form === 'alias') continue;
    for (const r of [ALIAS_DEF_ZH, ALIAS_DEF_EN]) {
      r.lastIndex = d.span.end;
      const m = r.exec(f);
      if (!m) continue;
      let name = m[1].trim();
      const nameAt = m.index + m[0].indexOf(m[1]);
      if (r === ALIAS_DEF_EN) name = name.replace(/^the\s+/i, '');
      d.definesAlias = { name, span: { start: nameAt, end: nameAt + m[1].length } };
      break;
    }
  }
}

/** Generic names and pronouns: 《意见》, 该意见, "the Opinions". */
function scanGeneric(f: string): DocMention[] {
  const uses: DocMention[] = [];
  GENERIC_ZH.lastIndex = 0;
  for (let m; (m = GENERIC_ZH.exec(f));) {
    uses.push(mention(m.index, m.index + m[0].length, 'zh', m[0].startsWith('《') ? 'generic' : 'pronoun'));
  }
  GENERIC_EN.lastIndex = 0;
  for (let m; (m = GENERIC_EN.exec(f));) uses.push(mention(m.index, m.index + m[0].length, 'en', 'generic'));
  return uses;
}

/** Every use of each alias after its first definition, and the generic names, less the names written inside
 *  the definitions themselves. `docs` are sorted by start. */
function aliasUses(f: string, docs: DocMention[], generic: DocMention[]): DocMention[] {
  const uses: DocMention[] = [];
  const names = new Map<string, number>();
  for (const d of docs)
    if (d.definesAlias && !names.has(d.definesAlias.name)) names.set(d.definesAlias.name, d.definesAlias.span.end);
  // Chinese names: one pass over the draft for all of them once there are many (a draft defining thousands of short
  // names would otherwise be read once per name); the same occurrences as searching for each name on its own.
  const zhNames = [...names].filter(([name]) => /[\u3400-\u9fff]/.test(name));
  const together = zhNames.length > 8;
  // (lists are appended one by one: push(...list) overflows the call stack at some 100 000 items)
  if (together) for (const u of findAll(f, zhNames)) uses.push(u);
  for (const [name, from] of names) {
    const isLatin = !/[\u3400-\u9fff]/.test(name);
    if (!isLatin && together) continue;
    if (isLatin) {
      const re = new RegExp(
        `\\b(?:the\\s{1,2})?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s{1,2}')}\\b`,
        'g',
      );
      re.lastIndex = from;
      for (let m; (m = re.exec(f));) uses.push(mention(m.index, m.index + m[0].length, 'en', 'alias'));
    } else {
      for (let at = f.indexOf(name, from); at >= 0; at = f.indexOf(name, at + name.length)) {
        uses.push(mention(at, at + name.length, 'zh', 'alias'));
      }
    }
  }
  for (const g of generic) uses.push(g);
  // The name inside （以下简称《意见》） is the definition, not a use. (Binary search over the definitions by start
  // with the running maximum end: a draft with many definitions and uses stays linear.)
  const defSpans = docs
    .filter((d) => d.definesAlias)
    .map((d) => d.definesAlias!.span)
    .sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of defSpans) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, s.end));
  return uses.filter((u) => {
    let lo = 0,
      hi = defSpans.length; // definitions with s.start - 5 < u.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (defSpans[mid].start - 5 < u.span.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && maxEnd[lo - 1] + 1 > u.span.start);
  });
}

/** The Opinion described rather than named: 国务院关于云计算发展的意见, 国务院…印发的云计算意见. */
const DESC_ZH =
  /国务院关于[^，。,;；《》“”"\n]{0,16}?云计算[^，。,;；《》“”"\n]{0,12}?意见|(?<=国务院[^，。,;；《》“”"\n]{0,20}?(?:印发|发布|出台)的)云计算[^，。,;；《》“”"\n]{0,6}?意见/g;

function scanDescriptions(f: string, out: DocMention[]): void {
  DESC_ZH.lastIndex = 0;
  for (let m; (m = DESC_ZH.exec(f));) {
    if (f[m.index - 1] === '《' || /实施意见$/.test(m[0])) continue;
    out.push({
      ...mention(m.index, m.index + m[0].length, 'zh', 'description'),
      title: { text: m[0], span: { start: m.index, end: m.index + m[0].length } },
    });
  }
}

/** Occurrences of each name from its own start offset on, not overlapping other occurrences of the same name:
 *  what `indexOf(name, at + name.length)` from `from` finds, for all names in one pass with a trie. */
function findAll(f: string, names: [string, number][]): DocMention[] {
  interface Node {
    next: Map<number, Node>;
    name?: number;
  }
  const root: Node = { next: new Map() };
  names.forEach(([name], k) => {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let nx = node.next.get(c);
      if (!nx) {
        nx = { next: new Map() };
        node.next.set(c, nx);
      }
      node = nx;
    }
    node.name = k;
  });
  const nextAllowed = names.map(([, from]) => from);
  const out: DocMention[] = [];
  const first = Math.min(...nextAllowed);
  for (let i = first; i < f.length; i++) {
    let node = root.next.get(f.charCodeAt(i));
    for (let j = i + 1; node; j++) {
      if (node.name !== undefined && i >= nextAllowed[node.name]) {
        out.push(mention(i, j, 'zh', 'alias'));
        nextAllowed[node.name] = j;
      }
      node = j < f.length ? node.next.get(f.charCodeAt(j)) : undefined;
    }
  }
  return out;
}

function mention(start: number, end: number, lang: Lang, form: DocMention['form']): DocMention {
  return { kind: 'doc', span: { start, end }, lang, form, docId: null };
}

// ---- Clause references ----------------------------------------------------------------------------------
const SEC_TAIL = `(?:[的之中]{0,2}[ \\t]{0,2}(?:(?:第[ \\t]{0,2})?\\((${ZH_NUM})\\)[ \\t]{0,2}(?:项|条|款|点|部分)?|第(${ZH_NUM})(?:项|条|款|点)))?`;
const CLAUSE_ZH = new RegExp(`第(${ZH_NUM})部分${SEC_TAIL}`, 'g');
const NAMED_ZH = new RegExp(
  `(主要任务|保障措施|基本原则|发展目标|指导思想)(?:部分)?[的之中]{0,2}[ \\t]{0,2}(?:(?:第[ \\t]{0,2})?\\((${ZH_NUM})\\)[ \\t]{0,2}(?:项|条|款|点)?|第(${ZH_NUM})(?:项|条|款|点))`,
  'g',
);
const ORD_NAMED_ZH = new RegExp(`第(${ZH_NUM})(?:项|条|个)[ \\t]{0,2}(主要任务|保障措施|基本原则)`, 'g');
const BARE_NAMED_ZH = /(指导思想|基本原则|发展目标|主要任务|保障措施)/g;
const WEAK_ZH = /(?<![一二三四五六七八九十\d])([一二三])[ \t]{0,1}\(([一二三四五六七八九十])\)/g;
const LIST_ZH = new RegExp(
  `[ \\t]{0,1}(?:、|,|和|及|与|至|到|-|—|~)[ \\t]{0,1}(?:第)?\\((${ZH_NUM})\\)(?:项|条|款|点)?`,
  'y',
);

const RN = '(?:[IVX]{1,4}|\\d{1,2}|[Ⅰ-Ⅹ])';
const SEC_WORD = '(?:Section|section|Item|item|Paragraph|paragraph|Point|point|Article|article|para\\.?|§)';
const CLAUSE_EN = new RegExp(
  `\\bPart\\s{1,2}(${RN})(?![\\w])(?:[ \\t]{0,2},?[ \\t]{0,2}(?:${SEC_WORD}[ \\t]{0,2})?\\((\\d{1,2})\\)|[ \\t]{0,2},?[ \\t]{0,2}${SEC_WORD}[ \\t]{1,2}(\\d{1,2})\\b)?`,
  'g',
);
const SECTION_EN = new RegExp(`\\bSection\\s{1,2}([IVX]{1,4})[ \\t]{0,2}\\((\\d{1,2})\\)`, 'g');
const SECTION_OF_EN = new RegExp(`\\b${SEC_WORD}\\s{0,2}\\((\\d{1,2})\\)\\s{1,2}of\\s{1,2}Part\\s{1,2}(${RN})\\b`, 'g');
const NAMED_EN =
  /\b(main tasks?|guarantee measures?|basic principles?|development objectives?)\s{0,2},?\s{0,2}(?:(?:item|section|no\.?)\s{0,2})?\((\d{1,2})\)/gi;
const WEAK_EN = /\b(I|II|III|IV|V)(?:\.(\d{1,2})\b|\s?\((\d{1,2})\))/g;
const LIST_EN = /\s{0,2}(?:,|and|or|to|-|–|through)\s{0,2}\((\d{1,2})\)/y;

const NAMED_ALIASES: Record<string, string> = {
  主要任务: '主要任务',
  保障措施: '保障措施',
  基本原则: '基本原则',
  发展目标: '发展目标',
  指导思想: '指导思想',
  'main task': 'main tasks',
  'main tasks': 'main tasks',
  'guarantee measure': 'guarantee measures',
  'guarantee measures': 'guarantee measures',
  'basic principle': 'basic principles',
  'basic principles': 'basic principles',
  'development objective': 'development objectives',
  'development objectives': 'development objectives',
};

function clause(
  start: number,
  end: number,
  lang: Lang,
  weak: boolean,
  part?: number,
  section?: number,
  named?: string,
): ClauseMention {
  return { kind: 'clause', span: { start, end }, lang, part, section, named, weak, lineStart: false, docId: null };
}

function scanClauses(f: string, out: ClauseMention[]): void {
  const zhNum = (s: string | undefined) => (s === undefined ? undefined : parseZhNumber(s));
  const pushList = (base: ClauseMention, lang: Lang) => {
    const re = lang === 'zh' ? LIST_ZH : LIST_EN;
    let at = base.span.end;
    for (let k = 0; k < 20; k++) {
      re.lastIndex = at;
      const m = re.exec(f);
      if (!m) break;
      const n = lang === 'zh' ? parseZhNumber(m[1]) : Number(m[1]);
      const pstart = m.index + m[0].lastIndexOf('(');
      out.push({ ...clause(pstart, m.index + m[0].length, lang, base.weak, base.part, n, base.named) });
      at = m.index + m[0].length;
    }
  };
  const run = (re: RegExp, fn: (m: RegExpExecArray) => ClauseMention | null) => {
    re.lastIndex = 0;
    for (let m; (m = re.exec(f));) {
      const c = fn(m);
      if (c) {
        out.push(c);
        if (c.section !== undefined) pushList(c, c.lang);
      }
    }
  };
  run(CLAUSE_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', false, zhNum(m[1]), zhNum(m[2] ?? m[3])));
  run(NAMED_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', false, undefined, zhNum(m[2] ?? m[3]), m[1]));
  run(ORD_NAMED_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', false, undefined, zhNum(m[1]), m[2]));
  run(BARE_NAMED_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', true, undefined, undefined, m[1]));
  run(WEAK_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', true, zhNum(m[1]), zhNum(m[2])));
  run(CLAUSE_EN, (m) =>
    clause(
      m.index,
      m.index + m[0].length,
      'en',
      false,
      parseRoman(m[1]),
      (m[2] ?? m[3]) ? Number(m[2] ?? m[3]) : undefined,
    ),
  );
  run(SECTION_EN, (m) => clause(m.index, m.index + m[0].length, 'en', false, parseRoman(m[1]), Number(m[2])));
  run(SECTION_OF_EN, (m) => clause(m.index, m.index + m[0].length, 'en', false, parseRoman(m[2]), Number(m[1])));
  run(NAMED_EN, (m) =>
    clause(m.index, m.index + m[0].length, 'en', false, undefined, Number(m[2]), NAMED_ALIASES[m[1].toLowerCase()]),
  );
  run(WEAK_EN, (m) => clause(m.index, m.index + m[0].length, 'en', true, parseRoman(m[1]), Number(m[2] ?? m[3])));
  // Keep the longest mention where several patterns matched the same place.
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let keepEnd = -1;
  const kept: ClauseMention[] = [];
  for (const c of out) {
    if (c.span.start < keepEnd) continue;
    kept.push(c);
    keepEnd = c.span.end;
  }
  out.length = 0;
  for (const c of kept) out.push(c); // not push(...kept): 200 000 clause numbers overflowed the call stack
}

// ---- Quotes ---------------------------------------------------------------------------------------------
const QUOTE = /“([^“”\n]{1,400})”|"([^"\n]{1,400})"|「([^「」\n]{1,400})」|『([^『』\n]{1,400})』/g;

function scanQuotes(f: string, orig: string, out: Quote[]): void {
  QUOTE.lastIndex = 0;
  for (let m; (m = QUOTE.exec(f));) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const start = m.index,
      end = m.index + m[0].length;
    out.push({
      kind: 'quote',
      span: { start, end },
      inner: { start: start + 1, end: end - 1 },
      text: orig.slice(start + 1, end - 1),
      lang: /[\u3400-\u9fff]/.test(inner) ? 'zh' : 'en',
      docId: null,
    });
  }
}

// ---- Entry ----------------------------------------------------------------------------------------------
/** What a block of a draft (a run of paragraphs, see blocks.ts) yields on its own, offsets from its start. */
export interface BlockScan {
  /** Numbers and titles, sorted by start, with the aliases they define. */
  docs: DocMention[];
  /** Generic names and pronouns. */
  generic: DocMention[];
  clauses: ClauseMention[];
  quotes: Quote[];
  sentenceStarts: number[];
  lineStarts: number[];
}

/** Scans folded text `f` (same length as `orig`). `plainTitles` are full titles to find outside 《》. */
export function scan(f: string, orig: string, plainTitles: string[]): ScanResult {
  return mergeScans(f, [{ start: 0, scan: scanBlock(f, orig, plainTitles) }]);
}

/** Everything the scanner finds within one block: no pattern reaches past a blank line. */
export function scanBlock(f: string, orig: string, plainTitles: string[]): BlockScan {
  const docs: DocMention[] = [];
  scanNumbers(f, orig, docs);
  scanTitles(f, docs);
  scanPlainTitles(f, plainTitles, docs);
  scanDescriptions(f, docs);
  docs.sort((a, b) => a.span.start - b.span.start);
  defineAliases(f, docs);
  const generic = scanGeneric(f);
  const clauses: ClauseMention[] = [];
  scanClauses(f, clauses);
  const quotes: Quote[] = [];
  scanQuotes(f, orig, quotes);
  const lineStarts = lineStartsOf(f);
  markLineStarts(f, clauses, lineStarts);
  return { docs, generic, clauses, quotes, sentenceStarts: sentenceStarts(f).starts, lineStarts };
}

/**
 * Joins the scans of consecutive blocks of `f` (each given with its start offset; block scans are not changed)
 * and adds what needs the whole draft: alias uses after their definition, and dropping generic names and clause
 * numbers that lie inside a longer mention.
 */
export function mergeScans(f: string, blocks: { start: number; scan: BlockScan }[]): ScanResult {
  const docs: DocMention[] = [],
    generic: DocMention[] = [],
    clauses: ClauseMention[] = [],
    quotes: Quote[] = [];
  const sentences: number[] = [],
    lineStarts: number[] = [];
  const addStarts = (to: number[], from: number[], by: number) => {
    for (const x of from) if (to.length === 0 || to[to.length - 1] !== x + by) to.push(x + by);
  };
  for (const { start, scan: b } of blocks) {
    for (const d of b.docs) docs.push(shiftedDoc(d, start));
    for (const d of b.generic) generic.push(shiftedDoc(d, start));
    for (const c of b.clauses) clauses.push(shiftedClause(c, start));
    for (const q of b.quotes) quotes.push(shiftedQuote(q, start));
    addStarts(sentences, b.sentenceStarts, start);
    addStarts(lineStarts, b.lineStarts, start);
  }
  if (!blocks.length) {
    sentences.push(0);
    lineStarts.push(0);
  }
  // A generic mention inside a title or a longer mention is not one of its own.
  const all = dedupe([...docs, ...aliasUses(f, docs, generic)]);
  const inside = insideAnyOf(all);
  return {
    docs: all,
    clauses: clauses.filter((c) => !inside(c.span)),
    quotes,
    sentences: { starts: sentences },
    lineStarts,
  };
}

/** Whether a span lies inside a mention that names a document. Binary search over the mentions by start with the
 *  running maximum end, so a draft with many clauses and documents stays linear. */
function insideAnyOf(docs: DocMention[]): (s: Span) => boolean {
  const named = docs
    .filter((d) => d.form !== 'pronoun' && d.form !== 'generic' && d.form !== 'alias')
    .sort((a, b) => a.span.start - b.span.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const d of named) {
    max = Math.max(max, d.span.end);
    maxEnd.push(max);
  }
  return (s) => {
    let lo = 0,
      hi = named.length; // count of mentions starting at or before s.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid].span.start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= s.end;
  };
}

function dedupe(list: DocMention[]): DocMention[] {
  // Same place: an alias use or a generic name wins over the bare title 《意见》 it is written as.
  const rank = (d: DocMention) => (d.form === 'alias' ? 0 : d.form === 'generic' || d.form === 'pronoun' ? 1 : 2);
  list.sort(
    (a, b) =>
      a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start) || rank(a) - rank(b),
  );
  const out: DocMention[] = [];
  let end = -1;
  for (const d of list) {
    if (d.span.start < end) {
      // a number inside a title's parentheses is its own mention; anything else inside a longer one is not
      if (d.form !== 'number') continue;
    }
    out.push(d);
    end = Math.max(end, d.span.end);
  }
  return out;
}

/** A clause mention that opens a line and is followed only by a short label is the draft's own heading. */
function markLineStarts(f: string, clauses: ClauseMention[], lineStarts: number[]): void {
  let li = 0;
  for (const c of clauses) {
    while (li + 1 < lineStarts.length && lineStarts[li + 1] <= c.span.start) li++;
    const lineStart = lineStarts[li];
    const before = f.slice(lineStart, c.span.start);
    if (!/^[ \t#>]*$/.test(before)) continue; // a list item ("- Section III(8) sets …") is prose, not a heading
    const lineEnd = li + 1 < lineStarts.length ? lineStarts[li + 1] : f.length;
    const rest = f.slice(c.span.end, lineEnd).trim();
    if (/^[“"「(]/.test(rest)) continue; // 第二部分（四）“加强…”: a citation of a heading, not a heading
    const short =
      c.lang === 'zh' ? rest.length <= 24 && !/[。，,;；:：]/.test(rest) : rest.length <= 40 && !/[.,;:]/.test(rest);
    if (/^#/.test(before.trim()) || short) c.lineStart = true;
  }
}
