// Segments (segments.ts): a draft resolved and checked a run of blocks at a time, each with the state the draft before
// it leaves. Two properties: where the segments end does not change what is found (the state carried is all a
// segment reads of the rest of the draft), and an edit reads again only the segments it touched or whose incoming
// state it changed. No timing here: speed is `npm run bench`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlockCache, type Block } from '../../server/src/core/blocks';
import { analyzeSegments, mayCut, segmentRanges } from '../../server/src/core/segments';
import { RULES } from '../../server/src/core/rules';
import { analyze, libraryFromData } from '../../server/src/core/analyze';
import { EarlierNames } from '../../server/src/core/scan-aliases';
import { CORPUS_JSON, ROOT, lib } from '../helpers/corpus';
import { draft, rng } from '../bench/drafts';

const rules = RULES.filter((r) => r.scope !== 'draft');
const titles = () => lib().corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);

const byStart = (a: { span: { start: number } }, b: { span: { start: number } }) => a.span.start - b.span.start;

/** Findings and citations of `text` read with the segments ending where `cut` says (and prose allows). */
function read(text: string, cut: (b: Block, i: number) => boolean, cache = new BlockCache()) {
  const lf = text.replace(/\r\n?/g, '\n');
  const { f, blocks } = cache.read(lf, titles());
  const marked = blocks.map((b, i) => ({ ...b, cut: cut(b, i) }));
  const a = analyzeSegments(lib(), lf, f, marked, rules, undefined, cache);
  const out = JSON.stringify(
    {
      f: a.findings,
      c: a.resolution().citations,
      d: a.resolution().r.docs,
      q: [...a.resolution().r.quotes].sort(byStart),
      x: a.resolution().r.contexts,
    },
    (k, v) => (k === 'pairedWith' ? (v ? v.span : v) : v),
  );
  return { out, work: a.work };
}

