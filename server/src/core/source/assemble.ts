// Putting a parsed source together: the nodes of its front (title, number, addressees, preamble) and of its end
// (closing paragraph, signature, date), the problems of what is missing, and its metadata.
import type { CorpusData, CorpusNode, Lang, Range2 } from '../corpus';
import { type Line, whole } from './lines';
import type { parseDate, parseNumber } from './number-date';
import { type Problems, bi } from './problems';
import type { NodeIds } from './sentences';

/** The title, number, addressees and preamble nodes; their ids are taken in `ids`. */
export function frontNodes(
  lang: Lang,
  ids: NodeIds,
  {
    titleRange,
    numberLine,
    addressees,
    preamble,
  }: { titleRange: Range2; numberLine?: Line; addressees?: Line; preamble: Line[] },
): CorpusNode[] {
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
  return front;
}

/** The closing paragraph, signature and date nodes; their ids are taken in `ids`. */
export function tailNodes(
  lang: Lang,
  ids: NodeIds,
  { closingLine, sigLine, dateLine }: { closingLine?: Line; sigLine?: Line; dateLine?: Line },
): CorpusNode[] {
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
  return tail;
}

/**
 * The problems of what is missing: an error, and false, when the file has neither a number nor numbered parts (it
 * is not a document); else warnings and notes for a missing number, parts or date (the document is still used).
 */
export function checkComplete(
  problems: Problems,
  lines: Line[],
  titleRange: Range2,
  { numberLine, partsSeen, dateLine }: { numberLine?: Line; partsSeen: number; dateLine?: Line },
): boolean {
  if (!numberLine && partsSeen === 0) {
    problems.add(
      'error',
      titleRange,
      '这不像一份公文：没有发文字号（如“国发〔2015〕50号”），正文也没有“一、二、……”分层编号。',
      'This does not read as an official document: it has no document number (e.g. 国发〔2015〕50号) and its body has no parts numbered I, II, … (一、二、…).',
    );
    return false;
  }
  if (!numberLine)
    problems.add(
      'warning',
      titleRange,
      '未找到发文字号（标题前后应有一行“国发〔2015〕50号”之类）：草稿只能按标题引用此文件。',
      'No document number found (a line such as 国发〔2015〕50号 next to the title): drafts can cite this document by its title only.',
    );
  if (partsSeen === 0)
    problems.add(
      'warning',
      titleRange,
      '正文没有“一、二、……”分层编号：无法核对对条款的引用。',
      'The body has no parts numbered I, II, … (一、二、…): references to its clauses cannot be checked.',
    );
  if (!dateLine)
    problems.add(
      'information',
      whole(lines[lines.length - 1]),
      '文末未找到成文日期（如“2015年8月31日”）：不核对所引日期。',
      'No date found at the end (e.g. 31 August 2015): dates attributed to this document are not checked.',
    );
  return true;
}

/** The metadata: title and the short title drafts cite, number, issuer, date, addressees. */
export function metaOf(
  lang: Lang,
  title: string,
  {
    sigLine,
    number,
    addressees,
    date,
  }: {
    sigLine?: Line;
    number?: ReturnType<typeof parseNumber>;
    addressees?: Line;
    date?: ReturnType<typeof parseDate>;
  },
): CorpusData['meta'] {
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
  return {
    title: bi(title, title),
    ...(shortZh ? { shortTitle: bi(shortZh, title) } : {}),
    number: numberMeta,
    issuer: bi(issuerText, issuerText),
    date: date ?? { iso: '', zh: '', en: '' },
    ...(addressees ? { addressees: bi(addressees.text, addressees.text) } : {}),
  };
}
