// English clause forms as briefs, client alerts, papers and translation notes write them: what each one links to,
// what its hover says, and the checks (unknown-clause, clause-title-mismatch) as for the Chinese forms.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../server/src/core/model';
import { citationAt, hoverMarkdown, targetOf } from '../../server/src/core/features';
import { expectClean, expectFindings, lib, run } from '../helpers/corpus';

const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';
/** A first sentence that cites the Opinion, as most English drafts open. */
const DEF = `The State Council issued the ${EN_TITLE} (GF No. (2015)5, the "Opinions") in January 2015.`;

const at = (text: string, needle: string): Citation | undefined => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return citationAt(run(text), i + Math.floor(needle.length / 2));
};
/** The node a reference links to, with the exact text the citation covers. */
const linked = (text: string, needle: string) => {
  const c = at(text, needle);
  if (!c || c.kind !== 'clause') return undefined;
  return [text.slice(c.span.start, c.span.end), c.nodeId ?? null];
};
const hover = (text: string, needle: string) =>
  hoverMarkdown(lib(), at(text, needle)!, { hoverLanguage: 'both', uiLang: 'en' }) ?? '';

describe('English clause forms: what each links to', () => {
  const cases: [string, string, string, string][] = [
    ['Section II.3 of the Opinions calls for e-government clouds.', 'Section II.3', 'Section II.3', 'II.3'],
    ['Section III.3 deals with fiscal support.', 'Section III.3', 'Section III.3', 'III.3'],
    ['Part I sets out the guiding ideology.', 'Part I', 'Part I', 'I'],
    ['Part I, Section (2) lists the basic principles.', 'Section (2)', 'Part I, Section (2)', 'I.2'],
    ['Part II(3) calls for e-government clouds.', 'Part II(3)', 'Part II(3)', 'II.3'],
    ['Part II.3 calls for e-government clouds.', 'Part II.3', 'Part II.3', 'II.3'],
    ['Art. II(3) calls for e-government clouds.', 'Art. II(3)', 'Art. II(3)', 'II.3'],
    ['Article III(5) puts urgent standards first.', 'Article III(5)', 'Article III(5)', 'III.5'],
    ['§ II.4 calls for open data.', '§ II.4', '§ II.4', 'II.4'],
    ['Paragraph (4) of Part II calls for open data.', 'Paragraph (4)', 'Paragraph (4) of Part II', 'II.4'],
    ['Paragraph 4 of Part II calls for open data.', 'Paragraph 4', 'Paragraph 4 of Part II', 'II.4'],
    ['Under III(5), urgent standards come first.', 'III(5)', 'III(5)', 'III.5'],
    [
      '\n\nPart II, Section (3) of the document calls for e-government clouds.',
      'Section (3)',
      'Part II, Section (3)',
      'II.3',
    ],
  ];
  for (const [sentence, needle, covered, id] of cases)
    it(`links ${needle} in "${sentence}" to ${id}`, () => {
      assert.deepEqual(linked(`${DEF} ${sentence}`, needle), [covered, id]);
    });

  it('takes the part of a bare "Section (2)" from the part cited just before, in its sentence or the one before', () => {
    assert.deepEqual(linked(`${DEF} Part I of the Opinions lists four principles in Section (2).`, 'Section (2)'), [
      'Section (2)',
      'I.2',
    ]);
    assert.deepEqual(linked(`${DEF} Part I of the Opinions sets the frame. Section (2) lists them.`, 'Section (2)'), [
      'Section (2)',
      'I.2',
    ]);
  });

  it('reads lists of prefixed references, each item with its own part', () => {
    const text = `${DEF} Sections II.3, II.5 and III.2 matter most; Arts. II(4) and (6) less.`;
    const ids = run(text)
      .citations.filter((c) => c.kind === 'clause')
      .map((c) => [text.slice(c.span.start, c.span.end), c.kind === 'clause' ? c.nodeId : null]);
    assert.deepEqual(ids, [
      ['Sections II.3', 'II.3'],
      ['II.5', 'II.5'],
      ['III.2', 'III.2'],
      ['Arts. II(4)', 'II.4'],
      ['(6)', 'II.6'],
    ]);
  });

  it('leaves a bare "Section (2)" alone when no part was cited just before', () => {
    assert.equal(linked(`${DEF} Section (2) of our memo discusses costs.`, 'Section (2)'), undefined);
    expectClean(`${DEF}\n\nPart II of the Opinions lists tasks.\n\nLater, Section (9) turns to costs.`);
  });

  it('leaves prefixed and bare numerals alone in a draft with Roman-numbered headings of its own', () => {
    const text = `${DEF}\n\nII. Analysis\n\nThe Opinions matter. As Section II.3 shows, costs fall; see also III(5).`;
    assert.equal(linked(text, 'Section II.3'), undefined);
    assert.equal(linked(text, 'III(5)'), undefined);
  });

  it('does not take other numbered things for clauses: Tier III(2), Phase II.1, Table II.4', () => {
    const text = `${DEF} Tier III(2) centres, Phase II.1 works and Table II.4 figures are local.`;
    assert.deepEqual(
      run(text).citations.filter((c) => c.kind === 'clause'),
      [],
    );
  });

  it('a bare numeral written with its own heading links wherever it stands, at a line start too', () => {
    const text = `${DEF}\n\nIII(5) 建立健全标准规范体系: the principle is rendered as it stands.\n\nII(4): Expand the exploitation and use of big data — keep.`;
    assert.deepEqual(linked(text, 'III(5)'), ['III(5)', 'III.5']);
    assert.deepEqual(linked(text, 'II(4)'), ['II(4)', 'II.4']);
    // with another heading it stays the draft's own
    const own = `${DEF}\n\nIII(5) Our own standards work: the city sets its own.`;
    assert.equal(linked(own, 'III(5)')?.[1] ?? null, null);
  });

  it('a bare numeral links only within the paragraph of the citation', () => {
    assert.equal(linked(`${DEF}\n\nUnder III(5), standards come first.`, 'III(5)'), undefined);
  });
});

