// The web page's engine (web/src/worker/engine.ts), run in Node: the page's worker answers with what the command line
// and the editor answer — the same findings, hover text, safe fixes, response matrix and coverage report — and answers
// nothing about a text it no longer holds.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../../web/src/worker/engine';
import { cli, findingLines, tempDir } from '../cli/run';
import { ROOT } from '../helpers/corpus';
import { FIXTURES, GF50 } from '../sources/helpers';

const ZH = fs.readFileSync(path.join(ROOT, 'examples', 'draft-zh.md'), 'utf8');
const EN = fs.readFileSync(path.join(ROOT, 'examples', 'draft-en.md'), 'utf8');
const PLAN = fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');

/** 1-based line and column in code points, as the command line prints them. */
function place(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, [...before[before.length - 1]].length + 1];
}

describe('web page engine (the worker, in Node)', function () {
  this.timeout(60000);

  it('finds what the command line finds, at the same places, with its severities and messages', () => {
    for (const [name, text] of [
      ['draft-zh.md', ZH],
      ['draft-en.md', EN],
    ]) {
      const r = new Engine().check(text, 1, name);
      const expected = findingLines(cli(['check', '--lang', 'en', path.join('examples', name)], { cwd: ROOT }).stdout);
      assert.deepEqual(
        r.findings.map((f) => [...place(text, f.from), f.severity, f.code, f.message.en]),
        expected.map((f) => [f.line, f.column, f.severity, f.code, f.message]),
      );
      assert.equal(r.counts.error, expected.filter((f) => f.severity === 'error').length);
    }
  });

  it('lists the citations to highlight: documents, clauses and attributed quotations, known or not', () => {
    const text = '按照国发〔2015〕5号第二部分第（四）项，参照国发〔2015〕50号，他说“你好”。';
    const r = new Engine().check(text, 1, 'a.txt');
    assert.deepEqual(
      r.citations.map((c) => [text.slice(c.from, c.to), c.kind, c.known]),
      [
        ['国发〔2015〕5号', 'doc', true],
        ['第二部分第（四）项', 'clause', true],
        ['国发〔2015〕50号', 'doc', false],
      ],
    );
  });

  it('hovers a clause citation with the clause in Chinese and English, and nothing for a text it no longer holds', () => {
    const e = new Engine();
    const text = '落实国发〔2015〕5号第二部分第（四）项。';
    e.check(text, 7, 'a.txt');
    const h = e.hover(7, text.indexOf('第（四）项'), 'zh')!;
    assert.equal(text.slice(h.from, h.to), '第二部分第（四）项');
    assert.match(h.markdown, /（四）加强大数据开发与利用/);
    assert.match(h.markdown, /Expand the exploitation and use of big data/);
    assert.equal(e.hover(8, text.indexOf('第（四）项'), 'zh'), null);
    assert.equal(e.hover(7, 0, 'zh'), null, 'no citation at the first character');
  });

  it('"Fix all" gives the safe fixes only, without overlaps; applied, they leave no safe fix behind', () => {
    const e = new Engine();
    const r = e.check(ZH, 1, 'draft-zh.md');
    const safe = r.findings.filter((f) => f.fixes.some((x) => x.safe)).length;
    assert.equal(r.safeFixes, safe);
    assert.ok(safe >= 3);
    const edits = e.fixAll(1);
    let fixed = ZH;
    for (const x of [...edits].sort((a, b) => b.from - a.from))
      fixed = fixed.slice(0, x.from) + x.insert + fixed.slice(x.to);
    assert.ok(fixed.includes('国发〔2015〕5号文件，本省'));
    const again = e.check(fixed, 2, 'draft-zh.md');
    assert.equal(again.safeFixes, 0);
    assert.ok(
      again.findings.some((f) => f.code === 'unknown-clause'),
      'what has no safe fix stays',
    );
    assert.deepEqual(e.fixAll(1), [], 'nothing for a version it no longer holds');
  });

  it('writes the same response matrix (CSV) and coverage report (HTML) as policy-cite coverage', () => {
    const dir = tempDir({ 'plan.txt': PLAN });
    const e = new Engine();
    e.check(PLAN, 3, 'plan.txt');
    assert.equal(e.coverageView(3, 'zh')!.groups.find((g) => g.id === 'main-tasks')!.covered, 3);
    for (const lang of ['zh', 'en'] as const) {
      assert.equal(
        e.csv(3, lang),
        cli(['coverage', '--format', 'csv', '--lang', lang, 'plan.txt'], { cwd: dir }).stdout,
      );
      assert.equal(
        e.report(3, lang),
        cli(['coverage', '--format', 'html', '--lang', lang, 'plan.txt'], { cwd: dir }).stdout,
      );
    }
    // the page's map: passages are buttons that carry their place in the draft
    const v = e.coverageView(3, 'en')!;
    const m =
      /<button type="button" class="pcmap-hit" data-file="plan\.txt" data-offset="(\d+)" data-length="(\d+)"/.exec(
        v.detailsHtml,
      )!;
    assert.ok(m, 'a passage button');
    assert.ok(PLAN.slice(Number(m[1]), Number(m[1]) + Number(m[2])).length > 0);
  });

  it('takes the user’s sources: their citations become known, with hovers; a file that is not a document says why', () => {
    const e = new Engine();
    const statuses = e.setSources([
      { name: GF50, text: fs.readFileSync(path.join(FIXTURES, GF50), 'utf8') },
      { name: 'notes.txt', text: '随便写的几句话。' },
    ]);
    assert.deepEqual(
      statuses.map((s) => [s.name, s.status]),
      [
        [GF50, 'used'],
        ['notes.txt', 'unparsed'],
      ],
    );
    assert.equal(statuses[0].number, '国发〔2015〕50号');
    assert.ok(statuses[1].problems.length > 0);
    const text = '参照《促进大数据发展行动纲要》（国发〔2015〕50号）。';
    const r = e.check(text, 1, 'a.txt');
    const c = r.citations.find((x) => text.slice(x.from, x.to) === '国发〔2015〕50号')!;
    assert.equal(c.known, true);
    assert.match(e.hover(1, c.from + 1, 'zh')!.markdown, /促进大数据发展行动纲要/);
  });
});
