// Targets attributed to the Opinion, branch by branch: the direction of the 5% reduction, the year a quotation of
// the objectives belongs to, and the places where a figure next to a citation is the draft's own (tables' response
// columns, 我市/our, 根据…精神，结合实际). Each "raises nothing" case has a twin without the marker that is flagged,
// so the marker — not some other gap in the sentence — is what keeps it quiet.
import * as assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, run } from '../helpers/corpus';

const TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const ZH_DEF = `${TITLE}（国发〔2015〕5号，以下简称《意见》）`;
const EN_DEF =
  'the Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions")';

/** The one finding of the text: its covered text, its first fix's title and what applying that fix gives. */
function onlyFix(text: string): { covered: string; title: string; after: string; safe: boolean } {
  const fs = run(text).findings;
  assert.equal(fs.length, 1, `one finding in: ${text}; got ${JSON.stringify(fs.map((f) => f.message.en))}`);
  const [f] = fs;
  assert.ok(f.fixes[0], `a fix for ${f.code}`);
  return {
    covered: text.slice(f.span.start, f.span.end),
    title: f.fixes[0].title.en,
    after: applyFix(text, f),
    safe: f.fixes[0].safe,
  };
}

describe('target-mismatch: the direction of the 5% reduction of government data centres', () => {
  for (const word of ['以下', '以内']) {
    it(`flags 减少5%${word} on the comparator, with 以上 as the safe fix`, () => {
      const text = `国发〔2015〕5号文件要求政府自建数据中心数量减少5%${word}。`;
      const [f] = expectFindings(text, [['target-mismatch', word]]);
      assert.equal(f.message.zh.split('原文为')[0], '比较方向不符：');
      assert.match(f.message.en, /^Wrong direction: the source says by more than 5%\./);
      assert.deepEqual(onlyFix(text), {
        covered: word,
        title: 'Change to "以上"',
        after: '国发〔2015〕5号文件要求政府自建数据中心数量减少5%以上。',
        safe: true,
      });
      expectClean(applyFix(text, f));
    });
  }

  it('flags the direction even with a space before 以内 and a year before the claim', () => {
    expectFindings('国发〔2015〕5号文件要求，到2017年政府自建数据中心数量减少5% 以内。', [['target-mismatch', '以内']]);
  });

  it('flags the direction, not the figure, when both are wrong', () => {
    expectFindings('国发〔2015〕5号文件要求政府自建数据中心数量减少3%以下。', [['target-mismatch', '以下']]);
  });

  it('flags 个百分点以下 as the wrong direction too', () => {
    expectFindings('国发〔2015〕5号文件要求政府自建数据中心数量减少5个百分点以下。', [['target-mismatch', '以下']]);
  });

  it('accepts 以上, 左右 and the longer wording 政府部门自建的数据中心数量要减少', () => {
    expectClean('国发〔2015〕5号文件要求政府自建数据中心数量减少5%以上。');
    expectClean('国发〔2015〕5号文件要求政府自建数据中心数量减少5%左右。');
    expectClean('《意见》（国发〔2015〕5号）提出，政府部门自建的数据中心数量要减少5%以上。');
  });

  for (const phrase of ['less than', 'at most', 'up to', 'no more than', 'under']) {
    it(`flags "by ${phrase} 5%" in English on the comparator, and the fix keeps the verb`, () => {
      const text = `Under GF No. (2015)5, government-built data centres are to be reduced by ${phrase} 5%.`;
      const [f] = expectFindings(text, [['target-mismatch', `${phrase} 5%`]]);
      assert.match(f.message.en, /^Wrong direction: the source says by more than 5%\./);
      const fixedText = 'Under GF No. (2015)5, government-built data centres are to be reduced by more than 5%.';
      assert.deepEqual(onlyFix(text), {
        covered: `${phrase} 5%`,
        title: 'Change to "more than 5%"',
        after: fixedText,
        safe: true,
      });
      expectClean(fixedText);
    });
  }

  it('flags "reduced below 5%" in English, and the fix adds the "by" it needs', () => {
    const text = 'Under GF No. (2015)5, government-built data centres are to be reduced below 5%.';
    expectFindings(text, [['target-mismatch', 'below 5%']]);
    assert.equal(
      onlyFix(text).after,
      'Under GF No. (2015)5, government-built data centres are to be reduced by more than 5%.',
    );
  });

  it('flags "cut by less than 5%" with a year after it', () => {
    expectFindings('GF No. (2015)5 requires that government data centres be cut by less than 5% by 2017.', [
      ['target-mismatch', 'less than 5%'],
    ]);
  });

  it('accepts "by more than 5%" in English, in both wordings of the subject', () => {
    expectClean('Under GF No. (2015)5, government-built data centres are to be reduced by more than 5%.');
    expectClean('Under GF No. (2015)5, government-owned data centres are to be reduced by more than 5 percent.');
    expectClean('GF No. (2015)5 requires data centres built by the government itself to be reduced by more than 5%.');
    expectClean('GF No. (2015)5 requires that government data centres be cut by more than 5% by 2017.');
  });

  it('flags a wrong figure in English on the figure, with the source figure as fix', () => {
    const text = 'Under GF No. (2015)5, government-built data centres are to be cut by 20%.';
    expectFindings(text, [['target-mismatch', '20']]);
    assert.deepEqual(onlyFix(text), {
      covered: '20',
      title: 'Change to "5"',
      after: text.replace('20%', '5%'),
      safe: true,
    });
  });
});

