// Tables that cite the Opinion (对照表, 落实情况表, 实施方案's indicator tables, tender compliance matrices): a row's
// clause number and the heading in another cell of the row; a heading quoted (or written in a heading column) in a row
// with no number; and which columns speak for the Opinion's figures (《意见》目标, 国家要求, "Opinion target") and which
// are the drafter's own (我区目标, 本省, "Our target"). Each flagged form has its correct twin that raises nothing.
import * as assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, run } from '../helpers/corpus';

const ZH_DEF = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）';
const EN_REF = 'Reference document: GF No. (2015)5 (hereinafter "the Opinions").';

const zhTable = (caption: string, header: string[], rows: string[][]) =>
  `${caption}\n\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n${rows
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n')}\n`;

const DUIZHAO = `对照${ZH_DEF}，逐条梳理我区落实情况如下。`;

describe('tables: the clause number of a row and the heading in another cell', () => {
  const header = ['序号', '《意见》条款', '任务名称', '我区落实措施'];

  it('flags a heading of another section beside the number, from the number to the heading', () => {
    const text = zhTable(DUIZHAO, header, [
      ['1', '二（四）', '加强大数据开发与利用', '建成政务数据开放平台'],
      ['2', '二（五）', '加强大数据开发与利用', '新建数据中心2个'],
    ]);
    const [f] = expectFindings(text, [['clause-title-mismatch', '二（五） | 加强大数据开发与利用']]);
    assert.match(f.message.zh, /“二（五）”的标题是“统筹布局云计算基础设施”/);
    assert.equal(f.fixes[0].edits[0].newText, '二（四）', 'the number is fixed to the heading’s section');
  });

  it('reads the clause in its full form and the heading quoted in its own cell', () => {
    const text = zhTable(DUIZHAO, header, [['1', '第二部分第（六）项', '“统筹布局云计算基础设施”', '已完成']]);
    expectFindings(text, [['clause-title-mismatch', '第二部分第（六）项 | “统筹布局云计算基础设施”']]);
  });

  it('takes a heading in a column without a heading header only when written exactly', () => {
    const h = ['序号', '《意见》条款', '主要内容', '落实情况'];
    expectFindings(zhTable(DUIZHAO, h, [['1', '三（二）', '加大财税政策扶持力度', '已完成']]), [
      ['clause-title-mismatch', '三（二） | 加大财税政策扶持力度'],
    ]);
    // a summary of the requirement is not a heading
    expectClean(zhTable(DUIZHAO, h, [['1', '三（二）', '加大财税政策扶持', '已完成']]));
  });

  it('a heading copied wrong in the heading column is not the clause’s heading, with a safe fix', () => {
    const text = zhTable(DUIZHAO, header, [['1', '二（四）', '加强大数据开发和利用', '已完成']]);
    const [f] = expectFindings(text, [['clause-title-mismatch', '二（四） | 加强大数据开发和利用']]);
    assert.ok(f.fixes[0].safe);
    expectClean(applyFix(text, f));
  });

  it('a heading copied wrong after the number in the same cell is not the clause’s heading', () => {
    const text = zhTable(
      DUIZHAO,
      ['序号', '《意见》条款', '落实情况'],
      [['1', '二（四）加强大数据开发和利用', '已完成']],
    );
    expectFindings(text, [['clause-title-mismatch', '二（四）加强大数据开发和利用']]);
  });

  it('an unknown section with a heading beside it: the fix names the heading’s section', () => {
    const text = zhTable(DUIZHAO, header, [['1', '二（七）', '加强大数据开发与利用', '已完成']]);
    const [f] = expectFindings(text, [['unknown-clause', '二（七）']]);
    assert.equal(f.fixes[0]?.edits[0].newText, '二（四）');
  });

  it("leaves the drafter's own columns alone, and rows that hold two numbers", () => {
    expectClean(zhTable(DUIZHAO, header, [['1', '二（四）', '加强大数据开发与利用', '提升安全保障能力']]));
    expectClean(
      zhTable(DUIZHAO, ['序号', '《意见》条款', '我区对应任务'], [['1', '二（四）', '统筹布局云计算基础设施']]),
    );
    expectClean(
      zhTable(DUIZHAO, ['《意见》条款', '相关条款', '任务名称'], [['二（四）', '二（五）', '统筹布局云计算基础设施']]),
    );
  });

  it('takes the document from a 条款 column in a table the caption introduces', () => {
    const text = zhTable(
      DUIZHAO,
      ['序号', '条款', '任务名称', '落实情况'],
      [['1', '二（五）', '加强大数据开发与利用', '已完成']],
    );
    expectFindings(text, [['clause-title-mismatch', '二（五） | 加强大数据开发与利用']]);
    // a table of the drafter's own tasks, introduced by nothing that cites a document: its numbers are its own
    expectClean(
      zhTable('本方案重点任务分工如下。', ['序号', '条款', '任务名称'], [['1', '二（五）', '加强大数据开发与利用']]),
    );
  });

  it('English compliance matrices: the Ref. column and the heading beside it', () => {
    const header2 = ['Ref.', 'Requirement (Opinions)', 'Bidder response'];
    expectFindings(
      zhTable(EN_REF, header2, [
        ['II.5', 'Expand the exploitation and use of big data', 'Open data APIs'],
        ['Part III, item (7)', '"Vigorously launch international cooperation"', 'ISO 27001 certified'],
      ]),
      [['clause-title-mismatch', 'II.5 | Expand the exploitation and use of big data']],
    );
    expectFindings(zhTable(EN_REF, header2, [['Part II (6)', '"Enhance security protection capability"', 'done']]), [
      ['clause-title-mismatch', 'Part II (6) | "Enhance security protection capability"'],
    ]);
    expectClean(zhTable(EN_REF, header2, [['II(4)', 'Expand the exploitation and use of big data', 'done']]));
  });
});

