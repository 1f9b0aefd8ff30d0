// English titles: renderings that change what the document is (title-mismatch), renderings in circulation and other
// documents' real English titles (nothing), and reference-list entries that pair a title with a number
// (doc-number-mismatch), as bibliographies, footnotes and law-firm alerts write them.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed } from '../helpers/corpus';

const EN_TITLE =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';
const ALT =
  'Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating New Business Formats in the Information Industry';
const PLUS = 'Guiding Opinions on Actively Promoting the "Internet Plus" Action';

describe('title-mismatch: English renderings that change what the document is', () => {
  const cases: [string, string][] = [
    [`The State Council's Guiding ${ALT} (GF No. (2015)5) call for public clouds.`, `Guiding ${ALT}`],
    [`The Guiding ${EN_TITLE} call for public clouds.`, `Guiding ${EN_TITLE}`],
    [
      `The ${EN_TITLE.replace('Information Industry', 'Information Services Industry')} (GF No. (2015)5) call for public clouds.`,
      EN_TITLE.replace('Information Industry', 'Information Services Industry'),
    ],
    [
      "The State Council's Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating the New Normal in the Information Industry (Guofa [2015] No. 5) call for public clouds.",
      'Opinions on Promoting the Innovative Development of Cloud Computing and Cultivating the New Normal in the Information Industry',
    ],
    [
      `The State Council's ${ALT.replace('Opinions', 'Notice')} calls for public clouds.`,
      ALT.replace('Opinions', 'Notice'),
    ],
    [`See the ${EN_TITLE.replace('Opinions', 'Circular')}, GF No. (2015)5.`, EN_TITLE.replace('Opinions', 'Circular')],
  ];
  for (const [text, title] of cases)
    it(`flags "${title.slice(0, 60)}…"`, () => expectFindings(text, [['title-mismatch', title]]));

  it('puts the title right as the rendering the draft follows', () => {
    const text = `The State Council's Guiding ${ALT} (GF No. (2015)5) call for public clouds.`;
    assert.equal(fixed(text, 'title-mismatch'), `The State Council's ${ALT} (GF No. (2015)5) call for public clouds.`);
  });
});

describe('English titles that raise nothing', () => {
  for (const text of [
    `The ${EN_TITLE} (GF No. (2015)5) call for public clouds.`,
    `The State Council's ${ALT} (Guofa [2015] No. 5) call for public clouds.`,
    'The Opinions on Boosting the Innovative Development of Cloud Computing and Nurturing New Business Types of the Information Industry (GF No. (2015)5) call for public clouds.',
    `The ${PLUS} (GF No. (2015)40) set out eleven actions.`,
    "The Guiding Opinions on Actively Promoting the 'Internet Plus' Action set out eleven actions.",
    'The Action Outline for Promoting the Development of Big Data (GF No. (2015)50) sets out ten projects.',
    'The Guiding Opinions on Promoting the Development of the Cloud Computing Industry of Anhui Province set local goals.',
    `[3] State Council, ${PLUS}, GF No. (2015)40, 1 July 2015.`,
    `[4] State Council. 2015. *${EN_TITLE}*. GF No. (2015)5. 6 January 2015.`,
    `State Council (2015a). ${EN_TITLE}. GF No. (2015)5.\n\nState Council (2015c). Action Outline for Promoting the Development of Big Data. GF No. (2015)50.`,
  ])
    it(text.slice(0, 80), () => expectClean(text));
});

describe('doc-number-mismatch in reference lists and footnotes', () => {
  const cases: [string, string][] = [
    [`State Council. (2015). ${EN_TITLE} (GF No. (2015)50). Beijing: State Council.`, 'GF No. (2015)50'],
    [`State Council. 2015. "${EN_TITLE}." GF No. (2015)50. January 6, 2015.`, 'GF No. (2015)50'],
    [`State Council. 2015. "${EN_TITLE}" [GF No. (2015)50].`, 'GF No. (2015)50'],
    [`- State Council, ${EN_TITLE}, GF No. (2015)50 (6 January 2015).`, 'GF No. (2015)50'],
    [`${EN_TITLE}, State Council, GF No. (2015)50, 6 January 2015.`, 'GF No. (2015)50'],
    [`[12] State Council. ${EN_TITLE} [Z]. GF No. (2015)50, 2015.`, 'GF No. (2015)50'],
    [`12. State Council. 2015. ${ALT}. Guofa [2015] No. 50.`, 'Guofa [2015] No. 50'],
    [`[3] State Council, ${PLUS}, GF No. (2015)5, 1 July 2015.`, 'GF No. (2015)5'],
    [`¹ State Council (2015), "${PLUS}", Guo Fa (2015) No. 5.`, 'Guo Fa (2015) No. 5'],
    [`${PLUS} (State Council, 1 July 2015, GF No. (2015)5).`, 'GF No. (2015)5'],
    [`[12] ${PLUS} (国发〔2015〕5号), 2015.`, '国发〔2015〕5号'],
    ['Action Outline for Promoting the Development of Big Data (GF No. (2015)5).', 'GF No. (2015)5'],
    [`State Council (2015a). ${EN_TITLE}. GF No. (2015)50.`, 'GF No. (2015)50'],
    [`${PLUS} (State Council, 2015b, GF No. (2015)5).`, 'GF No. (2015)5'],
  ];
  for (const [text, num] of cases) it(text.slice(0, 90), () => expectFindings(text, [['doc-number-mismatch', num]]));

  it('fixes the number of the exact title', () => {
    const text = `- State Council, ${EN_TITLE}, GF No. (2015)50 (6 January 2015).`;
    assert.equal(fixed(text, 'doc-number-mismatch'), text.replace('(2015)50', '(2015)5'));
  });

  it("takes a short name made of the title's own words for the numbered document, and other words for another title", () => {
    expectClean("The State Council's Opinions on Cloud Computing (GF No. (2015)5) call for public clouds.");
    expectClean('The Opinions on Developing Cloud Computing Innovation (Guofa [2015] No. 5) call for public clouds.');
    expectFindings('The State Council issued the Opinions on Developing Rural Tourism (GF No. (2015)5) in 2015.', [
      ['doc-number-mismatch', 'GF No. (2015)5'],
    ]);
  });

  it('does not pair a title and a number across a full stop in prose', () => {
    expectClean(
      `The State Council issued the ${EN_TITLE}. GF No. (2015)50, the big data outline, followed in August 2015.`,
    );
  });
});
