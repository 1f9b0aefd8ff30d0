// The real server over stdio as different editors drive it: fixes sent lazily to a client that resolves code
// actions and at once to one that does not.
import * as assert from 'node:assert/strict';
import { Message, RawServer } from '../protocol/raw';

const URI = 'file:///tmp/policy-cite-editors.txt';
const DRAFT = [
  '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本计划。',
  '落实《意见》第二部分（五）“加强大数据开发与利用”。',
  '参照国发[2015]5号文件。',
].join('\n');
const RESOLVING = {
  workspace: { configuration: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
      dataSupport: true,
    },
  },
};
describe('editors over stdio: lazy fixes', function () {
  this.timeout(30_000);
  let s: RawServer;
  afterEach(async () => s && !s.exited && (await s.stop()));

  it('sends a client that resolves code actions titles first and each edit on codeAction/resolve', async () => {
    s = new RawServer();
    const init = await s.initialize({ capabilities: RESOLVING });
    assert.equal(init.result.capabilities.codeActionProvider.resolveProvider, true);
    s.open(URI, DRAFT);
    const diags = await s.diagnostics(URI, 1);
    assert.deepEqual(
      diags.map((d) => [d.code, d.data]),
      [
        ['clause-title-mismatch', { v: 1, i: 0 }],
        ['doc-number-format', { v: 1, i: 1 }],
      ],
    );
    const list = await s.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diags[0].range,
      context: { diagnostics: [diags[0]] },
    });
    const actions = list.result as { title: string; kind: string; edit?: unknown; data?: unknown }[];
    assert.deepEqual(
      actions.map((a) => [a.kind, a.edit]),
      [
        ['quickfix', undefined],
        ['quickfix', undefined],
        ['source.fixAll.policyCite', undefined],
      ],
    );
    const resolved: Message[] = [];
    for (const a of actions) resolved.push(await s.request('codeAction/resolve', a));
    assert.deepEqual(
      resolved.map((r) => r.result.edit.changes[URI].map((e: { newText: string }) => e.newText)),
      [['第二部分（四）'], ['统筹布局云计算基础设施'], ['国发〔2015〕5号']],
    );
  });

  it('sends complete actions to a client without resolve support', async () => {
    s = new RawServer();
    const init = await s.initialize();
    assert.equal(init.result.capabilities.codeActionProvider.resolveProvider, false);
    s.open(URI, DRAFT);
    const diags = await s.diagnostics(URI, 1);
    const list = await s.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diags[1].range,
      context: { diagnostics: [diags[1]], only: ['quickfix'] },
    });
    assert.deepEqual(list.result[0].edit.changes[URI], [{ range: diags[1].range, newText: '国发〔2015〕5号' }]);
  });
});
