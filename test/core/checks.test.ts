// The cross-checks: for every rule, wrong citations are reported at the exact range with a fix that clears them,
// and right citations (and other documents' citations) raise nothing.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed, found, run } from '../helpers/corpus';

const TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';

/** Asserts that applying the fix leaves no finding of that code. */
function fixClears(text: string, code: string, expected: string, which = 0) {
  const after = fixed(text, code, which);
  assert.equal(after, expected);
  assert.deepEqual(
    found(after).filter(([c]) => c === code),
    [],
    `after the fix: ${after}`,
  );
}

describe('doc-number-format', () => {
  for (const [bad, what] of [
    ['国发[2015]5号', 'square brackets'],
    ['国发（2015）5号', 'full-width parentheses'],
    ['国发〔2015〕05号', 'a leading zero'],
    ['国发〔2015〕第5号', '第'],
    ['国发【2015】5号', 'lenticular brackets'],
  ]) {
    it(`flags ${bad} (${what}) and fixes it to 国发〔2015〕5号`, () => {
      const text = `根据${bad}文件要求。`;
      expectFindings(text, [['doc-number-format', bad]]);
      fixClears(text, 'doc-number-format', '根据国发〔2015〕5号文件要求。');
    });
  }
  it("flags another document's number written wrong too, and fixes it in its own terms", () => {
    const text = '落实国办发[2014]66号文件。';
    expectFindings(text, [['doc-number-format', '国办发[2014]66号']]);
    fixClears(text, 'doc-number-format', '落实国办发〔2014〕66号文件。');
  });
  it('accepts the standard form', () => expectClean(`${TITLE}（国发〔2015〕5号）`));
});

describe('doc-number-mismatch', () => {
  it("flags the Opinion's title with another number", () => {
    const text = `${TITLE}（国发〔2015〕50号）`;
    expectFindings(text, [['doc-number-mismatch', '国发〔2015〕50号']]);
    fixClears(text, 'doc-number-mismatch', `${TITLE}（国发〔2015〕5号）`);
  });
  it('flags 国办发 for 国发 next to the title', () => {
    const text = `${TITLE}（国办发〔2015〕5号）`;
    expectFindings(text, [['doc-number-mismatch', '国办发〔2015〕5号']]);
    fixClears(text, 'doc-number-mismatch', `${TITLE}（国发〔2015〕5号）`);
  });
  it('flags 国办发〔2015〕5号 alone when the sentence is about cloud computing', () => {
    expectFindings('按照国办发〔2015〕5号文件部署，推进云计算发展。', [['doc-number-mismatch', '国办发〔2015〕5号']]);
  });
  it('…or about the other words the corpus gives for its subject (政务云, 上云, "cloud")', () => {
    expectFindings('按照国办发〔2015〕5号文件第二部分第（三）项要求，推进省级政务云二期建设。', [
      ['doc-number-mismatch', '国办发〔2015〕5号'],
    ]);
    expectFindings('Under GBF No. (2015)5, ministries move their systems to the cloud.', [
      ['doc-number-mismatch', 'GBF No. (2015)5'],
    ]);
    expectClean('Under GBF No. (2015)5, ministries improve flood control; the Cloudy Bay plan is separate.');
    expectClean('按照国办发〔2015〕5号文件要求，推进棚户区改造，做好云南、云浮两地试点。');
  });
  it("flags the Opinion's number with another document's title", () => {
    const text = '《促进大数据发展行动纲要》（国发〔2015〕5号）';
    expectFindings(text, [['doc-number-mismatch', '国发〔2015〕5号']]);
    fixClears(text, 'doc-number-mismatch', `${TITLE}（国发〔2015〕5号）`);
  });
  it('flags an English title with another number', () => {
    expectFindings(`the ${EN_TITLE} (GF No. (2015)50)`, [['doc-number-mismatch', 'GF No. (2015)50']]);
  });
  it('leaves other documents and their own numbers alone', () => {
    expectClean(
      '《促进大数据发展行动纲要》（国发〔2015〕50号）和《国务院办公厅关于促进电子政务协调发展的指导意见》（国办发〔2014〕66号）',
    );
    expectClean('按照国办发〔2015〕5号文件部署，做好春节期间安全生产工作。');
  });
});

