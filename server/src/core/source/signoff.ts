// The end of a source: the issuer's signature and the date (and notes after them such as （此件公开发布）), the
// closing paragraph of the body (各地区、各部门要……), and, in a notice that issues an attached document
// (关于印发…的通知), the signature and date that stand before the attachment.
import type { Lang } from '../corpus';
import type { Line } from './lines';
import { RE, isHead } from './markers';
import { parseDate } from './number-date';

/** Notes printed after the date: （此件公开发布）, （此件有删减）. */
const AFTER_NOTE = /^[（(](?:此件|本件)[^）)]{0,12}[)）]$|^\((?:this document is|published|abridged)[^)]{0,60}\)$/i;
const CLOSING =
  /^(?:各地区、各部门|各地区|各地方|各部门|各省|各有关部门|各有关方面|各级|本(?:意见|通知|办法|方案|规定|纲要|规划|计划|决定)自|All localities|All regions|All departments|Each locality|All relevant departments|This (?:Opinion|Notice|Plan|Outline|Decision)s? (?:is|are|shall|takes?))/;

/** The signature and date at the end of the file; the body ends before them (`bodyEnd`, an index into the lines). */
export interface SignOff {
  dateLine?: Line;
  date?: ReturnType<typeof parseDate>;
  sigLine?: Line;
  bodyEnd: number;
}

export function readSignOff(lines: Line[], lang: Lang): SignOff {
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
      !isHead(prev, lang) &&
      prev.text.length <= (lang === 'zh' ? 30 : 90) &&
      !/[。.，,；;：:]$/.test(prev.text) &&
      !/[。；]/.test(prev.text)
    ) {
      sigLine = prev;
      last--;
    }
  }
  const bodyEnd = dateLine ? last : lines.length; // lines[0 .. bodyEnd) hold front matter and body
  return { dateLine, date, sigLine, bodyEnd };
}

/** A notice that issues an attached document is signed and dated before the attachment: the date line in the
 *  preamble, the signature above it, and the preamble without them and the notes after them. */
export function signOffInPreamble(
  preamble: Line[],
  lang: Lang,
): { dateLine: Line; date: ReturnType<typeof parseDate>; sigLine?: Line; preamble: Line[] } | undefined {
  const d = preamble.findIndex((l) => parseDate(l.text));
  if (d < 0) return undefined;
  const dateLine = preamble[d];
  const date = parseDate(dateLine.text);
  let sigLine: Line | undefined;
  const prev = preamble[d - 1];
  if (prev && prev.text.length <= (lang === 'zh' ? 30 : 90) && !/[。.，,；;：:]$/.test(prev.text)) sigLine = prev;
  const drop = new Set([dateLine, sigLine]);
  const kept = preamble.filter((l) => !drop.has(l) && !AFTER_NOTE.test(l.text));
  return { dateLine, date, sigLine, preamble: kept };
}

/** The closing paragraph when it is the last line of the body: taken off the body lines and returned. */
export function takeClosing(bodyLines: Line[], lang: Lang): Line | undefined {
  if (!bodyLines.length) return undefined;
  const lastBody = bodyLines[bodyLines.length - 1];
  if (CLOSING.test(lastBody.text) && !isHead(lastBody, lang) && !RE[lang].item.test(lastBody.text)) {
    bodyLines.pop();
    return lastBody;
  }
  return undefined;
}
