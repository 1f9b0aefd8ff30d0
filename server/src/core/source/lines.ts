// Reading a source file's layout: its non-blank lines with Markdown and layout marks taken off (front matter,
// comments, rules, heading and quote marks, bold and italic markers, trailing spaces), each with the map back to
// offsets in the file; and the language the file is written in.
import type { Lang, Range2 } from '../corpus';

/** One non-blank line with the Markdown and layout marks removed; `map[i]` is the file offset of `text[i]`. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  map: number[];
}

/** The file offsets of a range [a, b) of a line's cleaned text. */
export function at(l: Line, a: number, b: number): Range2 {
  if (b <= a) return [l.map[a] ?? l.end, l.map[a] ?? l.end];
  return [l.map[a], l.map[b - 1] + 1];
}

/** The non-blank lines of the file, in order, cleaned of layout marks (see Line). */
export function linesOf(text: string): Line[] {
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

/** The file offsets of a line's whole cleaned text. */
export function whole(l: Line): Range2 {
  return at(l, 0, l.text.length);
}

/** Chinese text if CJK characters are a fair share of the letters (an English translation may quote a 文号). */
export function languageOf(text: string): Lang {
  let cjk = 0,
    latin = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk * 5 > latin ? 'zh' : 'en';
}
