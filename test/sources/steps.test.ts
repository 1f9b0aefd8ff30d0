// The steps of parseSource on their own (core/source/): each takes lines or text and gives back what it read, so a
// change to one step shows here before it shows in a whole parsed document (parse.test.ts).
import * as assert from 'node:assert/strict';
import type { CorpusData, Lang } from '../../server/src/core/corpus';
import { checkComplete, metaOf } from '../../server/src/core/source/assemble';
import { countsOf } from '../../server/src/core/source/counts';
import { readAddresseesAndPreamble, readHead, titleOf } from '../../server/src/core/source/front';
import { type Line, languageOf, linesOf, whole } from '../../server/src/core/source/lines';
import { parseDate, parseNumber } from '../../server/src/core/source/number-date';
import { readOutline } from '../../server/src/core/source/outline';
import { Problems } from '../../server/src/core/source/problems';
import { NodeIds, SentenceNodes, headingIn, sentencesIn } from '../../server/src/core/source/sentences';
import { readSignOff, signOffInPreamble, takeClosing } from '../../server/src/core/source/signoff';
import { findTargets } from '../../server/src/core/source/targets';
import { GBF51, fixture } from './helpers';

const doc = (...ls: string[]) => ls.join('\n');
const texts = (ls: Line[]) => ls.map((l) => l.text);
/** What a range of the file holds. */
const cut = (text: string, r: [number, number]) => text.slice(r[0], r[1]);

/** The outline of a body written line by line: nodes as [id, kind, label, heading], and the problems. */
function outline(lang: Lang, ...body: string[]) {
  const text = doc(...body);
  const ids = new NodeIds();
  const problems = new Problems();
  const o = readOutline(linesOf(text), lang, ids, new SentenceNodes(lang, ids), problems);
  return {
    text,
    o,
    clauses: o.nodes
      .filter((n) => n.kind !== 'sentence')
      .map((n) => [n.id, n.kind, n.label[lang], n.heading?.[lang] ?? '']),
    problems: problems.list.map((p) => [p.severity, cut(text, [p.span.start, p.span.end]), p.message.en]),
  };
}

describe('source steps: the layout (lines.ts)', () => {
  it('drops blank lines, front matter, comments, rules and Markdown marks, and maps the text back to the file', () => {
    const text = doc(
      '---',
      'title: 草稿',
      '---',
      '# 国务院关于**印发**某方案的通知  ',
      '',
      '<!-- 批注',
      '多行 -->',
      '***',
      '> 　　一、总体要求\\',
    );
    const ls = linesOf(text);
    assert.deepEqual(texts(ls), ['国务院关于印发某方案的通知', '一、总体要求']);
    assert.deepEqual(
      ls.map((l) => l.index),
      [3, 8],
      'line numbers in the file',
    );
    assert.equal(cut(text, whole(ls[0])), '国务院关于**印发**某方案的通知', 'the range spans the marks inside');
    assert.equal(cut(text, whole(ls[1])), '一、总体要求');
  });

  it('reads the language from the share of Chinese characters, so an English file may quote a 文号', () => {
    assert.equal(languageOf('国务院关于积极推进“互联网+”行动的指导意见'), 'zh');
    assert.equal(languageOf('Guiding Opinions of the State Council (国发〔2015〕40号) on the Action'), 'en');
  });
});

describe('source steps: number and date lines (number-date.ts)', () => {
  it('reads a document number in the usual forms, and English abbreviations in an English file only', () => {
    assert.deepEqual(parseNumber('国办发〔2015〕51号', 'zh'), {
      zh: '国办发〔2015〕51号',
      en: 'GBF No. (2015)51',
      agency: '国办发',
      year: 2015,
      seq: 51,
    });
    assert.equal(parseNumber('国发 [2015] 第 40 号', 'zh')?.zh, '国发〔2015〕40号');
    assert.equal(parseNumber('工信部〔2016〕3号', 'zh')?.en, '工信部〔2016〕3号', 'no English form for other organs');
    assert.deepEqual(parseNumber('Guofa [2015] No. 40', 'en'), {
      zh: '国发〔2015〕40号',
      en: 'Guofa [2015] No. 40',
      agency: '国发',
      year: 2015,
      seq: 40,
    });
    assert.equal(parseNumber('GF No. (2015)40', 'zh'), undefined);
    assert.equal(parseNumber('根据国发〔2015〕40号文件', 'zh'), undefined, 'only a line that is the number');
  });

  it('reads a date line in Chinese digits or numerals, English day-month or month-day, or ISO', () => {
    const same = { iso: '2015-08-31', zh: '2015年8月31日', en: '31 August 2015' };
    for (const s of [
      '2015年8月31日',
      '2015 年 8 月 31 日',
      '二〇一五年八月三十一日',
      '31 August 2015',
      'Aug. 31, 2015',
      '2015-08-31',
    ])
      assert.deepEqual(parseDate(s), same, s);
    assert.equal(parseDate('2015年13月1日'), undefined);
    assert.equal(parseDate('2015年8月'), undefined);
    assert.equal(parseDate('31 Augustus 2015'), undefined);
  });
});