describe('English clause forms: hovers and definitions', () => {
  it('"Part I" names the part and counts its sections, not listing their headings as clauses', () => {
    const md = hover(`${DEF} Part I sets out the principles.`, 'Part I');
    assert.match(md, /^\*\*Part I\*\* — guiding ideology, basic principles and development objectives \(3 sections\)/);
    assert.match(md, /第一部分 — 指导思想、基本原则和发展目标（共3项）/);
    assert.doesNotMatch(md, /Guiding ideology|Basic principles|Development objectives/);
  });

  it('"Section II.3" shows the section in both languages and jumps to it in the English text', () => {
    const text = `${DEF} Section II.3 calls for e-government clouds.`;
    const md = hover(text, 'Section II.3');
    assert.match(md, /Part II Main tasks › \(3\) Explore new models for cloud computing development in e-government/);
    assert.match(md, /探索电子政务云计算发展新模式/);
    const t = targetOf(lib(), at(text, 'Section II.3')!)!;
    assert.equal(t.lang, 'en');
    assert.match(t.corpus.data.texts.en!.slice(...t.range), /^\(3\) Explore new models/);
  });
});

describe('English clause forms: unknown-clause', () => {
  for (const [sentence, ref] of [
    ['Section II.7 calls for open data.', 'Section II.7'],
    ['Section III.8 calls for open data.', 'Section III.8'],
    ['Art. II(9) calls for open data.', 'Art. II(9)'],
    ['Paragraph (7) of Part II calls for open data.', 'Paragraph (7) of Part II'],
    ['Section IV.2 calls for open data.', 'Section IV.2'],
  ])
    it(`flags ${ref}`, () => expectFindings(`${DEF} ${sentence}`, [['unknown-clause', ref]]));

  it('flags a bare section number past the end of the part cited just before', () => {
    expectFindings(`${DEF} Part II of the Opinions has no Section (7).`, [['unknown-clause', 'Section (7)']]);
  });
});

