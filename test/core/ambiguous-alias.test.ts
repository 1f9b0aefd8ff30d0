// An ambiguous short name (the issue "Accuracy, second wave", class 12): after a sentence that cites two different
// opinions, a bare 《意见》 / "the Opinions" that no 以下简称 defines could mean either. The engine says so
// (alias-undefined) and resolves it to neither, rather than guess; one opinion cited, or the short name defined,
// resolves as before.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, run } from '../helpers/corpus';

const T5 = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）';
const T32 = '《国务院关于大力推进大众创业万众创新若干政策措施的意见》（国发〔2015〕32号）';
const EN5 =
  'the Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5)';
const EN40 = 'the Guiding Opinions on Actively Promoting the "Internet Plus" Action (GF No. (2015)40)';

describe('alias-undefined: a short name after a sentence citing two opinions', () => {
  it('Chinese: names both citations and is resolved to neither', () => {
    const text = `为贯彻落实${T5}和${T32}精神，制定本方案。《意见》要求大幅减少政府自建数据中心的数量，到2017年PUE值优于1.4。`;
    const [f] = expectFindings(text, [['alias-undefined', '《意见》']]);
    assert.equal(
      f.message.zh,
      '简称“《意见》”指代不明：前文同一句引用了两份意见（国发〔2015〕5号、国发〔2015〕32号），又未用“以下简称”定义。请在所指文件首次引用处加“以下简称《意见》”，或写明文号。',
    );
    assert.deepEqual(f.fixes, []);
    const d = run(text).resolved.docs.find((x) => x.form === 'generic');
    assert.equal(d?.docId, null);
  });
  it('only the first use is reported', () => {
    const text = `根据${T32}、${T5}，制定本方案。《意见》提出了要求。《意见》还提出了目标。`;
    expectFindings(text, [['alias-undefined', '《意见》']]);
  });
  it('English: the Opinions after the "Internet Plus" Guiding Opinions in the same sentence', () => {
    const text = `This plan implements ${EN5} and ${EN40}. The Opinions require governments to cut their own data centres.`;
    const [f] = expectFindings(text, [['alias-undefined', 'The Opinions']]);
    assert.match(
      f.message.en,
      /^"The Opinions" is ambiguous: an earlier sentence cites two opinions \(GF No\. \(2015\)5 and GF No\. \(2015\)40\)/,
    );
  });
  it('traditional characters', () => {
    const text =
      '為貫徹落實《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號）和《國務院關於大力推進大眾創業萬眾創新若干政策措施的意見》（國發〔2015〕32號），制定本方案。《意見》提出了要求。';
    expectFindings(text, [['alias-undefined', '《意見》']]);
  });
});

describe('short names that are not ambiguous', () => {
  for (const t of [
    // defined right after the one meant
    `为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）和${T32}精神，制定本方案。《意见》要求大幅减少政府自建数据中心的数量。`,
    // the other document is no opinion
    `为贯彻落实${T5}和《促进大数据发展行动纲要》（国发〔2015〕50号）精神，制定本方案。《意见》要求大幅减少政府自建数据中心的数量。`,
    // the two opinions in separate sentences: the latest one, as before
    `${T32}已于2015年印发。本方案依据${T5}制定。《意见》要求大幅减少政府自建数据中心的数量。`,
    // one opinion cited twice in one sentence
    `${T5}第二部分和国发〔2015〕5号第三部分均有要求。《意见》要求大幅减少政府自建数据中心的数量。`,
    // a later sentence cites one of them alone
    `为贯彻落实${T5}和${T32}精神，制定本方案。其中，国发〔2015〕5号文件是主要依据。《意见》要求大幅减少政府自建数据中心的数量。`,
    `This plan implements ${EN5} and the Action Outline for Promoting the Development of Big Data (GF No. (2015)50). The Opinions require governments to cut their own data centres.`,
  ])
    it(t.slice(0, 60), () => expectClean(t));
});