describe('target-mismatch: the number of demonstration projects right after the document number', () => {
  it('reads the count, not the serial of the number before it (GF No. (2015)5, GF [2015] No. 5)', () => {
    for (const [text, count] of [
      ['GF No. (2015)5 calls for a thousand demonstration projects.', 'a thousand'],
      ['The Opinions (GF No. (2015)5) call for a thousand demonstration projects.', 'a thousand'],
      ['Under GF [2015] No. 5, one thousand demonstration projects are to be launched.', 'one thousand'],
      ['GF No. (2015)5 calls for 1000 demonstration projects.', '1000'],
    ]) {
      const [f] = expectFindings(text, [['target-mismatch', count]]);
      assert.equal(f.fixes[0].edits[0].newText, count === '1000' ? '100' : count.replace('thousand', 'hundred'));
    }
  });

  it('accepts a hundred right after the number, and still reads a figure written as digits after a comma', () => {
    expectClean('GF No. (2015)5 calls for a hundred demonstration projects.');
    expectClean('GF No. (2015)5 calls for 100 demonstration projects.');
    expectFindings('Under GF No. (2015)5, 5 demonstration projects are to be launched.', [['target-mismatch', '5']]);
  });
});

describe('target-mismatch: the year of a quotation from the objectives', () => {
  // 产业链条基本健全 and 初步形成安全保障有力 are in the 2017 block, 云计算服务能力达到国际先进水平 in the 2020 block
  // (corpus/gf-2015-5.zh.txt, Part I (3)); none of them is also a target claim, so only the quote-year check speaks.
  it('flags 到2020年 before words of the 2017 objectives, on the year, with 2017 as the fix', () => {
    const text = '国发〔2015〕5号文件提出，到2020年“产业链条基本健全”。';
    const [f] = expectFindings(text, [['target-mismatch', '2020']]);
    assert.deepEqual(f.message, {
      zh: '年份不符：这句话出自2017年目标（第一部分 › （三）发展目标 › 到2017年）。',
      en: 'Wrong year: these words are from the 2017 objectives (Part I › (3) Development objectives › By 2017).',
    });
    assert.deepEqual(onlyFix(text), {
      covered: '2020',
      title: 'Change to 2017',
      after: text.replace('2020', '2017'),
      safe: true,
    });
  });

  it('flags 到2017年 before words of the 2020 objectives, with 2020 as the fix', () => {
    const text = '国发〔2015〕5号文件提出，到2017年“云计算服务能力达到国际先进水平”。';
    const [f] = expectFindings(text, [['target-mismatch', '2017']]);
    assert.match(f.message.en, /^Wrong year: these words are from the 2020 objectives/);
    assert.equal(applyFix(text, f), text.replace('2017', '2020'));
  });

  it('English: a year named with the goal ("a 2020 objective", "a goal for 2020"), and the document after the claim', () => {
    const P = `The State Council issued ${EN_DEF} in January 2015.\n\n`;
    const text = `${P}The Hundred Cloud Computing and Big Data Applications Demonstration Project is a 2020 objective under the Opinions.`;
    const [f] = expectFindings(text, [['target-mismatch', '2020']]);
    assert.equal(applyFix(text, f), text.replace('2020', '2017'));
    expectClean(text.replace('2020', '2017'));
    expectFindings(`${P}The Opinions set a hundred demonstration projects as a goal for 2020.`, [
      ['target-mismatch', '2020'],
    ]);
    expectFindings(`${P}New large data centres must reach a PUE better than 1.4, as required by the Opinions.`, [
      ['target-mismatch', '1.4'],
    ]);
    // a year past a semicolon is another clause's; the drafter's own figure before the document stays the drafter's
    expectClean(`${P}The Opinions call for a hundred demonstration projects; the city sets its own targets for 2020.`);
    expectClean(`${P}Our city runs 30 demonstration projects under the Opinions.`);
  });

  it('reads the 2020 service goal unquoted, and a sentence led by 按照《意见》 however long its subject', () => {
    const text = `${ZH_DEF}。按照《意见》，到2017年我国云计算服务能力要达到国际先进水平。`;
    const [f] = expectFindings(text, [['target-mismatch', '2017']]);
    assert.equal(applyFix(text, f), text.replace('2017年我国', '2020年我国'));
    expectClean(`${ZH_DEF}。按照《意见》，到2020年我国云计算服务能力要达到国际先进水平。`);
    expectFindings(`${ZH_DEF}。按照《意见》，到2020年我国云计算应用基本普及，到2018年我国云计算应用基本普及。`, [
      ['target-mismatch', '2018'],
    ]);
    // the drafter's own place, or a sentence ended before the figure, is not the document speaking
    expectClean(`${ZH_DEF}。按照《意见》，到2017年省内云计算服务能力要达到国际先进水平。`);
    expectClean(`${ZH_DEF}。按照《意见》。到2017年我国云计算服务能力要达到国际先进水平。`);
  });

  it('reports the year once when the quoted words are also a target claim (云计算应用基本普及)', () => {
    for (const text of [
      '国发〔2015〕5号文件提出，到2017年“云计算应用基本普及，云计算服务能力达到国际先进水平”。',
      'The Opinions (GF No. (2015)5) state that "cloud computing is to be basically applied universally" by 2017.',
    ]) {
      const [f] = expectFindings(text, [['target-mismatch', '2017']]);
      assert.match(f.message.en, /^Wrong year: these words are from the 2020 objectives/);
      assert.equal(applyFix(text, f), text.replace('2017', '2020'));
    }
  });

  it('reads the year written before the quotation as 在2020年前 or 2020年底', () => {
    expectFindings('国发〔2015〕5号文件要求，在2020年前“初步形成安全保障有力”。', [['target-mismatch', '2020']]);
    expectFindings('国发〔2015〕5号文件提出，2020年底“产业链条基本健全”。', [['target-mismatch', '2020']]);
  });

  it('reads the year written after an English quotation ("by 2020", "in 2020")', () => {
    for (const tail of ['by 2020', 'in 2020']) {
      const text = `GF No. (2015)5 states that "industrial chains are to be basically complete" ${tail}.`;
      const [f] = expectFindings(text, [['target-mismatch', '2020']]);
      assert.equal(f.fixes[0].edits[0].newText, '2017');
    }
  });

  it('accepts the right year on either side, and a quotation with no year', () => {
    expectClean('国发〔2015〕5号文件提出，到2017年“产业链条基本健全”。');
    expectClean('国发〔2015〕5号文件提出，到2020年“云计算服务能力达到国际先进水平”。');
    expectClean('GF No. (2015)5 states that "industrial chains are to be basically complete" by 2017.');
    expectClean('国发〔2015〕5号文件提出“产业链条基本健全”。');
  });

  it('leaves a year that is not right before or after the quotation alone', () => {
    expectClean('国发〔2015〕5号文件提出“云计算服务能力达到国际先进水平”的2017年目标。');
  });
});