describe('source steps: signature, date and closing paragraph (signoff.ts)', () => {
  it('takes the date and the signature above it off the end, past notes such as （此件公开发布）', () => {
    const ls = linesOf(doc('标题', '一、总体要求', '正文。', '国务院', '2015年8月31日', '（此件公开发布）'));
    const s = readSignOff(ls, 'zh');
    assert.equal(s.dateLine?.text, '2015年8月31日');
    assert.equal(s.sigLine?.text, '国务院');
    assert.deepEqual(s.date, { iso: '2015-08-31', zh: '2015年8月31日', en: '31 August 2015' });
    assert.equal(s.bodyEnd, 3, 'the body is the lines before the signature');
  });

  it('takes no signature that is a sentence or a heading, and no date more than three lines from the end', () => {
    const sentence = readSignOff(linesOf(doc('标题', '各地区要抓好落实。', '2015年8月31日')), 'zh');
    assert.equal(sentence.sigLine, undefined);
    assert.equal(sentence.bodyEnd, 2);
    const early = readSignOff(linesOf(doc('标题', '2015年8月31日', '一、甲', '二、乙', '三、丙', '四、丁')), 'zh');
    assert.deepEqual([early.dateLine, early.bodyEnd], [undefined, 6]);
  });

  it('finds the signature and date of a notice in its preamble, before the attached document', () => {
    const preamble = linesOf(
      doc('现将《行动纲要》印发给你们，请认真贯彻落实。', '国务院', '2015年8月31日', '（此件公开发布）'),
    );
    const s = signOffInPreamble(preamble, 'zh')!;
    assert.deepEqual([s.sigLine?.text, s.dateLine.text], ['国务院', '2015年8月31日']);
    assert.deepEqual(texts(s.preamble), ['现将《行动纲要》印发给你们，请认真贯彻落实。']);
    assert.equal(signOffInPreamble(linesOf('为加快发展，现提出以下意见：'), 'zh'), undefined);
  });

  it('takes the closing paragraph off the end of the body, and nothing else', () => {
    const body = linesOf(doc('一、总体要求', '各地区、各部门要结合实际，认真贯彻落实。'));
    assert.equal(takeClosing(body, 'zh')?.text, '各地区、各部门要结合实际，认真贯彻落实。');
    assert.deepEqual(texts(body), ['一、总体要求']);
    const en = linesOf(doc('I. General requirements', 'This Opinion takes effect on the date of issue.'));
    assert.equal(takeClosing(en, 'en')?.text, 'This Opinion takes effect on the date of issue.');
    const last = linesOf(doc('一、保障措施', '（五）加强组织领导'));
    assert.equal(takeClosing(last, 'zh'), undefined);
    assert.equal(last.length, 2);
  });
});

describe('source steps: number, title, addressees and preamble (front.ts)', () => {
  it('reads the organ header, the number above the title and a title on two lines', () => {
    const text = doc(
      '国务院文件',
      '国发〔2015〕50号',
      '国务院关于印发',
      '促进大数据发展行动纲要的通知',
      '各省人民政府：',
      '一、总则',
    );
    const ls = linesOf(text);
    const head = readHead(text, ls, 'zh', ls.length);
    assert.equal(head.numberLine?.text, '国发〔2015〕50号');
    assert.equal(head.number?.seq, 50);
    assert.deepEqual(texts(head.titleLines), ['国务院关于印发', '促进大数据发展行动纲要的通知']);
    assert.equal(head.next, 4);
    const { title, range } = titleOf(head.titleLines, 'zh');
    assert.equal(title, '国务院关于印发促进大数据发展行动纲要的通知');
    assert.equal(cut(text, range), '国务院关于印发\n促进大数据发展行动纲要的通知');
  });

  it('takes a Markdown H1 as the whole title and the number below it', () => {
    const text = doc('# 国务院关于某事的意见', '国发〔2016〕7号', '副标题一样的一行', '一、总则');
    const ls = linesOf(text);
    const head = readHead(text, ls, 'zh', ls.length);
    assert.deepEqual(texts(head.titleLines), ['国务院关于某事的意见']);
    assert.equal(head.numberLine?.text, '国发〔2016〕7号');
    assert.equal(head.next, 2);
  });

  it('finds no title when the file opens with its body', () => {
    const text = doc('一、总体要求', '（一）指导思想。');
    const ls = linesOf(text);
    assert.deepEqual(readHead(text, ls, 'zh', ls.length), {
      numberLine: undefined,
      number: undefined,
      titleLines: [],
      next: 0,
    });
  });

  it('reads the addressees line and the preamble up to the first heading', () => {
    const ls = linesOf(
      doc('标题', '各省、自治区、直辖市人民政府：', '为加快发展，', '现提出以下意见：', '一、总体要求'),
    );
    const r = readAddresseesAndPreamble(ls, 1, ls.length, 'zh');
    assert.equal(r.addressees?.text, '各省、自治区、直辖市人民政府：');
    assert.deepEqual(texts(r.preamble), ['为加快发展，', '现提出以下意见：']);
    assert.equal(r.next, 4);
    const none = readAddresseesAndPreamble(ls, 2, ls.length, 'zh');
    assert.equal(none.addressees, undefined, 'the addressees come right after the title and number, or not at all');
  });
});

