// The front of a source: the organ's header line (国务院文件), the document number above or below the title, the
// title (up to three lines, or one Markdown H1), the addressees (…：) and the preamble before the first part.
import type { Lang, Range2 } from '../corpus';
import { type Line, whole } from './lines';
import { isHead } from './markers';
import { parseNumber } from './number-date';

/** The red header line of the issuing organ: 国务院文件. */
const ORGAN_HEADER = /^[\u3400-\u9fff]{2,20}文件$/;

/** The number and the title lines; `next` is the index of the first line after them. */
export interface Head {
  numberLine?: Line;
  number?: ReturnType<typeof parseNumber>;
  titleLines: Line[];
  next: number;
}

/** Reads the number and the title from the top of the file (the lines before `bodyEnd`). */
export function readHead(text: string, lines: Line[], lang: Lang, bodyEnd: number): Head {
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
    !isHead(l, lang) &&
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
  return { numberLine, number, titleLines, next: k };
}

/** The title as one string (Chinese lines joined as they are, English ones with a space) and its range. */
export function titleOf(titleLines: Line[], lang: Lang): { title: string; range: Range2 } {
  const title =
    lang === 'zh' ? titleLines.map((l) => l.text.trim()).join('') : titleLines.map((l) => l.text.trim()).join(' ');
  const range: Range2 = [titleLines[0].map[0], whole(titleLines[titleLines.length - 1])[1]];
  return { title, range };
}

/** The addressees line (ending in ：) if it comes next, then the preamble: the lines up to the first heading. */
export function readAddresseesAndPreamble(
  lines: Line[],
  from: number,
  bodyEnd: number,
  lang: Lang,
): { addressees?: Line; preamble: Line[]; next: number } {
  let k = from;
  let addressees: Line | undefined;
  if (
    k < bodyEnd &&
    /[：:]$/.test(lines[k].text) &&
    !/[。.]/.test(lines[k].text.replace(/\.$/, '')) &&
    lines[k].text.length <= (lang === 'zh' ? 200 : 400) &&
    !isHead(lines[k], lang)
  )
    addressees = lines[k++];
  const preamble: Line[] = [];
  while (k < bodyEnd && !isHead(lines[k], lang)) preamble.push(lines[k++]);
  return { addressees, preamble, next: k };
}