describe('tables: a heading quoted in a row with no clause number', () => {
  const header = ['序号', '《意见》任务', '我区落实措施'];

  it('checks a quoted cell of a column of the Opinion’s tasks against its headings', () => {
    const text = zhTable(DUIZHAO, header, [
      ['1', '“加强大数据开发和利用”', '建设数据开放平台'],
      ['2', '“统筹布局云计算基础设施”', '建设数据中心'],
    ]);
    const [f] = expectFindings(text, [['misquote', '“加强大数据开发和利用”']]);
    assert.match(f.message.en, /is headed "加强大数据开发与利用"/);
    expectClean(applyFix(text, f));
  });

  it('checks an unquoted cell of a heading column that names the Opinion, when it is close to a heading', () => {
    const text = zhTable(DUIZHAO, ['序号', '《意见》任务名称', '落实情况'], [['1', '加强大数据开发与应用', '已完成']]);
    expectFindings(text, [['misquote', '加强大数据开发与应用']]);
    // far from every heading: the drafter's words, not a heading
    expectClean(zhTable(DUIZHAO, ['序号', '《意见》任务名称', '落实情况'], [['1', '数据开放', '已完成']]));
  });

  it('a whole quoted cell in a column of the Opinion’s requirements is a quotation of it', () => {
    const h = ['序号', '《意见》要求', '落实情况'];
    expectFindings(zhTable(DUIZHAO, h, [['1', '“大力发展私有云计算服务”', '已完成']]), [
      ['misquote', '“大力发展私有云计算服务”'],
    ]);
    expectClean(zhTable(DUIZHAO, h, [['1', '“大力发展公共云计算服务”', '已完成']]));
  });

  it("leaves quoted cells in the drafter's own columns alone", () => {
    expectClean(zhTable(DUIZHAO, header, [['1', '加强大数据开发与利用', '“加强大数据开发和利用”专项行动']]));
    expectClean(zhTable(DUIZHAO, ['序号', '我区任务', '牵头单位'], [['1', '“加强大数据开发和利用”', '区大数据局']]));
  });

  it('English: a quoted heading in a column of the Opinions’ tasks', () => {
    const text = zhTable(
      EN_REF,
      ['#', 'Task of the Opinions', 'Our response'],
      [['1', '"Expand the use of big data"', 'done']],
    );
    expectFindings(text, [['misquote', '"Expand the use of big data"']]);
    expectClean(
      zhTable(
        EN_REF,
        ['#', 'Task of the Opinions', 'Our response'],
        [['1', '"Expand the exploitation and use of big data"', 'done']],
      ),
    );
  });
});

