// Precision: real-world forms of correct citations, and citations of other documents, must raise nothing.
// Each line is a sentence a drafter could write; the block before it (if any) is its context.
import { expectClean, expectFindings } from '../helpers/corpus';

const DEF =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合我市实际，制定本方案。';
const EN_DEF =
  'The State Council\'s Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in January 2015.';

const correctZh = [
  '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）精神，结合我市实际，制定本方案。',
  '国务院于2015年1月6日印发《关于促进云计算创新发展培育信息产业新业态的意见》，明确了我国云计算发展的指导思想、基本原则和发展目标。',
  '2015年1月30日，国务院公开发布《国务院关于促进云计算创新发展培育信息产业新业态的意见》。',
  '2015年1月，国务院印发了《关于促进云计算创新发展培育信息产业新业态的意见》。',
  `${DEF}《意见》指出，云计算是推动信息技术能力实现按需供给、促进信息技术和数据资源充分利用的全新业态。`,
  `${DEF}《意见》提出了“市场主导、统筹协调、创新驱动、保障安全”四项基本原则。`,
  `${DEF}《意见》明确，到2017年，云计算在重点领域的应用得到深化，产业链条基本健全。`,
  `${DEF}《意见》部署了增强云计算服务能力、提升云计算自主创新能力等六项主要任务。`,
  `${DEF}《意见》第三部分提出了完善市场环境、建立健全相关法规制度等七个方面的保障措施。`,
  `${DEF}按照《意见》关于“加强大数据开发与利用”的要求，推进政务数据共享。`,
  `${DEF}《意见》要求“政府自建数据中心数量减少5%以上”。`,
  `${DEF}《意见》提出，新建大型云计算数据中心能源利用效率（PUE）值优于1.5。`,
  `${DEF}《意见》第二部分第（三）项“探索电子政务云计算发展新模式”提出，新建电子政务系统须经严格论证。`,
  `${DEF}《意见》主要任务第（五）项“统筹布局云计算基础设施”要求杜绝盲目建设数据中心和相关园区。`,
  `${DEF}《意见》二（四）提出开展公共数据开放利用改革试点。`,
  `${DEF}《意见》第一部分第（二）项“市场主导”原则要求减少行政干预。`,
  `${DEF}《意见》保障措施第（五）条要求按照“急用先行、成熟先上、重点突破”原则，加快推进云计算标准体系建设。`,
  `${DEF}《意见》（国发〔2015〕5号）于2015年1月6日印发。`,
  `${DEF}该意见提出，到2020年，云计算应用基本普及。`,
  `${DEF}《意见》共分三个部分，提出了四项基本原则、六项主要任务和七项保障措施。`,
  '國務院印發《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號），提出“大力發展公共雲計算服務”。',
  // counts said in other words (issue 14, class 1)
  `${DEF}《意见》从五个方面明确了2017年的发展目标，并提出到2020年云计算应用基本普及。`,
  `${DEF}《意见》从七个方面提出了保障措施，包括完善市场环境、建立健全相关法规制度等。`,
  `${DEF}《意见》的主要任务共六项，保障措施共七项，基本原则有四条。`,
  `${DEF}《意见》部署了六大任务，确立了四条原则。`,
  `${DEF}《意见》全文分为三个部分。`,
  `${DEF}各市、县人民政府要对照《意见》第三部分提出的七项保障措施，逐项细化落实。`,
  `${DEF}《意见》第二部分部署了六项主要任务，覆盖服务、创新、政务、数据、设施、安全六个方面。`,
  `${DEF}对照《意见》要求，我市从八个方面提出保障措施。`,
  `${DEF}为落实《意见》，本方案提出以下五项重点任务。`,
  '為貫徹落實《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號，以下簡稱《意見》），《意見》從五個方面提出2017年發展目標，共有七條保障措施。',
  // lists of names (class 2)
  `${DEF}《意见》坚持市场主导、统筹协调、创新驱动、保障安全四项基本原则。`,
  `${DEF}《意见》确立了“市场主导”“统筹协调”“创新驱动”和“保障安全”的原则。`,
  `${DEF}《意见》围绕增强云计算服务能力、提升云计算自主创新能力、探索电子政务云计算发展新模式、加强大数据开发与利用、统筹布局云计算基础设施、提升安全保障能力六个方面部署了主要任务。`,
  `${DEF}本市坚持政府引导、市场运作、开放共享、安全可控的原则推进政务云建设。`,
  `${DEF}《意见》提出按照急用先行、成熟先上、重点突破三条原则推进标准体系建设。`,
  // headings quoted as places (class 5)
  `${DEF}《意见》在“加强人才队伍建设”部分提出，鼓励普通高校、职业院校、科研院所与企业联合培养人才。`,
  `${DEF}《意见》在“统筹布局云计算基础设施”部分要求杜绝盲目建设数据中心和相关园区。`,
  `${DEF}本方案在“加强人才培养”部分提出三项举措。`,
  // one opinion among the citations of a sentence, or the short name defined (class 12)
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）和《国务院关于大力推进大众创业万众创新若干政策措施的意见》（国发〔2015〕32号）精神，制定本方案。《意见》要求大幅减少政府自建数据中心的数量。',
  '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）和《促进大数据发展行动纲要》（国发〔2015〕50号），制定本方案。《意见》提出，到2017年，新建大型云计算数据中心PUE值优于1.5。',
  // quotations (class 8)
  `${DEF}《意见》指出，云计算是“推动信息技术能力实现按需供给”和“促进信息技术和数据资源充分利用的全新业态”。`,
  `${DEF}《意见》提出“到2017年PUE值优于1.5”，我市要求优于1.3。`,
  `${DEF}《意见》部署了“增强云计算服务能力、提升云计算自主创新能力、探索电子政务云计算发展新模式、加强大数据开发与利用、统筹布局云计算基础设施、提升安全保障能力”六项任务。`,
];

