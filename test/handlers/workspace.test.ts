// The drafts of the workspace that are not open, called on a session state over an in-memory workspace: their
// problems by pull (workspace/diagnostic) or published once, and the references and response matrix that reach them.
import * as assert from 'node:assert/strict';
import { applySettings } from '../../server/src/lsp/configuration';
import { references } from '../../server/src/lsp/coverage';
import { didClose, didOpen } from '../../server/src/lsp/documents';
import { coverageCsvOf } from '../../server/src/lsp/reports';
import { checkWorkspace, documentDiagnostics, workspaceDiagnostics } from '../../server/src/lsp/workspace';
import { WORKSPACE_DIAGNOSTICS_ID } from '../../shared/protocol';
import { DRAFT, FULL_CAPABILITIES, MemoryWorkspace, fakeSession, posOf } from './fake';

const ROOT = 'file:///ws';
const OPEN_TEXT = '落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）第二部分（四）。';
const PULL_CAPABILITIES = {
  ...FULL_CAPABILITIES,
  textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: true } },
};

async function workspace(opts: Parameters<typeof fakeSession>[0] = {}) {
  const ws = new MemoryWorkspace(
    ROOT,
    new Map([
      ['plans/a.md', DRAFT], // two findings
      ['notes.txt', '本周会议纪要：讨论了机房搬迁。'], // cites nothing
      ['open.md', OPEN_TEXT],
    ]),
  );
  const f = await fakeSession({ rootUri: ROOT, workspaceFiles: ws, ...opts });
  didOpen(f.s, { textDocument: { uri: ws.uri('open.md'), languageId: 'markdown', version: 3, text: OPEN_TEXT } });
  return { ...f, ws };
}

