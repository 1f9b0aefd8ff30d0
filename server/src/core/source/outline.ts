// The body of a source: its outline of parts, sections, items and sub-items (一、（一）1.（1）, or I. (1) 1. (a)) with
// their headings, the paragraphs under them and their sentences, as corpus nodes with ids in the bundled Opinion's
// style (II, II.3, II.3.1; II.i2 for an item right under a part). A number out of sequence, or a section before the
// first part, is an error in the source; the rest is still read.
import type { Bilingual, CorpusNode, Lang } from '../corpus';
import { parseRoman, parseZhNumber, roman, zhNumeral } from '../text';
import { type Line, at, whole } from './lines';
import { RE } from './markers';
import { type Problems, bi } from './problems';
import { type NodeIds, type SentenceNodes, headingIn, pushAll } from './sentences';

type Level = 'part' | 'section' | 'item' | 'sub';

/** A clause open at the current line: later lines go under it until one of its level or above comes. */
interface Open {
  node: CorpusNode;
  level: Level;
  lastChild: number;
  subMode?: boolean;
  end: number;
  paras: number;
}

export interface Outline {
  /** In document order: each clause, the sentences on its heading line, its paragraphs and their sentences. */
  nodes: CorpusNode[];
  /** The number of parts read. */
  partsSeen: number;
  /** Plain lines before the first part: they belong to the preamble. */
  loose: Line[];
}

/** What reading the body keeps track of, line by line. */
interface Reader {
  lang: Lang;
  re: (typeof RE)[Lang];
  ids: NodeIds;
  sentences: SentenceNodes;
  problems: Problems;
  nodes: CorpusNode[];
  loose: Line[];
  /** The clauses open at this line, outermost first. */
  stack: Open[];
  partsSeen: number;
  lastPartNum: number;
  /** English sub-items are lettered (a), (b): labels and messages write them so once one is seen. */
  subLetters: boolean;
}

/** Reads the body lines (between the preamble and the closing paragraph or signature). */
export function readOutline(
  bodyLines: Line[],
  lang: Lang,
  ids: NodeIds,
  sentences: SentenceNodes,
  problems: Problems,
): Outline {
  const o: Reader = {
    lang,
    re: RE[lang],
    ids,
    sentences,
    problems,
    nodes: [],
    loose: [],
    stack: [],
    partsSeen: 0,
    lastPartNum: 0,
    subLetters: false,
  };
  for (const l of bodyLines) readBodyLine(o, l);
  // Ranges of the parts that held sections reach to their last line already (extend); heading-only nodes keep their line.
  return { nodes: o.nodes, partsSeen: o.partsSeen, loose: o.loose };
}

/** One line: a part, a section, an item, a sub-item, or a plain paragraph. */
function readBodyLine(o: Reader, l: Line): void {
  const { lang, re } = o;
  let m: RegExpExecArray | null;
  if (
    (m = re.part.exec(l.text)) &&
    (lang === 'zh' ? !Number.isNaN(parseZhNumber(m[1])) : !Number.isNaN(parseRoman(m[1])))
  ) {
    readPart(o, l, m);
    return;
  }
  const part = openAt(o, 'part');
  const item = openAt(o, 'item');
  // English "(n)" inside an item that already counts (1)…(n-1) is a sub-item, not the next section.
  const enSubByNumber =
    lang === 'en' &&
    item &&
    (m = re.section.exec(l.text)) &&
    Number(m[1]) === item.lastChild + 1 &&
    (item.subMode || Number(m[1]) === 1);
  if (!enSubByNumber && (m = re.section.exec(l.text)) && readSection(o, l, m, part)) return;
  if ((m = re.item.exec(l.text)) && part) {
    readItem(o, l, m, part);
    return;
  }
  const subM = enSubByNumber ? re.section.exec(l.text) : re.sub.exec(l.text);
  if (subM && part) {
    readSub(o, l, subM, part);
    return;
  }
  readParagraph(o, l);
}

function readPart(o: Reader, l: Line, m: RegExpExecArray): void {
  const num = o.lang === 'zh' ? parseZhNumber(m[1]) : parseRoman(m[1]);
  checkNumber(o, l, 'part', num, o.lastPartNum + 1, m);
  o.lastPartNum = num;
  o.partsSeen++;
  close(o, 0);
  open(o, 'part', l, m, num, undefined);
}

/** A section under the open part; before the first part an error, and false: the line is read on as another kind. */
function readSection(o: Reader, l: Line, m: RegExpExecArray, part: Open | undefined): boolean {
  const num = o.lang === 'zh' ? parseZhNumber(m[1]) : Number(m[1]);
  if (!part) {
    o.problems.add(
      'error',
      at(l, 0, m[0].trimEnd().length),
      `“${m[0].trim()}”出现在第一个“一、”之前：公文正文按“一、（一）1.（1）”分层。`,
      `"${m[0].trim()}" comes before the first part (I): the body is numbered I, (1), 1., (a) from the top level down.`,
    );
    return false;
  }
  checkNumber(o, l, 'section', num, part.lastChild + 1, m);
  part.lastChild = num;
  close(o, 1);
  open(o, 'section', l, m, num, part);
  extend(o, whole(l)[1]);
  return true;
}