const correctEn = [
  EN_DEF,
  `${EN_DEF} The Opinions set the goal that by 2017, newly-built large data centres should reach a PUE below 1.5.`,
  `${EN_DEF} According to the Opinions, government-built data centres should be reduced by more than 5% by 2017.`,
  "The State Council's Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Formats in the Information Industry (Guofa [2015] No. 5) were released on 30 January 2015.",
  `${EN_DEF} Part II, Section (4) ("Expand the exploitation and use of big data") calls for public data openness trials.`,
  `${EN_DEF} Section II(5) asks for green data centres.`,
  `${EN_DEF} The Opinions list four basic principles, six main tasks and seven guarantee measures.`,
  `${EN_DEF} The Opinions state that "cloud computing is to become an important mode of our country's informatization".`,
  `${EN_DEF} As discussed in Part III below, our city will build two data centres.`,
  `${EN_DEF} Part 4 of the report reviews pilots; Part II of the Opinions covers the main tasks.`,
  'GF No. (2015)5 was issued by the State Council on 6 January 2015 and made public on 30 January 2015.',
  // counts said in other words (issue 14, class 1)
  `${EN_DEF} Market orientation, the first of the Opinions' four basic principles, limits administrative interference.`,
  `${EN_DEF} Of its six main tasks, the Opinions devote one entirely to security.`,
  `${EN_DEF} All cities are to implement the seven guarantee measures of the Opinions in full.`,
  `${EN_DEF} The Opinions set out guarantee measures in seven areas and 2017 objectives in five areas.`,
  `${EN_DEF} Two of the guarantee measures concern regulation and standards.`,
  `${EN_DEF} Our plan sets out eight tasks under the Opinions.`,
  `${EN_DEF} The Opinions, in the "Strengthen the construction of talented troops" section, call for joint training.`,
];