describe('English clause forms: clause-title-mismatch', () => {
  const II5 = 'Section II.5';
  for (const [after, covered] of [
    [
      ' ("Enhance security protection capabilities" / 提升安全保障能力)',
      ' ("Enhance security protection capabilities"',
    ],
    [
      ' ("Enhance security protection capabilities / 提升安全保障能力")',
      ' ("Enhance security protection capabilities / 提升安全保障能力"',
    ],
    [' (“Enhance security protection capabilities”)', ' (“Enhance security protection capabilities”'],
    [', "Enhance security protection capabilities",', ', "Enhance security protection capabilities"'],
    [', entitled "Enhance security protection capabilities",', ', entitled "Enhance security protection capabilities"'],
    [' – "Enhance security protection capabilities" –', ' – "Enhance security protection capabilities"'],
    [' (Enhance security protection capabilities)', ' (Enhance security protection capabilities'],
    [' (提升安全保障能力)', ' (提升安全保障能力'],
  ])
    it(`flags ${II5}${after}`, () => {
      const fs = expectFindings(`${DEF} ${II5}${after} calls for reviews.`, [['clause-title-mismatch', II5 + covered]]);
      assert.match(
        fs[0].message.en,
        /Section II\.5 is headed "(?:Comprehensively plan cloud computing infrastructure|统筹布局云计算基础设施)"/,
      );
    });

  it('reads the heading after the document the reference names: "Section II.5 of the Opinions (…)"', () => {
    for (const of of [
      ' of the Opinions',
      ' of GF No. (2015)5',
      ' of the Opinions (GF No. (2015)5)',
      ' in the Opinions',
    ])
      expectFindings(`${DEF} ${II5}${of} ("Enhance security protection capabilities") calls for reviews.`, [
        ['clause-title-mismatch', `${II5}${of} ("Enhance security protection capabilities"`],
      ]);
    expectFindings(`${DEF} Part III(4) of the Opinions, entitled "Strengthen fiscal policy support", matters.`, [
      ['clause-title-mismatch', 'Part III(4) of the Opinions, entitled "Strengthen fiscal policy support"'],
    ]);
    expectClean(
      `${DEF} ${II5} of the Opinions ("Comprehensively plan cloud computing infrastructure") ends blind building.`,
    );
    expectClean(`${DEF} Section II.6 of the Opinions (GF No. (2015)5) ("提升安全保障能力") calls for reviews.`);
    // words quoted from the clause after the document are not its heading
    expectClean(`${DEF} ${II5} of the Opinions says data centres go "primarily in regions with sufficient energy".`);
  });

  it('flags a Chinese heading given after the right English one that names another section', () => {
    expectFindings(
      `${DEF} Section II.6 ("Enhance security protection capabilities" / 统筹布局云计算基础设施) matters.`,
      [['clause-title-mismatch', 'Section II.6 ("Enhance security protection capabilities" / 统筹布局云计算基础设施']],
    );
  });

  it('flags Art. and Part forms with the heading of another section', () => {
    expectFindings(`${DEF} Art. III(4) ("Strengthen fiscal policy support") calls for tax relief.`, [
      ['clause-title-mismatch', 'Art. III(4) ("Strengthen fiscal policy support"'],
    ]);
    expectFindings(`${DEF} Part III(3) ("Perfect investment policies") calls for start-up funds.`, [
      ['clause-title-mismatch', 'Part III(3) ("Perfect investment policies"'],
    ]);
  });

  it('accepts the right headings in every form', () => {
    expectClean(
      `${DEF} Section II.6 ("Enhance security protection capabilities" / 提升安全保障能力) calls for reviews.`,
    );
    expectClean(
      `${DEF} Section II.6 ("Enhance security protection capabilities / 提升安全保障能力") calls for reviews.`,
    );
    expectClean(`${DEF} Section II.4, entitled "Expand the exploitation and use of big data", calls for open data.`);
    expectClean(`${DEF} Section II.5 (Comprehensively plan cloud computing infrastructure) ends blind building.`);
    expectClean(`${DEF} Art. III(3) (加大财税政策扶持力度) calls for tax relief.`);
  });
});