describe('title-mismatch', () => {
  it('flags a Chinese title that means the Opinion but is not its exact title, and fixes it', () => {
    const text = '《国务院关于促进云计算创新发展的意见》（国发〔2015〕5号）';
    expectFindings(text, [['title-mismatch', '国务院关于促进云计算创新发展的意见']]);
    fixClears(text, 'title-mismatch', `${TITLE}（国发〔2015〕5号）`);
  });
  it('reads a title cut down from the Opinion’s, written with its number, as the Opinion with its title wrong', () => {
    for (const short of ['关于云计算的意见', '云计算意见', '关于培育信息产业新业态的意见']) {
      const text = `根据《${short}》（国发〔2015〕5号），制定本方案。`;
      expectFindings(text, [['title-mismatch', short]]);
      fixClears(text, 'title-mismatch', `根据${TITLE}（国发〔2015〕5号），制定本方案。`);
    }
    // another document's title with the Opinion's number is still a mismatch of title and number
    expectFindings('根据《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕5号），制定本方案。', [
      ['doc-number-mismatch', '国发〔2015〕5号'],
    ]);
    // and a province's own opinion with its own number is nobody's mistake
    expectClean('根据《关于促进云计算发展的意见》（某政发〔2016〕3号），制定本方案。');
  });
  it('flags 指导意见 for 意见', () => {
    expectFindings('《国务院关于促进云计算创新发展培育信息产业新业态的指导意见》', [
      ['title-mismatch', '国务院关于促进云计算创新发展培育信息产业新业态的指导意见'],
    ]);
  });
  it('flags "Guiding Opinions …" in English', () => {
    const text = `The Guiding ${EN_TITLE} (GF No. (2015)5).`;
    expectFindings(text, [['title-mismatch', `Guiding ${EN_TITLE}`]]);
    fixClears(text, 'title-mismatch', `The ${EN_TITLE} (GF No. (2015)5).`);
  });
  it('leaves provincial implementation opinions and other titles alone', () => {
    expectClean('《某某省人民政府关于促进云计算创新发展培育信息产业新业态的实施意见》');
    expectClean('《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）');
    expectClean('《工业和信息化部关于印发〈云计算发展三年行动计划（2017—2019年）〉的通知》（工信部信软〔2017〕49号）');
  });
});

describe('date-mismatch', () => {
  it('flags a wrong date of issue and fixes it', () => {
    const text = `2015年1月16日印发的${TITLE}`;
    expectFindings(text, [['date-mismatch', '2015年1月16日']]);
    fixClears(text, 'date-mismatch', `2015年1月6日印发的${TITLE}`);
  });
  it('explains that 30 January is when it was made public when given as the date of issue', () => {
    const [f] = expectFindings(`国务院于2015年1月30日印发${TITLE}。`, [['date-mismatch', '2015年1月30日']]);
    assert.match(f.message.zh, /公开发布/);
    assert.match(f.message.en, /made public/);
  });
  it('accepts 30 January as the date it was published, and the right date of issue', () => {
    expectClean(`2015年1月30日发布的${TITLE}`);
    expectClean(`国务院于2015年1月6日印发${TITLE}。`);
    expectClean(`The ${EN_TITLE} (GF No. (2015)5) were issued by the State Council on 6 January 2015.`);
  });
  it('flags a wrong English date', () => {
    expectFindings(`The ${EN_TITLE} were issued on 16 January 2015.`, [['date-mismatch', '16 January 2015']]);
  });
  it('leaves dates about other things alone', () => {
    expectClean(`2016年3月1日，市政府召开会议，学习${TITLE}。`);
  });
  it('reads a date written before the document and its verb: 自2015年1月16日《意见》印发以来', () => {
    const DEF = `${TITLE}（国发〔2015〕5号，以下简称《意见》）。`;
    expectFindings(`${DEF}自2015年1月16日《意见》印发以来，我市出台了配套文件。`, [['date-mismatch', '2015年1月16日']]);
    expectFindings(`${DEF}2015年1月16日国务院《意见》正式印发。`, [['date-mismatch', '2015年1月16日']]);
    expectClean(`${DEF}自2015年1月6日《意见》印发以来，我市出台了配套文件。`);
    // the date of an anniversary, and a date before another document's verb, are not the Opinion's date
    expectClean(`${DEF}2016年1月《意见》印发一周年，我市召开推进会。`);
    expectClean(`${DEF}2015年3月2日我市印发实施方案，落实《意见》。`);
  });
});

