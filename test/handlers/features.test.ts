// Hover, definition, links, outline, completion, references, coverage and the pick lists, called directly on a
// session state: each handler finds the document, asks the core, and turns offsets into positions.
import * as assert from 'node:assert/strict';
import { didOpen } from '../../server/src/lsp/documents';
import { coverageOf, references } from '../../server/src/lsp/coverage';
import { completion } from '../../server/src/lsp/completion';
import { definition, documentLinks, documentSymbols, hover } from '../../server/src/lsp/navigation';
import { citationChoicesOf, clausesOf } from '../../server/src/lsp/pickers';
import { sourcesLib, GF50 } from '../sources/helpers';
import { DRAFT, CORPUS_BASE, fakeSession, posOf } from './fake';

const URI = 'file:///drafts/plan.txt';
const ZH = `${CORPUS_BASE}gf-2015-5.zh.txt`;

async function withDraft(text = DRAFT, opts: Parameters<typeof fakeSession>[0] = {}) {
  const f = await fakeSession(opts);
  didOpen(f.s, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
  return f;
}

describe('handlers: navigation', () => {
  it('hovers a clause with its place and text, and a range over the citation', async () => {
    const { s } = await withDraft();
    const h = hover(s, { textDocument: { uri: URI }, position: posOf(DRAFT, '第二部分（四）', 2) })!;
    const md = (h.contents as { value: string }).value;
    assert.match(md, /第二部分 主要任务 › （四）加强大数据开发与利用/);
    assert.match(md, /Expand the exploitation and use of big data/);
    assert.deepEqual(h.range, { start: posOf(DRAFT, '第二部分（四）', 0), end: posOf(DRAFT, '第二部分（四）', 7) });
  });

  it('hovers in one language when hoverLanguage says so', async () => {
    const { s } = await withDraft(DRAFT, { configuration: { hoverLanguage: 'en' } });
    const md = (
      hover(s, { textDocument: { uri: URI }, position: posOf(DRAFT, '第二部分（四）', 2) })!.contents as {
        value: string;
      }
    ).value;
    assert.doesNotMatch(md, /充分发挥云计算对数据资源的集聚作用/);
    assert.match(md, /Expand the exploitation and use of big data/);
  });

  it('answers null off a citation and for a document never opened', async () => {
    const { s } = await withDraft();
    assert.equal(hover(s, { textDocument: { uri: URI }, position: { line: 0, character: 1 } }), null);
    assert.equal(hover(s, { textDocument: { uri: 'file:///no.txt' }, position: { line: 0, character: 0 } }), null);
    assert.equal(definition(s, { textDocument: { uri: 'file:///no.txt' }, position: { line: 0, character: 0 } }), null);
  });

  it('goes to the clause in the shipped source text', async () => {
    const { s } = await withDraft();
    const loc = definition(s, { textDocument: { uri: URI }, position: posOf(DRAFT, '第二部分（四）', 3) })!;
    assert.equal(loc.uri, ZH);
    assert.ok(loc.range.start.line > 10);
  });

  it('links every citation but quotations to its line in the source text', async () => {
    const { s } = await withDraft();
    const links = documentLinks(s, { textDocument: { uri: URI } });
    assert.ok(links.length >= 4);
    assert.ok(links.every((l) => l.target!.startsWith(`${ZH}#L`)));
    assert.equal(links[0].tooltip, 'Open the source text');
  });

  it('outlines the shipped source text, and nothing for a draft', async () => {
    const { s } = await withDraft();
    const syms = documentSymbols(s, { textDocument: { uri: ZH } });
    assert.equal(syms.find((x) => x.name === '第二部分 主要任务')!.children!.length, 6);
    assert.deepEqual(documentSymbols(s, { textDocument: { uri: URI } }), []);
  });

  it('completes the sections after 第二部分 of the Opinion', async () => {
    const text = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》第二部分';
    const { s } = await withDraft(text);
    const items = completion(s, { textDocument: { uri: URI }, position: { line: 0, character: text.length } })!;
    assert.equal(items.length, 6);
    assert.equal(items[3].label, '第（四）项');
    assert.deepEqual((items[3].textEdit as { range: unknown }).range, {
      start: { line: 0, character: text.length },
      end: { line: 0, character: text.length },
    });
  });
});

describe('handlers: references and coverage', () => {
  it('finds every citation of a section from the source text, the declaration first when asked', async () => {
    const { s } = await withDraft();
    // the heading of section (4) in the shipped Chinese text
    const src = s.library.corpora[0].data.texts.zh!;
    const at = posOf(src, '(四)加强大数据开发与利用', 3);
    const refs = references(s, { textDocument: { uri: ZH }, position: at, context: { includeDeclaration: true } })!;
    assert.equal(refs[0].uri, ZH);
    assert.deepEqual(
      refs.slice(1).map((r) => [r.uri, r.range.start.line]),
      [[URI, 2]], // line 3 cites （五）, with the heading of （四）: a mis-citation of （五）
    );
  });

  it('answers the coverage tree with positions of the citations', async () => {
    const { s } = await withDraft();
    const reply = coverageOf(s, { uri: URI })!;
    assert.equal(reply.document.id, 'gf-2015-5');
    const sec4 = reply.clauses.find((c) => c.id === 'II.4')!;
    assert.equal(sec4.covered, true);
    assert.deepEqual(sec4.citations[0].range.start, posOf(DRAFT, '第二部分（四）', 0));
    assert.equal(sec4.source.zh!.uri, ZH);
    assert.equal(coverageOf(s, { uri: 'file:///no.txt' }), null);
  });
});

describe('handlers: the pick lists', () => {
  it('lists the clauses of the Opinion with where they are in the text asked for', async () => {
    const { s } = await withDraft();
    const { documents } = clausesOf(s, { lang: 'en' });
    assert.equal(documents.length, 1);
    const [d] = documents;
    assert.deepEqual([d.docId, d.lang, d.bundled, d.number], ['gf-2015-5', 'en', true, 'GF No. (2015)5']);
    const sec = d.clauses.find((c) => c.id === 'II.4')!;
    assert.equal(sec.depth, 1);
    assert.match(sec.label, /Expand the exploitation and use of big data/);
    assert.match(sec.description!, /加强大数据开发与利用/);
    assert.equal(sec.location.uri, `${CORPUS_BASE}gf-2015-5.en.txt`);
    const en = s.library.corpora[0].data.texts.en!.split('\n');
    assert.match(en[sec.location.range.start.line], /Expand the exploitation and use of big data/);
  });

  it("lists the user's sources after the Opinion, each in the language it has", async () => {
    const { s } = await withDraft(DRAFT, { library: sourcesLib() });
    const { documents } = clausesOf(s, { lang: 'en' });
    assert.equal(documents[0].docId, 'gf-2015-5');
    const gf50 = documents.find((d) => d.docId === `source:${GF50}`)!;
    assert.equal(gf50.lang, 'zh', 'a Chinese source is listed in Chinese when English is asked for');
    assert.ok(gf50.clauses.some((c) => c.kind === 'part'));
    assert.ok(gf50.clauses.every((c) => c.description === undefined && c.location.uri.includes(GF50)));
  });

  it('offers the citation choices of the Opinion, with the short name the draft defined, and of the sources', async () => {
    const { s } = await withDraft(DRAFT, { library: sourcesLib() });
    const end = { line: 4, character: 0 };
    const reply = citationChoicesOf(s, { uri: URI, position: end });
    assert.equal(reply.lang, 'zh');
    assert.equal(reply.choices.find((c) => c.id === 'II.4')!.text, '《意见》第二部分第（四）项');
    const gf50 = reply.sources!.find((x) => x.docId === `source:${GF50}`)!;
    assert.equal(gf50.number, '国发〔2015〕50号');
    assert.ok(gf50.choices.length > 3);
    assert.ok(
      gf50.choices.every((c) =>
        c.text.startsWith('《国务院关于印发促进大数据发展行动纲要的通知》（国发〔2015〕50号）'),
      ),
    );
  });
});
