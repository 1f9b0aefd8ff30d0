// Settings in every editor, on a session state: pulled where the client can be asked, taken from
// initializationOptions or pushes where it cannot (Neovim 0.7), never replaced by defaults because a client said
// nothing; and registrations made only for what the client declared it accepts.
import * as assert from 'node:assert/strict';
import { didChangeConfiguration, initialSettings, settingsSection } from '../../server/src/lsp/configuration';
import { didOpen } from '../../server/src/lsp/documents';
import { DRAFT, Fake, fakeSession } from './fake';

const URI = 'file:///drafts/plan.txt';
const OFF = { rules: { 'doc-number-format': 'off' } };
/** Neovim 0.7: no workspace.configuration, no dynamic registration of anything. */
const NVIM_07 = { textDocument: { publishDiagnostics: { relatedInformation: true } }, workspace: {} };

function codes(f: Fake): string[] {
  didOpen(f.s, {
    textDocument: { uri: URI, languageId: 'plaintext', version: f.s.documents.get(URI) ? 9 : 1, text: DRAFT },
  });
  f.loop.drain();
  return f.client
    .of(URI)
    .at(-1)!
    .diagnostics.map((d) => String(d.code));
}

describe('handlers: settings in every editor', () => {
  for (const [shape, options] of [
    ['{ settings: { policyCite: {…} } }', { settings: { policyCite: OFF } }],
    ['{ policyCite: {…} } (Helix config)', { policyCite: OFF }],
    ['{ settings: {…} } (the section itself)', { settings: OFF }],
  ] as const) {
    it(`takes initializationOptions ${shape} and keeps them at initialized when the client cannot be asked`, async () => {
      const f = await fakeSession({ capabilities: NVIM_07, initializationOptions: options });
      assert.equal(f.client.configurationAsked, 0);
      assert.deepEqual(codes(f), ['clause-title-mismatch']);
    });
  }

  it('keeps the initializationOptions when a client that can be asked answers null (nothing set there)', async () => {
    const f = await fakeSession({ initializationOptions: { settings: { policyCite: OFF } }, configuration: null });
    assert.equal(f.client.configurationAsked, 1);
    assert.deepEqual(codes(f), ['clause-title-mismatch']);
  });

  it('lets pulled settings win over the initializationOptions', async () => {
    const f = await fakeSession({
      initializationOptions: { settings: { policyCite: OFF } },
      configuration: { rules: { 'clause-title-mismatch': 'off' } },
    });
    assert.deepEqual(codes(f), ['doc-number-format']);
  });

  it('applies a pushed workspace/didChangeConfiguration for a client without pull, and republishes', async () => {
    const f = await fakeSession({ capabilities: NVIM_07 });
    assert.deepEqual(codes(f), ['clause-title-mismatch', 'doc-number-format']);
    await didChangeConfiguration(f.s, { settings: { policyCite: OFF } });
    f.loop.drain();
    assert.deepEqual(
      f.client
        .of(URI)
        .at(-1)!
        .diagnostics.map((d) => d.code),
      ['clause-title-mismatch'],
    );
  });

  it('ignores a push that does not mention policyCite (another server, or none)', async () => {
    const f = await fakeSession({ capabilities: NVIM_07, initializationOptions: { settings: { policyCite: OFF } } });
    await didChangeConfiguration(f.s, { settings: { rust: { checkOnSave: true } } });
    await didChangeConfiguration(f.s, { settings: null });
    assert.deepEqual(codes(f), ['clause-title-mismatch']);
  });

  it('pulls on a push when the client can be asked, whatever the push carried', async () => {
    const f = await fakeSession();
    f.client.configurationAnswer = OFF;
    await didChangeConfiguration(f.s, { settings: {} });
    assert.equal(f.client.configurationAsked, 2);
    assert.deepEqual(codes(f), ['clause-title-mismatch']);
  });

  it('names what is wrong in the settings, once, and keeps serving with the defaults', async () => {
    const f = await fakeSession({
      capabilities: NVIM_07,
      initializationOptions: { settings: { policyCite: { rules: 'loud' } } },
    });
    assert.equal(f.client.warnings.length, 1);
    assert.match(f.client.warnings[0], /policyCite\.rules must be an object/);
    assert.deepEqual(codes(f), ['clause-title-mismatch', 'doc-number-format']);
  });

  it('registers for configuration changes only with a client that declared dynamic registration for them', async () => {
    const declared = await fakeSession();
    assert.deepEqual(
      declared.client.registrations.map((r) => r.method),
      ['workspace/didChangeConfiguration'],
    );
    // Emacs eglot: pull configuration, dynamic registration for watched files only.
    const eglot = await fakeSession({
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: false },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
      },
    });
    assert.deepEqual(eglot.client.registrations, []);
    const nvim = await fakeSession({ capabilities: NVIM_07 });
    assert.deepEqual(nvim.client.registrations, []);
  });

  it('declares codeAction/resolve only to a client that resolves', async () => {
    const lazy = await fakeSession();
    const eager = await fakeSession({ capabilities: {} });
    assert.equal(lazy.s.support.codeActionResolve, true);
    assert.equal(eager.s.support.codeActionResolve, false);
  });

  it('reads the policyCite section out of any shape a client sends', () => {
    assert.deepEqual(settingsSection({ policyCite: OFF }), OFF);
    assert.deepEqual(settingsSection(OFF), OFF);
    assert.equal(settingsSection({ other: 1 }), undefined);
    assert.equal(settingsSection(null), undefined);
    assert.deepEqual(initialSettings({ settings: { policyCite: OFF } }), OFF);
    assert.deepEqual(initialSettings({ settings: OFF, corpusBaseUri: 'x' }), OFF);
    assert.equal(initialSettings({ corpusBaseUri: 'x' }), undefined);
    assert.equal(initialSettings({ settings: 'garbage' }), 'garbage', 'passed on, so that its problem is named');
  });
});
