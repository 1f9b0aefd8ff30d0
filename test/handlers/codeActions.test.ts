// Code actions, called directly on a session state: the quick fixes a diagnostic carries, and "Fix all" from core
// safeFixes.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { codeActions } from '../../server/src/lsp/codeActions';
import { didOpen } from '../../server/src/lsp/documents';
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
  it('offers the fixes a diagnostic carries, both ways for a clause-title mismatch', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'clause-title-mismatch')!;
    const actions = ask(f, [d], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['Change the number to "第二部分（六）"', 'quickfix', false],
        ['Change the heading to "统筹布局云计算基础设施"', 'quickfix', false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [d]);
    assert.deepEqual(actions.map(newTexts), [['第二部分（六）'], ['统筹布局云计算基础设施']]);
  });

  it('prefers the one safe fix of a document number', async () => {
    const f = await published();
    const d = f.diags.find((x) => x.code === 'doc-number-format')!;
    const [a] = ask(f, [d], ['quickfix']);
    assert.equal(a.isPreferred, true);
    assert.deepEqual(newTexts(a), ['国发〔2015〕5号']);
    assert.deepEqual(a.edit!.changes![URI][0].range, d.range);
  });

  it('fixes all safe problems with one action, and offers only the kinds asked for', async () => {
    const f = await published();
    const [all] = ask(f, [], ['source.fixAll']);
    assert.equal(all.kind, 'source.fixAll.policyCite');
    assert.deepEqual(newTexts(all), ['国发〔2015〕5号']);
    assert.deepEqual(
      ask(f, [], ['refactor']).map((a) => a.kind),
      [],
    );
  });

  it("ignores other servers' diagnostics and diagnostics of any shape", async () => {
    const f = await published();
    const d = f.diags[0];
    const garbage = [
      { ...d, source: 'other' },
      { ...d, data: null },
      { ...d, data: { fixes: 'x' } },
      null,
    ] as unknown as Diagnostic[];
    assert.deepEqual(ask(f, garbage, ['quickfix']), []);
  });
});
