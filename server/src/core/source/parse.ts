// parseSource: a source file's text in, its corpus and problems out, in named steps — the lines and language, the
// signature and date at the end, the number and title, the addressees and preamble, the outline of the body, the
// front and tail nodes, what is missing, the metadata, and the targets and counts found in what was built.
import type { CorpusData, CorpusNode } from '../corpus';
import { canon } from '../text';
import { checkComplete, frontNodes, metaOf, tailNodes } from './assemble';
import { countsOf } from './counts';
import { readAddresseesAndPreamble, readHead, titleOf } from './front';
import { languageOf, linesOf, whole } from './lines';
import { readOutline } from './outline';
import { type ParsedSource, Problems, bi } from './problems';
import { NodeIds, SentenceNodes, pushAll } from './sentences';
import { readSignOff, signOffInPreamble, takeClosing } from './signoff';
import { findTargets } from './targets';

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
  const problems = new Problems();
  const lines = linesOf(text);
  if (!lines.length) {
    problems.add(
      'error',
      [0, 0],
      '来源文件是空的：请放入公文全文（标题、发文字号、正文、落款）。',
      'The source file is empty: put the full text of the document in it (title, number, body, issuer and date).',
    );
    return { problems: problems.list };
  }
  const lang = languageOf(text);
  const signOff = readSignOff(lines, lang);
  const { bodyEnd } = signOff;
  let { dateLine, date, sigLine } = signOff;
  const head = readHead(text, lines, lang, bodyEnd);
  if (!head.titleLines.length) {
    const l = lines[head.next] ?? lines[0];
    problems.add(
      'error',
      whole(l),
      '找不到标题：来源文件应以公文标题开头（如“国务院关于……的意见”），其后是发文字号、主送机关和正文。',
      'No title found: a source file starts with the title of the document (e.g. "Opinions of the State Council on …"), then its number, the addressees and the body.',
    );
    return { problems: problems.list };
  }
  const { title, range: titleRange } = titleOf(head.titleLines, lang);
  const afterHead = readAddresseesAndPreamble(lines, head.next, bodyEnd, lang);
  let preamble = afterHead.preamble;
  // A notice that issues an attached document (关于印发…的通知) is signed and dated before the attachment.
  if (!dateLine) {
    const signed = signOffInPreamble(preamble, lang);
    if (signed) ({ dateLine, date, sigLine, preamble } = signed);
  }

  const ids = new NodeIds();
  const sentences = new SentenceNodes(lang, ids);
  const bodyLines = lines.slice(afterHead.next, bodyEnd);
  const closingLine = takeClosing(bodyLines, lang);
  const outline = readOutline(bodyLines, lang, ids, sentences, problems);
  for (const l of outline.loose) preamble.push(l);

  const { numberLine, number } = head;
  const { addressees } = afterHead;
  const front = frontNodes(lang, ids, { titleRange, numberLine, addressees, preamble });
  const tail = tailNodes(lang, ids, { closingLine, sigLine, dateLine });
  const sentenceNodes: CorpusNode[] = [];
  for (const l of preamble) pushAll(sentenceNodes, sentences.of('preamble', l, 0, l.text.length));
  if (closingLine) pushAll(sentenceNodes, sentences.of('closing', closingLine, 0, closingLine.text.length));
  if (!checkComplete(problems, lines, titleRange, { numberLine, partsSeen: outline.partsSeen, dateLine }))
    return { problems: problems.list };

  const data: CorpusData = {
    schema: 1,
    id: `source:${opts.fileName ?? canon(title).slice(0, 40)}`,
    meta: metaOf(lang, title, { sigLine, number, addressees, date }),
    files: opts.fileName ? { [lang]: opts.fileName } : {},
    texts: { [lang]: text },
    nodes: [...front, ...outline.nodes, ...sentenceNodes, ...tail],
    targets: [],
    counts: [],
  };
  data.targets = findTargets(data, lang);
  data.counts = countsOf(data, lang);
  return { data, problems: problems.list };
}
