// Drafts that cite several documents side by side: each citation resolves to its own source by number, title or
// alias, every cross-check applies to every source, and documents that are not among the sources raise nothing.
import * as assert from 'node:assert/strict';
import { hoverMarkdown, targetOf } from '../../server/src/core/features';
import { libraryWithSources } from '../../server/src/core/source';
import { lib as bundled } from '../helpers/corpus';
import { GBF51, GF50, ID, docsOf, findingsOf, fixture, runWith, sourcesLib } from './helpers';

const GF5_TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const GBF51_TITLE = '《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》';

describe('user sources: drafts citing several documents', () => {
  it('resolves numbers, titles and aliases to the right document, side by side', () => {
    const text = `根据${GF5_TITLE}（国发〔2015〕5号，以下简称《意见》）和《促进大数据发展行动纲要》（国发〔2015〕50号，以下简称《纲要》），以及${GBF51_TITLE}（国办发〔2015〕51号），制定本方案。《意见》和《纲要》均强调数据开放。`;
    assert.deepEqual(docsOf(text), [
      [GF5_TITLE, ID.gf5],
      ['国发〔2015〕5号', ID.gf5],
      ['《促进大数据发展行动纲要》', ID.gf50],
      ['国发〔2015〕50号', ID.gf50],
      [GBF51_TITLE, ID.gbf51],
      ['国办发〔2015〕51号', ID.gbf51],
      ['《意见》', ID.gf5],
      ['《纲要》', ID.gf50],
    ]);
    assert.deepEqual(findingsOf(text), []);
  });

  it('scopes an alias to the citation that defines it, and a later definition takes over', () => {
    const text = [
      `《促进大数据发展行动纲要》（国发〔2015〕50号，以下简称《纲要》）第三部分（一）“加快政府数据开放共享，推动资源整合，提升治理能力”。`,
      `${GBF51_TITLE}（国办发〔2015〕51号，以下简称《纲要》）第二部分（二）“基本原则”。`,
      `《纲要》第四部分（一）“健全事中事后监管机制”。`,
    ].join('\n');
    const a = runWith(text);
    const aliases = a.citations.filter((c) => c.kind === 'doc' && c.form === 'alias').map((c) => c.docId);
    assert.deepEqual(aliases, [ID.gbf51]);
    const clauses = a.citations
      .filter((c) => c.kind === 'clause')
      .map((c) => [c.docId, c.kind === 'clause' && c.nodeId]);
    assert.deepEqual(clauses, [
      [ID.gf50, 'III.1'],
      [ID.gbf51, 'II.2'],
      [ID.gbf51, 'II.2'],
      [ID.gbf51, 'IV.1'],
    ]); // 基本原则 is also a named clause
    assert.deepEqual(a.findings, []);
  });

  it('applies every cross-check to a user source', () => {
    const cases: [string, [string, string][]][] = [
      // doc-number-format
      ['《促进大数据发展行动纲要》（国发[2015]50号）', [['doc-number-format', '国发[2015]50号']]],
      // doc-number-mismatch: a source's title with another number, and a known number with another title
      ['《促进大数据发展行动纲要》（国发〔2015〕5号）', [['doc-number-mismatch', '国发〔2015〕5号']]],
      ['《国务院关于积极推进大数据发展的意见》（国办发〔2015〕51号）', [['doc-number-mismatch', '国办发〔2015〕51号']]],
      // title-mismatch: a near title of the 国办发 opinion
      [
        '《国务院办公厅关于运用大数据加强市场主体服务和监管的若干意见》提出加强监管。',
        [['title-mismatch', '国务院办公厅关于运用大数据加强市场主体服务和监管的若干意见']],
      ],
      // date-mismatch
      ['国务院于2015年9月5日印发《促进大数据发展行动纲要》。', [['date-mismatch', '2015年9月5日']]],
      // unknown-clause and clause-title-mismatch
      ['国发〔2015〕50号第五部分要求加强统筹。', [['unknown-clause', '第五部分']]],
      ['国发〔2015〕50号第三部分（四）要求加强安全。', [['unknown-clause', '第三部分（四）']]],
      [
        '国发〔2015〕50号第三部分（二）“加快政府数据开放共享，推动资源整合，提升治理能力”。',
        [['clause-title-mismatch', '第三部分（二）“加快政府数据开放共享，推动资源整合，提升治理能力”']],
      ],
      // misquote
      ['《促进大数据发展行动纲要》指出“大力推动政府部门数据开放”。', [['misquote', '“大力推动政府部门数据开放”']]],
      // target-mismatch: figure, direction, year
      ['国办发〔2015〕51号提出，到2017年公共信用信息覆盖率达到80%以上。', [['target-mismatch', '80']]],
      ['国办发〔2015〕51号提出，到2017年公共信用信息覆盖率达到90%以下。', [['target-mismatch', '以下']]],
      ['国办发〔2015〕51号提出，到2018年公共信用信息覆盖率达到90%以上。', [['target-mismatch', '2018']]],
      // count-mismatch
      ['国办发〔2015〕51号提出五项基本原则。', [['count-mismatch', '五']]],
      ['国发〔2015〕50号共五个部分。', [['count-mismatch', '五']]],
      ['国发〔2015〕50号部署了四项主要任务。', [['count-mismatch', '四']]],
    ];
    for (const [text, expected] of cases) assert.deepEqual(findingsOf(text), expected, text);
  });

  it('raises nothing on correct citations of user sources', () => {
    const clean = [
      '《促进大数据发展行动纲要》（国发〔2015〕50号）第三部分（一）“加快政府数据开放共享，推动资源整合，提升治理能力”。',
      '国务院于2015年8月31日印发《促进大数据发展行动纲要》。',
      '《促进大数据发展行动纲要》指出“稳步推动公共数据资源开放”。',
      '国办发〔2015〕51号提出，到2017年公共信用信息覆盖率达到90%以上。',
      '国办发〔2015〕51号提出四项基本原则。国发〔2015〕50号共四个部分，部署了三项主要任务。',
      '根据国办发〔2015〕51号，到2017年我市公共信用信息覆盖率达到95%以上。',
      '《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）提出“互联网+”。',
    ];
    for (const text of clean) assert.deepEqual(findingsOf(text), [], text);
  });

  it('checks an English draft against an English source, and leaves a translated quote of a Chinese-only source alone', () => {
    const title = 'Guiding Opinions of the State Council on Vigorously Moving Forward the "Internet Plus" Action';
    assert.deepEqual(docsOf(`The ${title} (GF No. (2015)40) matters.`), [
      [title, ID.gf40],
      ['GF No. (2015)40', ID.gf40],
    ]);
    assert.deepEqual(
      findingsOf('GF No. (2015)40 states that by 2018 the share of online retail sales is to reach 20%.'),
      [['target-mismatch', '20']],
    );
    assert.deepEqual(findingsOf('GF No. (2015)40, Part II, Section (3) covers manufacturing.'), [
      ['unknown-clause', 'Part II, Section (3)'],
    ]);
    assert.deepEqual(findingsOf('GF No. (2015)40 has four parts.'), [['count-mismatch', 'four']]);
    assert.deepEqual(findingsOf('GF No. (2015)40 calls on all to "persist in openness and sharing".'), []);
    assert.deepEqual(findingsOf('GF No. (2015)40 calls on all to "persist in closedness".'), [
      ['misquote', '"persist in closedness"'],
    ]);
    assert.deepEqual(
      findingsOf('GF No. (2015)50 says "vigorously promote government data sharing".'),
      [],
      'the 纲要 is known in Chinese only',
    );
  });

  it('fixes a wrong English date written month first in the month of the right date, not always January', () => {
    const fixOf = (text: string) =>
      runWith(text).findings.map((f) => [f.code, text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText]);
    assert.deepEqual(fixOf('GF No. (2015)40 was issued on July 2, 2015.'), [
      ['date-mismatch', 'July 2, 2015', 'July 1, 2015'],
    ]);
    assert.deepEqual(fixOf('GF No. (2015)40 was issued on 2 July 2015.'), [
      ['date-mismatch', '2 July 2015', '1 July 2015'],
    ]);
    assert.deepEqual(fixOf('The Opinions (GF No. (2015)5) were issued on February 6, 2015.'), [
      ['date-mismatch', 'February 6, 2015', 'January 6, 2015'],
    ]);
  });

  it('raises nothing for a number or title that matches no known source, and says so on hover', () => {
    const text = '参见国发〔2016〕99号和《国务院关于某某工作的意见》，以及国办发〔2015〕52号。';
    assert.deepEqual(findingsOf(text), []);
    const a = runWith(text);
    const unknown = a.citations.find(
      (c) => c.kind === 'doc' && text.slice(c.span.start, c.span.end) === '国发〔2016〕99号',
    )!;
    assert.equal(unknown.docId, null);
    for (const uiLang of ['zh', 'en'] as const) {
      const md = hoverMarkdown(sourcesLib(), unknown, { hoverLanguage: 'both', uiLang })!;
      assert.match(md, /\.policy-cite\/sources\//);
      assert.match(md, /policyCite\.sources/);
      assert.match(md, uiLang === 'zh' ? /不在已知来源/ : /not among the known sources/);
    }
  });

  it('hovers and jumps into a user source', () => {
    const text = '国发〔2015〕50号第三部分（一）要求共享。';
    const a = runWith(text);
    const doc = a.citations.find((c) => c.kind === 'doc')!;
    const md = hoverMarkdown(sourcesLib(), doc, { hoverLanguage: 'both', uiLang: 'zh' })!;
    assert.match(md, /国务院关于印发促进大数据发展行动纲要的通知/);
    assert.match(md, /国发〔2015〕50号/);
    assert.match(md, /第四部分 政策机制/);
    const clause = a.citations.find((c) => c.kind === 'clause')!;
    const cmd = hoverMarkdown(sourcesLib(), clause, { hoverLanguage: 'both', uiLang: 'zh' })!;
    assert.match(cmd, /第三部分 主要任务 › （一）加快政府数据开放共享/);
    const t = targetOf(sourcesLib(), clause)!;
    assert.equal(t.corpus.id, ID.gf50);
    assert.equal(t.lang, 'zh');
    assert.match(fixture(GF50).slice(t.range[0], t.range[1]), /^（一）加快政府数据开放共享/);
  });

  it('keeps the bundled Opinion when a source claims its number, and uses the first of two files with the same number', () => {
    const copy = fixture(GBF51).replace('国办发〔2015〕51号', '国发〔2015〕5号');
    const { lib, sources } = libraryWithSources(bundled(), [
      { key: 'b.txt', text: fixture(GBF51) },
      { key: 'a.txt', text: fixture(GBF51) },
      { key: 'c.txt', text: copy },
    ]);
    assert.deepEqual(
      sources.map((s) => [s.key, s.status]),
      [
        ['a.txt', 'used'],
        ['b.txt', 'duplicate'],
        ['c.txt', 'bundled'],
      ],
    );
    assert.equal(lib.corpora[0].id, 'gf-2015-5');
    assert.equal(lib.defaultId, 'gf-2015-5');
    assert.match(sources[1].problems.at(-1)!.message.en, /already comes from another source file \(a\.txt\)/);
    assert.match(sources[2].problems.at(-1)!.message.zh, /已内置/);
    assert.deepEqual(docsOf('国发〔2015〕5号', lib), [['国发〔2015〕5号', 'gf-2015-5']]);
  });

  it('a broken source does not take the others down', () => {
    const { lib, sources } = libraryWithSources(bundled(), [
      { key: 'broken.md', text: '一、总体要求\n（一）指导思想。\n' },
      { key: GF50, text: fixture(GF50) },
    ]);
    assert.deepEqual(
      sources.map((s) => [s.key, s.status]),
      [
        ['broken.md', 'unparsed'],
        [GF50, 'used'],
      ],
    );
    assert.deepEqual(
      lib.corpora.map((c) => c.id),
      ['gf-2015-5', ID.gf50],
    );
    assert.deepEqual(findingsOf('国发〔2015〕50号共五个部分；国发〔2015〕5号共三个部分。', lib), [
      ['count-mismatch', '五'],
    ]);
  });
});
