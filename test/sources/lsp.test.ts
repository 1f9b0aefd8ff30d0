// User sources over the real protocol: a temp workspace folder with .policy-cite/sources/ and a policyCite.sources
// glob; a draft citing the bundled Opinion and the user sources side by side; hover and definition into a source
// file; edits to a source (on disk and in the editor) applying at once; broken sources with diagnostics of their own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Diagnostic, LspClient } from '../helpers/lsp';
import { GBF51, GF50, fixture } from './helpers';

const DRAFT = [
  '关于推进我市大数据和云计算发展的实施方案',
  '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）和《促进大数据发展行动纲要》（国发〔2015〕50号，以下简称《纲要》），制定本方案。',
  '《意见》第二部分（四）“加强大数据开发与利用”与《纲要》第三部分（一）相互衔接。',
  '《纲要》第五部分要求加强统筹。',
  '国办发〔2015〕51号提出五项基本原则。',
  '另见国发〔2016〕99号。',
].join('\n');

function posOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const lines = text.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Waits until the diagnostics published for `uri` satisfy `ok` (the server rebuilds its library asynchronously). */
async function until(
  lsp: LspClient,
  uri: string,
  ok: (d: Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 10000,
): Promise<Diagnostic[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const d = lsp.diagnostics.get(uri)?.diagnostics;
    if (d && ok(d)) return d;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(d?.map((x) => [x.code, x.message]))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const codes = (d: Diagnostic[]) => d.map((x) => `${x.code}@${x.range.start.line}`);

describe('user sources in the language server', function () {
  this.timeout(30000);
  let lsp: LspClient;
  let dir: string;
  let gf50: string, broken: string, gbf51: string;
  const uri = (p: string) => pathToFileURL(p).href;
  let draft: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-sources-'));
    const src = path.join(dir, '.policy-cite', 'sources');
    fs.mkdirSync(src, { recursive: true });
    fs.mkdirSync(path.join(dir, 'extra'));
    gf50 = path.join(src, GF50);
    broken = path.join(src, 'broken.md');
    gbf51 = path.join(dir, 'extra', GBF51);
    fs.writeFileSync(gf50, fixture(GF50));
    fs.writeFileSync(broken, '# 一、总体要求\n\n（一）指导思想。\n');
    fs.writeFileSync(gbf51, fixture(GBF51));
    draft = uri(path.join(dir, 'draft.md'));
    lsp = new LspClient();
    lsp.configuration = { sources: ['extra/*.txt'] };
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri: uri(dir),
      workspaceFolders: [{ uri: uri(dir), name: 'ws' }],
      locale: 'zh-cn',
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    lsp.notify('initialized', {});
  });
  after(async () => {
    await lsp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks a draft against the bundled Opinion and the user sources side by side', async () => {
    lsp.open(draft, DRAFT, 'markdown');
    const d = await until(lsp, draft, (x) => x.length >= 2, 'draft diagnostics');
    assert.deepEqual(codes(d), ['unknown-clause@3', 'count-mismatch@4']);
    assert.match(d[0].message, /国发〔2015〕50号共四个部分/);
    assert.match(d[1].message, /国办发〔2015〕51号提出四项基本原则/);
    // related information points into the source files
    assert.equal(d[1].relatedInformation?.[0]?.location.uri, uri(gbf51));
  });

  it('publishes the problems of a broken source on the source file itself', async () => {
    const d = await until(lsp, uri(broken), (x) => x.length > 0, 'broken source diagnostics');
    assert.deepEqual(
      d.map((x) => [x.code, x.severity, x.source, x.range.start.line]),
      [['source-document', 1, 'policy-cite', 0]],
    );
    assert.match(d[0].message, /找不到标题/);
  });

  it('hovers a user source and jumps into its file', async () => {
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '国发〔2015〕50号', 3),
    });
    assert.match(h.contents.value, /国务院关于印发促进大数据发展行动纲要的通知/);
    const hc = await lsp.request('textDocument/hover', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '第三部分（一）', 2),
    });
    assert.match(hc.contents.value, /第三部分 主要任务 › （一）加快政府数据开放共享/);
    const loc = await lsp.request('textDocument/definition', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '第三部分（一）', 2),
    });
    assert.equal(loc.uri, uri(gf50));
    const lines = fs.readFileSync(gf50, 'utf8').split('\n');
    assert.match(lines[loc.range.start.line], /^（一）加快政府数据开放共享/);
    // the bundled Opinion still answers for its own citations
    const lo = await lsp.request('textDocument/definition', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '第二部分（四）', 2),
    });
    assert.match(lo.uri, /corpus\/gf-2015-5\.zh\.txt$/);
  });

  it('says how to add a document that is not among the sources', async () => {
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '国发〔2016〕99号', 3),
    });
    assert.match(h.contents.value, /不在已知来源/);
    assert.match(h.contents.value, /\.policy-cite\/sources\//);
    assert.match(h.contents.value, /policyCite\.sources/);
  });

  it('applies a source edited on disk at once (watched files)', async () => {
    fs.writeFileSync(gf50, fixture(GF50) + '\n## 五、组织实施\n\n（一）加强统筹协调。各地区要加强统筹。\n');
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(gf50), type: 2 }] });
    const d = await until(lsp, draft, (x) => !codes(x).includes('unknown-clause@3'), 'the fifth part to exist');
    assert.deepEqual(codes(d), ['count-mismatch@4']);
  });

  it('uses the live text of a source open in the editor, and its numbering problems show while typing', async () => {
    const text = fixture(GF50);
    lsp.open(uri(gf50), text, 'markdown');
    await until(lsp, draft, (x) => codes(x).includes('unknown-clause@3'), 'the live text (four parts) to apply');
    const src = await until(lsp, uri(gf50), () => true, 'source diagnostics');
    assert.deepEqual(src, []);
    const brokenText = text.replace('## 三、主要任务', '## 五、主要任务');
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: uri(gf50), version: 2 },
      contentChanges: [{ text: brokenText }],
    });
    const d = await until(lsp, uri(gf50), (x) => x.length > 0, 'numbering problems in the open source');
    assert.deepEqual(
      d.map((x) => [
        x.code,
        x.severity,
        brokenText.split('\n')[x.range.start.line].slice(x.range.start.character, x.range.end.character),
      ]),
      [
        ['source-document', 1, '五、'],
        ['source-document', 1, '四、'],
      ],
    );
    assert.match(d[0].message, /编号不连续/);
    lsp.notify('textDocument/didChange', { textDocument: { uri: uri(gf50), version: 3 }, contentChanges: [{ text }] });
    await until(lsp, uri(gf50), (x) => x.length === 0, 'the problems to clear');
    // closing the editor goes back to the file on disk (five parts)
    lsp.notify('textDocument/didClose', { textDocument: { uri: uri(gf50) } });
    await until(lsp, draft, (x) => !codes(x).includes('unknown-clause@3'), 'the disk text to apply again');
  });

  it('forgets a deleted source and keeps the rest', async () => {
    fs.rmSync(gbf51);
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(gbf51), type: 3 }] });
    await until(lsp, draft, (x) => x.length === 0, 'the 国办发 source to be gone');
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '国办发〔2015〕51号', 3),
    });
    assert.match(h.contents.value, /不在已知来源/);
    const h5 = await lsp.request('textDocument/hover', {
      textDocument: { uri: draft },
      position: posOf(DRAFT, '国发〔2015〕5号', 3),
    });
    assert.match(h5.contents.value, /国务院关于促进云计算创新发展培育信息产业新业态的意见/);
  });

  it('follows the policyCite.sources setting when it changes', async () => {
    fs.writeFileSync(path.join(dir, 'extra', 'other.md'), fixture(GBF51));
    lsp.configuration = { sources: ['extra/other.md'] };
    lsp.notify('workspace/didChangeConfiguration', { settings: {} });
    await until(lsp, draft, (x) => codes(x).includes('count-mismatch@4'), 'the source named by the new setting');
    assert.ok(fileURLToPath(draft).startsWith(dir));
  });
});
