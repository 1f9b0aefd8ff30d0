// parseSource: a policy document in the official layout becomes the same structured corpus the bundled Opinion
// has; what cannot be read comes back as problems with their place in the source file.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { indexCorpus } from '../../server/src/core/corpus';
import type { CorpusData, CorpusNode, Lang } from '../../server/src/core/corpus';
import { ParsedSource, parseSource } from '../../server/src/core/source';
import { GBF51, GF40_EN, GF50, fixture } from './helpers';

const langOf = (d: CorpusData): Lang => (d.texts.zh !== undefined ? 'zh' : 'en');
const slice = (d: CorpusData, n: CorpusNode | undefined) =>
  n ? d.texts[langOf(d)]!.slice(...n.range[langOf(d)]!) : undefined;
const node = (d: CorpusData, id: string) => d.nodes.find((n) => n.id === id);
const structure = (d: CorpusData) =>
  d.nodes.filter((n) => ['part', 'section', 'item'].includes(n.kind)).map((n) => [n.id, n.heading?.[langOf(d)] ?? '']);
const problemsOf = (p: ParsedSource, text: string) =>
  p.problems.map((x) => [x.severity, text.slice(x.span.start, x.span.end)]);

/** Every node's range lies in the text; a heading range holds the heading; sentences lie inside their parent. */
function assertSound(d: CorpusData) {
  const lang = langOf(d);
  const text = d.texts[lang]!;
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  assert.equal(byId.size, d.nodes.length, 'node ids are unique');
  for (const n of d.nodes) {
    const r = n.range[lang]!;
    assert.ok(r && r[0] >= 0 && r[0] <= r[1] && r[1] <= text.length, `range of ${n.id}`);
    if (n.headingRange?.[lang])
      assert.equal(text.slice(...n.headingRange[lang]!), n.heading![lang], `heading of ${n.id}`);
    if (n.kind === 'sentence') {
      const p = byId.get(n.parent!)!;
      assert.ok(p, `parent of ${n.id}`);
      assert.ok(p.range[lang]![0] <= r[0] && r[1] <= p.range[lang]![1], `${n.id} inside ${p.id}`);
      assert.ok(text.slice(...r).trim().length > 0);
    }
    if (n.parent && n.kind !== 'sentence') assert.ok(byId.has(n.parent), `parent of ${n.id}`);
  }
  for (const t of d.targets) assert.equal(text.slice(...t.range[lang]), t.text[lang]);
  const { corpus, problems } = indexCorpus(structuredClone(d));
  assert.ok(corpus);
  assert.deepEqual(problems, []);
}

