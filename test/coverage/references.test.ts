// Find all references and the coverage request over the real protocol: dist/server.js --stdio with two drafts open.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/corpus';
import { LspClient } from '../helpers/lsp';

const PLAN = fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');
const NOTES = [
  '# 对照说明',
  '',
  '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）第二部分第（四）项“加强大数据开发与利用”要求推动数据开放。',
  '',
  '国发〔2015〕5号文件第三部分第（六）项要求加强人才队伍建设。',
].join('\n');
const ZH_SOURCE = fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt'), 'utf8');
const ZH_URI = pathToFileURL(fs.realpathSync(path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt'))).href;

type Loc = {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
};

function posOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const lines = text.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
/** The text a location covers, in the file it names. */
function textAt(texts: Record<string, string>, l: Loc): string {
  const lines = texts[l.uri].split('\n');
  assert.equal(l.range.start.line, l.range.end.line);
  return lines[l.range.start.line].slice(l.range.start.character, l.range.end.character);
}

describe('find all references and coverage over LSP', function () {
  this.timeout(30000);
  let lsp: LspClient;
  const planUri = 'file:///tmp/policy-cite-cov/plan.txt';
  const notesUri = 'file:///tmp/policy-cite-cov/notes.md';
  const texts: Record<string, string> = { [planUri]: PLAN, [notesUri]: NOTES, [ZH_URI]: ZH_SOURCE };

  before(async () => {
    lsp = new LspClient();
    const init = await lsp.initialize({ locale: 'en' });
    assert.equal(init.capabilities.referencesProvider, true);
    lsp.open(planUri, PLAN);
    lsp.open(notesUri, NOTES, 'markdown');
    await lsp.waitDiagnostics(planUri, 1);
    await lsp.waitDiagnostics(notesUri, 1);
  });
  after(async () => lsp.close());

  it('from a section of the shipped Chinese text: every citation of it in both open drafts', async () => {
    const refs = await lsp.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ZH_URI },
      position: posOf(ZH_SOURCE, '加强大数据开发与利用'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      refs.map((r) => [r.uri, textAt(texts, r)]),
      [
        [planUri, '第二部分第（四）项'],
        [notesUri, '第二部分第（四）项'],
      ],
    );
  });

  it('includes the source clause itself when asked for the declaration', async () => {
    const refs = await lsp.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ZH_URI },
      position: posOf(ZH_SOURCE, '加强人才队伍建设'),
      context: { includeDeclaration: true },
    });
    assert.equal(refs[0].uri, ZH_URI);
    assert.match(textAt(texts, refs[0]), /加强人才队伍建设/);
    assert.deepEqual(
      refs.slice(1).map((r) => [r.uri, textAt(texts, r)]),
      [
        [planUri, '“鼓励普通高校、职业院校、科研院所与企业联合培养云计算相关人才”'],
        [notesUri, '第三部分第（六）项'],
      ],
    );
  });

  it('from a citation in a draft: the same clause cited in the other draft', async () => {
    const refs = await lsp.request<Loc[]>('textDocument/references', {
      textDocument: { uri: notesUri },
      position: posOf(NOTES, '第二部分第（四）项', 3),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      refs.map((r) => r.uri),
      [planUri, notesUri],
    );
  });

  it('from a part of the source: citations of its sections too, mis-citations included', async () => {
    const refs = await lsp.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ZH_URI },
      position: posOf(ZH_SOURCE, '二、主要任务'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      refs.filter((r) => r.uri === planUri).map((r) => textAt(texts, r)),
      ['第二部分第（一）项', '第二部分第（三）项', '第二部分第（四）项', '第二部分第（五）项'],
    );
  });

  it('answers nothing where there is no clause or citation', async () => {
    const refs = await lsp.request<Loc[] | null>('textDocument/references', {
      textDocument: { uri: planUri },
      position: posOf(PLAN, '加强组织领导'),
      context: { includeDeclaration: false },
    });
    assert.ok(refs === null || refs.length === 0);
  });

  it('answers policyCite/coverage with every clause, its citations and its place in the source', async () => {
    const cov = await lsp.request<any>('policyCite/coverage', { uri: planUri });
    assert.equal(cov.document.id, 'gf-2015-5');
    const byId = new Map<string, any>(cov.clauses.map((c: any) => [c.id, c]));
    assert.equal(byId.get('II.4').covered, true);
    assert.equal(textAt(texts, byId.get('II.4').citations[0]), '第二部分第（四）项');
    assert.equal(byId.get('II.2').covered, false);
    assert.equal(byId.get('II.6').misCitations[0].code, 'clause-title-mismatch');
    assert.equal(byId.get('II.4').source.zh.uri, ZH_URI);
    assert.match(textAt(texts, byId.get('II.4').source.zh), /加强大数据开发与利用/);
    assert.match(byId.get('II.4').text, /Expand the exploitation and use of big data/);
    assert.deepEqual(
      cov.groups.find((g: any) => g.id === 'main-tasks'),
      { id: 'main-tasks', label: 'main tasks', covered: 3, total: 6, missing: ['II.2', 'II.5', 'II.6'] },
    );
    assert.equal(await lsp.request('policyCite/coverage', { uri: 'file:///tmp/not-open.txt' }), null);
  });
});