describe('tables: which columns hold the Opinion’s figures', () => {
  const CAPTION = `对照${ZH_DEF}梳理发展目标。`;
  const indicators = (left: string, right: string, rows: [string, string, string][]) =>
    zhTable(CAPTION, ['指标', left, right], rows);

  it('checks a column headed 《意见》目标 whose cells hold only the figure, the subject in the first cell', () => {
    const text = indicators('《意见》目标', '我区目标', [
      ['新建大型云计算数据中心PUE值', '优于1.4', '优于1.3'],
      ['政府自建数据中心数量', '减少10%以上', '减少20%以上'],
    ]);
    expectFindings(text, [
      ['target-mismatch', '1.4'],
      ['target-mismatch', '10'],
    ]);
  });

  it("never checks the drafter's column (我区目标, 本省目标（2018年）)", () => {
    expectClean(
      indicators('《意见》目标', '我区目标', [
        ['新建大型云计算数据中心PUE值', '优于1.5', '优于1.3'],
        ['政府自建数据中心数量', '减少5%以上', '减少20%以上'],
      ]),
    );
    expectClean(indicators('国家要求（2017年）', '本省目标（2018年）', [['新建大型数据中心PUE', '＜1.5', '＜1.25']]));
  });

  it('checks 国家要求 in a table that follows the Opinion, with the year of its header and the comparator', () => {
    expectFindings(
      indicators('国家要求（2017年）', '本省目标（2018年）', [
        ['新建大型数据中心PUE', '＜1.4', '＜1.3'],
        ['政府自建数据中心数量', '减少5%以下', '减少20%以上'],
      ]),
      [
        ['target-mismatch', '1.4'],
        ['target-mismatch', '以下'],
      ],
    );
    expectFindings(indicators('意见要求（2020年）', '本省目标', [['新建大型数据中心PUE', '优于1.5', '优于1.3']]), [
      ['target-mismatch', '2020'],
    ]);
  });

  it('reads a caption that attributes the table to the Opinion, not one that sets the drafter’s own', () => {
    const says = zhTable(
      '《意见》提出的2017年发展目标如下。',
      ['指标', '2017年目标'],
      [['新建大型数据中心PUE', '优于1.4']],
    );
    const text = `${ZH_DEF}印发以来，各地积极落实。\n\n${says}`;
    expectFindings(text, [['target-mismatch', '1.4']]);
    const own = zhTable(
      `根据${ZH_DEF}，结合我市实际，提出以下指标。`,
      ['指标', '2017年目标', '2020年目标'],
      [['新建大型数据中心PUE', '优于1.4', '优于1.3']],
    );
    expectClean(own);
  });

  it('does not read a clause number in a column that names the Opinion as a figure, nor a year in its number', () => {
    expectClean(
      zhTable(
        EN_REF,
        ['Indicator', 'GF No. (2015)5 clause', 'Our target'],
        [
          ['PUE of new large data centres', 'I(3)', 'better than 1.3'],
          ['Government-built data centres', 'Part I, Section (3)', 'reduced by 30%'],
        ],
      ),
    );
  });

  it('English: "Opinion target" is checked, "Our target" and a table of the city’s own targets are not', () => {
    const text = zhTable(
      EN_REF,
      ['Indicator', 'Opinion target (2017)', 'Our target'],
      [
        ['PUE of new large data centres', 'better than 1.4', 'better than 1.3'],
        ['Government-built data centres', 'reduced by more than 10%', 'reduced by 30%'],
      ],
    );
    expectFindings(text, [
      ['target-mismatch', '1.4'],
      ['target-mismatch', '10'],
    ]);
    expectClean(
      zhTable(
        'Under GF No. (2015)5, the city sets the following targets.',
        ['Indicator', '2017 target', '2020 target'],
        [['PUE of new large data centres', 'better than 1.4', 'better than 1.3']],
      ),
    );
  });

  it('a figure cell with no subject in its row raises nothing', () => {
    assert.deepEqual(
      run(indicators('《意见》目标', '我区目标', [['数据中心', '优于1.4', '优于1.3']])).findings.map((f) => f.code),
      [],
    );
  });
});

