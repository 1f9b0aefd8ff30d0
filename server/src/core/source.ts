// User sources: a policy document a draft cites, given as plain text or Markdown in the usual layout of Chinese
// official documents (GB/T 9704-2012: title, 发文字号, addressees, body numbered 一、（一）1.（1）, issuer and
// date at the end) or of their English translations (I, (1), 1., (a)). `parseSource` builds from it the same
// structured corpus the bundled Opinion has, in the one language of the file; `libraryWithSources` adds the
// parsed sources to a library. Pure and total: no IO, never throws; what it cannot read comes back as problems
// with a span in the source file, so the editor can show them where they are.
import {
  Bilingual,
  Corpus,
  CorpusCount,
  CorpusData,
  CorpusNode,
  CorpusTarget,
  Lang,
  Range2,
  indexCorpus,
} from './corpus';
import type { Span } from './model';
import type { Library } from './resolve';
import { canon, parseRoman, parseZhNumber, roman, zhNumeral } from './text';

export interface SourceProblem {
  message: Bilingual;
  span: Span;
  /** error: the structure is broken; warning: something is missing that checks need; information: a note. */
  severity: 'error' | 'warning' | 'information';
}

export interface ParsedSource {
  /** Absent when the file cannot be read as a document at all (no title, or neither number nor numbered parts). */
  data?: CorpusData;
  problems: SourceProblem[];
}

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

// ---- Lines ----------------------------------------------------------------------------------------------
/** One non-blank line with the Markdown and layout marks removed; `map[i]` is the file offset of `text[i]`. */
interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  map: number[];
}

