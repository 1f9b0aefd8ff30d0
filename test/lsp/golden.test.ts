// Golden outputs of the language server over stdio, for the drafts the CLI golden test reads (see
// test/cli/golden.test.ts for how to regenerate): the diagnostics it publishes (UTF-16 ranges, severities, codes,
// related information into the shipped source texts), the quick fixes it offers for each, and "fix all".
// File URIs under the repository are written as file:///REPO/… so the files do not depend on where it is checked out.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INPUTS, ROOT, golden, refuseUpdateInCI, stem } from '../helpers/golden';
import { LspClient } from '../helpers/lsp';

/** The text an editor would show: a BOM says UTF-8 or UTF-16 (the fixtures have no GB18030). */
function decode(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return new TextDecoder('utf-8').decode(buf); // drops a UTF-8 BOM, as an editor does
}

describe('language server: golden outputs', function () {
  this.timeout(60_000);
  let lsp: LspClient;
  const repoUri = pathToFileURL(ROOT).href;
  const normalise = (s: string) => s.split(repoUri).join('file:///REPO');

  before(async () => {
    refuseUpdateInCI();
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'build first: dist/server.js is missing');
    lsp = new LspClient();
    await lsp.initialize({ locale: 'en' });
  });
  after(async () => lsp.close());

  for (const rel of INPUTS) {
    it(`publishes and offers for ${rel} exactly golden/expected/${stem(rel)}.lsp.json`, async () => {
      const uri = pathToFileURL(path.join(ROOT, rel)).href;
      const text = decode(fs.readFileSync(path.join(ROOT, rel)));
      lsp.open(uri, text, rel.endsWith('.md') ? 'markdown' : 'plaintext');
      const diagnostics = await lsp.waitDiagnostics(uri, 1);
      const quickFixes = [];
      for (const d of diagnostics) {
        const actions = await lsp.request('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d], only: ['quickfix'] },
        });
        quickFixes.push(
          actions.map((a: any) => ({
            title: a.title,
            kind: a.kind,
            isPreferred: a.isPreferred,
            edits: a.edit.changes[uri],
          })),
        );
      }
      const fixAll = await lsp.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      lsp.notify('textDocument/didClose', { textDocument: { uri } });
      const out = {
        uri: 'file:///REPO/' + rel,
        diagnostics,
        quickFixes,
        fixAll: fixAll.map((a: any) => ({ title: a.title, kind: a.kind, edits: a.edit.changes[uri] })),
      };
      golden(`${stem(rel)}.lsp.json`, Buffer.from(normalise(JSON.stringify(out, null, 2)) + '\n', 'utf8'));
    });
  }
});