/** An item: under the open section, or right under the part. */
function readItem(o: Reader, l: Line, m: RegExpExecArray, part: Open): void {
  const num = Number(m[1]);
  const parentOpen = openAt(o, 'section') ?? part;
  checkNumber(o, l, 'item', num, parentOpen.lastChild + 1, m);
  parentOpen.lastChild = num;
  close(o, o.stack.indexOf(parentOpen) + 1);
  open(o, 'item', l, m, num, parentOpen);
  extend(o, whole(l)[1]);
}

/** A sub-item: under the open item, section or part; English ones may be lettered. */
function readSub(o: Reader, l: Line, subM: RegExpExecArray, part: Open): void {
  const letter = o.lang === 'en' && /^[a-z]$/.test(subM[1]);
  if (letter) o.subLetters = true;
  const num = letter ? subM[1].charCodeAt(0) - 96 : Number(subM[1]);
  const parentOpen = openAt(o, 'item') ?? openAt(o, 'section') ?? part;
  parentOpen.subMode = true;
  checkNumber(o, l, 'sub', num, parentOpen.lastChild + 1, subM);
  parentOpen.lastChild = num;
  close(o, o.stack.indexOf(parentOpen) + 1);
  open(o, 'sub', l, subM, num, parentOpen);
  extend(o, whole(l)[1]);
}

/** A plain paragraph: under the innermost open clause, or in the preamble before any part. */
function readParagraph(o: Reader, l: Line): void {
  const top = o.stack[o.stack.length - 1];
  if (!top) {
    o.loose.push(l);
    return;
  }
  top.paras++;
  const pid = o.ids.unique(`${top.node.id}.p${top.paras}`);
  o.nodes.push({
    id: pid,
    kind: 'paragraph',
    parent: top.node.id,
    num: top.paras,
    label: bi(`第${top.paras}段`, `paragraph ${top.paras}`),
    range: { [o.lang]: whole(l) },
  });
  pushAll(o.nodes, o.sentences.of(pid, l, 0, l.text.length));
  extend(o, whole(l)[1]);
}

function openAt(o: Reader, level: Level): Open | undefined {
  return o.stack.find((x) => x.level === level);
}

function close(o: Reader, depth: number): void {
  o.stack = o.stack.slice(0, depth);
}

/** Every open clause reaches at least to `end`. */
function extend(o: Reader, end: number): void {
  for (const x of o.stack) {
    x.end = Math.max(x.end, end);
    x.node.range[o.lang] = [x.node.range[o.lang]![0], x.end];
  }
}

/** Opens a clause at its heading line: its node, its heading, and the sentences of the line. */
function open(o: Reader, level: Level, l: Line, m: RegExpExecArray, num: number, parentOpen: Open | undefined): Open {
  const { lang } = o;
  const parent = parentOpen?.node;
  const id = o.ids.unique(
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
    label: label(o, level, num),
    range: { [lang]: whole(l) },
  };
  if (h && h.end > from) {
    const headText = l.text.slice(from, h.end).trim();
    // One language only: the heading as written serves both (as the title does), so messages in the other
    // language still name the clause; quotes in the other language are not checked against it (checks.ts).
    node.heading = bi(headText, headText);
    node.headingRange = { [lang]: at(l, from, from + l.text.slice(from, h.end).trimEnd().length) };
  }
  o.nodes.push(node);
  const op: Open = { node, level, lastChild: 0, end: whole(l)[1], paras: 0 };
  o.stack.push(op);
  // Body text on the heading line: its sentences (the heading being the first), as the bundled corpus has them.
  if (!h || h.bodyFrom < l.text.length) pushAll(o.nodes, o.sentences.of(id, l, from, l.text.length));
  return op;
}

/** An error where a clause's number is not the one expected after its previous sibling. */
function checkNumber(o: Reader, l: Line, level: Level, num: number, expected: number, m: RegExpExecArray): void {
  if (num === expected) return;
  const span = at(l, 0, m[0].trimEnd().length);
  const names = {
    part: ['部分', 'part'],
    section: ['（一）级标题', 'section'],
    item: ['条目', 'item'],
    sub: ['子项', 'sub-item'],
  }[level];
  if (num < expected)
    o.problems.add(
      'error',
      span,
      `编号重复或倒序：“${written(o, level, num)}”出现在“${written(o, level, expected - 1)}”之后，应为“${written(o, level, expected)}”。`,
      `Numbering goes back: ${names[1]} ${written(o, level, num)} comes after ${written(o, level, expected - 1)}; expected ${written(o, level, expected)}.`,
    );
  else
    o.problems.add(
      'error',
      span,
      `编号不连续：“${written(o, level, num)}”之前缺少“${written(o, level, expected)}”。`,
      `Numbering skips: ${names[1]} ${written(o, level, num)} comes where ${written(o, level, expected)} was expected.`,
    );
}

function label(o: Reader, level: Level, n: number): Bilingual {
  if (level === 'part') return bi(`第${zhNumeral(n)}部分`, `Part ${roman(n)}`);
  if (level === 'section') return bi(`（${zhNumeral(n)}）`, `(${n})`);
  if (level === 'item') return bi(`${n}.`, `${n}.`);
  return o.lang === 'en' && n > 0 && n <= 26 && o.subLetters
    ? bi(`(${String.fromCharCode(96 + n)})`, `(${String.fromCharCode(96 + n)})`)
    : bi(`（${n}）`, `(${n})`);
}

/** A number as the source writes it at that level. */
function written(o: Reader, level: Level, n: number): string {
  if (o.lang === 'zh')
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
        : o.subLetters
          ? `(${String.fromCharCode(96 + n)})`
          : `(${n})`;
}