const otherDocuments = [
  '《促进大数据发展行动纲要》（国发〔2015〕50号，以下简称《纲要》）提出，到2018年底前建成国家政府数据统一开放平台。《纲要》第二部分第（一）项提出加快政府数据开放共享。',
  '《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》（国办发〔2015〕51号）要求“提高政府运用大数据能力”。',
  '《云计算发展三年行动计划（2017—2019年）》（工信部信软〔2017〕49号）提出，到2019年，我国云计算产业规模达到4300亿元。',
  '《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）提出了11项重点行动。',
  `${DEF}《某某省人民政府关于加快云计算产业发展的实施意见》（某政发〔2016〕12号，以下简称《意见》）第三部分提出七项主要任务，《意见》要求“全省数据中心PUE值优于1.3”。`,
  '坚持四项基本原则，坚持改革开放。',
  '根据国发〔2015〕5号、国发〔2015〕50号等文件精神，到2020年，全市数据中心PUE值优于1.3。',
  `${DEF}到2017年，全市新建大型云计算数据中心PUE值优于1.3，政府自建数据中心数量减少8%以上。`,
  `${DEF}本方案第三部分提出五项保障措施。`,
  `${DEF}调研报告第四部分分析了存在的问题。`,
  `${DEF}\n第一部分 总体要求\n第二部分 重点任务\n`,
  `${DEF}\n一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n`,
  'The Action Outline for Promoting the Development of Big Data (GF No. (2015)50) sets out ten projects; Part II, Section (1) covers open government data.',
  `${EN_DEF} Our plan sets a PUE of 1.3 for the city by 2018.`,
  // comparisons in one sentence: only the Opinion's side is the Opinion's
  `${DEF}全市新建数据中心PUE值均优于1.3，好于国家提出的优于1.5的要求。`,
  `${DEF}2016年全市政府自建数据中心数量减少12%，超过《意见》提出的减少5%以上的目标。`,
  `${DEF}本省新建大型数据中心PUE值优于1.4，均严于《意见》提出的国家目标。`,
  `${DEF}《意见》提出新建大型数据中心PUE值优于1.5，区新建数据中心PUE值按1.3设计。`,
  `${EN_DEF} Government-built data centres fell by 12%, exceeding the national target of 5% set by the Opinions.`,
  `${EN_DEF} The Opinions require a PUE better than 1.5, while the city's new data centres already run at 1.3.`,
  // tables: the Opinion's columns right, the drafter's own columns free
  `${DEF}\n\n| 指标 | 《意见》目标（2017年） | 我区目标（2017年） | 完成情况 |\n| --- | --- | --- | --- |\n| 新建大型数据中心PUE | 优于1.5 | 优于1.3 | 1.28 |\n| 政府自建数据中心数量 | 减少5%以上 | 减少30%以上 | 减少34% |\n`,
  `${DEF}\n\n| 省份 | 本省PUE目标 | 国家要求（《意见》） |\n| --- | --- | --- |\n| A省 | 优于1.4 | 优于1.5 |\n`,
  `${DEF}\n\n序号\t《意见》条款\t任务名称\t落实情况\n1\t二（四）\t加强大数据开发与利用\t已完成\n2\t二（五）\t统筹布局云计算基础设施\t新建数据中心2个\n`,
  `${EN_DEF}\n\n| Ref. | Heading | Opinion target (2017) | Our target |\n| --- | --- | --- | --- |\n| I(3) | Development objectives | PUE better than 1.5 | PUE below 1.25 |\n| II(4) | Expand the exploitation and use of big data | — | open 200 datasets |\n`,
];

describe('precision: correct Chinese citations raise nothing', () => {
  for (const t of correctZh) it(t.replace(DEF, '…').slice(0, 70), () => expectClean(t));
});

describe('precision: correct English citations raise nothing', () => {
  for (const t of correctEn) it(t.replace(EN_DEF, '…').slice(0, 70), () => expectClean(t));
});

describe("precision: citations of other documents and the draft's own targets raise nothing", () => {
  for (const t of otherDocuments) it(t.replace(DEF, '…').slice(0, 70), () => expectClean(t));
});

describe('attribution of figures', () => {
  it("a figure after 根据《意见》要求 without a marker of the draft's own is checked", () => {
    expectFindings(`${DEF}根据《意见》要求，到2017年新建大型云计算数据中心PUE值优于1.3。`, [
      ['target-mismatch', '1.3'],
    ]);
  });
});

