// Quotations in English and Chinese: a quotation that starts after its subject, a second quotation joined to an
// attributed one, lists whose items are each in the source but not together, a quotation that leaves the source
// after a few words, and the closest passage shown with a misquote: whole words or clauses, from the right place.
// A quotation that differs from the source only in a target's figure is a target-mismatch, not a misquote.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed, run } from '../helpers/corpus';

const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';
const EN_DEF = `The State Council issued the ${EN_TITLE} (GF No. (2015)5, the "Opinions") in January 2015.`;
const ZH_DEF = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）印发以来，各地积极落实。';

/** The closest passage a misquote shows, as its English message quotes it. */
const passage = (text: string): string => {
  const m = run(text).findings.find((f) => f.code === 'misquote');
  assert.ok(m, `no misquote in: ${text}`);
  return /Closest passage \(.*?\): "(.*)"$/.exec(m.message.en)?.[1] ?? '';
};

describe('English quotations: where they start and what joins them', () => {
  it('accepts a quotation that starts after its subject (cloud computing "is …")', () => {
    expectClean(
      `${EN_DEF} The Opinions state that cloud computing "is a completely new business model to promote the realization of providing supply according to demand in terms of information technology capability".`,
    );
  });

  it('checks a second quotation joined to an attributed one by "and", "or" or a comma', () => {
    for (const join of [' and ', ' or ', ', ', ', and '])
      expectFindings(
        `${EN_DEF} The Opinions state that cloud computing "is a completely new business model"${join}"the inevitable choice of informatized development".`,
        [['misquote', '"the inevitable choice of informatized development"']],
      );
  });

  it('checks a second Chinese quotation joined by 和 or 、', () => {
    for (const join of ['和', '、'])
      expectFindings(`${ZH_DEF}《意见》指出，云计算是“推动信息技术能力实现按需供给”${join}“信息化发展的必由之路”。`, [
        ['misquote', '“信息化发展的必由之路”'],
      ]);
  });

  it('leaves a quotation after a joined one alone when the first is not attributed', () => {
    expectClean(`${EN_DEF} Critics call the plan "ambitious" and "the inevitable choice of informatized development".`);
  });
});

describe('quoted lists: every item in the source, but together', () => {
  const LIST =
    'public security, disease prevention and cures, disaster prevention, employment and social security, transportation and logistics, education and scientific research';
  it('flags a list with an item from elsewhere (e-government for e-commerce), showing the source list', () => {
    const text = `${EN_DEF} Part II(4) calls for big data application demonstrations in "${LIST}, e-government".`;
    expectFindings(text, [['misquote', `"${LIST}, e-government"`]]);
    assert.equal(passage(text), `${LIST}, e-commerce`);
    assert.equal(fixed(text, 'misquote'), text.replace('e-government"', 'e-commerce"'));
  });

  it('accepts the list as the source has it, and a list of the principles from their paragraphs', () => {
    expectClean(`${EN_DEF} Part II(4) calls for big data application demonstrations in "${LIST}, e-commerce".`);
    expectClean(
      `${EN_DEF} The Opinions name four principles: "Market orientation, Comprehensive coordination, Innovation drivers and Guarantee security".`,
    );
    expectClean(`${ZH_DEF}《意见》提出“市场主导、统筹协调、创新驱动、保障安全”的基本原则。`);
    expectClean(
      `${ZH_DEF}《意见》部署了“增强云计算服务能力、提升云计算自主创新能力、探索电子政务云计算发展新模式、加强大数据开发与利用、统筹布局云计算基础设施、提升安全保障能力”六项任务。`,
    );
    expectClean(
      `${EN_DEF} Its tasks include "Strengthen cloud computing service capacity, Enhance security protection capabilities".`,
    );
  });

  it('flags a Chinese list whose items are from different sections (the lists rule names the member)', () => {
    expectFindings(`${ZH_DEF}《意见》提出“完善市场环境、加大财税政策扶持力度、统筹协调”。`, [['misquote', '统筹协调']]);
  });
});

describe('the closest passage: whole words and clauses, from the right place', () => {
  it('English: whole words of the sentence the quoted words come from', () => {
    const p = passage(
      `${EN_DEF} The Opinions state that cloud computing is "the inevitable choice of informatized development".`,
    );
    assert.match(p, /inevitable trend in informatized development$/);
    assert.ok(/^\w/.test(p) && /\w$/.test(p), p);
  });

  it('English: a quotation that leaves the source after a few exact words shows what the source says there', () => {
    const text = `${EN_DEF} Part II(4) of the Opinions calls to "launch public data openness and use reform trials in all provinces by 2016".`;
    const p = passage(text);
    assert.match(p, /^[Ll]aunch public data openness and use reform trials/);
    assert.ok(/\w$/.test(p), p);
  });

  it('Chinese: a whole clause, never cut mid-word or mid-number', () => {
    const text = `${ZH_DEF}《意见》提出“新建大型数据中心PUE值优于1.3的要求必须达到”。`;
    const p = passage(text);
    assert.ok(!/优于1$/.test(p), p);
    assert.match(p, /^新建大型云计算数据中心能源利用效率（PUE）值优于1\.5/);
  });

  it('Chinese: a quotation that leaves the source after its first clause keeps the fix from being applied unseen', () => {
    const text = `${ZH_DEF}《意见》提出“加快信息安全立法进程，完善个人信息保护体系”。`;
    const m = run(text).findings.find((f) => f.code === 'misquote')!;
    assert.match(m.message.zh, /最接近的原文.*“加快信息安全立法进程”/);
    for (const fx of m.fixes) assert.equal(fx.safe, false);
  });
});

describe('a quotation that differs only in a target figure is a target-mismatch', () => {
  it('Chinese: 《意见》提出“到2017年PUE值优于1.4” → 1.5, with the fix', () => {
    const text = `${ZH_DEF}《意见》提出“到2017年PUE值优于1.4”。`;
    expectFindings(text, [['target-mismatch', '1.4']]);
    assert.equal(fixed(text, 'target-mismatch'), text.replace('1.4', '1.5'));
  });

  it('English: the Opinions require data centres "to have a PUE of better than 1.6"', () => {
    expectFindings(`${EN_DEF} The Opinions require new large data centres "to have a PUE of better than 1.6".`, [
      ['target-mismatch', '1.6'],
    ]);
  });

  it('a quotation with other words changed stays a misquote', () => {
    expectFindings(`${ZH_DEF}《意见》提出“到2020年，云计算应用全面普及”。`, [
      ['misquote', '“到2020年，云计算应用全面普及”'],
    ]);
  });

  it('the right figure in such a quotation raises nothing', () => {
    expectClean(`${ZH_DEF}《意见》提出“到2017年PUE值优于1.5”。`);
  });
});
