// Counts said in other words (the issue "Accuracy, second wave", class 1): a count of the Opinion's parts, principles,
// tasks, measures or objective areas in any syntactic position, in both languages and in traditional characters,
// reported at the numeral with the right count as its fix — and the drafter's own counts left alone.
import * as assert from 'node:assert/strict';
import { countPhrase } from '../../server/src/core/rules/counts';
import { zhCount } from '../../server/src/core/text';
import { expectClean, expectFindings, fixed, run } from '../helpers/corpus';

const DEF =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合我市实际，制定本方案。';
const TRAD =
  '為貫徹落實《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號，以下簡稱《意見》），結合本市實際，制定本方案。';
const EN_DEF =
  'The State Council\'s Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in January 2015.';

/** The only count-mismatch of a text: its covered words and its fix applied. */
function countFix(text: string): [string, string] {
  const f = run(text).findings.filter((x) => x.code === 'count-mismatch');
  assert.equal(f.length, 1, `one count-mismatch in ${text}`);
  return [text.slice(f[0].span.start, f[0].span.end), fixed(text, 'count-mismatch')];
}

describe('count-mismatch: counts said in other words', () => {
  it('从八个方面提出保障措施: a count of areas before the noun', () => {
    const text = `${DEF}《意见》从八个方面提出保障措施。`;
    expectFindings(text, [['count-mismatch', '八']]);
    assert.deepEqual(countFix(text), ['八', text.replace('八个方面', '七个方面')]);
    expectClean(`${DEF}《意见》从七个方面提出了保障措施。`);
  });
  it('从六个方面提出2017年目标: five objective areas, said as the message says it', () => {
    const text = `${DEF}《意见》从六个方面提出了2017年发展目标。`;
    const [f] = expectFindings(text, [['count-mismatch', '六']]);
    assert.equal(f.message.zh, '数量不符：国发〔2015〕5号的发展目标分五个方面。');
    assert.equal(f.message.en, 'Wrong count: GF No. (2015)5 has five objective areas.');
    expectClean(`${DEF}《意见》从五个方面提出了到2017年的发展目标。`);
    // the 2020 goals are not set out in areas
    expectClean(`${DEF}《意见》从三个方面提出了2020年目标。`);
  });
  it('基本原则一共是五条, 主要任务一共有七项: 一共, 总共 and 共计 with 是, 为 or 有', () => {
    expectFindings(`${DEF}《意见》的基本原则一共是五条。`, [['count-mismatch', '五']]);
    expectFindings(`${DEF}《意见》提出的主要任务一共有七项。`, [['count-mismatch', '七']]);
    expectFindings(`${DEF}《意见》的保障措施总共为八条。`, [['count-mismatch', '八']]);
    expectClean(`${DEF}《意见》的基本原则一共是四条，主要任务一共有六项。`);
  });
  it('由序言、四个部分和结语构成: a count right after 、 is one member of a list, and counted as such', () => {
    expectFindings(`${DEF}《意见》由序言、四个部分和结语构成。`, [['count-mismatch', '四']]);
    expectClean(`${DEF}《意见》由序言、三个部分和结语构成。`);
  });
  it('主要任务共七项, 保障措施包括八个方面: the noun first, the count after it', () => {
    expectFindings(`${DEF}《意见》提出的主要任务共七项。`, [['count-mismatch', '七']]);
    expectFindings(`${DEF}《意见》的保障措施包括八个方面，涵盖市场、法规、财税等。`, [['count-mismatch', '八']]);
    expectFindings(`${DEF}《意见》的基本原则有三条：市场主导、统筹协调、创新驱动。`, [['count-mismatch', '三']]);
    expectFindings(`${DEF}《意见》的保障措施从八个方面作出部署。`, [['count-mismatch', '八']]);
    expectClean(`${DEF}《意见》提出的主要任务共六项，保障措施共七项。`);
  });
  it('六大任务, 四条原则, 七个方面的保障措施: other measure words', () => {
    expectFindings(`${DEF}《意见》部署了七大任务。`, [['count-mismatch', '七']]);
    expectFindings(`${DEF}《意见》围绕七大任务作出部署。`, [['count-mismatch', '七']]);
    expectFindings(`${DEF}《意见》确立了五条原则。`, [['count-mismatch', '五']]);
    expectFindings(`${DEF}《意见》提出了八个方面的保障措施。`, [['count-mismatch', '八']]);
    expectClean(`${DEF}《意见》部署了六大任务，坚持四条原则。`);
  });
  it('坚持…四项原则 after the list it counts', () => {
    expectFindings(`${DEF}《意见》坚持市场主导、统筹协调、创新驱动、保障安全三项原则。`, [['count-mismatch', '三']]);
    expectClean(`${DEF}《意见》坚持市场主导、统筹协调、创新驱动、保障安全四项原则。`);
  });
  it('a count as long as the list before it counts a few of the whole: only a wrong member is reported', () => {
    expectClean(`${DEF}全省聚焦《意见》部署的加强大数据开发与利用、统筹布局云计算基础设施两项任务，兼顾其他任务。`);
    expectClean(`${DEF}重点落实《意见》的“市场主导”“创新驱动”两项原则。`);
    expectFindings(
      `${DEF}全省聚焦《意见》部署的“加强大数据开发与利用”“统筹布局云计算基础设施”“强化网络信息安全保障”三项任务，兼顾其他任务。`,
      [['misquote', '强化网络信息安全保障']],
    );
  });
  it('a count after a list or quotation of something else counts that, not the principles', () => {
    expectClean(`${DEF}《意见》提出的“急用先行、成熟先上、重点突破”三项原则，是标准化工作的遵循。`);
    expectClean(`${DEF}《意见》提出按照急用先行、成熟先上、重点突破三条原则推进标准体系建设。`);
    expectFindings(`${DEF}《意见》提出了“加强大数据开发与利用”等七项主要任务。`, [['count-mismatch', '七']]);
  });
  it('counts listed part by part are each judged: 第二部分共6项主要任务、第三部分共8项保障措施', () => {
    expectFindings(`${DEF}《意见》第二部分共6项主要任务、第三部分共8项保障措施。`, [['count-mismatch', '8']]);
  });
  it('traditional characters: 從六個方面, 七項主要任務, 兩項 in the fix', () => {
    const text = `${TRAD}《意見》從八個方面提出保障措施。`;
    assert.deepEqual(countFix(text), ['八', text.replace('從八個', '從七個')]);
    expectFindings(`${TRAD}《意見》提出的主要任務共七項。`, [['count-mismatch', '七']]);
    expectClean(`${TRAD}《意見》從七個方面提出保障措施，部署了六項主要任務。`);
  });
  it('a list of places before the citation is not the list the count counts', () => {
    expectFindings(`${DEF}各市、县人民政府要对照《意见》第三部分提出的八项保障措施，逐项落实。`, [
      ['count-mismatch', '八'],
    ]);
    expectFindings(`${DEF}各市、县要对照国发〔2015〕5号提出的五项主要任务抓好落实。`, [['count-mismatch', '五']]);
    expectClean(`${DEF}各市、县人民政府要对照《意见》第三部分提出的七项保障措施，逐项落实。`);
  });
  it("the 2020 goals and the drafter's lists after 如下 or 以下 are not the objective areas", () => {
    expectClean(`${DEF}《意见》分三个方面提出了到2020年的目标。`);
    expectClean(`${DEF}《意见》印发后，本市从八个方面提出如下保障措施。`);
    expectFindings(`${DEF}《意见》分六个方面提出2017年发展目标。`, [['count-mismatch', '六']]);
  });
  it('发展目标的六个方面, and the areas listed before their count (从服务能力、…六个方面提出…目标)', () => {
    expectFindings(`${DEF}《意见》明确了发展目标的六个方面。`, [['count-mismatch', '六']]);
    const listed = `${DEF}《意见》从服务能力、创新能力、应用示范、基础设施、安全保障六个方面提出了2017年发展目标。`;
    assert.deepEqual(countFix(listed), ['六', listed.replace('六个方面', '五个方面')]);
    expectClean(listed.replace('六个方面', '五个方面'));
    expectClean(`${DEF}《意见》提出了2020年目标的三个方面。`);
    // areas the drafter lists for their own work, or areas of the tasks rather than of the objectives
    expectClean(`${DEF}对照《意见》，我市从服务、创新、政务三个方面部署了重点任务。`);
    expectClean(`${DEF}《意见》部署了六项主要任务，覆盖服务、创新、政务、数据、设施、安全六个方面。`);
  });
  it("the drafter's own counts in a sentence that names the Opinion raise nothing", () => {
    expectClean(`${DEF}本方案从六个方面提出保障措施。`);
    expectClean(`为贯彻落实《意见》（国发〔2015〕5号），从八个方面提出如下保障措施。`);
    expectClean(`${DEF}对照《意见》要求，现从八个方面提出保障措施。`);
    expectClean(`${DEF}根据《意见》精神，全市从五个方面部署重点任务。`);
    expectClean(`${DEF}为落实《意见》，提出以下五项措施。`);
    expectClean(`${DEF}《意见》印发以来，我省围绕五大任务推进落实。`);
    expectClean('本方案从六个方面提出保障措施，明确五项重点任务。');
  });
});

