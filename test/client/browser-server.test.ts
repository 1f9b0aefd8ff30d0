// The web build of the language server (dist/browser-server.js), run as VS Code for the Web runs it: a worker
// whose only channel is postMessage. Node's worker_threads stand in for the browser's Worker; the bundle must
// need nothing else (no require, no process, no fs).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../helpers/corpus';

const BUNDLE = path.join(ROOT, 'dist', 'browser-server.js');

/** A browser-like worker global: `self` with postMessage, onmessage and addEventListener, and no require. */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
const listeners = [];
const self = {
  postMessage: (m) => parentPort.postMessage(m),
  addEventListener: (type, fn) => { if (type === 'message') listeners.push(fn); },
  removeEventListener: () => {},
  set onmessage(fn) { listeners.push(fn); },
};
parentPort.on('message', (data) => { for (const fn of listeners) fn({ data }); });
new Function('self', 'require', 'process', 'module', 'exports', workerData.code)(self, undefined, undefined, undefined, undefined);
`;

interface Msg {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

class WorkerClient {
  private worker: Worker;
  private next = 1;
  private waiting = new Map<number, (m: Msg) => void>();
  readonly notifications: Msg[] = [];
  private onNote: (() => void)[] = [];

  constructor() {
    this.worker = new Worker(BOOT, { eval: true, workerData: { code: fs.readFileSync(BUNDLE, 'utf8') } });
    this.worker.on('message', (m: Msg) => {
      if (m.id !== undefined && !m.method) {
        this.waiting.get(m.id)?.(m);
        this.waiting.delete(m.id);
        return;
      }
      if (m.id !== undefined && m.method) {
        // A request from the server (configuration, registration): answer as a plain client would.
        const result = m.method === 'workspace/configuration' ? [null] : null;
        this.worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
        return;
      }
      this.notifications.push(m);
      for (const f of this.onNote.splice(0)) f();
    });
  }

  request(method: string, params: unknown): Promise<Msg> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.worker.postMessage({ jsonrpc: '2.0', method, params });
  }

  async notification(method: string, uri: string): Promise<Msg> {
    for (;;) {
      const hit = this.notifications.find((n) => n.method === method && (n.params as { uri?: string }).uri === uri);
      if (hit) return hit;
      await new Promise<void>((r) => this.onNote.push(r));
    }
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

describe('web-worker language server (dist/browser-server.js)', () => {
  let c: WorkerClient;
  const base = 'https://example.test/extension/corpus/';
  const uri = 'memfs:/draft.md';
  const text =
    '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），落实《意见》第二部分第（八）项。\n《意见》第二部分';

  before(async () => {
    assert.ok(fs.existsSync(BUNDLE), 'npm test builds dist/browser-server.js first');
    c = new WorkerClient();
    const init = await c.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      locale: 'zh-cn',
      initializationOptions: { corpusBaseUri: base },
    });
    assert.ok((init.result as { capabilities: { completionProvider?: unknown } }).capabilities.completionProvider);
    c.notify('initialized', {});
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  });

  after(async () => {
    await c?.stop();
  });

  it('publishes diagnostics from the same core, in the editor language', async () => {
    const d = await c.notification('textDocument/publishDiagnostics', uri);
    const diags = (d.params as { diagnostics: { code: string; source: string; message: string }[] }).diagnostics;
    assert.deepEqual(
      diags.map((x) => [x.code, x.source]),
      [['unknown-clause', 'policy-cite']],
    );
    assert.match(diags[0].message, /[\u4e00-\u9fff]/);
  });

  it('jumps to the source text under the base URI the client gave', async () => {
    const at = text.indexOf('第二部分第（八）项') + 1;
    const r = await c.request('textDocument/definition', {
      textDocument: { uri },
      position: { line: 0, character: at },
    });
    const loc = r.result as { uri: string; range: { start: { line: number } } };
    assert.equal(loc.uri, `${base}gf-2015-5.zh.txt`);
  });

  it('completes the sections after 第…部分', async () => {
    const line1 = text.split('\n')[1];
    const r = await c.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: line1.length },
    });
    const labels = (r.result as { label: string }[]).map((x) => x.label);
    assert.deepEqual(labels, ['第（一）项', '第（二）项', '第（三）项', '第（四）项', '第（五）项', '第（六）项']);
  });

  it('answers the citation choices the insert command shows', async () => {
    const r = await c.request('policyCite/citationChoices', { uri, position: { line: 1, character: 0 } });
    const res = r.result as { lang: string; choices: { id: string; text: string }[] };
    assert.equal(res.lang, 'zh');
    assert.equal(res.choices.find((x) => x.id === 'II.4')!.text, '《意见》第二部分第（四）项');
  });
});