describe('target-mismatch in tables: which column speaks for the Opinion', () => {
  const zhTable = (left: string, right: string, cells: [string, string]) =>
    `对照${ZH_DEF}逐条梳理。\n\n| 序号 | 条款 | ${left} | ${right} |\n| --- | --- | --- | --- |\n| 1 | 《意见》一（三） | ${cells[0]} | ${cells[1]} |\n`;
  const enTable = (left: string, right: string, cells: [string, string]) =>
    `Reference: ${EN_DEF}.\n\n| # | Clause | ${left} | ${right} |\n|---|---|---|---|\n| 1 | Part I, Section (3) | ${cells[0]} | ${cells[1]} |\n`;

  for (const own of ['我市落实情况', '落实情况', '本省', '我市']) {
    it(`a response column headed ${own} holds the draft's own figures: nothing`, () => {
      expectClean(zhTable('《意见》要求', own, ['新建大型云计算数据中心PUE值优于1.5', '新建数据中心PUE值优于1.3']));
      expectClean(
        zhTable('《意见》要求', own, ['到2017年政府自建数据中心数量减少5%以上', '政府自建数据中心数量减少38%']),
      );
    });
  }

  for (const own of ['Our response', 'Status']) {
    it(`a response column headed "${own}" holds the bidder's own figures: nothing`, () => {
      expectClean(enTable('Opinion target', own, ['a PUE of better than 1.5', 'a PUE of better than 1.3']));
      expectClean(enTable('Provision', own, ['a PUE of better than 1.5', 'a PUE of better than 1.3']));
    });
  }

  // Headers that name the requirement and the draft's own answer to it at once: the own words win.
  for (const own of ['我市目标', '本省目标', '落实《意见》要求情况', '完成情况（对照目标）']) {
    it(`a response column headed ${own} (the draft's own, though it names a target or requirement): nothing`, () => {
      expectClean(zhTable('《意见》要求', own, ['新建大型云计算数据中心PUE值优于1.5', '新建数据中心PUE值优于1.3']));
      expectClean(zhTable('《意见》要求', own, ['政府自建数据中心数量减少5%以上', '政府自建数据中心数量减少20%以上']));
    });
  }
  for (const own of ['Our target', 'Our response to the requirement', 'Status against the Opinion target']) {
    it(`a response column headed "${own}" (the bidder's own, though it names a target): nothing`, () => {
      expectClean(enTable('Opinion target', own, ['a PUE of better than 1.5', 'a PUE of better than 1.3']));
    });
  }

  for (const req of ['《意见》要求', '目标']) {
    it(`a requirement column headed ${req} with a wrong figure is a target-mismatch`, () => {
      const text = zhTable(req, '落实情况', ['新建大型云计算数据中心PUE值优于1.4', '已完成']);
      expectFindings(text, [['target-mismatch', '1.4']]);
      expectFindings(zhTable(req, '落实情况', ['政府自建数据中心数量减少10%以上', '已完成']), [
        ['target-mismatch', '10'],
      ]);
    });
  }

  for (const req of ['Opinion target', 'Provision']) {
    it(`a requirement column headed "${req}" with a wrong figure is a target-mismatch`, () => {
      expectFindings(enTable(req, 'Status', ['a PUE of better than 1.4', 'done']), [['target-mismatch', '1.4']]);
      expectFindings(enTable(req, 'Status', ['government-built data centres reduced by more than 10%', 'done']), [
        ['target-mismatch', '10'],
      ]);
    });
  }

  it("a column that is neither the draft's own nor a requirement (说明, 责任单位, Comment) raises nothing", () => {
    expectClean(zhTable('《意见》要求', '说明', ['新建大型云计算数据中心PUE值优于1.5', '新建数据中心PUE值优于1.3']));
    expectClean(zhTable('《意见》要求', '责任单位', ['政府自建数据中心数量减少5%以上', '数量减少20%以上']));
    expectClean(enTable('Opinion target', 'Comment', ['a PUE of better than 1.5', 'a PUE of better than 1.3']));
  });

  it("a remarks column (备注, Remarks) is the draft's own, even with a wrong figure", () => {
    expectClean(zhTable('备注', '说明', ['政府自建数据中心数量减少10%以上', '已完成']));
    expectClean(enTable('Remarks', 'Comment', ['a PUE of better than 1.4', 'n/a']));
  });

  it('a figure in the same cell as the citation is read as the Opinion’s, whatever the column', () => {
    const zh = `| 序号 | 条款 | 说明 |\n| --- | --- | --- |\n| 1 | 《意见》（国发〔2015〕5号）提出新建大型云计算数据中心PUE值优于1.4 | 无 |\n`;
    expectFindings(zh, [['target-mismatch', '1.4']]);
    const en = `| # | Item | Notes |\n|---|---|---|\n| 1 | GF No. (2015)5 requires a PUE of better than 1.4 | n/a |\n`;
    expectFindings(en, [['target-mismatch', '1.4']]);
  });
});

