// Re-analysis while typing: a draft analysed with a document's BlockCache after any sequence of edits gives exactly
// what a fresh analysis of the same text gives (the cache only saves work). No timing here: speed is `npm run bench`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache, blockStarts, sharedHead, sharedTail } from '../../server/src/core/blocks';
import { ROOT, lib } from '../helpers/corpus';
import { draft, rng } from '../bench/drafts';

/** Citations, findings and suppressions as comparable JSON (a paired mention by its span). */
function summary(text: string, cache?: BlockCache): string {
  const a = analyze(text, lib(), { cache });
  return JSON.stringify({ c: a.citations, f: a.findings, s: a.suppressed }, (k, v) =>
    k === 'pairedWith' ? (v ? v.span : v) : v,
  );
}

const PIECES = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '。',
  '国发〔2015〕5号',
  '《意见》',
  '“',
  '”',
  'Part II, Section (4)',
  '（以下简称《意见》）',
  '，',
  '第二部分（三）',
  'PUE值优于1.4',
  '發展',
  '\r\n',
  'the Opinions',
  '<!-- policy-cite-disable-next-line -->\n',
];

describe('incremental re-analysis (BlockCache)', () => {
  it('splits after blank lines only', () => {
    assert.deepEqual(blockStarts('a\n\nb\nc\n\n\nd'), [0, 3, 8, 9]);
    assert.deepEqual(blockStarts('no blank line\nhere\n'), [0]);
    assert.deepEqual(blockStarts('ends with a blank line\n\n'), [0]);
  });

  it('finds the shared head and tail of two texts, across its 4096-character chunks', () => {
    const long = 'a'.repeat(9000);
    assert.equal(sharedHead(long, long), 9000);
    assert.equal(sharedHead(long + 'b', long + 'c'), 9000);
    assert.equal(sharedHead('x' + long, long), 0);
    assert.equal(sharedHead(long.slice(0, 5000) + 'b' + long, long + 'b'), 5000);
    assert.equal(sharedTail('b' + long, 'c' + long, 9000), 9000);
    assert.equal(sharedTail(long + 'x', long, 9000), 0);
    assert.equal(sharedTail(long + 'b' + long.slice(0, 4100), 'b' + long.slice(0, 4100), 4101), 4101);
    assert.equal(sharedTail('aaa', 'aaaa', 1), 1, 'at most max');
  });

  it('reads after an edit the blocks a fresh read finds (starts and folded texts; blank lines typed and deleted)', () => {
    const r = rng(11);
    const bits = ['\n', '\n\n', 'x', '国发〔2015〕5号', '\n\n\n', '。', '發'];
    const titles = lib().corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);
    for (let n = 0; n < 40; n++) {
      const cache = new BlockCache();
      let text = '';
      for (let i = 0; i < 60; i++) text += bits[Math.floor(r() * bits.length)];
      for (let step = 0; step < 25; step++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.5 ? Math.floor(r() * 5) : 0;
        text = text.slice(0, at) + (r() < 0.8 ? bits[Math.floor(r() * bits.length)] : '') + text.slice(at + del);
        const got = cache.read(text, titles);
        const fresh = new BlockCache().read(text, titles);
        assert.deepEqual(
          got.blocks.map((b) => [b.start, b.f]),
          fresh.blocks.map((b) => [b.start, b.f]),
          JSON.stringify(text),
        );
        assert.equal(got.f, fresh.f);
      }
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`gives the fresh analysis after each of 150 random edits to a ${lang} draft`, () => {
      const r = rng(lang === 'zh' ? 7 : 8);
      let text = draft(lang, 12000, 3, lang === 'en');
      const cache = new BlockCache();
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.4 ? Math.floor(r() * 30) : 0;
        const ins = r() < 0.85 ? PIECES[Math.floor(r() * PIECES.length)] : '';
        text = text.slice(0, at) + ins + text.slice(at + del);
        assert.equal(summary(text, cache), summary(text), `edit ${i}: ${JSON.stringify(ins)} at ${at}, ${del} deleted`);
      }
    });
  }

  it('gives the fresh analysis for the example drafts edited paragraph by paragraph', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((x) => /\.(md|txt)$/.test(x))) {
      const original = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      const cache = new BlockCache();
      summary(original, cache);
      const paras = original.split('\n\n');
      for (let i = 0; i < paras.length; i++) {
        const edited = [...paras.slice(0, i), paras[i] + ' 国发[2015]5号', ...paras.slice(i + 1)].join('\n\n');
        assert.equal(summary(edited, cache), summary(edited), `${f}, paragraph ${i}`);
      }
    }
  });
});
