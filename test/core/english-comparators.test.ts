// English comparators with the Opinion's two quantified targets (PUE better than 1.5; government-built data centres
// reduced by more than 5%): the comparator words drafters use, the document number in parentheses between the
// citation and the claim ("Under the Opinions (GF No. (2015)5), …"), and the figure written before its subject
// ("a reduction of at most 5% in the number of data centres built by governments").
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed } from '../helpers/corpus';

const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';
const DEF = `The State Council issued the ${EN_TITLE} (the "Opinions") in January 2015.`;

/** Ways of attributing the claim to the Opinion, with and without the number between the name and the verb. */
const LEADS = [
  'The Opinions require newly-built large data centres to reach a PUE',
  'The Opinions (GF No. (2015)5) require newly-built large data centres to reach a PUE',
  'Under the Opinions (GF No. (2015)5), newly-built large data centres must reach a PUE',
  'According to the Opinions (Guofa [2015] No. 5) newly-built large data centres need a PUE',
  'Under the Opinions, newly-built large data centres must reach a PUE',
];

describe('target-mismatch: English comparators of the PUE target', () => {
  for (const lead of LEADS) {
    for (const cmp of ['better than', 'below', 'under', 'at most', 'no more than', 'no greater than', 'lower than'])
      it(`accepts "${cmp} 1.5" after "${lead.slice(0, 40)}…"`, () => expectClean(`${DEF} ${lead} ${cmp} 1.5.`));
    for (const cmp of ['above', 'at least', 'over', 'worse than', 'higher than', 'exceeding'])
      it(`flags "${cmp} 1.5" after "${lead.slice(0, 40)}…"`, () =>
        expectFindings(`${DEF} ${lead} ${cmp} 1.5.`, [['target-mismatch', `${cmp} 1.5`]]));
  }

  it('flags a wrong figure behind a right comparator, with the number in parentheses', () => {
    expectFindings(`${DEF} Under the Opinions (GF No. (2015)5), new data centres must reach a PUE below 1.4.`, [
      ['target-mismatch', '1.4'],
    ]);
  });

  it('puts the comparator right as "better than"', () => {
    const text = `${DEF} The Opinions (GF No. (2015)5) require a PUE above 1.5.`;
    assert.equal(fixed(text, 'target-mismatch'), text.replace('above 1.5', 'better than 1.5'));
  });

  it("leaves the drafter's own figure alone when the citation stands in another clause's parentheses", () => {
    expectClean(`${DEF} Our data centres reach a PUE above 1.5 today; under the city plan they must reach 1.3.`);
  });
});

describe('target-mismatch: the reduction of government-built data centres, figure before subject', () => {
  for (const [claim, covered] of [
    ['a reduction of at most 5% in the number of data centres built by governments themselves', 'at most 5%'],
    ['a reduction of no more than 5% in the number of government data centres', 'no more than 5%'],
    ['to reduce by up to 5% the number of government-built data centres', 'up to 5%'],
    ['a cut of 10% in the number of data centres built by the government', '10'],
    ['a 10% cut in the number of government data centres', '10'],
  ])
    it(`flags "${claim}"`, () =>
      expectFindings(`${DEF} The Opinions (GF No. (2015)5) call for ${claim}.`, [['target-mismatch', covered]]));

  for (const claim of [
    'a reduction of more than 5% in the number of data centres built by governments themselves',
    'a reduction of at least 5% in the number of government data centres',
    'a 5% cut in the number of government data centres',
    'to reduce by over 5% the quantity of government-owned data centres',
  ])
    it(`accepts "${claim}"`, () => expectClean(`${DEF} The Opinions (GF No. (2015)5) call for ${claim}.`));

  it('the fix keeps the noun and its preposition: "a reduction of more than 5%"', () => {
    const text = `${DEF} The Opinions target a reduction of at most 5% in the number of data centres built by governments.`;
    assert.equal(fixed(text, 'target-mismatch'), text.replace('at most 5%', 'more than 5%'));
  });

  it("leaves the drafter's own cut alone", () => {
    expectClean(
      `${DEF} Province C set a 20% cut in the number of government data centres, four times the Opinions' 5%.`,
    );
  });
});