describe("target-mismatch: the draft's own figures next to a citation", () => {
  for (const [own, flagged] of [
    [
      '国发〔2015〕5号文件提出PUE值优于1.5，全市新建数据中心PUE值优于1.3。',
      '国发〔2015〕5号文件提出PUE值优于1.5，新建数据中心PUE值优于1.3。',
    ],
    [
      '按照国发〔2015〕5号文件，本市政府自建数据中心数量减少20%以上。',
      '按照国发〔2015〕5号文件，政府自建数据中心数量减少20%以上。',
    ],
    [
      '根据国发〔2015〕5号文件要求，我们将新建数据中心PUE值控制在1.3以下。',
      '根据国发〔2015〕5号文件要求，将新建数据中心PUE值控制在1.3以下。',
    ],
    [
      '根据国发〔2015〕5号文件精神，结合实际，新建数据中心PUE值优于1.3。',
      '根据国发〔2015〕5号文件，新建数据中心PUE值优于1.3。',
    ],
    [
      '根据国发〔2015〕5号文件精神，结合实际，政府自建数据中心数量减少10%以上。',
      '根据国发〔2015〕5号文件，政府自建数据中心数量减少10%以上。',
    ],
  ]) {
    it(`raises nothing for ${own} (but flags it without the marker)`, () => {
      expectClean(own);
      assert.deepEqual(
        run(flagged).findings.map((f) => f.code),
        ['target-mismatch'],
        flagged,
      );
    });
  }

  for (const [own, flagged] of [
    [
      'Under GF No. (2015)5, our city will bring new data centres to a PUE of better than 1.3.',
      'Under GF No. (2015)5, new data centres are to reach a PUE of better than 1.3.',
    ],
    [
      'Under GF No. (2015)5, we will cut government-built data centres by 20%.',
      'Under GF No. (2015)5, government-built data centres are to be cut by 20%.',
    ],
    [
      'In line with GF No. (2015)5, the city will reduce government-built data centres by 20%.',
      'In line with GF No. (2015)5, government-built data centres are to be reduced by 20%.',
    ],
  ]) {
    it(`raises nothing for "${own}" (but flags it without our/we/the city)`, () => {
      expectClean(own);
      assert.deepEqual(
        run(flagged).findings.map((f) => f.code),
        ['target-mismatch'],
        flagged,
      );
    });
  }

  it("keeps the Opinion's figure and the draft's own apart in one sentence", () => {
    expectClean('GF No. (2015)5 calls for a PUE of better than 1.5; our new facility is designed for a PUE of 1.3.');
    expectFindings(
      'GF No. (2015)5 calls for a PUE of better than 1.4; our new facility is designed for a PUE of 1.3.',
      [['target-mismatch', '1.4']],
    );
  });
});

