// The comparison form echoes are found in: folded text without spacing or punctuation, lower-cased, with a superscript
// written as ^60 read as ⁶⁰ (2^60 and 2⁶⁰ are the same number; 260 is not). Each unit keeps the offset it came from and
// whether a phrase break (punctuation) or a word break (a space) stood before it, so an alignment can stop where a
// phrase of the text stops. Also the n-gram index of a source text that seeds the alignment.
import type { Corpus, Lang } from './corpus';
import { fold } from './text';

export interface EchoText {
  /** The comparison form. */
  s: string;
  /** For each unit of `s`, its offset in the text it was made from. */
  at: Int32Array;
  /** For each unit of `s`: 1 when a word break stands before it, 2 a phrase break (punctuation), 3 a line break. */
  brk: Uint8Array;
}

const SUPERSCRIPT = [0x2070, 0xb9, 0xb2, 0xb3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079];
// What each UTF-16 unit is, for the comparison form: built once from the Unicode classes (the per-character regular
// expressions it replaces were most of the cost of reading a long draft).
const KEEP = 0,
  SPACE = 1,
  LINE = 2,
  DROP = 3,
  DIGIT = 4,
  LETTER = 5,
  UPPER = 6;
let classes: Uint8Array | undefined;
/** The table of classes, built on first use with one pass of each Unicode class's pattern over all 65,536 units (a test
 *  per unit took ~7 ms of every server's start). */
function classOf(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(65536);
  // every unit as one string, the surrogates (which the u flag would pair) written as a letter the patterns skip
  const units = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x61 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  const drop = /[\p{P}\p{S}]+/gu;
  for (let m; (m = drop.exec(all));) t.fill(DROP, m.index, m.index + m[0].length);
  const space = /\s+/g; // a space that is also punctuation is a space
  for (let m; (m = space.exec(all));) t.fill(SPACE, m.index, m.index + m[0].length);
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = KEEP;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LETTER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  t[0x0a] = t[0x7c] = LINE; // a table's cells are separate passages, as lines are
  return (classes = t);
}

/** The class table and its classes' numbers (for the test that builds it again one unit at a time). */
export const classTable = (): Uint8Array => classOf();
export const UNIT_CLASSES = { KEEP, SPACE, LINE, DROP, DIGIT, LETTER, UPPER } as const;

/** The comparison form of already folded text (`folded` has the length of the text it was folded from). */
export function echoText(folded: string): EchoText {
  const cls = classOf();
  const n = folded.length;
  const at = new Int32Array(n);
  const brk = new Uint8Array(n);
  const units = new Uint16Array(n);
  let len = 0;
  let pending = 0;
  // one unit at a time, without closures: this loop reads every character of every draft
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    const k = cls[c];
    if (k === LETTER || k === DIGIT || k === KEEP || k === UPPER) {
      at[len] = i;
      brk[len] = pending;
      units[len++] = k === UPPER ? c + 32 : c;
      pending = 0;
    } else if (k === SPACE || k === LINE) {
      const p = k === LINE ? 3 : 1;
      if (p > pending) pending = p;
    } else {
      const prev = i > 0 ? cls[folded.charCodeAt(i - 1)] : KEEP;
      const next = i + 1 < n ? cls[folded.charCodeAt(i + 1)] : KEEP;
      if (c === 0x5e && next === DIGIT) {
        // 2^60: the digits after the caret are an exponent
        let j = i + 1;
        for (; j < n && cls[folded.charCodeAt(j)] === DIGIT; j++) {
          at[len] = j;
          brk[len] = pending;
          units[len++] = SUPERSCRIPT[folded.charCodeAt(j) - 0x30];
          pending = 0;
        }
        i = j - 1;
      } else if (c === 0x2d && (prev === LETTER || prev === UPPER) && (next === LETTER || next === UPPER)) {
        // a hyphen inside a word joins it (e-commerce is one word)
      } else if (
        ((c === 0x2e || c === 0x2c) && prev === DIGIT && next === DIGIT) ||
        ((c === 0x25 || c === 0x2030) && prev === DIGIT)
      ) {
        // a decimal point or a thousands separator between digits is part of the number (1.5, 1,000), and a percent
        at[len] = i;
        brk[len] = 0;
        units[len++] = c;
        pending = 0;
      } else if (pending < 2) pending = 2;
    }
  }
  let s = '';
  for (let x = 0; x < len; x += 8192) s += String.fromCharCode(...units.subarray(x, Math.min(len, x + 8192)));
  return { s, at: at.subarray(0, len), brk: brk.subarray(0, len) };
}

/** Chinese units are compared in runs of 4; Latin letters and digits in runs of 8 (words run together). */
export const GRAM: Record<Lang, number> = { zh: 4, en: 8 };
const CJK_START = 0x3400,
  CJK_END = 0x9fff;
export const isCjk = (c: number) => c >= CJK_START && c <= CJK_END;

/** A polynomial hash of s[i, i+q): compared again unit by unit on a hit, so a collision costs only time. */
export function gramHash(s: string, i: number, q: number): number {
  let h = 0;
  for (let k = 0; k < q; k++) h = (Math.imul(h, 31) + s.charCodeAt(i + k)) | 0;
  return h;
}

export interface SourceIndex {
  lang: Lang;
  text: EchoText;
  /** n-gram hash → the positions in `text.s` where it starts (n-grams that occur too often are left out). */
  grams: Map<number, number[]>;
  /** One bit per hash (its low 20 bits) that `grams` holds: most of a draft is not the source's, and a bit says so
   *  faster than the map. */
  bits: Uint8Array;
}

/** The numbers of a source's own parts and sections at the start of a line (一、 （一） 1. I. (1)): its structure, not
 *  its words; a draft restating a heading and its text in a sentence has none of them. */
const MARKER =
  /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|[IVX]{1,4}[.,](?=\s))/gm;

/** Runs of a source's own words that occur more often than this seed nothing: a common phrase is no echo. */
const TOO_COMMON = 8;
const indexes = new WeakMap<Corpus, Partial<Record<Lang, SourceIndex | null>>>();

/** The n-gram index of one language's text of a corpus, built once per corpus. */
export function sourceIndex(c: Corpus, lang: Lang): SourceIndex | undefined {
  let m = indexes.get(c);
  if (!m) indexes.set(c, (m = {}));
  if (m[lang] !== undefined) return m[lang] ?? undefined;
  const raw = c.data.texts[lang];
  if (raw === undefined) {
    m[lang] = null;
    return undefined;
  }
  const text = echoText(fold(raw).replace(MARKER, (m) => ' '.repeat(m.length)));
  const q = GRAM[lang];
  const grams = new Map<number, number[]>();
  for (let i = 0; i + q <= text.s.length; i++) {
    const h = gramHash(text.s, i, q);
    const list = grams.get(h);
    if (!list) grams.set(h, [i]);
    else if (list.length <= TOO_COMMON) list.push(i);
  }
  for (const [h, list] of grams) if (list.length > TOO_COMMON) grams.delete(h);
  const bits = new Uint8Array(1 << 17);
  for (const h of grams.keys()) bits[(h >>> 3) & 0x1ffff] |= 1 << (h & 7);
  return (m[lang] = { lang, text, grams, bits });
}
