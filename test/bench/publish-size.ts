// How many bytes one publishDiagnostics of a 1 MB draft takes on the wire, for an editor that resolves code actions
// and shows related information (VS Code) and for one that does neither:
// `npx tsc -b && node esbuild.js && node out/test/bench/publish-size.js [MB]`.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';
import { draft } from './drafts';

const FULL = {
  workspace: { configuration: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
    },
  },
};
const BARE = { workspace: { configuration: true } };

/** The byte size of the first publish for a draft, and how it divides up. */
function publishSize(text: string, capabilities: object): Promise<Record<string, number>> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const send = (m: object) => {
    const b = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
    proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]));
  };
  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    proc.stdout.on('data', (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      for (;;) {
        const h = buf.indexOf('\r\n\r\n');
        if (h < 0) return;
        const len = Number(/Content-Length: *(\d+)/i.exec(buf.subarray(0, h).toString())![1]);
        if (buf.length < h + 4 + len) return;
        const body = buf.subarray(h + 4, h + 4 + len);
        buf = buf.subarray(h + 4 + len);
        const m = JSON.parse(body.toString('utf8'));
        if (m.method && m.id !== undefined)
          send({ id: m.id, result: m.method === 'workspace/configuration' ? [null] : null });
        if (m.method !== 'textDocument/publishDiagnostics') continue;
        const ds: Record<string, unknown>[] = m.params.diagnostics;
        const part = (k: string) =>
          ds.reduce((n, d) => n + (d[k] === undefined ? 0 : JSON.stringify(d[k]).length + k.length + 4), 0);
        proc.kill();
        resolve({
          bytes: body.length,
          diagnostics: ds.length,
          data: part('data'),
          related: part('relatedInformation'),
        });
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, locale: 'en', capabilities } });
    send({ method: 'initialized', params: {} });
    const textDocument = { uri: 'file:///tmp/policy-cite-size.txt', languageId: 'plaintext', version: 1, text };
    send({ method: 'textDocument/didOpen', params: { textDocument } });
  });
}

async function main() {
  const mb = Number(process.argv[2] ?? 1);
  for (const lang of ['zh', 'en'] as const) {
    const text = draft(lang, mb * 1024 * 1024, 1);
    for (const [name, caps] of [
      ['resolve + related information', FULL],
      ['neither', BARE],
    ] as const)
      console.log(`${lang} ${mb} MB, ${name}: ${JSON.stringify(await publishSize(text, caps))}`);
  }
}

void main();
