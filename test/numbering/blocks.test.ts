// The outline read block by block (each block's lines kept in the BlockCache, numbering.ts) equals the outline read
// from the whole draft in one pass, whatever the edits: code fences, HTML comments and open quotation marks carried
// across blank lines included.
import * as assert from 'node:assert/strict';
import { BlockCache } from '../../server/src/core/blocks';
import { type NumberedHeading, numberedHeadings } from '../../server/src/core/numbering';
import { lib } from '../helpers/corpus';
import { rng } from '../bench/drafts';

const PIECES = [
  '一、总体要求\n',
  '（二）加快发展云计算\n',
  '（三）统筹布局云计算基础设施\n',
  '1．推进试点\n',
  '2. 推进试点\n',
  '（1）加强管理\n',
  'I. General requirements\n',
  '(2) Strengthen security\n',
  '- 列表项\n',
  '```\n',
  '<!--\n',
  '-->\n',
  '“引用开始\n',
  '”\n',
  '\n',
  '\n\n',
  '> 引用行\n',
  '正文一段。',
  '**二、主要任务**\n',
  '# 三、保障措施\n',
];

const plain = (hs: NumberedHeading[]) =>
  hs.map((h) => ({ ...h, parent: h.parent ? h.parent.marker.start : undefined }));

describe('numbered headings block by block', () => {
  it('equal a one-pass reading after random edits (200 cases)', () => {
    const r = rng(42);
    const L = lib();
    const titles = L.corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);
    for (let n = 0; n < 200; n++) {
      const cache = new BlockCache();
      let text = '';
      for (let i = 0; i < 30; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      for (let step = 0; step < 8; step++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.3 ? Math.floor(r() * 6) : 0;
        text = text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at + del);
        const { f, blocks } = cache.read(text, titles);
        const whole = numberedHeadings({ text, f, lib: L });
        const byBlock = numberedHeadings({ text, f, lib: L, blocks });
        assert.deepEqual(plain(byBlock), plain(whole), JSON.stringify(text));
      }
    }
  });
});
