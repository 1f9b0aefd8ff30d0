// The exact words of one typical finding per rule, in both languages, with its fix: the messages are what a drafter
// reads, so a refactor of the rules must not change them by accident. A wording change is deliberate: update it here.
import * as assert from 'node:assert/strict';
import { zhCount } from '../../server/src/core/text';
import { applyFix, run } from '../helpers/corpus';

interface Expected {
  text: string;
  zh: string;
  en: string;
  /** Source nodes the finding links to. */
  related: string[];
  fixes: { zh: string; en: string; safe: boolean; edits: [string, string][] }[];
}

const CASES: [code: string, draft: string, expected: Expected][] = [
  [
    'doc-number-format',
    '根据国发[2015]5号文件要求。',
    {
      text: '国发[2015]5号',
      zh: '发文字号应写作“国发〔2015〕5号”：年份应使用六角括号〔〕，不用“[]”（GB/T 9704-2012）。',
      en: 'Write the document number as 国发〔2015〕5号: the year goes in hexagonal brackets 〔〕, not "[]" (GB/T 9704-2012).',
      related: ['number'],
      fixes: [
        {
          zh: '改为“国发〔2015〕5号”',
          en: 'Change to 国发〔2015〕5号',
          safe: true,
          edits: [['国发[2015]5号', '国发〔2015〕5号']],
        },
      ],
    },
  ],
  [
    'doc-number-mismatch',
    '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕50号）',
    {
      text: '国发〔2015〕50号',
      zh: '《国务院关于促进云计算创新发展培育信息产业新业态的意见》的发文字号是国发〔2015〕5号，不是“国发〔2015〕50号”。',
      en: 'The number of "Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry" is GF No. (2015)5 (国发〔2015〕5号), not "国发〔2015〕50号".',
      related: ['number'],
      fixes: [
        {
          zh: '改为“国发〔2015〕5号”',
          en: 'Change to 国发〔2015〕5号',
          safe: true,
          edits: [['国发〔2015〕50号', '国发〔2015〕5号']],
        },
      ],
    },
  ],
  [
    'title-mismatch',
    '《国务院关于促进云计算创新发展的意见》（国发〔2015〕5号）',
    {
      text: '国务院关于促进云计算创新发展的意见',
      zh: '标题与原文不符，应为《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）。',
      en: 'The title differs from the source; it is "Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry" (GF No. (2015)5).',
      related: ['title'],
      fixes: [
        {
          zh: '改为准确标题',
          en: 'Use the exact title',
          safe: true,
          edits: [['国务院关于促进云计算创新发展的意见', '国务院关于促进云计算创新发展培育信息产业新业态的意见']],
        },
      ],
    },
  ],
  [
    'date-mismatch',
    '2015年1月16日印发的《国务院关于促进云计算创新发展培育信息产业新业态的意见》',
    {
      text: '2015年1月16日',
      zh: '日期不符：国发〔2015〕5号的成文日期是2015年1月6日（2015年1月30日公开发布）。',
      en: 'Wrong date: GF No. (2015)5 is dated 6 January 2015 (made public on 30 January 2015).',
      related: ['date'],
      fixes: [
        {
          zh: '改为“2015年1月6日”',
          en: 'Change to "2015年1月6日"',
          safe: true,
          edits: [['2015年1月16日', '2015年1月6日']],
        },
      ],
    },
  ],
  [
    'unknown-clause',
    '国发〔2015〕5号第二部分第（七）项“积极开展国际合作”',
    {
      text: '第二部分第（七）项',
      zh: '国发〔2015〕5号第二部分（主要任务）只有六项，没有“第二部分第（七）项”。',
      en: 'Part II (Main tasks) of GF No. (2015)5 has six sections; "第二部分第（七）项" does not exist.',
      related: ['II'],
      fixes: [
        {
          zh: '改为“第三部分第（七）项”',
          en: 'Change to "第三部分第（七）项"',
          safe: true,
          edits: [['第二部分第（七）项', '第三部分第（七）项']],
        },
      ],
    },
  ],
  [
    'clause-title-mismatch',
    '国发〔2015〕5号第二部分第（六）项“加强大数据开发与利用”',
    {
      text: '第二部分第（六）项“加强大数据开发与利用”',
      zh: '“第二部分第（六）项”的标题是“提升安全保障能力”；“加强大数据开发与利用”是第二部分 主要任务 › （四）加强大数据开发与利用。',
      en: '第二部分第（六）项 (Part II, Section (6)) is headed "Enhance security protection capabilities" (提升安全保障能力); "加强大数据开发与利用" is Part II Main tasks › (4) Expand the exploitation and use of big data.',
      related: ['II.6', 'II.4'],
      fixes: [
        {
          zh: '编号改为“第二部分第（四）项”',
          en: 'Change the number to "第二部分第（四）项"',
          safe: false,
          edits: [['第二部分第（六）项', '第二部分第（四）项']],
        },
        {
          zh: '标题改为“提升安全保障能力”',
          en: 'Change the heading to "提升安全保障能力"',
          safe: false,
          edits: [['加强大数据开发与利用', '提升安全保障能力']],
        },
      ],
    },
  ],
  [
    'misquote',
    '《意见》（国发〔2015〕5号）指出，云计算是推动信息技术能力实现“按需分配”的全新业态。',
    {
      text: '“按需分配”',
      zh: '引文未见于国发〔2015〕5号原文。最接近的原文（序言）：“按需供给”',
      en: 'This quotation is not in the text of GF No. (2015)5. Closest passage (Preamble): "按需供给"',
      related: ['preamble'],
      fixes: [
        { zh: '改为原文表述', en: 'Use the exact source wording', safe: false, edits: [['按需分配', '按需供给']] },
      ],
    },
  ],
  [
    'target-mismatch',
    '《意见》（国发〔2015〕5号）提出，新建大型云计算数据中心PUE值优于1.4。',
    {
      text: '1.4',
      zh: 'PUE数值不符：应为1.5。原文为“新建大型云计算数据中心能源利用效率（PUE）值优于1.5”（2017年目标，第一部分 › （三）发展目标 › 基础设施不断优化）。',
      en: 'Wrong PUE value: it is 1.5. The source says "newly-build large-scale data centres are to have a power usage effectiveness (PUE) of better than 1.5" (a 2017 target, Part I › (3) Development objectives › Incessantly optimizing infrastructure).',
      related: ['I.3.infrastructure'],
      fixes: [{ zh: '改为“1.5”', en: 'Change to "1.5"', safe: true, edits: [['1.4', '1.5']] }],
    },
  ],
  [
    'count-mismatch',
    '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）提出的七项主要任务要逐项落实。',
    {
      text: '七',
      zh: '数量不符：国发〔2015〕5号提出六项主要任务。',
      en: 'Wrong count: GF No. (2015)5 has six main tasks.',
      related: ['II'],
      fixes: [{ zh: '改为“六”', en: 'Change to "六"', safe: true, edits: [['七', '六']] }],
    },
  ],
  [
    'alias-undefined',
    '《意见》第二部分第（四）项提出要求。',
    {
      text: '《意见》',
      zh: '简称“《意见》”前文未定义：首次引用请写全称和文号，如《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）。',
      en: '"《意见》" is used before any citation defines it: cite the full title and number first, e.g. 《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）.',
      related: ['title'],
      fixes: [
        {
          zh: '写出全称并定义简称',
          en: 'Write the full citation and define the short name',
          safe: true,
          edits: [
            [
              '《意见》',
              '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）',
            ],
          ],
        },
      ],
    },
  ],
  [
    'numbering-sequence',
    '一、总体要求\n\n三、主要任务\n',
    {
      text: '三、',
      zh: '编号不连续：“一、”之后是“三、”，缺少“二、”；层次序号应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704-2012）。',
      en: 'Skipped number: 三、 follows 一、; 二、 is missing; heading numbers go 一、 → （一） → 1. → （1） (GB/T 9704-2012).',
      related: [],
      fixes: [{ zh: '改为“二、”', en: 'Change to 二、', safe: false, edits: [['三', '二']] }],
    },
  ],
  [
    'date-mismatch',
    'The Opinions (GF No. (2015)5) were issued by the State Council on 30 January 2015.',
    {
      text: '30 January 2015',
      zh: '2015年1月30日为该文件向社会公开发布的日期，成文日期为2015年1月6日；“issued”应写成文日期2015年1月6日。',
      en: '30 January 2015 is when the Opinion was made public; it is dated 6 January 2015; for "issued" use the date of issue, 6 January 2015.',
      related: ['date'],
      fixes: [
        {
          zh: '改为“6 January 2015”',
          en: 'Change to "6 January 2015"',
          safe: true,
          edits: [['30 January 2015', '6 January 2015']],
        },
      ],
    },
  ],
  [
    'misquote',
    'GF No. (2015)5 states that "cloud computing is the only way to reform the information industry".',
    {
      text: '"cloud computing is the only way to reform the information industry"',
      zh: '引文未见于国发〔2015〕5号的英译本（China Copyright and Media，非官方译本）。最接近的原文（序言）：“cloud computing and vigorously foster new business models in the information industry”',
      en: 'This quotation is not in the English translation of GF No. (2015)5 (China Copyright and Media, unofficial). Closest passage (Preamble): "cloud computing and vigorously foster new business models in the information industry"',
      related: ['preamble'],
      fixes: [],
    },
  ],
  [
    'count-mismatch',
    'GF No. (2015)5 lists seven main tasks.',
    {
      text: 'seven',
      zh: '数量不符：国发〔2015〕5号提出六项主要任务。',
      en: 'Wrong count: GF No. (2015)5 has six main tasks.',
      related: ['II'],
      fixes: [{ zh: '改为“six”', en: 'Change to "six"', safe: true, edits: [['seven', 'six']] }],
    },
  ],
  [
    'unknown-clause',
    'GF No. (2015)5, Part IV',
    {
      text: 'Part IV',
      zh: '国发〔2015〕5号共三个部分（一、指导思想、基本原则和发展目标；二、主要任务；三、保障措施），没有“Part IV”。',
      en: 'GF No. (2015)5 has three parts (I. Guiding ideology, basic principles and development objectives; II. Main tasks; III. Guarantee measures); "Part IV" does not exist.',
      related: [],
      fixes: [],
    },
  ],
  [
    'alias-undefined',
    'The Opinions call for data openness.',
    {
      text: 'The Opinions',
      zh: '简称“The Opinions”前文未定义：首次引用请写全称和文号，如the Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "Opinions")。',
      en: '"The Opinions" is used before any citation defines it: cite the full title and number first, e.g. the Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "Opinions").',
      related: ['title'],
      fixes: [
        {
          zh: '写出全称并定义简称',
          en: 'Write the full citation and define the short name',
          safe: true,
          edits: [
            [
              'The Opinions',
              'The Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "Opinions")',
            ],
          ],
        },
      ],
    },
  ],
  [
    'title-mismatch',
    'The Guiding Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5).',
    {
      text: 'Guiding Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
      zh: '标题与原文不符，应为《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）。',
      en: 'The title differs from the source; it is "Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry" (GF No. (2015)5).',
      related: ['title'],
      fixes: [
        {
          zh: '改为准确标题',
          en: 'Use the exact title',
          safe: true,
          edits: [
            [
              'Guiding Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
              'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
            ],
          ],
        },
      ],
    },
  ],
];

