// Text normalisation shared by the scanner and the checks.
// `fold` keeps the length of the text (one UTF-16 unit in, one out) so offsets found in the folded text are
// offsets in the draft; `canon` drops punctuation and spacing for comparing quotes and headings.
import { OPENCC_TRIGGER } from './opencc-trigger';

let t2s: ((s: string) => string) | null = null;
let t2sFailed = false;
const charCache = new Map<string, string>();

/** Whether traditional → simplified could change `text`: only a text with one of the characters the dictionaries
 *  change converts to anything but itself, so the dictionaries (about 50 ms and 10 MB) load only for such a text. */
export function mayBeTraditional(text: string): boolean {
  return OPENCC_TRIGGER.test(text);
}

/** Traditional → simplified, one character at a time where the phrase converter would change the length. */
function toSimplified(text: string): string {
  if (!mayBeTraditional(text) || !loadT2s()) return text;
  const whole = t2s!(text);
  if (whole.length === text.length) return whole;
  return simplifyChars(text);
}

/** The phrase converter alone. No phrase spans a line break, so a text converted line by line (or block by
 *  block, see blocks.ts) gives the same result as the whole text. */
export function simplifyPhrases(text: string): string {
  return mayBeTraditional(text) && loadT2s() ? t2s!(text) : text;
}

function loadT2s(): boolean {
  if (!t2s && !t2sFailed) {
    try {
      // opencc-js ships its CommonJS build under the "require" condition; its types describe the ES module, so load
      // it plainly, and only here: most drafts never need it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
      t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    } catch {
      t2sFailed = true; // the dictionaries could not load: compare without conversion rather than fail
    }
  }
  return !!t2s;
}

/** Traditional → simplified one character at a time, keeping characters whose conversion changes the length. */
export function simplifyChars(text: string): string {
  if (!mayBeTraditional(text) || !loadT2s()) return text;
  let out = '';
  for (const ch of text) {
    let s = charCache.get(ch);
    if (s === undefined) {
      s = t2s!(ch);
      if (s.length !== ch.length) s = ch;
      charCache.set(ch, s);
    }
    out += s;
  }
  return out;
}

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * Same-length normalisation: full-width ASCII → ASCII, ideographic and other spaces → space, BOM → space, lone CR → LF,
 * traditional → simplified. 〔〕《》“” and other CJK punctuation stay as they are.
 */
export function fold(text: string): string {
  const out = foldChars(text);
  return HAS_CJK.test(out) ? toSimplified(out) : out;
}

/** `fold` without traditional → simplified: one unit in, one unit out, each on its own (but CR before LF). */
export function foldChars(text: string): string {
  let out: string;
  let changed = false;
  const n = text.length;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b)
      r = 0x20;
    else if (c === 0x3010)
      r = 0x5b; // 【 → [ (a bracket form drafters use for 〔〕)
    else if (c === 0x3011) r = 0x5d;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) r = 0x0a; // a lone CR (classic Mac line end) breaks lines as LF does
    if (r >= 0) {
      if (i > from) parts.push(text.slice(from, i));
      parts.push(String.fromCharCode(r));
      from = i + 1;
      changed = true;
    }
  }
  if (changed) {
    if (from < n) parts.push(text.slice(from));
    out = parts.join('');
  } else out = text;
  return out;
}

const CANON_DROP = /[\s\p{P}\p{S}]/u;

/**
 * Comparison form: folded, lower-cased, without punctuation, symbols or spacing.
 * Returns the canonical string and, for each of its units, the offset of the unit it came from.
 */
export function canonWithMap(text: string): { canon: string; map: number[] } {
  const f = fold(text);
  const map: number[] = [];
  let canon = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (CANON_DROP.test(ch)) continue;
    canon += ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    map.push(i);
  }
  return { canon, map };
}