describe('unknown-clause', () => {
  for (const [text, span] of [
    ['国发〔2015〕5号文件第二部分第（七）项', '第二部分第（七）项'],
    ['国发〔2015〕5号文件第四部分', '第四部分'],
    ['GF No. (2015)5, Part III, item (8)', 'Part III, item (8)'],
    ['GF No. (2015)5, Part IV', 'Part IV'],
    ['《意见》（国发〔2015〕5号）保障措施第（八）条', '保障措施第（八）条'],
  ]) {
    it(`flags ${span}`, () => expectFindings(text, [['unknown-clause', span]]));
  }
  it('offers the clause the quoted heading names', () => {
    const text = '国发〔2015〕5号第二部分第（七）项“积极开展国际合作”';
    fixClears(text, 'unknown-clause', '国发〔2015〕5号第三部分第（七）项“积极开展国际合作”');
  });
  it('accepts every clause that exists', () => {
    expectClean('国发〔2015〕5号第一部分第（三）项、第二部分第（六）项、第三部分第（七）项。');
    expectClean('GF No. (2015)5, Part III, Section (7) and Part II, Section (6).');
  });
});

describe('clause-title-mismatch: a list of references, each with its heading unquoted on its own line', () => {
  const LIST = `《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）部署了六项主要任务：\n\n1️⃣ 第二部分（一）增强云计算服务能力\n\n2️⃣ 第二部分（二）提升云计算自主创新能力\n\n`;
  it('a line whose phrase is no heading of the Opinion is the heading it gives, compared with the right one', () => {
    const text = `${LIST}6️⃣ 第二部分（六）加强网络安全保障\n`;
    expectFindings(text, [['clause-title-mismatch', '第二部分（六）加强网络安全保障']]);
    fixClears(text, 'clause-title-mismatch', `${LIST}6️⃣ 第二部分（六）提升安全保障能力\n`);
    expectClean(`${LIST}6️⃣ 第二部分（六）提升安全保障能力\n`);
  });
  it('alone, the phrase counts when it is close to the section’s own heading', () => {
    const DEF = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）。\n\n';
    expectFindings(`${DEF}- 第二部分（六）提升网络安全保障能力\n`, [
      ['clause-title-mismatch', '第二部分（六）提升网络安全保障能力'],
    ]);
    // a phrase of the drafter's own after the reference, or a sentence, is not a heading
    expectClean(`${DEF}- 第二部分（四）我市重点工作\n`);
    expectClean(`${DEF}- 第二部分（四）提出，要加强大数据开发与利用\n`);
  });
});

