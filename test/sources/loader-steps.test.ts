// The language server's source loader, step by step (server/src/lsp/sources.ts): which texts it reads, what it asks
// the client to watch, and how a source's problems read. The loader as a whole is tested over LSP in lsp.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE_PROBLEM_CODE, sourceDiagnostics, sourceInputs, watchersFor } from '../../server/src/lsp/sources';

function docs(...list: TextDocument[]) {
  return { all: () => list, get: (uri: string) => list.find((d) => d.uri === uri) };
}

describe('source loader steps', () => {
  it('reads a source from the editor where it is open, else from disk, and logs one it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-loader-'));
    const src = path.join(dir, '.policy-cite', 'sources');
    fs.mkdirSync(src, { recursive: true });
    const onDisk = path.join(src, 'a.txt');
    fs.writeFileSync(onDisk, 'on disk');
    const both = path.join(src, 'b.txt');
    fs.writeFileSync(both, 'old text on disk');
    const uri = (p: string) => pathToFileURL(p).href;
    const open = TextDocument.create(uri(both), 'plaintext', 3, 'typed in the editor');
    const unsaved = TextDocument.create(uri(path.join(src, 'new.md')), 'markdown', 1, 'not saved yet');
    const draft = TextDocument.create(uri(path.join(dir, 'draft.md')), 'markdown', 1, 'a draft');
    const notes: string[] = [];
    const inputs = sourceInputs(
      [uri(onDisk), uri(both), uri(path.join(src, 'gone.txt'))],
      docs(open, unsaved, draft),
      (m) => notes.push(m),
    );
    assert.deepEqual(
      inputs.map((i) => [path.basename(i.key), i.text]),
      [
        ['a.txt', 'on disk'],
        ['b.txt', 'typed in the editor'],
        ['new.md', 'not saved yet'],
      ],
    );
    assert.equal(notes.length, 1);
    assert.match(notes[0], /gone\.txt/);
  });

  it('asks to watch .policy-cite/sources/ and each configured path, relative to each folder where it can', () => {
    const abs = path.resolve('/srv/policies');
    assert.deepEqual(watchersFor([], [], false), [{ globPattern: '**/.policy-cite/sources/**' }]);
    const rel = watchersFor(['policies/', 'more/*.md', abs], ['/w1', '/w2'], true);
    assert.deepEqual(rel.slice(1), [
      { globPattern: { baseUri: pathToFileURL('/w1').href, pattern: 'policies{,/**}' } },
      { globPattern: { baseUri: pathToFileURL('/w2').href, pattern: 'policies{,/**}' } },
      { globPattern: { baseUri: pathToFileURL('/w1').href, pattern: 'more/*.md' } },
      { globPattern: { baseUri: pathToFileURL('/w2').href, pattern: 'more/*.md' } },
      { globPattern: `${abs.replace(/\\/g, '/')}{,/**}` },
    ]);
    assert.deepEqual(watchersFor(['policies\\sub'], ['/w1'], false).slice(1), [
      { globPattern: '**/policies/sub{,/**}' },
    ]);
  });

  it('publishes a source’s problems on the file itself, in the editor’s language, with UTF-16 ranges', () => {
    const text = '😀 国发〔2015〕50号\n';
    const problem = {
      span: { start: 3, end: 14 },
      severity: 'warning' as const,
      message: { zh: '缺少成文日期', en: 'no date of issue' },
    };
    const [d] = sourceDiagnostics(text, 'file:///s.txt', [problem], 'zh');
    assert.deepEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 14 } });
    assert.equal(d.message, '缺少成文日期');
    assert.equal(d.code, SOURCE_PROBLEM_CODE);
    assert.equal(d.severity, 2);
    assert.equal(sourceDiagnostics(text, 'file:///s.txt', [problem], 'en')[0].message, 'no date of issue');
  });
});
