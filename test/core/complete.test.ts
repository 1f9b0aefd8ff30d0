// Completion and the 'insert a citation' choices: what is offered where, and that whatever is inserted
// analyses clean. Fixtures mark the cursor with `|`.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { citationChoices, choicesAt, complete, documentCitation } from '../../server/src/core/complete';
import { lib } from '../helpers/corpus';

const ZH_DOC = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）';
const EN_DOC =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5)';
const ALIAS_ZH =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合实际，制定本方案。';

/** Completion at the `|` of a fixture: the labels offered and the text after accepting the first one. */
function completeAt(fixture: string) {
  const offset = fixture.indexOf('|');
  assert.ok(offset >= 0, 'fixture needs a | cursor');
  const text = fixture.slice(0, offset) + fixture.slice(offset + 1);
  const entries = complete(text, offset, lib());
  const accept = (i: number) => {
    const e = entries[i];
    return text.slice(0, e.replace.start) + e.insertText + text.slice(e.replace.end);
  };
  return { labels: entries.map((e) => e.label), entries, accept, text, offset };
}

function corpus() {
  return lib().corpora[0];
}

describe('completion', () => {
  it('offers the sections of a part after 第…部分 of the Opinion, with their headings', () => {
    const r = completeAt(`${ALIAS_ZH}《意见》第二部分|`);
    assert.deepEqual(r.labels, ['第（一）项', '第（二）项', '第（三）项', '第（四）项', '第（五）项', '第（六）项']);
    assert.equal(r.entries[3].detail, '加强大数据开发与利用');
    assert.match(r.entries[3].documentation, /大数据/);
    assert.ok(r.accept(3).endsWith('《意见》第二部分第（四）项'));
  });

  it('replaces a partly typed section reference', () => {
    const r = completeAt(`${ZH_DOC}第三部分第（|`);
    assert.equal(r.labels.length, 7);
    assert.ok(r.accept(6).endsWith(`${ZH_DOC}第三部分第（七）项`));
    assert.deepEqual(analyze(r.accept(6), lib()).findings, []);
  });

  it('offers English sections after Part …', () => {
    const r = completeAt(`${EN_DOC}, Part I|`);
    assert.deepEqual(r.labels, ['Section (1)', 'Section (2)', 'Section (3)']);
    assert.equal(r.entries[1].detail, 'Basic principles');
    assert.equal(r.accept(1), `${EN_DOC}, Part I, Section (2)`);
    const typed = completeAt(`${EN_DOC}, Part II, Sec|`);
    assert.equal(typed.accept(3), `${EN_DOC}, Part II, Section (4)`);
  });

  it('offers parts and sections after the document number, the title or the defined short name', () => {
    const after = completeAt(`根据${ZH_DOC}|`);
    assert.equal(after.labels[0], '第一部分');
    assert.ok(after.labels.includes('第二部分第（四）项'));
    assert.equal(after.labels.length, 3 + 3 + 6 + 7);
    const alias = completeAt(`${ALIAS_ZH}按照《意见》|`);
    assert.ok(alias.labels.includes('第三部分第（七）项'));
    const partly = completeAt(`根据${ZH_DOC}第二|`);
    const i = partly.labels.indexOf('第二部分第（四）项');
    assert.ok(partly.accept(i).endsWith(`${ZH_DOC}第二部分第（四）项`));
    const en = completeAt(`Under the ${EN_DOC}|`);
    assert.equal(en.accept(en.labels.indexOf('Part II, Section (4)')), `Under the ${EN_DOC}, Part II, Section (4)`);
    const enTyped = completeAt(`Under the ${EN_DOC}, Pa|`);
    assert.equal(enTyped.accept(0), `Under the ${EN_DOC}, Part I`);
  });

  it('offers whole citations inside 《, replacing a 》 the editor closed', () => {
    const r = completeAt('为贯彻落实《国务院关于促进|》，制定本方案。');
    assert.equal(r.entries[0].insertText, '国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）');
    assert.equal(r.accept(0), `为贯彻落实${ZH_DOC}，制定本方案。`);
    const sec = r.entries.find((e) => e.detail === '加强大数据开发与利用')!;
    assert.equal(sec.insertText, `${ZH_DOC.slice(1)}第二部分第（四）项`);
  });

  it('offers nothing for another document or outside a citation', () => {
    assert.deepEqual(completeAt('《某某省云计算发展规划》第二部分|').labels, []);
    assert.deepEqual(completeAt('本方案第二部分|').labels, []);
    assert.deepEqual(completeAt('国发〔2016〕5号|').labels, []);
    assert.deepEqual(completeAt(`${ZH_DOC}第九部分|`).labels, []);
    assert.deepEqual(completeAt('云计算是推动信息技术能力|').labels, []);
    assert.deepEqual(completeAt('The plan, Part II|').labels, []);
    assert.deepEqual(completeAt('|').labels, []);
  });

  it('never throws on odd offsets', () => {
    for (const off of [-1, 0, 5, 10_000]) assert.doesNotThrow(() => complete('《意见》第二部分', off, lib()));
  });
});

