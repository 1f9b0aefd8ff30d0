// `policy-cite coverage --format html`: a self-contained report a reviewer opens from disk or mails on — the coverage
// map (every clause a tile coloured by its status, linking to its passages), the matrix and the details; nothing in it
// loads or runs anything, and nothing from a draft can break out of its text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';
import { cli, tempDir } from '../cli/run';

const PLAN = fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');

/** Each tile of the map: its node id, status and link. */
function tiles(html: string): { node: string; status: string; href: string }[] {
  return [...html.matchAll(/<a class="pcmap-node[^"]*" href="([^"]*)" data-node="([^"]*)" data-status="([^"]*)"/g)].map(
    (m) => ({ href: m[1], node: m[2], status: m[3] }),
  );
}

describe('policy-cite coverage --format html', function () {
  this.timeout(60000);
  let dir = '';
  before(() => {
    dir = tempDir({
      'plan.txt': PLAN,
      'evil.md':
        '依据国发〔2015〕5号文件第二部分第（一）项，<script>alert(1)</script>“<img src=x onerror=alert(2)>”。\n',
    });
  });

  it('maps every clause of the outline, coloured as the JSON report counts it, each tile linking to its passages', () => {
    const r = cli(['coverage', '--format', 'html', '--lang', 'zh', 'plan.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(cli(['coverage', '--format', 'json', 'plan.txt'], { cwd: dir }).stdout);
    const t = tiles(r.stdout);
    assert.deepEqual(
      t.map((x) => x.node),
      j.clauses.map((c: any) => c.id),
    );
    for (const c of j.clauses) {
      const status = t.find((x) => x.node === c.id)!.status;
      const expected = c.covered ? 'cited' : c.misCitations.length ? 'miscited' : 'missing';
      assert.equal(status, expected, c.id);
    }
    for (const x of t) assert.ok(r.stdout.includes(`id="${x.href.slice(1)}"`), `${x.href} has a target`);
    assert.match(r.stdout, /<span class="pcmap-label">（四）加强大数据开发与利用<\/span>/);
    assert.match(r.stdout, /<span class="pcmap-group-label">主要任务<\/span> <b class="pcmap-group-count">3\/6<\/b>/);
  });

  it('is self-contained: a policy that forbids loading anything, inline styles, no script, no outside link', () => {
    const html = cli(['coverage', '--format', 'html', 'plan.txt', 'evil.md'], { cwd: dir }).stdout;
    assert.ok(html.startsWith('<!doctype html>'));
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/,
    );
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<img/i.test(html), 'no image element');
    for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) assert.ok(m[1].startsWith('#'), m[1]);
    // the draft's markup is shown as text
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
  });

  it('speaks English with --lang en and writes the file given with -o', () => {
    const out = path.join(dir, 'report.html');
    assert.equal(cli(['coverage', '--format', 'html', '--lang', 'en', '-o', out, 'plan.txt'], { cwd: dir }).code, 0);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>Coverage of GF No\. \(2015\)5<\/title>/);
    assert.match(html, /<span class="pcmap-label">\(4\) Expand the exploitation and use of big data<\/span>/);
  });
});