/** Every draft the answer-keyed sets, the examples and the bench generator give. */
function drafts(): [string, string][] {
  const out: [string, string][] = [];
  for (const set of ['drafts', 'wave2', 'wave3', 'wave4', 'echo', 'echo2']) {
    const dir = path.join(ROOT, 'test', 'eval', set);
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[])
      if (/\.(md|txt)$/.test(f) && !/README|key/i.test(f))
        out.push([`${set}/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  for (const f of fs.readdirSync(path.join(ROOT, 'examples')))
    if (/\.(md|txt)$/.test(f)) out.push([`examples/${f}`, fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')]);
  for (const lang of ['zh', 'en'] as const) out.push([`bench ${lang}`, draft(lang, 40000, 5, lang === 'en')]);
  return out;
}

describe('segments: a draft read a run of blocks at a time', () => {
  it('ends segments only between two paragraphs of prose', () => {
    const b = (f: string) => ({ f });
    assert.ok(mayCut(b('《意见》提出了目标。\n\n'), b('我市将推进政务云建设。')));
    assert.ok(!mayCut(b('对照表如下：\n\n'), b('| 条款 | 内容 |\n| --- | --- |')), 'a table under its caption');
    assert.ok(!mayCut(b('1️⃣ 第二部分（一）增强云计算服务能力\n\n'), b('2️⃣ 第二部分（二）…')), 'list lines');
    assert.ok(!mayCut(b('正文。\n\n'), b('## 二、主要任务')), 'a heading');
    assert.ok(!mayCut(b('- item\n\n'), b('Prose.')), 'after a list item');
    assert.deepEqual(
      segmentRanges([
        { cut: true, f: 'a\n\n' },
        { cut: false, f: 'b\n\n' },
        { cut: true, f: 'c\n\n' },
        { cut: true, f: '| d |' },
      ]),
      [
        [0, 1],
        [1, 4],
      ],
    );
  });

  it('finds the same with a segment per paragraph as with the whole draft in one (every keyed draft, the examples)', () => {
    for (const [name, text] of drafts()) {
      const one = read(text, () => false);
      const each = read(text, () => true);
      assert.equal(each.out, one.out, name);
      if (text.length > 20000) assert.ok(each.work.segments > 3, `${name}: ${each.work.segments} segments`);
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`gives the fresh analysis after 120 random edits to a ${lang} draft of many segments (short names defined and removed, CRLF)`, () => {
      const r = rng(lang === 'zh' ? 21 : 22);
      const def =
        lang === 'zh'
          ? [
              '（以下简称《云计算意见》）',
              '《云计算意见》',
              '\r\n\r\n国发〔2015〕5号文件（以下简称“5号文”）提出',
              '5号文',
            ]
          : [
              ' (hereinafter "the Cloud Opinions")',
              'the Cloud Opinions',
              '\r\n\r\nGF No. (2015)5 (hereinafter "Document 5")',
              'Document 5',
            ];
      const pieces = [
        ...def,
        '\n\n',
        '。',
        'x',
        '《意见》',
        'the Opinions',
        '国办发〔2015〕5号',
        '第二部分第（三）项',
        '\r\n',
      ];
      let text = draft(lang, lang === 'zh' ? 20000 : 40000, 9, lang === 'en');
      const cache = new BlockCache();
      let segments = 0;
      for (let i = 0; i < 120; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.4 ? Math.floor(r() * (r() < 0.2 ? 400 : 30)) : 0; // sometimes a definition goes
        const ins = r() < 0.85 ? pieces[Math.floor(r() * pieces.length)] : '';
        text = text.slice(0, at) + ins + text.slice(at + del);
        // a segment at every paragraph of prose: the most state carried from one to the next
        const got = read(text, () => true, cache);
        segments = Math.max(segments, got.work.segments);
        assert.equal(got.out, read(text, () => true).out, `edit ${i}: ${JSON.stringify(ins)} at ${at}, ${del} deleted`);
      }
      assert.ok(segments >= 4, `${segments} segments`);
    });
  }

  it('finds in a segment the uses of short names defined before it, few or many, Chinese and English', () => {
    for (const n of [2, 20]) {
      const names = new EarlierNames();
      const en = Array.from({ length: n }, (_, i) => `Doc${i} Opinions`);
      const zh = Array.from({ length: n }, (_, i) => `《文件${i}》`);
      for (const x of [...en, ...zh]) names.add(x);
      const f = `见the Doc1 Opinions和Doc1  Opinions，${zh[1]}与${zh[0]}${zh[0]}；Doc10 Opinions；Doc1 Opinionsx`;
      const found = names.uses(f).map((u) => f.slice(u.span.start, u.span.end));
      const expected = [
        'the Doc1 Opinions',
        'Doc1  Opinions',
        zh[1],
        zh[0],
        zh[0],
        ...(n > 10 ? ['Doc10 Opinions'] : []),
      ];
      assert.deepEqual(found.sort(), expected.sort(), `${n} names`);
      assert.equal(names.uses('nothing here').length, 0);
    }
  });

  it('never hands out what a cache found with another library (the same titles, a source text changed)', () => {
    const text = draft('zh', 20000, 6);
    const cache = new BlockCache();
    const before = analyze(text, lib(), { cache });
    // the same document, its Chinese text with one word changed throughout (the same length, so its index holds)
    const raw = JSON.parse(fs.readFileSync(CORPUS_JSON, 'utf8'));
    raw.texts.zh = raw.texts.zh.replace(/云计算/g, '云运算');
    const other = libraryFromData([raw]).lib;
    const fresh = analyze(text, other);
    const again = analyze(text, other, { cache });
    assert.notEqual(JSON.stringify(fresh.findings), JSON.stringify(before.findings), 'the change matters');
    assert.equal(JSON.stringify(again.findings), JSON.stringify(fresh.findings));
  });

  it('makes an analysis’s resolution when first read, the same as a fresh one, even after later edits moved its segments', () => {
    const r = rng(31);
    let text = draft('zh', 120000, 7);
    const cache = new BlockCache();
    const kept: { text: string; a: ReturnType<typeof analyze> }[] = [];
    for (let i = 0; i < 12; i++) {
      const at = Math.floor(r() * text.length);
      text = text.slice(0, at) + (i % 3 ? '我市' : '（以下简称《意见》）') + text.slice(at);
      kept.push({ text, a: analyze(text, lib(), { cache }) });
    }
    // read in reverse: the oldest analyses' segments have been moved by every later edit
    for (const { text: t, a } of kept.reverse()) {
      const fresh = analyze(t, lib());
      const key = (x: typeof a) =>
        JSON.stringify({ c: x.citations, d: x.resolved.docs, x: x.resolved.contexts, f: x.findings }, (k, v) =>
          k === 'pairedWith' ? (v ? v.span : v) : v,
        );
      assert.equal(key(a), key(fresh));
    }
  });

  it('gives the fresh analysis after random edits of texts made of the forms that carry state (a segment per paragraph)', () => {
    const pieces = [
      '\n\n',
      '\n',
      '😀',
      '\uD800',
      '。',
      '《意见》',
      '该意见',
      'the Opinions',
      'the document',
      '国发〔2015〕5号',
      '国办发〔2015〕5号',
      '（以下简称《意见》）',
      '（以下简称“云计算意见”）',
      '云计算意见',
      ' (hereinafter "the Cloud Opinions")',
      'the Cloud Opinions',
      '《国务院关于促进云计算创新发展培育信息产业新业态的意见》',
      '《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）和',
      '第二部分第（三）项',
      '二（七）',
      '“增强云计算服务能力”',
      '到2017年PUE值优于1.4',
      '| 条款 | 内容 |\n| --- | --- |\n| 二（一） | 增强云计算服务能力 |',
      '1️⃣ 第二部分（六）加强网络安全保障',
      '## II. Background',
      'Section II.3',
      '本市',
      '“',
      '\t',
      'GF No. (2015)5',
    ];
    const r = rng(41);
    const pick = () => pieces[Math.floor(r() * pieces.length)];
    for (let n = 0; n < 24; n++) {
      let text = '';
      for (let i = 0; i < 80; i++) text += pick() + (r() < 0.3 ? '\n\n' : '');
      const cache = new BlockCache();
      for (let e = 0; e < 25; e++) {
        const at = Math.floor(r() * (text.length + 1));
        const del = r() < 0.4 ? Math.floor(r() * 40) : 0;
        text = text.slice(0, at) + (r() < 0.85 ? pick() : '') + text.slice(at + del);
        assert.equal(read(text, () => true, cache).out, read(text, () => true).out, `text ${n}, edit ${e}`);
      }
    }
  });

  it('names a pair of opinions where it now stands after an edit that moved it but kept the length', () => {
    const pair =
      '参照《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）和《国务院办公厅关于促进电子政务协调发展的指导意见》（国办发〔2014〕66号）部署工作。';
    const prose = Array.from({ length: 6 }, (_, i) => `第${i + 1}段正文，推进政务信息系统整合共享。`).join('\n\n');
    const a = `${pair}\n\n${prose}\n\n《意见》提出加快发展。`;
    const cut = a.indexOf('部署');
    const b = '我' + a.slice(0, cut) + a.slice(cut + 1); // the pair one place later, the text as long
    const cache = new BlockCache();
    const first = read(a, () => true, cache);
    assert.ok(first.work.segments > 3, `${first.work.segments} segments`);
    assert.match(first.out, /"ambiguousWith"/);
    assert.equal(read(b, () => true, cache).out, read(b, () => true).out);
  });

  it('reads again only the segment an edit touched, or those whose incoming state it changed', () => {
    const text = draft('zh', 300000, 4);
    const cache = new BlockCache();
    const first = read(text, (b) => b.cut, cache).work;
    assert.equal(first.redone, first.segments);
    assert.ok(first.segments > 5, `${first.segments} segments`);
    const mid = text.indexOf('。', text.length >> 1) + 1;
    const typed = read(text.slice(0, mid) + '我市' + text.slice(mid), (b) => b.cut, cache).work;
    assert.equal(typed.redone, 1, 'a word typed in prose');
    // a short name defined near the start changes the state every later segment starts in
    const at = text.indexOf('。') + 1;
    const defined = text.slice(0, at) + '国发〔2015〕5号（以下简称《新名》）' + text.slice(at);
    const d = read(defined, (b) => b.cut, cache).work;
    assert.ok(d.redone > d.segments / 2, `${d.redone} of ${d.segments}`);
  });
});
