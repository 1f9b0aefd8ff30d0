// The user sources companion on a session state (no stream): the sources of a workspace folder join the library,
// a broken source gets diagnostics on its own file, watched-file and setting changes reload them, and files are
// watched only when the client declared dynamic registration for it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { didChangeConfiguration } from '../../server/src/lsp/configuration';
import { didOpen } from '../../server/src/lsp/documents';
import { sourceLoader } from '../../server/src/lsp/sources';
import { lib } from '../helpers/corpus';
import { GF50, fixture } from '../sources/helpers';
import { fakeSession } from './fake';

const uri = (p: string) => pathToFileURL(p).href;
const DRAFT = '《促进大数据发展行动纲要》（国发〔2015〕50号）第五部分要求加强统筹。';
/** Waits for the companion's own timers (a reload after a watched-file event runs on setTimeout 0). */
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('handlers: user sources', () => {
  let dir: string;
  let sources: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-handlers-'));
    sources = path.join(dir, '.policy-cite', 'sources');
    fs.mkdirSync(sources, { recursive: true });
    fs.writeFileSync(path.join(sources, GF50), fixture(GF50));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const session = (capabilities?: object) =>
    fakeSession({ rootUri: uri(dir), companions: [sourceLoader(lib())], capabilities, locale: 'zh-cn' });

  it('adds the sources of the workspace folder to the library, and checks drafts against them', async () => {
    const { s, client, loop } = await session();
    assert.deepEqual(
      s.library.corpora.map((c) => c.id),
      ['gf-2015-5', `source:${uri(path.join(sources, GF50))}`],
    );
    const draft = uri(path.join(dir, 'plan.txt'));
    didOpen(s, { textDocument: { uri: draft, languageId: 'plaintext', version: 1, text: DRAFT } });
    loop.drain();
    const [d] = client.of(draft).at(-1)!.diagnostics;
    assert.equal(d.code, 'unknown-clause');
    assert.match(d.message, /国发〔2015〕50号共四个部分/);
  });

  it('publishes the problems of a broken source on the source file, and reloads on a watched-file event', async () => {
    const { s, client } = await session();
    const broken = path.join(sources, 'broken.md');
    fs.writeFileSync(broken, '# 一、总体要求\n\n（一）指导思想。\n');
    for (const c of s.companions) c.watchedFilesChanged?.([uri(broken)]);
    await tick();
    const [p] = client.of(uri(broken));
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.source, d.range.start.line]),
      [['source-document', 'policy-cite', 0]],
    );
  });

  it('follows policyCite.sources when the settings change', async () => {
    const extra = path.join(dir, 'extra');
    fs.mkdirSync(extra);
    fs.copyFileSync(path.join(sources, GF50), path.join(extra, 'copy.md'));
    fs.rmSync(path.join(sources, GF50));
    const { s, client } = await session();
    assert.equal(s.library.corpora.length, 1);
    client.configurationAnswer = { sources: ['extra/*.md'] };
    await didChangeConfiguration(s, { settings: {} });
    assert.deepEqual(
      s.library.corpora.map((c) => c.id),
      ['gf-2015-5', `source:${uri(path.join(extra, 'copy.md'))}`],
    );
  });

  it('asks the client to watch the source files only when it declared dynamic registration for it', async () => {
    const watching = await session();
    await tick();
    assert.deepEqual(
      watching.client.registrations.map((r) => r.method),
      ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'],
    );
    const quiet = await session({ workspace: { configuration: true } });
    await tick();
    assert.deepEqual(quiet.client.registrations, []);
  });
});
