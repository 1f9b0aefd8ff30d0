// The language server over the real protocol: start dist/server.js --stdio and check what an editor sees.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../helpers/corpus';
import { LspClient } from '../helpers/lsp';

const DRAFT = [
  '某某市云计算行动计划',
  '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本计划。',
  '落实《意见》第二部分（四）“加强大数据开发与利用”。',
  '落实《意见》第二部分（五）“提升安全保障能力”。',
  '参照国发[2015]5号文件。',
].join('\n');

function posOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at + delta);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function sourceLines(uri: string): string[] {
  return fs.readFileSync(fileURLToPath(uri), 'utf8').split('\n');
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let lsp: LspClient;
  const uri = 'file:///tmp/policy-cite-test/draft.txt';

  before(async () => {
    lsp = new LspClient();
    const init = await lsp.initialize({ locale: 'en' });
    assert.ok(
      init.capabilities.hoverProvider && init.capabilities.definitionProvider && init.capabilities.codeActionProvider,
    );
  });
  after(async () => lsp.close());

  it('publishes diagnostics with codes, the policy-cite source and related information', async () => {
    lsp.open(uri, DRAFT);
    const diags = await lsp.waitDiagnostics(uri, 1);
    assert.deepEqual(
      diags.map((d) => [d.code, d.range.start.line]),
      [
        ['clause-title-mismatch', 3],
        ['doc-number-format', 4],
      ],
    );
    assert.ok(diags.every((d) => d.source === 'policy-cite'));
    const rel = diags[0].relatedInformation!;
    assert.ok(rel.length >= 1);
    assert.ok(rel[0].location.uri.endsWith('/corpus/gf-2015-5.zh.txt'));
    assert.ok(fs.existsSync(fileURLToPath(rel[0].location.uri)));
    assert.match(diags[0].message, /Enhance security protection capabilities|提升安全保障能力/);
  });

  it('hovers a clause reference with its place and its text in both languages', async () => {
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri },
      position: posOf(DRAFT, '第二部分（四）', 2),
    });
    const md: string = h.contents.value;
    assert.match(md, /第二部分 主要任务 › （四）加强大数据开发与利用/);
    assert.match(md, /充分发挥云计算对数据资源的集聚作用/);
    assert.match(md, /Expand the exploitation and use of big data/);
    assert.match(md, /Fully give rein to the collecting role of cloud computing/);
    assert.doesNotMatch(md, /统筹布局云计算基础设施/); // one clause, not the outline
  });

  it('hovers the document number with title, number, date and issuer', async () => {
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri },
      position: posOf(DRAFT, '国发〔2015〕5号', 3),
    });
    const md: string = h.contents.value;
    for (const s of [
      '国务院关于促进云计算创新发展培育信息产业新业态的意见',
      '国发〔2015〕5号',
      'GF No. (2015)5',
      '2015年1月6日',
      '国务院',
      'State Council',
    ])
      assert.ok(md.includes(s), s);
  });

  it('goes to the clause in the shipped Chinese source text', async () => {
    const loc = await lsp.request('textDocument/definition', {
      textDocument: { uri },
      position: posOf(DRAFT, '第二部分（四）', 3),
    });
    assert.ok(loc.uri.startsWith('file:'));
    const lines = sourceLines(loc.uri);
    assert.equal(lines[loc.range.start.line], '(四)加强大数据开发与利用。');
    assert.match(lines[loc.range.start.line + 1], /^充分发挥云计算对数据资源的集聚作用/);
  });

  it('goes to the English text for an English citation', async () => {
    const en = 'file:///tmp/policy-cite-test/notes.md';
    const text =
      'The Opinions (GF No. (2015)5) matter.\n\nPart II, Section (6) ("Enhance security protection capabilities") covers security.\n';
    lsp.open(en, text, 'markdown');
    assert.deepEqual(await lsp.waitDiagnostics(en, 1), []);
    const loc = await lsp.request('textDocument/definition', {
      textDocument: { uri: en },
      position: posOf(text, 'Part II, Section (6)', 5),
    });
    assert.ok(loc.uri.endsWith('/corpus/gf-2015-5.en.txt'));
    assert.equal(sourceLines(loc.uri)[loc.range.start.line], '(6) Enhance security protection capabilities.');
  });

  it("offers quick fixes from the diagnostic's data, both ways for a clause-title mismatch", async () => {
    const diags = await lsp.waitDiagnostics(uri, 1);
    const d = diags.find((x) => x.code === 'clause-title-mismatch')!;
    const actions = await lsp.request('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const edits = actions.map((a: any) => a.edit.changes[uri][0].newText);
    assert.deepEqual(edits, ['第二部分（六）', '统筹布局云计算基础设施']);
  });

  it('fixes all safe problems in a file with one action', async () => {
    const actions = await lsp.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    const edits = actions[0].edit.changes[uri];
    assert.deepEqual(
      edits.map((e: any) => e.newText),
      ['国发〔2015〕5号'],
    );
  });

  it('positions count UTF-16 code units: emoji before a citation, and CRLF line ends', async () => {
    const u = 'file:///tmp/policy-cite-test/emoji.txt';
    const text = '😀🚀 参照国发[2015]5号。\r\n👍 再次参照国发（2015）5号。\r\n';
    lsp.open(u, text);
    const diags = await lsp.waitDiagnostics(u, 1);
    assert.deepEqual(
      diags.map((d) => [d.range.start, d.range.end]),
      [
        [
          { line: 0, character: 7 },
          { line: 0, character: 17 },
        ],
        [
          { line: 1, character: 7 },
          { line: 1, character: 17 },
        ],
      ],
    );
  });

  it('keeps up with incremental edits and publishes for the latest version', async () => {
    const u = 'file:///tmp/policy-cite-test/edit.txt';
    lsp.open(u, '参照国发[2015]5号。');
    assert.equal((await lsp.waitDiagnostics(u, 1)).length, 1);
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, text: '〔' }],
    });
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: u, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 10 } }, text: '〕' }],
    });
    assert.deepEqual(await lsp.waitDiagnostics(u, 3), []);
  });

  it('clears diagnostics when a document closes', async () => {
    const u = 'file:///tmp/policy-cite-test/close.txt';
    lsp.open(u, '参照国发[2015]5号。');
    await lsp.waitDiagnostics(u, 1);
    lsp.diagnostics.delete(u);
    lsp.notify('textDocument/didClose', { textDocument: { uri: u } });
    assert.deepEqual(await lsp.waitDiagnostics(u), []);
  });

  it('hovers and goes to the clause a passage restated without quotation marks comes from; a changed figure in one is a problem', async () => {
    const echo = 'file:///tmp/policy-cite-test/echo.txt';
    const text = [
      '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）发布以来，各地积极落实。',
      '',
      '🚀 政府部门要加大采购云计算服务的力度，积极开展试点示范，探索基于云计算的政务信息化建设运行新机制。',
      '',
      '到2017年，政府自建数据中心数量减少10%以上。',
    ].join('\r\n');
    lsp.open(echo, text);
    const diags = await lsp.waitDiagnostics(echo, 1);
    const drift = diags.find((d: any) => d.code === 'copy-drift' || d.code === 'target-mismatch');
    assert.ok(drift, JSON.stringify(diags.map((d: any) => d.code)));
    assert.equal(drift.range.start.line, 4);
    assert.equal(
      text.split('\r\n')[4].slice(drift.range.start.character, drift.range.end.character).includes('10'),
      true,
    );
    const at = posOf(text, '积极开展试点示范', 3);
    assert.equal(at.line, 2);
    const h = await lsp.request('textDocument/hover', { textDocument: { uri: echo }, position: at });
    assert.ok(h, 'a hover over a restated passage');
    const md: string = h.contents.value;
    assert.match(md, /（三）探索电子政务云计算发展新模式/);
    assert.match(md, /Explore new models for cloud computing development in e-government/);
    const loc = await lsp.request('textDocument/definition', { textDocument: { uri: echo }, position: at });
    const target = Array.isArray(loc) ? loc[0] : loc;
    assert.ok(target.uri.endsWith('/corpus/gf-2015-5.zh.txt'), target.uri);
    const line = sourceLines(target.uri)[target.range.start.line];
    assert.match(line.slice(target.range.start.character), /^政府部门要加大采购云计算服务的力度/);
  });

  it('lists the outline of the shipped source text as document symbols', async () => {
    const src = 'file://' + path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt');
    const syms = await lsp.request('textDocument/documentSymbol', { textDocument: { uri: src } });
    const names = syms.map((s: any) => s.name);
    assert.ok(names.includes('第二部分 主要任务'), names.join(','));
    const part2 = syms.find((s: any) => s.name === '第二部分 主要任务');
    assert.equal(part2.children.length, 6);
  });
});

describe('language server settings and language', function () {
  this.timeout(30000);

  it('speaks Chinese when the editor does, and honours rule levels from the settings', async () => {
    const lsp = new LspClient();
    try {
      await lsp.initialize({
        locale: 'zh-cn',
        configuration: { rules: { 'doc-number-format': 'off', 'clause-title-mismatch': 'hint' } },
      });
      const u = 'file:///tmp/policy-cite-test/zh.txt';
      lsp.open(u, DRAFT);
      const diags = await lsp.waitDiagnostics(u, 1);
      assert.deepEqual(
        diags.map((d) => [d.code, d.severity]),
        [['clause-title-mismatch', 4]],
      );
      assert.match(diags[0].message, /的标题是/);
    } finally {
      await lsp.close();
    }
  });

  it('keeps serving with the defaults when settings are malformed', async () => {
    const lsp = new LspClient();
    try {
      await lsp.initialize({ configuration: { rules: 'loud', hoverLanguage: 42 } });
      const u = 'file:///tmp/policy-cite-test/bad.txt';
      lsp.open(u, DRAFT);
      const diags = await lsp.waitDiagnostics(u, 1);
      assert.equal(diags.length, 2);
    } finally {
      await lsp.close();
    }
  });
});
