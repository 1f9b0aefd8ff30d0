// The real server over stdio as different editors drive it: fixes sent lazily to a client that resolves code
// actions and at once to one that does not; settings from initializationOptions and pushes for a client that cannot
// be asked (Neovim 0.7), and registrations only for what a client declared (Emacs eglot warns about any other).
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
/** What Neovim 0.7 declares that matters here: no workspace.configuration, no dynamic registration. */
const NVIM_07 = {
  workspace: { workspaceFolders: true, applyEdit: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    codeAction: {
      dynamicRegistration: false,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
      resolveSupport: { properties: ['edit'] },
      dataSupport: true,
    },
  },
};

const registrations = (s: RawServer) =>
  s.messages
    .filter((m) => m.method === 'client/registerCapability')
    .flatMap((m) => (m.params.registrations as { method: string }[]).map((r) => r.method));

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

describe('editors over stdio: settings and registrations', function () {
  this.timeout(30_000);
  let s: RawServer;
  afterEach(async () => s && !s.exited && (await s.stop()));

  it('keeps the settings of initializationOptions for a client that cannot be asked (Neovim 0.7)', async () => {
    s = new RawServer();
    await s.initialize({
      capabilities: NVIM_07,
      initializationOptions: { settings: { policyCite: { rules: { 'doc-number-format': 'off' } } } },
    });
    s.open(URI, DRAFT);
    assert.deepEqual(
      (await s.diagnostics(URI, 1)).map((d) => d.code),
      ['clause-title-mismatch'],
    );
    assert.ok(!s.messages.some((m) => m.method === 'workspace/configuration'), 'it was never asked');
    assert.deepEqual(registrations(s), []);
  });

  it('applies settings pushed with workspace/didChangeConfiguration to a client without pull', async () => {
    s = new RawServer();
    await s.initialize({ capabilities: NVIM_07 });
    s.open(URI, DRAFT);
    assert.equal((await s.diagnostics(URI, 1)).length, 2);
    const before = s.messages.length;
    s.notify('workspace/didChangeConfiguration', {
      settings: { policyCite: { rules: { 'clause-title-mismatch': 'off' }, messageLanguage: 'zh' } },
    });
    const m = await s.waitFor(
      (x, i = s.messages.indexOf(x)) => i >= before && x.method === 'textDocument/publishDiagnostics',
      'a publish after the push',
    );
    assert.deepEqual(
      m.params.diagnostics.map((d: { code: string }) => d.code),
      ['doc-number-format'],
    );
    assert.match(m.params.diagnostics[0].message, /发文字号/);
  });

  it("reads Helix's config: sent as initializationOptions { policyCite } and answered to workspace/configuration", async () => {
    s = new RawServer();
    const section = { rules: { 'doc-number-format': 'off' } };
    s.configuration = section; // Helix answers the section 'policyCite' with config.policyCite
    await s.initialize({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
      initializationOptions: { policyCite: section },
    });
    s.open(URI, DRAFT);
    assert.deepEqual(
      (await s.diagnostics(URI, 1)).map((d) => d.code),
      ['clause-title-mismatch'],
    );
    assert.deepEqual(registrations(s), []);
  });

  it('registers for configuration changes only with a client that declared dynamic registration for them', async () => {
    s = new RawServer();
    await s.initialize({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await s.alive('registered');
    assert.deepEqual(registrations(s), ['workspace/didChangeConfiguration']);
    await s.stop();
    // Emacs eglot 1.9: pull configuration, and dynamic registration only for watched files.
    s = new RawServer();
    await s.initialize({
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: false },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
      },
    });
    await s.alive('eglot');
    assert.deepEqual(registrations(s), ['workspace/didChangeWatchedFiles'], 'what it declared, and only that');
  });
});