describe('clause-title-mismatch', () => {
  const text = '国发〔2015〕5号第二部分第（六）项“加强大数据开发与利用”';
  it('flags a number and a heading that belong to different sections', () => {
    expectFindings(text, [['clause-title-mismatch', '第二部分第（六）项“加强大数据开发与利用”']]);
  });
  it('fixes the number', () =>
    fixClears(text, 'clause-title-mismatch', '国发〔2015〕5号第二部分第（四）项“加强大数据开发与利用”', 0));
  it('or fixes the heading', () =>
    fixClears(text, 'clause-title-mismatch', '国发〔2015〕5号第二部分第（六）项“提升安全保障能力”', 1));
  it('works in English', () => {
    const en =
      'GF No. (2015)5, Part II, Section (2) ("Explore new models for cloud computing development in e-government")';
    expectFindings(en, [
      [
        'clause-title-mismatch',
        'Part II, Section (2) ("Explore new models for cloud computing development in e-government"',
      ],
    ]);
    fixClears(en, 'clause-title-mismatch', en.replace('Section (2)', 'Section (3)'), 0);
  });
  it('accepts matching headings, with full-width or half-width punctuation', () => {
    expectClean('国发〔2015〕5号第二部分（四）“加强大数据开发与利用”');
    expectClean('国发〔2015〕5号第一部分“指导思想、基本原则和发展目标”');
    expectClean('GF No. (2015)5, Part II, Section (6) ("Enhance security protection capabilities")');
  });
  it('reports a heading copied wrong after its number as a heading mismatch, with the exact heading as a safe fix', () => {
    const t = '国发〔2015〕5号第二部分第（一）项“加强云计算服务能力”';
    const [f] = expectFindings(t, [['clause-title-mismatch', '第二部分第（一）项“加强云计算服务能力”']]);
    assert.equal(f.message.zh, '“第二部分第（一）项”的标题是“增强云计算服务能力”，不是“加强云计算服务能力”。');
    assert.ok(f.fixes[0].safe);
    fixClears(t, 'clause-title-mismatch', '国发〔2015〕5号第二部分第（一）项“增强云计算服务能力”');
  });
  it('reports a heading the Opinion does not have, after a number, with the closest heading named', () => {
    const t = '《意见》（国发〔2015〕5号）第三部分第（五）项“加强人才培养”提出，要加强人才队伍建设。';
    const [f] = expectFindings(t, [['clause-title-mismatch', '第三部分第（五）项“加强人才培养”']]);
    assert.match(f.message.zh, /标题是“建立健全标准规范体系”，不是“加强人才培养”；最接近的是.*（六）加强人才队伍建设/);
    assert.ok(!f.fixes[0].safe, 'which heading was meant is a guess');
    const en = 'GF No. (2015)5, Part III, Section (5) ("Strengthen talent training") applies.';
    expectFindings(en, [['clause-title-mismatch', 'Part III, Section (5) ("Strengthen talent training"']]);
  });
  it('words an English message about a Chinese draft’s heading in English, with the Chinese beside it', () => {
    const t = '国发〔2015〕5号第二部分第（三）项“加强大数据开发与利用”';
    const [f] = expectFindings(t, [['clause-title-mismatch', '第二部分第（三）项“加强大数据开发与利用”']]);
    assert.match(
      f.message.en,
      /^第二部分第（三）项 \(Part II, Section \(3\)\) is headed "Explore new models for cloud computing development in e-government" \(探索电子政务云计算发展新模式\); /,
    );
  });
});