describe('count-mismatch: English counts in other words', () => {
  it("the Opinions' seven main tasks: a possessive attributes", () => {
    expectFindings(`${EN_DEF} The Opinions' seven main tasks are ambitious.`, [['count-mismatch', 'seven']]);
    expectFindings(`${EN_DEF} The first of the Opinions' three basic principles is market orientation.`, [
      ['count-mismatch', 'three'],
    ]);
    expectClean(`${EN_DEF} The first of the Opinions' four basic principles is market orientation.`);
  });
  it('the seven main tasks of the Opinions: the document named after the count', () => {
    const text = `${EN_DEF} The seven main tasks set out in the Opinions are ambitious.`;
    assert.deepEqual(countFix(text), ['seven', text.replace('seven', 'six')]);
    const cap = `${EN_DEF} Seven main tasks of the Opinions concern services.`;
    assert.deepEqual(countFix(cap), ['Seven', cap.replace('Seven', 'Six')]);
    expectClean(`${EN_DEF} The six main tasks of the Opinions are ambitious.`);
    expectClean(`${EN_DEF} Our plan sets out five tasks under the Opinions.`);
  });
  it('Of its seven main tasks, the Opinions …: the document after "its" in the same sentence', () => {
    expectFindings(`${EN_DEF} Of its seven main tasks, the Opinions devote one entirely to security.`, [
      ['count-mismatch', 'seven'],
    ]);
    expectClean(`${EN_DEF} Of its seven projects, our city devotes one to security.`);
    expectClean(`${EN_DEF} Of its seven tasks, the plan devotes one to the Opinions.`);
  });
  it('verbs that say what the Opinions are made of: divided into, consist of, rest on', () => {
    expectFindings(`${EN_DEF} The Opinions are divided into four parts.`, [['count-mismatch', 'four']]);
    expectFindings(`${EN_DEF} The Opinions consist of four parts.`, [['count-mismatch', 'four']]);
    expectFindings(`${EN_DEF} The Opinions rest on three basic principles.`, [['count-mismatch', 'three']]);
    expectFindings(`${EN_DEF} The Opinions set 2017 objectives for six areas.`, [['count-mismatch', 'six']]);
    expectClean(`${EN_DEF} The Opinions are divided into three parts and rest on four basic principles.`);
    expectClean(`${EN_DEF} The Opinions rest on four basic principles; our plan is divided into five parts.`);
  });
  it('measures in eight areas, objectives that cover six areas', () => {
    expectFindings(`${EN_DEF} The Opinions set out guarantee measures in eight areas.`, [['count-mismatch', 'eight']]);
    expectFindings(`${EN_DEF} The Opinions' 2017 objectives cover six areas.`, [['count-mismatch', 'six']]);
    expectClean(`${EN_DEF} The Opinions set four basic principles and 2017 objectives in five areas.`);
    expectClean(`${EN_DEF} The Opinions' 2020 goals fall into three areas.`);
    expectClean(`${EN_DEF} The Opinions' four principles are sound; the city's eight measures follow them.`);
  });
  it('"the document" after a citation is the document cited last, as 该文件 is', () => {
    expectFindings(`${EN_DEF}\n\nThe document is organised in three parts with six guarantee measures.`, [
      ['count-mismatch', 'six'],
    ]);
    expectClean(`${EN_DEF}\n\nThe document is organised in three parts with seven guarantee measures.`);
    // another document cited last: its counts are not the Opinion's
    expectClean(
      `${EN_DEF} The Action Outline for Promoting the Development of Big Data (GF No. (2015)50) came later.\n\nThe document sets out six guarantee measures.`,
    );
    // "this document" is the drafter's own
    expectClean(`${EN_DEF}\n\nThis document proposes six guarantee measures for the city.`);
  });
});

describe('counts read as a careful drafter writes them', () => {
  it('两 before a measure word: 两项, 两个部分, 发展目标的两个方面 (not 二项)', () => {
    assert.deepEqual([1, 2, 3, 10, 12].map(zhCount), ['一', '两', '三', '十', '十二']);
    const k = { id: 'main-tasks', value: 2, of: ['a', 'b'], label: { zh: '主要任务', en: 'main tasks' } };
    assert.equal(countPhrase(k, 'zh'), '两项主要任务');
    assert.equal(countPhrase({ ...k, id: 'parts', label: { zh: '部分', en: 'parts' } }, 'zh'), '两个部分');
    assert.equal(
      countPhrase({ ...k, label: { zh: '发展目标的方面', en: 'objective areas' } }, 'zh'),
      '发展目标的两个方面',
    );
    assert.equal(countPhrase(k, 'en'), 'two main tasks');
  });
  it('a wrong count in a draft that says 两 is fixed with the right numeral', () => {
    const text = `${DEF}《意见》共分两个部分。`;
    assert.deepEqual(countFix(text), ['两', `${DEF}《意见》共分三个部分。`]);
  });
});
