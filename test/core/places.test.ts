// Headings quoted as places (the issue "Accuracy, second wave", class 5): 《意见》在“加强人才培养”部分提出… uses a
// heading to say where a passage is. A heading the Opinion does not have is an unknown-clause offering the closest
// heading; one it has raises nothing and links to its clause.
import * as assert from 'node:assert/strict';
import { expectClean, expectFindings, fixed, run } from '../helpers/corpus';

const DEF =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合我市实际，制定本方案。';
const EN_DEF =
  'The State Council\'s Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in January 2015.';

describe('unknown-clause: a heading quoted as a place that the Opinion does not have', () => {
  it('《意见》在“加强人才培养”部分提出: the closest heading is offered', () => {
    const text = `${DEF}《意见》在“加强人才培养”部分提出，鼓励普通高校与企业联合培养云计算人才。`;
    const [f] = expectFindings(text, [['unknown-clause', '“加强人才培养”']]);
    assert.equal(
      f.message.zh,
      '国发〔2015〕5号没有标题为“加强人才培养”的部分；最接近的是“加强人才队伍建设”（Strengthen the construction of talented troops，第三部分第（六）项）。',
    );
    assert.match(f.message.en, /has no part headed "加强人才培养"; the closest is "加强人才队伍建设" \(Strengthen/);
    assert.deepEqual(
      f.related.map((r) => r.nodeId),
      ['III.6'],
    );
    assert.equal(fixed(text, 'unknown-clause'), text.replace('加强人才培养', '加强人才队伍建设'));
    expectClean(fixed(text, 'unknown-clause'));
  });
  it('other forms: 一节, 章节, 板块, without 在, in traditional characters, with the number', () => {
    expectFindings(`${DEF}《意见》“统筹布局数据中心”一节要求杜绝盲目建设。`, [
      ['unknown-clause', '“统筹布局数据中心”'],
    ]);
    expectFindings(`${DEF}国发〔2015〕5号文件在“发展大数据”章节中提出开展试点。`, [['unknown-clause', '“发展大数据”']]);
    expectFindings(`${DEF}《意見》在「加強人才培養」部分提出，鼓勵高校與企業聯合培養人才。`, [
      ['unknown-clause', '「加強人才培養」'],
    ]);
  });
  it('English: in the "…" section, in the section headed "…"', () => {
    const text = `${EN_DEF} The Opinions, in the "Strengthen talent training" section, call for joint training.`;
    const [f] = expectFindings(text, [['unknown-clause', '"Strengthen talent training"']]);
    assert.equal(f.fixes[0].edits[0].newText, 'Strengthen the construction of talented troops');
    expectFindings(
      `${EN_DEF} The Opinions say in the section headed "Build data centres" that local governments must plan.`,
      [['unknown-clause', '"Build data centres"']],
    );
  });
});

describe('headings quoted as places that raise nothing', () => {
  for (const t of [
    `${DEF}《意见》在“加强人才队伍建设”部分提出，鼓励普通高校与企业联合培养云计算人才。`,
    `${DEF}《意见》“统筹布局云计算基础设施”一节要求杜绝盲目建设。`,
    `${DEF}《意见》在“基本原则”部分提出了“市场主导”。`,
    `${DEF}《意见》在“保障措施”部分提出完善市场环境。`,
    `${DEF}《意見》在「加強人才隊伍建設」部分提出，鼓勵高校與企業聯合培養人才。`,
    `${EN_DEF} The Opinions, in the "Strengthen the construction of talented troops" section, call for joint training.`,
    // not a place of the Opinion: the drafter's own plan, another document, a topic
    `${DEF}本方案在“加强人才培养”部分提出三项举措。`,
    `${DEF}我市在“数字政府”部分安排了专项资金。`,
    `${DEF}《意见》印发后，我市在“智慧城市”部分安排了专项资金。`,
    `${EN_DEF} Our plan, in the "Talent first" section, sets out three measures.`,
    `${EN_DEF} The Opinions say in the section on "talent" that schools should cooperate.`,
  ])
    it(t.replace(DEF, '…').replace(EN_DEF, '…').slice(0, 60), () => expectClean(t));
});

describe('a heading quoted as a place links to its clause', () => {
  it('hover and definition read the heading as the clause', () => {
    const text = `${DEF}《意见》在“加强人才队伍建设”部分提出，鼓励普通高校与企业联合培养云计算人才。`;
    const q = run(text).resolved.quotes.find((x) => x.text === '加强人才队伍建设');
    assert.equal(q?.headingOf, 'III.6');
    assert.equal(q?.place, true);
  });
});