describe('target-mismatch: the direction of the PUE target', () => {
  const zh = (words: string) => `国发〔2015〕5号文件提出，新建大型云计算数据中心PUE值${words}。`;
  for (const [words, covered] of [
    ['高于1.5', '高于1.5'],
    ['1.5以上', '1.5以上'],
    ['不低于1.5', '不低于1.5'],
    ['不小于1.5', '不小于1.5'],
  ]) {
    it(`flags PUE值${words} as the wrong direction, with 优于1.5 as the safe fix`, () => {
      const [f] = expectFindings(zh(words), [['target-mismatch', covered]]);
      assert.equal(f.message.zh.split('原文为')[0], '比较方向不符：PUE值应优于（低于）1.5。');
      assert.deepEqual(onlyFix(zh(words)), {
        covered,
        title: 'Change to "优于1.5"',
        after: zh(words).replace(covered, '优于1.5'),
        safe: true,
      });
    });
  }

  for (const words of ['优于1.5', '低于1.5', '不高于1.5', '不超过1.5', '1.5以下', '控制在1.5以内']) {
    it(`accepts PUE值${words}`, () => expectClean(zh(words)));
  }

  for (const [words, covered] of [
    ['not lower than 1.5', 'not lower than 1.5'],
    ['of no less than 1.5', 'of no less than 1.5'],
    ['of at least 1.5', 'of at least 1.5'],
    ['above 1.5', 'above 1.5'],
  ]) {
    it(`flags "a PUE ${words}" as the wrong direction, with "better than 1.5" as the fix`, () => {
      const text = `Under GF No. (2015)5, new data centres are to have a PUE ${words}.`;
      expectFindings(text, [['target-mismatch', covered]]);
      assert.equal(onlyFix(text).after, text.replace(covered, 'better than 1.5'));
    });
  }

  for (const words of ['of better than 1.5', 'of no more than 1.5', 'of less than 1.5', 'below 1.5']) {
    it(`accepts "a PUE ${words}"`, () =>
      expectClean(`Under GF No. (2015)5, new data centres are to have a PUE ${words}.`));
  }

  it('flags a year written after an English PUE claim ("by 2020": the PUE target is for 2017)', () => {
    const text = 'Under GF No. (2015)5, new data centres are to have a PUE of better than 1.5 by 2020.';
    const [f] = expectFindings(text, [['target-mismatch', '2020']]);
    assert.deepEqual(f.message, {
      zh: '年份不符：该目标是2017年目标。原文为“新建大型云计算数据中心能源利用效率（PUE）值优于1.5”（2017年目标，第一部分 › （三）发展目标 › 基础设施不断优化）。',
      en: 'Wrong year: this is a 2017 target. The source says "newly-build large-scale data centres are to have a power usage effectiveness (PUE) of better than 1.5" (a 2017 target, Part I › (3) Development objectives › Incessantly optimizing infrastructure).',
    });
    assert.equal(applyFix(text, f), text.replace('2020', '2017'));
  });
});