describe('user sources: parsing the official layout', () => {
  it('reads a Markdown notice that issues an outline (国发〔2015〕50号): front matter, issuer and date before the attachment', () => {
    const text = fixture(GF50);
    const { data, problems } = parseSource(text, { fileName: GF50 });
    assert.deepEqual(problems, []);
    assert.ok(data);
    assertSound(data);
    assert.equal(data.meta.title.zh, '国务院关于印发促进大数据发展行动纲要的通知');
    assert.equal(
      data.meta.shortTitle?.zh,
      '促进大数据发展行动纲要',
      'drafts cite the issued document by its own title',
    );
    assert.deepEqual(data.meta.number, {
      zh: '国发〔2015〕50号',
      en: 'GF No. (2015)50',
      agency: '国发',
      year: 2015,
      seq: 50,
    });
    assert.deepEqual(data.meta.date, { iso: '2015-08-31', zh: '2015年8月31日', en: '31 August 2015' });
    assert.equal(data.meta.issuer.zh, '国务院');
    assert.equal(data.files.zh, GF50);
    assert.equal(data.texts.zh, text, 'offsets are offsets in the file as written');
    assert.equal(data.texts.en, undefined);
    assert.deepEqual(structure(data), [
      ['I', '发展形势和重要意义'],
      ['I.1', '大数据成为推动经济转型发展的新动力'],
      ['I.2', '大数据成为重塑国家竞争优势的新机遇'],
      ['I.3', '大数据成为提升政府治理能力的新途径'],
      ['II', '指导思想和总体目标'],
      ['II.1', '指导思想'],
      ['II.2', '总体目标'],
      ['III', '主要任务'],
      ['III.1', '加快政府数据开放共享，推动资源整合，提升治理能力'],
      ['III.1.1', '大力推动政府部门数据共享'],
      ['III.1.2', '稳步推动公共数据资源开放'],
      ['III.2', '推动产业创新发展，培育新兴业态，助力经济转型'],
      ['III.2.1', '发展工业大数据'],
      ['III.2.2', '发展新兴产业大数据'],
      ['III.3', '强化安全保障，提高管理水平，促进健康发展'],
      ['III.3.1', '健全大数据安全保障体系'],
      ['IV', '政策机制'],
      ['IV.1', '完善组织实施机制'],
      ['IV.2', '加快法规制度建设'],
      ['IV.3', '健全市场发展机制'],
      ['IV.4', '建立标准规范体系'],
    ]);
    assert.equal(slice(data, node(data, 'number')), '国发〔2015〕50号');
    assert.equal(slice(data, node(data, 'signature')), '国务院');
    assert.equal(slice(data, node(data, 'date')), '2015年8月31日');
    assert.match(slice(data, node(data, 'addressees'))!, /^各省、自治区、直辖市人民政府，国务院各部委、各直属机构：$/);
    assert.ok(!/^#/.test(slice(data, node(data, 'I'))!), 'Markdown heading marks are not part of the clause');
    assert.deepEqual(
      [node(data, 'III.1.1')!.label, node(data, 'I')!.label],
      [
        { zh: '1.', en: '1.' },
        { zh: '第一部分', en: 'Part I' },
      ],
    );
    // paragraphs under a section, with sentences
    assert.equal(slice(data, node(data, 'II.2.p3')), '到2020年，大数据相关产品和服务业务收入达到1万亿元。');
    assert.ok(data.nodes.some((n) => n.parent === 'II.2.p3' && n.kind === 'sentence'));
    assert.deepEqual(
      data.counts.map((c) => [c.id, c.value, c.clause]),
      [
        ['parts', 4, undefined],
        ['main-tasks', 3, 'III'],
      ],
    );
    assert.deepEqual(
      data.targets.map((t) => [t.year, t.subject.zh, t.comparator, t.value, t.unit, t.clause]),
      [[2020, '大数据相关产品和服务业务收入', 'reach', 1, '万亿元', 'II.2']],
    );
  });

  it('reads a plain-text 国办发 opinion: closing paragraph, principles written as paragraphs, a target with 以上', () => {
    const text = fixture(GBF51);
    const { data, problems } = parseSource(text, { fileName: GBF51 });
    assert.deepEqual(problems, []);
    assert.ok(data);
    assertSound(data);
    assert.equal(data.meta.number.en, 'GBF No. (2015)51');
    assert.equal(data.meta.issuer.zh, '国务院办公厅');
    assert.equal(data.meta.shortTitle?.zh, '关于运用大数据加强对市场主体服务和监管的若干意见');
    assert.match(slice(data, node(data, 'closing'))!, /^各地区、各部门要充分认识/);
    assert.match(slice(data, node(data, 'preamble'))!, /现提出以下意见：$/);
    assert.deepEqual(
      data.counts.map((c) => [c.id, c.value, c.clause]),
      [
        ['parts', 4, undefined],
        ['principles', 4, 'II.2'],
      ],
    );
    assert.deepEqual(
      data.targets.map((t) => [t.year, t.subject.zh, t.comparator, t.value, t.unit, t.clause]),
      [[2017, '公共信用信息覆盖率', 'at-least', 90, '%以上', 'II.3']],
    );
    assert.ok(
      !node(data, 'IV.2')!.range.zh || !slice(data, node(data, 'IV.2'))!.includes('各地区、各部门'),
      'the closing paragraph is not part of the last section',
    );
  });

  it('reads an English translation numbered I. / (1) / 1. / (a)', () => {
    const text = fixture(GF40_EN);
    const { data, problems } = parseSource(text, { fileName: GF40_EN });
    assert.deepEqual(problems, []);
    assert.ok(data);
    assertSound(data);
    assert.equal(data.texts.zh, undefined);
    assert.equal(
      data.meta.title.en,
      'Guiding Opinions of the State Council on Vigorously Moving Forward the "Internet Plus" Action',
    );
    assert.deepEqual(data.meta.number, {
      zh: '国发〔2015〕40号',
      en: 'GF No. (2015)40',
      agency: '国发',
      year: 2015,
      seq: 40,
    });
    assert.deepEqual(data.meta.date, { iso: '2015-07-01', zh: '2015年7月1日', en: '1 July 2015' });
    assert.equal(data.meta.issuer.en, 'State Council');
    assert.deepEqual(structure(data), [
      ['I', 'General requirements'],
      ['I.1', 'Guiding ideology'],
      ['I.2', 'Basic principles'],
      ['I.3', 'Development objectives'],
      ['II', 'Key actions'],
      ['II.1', '"Internet Plus" entrepreneurship and innovation'],
      ['II.1.1', 'Strengthen support for entrepreneurship and innovation'],
      ['II.1.2', 'Vigorously develop crowd-creation spaces'],
      ['II.2', '"Internet Plus" cooperative manufacturing'],
      ['II.2.1', 'Vigorously develop intelligent manufacturing'],
      ['II.2.1.1', 'Build smart factories'],
      ['II.2.1.2', 'Develop networked collaborative manufacturing'],
      ['III', 'Guarantee support'],
      ['III.1', 'Consolidate the network basis'],
      ['III.2', 'Strengthen innovation drivers'],
    ]);
    assert.equal(node(data, 'II.2.1.1')!.label.en, '(a)');
    assert.match(slice(data, node(data, 'addressees'))!, /^The people's governments .* organs:$/);
    assert.deepEqual(
      data.counts.map((c) => [c.id, c.value]),
      [
        ['parts', 3],
        ['principles', 3],
      ],
    );
    assert.deepEqual(
      data.targets.map((t) => [t.year, t.subject.en, t.comparator, t.value, t.unit]),
      [[2018, 'share of online retail sales', 'reach', 15, '%']],
    );
  });

  it('keeps offsets right with CRLF line ends, a number above the title and the organ header line', () => {
    const text = [
      '国务院文件',
      '国发〔2016〕9号',
      '国务院关于某项工作的',
      '指导意见',
      '各省、自治区、直辖市人民政府：',
      '为推进某项工作，提出以下意见。',
      '一、总体要求',
      '（一）指导思想。坚持稳中求进。',
      '（二）主要目标。到2020年，覆盖率达到80%。',
      '二、保障措施',
      '（一）加强组织领导。各部门要加强协调。',
      '（二）强化督促检查。',
      '国务院',
      '2016年2月1日',
      '（此件公开发布）',
      '',
    ].join('\r\n');
    const { data, problems } = parseSource(text);
    assert.deepEqual(problems, []);
    assert.ok(data);
    assertSound(data);
    assert.equal(data.meta.title.zh, '国务院关于某项工作的指导意见', 'a title on two lines');
    assert.equal(data.meta.number.zh, '国发〔2016〕9号');
    assert.equal(data.meta.date.iso, '2016-02-01');
    assert.deepEqual(
      structure(data).map((x) => x[0]),
      ['I', 'I.1', 'I.2', 'II', 'II.1', 'II.2'],
    );
    assert.equal(slice(data, node(data, 'II.2')), '（二）强化督促检查。');
    assert.deepEqual(
      data.counts.map((c) => [c.id, c.value]),
      [
        ['parts', 2],
        ['guarantee-measures', 2],
      ],
    );
  });

  it('reads dates written in Chinese numerals and numbers with the wrong brackets', () => {
    const text =
      '国务院办公厅关于某事的通知\n国办发[2014]12号\n一、总体要求\n（一）指导思想。\n国务院办公厅\n二〇一四年三月五日\n';
    const { data } = parseSource(text);
    assert.ok(data);
    assert.equal(data.meta.number.zh, '国办发〔2014〕12号');
    assert.equal(data.meta.date.iso, '2014-03-05');
  });
});

describe('user sources: problems shown in the source file', () => {
  it('an empty file', () => {
    const p = parseSource('\n  \n');
    assert.equal(p.data, undefined);
    assert.equal(p.problems.length, 1);
    assert.equal(p.problems[0].severity, 'error');
    assert.match(p.problems[0].message.zh, /空的/);
    assert.match(p.problems[0].message.en, /empty/);
  });

  it('no title: the body starts at once', () => {
    const text = '一、总体要求\n（一）指导思想。坚持稳中求进。\n二、保障措施\n';
    const p = parseSource(text);
    assert.equal(p.data, undefined);
    assert.deepEqual(problemsOf(p, text), [['error', '一、总体要求']]);
    assert.match(p.problems[0].message.zh, /找不到标题/);
    assert.match(p.problems[0].message.en, /No title found/);
  });

  it('a file that is not a document (no number, no numbered parts) is not used', () => {
    const text = '# Notes\n\nSome thoughts about sources.\n';
    const p = parseSource(text);
    assert.equal(p.data, undefined);
    assert.deepEqual(problemsOf(p, text), [['error', 'Notes']]);
  });

  it('broken numbering: a skipped part and a repeated section are errors at their lines; the rest is still read', () => {
    const text = fixture(GBF51)
      .replace('三、运用大数据提高', '四、运用大数据提高')
      .replace('（二）提高注册登记', '（一）提高注册登记');
    const p = parseSource(text);
    const spans = p.problems.map((x) => [
      x.severity,
      text.slice(x.span.start, x.span.end),
      text.slice(0, x.span.start).split('\n').length,
    ]);
    assert.deepEqual(spans, [
      ['error', '四、', 15],
      ['error', '（一）', 17],
      ['error', '四、', 18],
    ]);
    assert.match(p.problems[0].message.zh, /编号不连续/);
    assert.match(p.problems[0].message.en, /Numbering skips/);
    assert.match(p.problems[1].message.en, /Numbering goes back/);
    assert.ok(p.data, 'the document is still known: its number, title and text');
    assertSound(p.data);
  });

  it('a section before any part', () => {
    const text = '国务院关于某事的意见\n国发〔2016〕1号\n（一）指导思想。\n一、总体要求\n国务院\n2016年1月1日\n';
    const p = parseSource(text);
    assert.deepEqual(problemsOf(p, text), [['error', '（一）']]);
    assert.match(p.problems[0].message.zh, /第一个“一、”之前/);
  });

  it('no number, no date: warnings and notes, and the document is still used by its title', () => {
    const text = '关于某事的实施意见\n一、总体要求\n（一）指导思想。坚持稳中求进。\n';
    const p = parseSource(text);
    assert.ok(p.data);
    assert.deepEqual(
      p.problems.map((x) => x.severity),
      ['warning', 'information'],
    );
    assert.match(p.problems[0].message.en, /No document number/);
    assert.equal(p.data.meta.number.year, 0);
    assert.equal(p.data.meta.date.iso, '');
  });

  it('never throws, and whatever it builds is sound', () => {
    const pieces = [
      '国务院关于某事的意见',
      '国发〔2016〕1号',
      '一、',
      '二、',
      '（一）',
      '（二）',
      '1.',
      '2.',
      '（1）',
      '到2020年，',
      '达到80%',
      '。',
      '\n',
      '\r\n',
      '# ',
      '**',
      'I. ',
      '(1) ',
      '(a) ',
      'By 2020, the rate is to reach 5%.',
      '国务院',
      '2016年1月1日',
      '',
      ' ',
      '　',
      '各省：',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          const text = parts.join('');
          const p = parseSource(text);
          for (const x of p.problems)
            assert.ok(x.span.start >= 0 && x.span.start <= x.span.end && x.span.end <= text.length);
          if (p.data) assertSound(p.data);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
    for (const bad of [undefined, null, 42, {}] as unknown[])
      assert.ok(Array.isArray(parseSource(bad as string).problems));
  });
});