describe('rule messages: the exact bilingual words of one finding per rule, and its fix', () => {
  for (const [code, draft, want] of CASES) {
    it(`words the ${code} finding on “${draft.split('\n')[0]}” exactly, with its fix`, () => {
      const fs = run(draft).findings;
      assert.deepEqual(
        fs.map((f) => f.code),
        [code],
      );
      const [f] = fs;
      const got: Expected = {
        text: draft.slice(f.span.start, f.span.end),
        zh: f.message.zh,
        en: f.message.en,
        related: f.related.map((r) => r.nodeId),
        fixes: f.fixes.map((x) => ({
          zh: x.title.zh,
          en: x.title.en,
          safe: x.safe,
          edits: x.edits.map((e): [string, string] => [draft.slice(e.span.start, e.span.end), e.newText]),
        })),
      };
      assert.deepEqual(got, want);
    });
  }

  it('alias-undefined: the citation replacing "The Opinions" opens the sentence with a capital, mid-sentence it does not', () => {
    for (const [draft, starts] of [
      ['The Opinions call for data openness.', 'The Opinions concerning '],
      ['We read the Opinions.', 'We read the Opinions concerning '],
    ]) {
      const [f] = run(draft).findings;
      assert.equal(f.code, 'alias-undefined');
      assert.ok(applyFix(draft, f).startsWith(starts), applyFix(draft, f));
      assert.deepEqual(
        run(applyFix(draft, f)).findings.map((x) => x.code),
        [],
      );
    }
  });

  it('covers every rule code the README lists', () => {
    assert.deepEqual([...new Set(CASES.map(([c]) => c))].sort(), [
      'alias-undefined',
      'clause-title-mismatch',
      'count-mismatch',
      'date-mismatch',
      'doc-number-format',
      'doc-number-mismatch',
      'misquote',
      'numbering-sequence',
      'target-mismatch',
      'title-mismatch',
      'unknown-clause',
    ]);
  });
});

describe('numerals in messages', () => {
  it('a count before a measure word reads as a careful drafter writes it: 两项, 两个部分 (not 二项)', () => {
    assert.deepEqual([1, 2, 3, 6, 10, 12, 20].map(zhCount), ['一', '两', '三', '六', '十', '十二', '二十']);
  });
});
