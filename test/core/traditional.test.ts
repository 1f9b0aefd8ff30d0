// Traditional characters (the issue "Accuracy, second wave", class 9): dates, verbs, clause numbers and counts in a
// draft written in traditional characters (簽發, 印發, 公佈, 條, 項) are read as the simplified ones are; and a date
// written after a citation with its number or short-name definition (…（国发〔2015〕5号，以下简称《意见》）于…印发)
// is the citation's date, in either script.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed } from '../helpers/corpus';

const TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const TRAD_TITLE = '《國務院關於促進雲計算創新發展培育信息產業新業態的意見》';

describe('dates after a citation with its number or short name', () => {
  it('（国发〔2015〕5号）于2015年1月30日印发: the date made public, given for a verb of issue', () => {
    const text = `${TITLE}（国发〔2015〕5号）于2015年1月30日印发。`;
    expectFindings(text, [['date-mismatch', '2015年1月30日']]);
    assert.equal(fixed(text, 'date-mismatch'), text.replace('2015年1月30日', '2015年1月6日'));
  });
  it('（国发〔2015〕5号，以下简称《意见》）由国务院于…公布: a date that is neither', () => {
    expectFindings(`${TITLE}（国发〔2015〕5号，以下简称《意见》）由国务院于2015年1月20日公布。`, [
      ['date-mismatch', '2015年1月20日'],
    ]);
    expectFindings(`${TITLE}（以下简称《意见》）于2015年1月8日印发。`, [['date-mismatch', '2015年1月8日']]);
  });
  it('the right dates raise nothing', () => {
    expectClean(`${TITLE}（国发〔2015〕5号，以下简称《意见》）于2015年1月6日印发。`);
    expectClean(`${TITLE}（国发〔2015〕5号，以下简称《意见》）于2015年1月30日公开发布。`);
    expectClean(`${TITLE}（国发〔2015〕5号）是国务院2015年1月6日印发的。`);
  });
});

describe('traditional characters are read as simplified ones', () => {
  it('dates and verbs: 印發, 簽發, 頒佈, 公佈', () => {
    const text = `${TRAD_TITLE}（國發〔2015〕5號，以下簡稱《意見》）於2015年1月30日印發。`;
    expectFindings(text, [['date-mismatch', '2015年1月30日']]);
    assert.equal(fixed(text, 'date-mismatch'), text.replace('2015年1月30日', '2015年1月6日'));
    expectFindings(`國務院於2015年1月30日簽發${TRAD_TITLE}。`, [['date-mismatch', '2015年1月30日']]);
    expectFindings(`國務院2015年1月8日頒佈${TRAD_TITLE}。`, [['date-mismatch', '2015年1月8日']]);
    expectFindings(`${TRAD_TITLE}（國發〔2015〕5號）由國務院於2015年1月20日公佈。`, [
      ['date-mismatch', '2015年1月20日'],
    ]);
    expectClean(`${TRAD_TITLE}（國發〔2015〕5號）於2015年1月30日公佈，成文日期為2015年1月6日。`);
    expectClean(`國務院於2015年1月6日印發${TRAD_TITLE}。`);
  });
  it('counts after a citation with its number and short name', () => {
    const def = `${TRAD_TITLE}（國發〔2015〕5號，以下簡稱《意見》）`;
    expectFindings(`${def}提出七項主要任務。`, [['count-mismatch', '七']]);
    expectFindings(`${TITLE}（国发〔2015〕5号，以下简称《意见》）提出了五项基本原则。`, [['count-mismatch', '五']]);
    expectClean(`${def}共分三個部分，提出了四項基本原則、六項主要任務和七項保障措施。`);
  });
  it('clause numbers with 條 and 項', () => {
    const def = `${TRAD_TITLE}（國發〔2015〕5號，以下簡稱《意見》）`;
    expectFindings(`${def}第二部分第（七）條提出要求。`, [['unknown-clause', '第二部分第（七）條']]);
    expectFindings(`${def}保障措施第（八）項提出要求。`, [['unknown-clause', '保障措施第（八）項']]);
    expectClean(`${def}保障措施第（三）條要求加大財稅政策扶持力度。`);
    expectClean(`${def}第三部分第（六）項“加強人才隊伍建設”提出完善激勵機制。`);
  });
  it('a list of principles with a wrong member', () => {
    const def = `${TRAD_TITLE}（國發〔2015〕5號，以下簡稱《意見》）`;
    const text = `${def}確立了「市場主導、統籌協調、創新驅動、安全可控」四項基本原則。`;
    expectFindings(text, [['misquote', '安全可控']]);
    expectClean(`${def}確立了「市場主導、統籌協調、創新驅動、保障安全」四項基本原則。`);
  });
});
