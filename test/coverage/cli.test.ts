// `policy-cite coverage` through the built dist/cli.js: the table, the JSON shape, and a CSV response matrix that a
// spreadsheet opens as it is (BOM, CRLF, every field quoted).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';
import { cli, tempDir } from '../cli/run';

const PLAN = fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');
/** A second file of the same plan: answers a task the plan leaves out, in a line with a comma, quotes and a leading "-". */
const ANNEX = [
  '# 附件：任务分工',
  '',
  '- 落实国发〔2015〕5号文件第二部分第（二）项，由市科技局、市经信委负责，“自主创新”专项。',
  '',
].join('\n');

/** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    i = 0,
    quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      quoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    }
    field += c;
    i++;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('policy-cite coverage (dist/cli.js)', function () {
  this.timeout(60000);
  // Made in a hook, not at load time: the CLI suite removes every folder tempDir made when it finishes.
  let dir = '';
  before(() => {
    dir = tempDir({ 'plan.txt': PLAN, 'annex.md': ANNEX });
  });

  it('prints JSON: the document, and per clause its heading and the citations with file, line and column', () => {
    const r = cli(['coverage', '--format', 'json', 'plan.txt', 'annex.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.document.id, 'gf-2015-5');
    assert.equal(j.document.number, '国发〔2015〕5号');
    assert.deepEqual(j.files, ['plan.txt', 'annex.md']);
    const byId = new Map<string, any>(j.clauses.map((c: any) => [c.id, c]));
    assert.equal(j.clauses.length, 3 + 16 + 4 + 7 + 7);
    const ii4 = byId.get('II.4');
    assert.equal(ii4.heading, '（四）加强大数据开发与利用');
    assert.equal(ii4.headings.en, '(4) Expand the exploitation and use of big data');
    const line = PLAN.split('\n').findIndex((l) => l.includes('第二部分第（四）项'));
    assert.deepEqual(ii4.citations, [
      {
        file: 'plan.txt',
        line: line + 1,
        column: PLAN.split('\n')[line].indexOf('第二部分第（四）项') + 1,
        via: 'clause',
        nodeId: 'II.4',
      },
    ]);
    // the annex answers II.2, which the plan alone leaves out
    assert.deepEqual(
      byId.get('II.2').citations.map((c: any) => [c.file, c.line]),
      [['annex.md', 3]],
    );
    assert.equal(byId.get('II.5').covered, false);
    assert.deepEqual(
      byId.get('II.5').misCitations.map((c: any) => c.code),
      ['clause-title-mismatch'],
    );
    assert.deepEqual(j.groups.find((g: any) => g.id === 'main-tasks').missing, ['II.5', 'II.6']);
  });

  it('writes a CSV response matrix: BOM, CRLF, quoted fields, one row per clause', () => {
    const r = cli(['coverage', '--format', 'csv', '--lang', 'zh', 'plan.txt', 'annex.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\ufeff"'), 'UTF-8 BOM, then a quoted field');
    assert.ok(!/[^\r]\n/.test(r.stdout), 'every line ends in CRLF');
    const rows = parseCsv(r.stdout.slice(1));
    assert.equal(rows[0].length, 8);
    assert.ok(rows.every((x) => x.length === 8));
    assert.equal(rows.length, 1 + 37);
    assert.match(rows[0][0], /编号/);
    const row = (id: string) => rows.find((x) => x[0] === id)!;
    assert.deepEqual(row('II.4').slice(1, 5), ['条目', '  （四）加强大数据开发与利用', '已覆盖', '1']);
    assert.equal(row('III.7')[3], '未覆盖');
    assert.equal(row('II.6')[3], '仅有误引');
    assert.match(row('II.6')[7], /^plan\.txt:\d+:\d+ clause-title-mismatch: /);
    // the draft's line keeps its comma and its quotes inside one cell
    assert.equal(
      row('II.2')[6],
      '落实国发〔2015〕5号文件第二部分第（二）项，由市科技局、市经信委负责，“自主创新”专项。',
    );
    assert.equal(row('II.2')[5], `annex.md:3:${ANNEX.split('\n')[2].indexOf('第二部分') + 1}`);
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    const d = tempDir({ 'f.txt': '=HYPERLINK("x")依据国发〔2015〕5号文件第二部分第（一）项。\n' });
    const rows = parseCsv(cli(['coverage', '--format', 'csv', 'f.txt'], { cwd: d }).stdout.slice(1));
    const cell = rows.find((x) => x[0] === 'II.1')![6];
    assert.ok(cell.startsWith("'="), cell);
  });

  it('prints a table with a mark per clause and the counts a reviewer wants', () => {
    const r = cli(['coverage', '--lang', 'en', 'plan.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^✓ +II\.4 +\(4\) Expand the exploitation and use of big data +1 {2}plan\.txt:\d+:\d+$/m);
    assert.match(r.stdout, /^Coverage of GF No\. \(2015\)5 /);
    assert.match(r.stdout, /^✗ +II\.2 /m);
    assert.match(r.stdout, /^! +II\.6 .*mis-cited plan\.txt/m);
    assert.match(r.stdout, /^main tasks: 3\/6 \(not covered: II\.2, II\.5, II\.6\)$/m);
  });

  it('reads folders, writes to a file with -o, and fails with 2 on bad usage or a missing file', () => {
    const out = path.join(dir, 'matrix.csv');
    assert.equal(cli(['coverage', '--format', 'csv', '-o', out, '.'], { cwd: dir }).code, 0);
    assert.ok(fs.readFileSync(out, 'utf8').startsWith('\ufeff'));
    assert.equal(cli(['coverage', '--format', 'xml', 'plan.txt'], { cwd: dir }).code, 2);
    assert.equal(cli(['coverage'], { cwd: dir }).code, 2);
    const missing = cli(['coverage', 'nope.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt/);
  });
});
