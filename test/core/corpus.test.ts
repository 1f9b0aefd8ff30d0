// The shipped corpus: derived from the seed, covers the Opinion's text exactly once and in order, aligned across
// the two languages, and reproducible by the build script.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { indexCorpus, type CorpusData, type Lang } from '../../server/src/core/corpus';
import { CORPUS_JSON, ROOT } from '../helpers/corpus';
import { needShared } from '../helpers/skips';

const data = JSON.parse(fs.readFileSync(CORPUS_JSON, 'utf8')) as CorpusData;
const SEED_IN_SHARED = path.join('seeds', '000_824a86cffa84acd7.txt');
let SEED = '';
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const textOf = (id: string, lang: Lang) => {
  const r = byId.get(id)!.range[lang]!;
  return data.texts[lang]!.slice(r[0], r[1]);
};

describe('corpus of 国发〔2015〕5号', () => {
  it('has the metadata a citation needs', () => {
    assert.equal(data.meta.title.zh, '国务院关于促进云计算创新发展培育信息产业新业态的意见');
    assert.equal(
      data.meta.title.en,
      'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
    );
    assert.deepEqual(
      [data.meta.number.zh, data.meta.number.en, data.meta.number.agency, data.meta.number.year, data.meta.number.seq],
      ['国发〔2015〕5号', 'GF No. (2015)5', '国发', 2015, 5],
    );
    assert.deepEqual(
      [data.meta.issuer.zh, data.meta.issuer.en, data.meta.date.iso],
      ['国务院', 'State Council', '2015-01-06'],
    );
    assert.match(data.meta.addressees!.zh, /^各省、自治区、直辖市人民政府/);
    assert.match(data.meta.translation!.source, /China Copyright and Media/);
  });

  it('indexes without problems', () => {
    const { corpus, problems } = indexCorpus(structuredClone(data));
    assert.deepEqual(problems, []);
    assert.equal(corpus!.parts.length, 3);
  });

  it('has three parts with 3, 6 and 7 sections, headed as in the source, in both languages', () => {
    const sections = (p: string) => data.nodes.filter((n) => n.parent === p && n.kind === 'section');
    assert.deepEqual(
      ['I', 'II', 'III'].map((p) => sections(p).length),
      [3, 6, 7],
    );
    assert.deepEqual(
      sections('II').map((n) => n.heading!.zh),
      [
        '增强云计算服务能力',
        '提升云计算自主创新能力',
        '探索电子政务云计算发展新模式',
        '加强大数据开发与利用',
        '统筹布局云计算基础设施',
        '提升安全保障能力',
      ],
    );
    assert.equal(byId.get('II.6')!.heading!.en, 'Enhance security protection capabilities');
    assert.equal(byId.get('III.1')!.heading!.en, 'Perfecting the market environment');
    assert.deepEqual(
      ['I', 'II', 'III'].map((p) => byId.get(p)!.heading!.zh),
      ['指导思想、基本原则和发展目标', '主要任务', '保障措施'],
    );
  });

  it('names the four principles and the objective blocks of I(三)', () => {
    assert.deepEqual(
      data.nodes.filter((n) => n.kind === 'principle').map((n) => n.heading!.zh),
      ['市场主导', '统筹协调', '创新驱动', '保障安全'],
    );
    assert.deepEqual(
      data.nodes.filter((n) => n.kind === 'objective').map((n) => n.heading!.zh),
      [
        '到2017年',
        '服务能力大幅提升',
        '创新能力明显增强',
        '应用示范成效显著',
        '基础设施不断优化',
        '安全保障基本健全',
        '到2020年',
      ],
    );
    assert.equal(data.nodes.filter((n) => n.kind === 'objective' && n.area).length, 5);
  });

  it('records targets whose ranges hold their exact wording in both languages', () => {
    for (const t of data.targets) {
      for (const lang of ['zh', 'en'] as Lang[])
        assert.equal(data.texts[lang]!.slice(...t.range[lang]), t.text[lang], `${t.id}/${lang}`);
    }
    const pue = data.targets.find((t) => t.metric === 'pue')!;
    assert.deepEqual(
      [pue.year, pue.comparator, pue.value, pue.clause],
      [2017, 'better-than', 1.5, 'I.3.infrastructure'],
    );
    assert.deepEqual(
      data.counts.map((c) => [c.id, c.value]),
      [
        ['parts', 3],
        ['principles', 4],
        ['main-tasks', 6],
        ['guarantee-measures', 7],
        ['objective-areas', 5],
      ],
    );
  });

  it('makes every paragraph and sentence addressable, sentences tiling their paragraph', () => {
    for (const n of data.nodes.filter((x) =>
      ['paragraph', 'principle', 'objective', 'preamble', 'closing'].includes(x.kind),
    )) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const sents = data.nodes.filter((s) => s.parent === n.id && s.kind === 'sentence' && s.lang === lang);
        assert.ok(sents.length > 0, `${n.id}/${lang} has sentences`);
        const joined = sents.map((s) => data.texts[lang]!.slice(...s.range[lang]!)).join('');
        assert.equal(joined.replace(/\s/g, ''), textOf(n.id, lang).replace(/\s/g, ''), `${n.id}/${lang}`);
      }
    }
  });

  it('ships readable source texts identical to the texts in the JSON', () => {
    for (const lang of ['zh', 'en'] as Lang[]) {
      assert.equal(fs.readFileSync(path.join(ROOT, 'corpus', data.files[lang]!), 'utf8'), data.texts[lang]);
    }
  });

  describe('against the seed', function () {
    before(function () {
      SEED = needShared(this, SEED_IN_SHARED); // the seed sits in shared/ beside the checkout; CI has it too
    });

    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`covers the Opinion's ${lang} text in the seed exactly once, in order`, () => {
        // the seed as the corpus reads it: with its errata corrected (each checked in the next test)
        let seed = fs.readFileSync(SEED, 'utf8');
        for (const e of data.errata ?? []) if (e.lang === lang) seed = seed.replace(e.seed, e.corpus);
        // Leaves: every text-bearing node that has no text-bearing children.
        const leafKinds = new Set([
          'title',
          'number',
          'addressees',
          'preamble',
          'paragraph',
          'principle',
          'objective',
          'closing',
          'signature',
          'date',
        ]);
        const heads = data.nodes.filter((n) => n.kind === 'part' || n.kind === 'section');
        const pieces: { at: number; text: string }[] = [];
        for (const n of data.nodes.filter((x) => leafKinds.has(x.kind)))
          pieces.push({ at: n.range[lang]![0], text: textOf(n.id, lang) });
        for (const h of heads) {
          const r = h.range[lang]!;
          const line = data.texts[lang]!.slice(r[0], data.texts[lang]!.indexOf('\n', r[0]));
          pieces.push({ at: r[0], text: line });
        }
        pieces.sort((a, b) => a.at - b.at);
        // In order, without overlap, each found in the seed after the previous one.
        let from = 0;
        for (const p of pieces) {
          for (const line of p.text.split('\n')) {
            const at = seed.indexOf(line, from);
            assert.ok(at >= 0, `"${line.slice(0, 40)}" is in the seed after offset ${from}`);
            from = at + line.length;
          }
        }
        // Exactly once: the pieces, joined, are the shipped text without its line breaks.
        const covered = pieces
          .map((p) => p.text)
          .join('')
          .replace(/\s/g, '');
        assert.equal(covered, data.texts[lang]!.replace(/\s/g, ''));
        // And the shipped text is the seed's Opinion, less the blog's own lines.
        const region =
          lang === 'zh'
            ? seed.slice(
                seed.indexOf('国务院关于促进云计算创新发展'),
                seed.indexOf('2015年1月6日') + '2015年1月6日'.length,
              )
            : seed.slice(0, seed.indexOf('6 January 2015') + '6 January 2015'.length);
        assert.equal(
          region.replace('Posted on Updated on', '').replace(/\s/g, ''),
          data.texts[lang]!.replace(/\s/g, ''),
        );
      });
    }

    it('records each correction of the seed once: what the seed has, what the corpus gives, and why', () => {
      const seed = fs.readFileSync(SEED, 'utf8');
      const errata = data.errata ?? [];
      assert.ok(errata.length >= 2, 'the lost superscript of 2⁶⁰ is corrected in both languages');
      for (const e of errata) {
        assert.equal(seed.split(e.seed).length - 1, 1, `the seed has "${e.seed}" once`);
        assert.equal(data.texts[e.lang]!.split(e.corpus).length - 1, 1, `the corpus has "${e.corpus}" once`);
        assert.equal(data.texts[e.lang]!.split(e.seed).length - 1, 0, `the corpus no longer has "${e.seed}"`);
        assert.ok(e.why.zh.length > 10 && e.why.en.length > 10);
      }
      assert.deepEqual(
        errata.map((e) => [e.lang, e.seed, e.corpus]),
        [
          ['zh', '约为260字节', '约为2⁶⁰字节'],
          ['en', 'c. 260 bytes', 'c. 2⁶⁰ bytes'],
        ],
      );
    });

    it('is reproduced exactly by scripts/build-corpus.mjs', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
      fs.mkdirSync(path.join(tmp, 'scripts'));
      fs.mkdirSync(path.join(tmp, 'corpus'));
      fs.copyFileSync(path.join(ROOT, 'scripts', 'build-corpus.mjs'), path.join(tmp, 'scripts', 'build-corpus.mjs'));
      execFileSync(process.execPath, [path.join(tmp, 'scripts', 'build-corpus.mjs'), '--seed', SEED], {
        stdio: 'pipe',
      });
      for (const f of ['gf-2015-5.json', 'gf-2015-5.zh.txt', 'gf-2015-5.en.txt']) {
        assert.equal(
          fs.readFileSync(path.join(tmp, 'corpus', f), 'utf8'),
          fs.readFileSync(path.join(ROOT, 'corpus', f), 'utf8'),
          f,
        );
      }
    });
  });
});
