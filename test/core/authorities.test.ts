// The table of authorities (引用文件清单): one row per cited document, every citation of it grouped under it, and
// for each citation whether its title and number agree and are written as GB/T 9704-2012 has them.
import * as assert from 'node:assert/strict';
import { authorities, Authority, AuthorityCitation } from '../../server/src/core/authorities';
import { lib, run } from '../helpers/corpus';

const TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const OTHER = '《国务院关于积极推进“互联网+”行动的指导意见》';

const table = (text: string) => authorities(run(text), lib());
/** Each row as its key and the text of each citation. */
const rows = (text: string) =>
  table(text).map((r) => [r.key, r.citations.map((c) => text.slice(c.span.start, c.span.end))]);
const checks = (c: AuthorityCitation) => [c.via, c.agree, c.standardNumber, c.exactTitle];

describe('table of authorities (core)', () => {
  it('lists each cited document once, in the order of its first citation, with every place it is cited', () => {
    const text =
      `根据${TITLE}（国发〔2015〕5号，以下简称《意见》）和${OTHER}（国发〔2015〕40号，以下简称《指导意见》），` +
      '落实《意见》第二部分。《指导意见》提出。参照国发[2015]5号。';
    assert.deepEqual(rows(text), [
      ['gf-2015-5', [`${TITLE}（国发〔2015〕5号`, '《意见》', '国发[2015]5号']],
      ['number:国发〔2015〕40号', [`${OTHER}（国发〔2015〕40号`, '《指导意见》']],
    ]);
  });

  it('gives a document in the library its own title and number, whatever the draft wrote', () => {
    const [row] = table('参照国发[2015]5号文件执行。');
    assert.equal(row.inLibrary, true);
    assert.equal(row.title!.zh, TITLE.slice(1, -1));
    assert.deepEqual(row.number, { zh: '国发〔2015〕5号', en: 'GF No. (2015)5' });
  });

  it('lists a document that is not in the library with its title and number as written, marked as not in it', () => {
    const [row] = table(`落实${OTHER}（国发〔2015〕40号）。`);
    assert.deepEqual(
      [row.docId, row.inLibrary, row.title!.zh, row.number!.zh],
      [null, false, OTHER.slice(1, -1), '国发〔2015〕40号'],
    );
    // agreement cannot be judged without the document; the number's form still can
    assert.deepEqual(checks(row.citations[0]), ['title+number', null, true, null]);
  });

  it('groups a document not in the library by its number, and takes its title from a later citation', () => {
    const text = `参照国发〔2015〕40号。落实${OTHER}（国发〔2015〕40号）。`;
    const all = table(text);
    assert.equal(all.length, 1);
    assert.equal(all[0].title!.zh, OTHER.slice(1, -1));
    assert.equal(all[0].citations.length, 2);
  });

  it('marks a title with another number as disagreeing, under the document the title names', () => {
    const [row] = table(`依据${TITLE}（国发〔2015〕6号）。`);
    assert.equal(row.key, 'gf-2015-5');
    assert.deepEqual(checks(row.citations[0]), ['title+number', false, true, true]);
    assert.deepEqual(row.citations[0].problems, ['doc-number-mismatch']);
  });

  it('marks the number in the wrong form, and a title that is not the exact title', () => {
    const all: Authority[] = table('根据《国务院关于促进云计算创新发展的意见》（国发〔2015〕05号）推进。');
    assert.equal(all.length, 1);
    assert.deepEqual(checks(all[0].citations[0]), ['title+number', true, false, false]);
    assert.deepEqual(all[0].citations[0].problems.sort(), ['doc-number-format', 'title-mismatch']);
    for (const n of ['国发[2015]5号', '国发（2015）5号', '国发〔2015〕第5号'])
      assert.equal(table(`参照${n}执行。`)[0].citations[0].standardNumber, false, n);
  });

  it('reads English citations: the number in English form has no GB/T 9704 form to check', () => {
    const text = 'The State Council issued GF No. (2015)5 (hereinafter "the Opinions"). The Opinions call for it.';
    const [row] = table(text);
    assert.equal(row.key, 'gf-2015-5');
    assert.deepEqual(
      row.citations.map((c) => [c.via, c.standardNumber]),
      [
        ['number', null],
        ['short-name', null],
      ],
    );
  });

  it('lists nothing for a draft that cites no document, and does not list its references to itself', () => {
    assert.deepEqual(table('本方案第三部分提出五项主要任务。'), []);
    assert.deepEqual(table(''), []);
  });
});
