// Clause references: 第二部分（三）, 主要任务第（五）项, Part II, item (3), Section (3) of Part II, and the lists that
// follow them (（三）、（四）和（五）); a reference that opens a line as its heading is marked as the draft's own.
import type { Lang } from './corpus';
import type { ClauseMention } from './model';
import { parseRoman, parseZhNumber } from './text';

const ZH_NUM = '[一二三四五六七八九十\\d]{1,3}';

const SEC_TAIL = `(?:[的之中]{0,2}[ \\t]{0,2}(?:(?:第[ \\t]{0,2})?\\((${ZH_NUM})\\)[ \\t]{0,2}(?:项|条|款|点|部分)?|第(${ZH_NUM})(?:项|条|款|点)))?`;
const CLAUSE_ZH = new RegExp(`第(${ZH_NUM})部分${SEC_TAIL}`, 'g');
const NAMED_ZH = new RegExp(
  `(主要任务|保障措施|基本原则|发展目标|指导思想)(?:部分)?[的之中]{0,2}[ \\t]{0,2}(?:(?:第[ \\t]{0,2})?\\((${ZH_NUM})\\)[ \\t]{0,2}(?:项|条|款|点)?|第(${ZH_NUM})(?:项|条|款|点))`,
  'g',
);
const ORD_NAMED_ZH = new RegExp(`第(${ZH_NUM})(?:项|条|个)[ \\t]{0,2}(主要任务|保障措施|基本原则)`, 'g');
const BARE_NAMED_ZH = /(指导思想|基本原则|发展目标|主要任务|保障措施)/g;
/** 第（三）项 with no part before it: a section of the part the sentence named before (resolve decides, attach.ts). */
const BARE_SECTION_ZH = new RegExp(`第[ \\t]{0,2}\\((${ZH_NUM})\\)[ \\t]{0,2}(?:项|条)`, 'g');
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
const SECTION_OF_EN = new RegExp(
  `\\b${SEC_WORD}\\s{0,2}(?:\\((\\d{1,2})\\)|(\\d{1,2}))\\s{1,2}of\\s{1,2}Part\\s{1,2}(${RN})\\b`,
  'g',
);
const NAMED_EN =
  /\b(main tasks?|guarantee measures?|basic principles?|development objectives?)\s{0,2},?\s{0,2}(?:(?:item|section|no\.?)\s{0,2})?\((\d{1,2})\)/gi;
// II.4, III(5): a bare Roman numeral and number, unless it numbers something else (Tier III(2), Phase II.1).
const WEAK_EN =
  /(?<!\b(?:Tier|Phase|Level|Type|Class|Grade|Category|Table|Figure|Fig\.|Chapter|Annex|Schedule|Appendix|Stage|Round|Title|Book|Volume|Vol\.)\s{1,2})\b(I|II|III|IV|V)(?:\.(\d{1,2})\b(?!\.\d)|\s?\((\d{1,2})\))/g;
// Section II.3, Art. II(3), Part II.3, § II.3: a part's numeral and a section's number after a word naming them.
const PREFIXED_EN =
  /(?:\b(?:Sections?|Arts?\.|Articles?|Parts?|Paragraphs?|Paras?\.|Clauses?|Items?|Points?)|§{1,2})\s{0,2}([IVX]{1,4})(?:\.(\d{1,2})\b(?!\.\d)|\s?\((\d{1,2})\))/g;
// Section (2), item (3) with no part: the part is the one cited just before (attach.ts).
const BARE_EN =
  /\b(?:Sections?|sections?|Sub-?sections?|sub-?sections?|Items?|items?|Paragraphs?|paragraphs?|Paras?\.|paras?\.|Points?|points?)\s{0,2}\((\d{1,2})\)/g;
const LIST_EN = /\s{0,2}(?:,|and|or|to|-|–|through)\s{0,2}\((\d{1,2})\)/y;
/** The next item of a list of prefixed references: Sections II.3, II.5 and III.2. */
const LIST_ROMAN_EN =
  /\s{0,2}(?:,|and|or|to|-|–|through)\s{0,2}(?:(?:Section|Art\.|Article|Part|§)\s{0,2})?([IVX]{1,4})(?:\.(\d{1,2})\b(?!\.\d)|\s?\((\d{1,2})\))/y;

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

export function scanClauses(f: string, out: ClauseMention[]): void {
  const zhNum = (s: string | undefined) => (s === undefined ? undefined : parseZhNumber(s));
  const pushList = (base: ClauseMention, lang: Lang) => {
    const re = lang === 'zh' ? LIST_ZH : LIST_EN;
    let at = base.span.end;
    for (let k = 0; k < 20; k++) {
      re.lastIndex = at;
      const m = re.exec(f);
      if (m) {
        const n = lang === 'zh' ? parseZhNumber(m[1]) : Number(m[1]);
        const pstart = m.index + m[0].lastIndexOf('(');
        out.push({ ...clause(pstart, m.index + m[0].length, lang, base.weak, base.part, n, base.named) });
        at = m.index + m[0].length;
        continue;
      }
      // Sections II.3 and II.5: each item names its own part
      LIST_ROMAN_EN.lastIndex = at;
      const r = lang === 'en' && base.part !== undefined && !base.named ? LIST_ROMAN_EN.exec(f) : null;
      if (!r) break;
      const rstart = r.index + r[0].search(/[IVXS§AP]/);
      out.push(clause(rstart, r.index + r[0].length, lang, base.weak, parseRoman(r[1]), Number(r[2] ?? r[3])));
      at = r.index + r[0].length;
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
  run(BARE_SECTION_ZH, (m) => clause(m.index, m.index + m[0].length, 'zh', true, undefined, zhNum(m[1])));
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
  run(SECTION_OF_EN, (m) =>
    clause(m.index, m.index + m[0].length, 'en', false, parseRoman(m[3]), Number(m[1] ?? m[2])),
  );
  run(NAMED_EN, (m) =>
    clause(m.index, m.index + m[0].length, 'en', false, undefined, Number(m[2]), NAMED_ALIASES[m[1].toLowerCase()]),
  );
  run(PREFIXED_EN, (m) => clause(m.index, m.index + m[0].length, 'en', false, parseRoman(m[1]), Number(m[2] ?? m[3])));
  run(WEAK_EN, (m) => clause(m.index, m.index + m[0].length, 'en', true, parseRoman(m[1]), Number(m[2] ?? m[3])));
  run(BARE_EN, (m) => clause(m.index, m.index + m[0].length, 'en', true, undefined, Number(m[1])));
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

/** A clause mention that opens a line and is followed only by a short label is the draft's own heading. */
export function markLineStarts(f: string, clauses: ClauseMention[], lineStarts: number[]): void {
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