describe('handlers: the drafts of the workspace that are not open', () => {
  it('gets the workspace folders from initialize', async () => {
    const { ws } = await workspace();
    assert.deepEqual(ws.folders, [ROOT]);
  });

  it('reports every unopened draft in full on the first pull, and the open draft empty (it is published)', async () => {
    const { s, ws } = await workspace();
    const { items } = workspaceDiagnostics(s, { previousResultIds: [] });
    const byUri = new Map(items.map((i) => [i.uri, i]));
    assert.deepEqual([...byUri.keys()].sort(), [ws.uri('notes.txt'), ws.uri('open.md'), ws.uri('plans/a.md')]);
    const a = byUri.get(ws.uri('plans/a.md'))!;
    assert.equal(a.kind, 'full');
    assert.equal(a.version, null);
    const diagnostics = a.kind === 'full' ? a.items : [];
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['clause-title-mismatch', 3],
        ['doc-number-format', 4],
      ],
    );
    assert.ok(
      diagnostics.every((d) => d.data === undefined),
      'no fix data: fixes come once the draft is open',
    );
    const o = byUri.get(ws.uri('open.md'))!;
    assert.deepEqual([o.kind, o.kind === 'full' ? o.items : undefined, o.version], ['full', [], 3]);
  });

  it('answers unchanged until a file, the settings or the open documents change', async () => {
    const { s, ws } = await workspace();
    const pull = (prev: { uri: string; value: string }[]) => workspaceDiagnostics(s, { previousResultIds: prev }).items;
    const ids = (items: ReturnType<typeof pull>) => items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const first = pull([]);
    assert.ok(pull(ids(first)).every((i) => i.kind === 'unchanged'));

    ws.write('notes.txt', '参照国发[2015]5号文件。');
    const second = pull(ids(first));
    assert.deepEqual(
      second.filter((i) => i.kind === 'full').map((i) => i.uri),
      [ws.uri('notes.txt')],
    );

    applySettings(s, { rules: { 'doc-number-format': 'off' } });
    const third = pull(ids(second));
    const notes = third.find((i) => i.uri === ws.uri('notes.txt'))!;
    assert.deepEqual([notes.kind, notes.kind === 'full' && notes.items.length], ['full', 0]);

    // A draft closed in the editor is reported from disk again, in full.
    didClose(s, { textDocument: { uri: ws.uri('open.md') } });
    const fourth = pull(ids(third));
    assert.equal(fourth.find((i) => i.uri === ws.uri('open.md'))?.kind, 'full');
  });

  it('pulls an open draft empty and an unopened one from disk (textDocument/diagnostic)', async () => {
    const { s, ws } = await workspace();
    assert.deepEqual(documentDiagnostics(s, { textDocument: { uri: ws.uri('open.md') } }), { kind: 'full', items: [] });
    const a = documentDiagnostics(s, { textDocument: { uri: ws.uri('plans/a.md') } });
    assert.equal(a.kind === 'full' && a.items.length, 2);
  });

  it('checks the workspace: registers pull diagnostics once where the client takes them, and counts', async () => {
    const { s, client } = await workspace({ capabilities: PULL_CAPABILITIES });
    const r = await checkWorkspace(s);
    assert.deepEqual(r, { files: 3, withProblems: 1, problems: 2, truncated: false, delivery: 'pull' });
    const reg = client.registrations.filter((x) => x.method === 'textDocument/diagnostic');
    assert.equal(reg.length, 1);
    assert.deepEqual(
      { ...(reg[0].options as object), documentSelector: undefined },
      {
        identifier: WORKSPACE_DIAGNOSTICS_ID,
        documentSelector: undefined,
        interFileDependencies: false,
        workspaceDiagnostics: true,
      },
    );
    assert.equal(client.refreshes, 1);
    await checkWorkspace(s);
    assert.equal(client.registrations.filter((x) => x.method === 'textDocument/diagnostic').length, 1, 'once');
    assert.equal(client.published.filter((p) => p.uri.endsWith('a.md')).length, 0, 'pulled, not pushed');
  });

  it('publishes the problems of unopened drafts once for a client without pull diagnostics', async () => {
    const { s, client, ws } = await workspace();
    const r = await checkWorkspace(s);
    assert.equal(r.delivery, 'push');
    assert.deepEqual(
      client.of(ws.uri('plans/a.md')).map((p) => p.diagnostics.length),
      [2],
    );
    assert.equal(client.of(ws.uri('notes.txt')).length, 0, 'a clean draft publishes nothing');
  });

  it('counts only the open drafts where the server cannot read the workspace (the web)', async () => {
    const f = await fakeSession();
    didOpen(f.s, { textDocument: { uri: 'file:///d.txt', languageId: 'plaintext', version: 1, text: DRAFT } });
    assert.deepEqual(await checkWorkspace(f.s), {
      files: 1,
      withProblems: 1,
      problems: 2,
      truncated: false,
      delivery: 'none',
    });
  });

  it('finds the references of a clause in unopened drafts too', async () => {
    const { s, ws } = await workspace();
    // 第二部分（四） in the open draft; the unopened a.md cites （四） too (line 2).
    const refs = references(s, {
      textDocument: { uri: ws.uri('open.md') },
      position: posOf(OPEN_TEXT, '第二部分（四）', 2),
      context: { includeDeclaration: false },
    })!;
    const uris = refs.map((r) => r.uri);
    assert.ok(uris.includes(ws.uri('open.md')));
    assert.ok(uris.includes(ws.uri('plans/a.md')), uris.join(', '));
    const inA = refs.find((r) => r.uri === ws.uri('plans/a.md'))!;
    assert.deepEqual(inA.range.start, posOf(DRAFT, '第二部分（四）', 0));
  });

  it('merges the response matrix of every draft that cites the Opinion, open or not', async () => {
    const { s, ws } = await workspace({ locale: 'zh-cn' });
    const r = coverageCsvOf(s, { uri: ws.uri('open.md'), scope: 'workspace' })!;
    assert.deepEqual(r.files, ['open.md', 'plans/a.md'], 'open drafts first; notes.txt cites nothing');
    assert.match(r.csv, /open\.md:1:\d+/);
    assert.match(r.csv, /plans\/a\.md:3:\d+/);
  });
});