describe('target-mismatch: storage scale and demonstration projects, with their fixes', () => {
  for (const [text, covered, right] of [
    ['国发〔2015〕5号文件要求突破PB级云存储系统。', 'PB', 'EB'],
    ['国发〔2015〕5号文件要求突破拍字节级云存储系统。', '拍字节', '艾字节'],
    ['Under GF No. (2015)5, petabyte-level cloud storage systems are to be developed.', 'petabyte', 'exabyte'],
    ['Under GF No. (2015)5, TB-level cloud storage systems are to be developed.', 'TB', 'EB'],
    ['国发〔2015〕5号文件要求开展千项云计算和大数据应用示范工程。', '千', '百'],
    ['国发〔2015〕5号文件要求开展1000项云计算和大数据应用示范工程。', '1000', '100'],
    ['Under GF No. (2015)5, a thousand demonstration projects are to be launched.', 'a thousand', 'a hundred'],
    ['Under GF No. (2015)5, one thousand demonstration projects are to be launched.', 'one thousand', 'one hundred'],
    ['Under GF No. (2015)5, thousand demonstration projects are to be launched.', 'thousand', 'hundred'],
  ]) {
    it(`flags ${covered} in “${text}” and fixes it to ${right}`, () => {
      expectFindings(text, [['target-mismatch', covered]]);
      assert.equal(onlyFix(text).after, text.replace(covered, right));
    });
  }

  it('words the storage and demonstration findings exactly', () => {
    const [s] = run('国发〔2015〕5号文件要求突破PB级云存储系统。').findings;
    assert.equal(s.message.zh.split('原文为')[0], '存储规模不符：');
    assert.match(s.message.en, /^Wrong scale: the source says exabyte \(EB\) level\. /);
    const [d] = run('国发〔2015〕5号文件要求开展千项云计算和大数据应用示范工程。').findings;
    assert.equal(d.message.zh.split('原文为')[0], '数量不符：');
    assert.match(d.message.en, /^Wrong number: the source has a hundred demonstration projects\. /);
    assert.deepEqual(
      [s, d].map((x) => [x.related[0].nodeId, x.related[0].lang]),
      [
        ['I.3.innovation', 'zh'],
        ['I.3.demonstration', 'zh'],
      ],
    );
  });

  it('links an English finding to the English source text', () => {
    const [f] = run('Under GF No. (2015)5, petabyte-level cloud storage systems are to be developed.').findings;
    assert.deepEqual([f.related[0].nodeId, f.related[0].lang], ['I.3.innovation', 'en']);
  });

  it('accepts EB / 艾字节 / exabyte and a hundred', () => {
    expectClean('国发〔2015〕5号文件要求突破EB级云存储系统。');
    expectClean('国发〔2015〕5号文件要求突破艾字节级云存储系统。');
    expectClean('Under GF No. (2015)5, exabyte-level cloud storage systems are to be developed.');
    expectClean('Under GF No. (2015)5, a hundred demonstration projects are to be launched.');
  });
});