describe('source steps: the outline of the body (outline.ts)', () => {
  it('reads parts, sections, items and sub-items with ids, labels and headings, and paragraphs under them', () => {
    const { clauses, problems, o } = outline(
      'zh',
      '一、总体要求',
      '（一）指导思想。坚持创新驱动。',
      '1.加强统筹。',
      '（1）建设平台；',
      '正文段落。',
      '二、保障措施',
      '1.完善机制。',
    );
    assert.deepEqual(clauses, [
      ['I', 'part', '第一部分', '总体要求'],
      ['I.1', 'section', '（一）', '指导思想'],
      ['I.1.1', 'item', '1.', '加强统筹'],
      ['I.1.1.1', 'item', '（1）', '建设平台'],
      ['I.1.1.1.p1', 'paragraph', '第1段', ''],
      ['II', 'part', '第二部分', '保障措施'],
      ['II.i1', 'item', '1.', '完善机制'],
    ]);
    assert.deepEqual(problems, []);
    assert.equal(o.partsSeen, 2);
    assert.deepEqual(
      o.nodes.filter((n) => n.parent === 'I.1' && n.kind === 'sentence').map((n) => n.id),
      ['I.1.zh.s1', 'I.1.zh.s2'],
      'a heading line with body text: its sentences, the heading first',
    );
  });

  it('reports numbers out of sequence and a section before the first part, and reads on', () => {
    const { clauses, problems, o } = outline(
      'zh',
      '（一）开头。',
      '一、总体要求',
      '三、重点任务',
      '（一）甲',
      '（一）乙',
    );
    assert.deepEqual(
      problems.map((p) => p.slice(0, 2)),
      [
        ['error', '（一）'],
        ['error', '三、'],
        ['error', '（一）'],
      ],
    );
    assert.match(problems[1][2], /Numbering skips: part 三、 comes where 二、 was expected/);
    assert.match(problems[2][2], /Numbering goes back/);
    assert.deepEqual(
      clauses.map((c) => c[0]),
      ['I', 'III', 'III.1', 'III.1~2'],
      'a repeated number gets a unique id',
    );
    assert.deepEqual(texts(o.loose), ['（一）开头。'], 'the line before the first part goes to the preamble');
  });

  it('reads English sub-items by letter, and (n) inside an item that counts (1)… as its sub-items', () => {
    const { clauses, problems } = outline(
      'en',
      'I. General requirements',
      '(1) Guiding ideology.',
      '1. Build factories.',
      '(a) Plan them well.',
      '(b) Build them.',
      '2. Develop networks.',
      '(1) Wired.',
      '(2) Wireless.',
    );
    assert.deepEqual(clauses, [
      ['I', 'part', 'Part I', 'General requirements'],
      ['I.1', 'section', '(1)', 'Guiding ideology'],
      ['I.1.1', 'item', '1.', 'Build factories'],
      ['I.1.1.1', 'item', '(a)', 'Plan them well'],
      ['I.1.1.2', 'item', '(b)', 'Build them'],
      ['I.1.2', 'item', '2.', 'Develop networks'],
      ['I.1.2.1', 'item', '(a)', 'Wired'],
      ['I.1.2.2', 'item', '(b)', 'Wireless'],
    ]);
    assert.deepEqual(problems, []);
  });
});

