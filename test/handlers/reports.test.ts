// The whole-draft requests behind the client's status bar item, table of authorities and CSV export, called on a
// session state: each answers from the draft's analysis, in the draft's or the UI's language, and null for what it
// does not check.
import * as assert from 'node:assert/strict';
import { didOpen } from '../../server/src/lsp/documents';
import { authoritiesOf, coverageCsvOf, statusOf } from '../../server/src/lsp/reports';
import { COVERAGE_WRITERS, coverageOfDraft, mergeCoverage } from '../../server/src/cli/coverage';
import { analyze } from '../../server/src/core/analyze';
import { lib } from '../helpers/corpus';
import { CORPUS_BASE, DRAFT, fakeSession, posOf } from './fake';

const URI = 'file:///drafts/plan.txt';
const open = async (text = DRAFT, opts: Parameters<typeof fakeSession>[0] = {}, uri = URI) => {
  const f = await fakeSession(opts);
  didOpen(f.s, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  return f;
};

describe('handlers: policyCite/status (the status bar item)', () => {
  it('counts the citations of the Opinion and the problems by severity, the number as the draft writes it', async () => {
    const { s } = await open();
    const st = statusOf(s, { uri: URI })!;
    assert.deepEqual(
      st.documents.map((d) => [d.docId, d.number]),
      [['gf-2015-5', '国发〔2015〕5号']],
    );
    // 《…》（国发〔2015〕5号…）, two 《意见》, two clause references with their quoted headings, 国发[2015]5号
    assert.ok(st.citations >= 5, `citations: ${st.citations}`);
    assert.equal(st.citations, st.documents[0].citations);
    assert.deepEqual(st.problems, { error: 1, warning: 1, information: 0, hint: 0 });
  });

  it('writes the English number for an English draft', async () => {
    const text = 'Part II, Section (4) of the Opinions (GF No. (2015)5) calls for open data.';
    const { s } = await open(text);
    assert.equal(statusOf(s, { uri: URI })!.documents[0]?.number, 'GF No. (2015)5');
  });

  it('says a draft cites nothing (the item hides), and answers null for a document never opened or a source text', async () => {
    const { s } = await open('某某市云计算工作总结。今年完成了三项任务。');
    assert.deepEqual(statusOf(s, { uri: URI }), {
      uri: URI,
      documents: [],
      citations: 0,
      problems: { error: 0, warning: 0, information: 0, hint: 0 },
    });
    assert.equal(statusOf(s, { uri: 'file:///never.txt' }), null);
    didOpen(s, {
      textDocument: { uri: `${CORPUS_BASE}gf-2015-5.zh.txt`, languageId: 'plaintext', version: 1, text: '' },
    });
    assert.equal(statusOf(s, { uri: `${CORPUS_BASE}gf-2015-5.zh.txt` }), null);
  });

  it('does not count a restated passage or an unattributed quotation as a citation', async () => {
    // The Opinion's words restated without a citation (an echo) cite nothing.
    const { s } = await open('我市将“推动公共数据开放”，这是我们自己的提法。');
    assert.equal(statusOf(s, { uri: URI })!.citations, 0);
  });
});

describe('handlers: policyCite/authorities (the table of authorities)', () => {
  it('lists each cited document once, known or not, with each citation, its range and what is wrong with it', async () => {
    const text = [
      '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）和',
      '《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号），制定本方案。',
      '参照国发[2015]5号文件。',
    ].join('\n');
    const { s } = await open(text, { locale: 'zh-cn' });
    const r = authoritiesOf(s, { uri: URI })!;
    assert.equal(r.lang, 'zh');
    assert.deepEqual(
      r.documents.map((d) => [d.number, d.inLibrary]),
      [
        ['国发〔2015〕5号', true],
        ['国发〔2015〕40号', false],
      ],
    );
    const opinion = r.documents[0];
    assert.deepEqual(opinion.citations[0].range.start, posOf(text, '《国务院关于促进', 0));
    assert.equal(opinion.citations[0].via, 'title+number');
    assert.deepEqual(opinion.citations[0].problems, []);
    const bracketed = opinion.citations.find((c) => c.text === '国发[2015]5号')!;
    assert.equal(bracketed.standardNumber, false);
    assert.deepEqual(bracketed.problems, ['文号不符合 GB/T 9704-2012 的写法']);
    assert.equal(bracketed.uri, URI);
    assert.match(r.documents[1].title, /互联网\+/);
  });

  it("writes number and title in the draft's language and what is wrong in the UI's", async () => {
    const { s } = await open('参照国发[2015]5号文件。', { locale: 'en-us' });
    const r = authoritiesOf(s, { uri: URI })!;
    assert.equal(r.lang, 'en');
    assert.equal(r.documents[0].number, '国发〔2015〕5号');
    assert.match(r.documents[0].title, /^国务院关于促进云计算/);
    assert.match(r.documents[0].citations[0].problems[0], /GB\/T 9704/);
    assert.doesNotMatch(r.documents[0].citations[0].problems[0], /[\u4e00-\u9fff]/);
    const en = await open('The Opinions (GF No. (2015)5) call for open data.', { locale: 'zh-cn' });
    assert.equal(authoritiesOf(en.s, { uri: URI })!.documents[0].number, 'GF No. (2015)5');
  });

  it('answers null for a document never opened', async () => {
    const { s } = await open();
    assert.equal(authoritiesOf(s, { uri: 'file:///never.txt' }), null);
  });
});

describe('handlers: policyCite/coverageCsv (the response matrix)', () => {
  it('writes the bytes `policy-cite coverage --format csv` writes for the same draft', async () => {
    const { s } = await open(DRAFT, { locale: 'zh-cn' });
    const r = coverageCsvOf(s, { uri: URI })!;
    const cli = COVERAGE_WRITERS.csv({
      ...mergeCoverage([coverageOfDraft('plan.txt', analyze(DRAFT, lib()), lib())!]),
      files: ['plan.txt'],
      lang: 'zh',
    });
    assert.equal(r.csv, cli);
    assert.deepEqual(r.files, ['plan.txt']);
    assert.equal(r.fileName, '对照表-国发〔2015〕5号.csv');
    assert.deepEqual(r.document, { id: 'gf-2015-5', number: '国发〔2015〕5号' });
  });

  it('answers null for a document never opened', async () => {
    const { s } = await open();
    assert.equal(coverageCsvOf(s, { uri: 'file:///never.txt' }), null);
  });
});