describe('attribution: when a figure is the cited document’s', () => {
  it('reaches 400 characters after the citation, not one more', () => {
    // 文件提出 and 396 的 make the claim start 400 characters after the number's end.
    const at = (n: number) => `国发〔2015〕5号文件提出${'的'.repeat(n)}PUE值优于1.4。`;
    expectFindings(at(396), [['target-mismatch', '1.4']]);
    expectClean(at(397));
  });

  it('in Chinese, a gap of more than eight characters needs a word that attributes (提出, 要求, 的 …)', () => {
    expectClean('国发〔2015〕5号印发后，各地新建机房PUE值优于1.3。');
    expectFindings('国发〔2015〕5号印发后，新建机房PUE值优于1.3。', [['target-mismatch', '1.3']]);
  });

  it('in English, a figure needs a verb of the document or "under/according to" before it', () => {
    expectClean('GF No. (2015)5 was discussed; new data centres reached a PUE of 1.3.');
    expectFindings('GF No. (2015)5 says new data centres must reach a PUE of 1.3.', [['target-mismatch', '1.3']]);
    expectFindings('According to GF No. (2015)5, new data centres must reach a PUE of 1.3.', [
      ['target-mismatch', '1.3'],
    ]);
  });

  it('a count after a section (not a part) of the document is not the document’s count', () => {
    expectClean('国发〔2015〕5号第二部分第（四）项提出七项主要任务。');
    expectFindings('国发〔2015〕5号第二部分提出七项主要任务。', [['count-mismatch', '七']]);
  });

  it('a year before a quotation that is not from the objectives raises nothing', () => {
    expectClean('国发〔2015〕5号文件提出，到2020年“大力发展公共云计算服务”。');
  });
});

describe('findings of several rules together', () => {
  it('come in the order of the text, whichever rule found them', () => {
    expectFindings('国发〔2015〕5号文件提出的七项主要任务中，参照国发[2015]5号文件执行。', [
      ['count-mismatch', '七'],
      ['doc-number-format', '国发[2015]5号'],
    ]);
  });

  it('a wrong figure inside a misquotation is one finding, the misquote; the same figure outside it is its own', () => {
    const quote = '“新建超大型云计算数据中心PUE值优于1.4”';
    expectFindings(`国发〔2015〕5号文件提出${quote}。`, [['misquote', quote]]);
    expectFindings(`国发〔2015〕5号文件提出${quote}，PUE值优于1.4。`, [
      ['misquote', quote],
      ['target-mismatch', '1.4'],
    ]);
  });

  it('a quotation that differs from the source only in the figure is the target-mismatch, with its fix', () => {
    const quote = '“新建大型云计算数据中心能源利用效率（PUE）值优于1.4”';
    expectFindings(`国发〔2015〕5号文件提出${quote}。`, [['target-mismatch', '1.4']]);
  });
});
