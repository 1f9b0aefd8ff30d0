// Comparisons in one sentence (issue 14, class 4): the drafter's figure and the Opinion's stand side by side and only
// the Opinion's is checked (全市…优于1.3，好于国家提出的优于1.5的要求; "12%, exceeding the national target of 5%"); a
// figure after the Opinion's in a clause about the drafter's own or another subject (我区, 区…, 市…, 某市, "the
// city's", "Shenzhen's") is not the Opinion's. Each flagged form has its correct twin that raises nothing.
import { expectClean, expectFindings } from '../helpers/corpus';

const DEF =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合我市实际，制定本方案。';
const EN_DEF =
  'The State Council\'s Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in January 2015.';

describe('comparisons: the Chinese drafter’s figure beside the Opinion’s', () => {
  const clean = [
    '全市新建数据中心PUE值均优于1.3，好于《意见》提出的优于1.5的要求。',
    '根据《意见》，全市新建数据中心PUE值均优于1.3，好于国家提出的优于1.5的要求。',
    '2016年全市政府自建数据中心数量减少12%，超过《意见》提出的减少5%以上的目标。',
    '我区新建数据中心PUE值优于1.3，高于《意见》提出的PUE值优于1.5的标准。',
    '我市政府自建数据中心数量减少12%，是《意见》提出的减少5%以上目标的两倍多。',
    '本省新建大型数据中心PUE值优于1.4、政府自建数据中心数量减少20%以上，均严于《意见》提出的国家目标。',
    '与《意见》提出的PUE值优于1.5相比，我市新建数据中心PUE值优于1.3。',
    '全市新建数据中心PUE值均优于1.3，好于《意见》提出的优于1.5的要求，其中高新区数据中心PUE值为1.25。',
    '全市新建数据中心PUE值均优于1.3，好于《意见》提出的优于1.5的要求，新建数据中心PUE值平均为1.28。',
    '按照《意见》新建大型数据中心PUE值优于1.5的要求，区政务云机房PUE值按1.4设计。',
    '对照《意见》提出的新建大型数据中心PUE值优于1.5的要求，新建数据中心PUE值均控制在1.4以内。',
    '《意见》提出PUE值优于1.5的目标，2016年新建数据中心PUE值平均1.32。',
  ];
  for (const t of clean) it(`raises nothing: ${t.slice(0, 40)}`, () => expectClean(DEF + t));

  it('checks the Opinion’s side of the comparison', () => {
    expectFindings(`${DEF}2016年全市政府自建数据中心数量减少12%，超过《意见》提出的减少8%以上的目标。`, [
      ['target-mismatch', '8'],
    ]);
    expectFindings(`${DEF}我区新建数据中心PUE值优于1.3，好于《意见》提出的优于1.4的要求。`, [
      ['target-mismatch', '1.4'],
    ]);
  });
  it('是《意见》提出的…目标的三倍: a multiple of the Opinion’s figure, its subject said before', () => {
    expectFindings(`${DEF}全省政府部门自建数据中心数量比2014年减少10%以上，是《意见》提出的减少3%以上目标的三倍多。`, [
      ['target-mismatch', '3'],
    ]);
    expectClean(`${DEF}全省政府部门自建数据中心数量减少15%以上，是《意见》提出的减少5%以上目标的三倍。`);
    expectClean(`${DEF}政府自建数据中心数量减少5%以上，这是《意见》提出的目标。`);
  });
});

describe('comparisons: a figure after the Opinion’s about another subject', () => {
  for (const subject of ['我区', '区', '市', '全区', '本市', '杭州市', '某市', '市级政务云', '区政务云'])
    it(`《意见》…1.5，${subject}…1.3 raises nothing`, () =>
      expectClean(`${DEF}《意见》提出新建大型数据中心PUE值优于1.5，${subject}新建数据中心PUE值优于1.3。`));

  it('still checks a second figure of the Opinion’s in the same sentence', () => {
    expectFindings(`${DEF}《意见》提出，新建大型数据中心PUE值优于1.5，政府自建数据中心数量减少8%以上。`, [
      ['target-mismatch', '8'],
    ]);
    expectClean(`${DEF}《意见》提出，新建大型数据中心PUE值优于1.5，政府自建数据中心数量减少5%以上。`);
  });

  it('a market or a region is not a subject of the drafter’s own', () => {
    expectFindings(`${DEF}《意见》提出，市场主导，新建大型数据中心PUE值优于1.3。`, [['target-mismatch', '1.3']]);
    expectFindings(`${DEF}《意见》提出，区域布局合理，新建大型数据中心PUE值优于1.3。`, [['target-mismatch', '1.3']]);
  });

  it('a bare 区 or 市 subject right after the citation owns its figure', () => {
    expectClean(`${DEF}根据《意见》，区新建数据中心PUE值优于1.3。`);
    expectFindings(`${DEF}根据《意见》，新建大型数据中心PUE值优于1.3。`, [['target-mismatch', '1.3']]);
  });
});

describe('comparisons: English', () => {
  const clean = [
    'In 2016 the number of government-built data centres fell by 12%, exceeding the national target of 5% set by the Opinions.',
    "The city's new data centres reached a PUE of 1.3, better than the 1.5 the Opinions call for.",
    "New data centres in the district run at a PUE of 1.3, well within the Opinions' requirement of better than 1.5.",
    'The district reduced government-built data centres by 20%, four times the 5% reduction set by the Opinions.',
    "The Opinions require a PUE better than 1.5, while the city's new data centres already run at 1.3.",
    "The Opinions require a PUE better than 1.5; Shenzhen's new data centres run at 1.25.",
  ];
  for (const t of clean) it(`raises nothing: ${t.slice(0, 50)}`, () => expectClean(`${EN_DEF} ${t}`));

  it('checks the Opinions’ side of the comparison', () => {
    expectFindings(`${EN_DEF} Government-built data centres were cut by 12%, exceeding the Opinions' target of 8%.`, [
      ['target-mismatch', '8'],
    ]);
    expectFindings(
      `${EN_DEF} The city's new data centres reached a PUE of 1.3, better than the 1.4 the Opinions call for.`,
      [['target-mismatch', '1.4']],
    );
  });
});