// canon is called for every title, quote and heading of a draft, and again on every re-analysis while typing:
// remember short ones (a fresh copy as key, so a cached slice never keeps a whole old draft alive).
const canonCache = new Map<string, string>();
export function canon(text: string): string {
  if (text.length > 600) return canonWithMap(text).canon;
  let c = canonCache.get(text);
  if (c === undefined) {
    c = canonWithMap(text).canon;
    if (canonCache.size >= 20000) canonCache.clear();
    canonCache.set((' ' + text).slice(1), c);
  }
  return c;
}

/** A 32-bit FNV-1a hash of `s` from the offset basis `basis` (keys and cut points, not security). */
export function fnv1a(s: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** Chinese punctuation for text taken from the seed (which uses half-width , ( ) :) when it goes into a Chinese draft. */
export function zhPunctuation(text: string): string {
  return text.replace(/[,;:()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

// ---- Numerals --------------------------------------------------------------------------------------------
const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九, 百, 千, and Arabic digits. Returns NaN when the text is not a numeral. */
export function parseZhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '百') return 100;
  if (s === '千') return 1000;
  if (s === '万') return 10000;
  let m = /^([一二两三四五六七八九])?(百|千)$/.exec(s);
  if (m) return (m[1] ? ZH_DIGITS[m[1]] : 1) * (m[2] === '百' ? 100 : 1000);
  m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? ZH_DIGITS[m[1]] : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]] : 0);
  if (s.length === 1 && s in ZH_DIGITS) return ZH_DIGITS[s];
  return NaN;
}

const ZH_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function zhNumeral(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n];
  if (n < 20) return '十' + ZH_NUMERALS[n - 10];
  if (n < 100) return ZH_NUMERALS[Math.floor(n / 10)] + '十' + (n % 10 ? ZH_NUMERALS[n % 10] : '');
  return String(n);
}

/** A count before a measure word, as a careful drafter writes it: 两项, 两个部分 (not 二项); 十二项. */
export function zhCount(n: number): string {
  return n === 2 ? '两' : zhNumeral(n);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const ROMAN_CHARS: Record<string, string> = {
  Ⅰ: 'I',
  Ⅱ: 'II',
  Ⅲ: 'III',
  Ⅳ: 'IV',
  Ⅴ: 'V',
  Ⅵ: 'VI',
  Ⅶ: 'VII',
  Ⅷ: 'VIII',
  Ⅸ: 'IX',
  Ⅹ: 'X',
};
/** Roman numerals up to XXXIX (also the single-character forms Ⅰ…Ⅹ) and Arabic digits. NaN otherwise. */
export function parseRoman(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const t = (ROMAN_CHARS[s] ?? s).toUpperCase();
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(t) || t === '') return NaN;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]],
      next = ROMAN[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
export function roman(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] ?? String(n);
}

const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  hundred: 100,
  thousand: 1000,
  a_hundred: 100,
};
export function parseEnNumber(s: string): number {
  const t = s.toLowerCase().replace(/^(a|one) (hundred|thousand)$/, '$2');
  if (/^\d+$/.test(t)) return Number(t);
  return EN_NUMBERS[t] ?? NaN;
}
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export function enNumber(n: number): string {
  return EN_WORDS[n] ?? String(n);
}

// ---- Similarity ------------------------------------------------------------------------------------------
/** Dice coefficient over character bigrams of two comparison-form strings: cheap and order-tolerant. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // a bigram is its two UTF-16 units as one number: no string per bigram (this runs for every window a misquote's
  // closest passage is searched in)
  const ga = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.charCodeAt(i) * 65536 + a.charCodeAt(i + 1);
    ga.set(g, (ga.get(g) ?? 0) + 1);
  }
  let inter = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.charCodeAt(i) * 65536 + b.charCodeAt(i + 1);
    const v = ga.get(g);
    if (v) {
      inter++;
      ga.set(g, v - 1);
    }
  }
  return (2 * inter) / (a.length - 1 + b.length - 1);
}

/** English month names, January first (dates of issue in drafts and in source files). */
export const MONTHS = [
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