describe('generic names after several citations', () => {
  it('《意见》 means the latest opinion cited, not the 纲要 cited after it', () => {
    expectFindings(
      `《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）与《促进大数据发展行动纲要》（国发〔2015〕50号）相衔接。《意见》第二部分第（七）项提出要求。`,
      [['unknown-clause', '第二部分第（七）项']],
    );
  });
  it('an English short name before any citation is hinted at', () => {
    expectFindings('The Opinions call for public data openness.', [['alias-undefined', 'The Opinions']]);
  });
});

// The second wave's English classes: correct clause references, the Opinion's titles in circulation and other
// documents' real English titles, exact quotations and the right comparators raise nothing.
const correctEnWave2 = [
  `${EN_DEF} Section II.3 of the Opinions calls for e-government clouds; Section III.3 for fiscal support.`,
  `${EN_DEF} Part I sets out the guiding ideology, and its Section (2) the four basic principles.`,
  `${EN_DEF} Part II(3), Art. II(4) and paragraph (5) of Part II deal with government data centres.`,
  `${EN_DEF} Under III(5), standards for cloud services come first.`,
  `${EN_DEF} Section II.6 ("Enhance security protection capabilities" / 提升安全保障能力) calls for security reviews.`,
  `${EN_DEF} Section II.4, entitled "Expand the exploitation and use of big data", calls for open data.`,
  `${EN_DEF} Sections II.3 and II.5 both ask for fewer government data centres.`,
  `${EN_DEF}\n\nI. Background\n\nII. Analysis\n\nAs Section II.3 of this memo explains, the city's plan follows the Opinions. See also III(5) below.`,
  `${EN_DEF} Tier III(2) data centres and Phase II.1 of the city's plan are the draft's own.`,
  'The Guiding Opinions on Actively Promoting the "Internet Plus" Action (GF No. (2015)40) set out eleven actions.',
  'The Action Outline for Promoting the Development of Big Data (GF No. (2015)50) followed in August 2015.',
  'The Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Formats in the Information Industry (Guofa [2015] No. 5) came first.',
  '[1] State Council. 2015. *Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry*. GF No. (2015)5.\n[2] State Council. 2015. *Guiding Opinions on Actively Promoting the "Internet Plus" Action*. GF No. (2015)40.\n[3] State Council. 2015. *Action Outline for Promoting the Development of Big Data*. GF No. (2015)50.',
  'MIIT, Three-Year Action Plan for Cloud Computing Development (2017–2019), Gongxinbu Xinruan [2017] No. 49.',
  `${EN_DEF} Section II.6 of the Opinions ("Enhance security protection capabilities") calls for security reviews.`,
  `${EN_DEF}\n\nIII(5) 建立健全标准规范体系: keep the reference translation.`,
  `${EN_DEF} Under the Opinions (GF No. (2015)5), new large data centres must reach a PUE under 1.5 by 2017.`,
  `${EN_DEF} The Opinions (GF No. (2015)5) require a PUE no greater than 1.5 and a reduction of at least 5% in the number of government data centres.`,
  `${EN_DEF} The Opinions aim to reduce by more than 5% the number of government-built data centres; the province's own plan cuts them by 20%.`,
  `${EN_DEF} The Opinions state that cloud computing "is a completely new business model" and "a major reform and inevitable trend in informatized development".`,
  `${EN_DEF} Part II(4) calls for big data application demonstrations in "public security, disease prevention and cures, disaster prevention, employment and social security, transportation and logistics, education and scientific research, e-commerce".`,
  `${EN_DEF} The Opinions name "Market orientation", "Comprehensive coordination", "Innovation drivers" and "Guarantee security" as principles.`,
  'State Council (2015a). Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry. GF No. (2015)5.',
];

describe('precision: correct English clause references, titles, quotations and comparators raise nothing', () => {
  for (const t of correctEnWave2) it(t.replace(EN_DEF, '…').slice(0, 70), () => expectClean(t));
});
