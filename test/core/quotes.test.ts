// Quotations cut with ellipses, and citations that describe the Opinion instead of naming it: both must reach the
// same checks as a plain citation.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, run } from '../helpers/corpus';

// Three phrases of Part II (1), in the order the source has them.
const A = '大力发展公共云计算服务';
const B = '实施云计算工程';
const C = '培育信息消费';
const EN_A = 'Developing cloud computing benefits';
const EN_B = 'innovation resources';

describe('misquote: fragments around …… / … / ⋯ / ...', () => {
  for (const [name, sep] of [
    ['……', '……'],
    ['…', '…'],
    ['⋯', '⋯'],
  ]) {
    it(`accepts fragments found in the source in order, cut with ${name}`, () => {
      expectClean(`国发〔2015〕5号文件提出“${A}${sep}${C}”。`);
    });
    it(`flags the same fragments out of order, cut with ${name}, as a misquote of the whole quotation`, () => {
      const quoted = `“${C}${sep}${A}”`;
      const [f] = expectFindings(`国发〔2015〕5号文件提出${quoted}。`, [['misquote', quoted]]);
      assert.match(f.message.zh, /^引文未见于国发〔2015〕5号原文。/);
    });
  }

  it('accepts three fragments in order and flags them when the first two are swapped', () => {
    expectClean(`国发〔2015〕5号文件提出“${A}……${B}……${C}”。`);
    expectFindings(`国发〔2015〕5号文件提出“${B}……${A}……${C}”。`, [['misquote', `“${B}……${A}……${C}”`]]);
  });

  it('reads the order over the whole text: a fragment that recurs later in the source still follows', () => {
    // 实施云计算工程 is in Part II (1) and again in Part III (3), after 培育信息消费.
    expectClean(`国发〔2015〕5号文件提出“${A}……${C}……${B}”。`);
  });

  it('accepts a quotation that opens with an ellipsis', () => {
    expectClean(`国发〔2015〕5号文件提出“……${A}”。`);
  });

  it('flags fragments in order when one of them is not in the source', () => {
    expectFindings(`国发〔2015〕5号文件提出“${A}……按需分配”。`, [['misquote', `“${A}……按需分配”`]]);
  });

  it('in English: fragments in order around … or ... pass, out of order they are a misquote', () => {
    for (const sep of [' … ', '...']) {
      expectClean(`GF No. (2015)5 states that "${EN_A}${sep}${EN_B}".`);
      const quoted = `"${EN_B}${sep}${EN_A}"`;
      const [f] = expectFindings(`GF No. (2015)5 states that ${quoted}.`, [['misquote', quoted]]);
      assert.match(
        f.message.en,
        /^This quotation is not in the English translation of GF No\. \(2015\)5 \(China Copyright and Media, unofficial\)\./,
      );
    }
  });
});

describe('described citations: the Opinion named by what it is about', () => {
  it('国务院关于云计算发展的意见 is the Opinion: a wrong figure after it is a target-mismatch', () => {
    expectFindings('国务院关于云计算发展的意见提出，到2017年新建大型云计算数据中心PUE值优于1.4。', [
      ['target-mismatch', '1.4'],
    ]);
  });

  it('a wrong date of issue after the description is a date-mismatch with the date of issue as fix', () => {
    const text = '国务院关于云计算发展的意见于2015年1月16日印发。';
    const [f] = expectFindings(text, [['date-mismatch', '2015年1月16日']]);
    assert.equal(f.fixes[0].edits[0].newText, '2015年1月6日');
    expectClean('国务院关于云计算发展的意见于2015年1月6日印发。');
  });

  it('国务院…印发的云计算意见 is the Opinion: its date and count are checked', () => {
    expectFindings('国务院2015年1月16日印发的云计算意见提出，要大力发展公共云计算服务。', [
      ['date-mismatch', '2015年1月16日'],
    ]);
    expectFindings('国务院印发的云计算意见提出七项主要任务。', [['count-mismatch', '七']]);
    expectClean('国务院印发的云计算意见提出六项主要任务。');
  });

  it('a quotation attributed to the description is compared with the source', () => {
    expectFindings('国务院关于云计算发展的意见提出“按需分配”。', [['misquote', '“按需分配”']]);
    expectClean(`国务院关于云计算发展的意见提出“${A}”。`);
  });

  it('the description is a citation of the Opinion over its exact words', () => {
    for (const [text, described] of [
      ['国务院关于云计算发展的意见提出七项主要任务。', '国务院关于云计算发展的意见'],
      ['国务院印发的云计算意见提出七项主要任务。', '云计算意见'],
    ]) {
      const docs = run(text)
        .citations.filter((c) => c.kind === 'doc')
        .map((c) => [c.docId, text.slice(c.span.start, c.span.end)]);
      assert.ok(
        docs.some(([id, t]) => id === 'gf-2015-5' && t === described),
        `${text}: ${JSON.stringify(docs)}`,
      );
    }
  });
});

describe('misquote: the source given in parentheses after the quotation', () => {
  const ZH = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）。\n\n';
  const EN =
    'The Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in 2015.\n\n';
  it('"…" (the Opinions, preamble) and “…”（《意见》序言） are quotations of the Opinion, compared with it', () => {
    const wrongEn = `${EN}"Developing cloud computing benefits the sharing of information, knowledge and innovation resources, the reduction of start-up costs for the whole economy" (the Opinions, preamble).`;
    expectFindings(wrongEn, [
      ['misquote', wrongEn.slice(wrongEn.lastIndexOf('\n') + 1, wrongEn.indexOf(' (the Opinions,'))],
    ]);
    expectClean(wrongEn.replace('whole economy', 'whole society'));
    const wrongZh = `${ZH}“发展云计算，有利于分享信息知识和创新资源，降低全社会创新成本”（《意见》序言）。`;
    expectFindings(wrongZh, [['misquote', wrongZh.slice(wrongZh.indexOf('“发展'), wrongZh.indexOf('（《意见》序言'))]]);
    expectClean(wrongZh.replace('创新成本', '创业成本'));
  });
  it('links the quotation to the clause the parenthesis names', () => {
    const text = `${ZH}“新建电子政务系统须经严格论证并按程序进行审批”（《意见》第二部分第（三）项）。`;
    const q = run(text).resolved.quotes.find((x) => x.text.startsWith('新建电子政务'));
    assert.equal(q?.attributed, true);
    assert.equal(q?.clauseNodeId, 'II.3');
  });
  it('a parenthesis that does not open at the quotation, or cites another document, attributes nothing', () => {
    expectClean(`${ZH}我们的口号是“云上先行、数据惠民”，见本方案（《意见》精神的落实）。`);
    expectClean(`${EN}Our slogan, "cloud for everyone", is new. (See the Opinions.)`);
    const q = run(`${EN}"Internet Plus" (GF No. (2015)40) is another plan.`).resolved.quotes;
    assert.ok(q.every((x) => !x.attributed));
  });
});