describe('misquote', () => {
  it('flags a quotation that is not in the Opinion and offers the closest passage', () => {
    const text = '《意见》（国发〔2015〕5号）指出，云计算是推动信息技术能力实现“按需分配”的全新业态。';
    const [f] = expectFindings(text, [['misquote', '“按需分配”']]);
    assert.match(f.message.zh, /按需供给/);
    fixClears(text, 'misquote', text.replace('按需分配', '按需供给'));
  });
  it('flags a changed word in a long quotation', () => {
    const text = '国发〔2015〕5号文件提出“到2020年，云计算应用全面普及”。';
    expectFindings(text, [['misquote', '“到2020年，云计算应用全面普及”']]);
    fixClears(text, 'misquote', '国发〔2015〕5号文件提出“到2020年，云计算应用基本普及”。');
  });
  it('flags an English misquotation', () => {
    expectFindings(`The ${EN_TITLE} state that "cloud computing is the only way to reform the information industry".`, [
      ['misquote', '"cloud computing is the only way to reform the information industry"'],
    ]);
  });
  it('accepts exact quotations whatever the punctuation width, spacing or English case', () => {
    expectClean('国发〔2015〕5号文件要求“加快推进云计算标准体系建设”。');
    expectClean('《意见》（国发〔2015〕5号）强调：“到2020年，云计算应用基本普及，云计算服务能力达到国际先进水平”。');
    expectClean('国发〔2015〕5号文件提出“到2020年,云计算应用基本普及”。');
    expectClean(
      `The ${EN_TITLE} state that "Developing cloud computing benefits the sharing of information, knowledge and innovation resources".`,
    );
    expectClean('国发〔2015〕5号文件提出“大力发展公共云计算服务……培育信息消费”。');
  });
  it('compares traditional-character quotations in simplified form', () => {
    expectClean('國發〔2015〕5號文件提出“大力發展公共雲計算服務，實施雲計算工程”。');
  });
  it('leaves quotations of other documents alone', () => {
    expectClean('《促进大数据发展行动纲要》（国发〔2015〕50号）提出“数据已成为国家基础性战略资源”。');
  });
});

describe('target-mismatch', () => {
  it('flags a wrong PUE value attributed to the Opinion, and fixes it', () => {
    const text = '《意见》（国发〔2015〕5号）提出，新建大型云计算数据中心PUE值优于1.4。';
    expectFindings(text, [['target-mismatch', '1.4']]);
    fixClears(text, 'target-mismatch', text.replace('1.4', '1.5'));
  });
  it('flags a wrong comparator', () => {
    const text = `Under the ${EN_TITLE}, new large data centres must have a PUE of above 1.5.`;
    expectFindings(text, [['target-mismatch', 'of above 1.5']]);
    fixClears(text, 'target-mismatch', text.replace('of above 1.5', 'better than 1.5'));
  });
  it('flags the wrong year for a 2017 target', () => {
    const text = '国发〔2015〕5号文件提出，到2020年政府自建数据中心数量减少5%以上。';
    expectFindings(text, [['target-mismatch', '2020']]);
    fixClears(text, 'target-mismatch', text.replace('2020', '2017'));
  });
  it('flags 千项 for 百项 and a wrong percentage', () => {
    expectFindings('《意见》（国发〔2015〕5号）要求开展千项云计算和大数据应用示范工程。', [['target-mismatch', '千']]);
    expectFindings('国发〔2015〕5号文件要求政府自建数据中心数量减少10%以上。', [['target-mismatch', '10']]);
  });
  it('accepts the right figures', () => {
    expectClean(
      '《意见》（国发〔2015〕5号）提出，到2017年新建大型云计算数据中心PUE值优于1.5，政府自建数据中心数量减少5%以上，开展百项云计算和大数据应用示范工程。',
    );
    expectClean(
      `Under the ${EN_TITLE}, newly-built large-scale data centres are to have a PUE of better than 1.5 by 2017.`,
    );
  });
  it("leaves the draft's own targets alone", () => {
    expectClean('到2017年，全市新建大型云计算数据中心PUE值优于1.3，政府自建数据中心数量减少8%以上。');
    expectClean('根据《意见》（国发〔2015〕5号）要求，到2018年全省新建数据中心PUE值优于1.4。');
  });
});