describe('citation choices', () => {
  it('writes the standard forms', () => {
    const zh = citationChoices(corpus(), 'zh');
    assert.equal(zh.find((c) => c.id === 'II.4')!.text, `${ZH_DOC}第二部分第（四）项`);
    assert.equal(zh.find((c) => c.id === 'title')!.text, ZH_DOC);
    assert.equal(documentCitation(corpus(), 'en'), EN_DOC);
    const en = citationChoices(corpus(), 'en');
    assert.equal(en.find((c) => c.id === 'II.4')!.text, `${EN_DOC}, Part II, Section (4)`);
    assert.equal(
      en.find((c) => c.id === 'I.2.market')!.text,
      `${EN_DOC}, Part I, Section (2), the principle of "Market orientation"`,
    );
  });

  it('covers the parts, sections, principles and targets', () => {
    const kinds = citationChoices(corpus(), 'zh').map((c) => c.kind);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    assert.deepEqual(
      [count('document'), count('part'), count('section'), count('principle'), count('target')],
      [1, 3, 16, 4, corpus().data.targets.length],
    );
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`inserts ${lang} citations that analyse clean and point at their clause`, () => {
      for (const c of citationChoices(corpus(), lang)) {
        const text = lang === 'zh' ? `根据${c.text}，制定本方案。` : `Under the ${c.text}, this plan is made.`;
        const a = analyze(text, lib());
        assert.deepEqual(
          a.findings.map((f) => [f.code, f.message.en]),
          [],
          text,
        );
        const clause = a.citations.find((x) => x.kind === 'clause');
        const node = c.id.startsWith('target:')
          ? corpus().data.targets.find((t) => `target:${t.id}` === c.id)!.clause
          : c.id;
        const want = node.split('.').slice(0, 2).join('.'); // principles and targets are cited by their section
        if (c.kind !== 'document') assert.equal(clause?.kind === 'clause' && clause.nodeId, want, text);
      }
    });
  }

  it('uses the short name the draft defined, in its language', () => {
    const text = `${ALIAS_ZH}按照`;
    const r = choicesAt(text, text.length, lib());
    assert.equal(r.lang, 'zh');
    const c = r.choices.find((x) => x.id === 'II.4')!;
    assert.equal(c.text, '《意见》第二部分第（四）项');
    assert.deepEqual(analyze(text + c.text + '。', lib()).findings, []);
    const before = choicesAt(text, 3, lib());
    assert.equal(before.choices.find((x) => x.id === 'II.4')!.text, `${ZH_DOC}第二部分第（四）项`);
    assert.equal(choicesAt('A brief on cloud computing.', 0, lib()).lang, 'en');
  });
});
