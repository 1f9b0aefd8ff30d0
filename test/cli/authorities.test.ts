// `policy-cite authorities` through the built dist/cli.js: the table of authorities a reviewer reads, its JSON, and a
// CSV a spreadsheet opens as it is — over the same fixtures as check and coverage.
import * as assert from 'node:assert/strict';
import { draftForms, GBF51, OPINION } from './fixtures';
import { cli, removeTempDirs, tempDir } from './run';

describe('command line: policy-cite authorities', function () {
  this.timeout(60_000);
  let dir = '';
  before(async () => ({ dir } = await draftForms()));
  after(removeTempDirs);

  it('prints one row per document with every place it is cited, and what is wrong with a citation', () => {
    const r = cli(['authorities', '--lang', 'zh', 'drafts/utf8.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '引用文件清单：drafts/utf8.md');
    assert.equal(lines[2], `国发〔2015〕5号 ${OPINION}  4 处引用`);
    assert.match(lines[3], /^ {2}drafts\/utf8\.md:2:6 +标题和文号 +✓$/);
    assert.match(r.stdout, /^ {2}drafts\/utf8\.md:6:11 +文号 +✗ 文号不符合 GB\/T 9704-2012 的写法$/m);
    assert.match(r.stdout, new RegExp(`^国办发〔2015〕51号 ${GBF51}  1 处引用  —— 不在文件库中$`, 'm'));
    assert.match(r.stdout, /^共引用 2 份文件，其中 1 份不在文件库中；1 处引用有问题。$/m);
  });

  it('knows a document once --sources brings its text', () => {
    const r = cli(['authorities', '--lang', 'en', 'drafts/utf8.md', '--sources', 'sources'], { cwd: dir });
    assert.doesNotMatch(r.stdout, /not in the library/);
    assert.match(r.stdout, /^2 documents cited; 1 citation has problems\.$/m);
  });

  it('merges the drafts: the same document is one row, its citations from every file', () => {
    const j = JSON.parse(cli(['authorities', '-f', 'json', 'drafts'], { cwd: dir }).stdout);
    assert.deepEqual(
      j.documents.map((d: { key: string; inLibrary: boolean }) => [d.key, d.inLibrary]),
      [
        ['gf-2015-5', true],
        ['number:国办发〔2015〕51号', false],
      ],
    );
    assert.equal(j.documents[0].citations.length, 4 * 5, 'four citations in each of the five forms');
    assert.deepEqual(Object.keys(j.documents[0].citations[0]), [
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'text',
      'via',
      'title',
      'number',
      'agree',
      'standardNumber',
      'exactTitle',
      'problems',
    ]);
    assert.deepEqual(j.summary, { documents: 2, notInLibrary: 1, citations: 25, withProblems: 5 });
  });

  it('writes CSV with a BOM and CRLF, one row per document, problems with their places', () => {
    const r = cli(['authorities', '-f', 'csv', '--lang', 'en', 'drafts/utf8.md'], { cwd: dir });
    assert.ok(r.stdout.startsWith('\ufeff"文号 Number"'));
    assert.ok(!/[^\r]\n/.test(r.stdout), 'CRLF rows');
    const rows = r.stdout.slice(1).trimEnd().split('\r\n');
    assert.equal(rows.length, 3);
    assert.match(rows[1], /^"GF No\. \(2015\)5","""Opinions concerning .*","yes","4",/);
    assert.match(rows[1], /drafts\/utf8\.md:6:11 国发\[2015\]5号: number not in GB\/T 9704-2012 form"$/);
    assert.match(rows[2], new RegExp(`^"国办发〔2015〕51号","${GBF51}","no","1"`));
  });

  it('lists a title with another number under the document the title names, as disagreeing', () => {
    const d = tempDir({ 'x.md': `依据${OPINION}（国发〔2015〕6号）。\n` });
    const j = JSON.parse(cli(['authorities', '-f', 'json', 'x.md'], { cwd: d }).stdout);
    assert.equal(j.documents.length, 1);
    assert.deepEqual(
      [j.documents[0].key, j.documents[0].citations[0].agree, j.documents[0].citations[0].number],
      ['gf-2015-5', false, '国发〔2015〕6号'],
    );
  });

  it('says so when a draft cites no document', () => {
    const d = tempDir({ 'none.md': '本方案第三部分提出五项主要任务。\n' });
    const r = cli(['authorities', 'none.md'], { cwd: d });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /未引用任何文件。\n$/);
  });
});
