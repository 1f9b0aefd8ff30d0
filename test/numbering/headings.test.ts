// numberedHeadings on its own: which lines of a draft are its numbered headings, of which level, under which parent,
// and which of them are the Opinion's own lines. (What the numbering-sequence rule makes of them: numbering.test.ts.)
import * as assert from 'node:assert/strict';
import { type NumberedHeading, numberedHeadings } from '../../server/src/core/numbering';
import { fold } from '../../server/src/core/text';
import { lib } from '../helpers/corpus';

const lines = (...ls: string[]) => ls.join('\n');
const read = (text: string) => numberedHeadings({ text, f: fold(text), lib: lib() });
/** Each heading as [marker as written, kind, number, the marker of its parent or ''] . */
const outline = (text: string) =>
  read(text).map((h: NumberedHeading) => [
    text.slice(h.marker.start, h.marker.end),
    h.kind,
    h.num,
    h.parent ? text.slice(h.parent.marker.start, h.parent.marker.end) : '',
  ]);

describe('numbered headings: reading the draft’s own outline', () => {
  it('reads the four Chinese levels with the nearest heading of a higher level as parent', () => {
    const text = lines(
      '一、总体要求',
      '（一）指导思想',
      '1.坚持创新',
      '（1）加强统筹',
      '（2）完善机制',
      '二、重点任务',
    );
    assert.deepEqual(outline(text), [
      ['一、', 'zh1', 1, ''],
      ['（一）', 'zh2', 1, '一、'],
      ['1.', 'num3', 1, '（一）'],
      ['（1）', 'num4', 1, '1.'],
      ['（2）', 'num4', 2, '1.'],
      ['二、', 'zh1', 2, ''],
    ]);
  });

  it('gives the numeral alone as the span a renumber edit replaces, and the heading text after the marker', () => {
    const text = '### （十二）**加强安全保障**';
    const [h] = read(text);
    assert.equal(text.slice(h.numSpan.start, h.numSpan.end), '十二');
    assert.equal(h.text, '加强安全保障');
    assert.equal(h.line, 0);
  });

  it('reads English parts (I.) and sections ((1)) and leaves English "1." lines as lists', () => {
    const text = lines('I. Overall requirements', '(1) Guiding ideology', '1. a list item', 'II. Main tasks');
    assert.deepEqual(outline(text), [
      ['I.', 'roman', 1, ''],
      ['(1)', 'num4', 1, 'I.'],
      ['II.', 'roman', 2, ''],
    ]);
  });

  it('skips lines in code fences, comments, block quotes and quotation marks, and words such as 一、二线城市', () => {
    const text = lines(
      '一、总体要求',
      '```',
      '二、代码',
      '```',
      '<!--',
      '三、注释',
      '-->',
      '> 四、引文',
      '“五、引号里的',
      '六、仍在引号里”',
      '一、二线城市加快发展',
      '二、重点任务',
    );
    assert.deepEqual(
      outline(text).map((x) => x[0]),
      ['一、', '二、'],
    );
  });

  it('leaves Markdown ordered lists alone but reads a numbered Markdown heading', () => {
    const text = lines('# 实施方案', '', '1. 加强统筹', '2. 完善机制', '', '## 3. 强化考核');
    assert.deepEqual(
      outline(text).map((x) => x[0]),
      ['3.'],
    );
  });

  it('marks a line that is the Opinion’s own heading with its number as quoted, a generic one only as an echo', () => {
    const [own, generic, draft] = read(lines('（三）探索电子政务云计算发展新模式', '二、主要任务', '三、组织实施'));
    assert.deepEqual([own.quoted, own.echo], [true, true]);
    assert.deepEqual([generic.quoted, generic.echo], [false, true]);
    assert.deepEqual([draft.quoted, draft.echo], [false, false]);
  });
});