describe('tables: the subject of a figure column named in a header', () => {
  const CAPTION = `表1 部分省份数据中心目标与国家要求比较（根据${ZH_DEF}整理）`;
  const header = [
    '省份',
    '本省新建大型数据中心PUE目标',
    '国家要求（《意见》）',
    '本省政府自建数据中心压减目标',
    '国家要求（《意见》）',
  ];

  it('reads the subject of a 国家要求 column from the header to its left', () => {
    const text = zhTable(CAPTION, header, [
      ['A省', '优于1.4', '优于1.5', '减少20%以上', '减少5%以上'],
      ['C省', '优于1.5', '优于1.4', '减少10%以上', '减少8%以上'],
    ]);
    expectFindings(text, [
      ['target-mismatch', '1.4'],
      ['target-mismatch', '8'],
    ]);
  });

  it('raises nothing when the national columns are right, whatever the provinces’ own columns hold', () => {
    expectClean(
      zhTable(CAPTION, header, [
        ['A省', '优于1.4', '优于1.5', '减少20%以上', '减少5%以上'],
        ['D省', '低于1.6', '优于1.5', '减少3%以上', '减少5%以上'],
      ]),
    );
  });

  it('reads the subject from the column’s own header', () => {
    expectFindings(zhTable(CAPTION, ['省份', '《意见》PUE要求', '本省PUE目标'], [['A省', '优于1.4', '优于1.3']]), [
      ['target-mismatch', '1.4'],
    ]);
  });
});

describe('tables: the year of a column header', () => {
  const CAPTION = `对照${ZH_DEF}，我区主要指标如下。`;

  it('a 2020 goal under a 2017 column beside right cells: the cell is misplaced, reported on it without a fix', () => {
    const text = zhTable(
      CAPTION,
      ['指标', '《意见》目标（2017年）', '我区目标（2017年）'],
      [
        ['新建大型数据中心PUE', '优于1.5', '优于1.3'],
        ['云计算应用', '云计算应用基本普及', '重点领域全覆盖'],
      ],
    );
    const [f] = expectFindings(text, [['target-mismatch', '云计算应用基本普及']]);
    assert.match(f.message.zh, /2020年目标/);
    assert.deepEqual(f.fixes, []);
  });

  it('English: a 2020 goal under "Opinion target (2017)"', () => {
    const text = zhTable(
      EN_REF,
      ['Indicator', 'Opinion target (2017)', 'Our target (2017)'],
      [
        ['PUE of new large data centres', 'better than 1.5', 'better than 1.3'],
        ['Cloud adoption', 'cloud computing basically applied universally', 'all key sectors'],
      ],
    );
    expectFindings(text, [['target-mismatch', 'cloud computing basically applied universally']]);
  });

  it('a span of years in the header sets no year', () => {
    expectClean(
      zhTable(
        CAPTION,
        ['指标', '《意见》目标（2017—2020年）', '我区目标'],
        [
          ['新建大型数据中心PUE', '优于1.5', '优于1.3'],
          ['云计算应用', '云计算应用基本普及', '重点领域全覆盖'],
        ],
      ),
    );
  });
});

describe('tables: a table after the Opinion is cited, its caption naming no document', () => {
  const cited = `${EN_REF}\n\nThe city has set its targets for 2017.\n\n`;
  const table = zhTable(
    'Table 2. Targets',
    ['Indicator', 'Opinion target (2017)', 'City target (2018)'],
    [
      ['PUE of new large data centres', 'below 1.4', 'below 1.3'],
      ['Government-built data centres', 'reduced by 10%', 'reduced by 30%'],
    ],
  );

  it('an "Opinion target" column speaks for the document the draft cited', () => {
    expectFindings(cited + table, [
      ['target-mismatch', '1.4'],
      ['target-mismatch', '10'],
    ]);
  });

  it('no document cited: nothing to check against', () => {
    expectClean(table);
  });

  it('the document last cited before the table is another one: nothing to check against', () => {
    expectClean(`${EN_REF}\n\nThe Action Outline (GF No. (2015)50) sets other targets.\n\n${table}`);
  });

  it('a reviewer’s 审查意见 column is not the Opinion', () => {
    expectClean(
      `根据${ZH_DEF}编制本方案。\n\n` +
        zhTable('表3 指标审查', ['指标', '方案目标', '审查意见'], [['新建大型数据中心PUE', '优于1.3', '优于1.4']]),
    );
  });
});

describe('tables: a heading in each language in one row', () => {
  const header = ['Clause', 'Chinese heading', 'Reference translation', 'Note'];

  it('flags the language whose heading is another clause’s', () => {
    const text = zhTable(EN_REF, header, [
      ['二（四）', '加强大数据开发与利用', 'Strengthen cloud computing service capacity', 'keep'],
    ]);
    expectFindings(text, [
      ['clause-title-mismatch', '二（四） | 加强大数据开发与利用 | Strengthen cloud computing service capacity'],
    ]);
  });

  it('raises nothing when both agree with the clause', () => {
    expectClean(
      zhTable(EN_REF, header, [
        ['二（一）', '增强云计算服务能力', 'Strengthen cloud computing service capacity', 'keep'],
      ]),
    );
  });
});

