// Code actions, called directly on a session state: fixes found from a diagnostic's { v, i }, built lazily for a
// client that resolves them and at once for one that does not; "Fix all" from core safeFixes.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { codeActions, resolveCodeAction } from '../../server/src/lsp/codeActions';
import { applySettings } from '../../server/src/lsp/configuration';
import { didChange, didOpen } from '../../server/src/lsp/documents';
import { DRAFT, Fake, fakeSession } from './fake';

const URI = 'file:///drafts/plan.txt';

async function published(opts: Parameters<typeof fakeSession>[0] = {}): Promise<Fake & { diags: Diagnostic[] }> {
  const f = await fakeSession(opts);
  didOpen(f.s, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: DRAFT } });
  f.loop.drain();
  return { ...f, diags: f.client.of(URI).at(-1)!.diagnostics };
}

const ask = (f: Fake, diagnostics: Diagnostic[], only?: string[]) =>
  codeActions(f.s, {
    textDocument: { uri: URI },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  });
const newTexts = (a: CodeAction) => a.edit!.changes![URI].map((e) => e.newText);

describe('handlers: code actions', () => {
  it('lists the fixes of a diagnostic without their edits for a client that resolves them', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'clause-title-mismatch')!;
    const actions = ask(f, [d], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred, a.edit]),
      [
        ['Change the number to "第二部分（六）"', 'quickfix', false, undefined],
        ['Change the heading to "统筹布局云计算基础设施"', 'quickfix', false, undefined],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [d]);
    const resolved = actions.map((a) => resolveCodeAction(f.s, JSON.parse(JSON.stringify(a))));
    assert.deepEqual(resolved.map(newTexts), [['第二部分（六）'], ['统筹布局云计算基础设施']]);
    assert.equal(resolved[1].edit!.changes![URI][0].range.start.line, 3);
  });

  it('gives complete actions at once to a client without resolve support', async () => {
    const f = await published({
      capabilities: {
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [] } } } },
      },
    });
    const d = f.diags.find((x) => x.code === 'doc-number-format')!;
    const [a] = ask(f, [d], ['quickfix']);
    assert.equal(a.isPreferred, true);
    assert.equal(a.data, undefined);
    assert.deepEqual(newTexts(a), ['国发〔2015〕5号']);
    assert.deepEqual(a.edit!.changes![URI][0].range, d.range);
  });

  it('fixes all safe problems with one action, its edit resolved lazily or given at once', async () => {
    const lazy = await published();
    const [all] = ask(lazy, [], ['source.fixAll']);
    assert.equal(all.kind, 'source.fixAll.policyCite');
    assert.equal(all.edit, undefined);
    assert.deepEqual(newTexts(resolveCodeAction(lazy.s, all)), ['国发〔2015〕5号']);
    const eager = await published({ capabilities: {} });
    assert.deepEqual(newTexts(ask(eager, [], ['source.fixAll.policyCite'])[0]), ['国发〔2015〕5号']);
    assert.deepEqual(
      ask(eager, [], ['refactor']).map((a) => a.kind),
      [],
    );
  });

  it('offers nothing for a diagnostic of an older version, and resolves nothing made for one', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'doc-number-format')!;
    const [a] = ask(f, [d], ['quickfix']);
    didChange(f.s, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '新' }],
    });
    assert.deepEqual(ask(f, [d], ['quickfix']), []);
    assert.equal(resolveCodeAction(f.s, a).edit, undefined);
  });

  it('still finds the finding when a rule level changed between the publish and the request', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'doc-number-format')!;
    assert.equal((d.data as { i: number }).i, 1);
    applySettings(f.s, { rules: { 'clause-title-mismatch': 'off' } }); // the doc-number-format finding is now #0
    const [a] = ask(f, [d], ['quickfix']);
    assert.equal(a.title, 'Change to 国发〔2015〕5号');
    assert.deepEqual(newTexts(resolveCodeAction(f.s, a)), ['国发〔2015〕5号']);
  });

  it('finds the fix of a diagnostic sent back with columns in bytes (Neovim 0.7)', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'doc-number-format')!;
    const line = DRAFT.split('\n')[d.range.start.line];
    const bytes = (c: number) => Buffer.byteLength(line.slice(0, c));
    const asNvim07 = {
      ...d,
      range: {
        start: { line: d.range.start.line, character: bytes(d.range.start.character) },
        end: { line: d.range.end.line, character: bytes(d.range.end.character) },
      },
    };
    assert.notDeepEqual(asNvim07.range, d.range);
    const [a] = ask(f, [asNvim07], ['quickfix']);
    assert.deepEqual(newTexts(resolveCodeAction(f.s, a)), ['国发〔2015〕5号']);
    assert.deepEqual(resolveCodeAction(f.s, a).edit!.changes![URI][0].range, d.range);
  });

  it("ignores other servers' diagnostics and diagnostics of any shape", async () => {
    const f = await published();
    const d = f.diags[0];
    const garbage = [
      { ...d, source: 'other' },
      { ...d, data: null },
      { ...d, data: { v: 'one', i: 0 } },
      { ...d, range: null },
      null,
    ] as unknown as Diagnostic[];
    assert.deepEqual(ask(f, garbage, ['quickfix']), []);
    assert.deepEqual(resolveCodeAction(f.s, { title: 'x', data: { uri: 5 } }), { title: 'x', data: { uri: 5 } });
  });
});
