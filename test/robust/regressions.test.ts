// Bugs the property, adversarial and fuzz suites found, each kept as the smallest input that showed it.
import * as assert from 'node:assert/strict';
import { run } from '../helpers/corpus';

const T = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const lines = (text: string, eol: string) => text.replace(/\n/g, eol);
const shape = (text: string) => run(text).citations.map((c) => `${c.kind} ${c.docId}`);

describe('robustness: regressions found by the property suites', () => {
  it('a lone CR ends a line as LF does: no quotation runs across it', () => {
    const lf = `${T}第四部分"\n(hereinafter "the Opinions")`;
    assert.deepEqual(shape(lines(lf, '\r')), shape(lf));
    assert.deepEqual(shape(lines(lf, '\r\n')), shape(lf));
  });
});