/** The file offsets of a range [a, b) of a line's cleaned text. */
function at(l: Line, a: number, b: number): Range2 {
  if (b <= a) return [l.map[a] ?? l.end, l.map[a] ?? l.end];
  return [l.map[a], l.map[b - 1] + 1];
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let off = 0;
  let index = 0;
  let inFrontMatter = false;
  let inComment = false;
  for (const raw of text.split('\n')) {
    const start = off;
    off += raw.length + 1;
    const row = index++;
    const line = raw.replace(/\r$/, '');
    // YAML front matter at the very top of a Markdown file
    if (row === 0 && line.trim() === '---') {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (line.trim() === '---' || line.trim() === '...') inFrontMatter = false;
      continue;
    }
    const trimmed = line.trim();
    if (inComment) {
      if (trimmed.includes('-->')) inComment = false;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      if (!trimmed.includes('-->')) inComment = true;
      continue;
    }
    if (/^(?:[-*_=]\s*){3,}$/.test(trimmed)) continue; // Markdown rules and setext underlines
    // Drop leading spaces (also 　 and BOM), heading marks, quote marks; then bold/italic markers anywhere.
    const lead = /^[\s\u3000\ufeff]*(?:#{1,6}[ \t]+|>[ \t]?)?[\s\u3000]*/.exec(line);
    let i = lead ? lead[0].length : 0;
    let textOut = '';
    const map: number[] = [];
    for (; i < line.length; i++) {
      const two = line.slice(i, i + 2);
      if (two === '**' || two === '__') {
        i++;
        continue;
      }
      textOut += line[i];
      map.push(start + i);
    }
    // trailing spaces, Markdown hard breaks and closing heading marks
    let n = textOut.length;
    while (n > 0 && /[\s\u3000\\#]/.test(textOut[n - 1])) n--;
    textOut = textOut.slice(0, n);
    map.length = n;
    if (!textOut) continue;
    out.push({ index: row, start, end: start + line.length, text: textOut, map });
  }
  return out;
}

// ---- Recognisers ----------------------------------------------------------------------------------------
const ZH_NUMERAL = '[一二三四五六七八九十]{1,3}';
const RE = {
  zh: {
    part: new RegExp(`^(${ZH_NUMERAL})[ \\t]{0,2}、[ \\t\\u3000]*`),
    section: new RegExp(`^[（(](${ZH_NUMERAL})[)）][ \\t\\u3000]*`),
    item: /^(\d{1,2})[ \t]{0,1}[.．、](?!\d)[ \t\u3000]*/,
    sub: /^[（(](\d{1,2})[)）][ \t\u3000]*/,
  },
  en: {
    part: /^([IVX]{1,5})[ \t]{0,1}[.,、:][ \t]+/,
    section: /^\((\d{1,2})\)[ \t]*/,
    item: /^(\d{1,2})\.(?!\d)[ \t]+/,
    sub: /^\(([a-z])\)[ \t]*/,
  },
};
const NUMBER_ZH =
  /^([\u3400-\u9fff]{1,12})[ \t]{0,2}[〔[(（【]([12]\d{3})[〕\])）】][ \t]{0,2}(?:第)?[ \t]{0,2}(\d{1,5})[ \t]{0,2}号$/;
const NUMBER_EN =
  /^(GF|Guofa|Guo Fa|GBF|Guobanfa|Guo Ban Fa|GH|GBH|Guohan|Guobanhan|[A-Z][A-Za-z]{1,10})\.?\s{0,2}(?:No\.?\s{0,2})?[[(〔]\s{0,2}([12]\d{3})\s{0,2}[\])〕]\s{0,2}(?:No\.?\s{0,2})?(\d{1,5})\.?$/i;
const EN_AGENCY: Record<string, string> = {
  gf: '国发',
  guofa: '国发',
  'guo fa': '国发',
  gbf: '国办发',
  guobanfa: '国办发',
  'guo ban fa': '国办发',
  gh: '国函',
  guohan: '国函',
  gbh: '国办函',
  guobanhan: '国办函',
};
const AGENCY_EN: Record<string, string> = { 国发: 'GF', 国办发: 'GBF', 国函: 'GH', 国办函: 'GBH' };
const DATE_ZH = /^([12]\d{3})[ \t]{0,1}年[ \t]{0,1}(\d{1,2})[ \t]{0,1}月[ \t]{0,1}(\d{1,2})[ \t]{0,1}日$/;
const DATE_ZH_NUMERALS =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DATE_EN_DMY = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+([12]\d{3})$/;
const DATE_EN_MDY = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+([12]\d{3})$/;
const DATE_ISO = /^([12]\d{3})-(\d{2})-(\d{2})$/;
/** Notes printed after the date: （此件公开发布）, （此件有删减）. */
const AFTER_NOTE = /^[（(](?:此件|本件)[^）)]{0,12}[)）]$|^\((?:this document is|published|abridged)[^)]{0,60}\)$/i;
const CLOSING =
  /^(?:各地区、各部门|各地区|各地方|各部门|各省|各有关部门|各有关方面|各级|本(?:意见|通知|办法|方案|规定|纲要|规划|计划|决定)自|All localities|All regions|All departments|Each locality|All relevant departments|This (?:Opinion|Notice|Plan|Outline|Decision)s? (?:is|are|shall|takes?))/;
/** The red header line of the issuing organ: 国务院文件. */
const ORGAN_HEADER = /^[\u3400-\u9fff]{2,20}文件$/;

function parseDate(s: string): { iso: string; zh: string; en: string } | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  let y: number | undefined, m: number | undefined, d: number | undefined;
  let r = DATE_ZH.exec(t);
  if (r) {
    y = +r[1];
    m = +r[2];
    d = +r[3];
  } else if ((r = DATE_ZH_NUMERALS.exec(t))) {
    y = Number([...r[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
    m = parseZhNumber(r[2]);
    d = parseZhNumber(r[3]);
  } else if ((r = DATE_EN_DMY.exec(t))) {
    d = +r[1];
    m = monthOf(r[2]);
    y = +r[3];
  } else if ((r = DATE_EN_MDY.exec(t))) {
    m = monthOf(r[1]);
    d = +r[2];
    y = +r[3];
  } else if ((r = DATE_ISO.exec(t))) {
    y = +r[1];
    m = +r[2];
    d = +r[3];
  }
  if (!y || !m || !d || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${y}-${pad(m)}-${pad(d)}`,
    zh: `${y}年${m}月${d}日`,
    en: `${d} ${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}`,
  };
}

function monthOf(s: string): number | undefined {
  const k = s.toLowerCase();
  if (k.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3)) && (k.length <= 4 || m === k));
  return i >= 0 ? i + 1 : undefined;
}

function parseNumber(s: string, lang: Lang): CorpusData['meta']['number'] | undefined {
  let m = NUMBER_ZH.exec(s);
  if (m) {
    const agency = m[1],
      year = +m[2],
      seq = +m[3];
    const zh = `${agency}〔${year}〕${seq}号`;
    return { zh, en: AGENCY_EN[agency] ? `${AGENCY_EN[agency]} No. (${year})${seq}` : zh, agency, year, seq };
  }
  if (lang === 'en' && (m = NUMBER_EN.exec(s))) {
    const agency = EN_AGENCY[m[1].toLowerCase()] ?? m[1];
    const year = +m[2],
      seq = +m[3];
    return { zh: `${agency}〔${year}〕${seq}号`, en: s.replace(/\.$/, ''), agency, year, seq };
  }
  return undefined;
}

/** Chinese text if CJK characters are a fair share of the letters (an English translation may quote a 文号). */
function languageOf(text: string): Lang {
  let cjk = 0,
    latin = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk * 5 > latin ? 'zh' : 'en';
}

/** Sentence ranges inside [a, b) of a line's cleaned text: Chinese ends at 。！？；, English at . ! ? before a capital. */
function sentencesIn(l: Line, a: number, b: number, lang: Lang): Range2[] {
  const t = l.text;
  const out: Range2[] = [];
  let s = a;
  while (s < b && /\s/.test(t[s])) s++;
  for (let i = s; i < b; i++) {
    const c = t[i];
    const isEnd =
      lang === 'zh'
        ? '。！？；!?;'.includes(c)
        : '.!?;'.includes(c) &&
          (i + 1 === b || (t[i + 1] === ' ' && /[A-Z“"(]/.test(t[i + 2] ?? ''))) &&
          !/(?:\bNo|\be\.g|\bi\.e|\bArt|\bpara|\b[A-Z])$/.test(t.slice(Math.max(0, i - 4), i));
    if (!isEnd) continue;
    // keep a closing quote or bracket with the sentence it ends
    let e = i + 1;
    while (e < b && /[”’」』)）"]/.test(t[e])) e++;
    out.push(at(l, s, e));
    s = e;
    while (s < b && /\s/.test(t[s])) s++;
    i = s - 1;
  }
  if (s < b && t.slice(s, b).trim()) out.push(at(l, s, b));
  return out;
}

/** The heading at the start of a line's text after its number: the first sentence when it is short. */
function headingIn(l: Line, from: number, lang: Lang): { end: number; bodyFrom: number } | undefined {
  const t = l.text;
  if (from >= t.length) return undefined;
  if (lang === 'zh') {
    const stop = t.slice(from).search(/[。：:！？；]/);
    if (stop < 0) return t.length - from <= 60 ? { end: t.length, bodyFrom: t.length } : undefined;
    if (stop === 0 || stop > 50) return undefined;
    return { end: from + stop, bodyFrom: from + stop + 1 };
  }
  const m = /[.:;](?=\s|$)/.exec(t.slice(from));
  const stop = m ? m.index : -1;
  const head = stop < 0 ? t.slice(from) : t.slice(from, from + stop);
  if (stop < 0) return head.split(/\s+/).length <= 20 ? { end: t.length, bodyFrom: t.length } : undefined;
  if (stop === 0 || head.split(/\s+/).length > 16) return undefined;
  return { end: from + stop, bodyFrom: from + stop + 1 };
}

// ---- Parser ---------------------------------------------------------------------------------------------
type Level = 'part' | 'section' | 'item' | 'sub';

interface Open {
  node: CorpusNode;
  level: Level;
  lastChild: number;
  subMode?: boolean;
  end: number;
  paras: number;
}

export function parseSource(text: string, opts: { fileName?: string } = {}): ParsedSource {
  try {
    return parse(typeof text === 'string' ? text : '', opts);
  } catch (e) {
    // The parser is meant to be total; a bug in it must not take the server down with it.
    return {
      problems: [
        {
          severity: 'error',
          span: { start: 0, end: 0 },
          message: bi(
            `无法解析此来源文件（内部错误：${String(e)}）。`,
            `This source file could not be parsed (internal error: ${String(e)}).`,
          ),
        },
      ],
    };
  }
}

function parse(text: string, opts: { fileName?: string }): ParsedSource {
  const problems: SourceProblem[] = [];
  const problem = (severity: SourceProblem['severity'], r: Range2 | Span, zh: string, en: string) =>
    problems.push({ severity, span: Array.isArray(r) ? { start: r[0], end: r[1] } : r, message: bi(zh, en) });
  const lines = linesOf(text);
  if (!lines.length) {
    problem(
      'error',
      [0, 0],
      '来源文件是空的：请放入公文全文（标题、发文字号、正文、落款）。',
      'The source file is empty: put the full text of the document in it (title, number, body, issuer and date).',
    );
    return { problems };
  }
  const lang = languageOf(text);
  const re = RE[lang];
  const isHead = (l: Line) => re.part.test(l.text) || re.section.test(l.text);
  const whole = (l: Line): Range2 => at(l, 0, l.text.length);

  // -- Tail: issuer and date, and notes after them.
  let last = lines.length - 1;
  while (last > 0 && AFTER_NOTE.test(lines[last].text)) last--;
  let dateLine: Line | undefined, sigLine: Line | undefined;
  let date: ReturnType<typeof parseDate>;
  for (let k = last; k >= Math.max(0, last - 3); k--) {
    const d = parseDate(lines[k].text);
    if (d) {
      dateLine = lines[k];
      date = d;
      last = k;
      break;
    }
  }
  if (dateLine) {
    const prev = lines[last - 1];
    if (
      prev &&
      !isHead(prev) &&
      prev.text.length <= (lang === 'zh' ? 30 : 90) &&
      !/[。.，,；;：:]$/.test(prev.text) &&
      !/[。；]/.test(prev.text)
    ) {
      sigLine = prev;
      last--;
    }
  }
  const bodyEnd = dateLine ? last : lines.length; // lines[0 .. bodyEnd) hold front matter and body

  // -- Front matter: title, number, addressees, preamble.
  let k = 0;
  if (ORGAN_HEADER.test(lines[0].text) && lines.length > 2) k = 1;
  let numberLine: Line | undefined;
  let number: ReturnType<typeof parseNumber>;
  const takeNumber = () => {
    if (k < bodyEnd && !numberLine && (number = parseNumber(lines[k].text, lang))) {
      numberLine = lines[k];
      k++;
      return true;
    }
    return false;
  };
  takeNumber();
  const titleLines: Line[] = [];
  const isTitleLine = (l: Line) =>
    !isHead(l) &&
    !parseNumber(l.text, lang) &&
    !/[。；]$/.test(l.text) &&
    !/[：:]$/.test(l.text) &&
    !(lang === 'zh' && /。/.test(l.text)) &&
    l.text.length <= (lang === 'zh' ? 80 : 300);
  while (k < bodyEnd && titleLines.length < 3 && isTitleLine(lines[k])) {
    // a Markdown H1 is a title on its own
    const raw = text.slice(lines[k].start, lines[k].end);
    titleLines.push(lines[k++]);
    if (/^#\s/.test(raw.trimStart())) break;
    if (lang === 'en' && titleLines.length === 1 && k < bodyEnd && !/^[a-z(]/.test(lines[k].text)) break;
  }
  takeNumber();
  if (!titleLines.length) {
    const l = lines[k] ?? lines[0];
    problem(
      'error',
      whole(l),
      '找不到标题：来源文件应以公文标题开头（如“国务院关于……的意见”），其后是发文字号、主送机关和正文。',
      'No title found: a source file starts with the title of the document (e.g. "Opinions of the State Council on …"), then its number, the addressees and the body.',
    );
    return { problems };
  }
  const title =
    lang === 'zh' ? titleLines.map((l) => l.text.trim()).join('') : titleLines.map((l) => l.text.trim()).join(' ');
  const titleRange: Range2 = [titleLines[0].map[0], whole(titleLines[titleLines.length - 1])[1]];
  let addressees: Line | undefined;
  if (
    k < bodyEnd &&
    /[：:]$/.test(lines[k].text) &&
    !/[。.]/.test(lines[k].text.replace(/\.$/, '')) &&
    lines[k].text.length <= (lang === 'zh' ? 200 : 400) &&
    !isHead(lines[k])
  )
    addressees = lines[k++];
  const preamble: Line[] = [];
  while (k < bodyEnd && !isHead(lines[k])) preamble.push(lines[k++]);
  // A notice that issues an attached document (关于印发…的通知) is signed and dated before the attachment.
  if (!dateLine) {
    const d = preamble.findIndex((l) => parseDate(l.text));
    if (d >= 0) {
      dateLine = preamble[d];
      date = parseDate(dateLine.text);
      const prev = preamble[d - 1];
      if (prev && prev.text.length <= (lang === 'zh' ? 30 : 90) && !/[。.，,；;：:]$/.test(prev.text)) sigLine = prev;
      const drop = new Set([dateLine, sigLine]);
      const kept = preamble.filter((l) => !drop.has(l) && !AFTER_NOTE.test(l.text));
      preamble.length = 0;
      preamble.push(...kept);
    }
  }

  // -- Body.
  const nodes: CorpusNode[] = [];
  const ids = new Set<string>();
  const uniqueId = (id: string) => {
    let u = id,
      n = 2;
    while (ids.has(u)) u = `${id}~${n++}`;
    ids.add(u);
    return u;
  };
  const push = (n: CorpusNode) => {
    nodes.push(n);
    return n;
  };
  const sentenceCount = new Map<string, number>();
  const addSentences = (parent: string, l: Line, a: number, b: number) => {
    for (const r of sentencesIn(l, a, b, lang)) {
      const k2 = (sentenceCount.get(parent) ?? 0) + 1;
      sentenceCount.set(parent, k2);
      push({
        id: uniqueId(`${parent}.${lang}.s${k2}`),
        kind: 'sentence',
        parent,
        lang,
        label: bi(`第${k2}句`, `sentence ${k2}`),
        range: { [lang]: r },
      });
    }
  };
  const label = (level: Level, n: number): Bilingual => {
    if (level === 'part') return bi(`第${zhNumeral(n)}部分`, `Part ${roman(n)}`);
    if (level === 'section') return bi(`（${zhNumeral(n)}）`, `(${n})`);
    if (level === 'item') return bi(`${n}.`, `${n}.`);
    return lang === 'en' && n > 0 && n <= 26 && subLetters
      ? bi(`(${String.fromCharCode(96 + n)})`, `(${String.fromCharCode(96 + n)})`)
      : bi(`（${n}）`, `(${n})`);
  };
  let subLetters = false;
  const written = (level: Level, n: number) => {
    if (lang === 'zh')
      return level === 'part'
        ? `${zhNumeral(n)}、`
        : level === 'section'
          ? `（${zhNumeral(n)}）`
          : level === 'item'
            ? `${n}.`
            : `（${n}）`;
    return level === 'part'
      ? `${roman(n)}.`
      : level === 'section'
        ? `(${n})`
        : level === 'item'
          ? `${n}.`
          : subLetters
            ? `(${String.fromCharCode(96 + n)})`
            : `(${n})`;
  };

  let stack: Open[] = [];
  let partsSeen = 0;
  let lastPartNum = 0;
  const openAt = (level: Level) => stack.find((o) => o.level === level);
  const close = (depth: number) => {
    stack = stack.slice(0, depth);
  };
  const innermost = () => stack[stack.length - 1];
  const extend = (end: number) => {
    for (const o of stack) {
      o.end = Math.max(o.end, end);
      o.node.range[lang] = [o.node.range[lang]![0], o.end];
    }
  };
  const bodyLines = lines.slice(k, bodyEnd);
  let closingLine: Line | undefined;
  if (bodyLines.length) {
    const lastBody = bodyLines[bodyLines.length - 1];
    if (CLOSING.test(lastBody.text) && !isHead(lastBody) && !re.item.test(lastBody.text)) {
      closingLine = lastBody;
      bodyLines.pop();
    }
  }

  const checkNumber = (l: Line, level: Level, num: number, expected: number, m: RegExpExecArray) => {
    if (num === expected) return;
    const span = at(l, 0, m[0].trimEnd().length);
    const names = {
      part: ['部分', 'part'],
      section: ['（一）级标题', 'section'],
      item: ['条目', 'item'],
      sub: ['子项', 'sub-item'],
    }[level];
    if (num < expected)
      problem(
        'error',
        span,
        `编号重复或倒序：“${written(level, num)}”出现在“${written(level, expected - 1)}”之后，应为“${written(level, expected)}”。`,
        `Numbering goes back: ${names[1]} ${written(level, num)} comes after ${written(level, expected - 1)}; expected ${written(level, expected)}.`,
      );
    else
      problem(
        'error',
        span,
        `编号不连续：“${written(level, num)}”之前缺少“${written(level, expected)}”。`,
        `Numbering skips: ${names[1]} ${written(level, num)} comes where ${written(level, expected)} was expected.`,
      );
  };

  const open = (level: Level, l: Line, m: RegExpExecArray, num: number, parentOpen: Open | undefined) => {
    const parent = parentOpen?.node;
    const id = uniqueId(
      parent
        ? level === 'item' && parentOpen!.level === 'part'
          ? `${parent.id}.i${num}`
          : `${parent.id}.${num}`
        : roman(num),
    );
    const from = m[0].length;
    const h = headingIn(l, from, lang);
    const kind: CorpusNode['kind'] = level === 'part' ? 'part' : level === 'section' ? 'section' : 'item';
    const node: CorpusNode = {
      id,
      kind,
      parent: parent?.id,
      num,
      label: label(level, num),
      range: { [lang]: whole(l) },
    };
    if (h && h.end > from) {
      const headText = l.text.slice(from, h.end).trim();
      // One language only: the heading as written serves both (as the title does), so messages in the other
      // language still name the clause; quotes in the other language are not checked against it (checks.ts).
      node.heading = bi(headText, headText);
      node.headingRange = { [lang]: at(l, from, from + l.text.slice(from, h.end).trimEnd().length) };
    }
    push(node);
    const o: Open = { node, level, lastChild: 0, end: whole(l)[1], paras: 0 };
    stack.push(o);
    // Body text on the heading line: its sentences (the heading being the first), as the bundled corpus has them.
    if (!h || h.bodyFrom < l.text.length) addSentences(id, l, from, l.text.length);
    return o;
  };

  for (const l of bodyLines) {
    let m: RegExpExecArray | null;
    if (
      (m = re.part.exec(l.text)) &&
      (lang === 'zh' ? !Number.isNaN(parseZhNumber(m[1])) : !Number.isNaN(parseRoman(m[1])))
    ) {
      const num = lang === 'zh' ? parseZhNumber(m[1]) : parseRoman(m[1]);
      checkNumber(l, 'part', num, lastPartNum + 1, m);
      lastPartNum = num;
      partsSeen++;
      close(0);
      open('part', l, m, num, undefined);
      continue;
    }
    const part = openAt('part');
    const item = openAt('item');
    // English "(n)" inside an item that already counts (1)…(n-1) is a sub-item, not the next section.
    const enSubByNumber =
      lang === 'en' &&
      item &&
      (m = re.section.exec(l.text)) &&
      Number(m[1]) === item.lastChild + 1 &&
      (item.subMode || Number(m[1]) === 1);
    if (!enSubByNumber && (m = re.section.exec(l.text))) {
      const num = lang === 'zh' ? parseZhNumber(m[1]) : Number(m[1]);
      if (!part) {
        problem(
          'error',
          at(l, 0, m[0].trimEnd().length),
          `“${m[0].trim()}”出现在第一个“一、”之前：公文正文按“一、（一）1.（1）”分层。`,
          `"${m[0].trim()}" comes before the first part (I): the body is numbered I, (1), 1., (a) from the top level down.`,
        );
      } else {
        checkNumber(l, 'section', num, part.lastChild + 1, m);
        part.lastChild = num;
        close(1);
        open('section', l, m, num, part);
        extend(whole(l)[1]);
        continue;
      }
    }
    if ((m = re.item.exec(l.text)) && part) {
      const num = Number(m[1]);
      const parentOpen = openAt('section') ?? part;
      checkNumber(l, 'item', num, parentOpen.lastChild + 1, m);
      parentOpen.lastChild = num;
      close(stack.indexOf(parentOpen) + 1);
      open('item', l, m, num, parentOpen);
      extend(whole(l)[1]);
      continue;
    }
    const subM = enSubByNumber ? re.section.exec(l.text) : re.sub.exec(l.text);
    if (subM && part) {
      const letter = lang === 'en' && /^[a-z]$/.test(subM[1]);
      if (letter) subLetters = true;
      const num = letter ? subM[1].charCodeAt(0) - 96 : Number(subM[1]);
      const parentOpen = openAt('item') ?? openAt('section') ?? part;
      parentOpen.subMode = true;
      checkNumber(l, 'sub', num, parentOpen.lastChild + 1, subM);
      parentOpen.lastChild = num;
      close(stack.indexOf(parentOpen) + 1);
      open('sub', l, subM, num, parentOpen);
      extend(whole(l)[1]);
      continue;
    }
    // A plain paragraph: under the innermost open clause, or in the preamble before any part.
    const o = innermost();
    if (!o) {
      preamble.push(l);
      continue;
    }
    o.paras++;
    const pid = uniqueId(`${o.node.id}.p${o.paras}`);
    push({
      id: pid,
      kind: 'paragraph',
      parent: o.node.id,
      num: o.paras,
      label: bi(`第${o.paras}段`, `paragraph ${o.paras}`),
      range: { [lang]: whole(l) },
    });
    addSentences(pid, l, 0, l.text.length);
    extend(whole(l)[1]);
  }
  // Ranges of the parts that held sections reach to their last line already (extend); heading-only nodes keep their line.

  // -- Front and tail nodes.
  const front: CorpusNode[] = [];
  front.push({ id: 'title', kind: 'title', label: bi('标题', 'Title'), range: { [lang]: titleRange } });
  if (numberLine)
    front.push({
      id: 'number',
      kind: 'number',
      label: bi('发文字号', 'Document number'),
      range: { [lang]: whole(numberLine) },
    });
  if (addressees)
    front.push({
      id: 'addressees',
      kind: 'addressees',
      label: bi('主送机关', 'Addressees'),
      range: { [lang]: whole(addressees) },
    });
  for (const id of ['title', 'number', 'addressees']) ids.add(id);
  if (preamble.length) {
    ids.add('preamble');
    front.push({
      id: 'preamble',
      kind: 'preamble',
      label: bi('序言', 'Preamble'),
      range: { [lang]: [preamble[0].map[0], whole(preamble[preamble.length - 1])[1]] },
    });
  }
  const tail: CorpusNode[] = [];
  if (closingLine) {
    ids.add('closing');
    tail.push({
      id: 'closing',
      kind: 'closing',
      label: bi('结语', 'Closing paragraph'),
      range: { [lang]: whole(closingLine) },
    });
  }
  if (sigLine) {
    ids.add('signature');
    tail.push({
      id: 'signature',
      kind: 'signature',
      label: bi('发文机关署名', 'Signature'),
      range: { [lang]: whole(sigLine) },
    });
  }
  if (dateLine) {
    ids.add('date');
    tail.push({ id: 'date', kind: 'date', label: bi('成文日期', 'Date'), range: { [lang]: whole(dateLine) } });
  }
  const sentenceNodes: CorpusNode[] = [];
  const collect = (parent: string, ls: Line[]) => {
    const before = nodes.length;
    for (const l of ls) addSentences(parent, l, 0, l.text.length);
    sentenceNodes.push(...nodes.splice(before));
  };
  collect('preamble', preamble);
  if (closingLine) collect('closing', [closingLine]);

  // -- Problems that make the file unusable, then the ones that only weaken it.
  if (!numberLine && partsSeen === 0) {
    problem(
      'error',
      titleRange,
      '这不像一份公文：没有发文字号（如“国发〔2015〕50号”），正文也没有“一、二、……”分层编号。',
      'This does not read as an official document: it has no document number (e.g. 国发〔2015〕50号) and its body has no parts numbered I, II, … (一、二、…).',
    );
    return { problems };
  }
  if (!numberLine)
    problem(
      'warning',
      titleRange,
      '未找到发文字号（标题前后应有一行“国发〔2015〕50号”之类）：草稿只能按标题引用此文件。',
      'No document number found (a line such as 国发〔2015〕50号 next to the title): drafts can cite this document by its title only.',
    );
  if (partsSeen === 0)
    problem(
      'warning',
      titleRange,
      '正文没有“一、二、……”分层编号：无法核对对条款的引用。',
      'The body has no parts numbered I, II, … (一、二、…): references to its clauses cannot be checked.',
    );
  if (!dateLine)
    problem(
      'information',
      whole(lines[lines.length - 1]),
      '文末未找到成文日期（如“2015年8月31日”）：不核对所引日期。',
      'No date found at the end (e.g. 31 August 2015): dates attributed to this document are not checked.',
    );

  // -- Metadata.
  const issuerText =
    sigLine?.text.trim() ??
    (lang === 'zh'
      ? /^(.{2,20}?)关于/.exec(title)?.[1]
      : /\bof the ([A-Z][\w ]{2,60}?) (?:on|concerning|regarding)\b/.exec(title)?.[1]) ??
    '';
  // Drafts cite an issued document by its own title with the notice's number: 《促进大数据发展行动纲要》（国发〔2015〕50号）.
  const issued = lang === 'zh' ? /关于(?:印发|颁布|发布)《?(.{4,60}?)》?的通知$/.exec(title)?.[1] : undefined;
  const shortZh =
    issued ??
    (lang === 'zh' && issuerText && title.startsWith(issuerText + '关于') ? title.slice(issuerText.length) : undefined);
  const numberMeta = number ?? { zh: `《${title}》`, en: `"${title}"`, agency: '', year: 0, seq: 0 };
  const data: CorpusData = {
    schema: 1,
    id: `source:${opts.fileName ?? canon(title).slice(0, 40)}`,
    meta: {
      title: bi(title, title),
      ...(shortZh ? { shortTitle: bi(shortZh, title) } : {}),
      number: numberMeta,
      issuer: bi(issuerText, issuerText),
      date: date ?? { iso: '', zh: '', en: '' },
      ...(addressees ? { addressees: bi(addressees.text, addressees.text) } : {}),
    },
    files: opts.fileName ? { [lang]: opts.fileName } : {},
    texts: { [lang]: text },
    nodes: [...front, ...nodes, ...sentenceNodes, ...tail],
    targets: [],
    counts: [],
  };
  data.targets = findTargets(data, lang);
  data.counts = countsOf(data, lang);
  return { data, problems };
}

// ---- Counts and targets ---------------------------------------------------------------------------------
const COUNT_HEADINGS: { id: string; level: 'part' | 'section'; re: RegExp; label: Bilingual }[] = [
  {
    id: 'main-tasks',
    level: 'part',
    re: /^(?:主要任务|重点任务|重大任务|主要任务和重点工程|Main tasks|Key tasks|Major tasks)$/i,
    label: bi('主要任务', 'main tasks'),
  },
  {
    id: 'guarantee-measures',
    level: 'part',
    re: /^(?:保障措施|政策措施|保障支撑|政策保障|支撑保障|Guarantee measures|Safeguard measures|Supporting measures|Policy measures|Safeguards)$/i,
    label: bi('保障措施', 'guarantee measures'),
  },
  {
    id: 'principles',
    level: 'section',
    re: /^(?:基本原则|Basic principles|Principles)$/i,
    label: bi('基本原则', 'basic principles'),
  },
];

/** Parts, and tasks, measures and principles where a part or section is headed so. */
function countsOf(data: CorpusData, lang: Lang): CorpusCount[] {
  const parts = data.nodes.filter((n) => n.kind === 'part');
  const out: CorpusCount[] = [];
  if (parts.length)
    out.push({ id: 'parts', value: parts.length, of: parts.map((p) => p.id), label: bi('部分', 'parts') });
  for (const h of COUNT_HEADINGS) {
    const hits = data.nodes.filter((n) => n.kind === h.level && h.re.test((n.heading?.[lang] ?? '').trim()));
    if (hits.length !== 1) continue; // none, or ambiguous
    const kids = data.nodes.filter((n) => n.parent === hits[0].id && n.kind !== 'sentence');
    const counted = kids.filter((n) => n.kind === 'section' || n.kind === 'item');
    // Principles written as paragraphs that each open with a short name: 坚持开放共享。…
    const named = kids.filter((n) => n.kind === 'paragraph');
    const list = counted.length ? counted : named.length >= 2 && named.every((n) => leadOf(data, n, lang)) ? named : [];
    if (list.length < 2) continue;
    out.push({ id: h.id, value: list.length, of: list.map((n) => n.id), clause: hits[0].id, label: h.label });
  }
  return out;
}

function leadOf(data: CorpusData, n: CorpusNode, lang: Lang): string | undefined {
  const r = n.range[lang];
  if (!r) return undefined;
  const t = data.texts[lang]!.slice(r[0], r[1]);
  const m = lang === 'zh' ? /^([^。，；：]{2,12})。/.exec(t) : /^([A-Z][^.,;:]{2,60})\.\s/.exec(t);
  return m?.[1];
}

const TARGET_ZH =
  /(到|至|截至)?([12]\d{3})年(底前|底|末|前)?|([^，。；：、\n]{2,30}?)(达到|超过|突破|不低于|不少于|低于|优于|提高到|提升到|提高至|降低到|降至|降到|下降到|减少|增长|控制在)[ \t]{0,2}(\d{1,6}(?:\.\d{1,3})?)[ \t]{0,2}(%|个百分点|万亿元|亿元|万元|万户|万人|亿人|万个|万家|个|家|项|倍|万|亿)?(以上|以下|以内|左右)?/g;
const TARGET_EN =
  /\b[Bb]y\s+(?:the\s+end\s+of\s+)?([12]\d{3})\b|((?:the\s+)?[a-z][\w\s()-]{2,80}?)\s+(?:is|are|will|shall|should)?\s*(?:to\s+)?(?:be\s+)?(reach|exceed|surpass|be at least|at least|be more than|more than|be less than|less than|be better than|better than|rise to|increase to|fall to|drop to|be reduced by|be cut by|reduced by|increase by|grow by)\s+(\d{1,6}(?:\.\d{1,3})?)\s*(%|percent|per cent|trillion yuan|billion yuan|million yuan|million|billion|trillion)?/g;
const COMPARATOR: Record<string, string> = {
  达到: 'reach',
  提高到: 'reach',
  提升到: 'reach',
  提高至: 'reach',
  超过: 'more-than',
  突破: 'more-than',
  不低于: 'at-least',
  不少于: 'at-least',
  低于: 'less-than',
  优于: 'better-than',
  降低到: 'fall-to',
  降至: 'fall-to',
  降到: 'fall-to',
  下降到: 'fall-to',
  减少: 'reduce-by',
  增长: 'increase-by',
  控制在: 'at-most',
  reach: 'reach',
  'rise to': 'reach',
  'increase to': 'reach',
  exceed: 'more-than',
  surpass: 'more-than',
  'be more than': 'more-than',
  'more than': 'more-than',
  'be at least': 'at-least',
  'at least': 'at-least',
  'be less than': 'less-than',
  'less than': 'less-than',
  'be better than': 'better-than',
  'better than': 'better-than',
  'fall to': 'fall-to',
  'drop to': 'fall-to',
  'be reduced by': 'reduce-by',
  'be cut by': 'reduce-by',
  'reduced by': 'reduce-by',
  'increase by': 'increase-by',
  'grow by': 'increase-by',
};

/**
 * Quantified targets: a subject, a comparator and a figure in a sentence that (or whose paragraph) names a
 * year: 到2020年，固定宽带家庭普及率达到70% / By 2020, the penetration rate is to reach 70%. Metric ids start
 * with "auto:" and are the subject's comparison form, so the generic target check can find them again.
 */
function findTargets(data: CorpusData, lang: Lang): CorpusTarget[] {
  const text = data.texts[lang]!;
  const out: CorpusTarget[] = [];
  const seen = new Set<string>();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const s of data.nodes) {
    if (s.kind !== 'sentence' || !s.range[lang]) continue;
    const parent = s.parent ? byId.get(s.parent) : undefined;
    const clause = parent?.kind === 'paragraph' ? (parent.parent ?? parent.id) : (parent?.id ?? s.id);
    const [a, b] = s.range[lang]!;
    const sentence = text.slice(a, b);
    // the paragraph's year when the sentence has none: 到2020年，…。…。
    const scope = parent?.range[lang] ? text.slice(parent.range[lang]![0], a) : '';
    const scopeYear =
      lang === 'zh'
        ? /(?:到|至)([12]\d{3})年/.exec(scope)?.[1]
        : /\b[Bb]y\s+(?:the\s+end\s+of\s+)?([12]\d{3})\b/.exec(scope)?.[1];
    let year = scopeYear ? Number(scopeYear) : undefined;
    const re = lang === 'zh' ? TARGET_ZH : TARGET_EN;
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence));) {
      const yearText = lang === 'zh' ? m[2] : m[1];
      // a deadline (到2020年, 2017年底前), not a year in passing (2015年以来)
      if (yearText) {
        if (lang === 'en' || m[1] || m[3]) year = Number(yearText);
        continue;
      }
      const [subjRaw, verb, value, unit, tail] =
        lang === 'zh' ? [m[4], m[5], m[6], m[7] ?? '', m[8] ?? ''] : [m[2], m[3], m[4], m[5] ?? '', ''];
      const subject = subjRaw
        .replace(/^(?:力争|确保|实现|使|推动|全国|其中|(?:and|while|with|whereas)\s+)/i, '')
        .replace(/^the\s+/i, '')
        .replace(/\s*(?:要|将|应|力争|基本|稳步|is|are|to|will|should)$/i, '')
        .trim();
      if (!year || canon(subject).length < 2 || /^\d/.test(subject)) continue;
      const metric = `auto:${canon(subject)}`;
      if (seen.has(metric)) continue;
      seen.add(metric);
      const start = a + m.index + m[0].indexOf(subject);
      const end = a + m.index + m[0].length;
      const comparator =
        (tail === '以上'
          ? 'at-least'
          : tail === '以下' || tail === '以内'
            ? 'at-most'
            : COMPARATOR[verb.toLowerCase()]) ?? 'reach';
      out.push({
        id: `auto-${out.length + 1}`,
        clause,
        year,
        subject: bi(subject, subject),
        metric,
        comparator,
        value: Number(value),
        unit: unit + tail,
        text: bi(text.slice(start, end), text.slice(start, end)),
        range: { [lang]: [start, end] } as Record<Lang, Range2>,
      });
    }
  }
  return out;
}

// ---- Library ----------------------------------------------------------------------------------------------
export interface SourceInput {
  /** Where the source lives (a file URI or path); also what its corpus id is made from. */
  key: string;
  text: string;
}

export interface LoadedSource {
  key: string;
  problems: SourceProblem[];
  /** The corpus id when the source is in the library. */
  corpusId?: string;
  status: 'used' | 'unparsed' | 'duplicate' | 'bundled';
  data?: CorpusData;
}

/**
 * The base library (the bundled Opinion, always first and never replaced) plus every source that parses.
 * Clashes: a source with the number of a document the library already has in that language is not used —
 * the bundled corpus keeps its curated facts, and between two files the first (by key order) wins; the other
 * file gets a diagnostic saying why it is not used. The same number in another language is a translation:
 * both are kept and a citation goes to the one in its own language.
 */
export function libraryWithSources(base: Library, inputs: SourceInput[]): { lib: Library; sources: LoadedSource[] } {
  const corpora: Corpus[] = [...base.corpora];
  const sources: LoadedSource[] = [];
  const keyOf = (c: CorpusData, lang: Lang) =>
    c.meta.number.year
      ? `n:${c.meta.number.agency}:${c.meta.number.year}:${c.meta.number.seq}:${lang}`
      : `t:${canon(c.meta.title.zh)}:${lang}`;
  const taken = new Map<string, string>();
  for (const c of base.corpora)
    for (const lang of ['zh', 'en'] as Lang[]) if (c.data.texts[lang]) taken.set(keyOf(c.data, lang), 'bundled');
  for (const input of [...inputs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const { data, problems } = parseSource(input.text, { fileName: input.key });
    if (!data) {
      sources.push({ key: input.key, problems, status: 'unparsed' });
      continue;
    }
    const lang: Lang = data.texts.zh !== undefined ? 'zh' : 'en';
    const k = keyOf(data, lang);
    const numberNode = data.nodes.find((n) => n.id === 'number') ?? data.nodes.find((n) => n.id === 'title');
    const span = numberNode?.range[lang]
      ? { start: numberNode.range[lang]![0], end: numberNode.range[lang]![1] }
      : { start: 0, end: 0 };
    const owner = taken.get(k);
    if (owner === 'bundled') {
      problems.push({
        severity: 'information',
        span,
        message: bi(
          `${data.meta.number.zh}已内置于 Policy Cite（含双语全文和核对数据），此文件不被使用。`,
          `${data.meta.number.en} is built into Policy Cite (both languages, with its checked facts); this file is not used.`,
        ),
      });
      sources.push({ key: input.key, problems, status: 'bundled', data });
      continue;
    }
    if (owner) {
      problems.push({
        severity: 'warning',
        span,
        message: bi(
          `同一文件已由另一个来源文件提供（${owner}），此文件不被使用。`,
          `The same document already comes from another source file (${owner}); this file is not used.`,
        ),
      });
      sources.push({ key: input.key, problems, status: 'duplicate', data });
      continue;
    }
    const { corpus, problems: indexProblems } = indexCorpus(data);
    for (const p of indexProblems)
      problems.push({ severity: 'error', span: { start: 0, end: 0 }, message: bi(p.message, p.message) });
    if (!corpus) {
      sources.push({ key: input.key, problems, status: 'unparsed' });
      continue;
    }
    taken.set(k, input.key);
    corpora.push(corpus);
    sources.push({ key: input.key, problems, status: 'used', corpusId: corpus.id, data });
  }
  return { lib: { corpora, defaultId: base.defaultId ?? base.corpora[0]?.id }, sources };
}