describe('source steps: sentences, headings and ids (sentences.ts)', () => {
  it('ends Chinese sentences at 。！？； and English ones before a capital, keeping closing quotes', () => {
    const [zh] = linesOf('推进开放。“加强监管。”坚持创新；完善机制');
    assert.deepEqual(
      sentencesIn(zh, 0, zh.text.length, 'zh').map((r) => zh.text.slice(...r)),
      ['推进开放。', '“加强监管。”', '坚持创新；', '完善机制'],
    );
    const [en] = linesOf('See Art. Five of GF No. 40 first. Act fast! Done.');
    assert.deepEqual(
      sentencesIn(en, 0, en.text.length, 'en').map((r) => en.text.slice(...r)),
      ['See Art. Five of GF No. 40 first.', 'Act fast!', 'Done.'],
    );
  });

  it('takes a short first sentence after the number as the heading', () => {
    const [l] = linesOf('（一）指导思想。以创新为动力。');
    assert.deepEqual(headingIn(l, 3, 'zh'), { end: 7, bodyFrom: 8 });
    const [long] = linesOf(`（一）${'很'.repeat(60)}。`);
    assert.equal(headingIn(long, 3, 'zh'), undefined);
    const [en] = linesOf('(1) Guiding ideology: innovation first.');
    assert.deepEqual(headingIn(en, 4, 'en'), { end: 20, bodyFrom: 21 });
  });

  it('numbers sentences per parent and keeps ids unique', () => {
    const ids = new NodeIds();
    const s = new SentenceNodes('zh', ids);
    const [a, b] = linesOf(doc('甲。乙。', '丙。'));
    assert.deepEqual(
      [...s.of('preamble', a, 0, a.text.length), ...s.of('preamble', b, 0, b.text.length)].map((n) => n.id),
      ['preamble.zh.s1', 'preamble.zh.s2', 'preamble.zh.s3'],
    );
    ids.add('x');
    assert.deepEqual([ids.unique('x'), ids.unique('x'), ids.unique('y')], ['x~2', 'x~3', 'y']);
  });
});

describe('source steps: putting it together (assemble.ts, counts.ts, targets.ts)', () => {
  it('says what is missing: no number and no parts make the file unusable; a missing date is a note', () => {
    const ls = linesOf(doc('标题', '正文。'));
    const unusable = new Problems();
    assert.equal(checkComplete(unusable, ls, [0, 2], { partsSeen: 0 }), false);
    assert.deepEqual(
      unusable.list.map((p) => p.severity),
      ['error'],
    );
    const weak = new Problems();
    assert.equal(checkComplete(weak, ls, [0, 2], { partsSeen: 2, numberLine: ls[0] }), true);
    assert.deepEqual(
      weak.list.map((p) => [p.severity, p.span]),
      [['information', { start: 3, end: 6 }]],
    );
  });

  it('takes the issuer from the signature or the title, and the short title drafts cite', () => {
    const notice = metaOf('zh', '国务院关于印发促进大数据发展行动纲要的通知', {});
    assert.deepEqual([notice.issuer.zh, notice.shortTitle?.zh], ['国务院', '促进大数据发展行动纲要']);
    assert.deepEqual(notice.number, {
      zh: '《国务院关于印发促进大数据发展行动纲要的通知》',
      en: '"国务院关于印发促进大数据发展行动纲要的通知"',
      agency: '',
      year: 0,
      seq: 0,
    });
    assert.deepEqual(notice.date, { iso: '', zh: '', en: '' });
    const [sig] = linesOf('国务院办公厅');
    const opinion = metaOf('zh', '国务院办公厅关于加强监管的若干意见', { sigLine: sig });
    assert.deepEqual([opinion.issuer.zh, opinion.shortTitle?.zh], ['国务院办公厅', '关于加强监管的若干意见']);
    const en = metaOf('en', 'Guiding Opinions of the State Council on the Action', {});
    assert.deepEqual([en.issuer.en, en.shortTitle], ['State Council', undefined]);
  });

  it('finds counts and targets in the nodes built (a 国办发 opinion)', () => {
    const text = fixture(GBF51);
    const ids = new NodeIds();
    const ls = linesOf(text);
    const o = readOutline(ls.slice(4, 20), 'zh', ids, new SentenceNodes('zh', ids), new Problems());
    const data = { texts: { zh: text }, nodes: o.nodes } as unknown as CorpusData;
    assert.deepEqual(
      countsOf(data, 'zh').map((c) => [c.id, c.value, c.clause]),
      [
        ['parts', 4, undefined],
        ['principles', 4, 'II.2'],
      ],
    );
    assert.deepEqual(
      findTargets(data, 'zh').map((t) => [t.year, t.subject.zh, t.comparator, t.value, t.unit, t.clause]),
      [[2017, '公共信用信息覆盖率', 'at-least', 90, '%以上', 'II.3']],
    );
  });
});
