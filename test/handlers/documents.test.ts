// Documents and diagnostics handlers, called directly on a session state (no stream): what is published, when, and
// for which version; one analysis per version; severities from the findings; the lean diagnostic data.
import * as assert from 'node:assert/strict';
import { didChange, didClose, didOpen, analysisOf } from '../../server/src/lsp/documents';
import { MAX_WAIT_MS } from '../../server/src/lsp/diagnostics';
import { applySettings } from '../../server/src/lsp/configuration';
import { DRAFT, fakeSession } from './fake';

const URI = 'file:///drafts/plan.txt';

const open = (s: Parameters<typeof didOpen>[0], text = DRAFT, uri = URI, version = 1) =>
  didOpen(s, { textDocument: { uri, languageId: 'plaintext', version, text } });
/** Types `text` at the end of line 0, as version `version`. */
const type = (s: Parameters<typeof didChange>[0], version: number, text = 'x', uri = URI) =>
  didChange(s, {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }],
  });

describe('handlers: documents and diagnostics', () => {
  it('publishes an opened draft once, for its version, with codes, severities and the policy-cite source', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    assert.equal(client.published.length, 0, 'nothing before the loop turns');
    loop.drain();
    const [p] = client.of(URI);
    assert.equal(client.of(URI).length, 1);
    assert.equal(p.version, 1);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity, d.source, d.range.start.line]),
      [
        ['clause-title-mismatch', 1, 'policy-cite', 3],
        ['doc-number-format', 2, 'policy-cite', 4],
      ],
    );
  });

  it('takes the severity from the finding, which the rule level set', async () => {
    const { s, client, loop } = await fakeSession({
      configuration: { rules: { 'clause-title-mismatch': 'hint', 'doc-number-format': 'off' } },
    });
    open(s);
    loop.drain();
    assert.deepEqual(
      client.of(URI)[0].diagnostics.map((d) => [d.code, d.severity]),
      [['clause-title-mismatch', 4]],
    );
  });

  it('gives a diagnostic only the version and index of its finding, not its fixes', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    loop.drain();
    const ds = client.of(URI)[0].diagnostics;
    assert.deepEqual(
      ds.map((d) => d.data),
      [
        { v: 1, i: 0 },
        { v: 1, i: 1 },
      ],
    );
    assert.ok(!/newText|edits|fixes/.test(JSON.stringify(ds)), 'no fix rides on the diagnostics');
  });

  it('adds related information only for a client that declared it', async () => {
    const withIt = await fakeSession();
    open(withIt.s);
    withIt.loop.drain();
    const rel = withIt.client.of(URI)[0].diagnostics[0].relatedInformation!;
    assert.ok(rel.length >= 1);
    assert.match(rel[0].location.uri, /^file:\/\/\/ext\/corpus\/gf-2015-5\.zh\.txt$/);
    const without = await fakeSession({ capabilities: {} });
    open(without.s);
    without.loop.drain();
    assert.ok(without.client.of(URI)[0].diagnostics.every((d) => d.relatedInformation === undefined));
  });

  it('coalesces a burst of 50 edits into one analysis and one publish of the last version', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    loop.drain();
    client.published.length = 0;
    let analyses = 0;
    const put = s.analyses.put.bind(s.analyses);
    s.analyses.put = (...a) => (analyses++, put(...a));
    // The JSON-RPC reader hands the server one queued message per turn of the event loop.
    for (let v = 2; v <= 51; v++) {
      type(s, v);
      loop.turn();
    }
    loop.drain();
    assert.deepEqual(
      client.of(URI).map((p) => p.version),
      [51],
    );
    assert.equal(analyses, 1, 'only the last version was analysed');
    assert.equal(s.documents.get(URI)!.getText().slice(0, 50), 'x'.repeat(50));
  });

  it('publishes a single edit two turns after it arrives', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    loop.drain();
    type(s, 2, '');
    loop.turn();
    assert.equal(client.of(URI).length, 1);
    loop.turn();
    assert.deepEqual(
      client.of(URI).map((p) => p.version),
      [1, 2],
    );
  });

  it('still publishes during a storm that never pauses, every MAX_WAIT_MS', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    loop.drain();
    client.published.length = 0;
    let v = 2;
    for (; v < 200 && client.of(URI).length === 0; v++) {
      type(s, v);
      loop.time += 10;
      loop.turn();
    }
    assert.equal(client.of(URI).length, 1);
    assert.ok(v * 10 >= MAX_WAIT_MS && v * 10 <= MAX_WAIT_MS + 40, `published after ${v * 10} ms`);
  });

  it('publishes nothing before the settings are read, then the latest version', async () => {
    const { s, client, loop } = await fakeSession();
    s.settingsReady = false;
    open(s);
    type(s, 2);
    loop.drain();
    assert.equal(client.published.length, 0);
    s.settingsReady = true;
    s.diagnostics.flush();
    loop.drain();
    assert.deepEqual(
      client.of(URI).map((p) => p.version),
      [2],
    );
  });

  it('analyses a version once, however many requests ask, and again after an edit or a settings change', async () => {
    const { s } = await fakeSession();
    open(s);
    const doc = s.documents.get(URI)!;
    const a1 = analysisOf(s, doc);
    assert.equal(analysisOf(s, doc), a1);
    type(s, 2);
    const a2 = analysisOf(s, doc);
    assert.notEqual(a2, a1);
    assert.equal(analysisOf(s, doc), a2);
    applySettings(s, { rules: { misquote: 'off' } });
    assert.notEqual(analysisOf(s, doc), a2);
  });

  it('keeps a block cache per document across versions, and drops it on close', async () => {
    const { s } = await fakeSession();
    open(s);
    const b = s.analyses.blockCache(URI);
    type(s, 2);
    analysisOf(s, s.documents.get(URI)!);
    assert.equal(s.analyses.blockCache(URI), b);
    didClose(s, { textDocument: { uri: URI } });
    assert.notEqual(s.analyses.blockCache(URI), b);
  });

  it('clears the diagnostics of a closed document at once, and never publishes it again', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    loop.drain();
    type(s, 2);
    didClose(s, { textDocument: { uri: URI } });
    loop.drain();
    assert.deepEqual(
      client.of(URI).map((p) => [p.version, p.diagnostics.length]),
      [
        [1, 2],
        [undefined, 0],
      ],
    );
  });

  it('ignores changes to documents never opened and malformed notifications', async () => {
    const { s, client, loop } = await fakeSession();
    type(s, 2, 'x', 'file:///never.txt');
    didOpen(s, { textDocument: null } as never);
    didChange(s, { textDocument: { uri: URI, version: 2 }, contentChanges: 'x' } as never);
    didClose(s, {} as never);
    loop.drain();
    assert.deepEqual(client.published, []);
  });

  it('publishes nothing after shutdown', async () => {
    const { s, client, loop } = await fakeSession();
    open(s);
    s.shutDown = true;
    loop.drain();
    assert.deepEqual(client.published, []);
  });
});
