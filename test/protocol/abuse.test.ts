// Protocol abuse against the real server process (node dist/server.js --stdio): broken frames and messages,
// unknown methods, documents never opened, stale and out-of-range edits, edit storms with cancellation, and a
// client that disappears. The server answers with the right JSON-RPC errors, keeps serving, and exits cleanly.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { RawServer } from './raw';

const URI = 'file:///tmp/policy-cite-abuse.txt';
const ErrorCodes = {
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InvalidRequest: -32600,
  RequestCancelled: -32800,
  ParseError: -32700,
};

describe('protocol: abuse of the real server', function () {
  this.timeout(60_000);
  let s: RawServer;
  afterEach(async () => {
    if (s && !s.exited) await s.stop();
  });

  it('survives a body that is not JSON, JSON that is not a message, and messages of the wrong shape', async () => {
    s = new RawServer();
    await s.initialize();
    s.frame('{"jsonrpc":"2.0","id":9999,"method":'); // cut short
    s.frame('\u0000\u0001 not json at all \ud800');
    s.frame(Buffer.from([0xff, 0xfe, 0xfd]));
    s.frame('[]');
    s.frame('42');
    s.frame('null');
    s.frame('{"jsonrpc":"2.0"}');
    s.frame('{"jsonrpc":"2.0","id":{"nested":true},"method":"textDocument/hover"}');
    s.frame('{"jsonrpc":"2.0","id":7001,"method":42}');
    s.frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"not an object"}');
    s.frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5,"text":null}}}');
    s.frame(
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nowhere.txt"},"contentChanges":"x"}}',
    );
    s.frame('{"jsonrpc":"2.0","id":7002,"method":"textDocument/hover","params":null}');
    s.frame(
      '{"jsonrpc":"2.0","id":7003,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///x.txt"},"range":null,"context":null}}',
    );
    await s.alive('after-garbage');
    for (const id of [7002, 7003]) {
      const r = await s.response(id);
      assert.ok(r.error === undefined || typeof r.error.code === 'number', JSON.stringify(r));
    }
    assert.equal(s.exited, false);
  });

  it('survives frames with a wrong or huge Content-Length header', async () => {
    s = new RawServer();
    await s.initialize();
    s.write('Content-Length: 5\r\n\r\n{"a":');
    s.write('Content-Length: 2\r\n\r\n{}');
    await s.alive('after-short-frame').catch(() => undefined);
    // A header claiming far more than ever comes leaves the server waiting for the rest, not crashing.
    const big = new RawServer();
    try {
      await big.initialize();
      big.write('Content-Length: 999999999\r\n\r\n{"jsonrpc":"2.0"');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(big.exited, false);
    } finally {
      big.kill();
    }
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    s = new RawServer();
    await s.initialize();
    const r = await s.request('policyCite/noSuchThing', { a: 1 });
    assert.equal(r.error?.code, ErrorCodes.MethodNotFound);
    const r2 = await s.request('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    assert.equal(r2.error?.code, ErrorCodes.MethodNotFound);
    s.notify('policyCite/noSuchNotification', { a: 1 });
    s.notify('$/somethingOptional', {});
    await s.alive('after-unknown');
    assert.ok(!s.messages.some((m) => m.method === undefined && m.id === undefined), 'no reply to notifications');
  });

  it('answers requests about documents never opened with empty results, not errors', async () => {
    s = new RawServer();
    await s.initialize();
    const td = { uri: 'file:///never/opened.txt' };
    const pos = { line: 0, character: 0 };
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: td, position: pos }],
      ['textDocument/definition', { textDocument: td, position: pos }],
      ['textDocument/references', { textDocument: td, position: pos, context: { includeDeclaration: true } }],
      ['textDocument/documentLink', { textDocument: td }],
      ['textDocument/documentSymbol', { textDocument: td }],
      ['textDocument/codeAction', { textDocument: td, range: { start: pos, end: pos }, context: { diagnostics: [] } }],
      ['textDocument/completion', { textDocument: td, position: pos }],
    ] as const) {
      const r = await s.request(method, params);
      if (r.error) assert.equal(r.error.code, ErrorCodes.MethodNotFound, `${method}: ${JSON.stringify(r.error)}`);
      else
        assert.ok(
          r.result === null || (Array.isArray(r.result) && r.result.length === 0),
          `${method}: ${JSON.stringify(r.result)}`,
        );
    }
    s.notify('textDocument/didChange', { textDocument: { uri: td.uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    s.notify('textDocument/didClose', { textDocument: td });
    await s.alive('after-never-opened');
  });

  it("answers the server's own whole-draft requests and pulled diagnostics with ill-typed params without failing", async () => {
    s = new RawServer();
    await s.initialize();
    const never = { uri: 'file:///never/opened.txt' };
    // Documents never opened: null, as the protocol types say.
    for (const method of ['policyCite/status', 'policyCite/authorities', 'policyCite/coverageCsv']) {
      const r = await s.request(method, never);
      assert.equal(r.result, null, `${method}: ${JSON.stringify(r)}`);
    }
    for (const [method, params] of [
      ['policyCite/status', null],
      ['policyCite/status', { uri: 42 }],
      ['policyCite/authorities', 'not an object'],
      ['policyCite/coverageCsv', { uri: [], scope: 'everything', docId: {} }],
      ['policyCite/coverageCsv', null],
      ['policyCite/checkWorkspace', 'x'],
      ['workspace/diagnostic', null],
      ['workspace/diagnostic', { previousResultIds: 'none' }],
      ['textDocument/diagnostic', null],
      ['textDocument/diagnostic', { textDocument: { uri: 7 } }],
    ] as const) {
      const r = await s.request(method, params);
      assert.ok(r.error === undefined || typeof r.error.code === 'number', `${method}: ${JSON.stringify(r)}`);
    }
    // With no workspace folder, Check all drafts counts nothing and says the problems are published.
    const checked = await s.request('policyCite/checkWorkspace', {});
    assert.deepEqual(checked.result, { files: 0, withProblems: 0, problems: 0, truncated: false, delivery: 'push' });
    await s.alive('after-whole-draft-requests');
  });

  it('takes out-of-range positions and edits, stale versions and ill-typed positions without failing', async () => {
    s = new RawServer();
    await s.initialize();
    s.open(URI, '国发[2015]5号\n第二行', 5);
    await s.diagnostics(URI, 5);
    const far = { line: 1e9, character: 1e9 };
    for (const position of [far, { line: -1, character: -5 }, { line: 0, character: 1e12 }]) {
      const r = await s.request('textDocument/hover', { textDocument: { uri: URI }, position });
      assert.ok(!r.error || r.error.code === ErrorCodes.InvalidParams, JSON.stringify(r));
    }
    for (const position of [{ line: 'zero', character: null }, null, {}]) {
      const r = await s.request('textDocument/hover', { textDocument: { uri: URI }, position });
      assert.ok(
        r.error === undefined ? r.result === null || typeof r.result === 'object' : typeof r.error.code === 'number',
        JSON.stringify(r),
      );
    }
    // an edit far past the end, an edit with start after end, then a stale version
    s.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 6 },
      contentChanges: [{ range: { start: far, end: far }, text: '。国发（2015）5号' }],
    });
    s.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 7 },
      contentChanges: [{ range: { start: { line: 1, character: 2 }, end: { line: 0, character: 1 } }, text: '' }],
    });
    s.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ text: '国发〔2015〕05号' }],
    });
    const d = await s.diagnostics(URI, 3);
    assert.deepEqual(
      d.map((x) => x.code),
      ['doc-number-format'],
      'the last edit wins, whatever its number',
    );
    await s.alive('after-bad-edits');
  });

  it('counts positions in UTF-16 units: an emoji before a citation, CRLF and CR line ends', async () => {
    s = new RawServer();
    await s.initialize();
    const cases: [string, { line: number; character: number }, { line: number; character: number }][] = [
      ['😀国发[2015]5号', { line: 0, character: 2 }, { line: 0, character: 12 }],
      ['😀😀 𠀀国发[2015]5号', { line: 0, character: 7 }, { line: 0, character: 17 }],
      ['第一行\r\n😀国发[2015]5号\r\n', { line: 1, character: 2 }, { line: 1, character: 12 }],
      ['第一行\r第二行\r国发[2015]5号', { line: 2, character: 0 }, { line: 2, character: 10 }],
      ['\ufeff国发[2015]5号', { line: 0, character: 1 }, { line: 0, character: 11 }],
    ];
    for (const [i, [text, start, end]] of cases.entries()) {
      const uri = `file:///tmp/policy-cite-pos-${i}.txt`;
      s.open(uri, text);
      const d = await s.diagnostics(uri, 1);
      assert.deepEqual(
        d.map((x) => [x.code, x.range]),
        [['doc-number-format', { start, end }]],
        JSON.stringify(text),
      );
      const fix = (
        await s.request('textDocument/codeAction', {
          textDocument: { uri },
          range: d[0].range,
          context: { diagnostics: d, only: ['quickfix'] },
        })
      ).result;
      assert.deepEqual(fix[0].edit.changes[uri], [{ range: { start, end }, newText: '国发〔2015〕5号' }]);
      const hover = (
        await s.request('textDocument/hover', {
          textDocument: { uri },
          position: { line: start.line, character: start.character + 1 },
        })
      ).result;
      assert.ok(hover && /国发〔2015〕5号/.test(hover.contents.value), JSON.stringify(hover));
      assert.deepEqual(hover.range, { start, end });
    }
  });

  it('stays correct through an edit storm with cancelled requests', async () => {
    s = new RawServer();
    await s.initialize();
    const base = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）第二部分（四）。\n'.repeat(
      200,
    );
    s.open(URI, base, 1);
    await s.diagnostics(URI, 1);
    const ids: number[] = [];
    let text = base;
    const N = 200;
    for (let v = 2; v <= N; v++) {
      const insert = v % 3 === 0 ? '国发[2015]05号' : v % 3 === 1 ? '第四部分' : '😀';
      const line = v % 200;
      s.notify('textDocument/didChange', {
        textDocument: { uri: URI, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
      });
      const lines = text.split('\n');
      lines[line] = insert + lines[line];
      text = lines.join('\n');
      const id = s.call('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 3 } });
      ids.push(id);
      if (v % 2 === 0) s.notify('$/cancelRequest', { id });
      if (v % 10 === 0)
        ids.push(
          s.call('textDocument/codeAction', {
            textDocument: { uri: URI },
            range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.policyCite'] },
          }),
        );
    }
    for (const id of ids) {
      const r = await s.response(id, 30_000);
      assert.ok(!r.error || r.error.code === ErrorCodes.RequestCancelled, JSON.stringify(r.error));
    }
    const d = await s.diagnostics(URI, N, 30_000);
    // the final diagnostics are those of the final text
    const expected = new RawServer();
    try {
      await expected.initialize();
      expected.open(URI, text, 1);
      const want = await expected.diagnostics(URI, 1);
      assert.deepEqual(
        d.map((x) => [x.code, x.range]),
        want.map((x) => [x.code, x.range]),
      );
    } finally {
      await expected.stop();
    }
    const stale = s.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === URI);
    assert.equal(stale[stale.length - 1].params.version, N, 'nothing older is published after the last version');
  });

  it('coalesces a burst of 50 edits into one publish, of the final version', async () => {
    s = new RawServer();
    await s.initialize();
    const text = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）第二部分（四）。\n'.repeat(
      100,
    );
    s.open(URI, text, 1);
    await s.diagnostics(URI, 1);
    const before = s.messages.length;
    const edits = [];
    for (let v = 2; v <= 51; v++)
      edits.push({
        method: 'textDocument/didChange',
        params: {
          textDocument: { uri: URI, version: v },
          contentChanges: [
            { range: { start: { line: v, character: 0 }, end: { line: v, character: 0 } }, text: '国发[2015]5号' },
          ],
        },
      });
    s.sendAll(edits);
    const d = await s.diagnostics(URI, 51);
    assert.equal(d.filter((x) => x.code === 'doc-number-format').length, 50);
    await s.alive('after-burst'); // a round trip: anything still queued for URI would have come by now
    const published = s.messages
      .slice(before)
      .filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === URI);
    assert.deepEqual(
      published.map((m) => m.params.version),
      [51],
    );
  });

  it('answers every request after shutdown with InvalidRequest, publishes nothing more, and exits 0 on exit', async () => {
    s = new RawServer();
    await s.initialize();
    s.open(URI, '国发[2015]5号');
    await s.diagnostics(URI, 1);
    const r = await s.request('shutdown', null);
    assert.equal(r.result, null);
    const published = s.messages.filter((m) => m.method === 'textDocument/publishDiagnostics').length;
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range: null, context: { diagnostics: [] } }],
      ['policyCite/coverage', { uri: URI }],
      ['policyCite/noSuchThing', {}],
      ['shutdown', null],
    ] as const) {
      const after = await s.request(method, params);
      assert.equal(after.error?.code, ErrorCodes.InvalidRequest, `${method}: ${JSON.stringify(after)}`);
    }
    s.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ text: '国发（2015）5号' }],
    });
    s.notify('exit');
    assert.deepEqual(await s.exit, { code: 0, signal: null });
    assert.equal(
      s.messages.filter((m) => m.method === 'textDocument/publishDiagnostics').length,
      published,
      'nothing published after shutdown',
    );
  });

  it('exits 1 on exit without shutdown', async () => {
    s = new RawServer();
    await s.initialize();
    s.notify('exit');
    assert.equal((await s.exit).code, 1);
  });

  it('exits when the client disappears (its end of the pipe closes)', async () => {
    s = new RawServer();
    await s.initialize();
    s.open(URI, '国发[2015]5号');
    await s.diagnostics(URI, 1);
    s.proc.stdin.end();
    const t0 = Date.now();
    const r = await Promise.race([s.exit, new Promise((res) => setTimeout(() => res('still running'), 10_000))]);
    assert.notEqual(r, 'still running');
    assert.ok(Date.now() - t0 < 10_000);
  });

  it('exits when the editor process (processId from initialize) dies', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      s = new RawServer();
      await s.initialize({ processId: parent.pid! });
      await s.alive('with-parent');
      parent.kill('SIGKILL');
      // vscode-languageserver checks the parent every 3 s
      const r = await Promise.race([s.exit, new Promise((res) => setTimeout(() => res('still running'), 15_000))]);
      assert.notEqual(r, 'still running', 'the server outlived its editor');
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('exits when started with --clientProcessId and that process dies, even before initialize', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      s = new RawServer({ args: ['--stdio', `--clientProcessId=${parent.pid}`] });
      await new Promise((r) => setTimeout(r, 200));
      parent.kill('SIGKILL');
      const r = await Promise.race([s.exit, new Promise((res) => setTimeout(() => res('still running'), 15_000))]);
      assert.notEqual(r, 'still running', 'the server outlived its editor');
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