describe('tables: tab-separated', () => {
  const tabTable = (caption: string, rows: string[][]) => `${caption}\n\n${rows.map((r) => r.join('\t')).join('\n')}\n`;

  it('reads a table pasted with tabs like a Markdown one', () => {
    const text = tabTable(DUIZHAO, [
      ['序号', '《意见》条款', '任务名称', '我区落实措施'],
      ['1', '二（四）', '加强大数据开发与利用', '建成政务数据开放平台'],
      ['2', '二（五）', '加强大数据开发与利用', '新建数据中心2个'],
    ]);
    expectFindings(text, [['clause-title-mismatch', '二（五）\t加强大数据开发与利用']]);
  });

  it('checks the Opinion’s column of figures, not the drafter’s, with runs of tabs as one separator', () => {
    const text = tabTable(`对照${ZH_DEF}，主要指标如下。`, [
      ['指标', '《意见》目标', '我区目标'],
      ['新建大型数据中心PUE', '优于1.4\t', '优于1.3'],
      ['政府自建数据中心数量', '减少5%以上', '减少1%以上'],
    ]);
    expectFindings(text, [['target-mismatch', '1.4']]);
  });

  it('English: a matrix pasted with tabs, the Opinion target checked and our target not', () => {
    const text = tabTable(EN_REF, [
      ['Ref.', 'Heading', 'Opinion target (2017)', 'Our target'],
      ['II(4)', 'Strengthen cloud computing service capacity', '—', 'open 200 datasets'],
      ['I(3)', 'Development objectives', 'PUE better than 1.4', 'PUE better than 1.2'],
    ]);
    expectFindings(text, [
      ['clause-title-mismatch', 'II(4)\tStrengthen cloud computing service capacity'],
      ['target-mismatch', '1.4'],
    ]);
  });

  it('a list numbered before a tab is not a table', () => {
    const text = `${DUIZHAO}\n\n（一）\t《意见》二（四）要求加强大数据开发与利用。\n（二）\t《意见》二（五）要求统筹布局云计算基础设施。\n`;
    expectClean(text);
    assert.equal(
      run(text).citations.filter((c) => c.kind === 'clause').length,
      2,
      'both clause numbers are still read',
    );
  });
});

describe('tables: aligned with spaces', () => {
  const spaced = (caption: string, rows: string[][]) =>
    `${caption}\n\n${rows
      .map((r) =>
        r
          .map((c) => c.padEnd(14, ' '))
          .join('  ')
          .trimEnd(),
      )
      .join('\n')}\n`;

  it('reads a table of three columns or more aligned with runs of spaces, three lines or more', () => {
    const text = spaced(`对照${ZH_DEF}，主要指标如下。`, [
      ['指标', '《意见》目标（2017年）', '我区目标'],
      ['新建大型数据中心PUE', '优于1.4', '优于1.3'],
      ['云计算应用', '云计算应用基本普及', '全覆盖'],
      ['政府自建数据中心数量', '减少5%以上', '减少30%以上'],
    ]);
    expectFindings(text, [
      ['target-mismatch', '1.4'],
      ['target-mismatch', '云计算应用基本普及'],
    ]);
  });

  it('English: a matrix aligned with spaces', () => {
    const text = spaced(EN_REF, [
      ['Indicator', 'Opinion target (2017)', 'Our target'],
      ['PUE of new large data centres', 'better than 1.5', 'better than 1.3'],
      ['Government-built data centres', 'reduced by 10%', 'reduced by 30%'],
    ]);
    expectFindings(text, [['target-mismatch', '10']]);
  });

  it('two lines, two columns, or single spaces are not a table', () => {
    expectClean(
      spaced(`对照${ZH_DEF}。`, [
        ['指标', '《意见》目标', '我区目标'],
        ['新建大型数据中心PUE', '优于1.4', '优于1.3'],
      ]),
    );
    expectClean(`${ZH_DEF}\n第一部分　总体要求\n第二部分　主要任务\n第三部分　保障措施\n`);
    expectClean(`${ZH_DEF}\n指标  《意见》目标\n新建大型数据中心PUE  优于1.4\n云计算应用  全覆盖\n`);
  });
});
