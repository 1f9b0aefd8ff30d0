// Recognition: which spans are citations of the Opinion, of which clause, and which are other documents'.
import * as assert from 'node:assert/strict';
import type { Citation, ClauseMention, DocMention } from '../../server/src/core/model';
import { citationAt, targetOf } from '../../server/src/core/features';
import { expectClean, lib, run } from '../helpers/corpus';

const GF = 'gf-2015-5';
const cites = (text: string) =>
  run(text).citations.map((c) => [
    c.kind,
    text.slice(c.span.start, c.span.end),
    c.docId,
    (c as ClauseMention).nodeId ?? (c as ClauseMention).nearestNodeId ?? null,
  ]);
const docs = (text: string) =>
  run(text)
    .citations.filter((c): c is DocMention => c.kind === 'doc')
    .map((d) => [text.slice(d.span.start, d.span.end), d.docId]);
const clauseAt = (text: string, needle: string): Citation | undefined => {
  const a = run(text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return citationAt(a, at + Math.floor(needle.length / 2));
};
const nodeAt = (text: string, needle: string) => {
  const c = clauseAt(text, needle);
  return c && c.kind === 'clause' ? (c.nodeId ?? null) : c ? `${c.kind}` : undefined;
};

describe('recognising document citations', () => {
  it('finds the full title with 《》 and its number, with exact UTF-16 ranges', () => {
    const text = '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号），制定本方案。';
    assert.deepEqual(docs(text), [
      ['《国务院关于促进云计算创新发展培育信息产业新业态的意见》', GF],
      ['国发〔2015〕5号', GF],
    ]);
  });

  it('finds the title without 《》 and the short title after 国务院印发', () => {
    assert.deepEqual(docs('国务院关于促进云计算创新发展培育信息产业新业态的意见提出了目标。'), [
      ['国务院关于促进云计算创新发展培育信息产业新业态的意见', GF],
    ]);
    assert.deepEqual(docs('2015年1月，国务院印发《关于促进云计算创新发展培育信息产业新业态的意见》。'), [
      ['《关于促进云计算创新发展培育信息产业新业态的意见》', GF],
    ]);
  });

  it('reads a headline’s 国务院云计算《意见》 as the Opinion described, not a short name used before its definition', () => {
    assert.deepEqual(docs('一图读懂｜国务院云计算《意见》划重点'), [['国务院云计算《意见》', GF]]);
    assert.deepEqual(docs('国务院的云计算《意见》出台一周年'), [['国务院的云计算《意见》', GF]]);
    expectClean('# 一图读懂｜国务院云计算《意见》划重点\n\n正文。');
  });

  it('reads the number in all its written forms, right and wrong', () => {
    for (const n of [
      '国发〔2015〕5号',
      '国发[2015]5号',
      '国发（2015）5号',
      '国发(2015)5号',
      '国发〔2015〕05号',
      '国发〔2015〕第5号',
      '国发【2015】5号',
      '国发［2015］5号',
      '国发〔２０１５〕５号',
    ]) {
      assert.deepEqual(docs(`依据${n}文件。`), [[n, GF]], n);
    }
  });

  it('reads traditional characters as their simplified forms', () => {
    assert.deepEqual(docs('根據國發〔2015〕5號文件'), [['國發〔2015〕5號', GF]]);
    assert.deepEqual(docs('《國務院關於促進雲計算創新發展培育信息產業新業態的意見》'), [
      ['《國務院關於促進雲計算創新發展培育信息產業新業態的意見》', GF],
    ]);
  });

  it('reads the English title and the English numbers', () => {
    const t =
      'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';
    assert.deepEqual(docs(`The *${t}* were issued in 2015.`), [[t, GF]]);
    for (const n of ['GF No. (2015)5', 'GF [2015] No. 5', 'Guofa [2015] No. 5', 'Guo Fa (2015) No. 5'])
      assert.deepEqual(docs(`See ${n}.`), [[n, GF]], n);
  });

  it('recognises other documents as other documents', () => {
    assert.deepEqual(docs('落实《促进大数据发展行动纲要》（国发〔2015〕50号）和国办发〔2015〕51号。'), [
      ['《促进大数据发展行动纲要》', null],
      ['国发〔2015〕50号', null],
      ['国办发〔2015〕51号', null],
    ]);
    assert.deepEqual(docs('《云计算发展三年行动计划（2017—2019年）》（工信部信软〔2017〕49号）'), [
      ['《云计算发展三年行动计划（2017—2019年）》', null],
      ['工信部信软〔2017〕49号', null],
    ]);
  });

  it('resolves an alias to the document it was defined for, until redefined', () => {
    const text =
      '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）提出……。' +
      '《某某省关于推进云计算发展的实施意见》（以下简称《意见》）要求……。《意见》第二部分。';
    const d = run(text).citations.filter(
      (c): c is DocMention => c.kind === 'doc' && text.slice(c.span.start, c.span.end) === '《意见》',
    );
    assert.deepEqual(
      d.map((x) => x.docId),
      [null],
    );
    assert.equal(nodeAt(text, '第二部分'), undefined);
  });

  it('resolves an English alias and the generic "the Opinions" after a citation', () => {
    const text =
      'The State Council issued GF No. (2015)5 (hereinafter "the Guideline"). The Guideline, Part II, Section (4) matters. Later the Opinions say more.';
    assert.equal(nodeAt(text, 'Part II, Section (4)'), 'II.4');
    const generic = run(text).citations.find(
      (c) => c.kind === 'doc' && text.slice(c.span.start, c.span.end) === 'the Opinions',
    ) as DocMention;
    assert.equal(generic.docId, GF);
  });
});

describe('recognising clause references', () => {
  const pre = '《意见》（国发〔2015〕5号）';
  const cases: [string, string][] = [
    ['第二部分第（四）项', 'II.4'],
    ['第二部分第（四）条', 'II.4'],
    ['第二部分（四）', 'II.4'],
    ['第二部分第四项', 'II.4'],
    ['主要任务第（四）项', 'II.4'],
    ['第四项主要任务', 'II.4'],
    ['保障措施第（三）条', 'III.3'],
    ['第一部分', 'I'],
    ['第三部分', 'III'],
    ['二（四）', 'II.4'],
    ['发展目标', 'I.3'],
    ['基本原则', 'I.2'],
  ];
  for (const [ref, id] of cases) {
    it(`links ${ref} to ${id}`, () => {
      assert.equal(nodeAt(`国发〔2015〕5号${ref}提出要求。`, ref), id);
    });
  }
  const en: [string, string][] = [
    ['Part II, Section (4)', 'II.4'],
    ['Section II(4)', 'II.4'],
    ['Part II (4)', 'II.4'],
    ['Part III, item (7)', 'III.7'],
    ['II.4', 'II.4'],
    ['Part I', 'I'],
    ['Section (4) of Part II', 'II.4'],
  ];
  for (const [ref, id] of en) {
    it(`links ${ref} to ${id}`, () => {
      assert.equal(nodeAt(`GF No. (2015)5 ${ref} sets this out.`, ref), id);
    });
  }

  it('attaches a reference to the citation just before it in an earlier sentence', () => {
    const text = `${pre}是纲领性文件。第二部分（四）要求开放数据。`;
    assert.equal(nodeAt(text, '第二部分（四）'), 'II.4');
  });

  it("does not attach the draft's own headings or references to itself", () => {
    const text = `${pre}是纲领性文件。\n第一部分 总体要求\n详见本方案第二部分（四）。`;
    assert.equal(nodeAt(text, '第一部分'), undefined);
    assert.equal(nodeAt(text, '第二部分（四）'), undefined);
  });

  it('does not attach 二（四） without a document in the same sentence', () => {
    assert.equal(nodeAt(`${pre}很重要。见二（四）。`, '二（四）'), undefined);
  });

  it('attaches a reference to another document to that document, not the Opinion', () => {
    assert.equal(
      nodeAt('《促进大数据发展行动纲要》（国发〔2015〕50号）第二部分（四）提出……', '第二部分（四）'),
      undefined,
    );
  });

  it('lists: 第二部分第（一）、（二）项 are two references', () => {
    const text = '国发〔2015〕5号第二部分第（一）、（二）项';
    assert.deepEqual(
      cites(text)
        .filter((c) => c[0] === 'clause')
        .map((c) => c[3]),
      ['II.1', 'II.2'],
    );
  });

  it("the definition of a clause points at its range in the source text of the citation's language", () => {
    const zh = '国发〔2015〕5号第二部分（四）';
    const c = clauseAt(zh, '第二部分（四）')!;
    const t = targetOf(lib(), c)!;
    assert.equal(t.lang, 'zh');
    assert.match(
      t.corpus.data.texts.zh!.slice(...t.range),
      /^\(四\)加强大数据开发与利用。\n充分发挥云计算对数据资源的集聚作用/,
    );
    const en = 'GF No. (2015)5, Part II, Section (4)';
    const t2 = targetOf(lib(), clauseAt(en, 'Part II, Section (4)')!)!;
    assert.equal(t2.lang, 'en');
    assert.match(t2.corpus.data.texts.en!.slice(...t2.range), /^\(4\) Expand the exploitation and use of big data\./);
  });
});

describe('recognising quotations', () => {
  it('attributes a quote after 指出/提出/要求 to the cited document and locates it', () => {
    const text = '国发〔2015〕5号文件提出“大力发展公共云计算服务，实施云计算工程”。';
    const q = run(text).citations.find((c) => c.kind === 'quote')!;
    assert.equal(q.docId, 'gf-2015-5');
    assert.ok(q.kind === 'quote' && q.attributed && q.found);
  });

  it("does not attribute a quote that is the draft's own slogan", () => {
    const text = '为贯彻《意见》（国发〔2015〕5号），实施“云上某某”工程。';
    const q = run(text).citations.find((c) => c.kind === 'quote');
    assert.ok(!q || (q.kind === 'quote' && !q.attributed));
  });
});