describe('count-mismatch', () => {
  it('flags a wrong count of main tasks and fixes it', () => {
    const text = `${TITLE}（国发〔2015〕5号）提出的七项主要任务要逐项落实。`;
    expectFindings(text, [['count-mismatch', '七']]);
    fixClears(text, 'count-mismatch', text.replace('七项', '六项'));
  });
  it('flags five principles and seven main tasks in English', () => {
    expectFindings(`The ${EN_TITLE} set out five basic principles.`, [['count-mismatch', 'five']]);
    expectFindings('GF No. (2015)5 lists seven main tasks.', [['count-mismatch', 'seven']]);
  });
  it('accepts the right counts', () => {
    expectClean('坚持国发〔2015〕5号文件确定的四项基本原则，落实六项主要任务和七项保障措施。');
    expectClean('GF No. (2015)5 has three parts, four basic principles, six main tasks and seven guarantee measures.');
    expectClean('Part III of GF No. (2015)5 lists seven guarantee measures.');
  });
  it('leaves counts not attributed to the Opinion alone', () => {
    expectClean('坚持四项基本原则。本方案提出五项主要任务。');
  });
});

describe('alias-undefined', () => {
  it('hints at a short name used before any citation, with a fix that defines it', () => {
    const text = '《意见》第二部分第（四）项提出要求。';
    expectFindings(text, [['alias-undefined', '《意见》']]);
    fixClears(text, 'alias-undefined', `${TITLE}（国发〔2015〕5号，以下简称《意见》）第二部分第（四）项提出要求。`);
  });
  it('is reported once, at the first use, however often the name is used', () => {
    expectFindings('《意见》第二部分提出要求。《意见》第三部分也提出要求。The Opinions agree.', [
      ['alias-undefined', '《意见》'],
      ['alias-undefined', 'The Opinions'],
    ]);
  });
  it('counts "These Opinions" and "The Opinions" as one name: one hint, at the first', () => {
    expectFindings('The Opinions call for openness. These Opinions also call for security.', [
      ['alias-undefined', 'The Opinions'],
    ]);
  });
  it('is quiet once a citation defines it', () => {
    expectClean(`${TITLE}（国发〔2015〕5号，以下简称《意见》）印发以来，《意见》第二部分第（四）项得到落实。`);
    expectClean(`The ${EN_TITLE} (GF No. (2015)5). The Opinions call for data openness.`);
  });
});

describe('suppression comments', () => {
  it('policy-cite-disable-next-line silences the next line in Markdown and plain text', () => {
    expectClean('<!-- policy-cite-disable-next-line -->\n国发[2015]5号\n');
    expectClean('// policy-cite-disable-next-line\n\n国发[2015]5号\n');
    expectFindings('<!-- policy-cite-disable-next-line misquote -->\n国发[2015]5号\n', [
      ['doc-number-format', '国发[2015]5号'],
    ]);
  });
  it('policy-cite-disable-line and disable/enable blocks', () => {
    expectClean('国发[2015]5号 【policy-cite-disable-line】\n');
    const text = '<!-- policy-cite-disable -->\n国发[2015]5号\n<!-- policy-cite-enable -->\n国发[2015]5号\n';
    assert.equal(run(text).findings.length, 1);
  });
});

describe('positions', () => {
  it('counts UTF-16 code units: an emoji before a citation shifts it by two', () => {
    const text = '😀国发[2015]5号';
    const [f] = run(text).findings;
    assert.deepEqual([f.span.start, f.span.end], [2, 12]);
  });
  it('finds the same citations with CRLF, CR and LF line endings', () => {
    const lf = '第一行\n国发[2015]5号\n《意见》（国发〔2015〕5号）提出的七项主要任务\n';
    const codes = (t: string) => run(t).findings.map((f) => `${f.code}:${t.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(codes(lf.replace(/\n/g, '\r\n')), codes(lf));
    assert.deepEqual(codes(lf.replace(/\n/g, '\r')), codes(lf));
  });
  it('a BOM does not move or hide citations', () => {
    const text = '\ufeff国发[2015]5号';
    const [f] = run(text).findings;
    assert.equal(text.slice(f.span.start, f.span.end), '国发[2015]5号');
  });
});
