// Lists of names (the issue "Accuracy, second wave", class 2): a list of the Opinion's basic principles or task
// headings said to be its own, quoted or not, with a wrong member: the finding (misquote: the Opinion's own names
// written wrong) is on that member and names the right one. Correct lists raise nothing, and coverage counts the
// principles and tasks they name.
import * as assert from 'node:assert/strict';
import { coverage } from '../../server/src/core/coverage';
import { expectClean, expectFindings, fixed, lib, run } from '../helpers/corpus';

const DEF =
  '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），结合我市实际，制定本方案。';

describe('misquote: a list of the principles with a wrong member', () => {
  it('quoted: “市场主导、统筹协调、创新驱动、安全可控” names the wrong member and the right one', () => {
    const text = `${DEF}《意见》提出了“市场主导、统筹协调、创新驱动、安全可控”四项基本原则。`;
    const [f] = expectFindings(text, [['misquote', '安全可控']]);
    assert.equal(
      f.message.zh,
      '“安全可控”不在国发〔2015〕5号的四项基本原则之中（市场主导、统筹协调、创新驱动、保障安全），应为“保障安全”。',
    );
    assert.equal(
      f.message.en,
      '"安全可控" is not one of the four basic principles of GF No. (2015)5 (市场主导, 统筹协调, 创新驱动, 保障安全); it should be "保障安全".',
    );
    assert.deepEqual(
      f.related.map((r) => r.nodeId),
      ['I.2.security'],
    );
    assert.equal(f.fixes[0].safe, true);
    assert.equal(fixed(text, 'misquote'), text.replace('安全可控', '保障安全'));
    expectClean(fixed(text, 'misquote'));
  });
  it('unquoted, with the verbs drafters use: 坚持…的基本原则, 确立了…原则, 围绕…', () => {
    expectFindings(`${DEF}《意见》坚持市场主导、统筹协调、创新驱动、安全可控的基本原则。`, [['misquote', '安全可控']]);
    expectFindings(`${DEF}《意见》确立了市场主导、统筹协调、创新驱动和安全可控的原则。`, [['misquote', '安全可控']]);
    expectFindings(`${DEF}《意见》明确了市场主导、开放共享、创新驱动、保障安全四项原则。`, [['misquote', '开放共享']]);
    expectFindings(`${DEF}《意见》确立的政府引导、统筹协调、创新驱动、保障安全等原则，为各地提供了遵循。`, [
      ['misquote', '政府引导'],
    ]);
  });
  it('each name in its own quotation marks', () => {
    expectFindings(`${DEF}《意见》提出了“市场主导”“统筹协调”“创新驱动”“安全可控”四项原则。`, [
      ['misquote', '安全可控'],
    ]);
    expectFindings(`${DEF}《意见》提出“市场主导”、“统筹协调”、“协同推进”和“保障安全”的原则。`, [
      ['misquote', '协同推进'],
    ]);
  });
  it('the list before the document: 市场主导、…是《意见》确立的四项基本原则', () => {
    expectFindings(`市场主导、统筹协调、创新驱动、安全可控是《意见》（国发〔2015〕5号）确立的四项基本原则。`, [
      ['misquote', '安全可控'],
    ]);
  });
  it('two members missing: the right one is the one between its neighbours', () => {
    const text = `${DEF}《意见》坚持市场主导、协同发展、创新驱动、安全可控的基本原则。`;
    const fs = expectFindings(text, [
      ['misquote', '协同发展'],
      ['misquote', '安全可控'],
    ]);
    assert.deepEqual(
      fs.map((f) => f.fixes[0]?.edits[0].newText),
      ['统筹协调', '保障安全'],
    );
    assert.ok(fs.every((f) => !f.fixes[0].safe));
  });
  it('a traditional-character list', () => {
    expectFindings(`${DEF}《意見》堅持市場主導、統籌協調、創新驅動、安全可控的基本原則。`, [['misquote', '安全可控']]);
  });
});

describe('misquote: a list of the main tasks with a wrong member', () => {
  it('names the task heading it stands for', () => {
    const text = `${DEF}《意见》部署了增强云计算服务能力、提升云计算自主创新能力、探索电子政务云计算发展新模式、加强大数据开发与利用、统筹布局云计算基础设施、加强网络安全监管等六项主要任务。`;
    const [f] = expectFindings(text, [['misquote', '加强网络安全监管']]);
    assert.equal(f.fixes[0].edits[0].newText, '提升安全保障能力');
    assert.match(f.message.zh, /不在国发〔2015〕5号的六项主要任务之中，应为“提升安全保障能力”。$/);
  });
  it('a task written short in prose is no mistake; in a quotation it is', () => {
    expectClean(
      `${DEF}《意见》部署了增强云计算服务能力、提升云计算自主创新能力、加强大数据开发利用、统筹布局云计算基础设施等主要任务。`,
    );
  });
});

describe('lists that raise nothing', () => {
  for (const t of [
    `${DEF}《意见》坚持市场主导、统筹协调、创新驱动、保障安全的基本原则。`,
    `${DEF}《意见》提出了“市场主导、统筹协调、创新驱动、保障安全”四项基本原则。`,
    `${DEF}《意见》提出了“市场主导”“统筹协调”“创新驱动”“保障安全”四项原则。`,
    `${DEF}《意见》提出了市场主导、统筹协调等基本原则。`,
    // the drafter's own principles, in a sentence naming the Opinion or not
    `${DEF}本方案坚持市场主导、统筹协调、创新驱动、开放合作的原则。`,
    `${DEF}按照《意见》要求，我市坚持市场主导、统筹协调、创新驱动、开放合作的原则。`,
    '坚持市场主导、政府引导，统筹协调、开放共享，创新驱动、安全可控。',
    // a list of other words in a sentence citing the Opinion
    `${DEF}《意见》提出，按照“急用先行、成熟先上、重点突破”原则，加快推进云计算标准体系建设。`,
    `${DEF}《意见》要求在交通、教育、医疗、社保等领域推广云计算应用。`,
  ])
    it(t.replace(DEF, '…').slice(0, 60), () => expectClean(t));
});

describe('coverage counts the names in lists', () => {
  it('unquoted and quoted lists cover the principles they name, and not a wrong member', () => {
    const covered = (text: string) => {
      const cov = coverage(run(text), lib())!;
      return cov.groups.find((g) => g.id === 'principles')!.covered;
    };
    assert.equal(covered(`${DEF}《意见》坚持市场主导、统筹协调、创新驱动、保障安全的基本原则。`), 4);
    assert.equal(covered(`${DEF}《意见》提出了“市场主导、统筹协调、创新驱动、保障安全”四项基本原则。`), 4);
    assert.equal(covered(`${DEF}《意见》提出了“市场主导、统筹协调、创新驱动、安全可控”四项基本原则。`), 3);
    assert.equal(covered(`${DEF}本方案坚持市场主导、统筹协调、创新驱动、保障安全的基本原则。`), 0);
  });
  it('a list of task headings covers the tasks', () => {
    const cov = coverage(
      run(`${DEF}《意见》部署了增强云计算服务能力、提升云计算自主创新能力、探索电子政务云计算发展新模式等主要任务。`),
      lib(),
    )!;
    assert.deepEqual(cov.groups.find((g) => g.id === 'main-tasks')!.missing, ['II.4', 'II.5', 'II.6']);
  });
});

describe('misquote: English lists of the principles', () => {
  const EN =
    'The Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5, hereinafter "the Opinions") were issued in 2015.\n\n';
  it('"the four principles of market orientation, …, innovation drivers and open sharing": the wrong member, in the case written', () => {
    const text = `${EN}The Opinions are built on the four principles of market orientation, comprehensive coordination, innovation drivers and open sharing.`;
    const [f] = expectFindings(text, [['misquote', 'open sharing']]);
    assert.equal(
      f.message.en,
      '"open sharing" is not one of the four basic principles of GF No. (2015)5 (Market orientation, Comprehensive coordination, Innovation drivers, Guarantee security); it should be "guarantee security".',
    );
    assert.deepEqual(
      f.related.map((r) => r.nodeId),
      ['I.2.security'],
    );
    assert.equal(fixed(text, 'misquote'), text.replace('open sharing', 'guarantee security'));
    expectClean(fixed(text, 'misquote'));
  });
  it('after a colon, with a serial comma, and the sentence going on after the last member', () => {
    expectFindings(
      `${EN}The Opinions rest on four basic principles: market orientation, comprehensive coordination, innovation drivers, and open sharing as a fourth pillar.`,
      [['misquote', 'open sharing']],
    );
    expectClean(
      `${EN}The Opinions rest on four basic principles: market orientation, comprehensive coordination, innovation drivers, and guarantee security.`,
    );
  });
  it("the drafter's own principles, another document's, and a list of other things raise nothing", () => {
    expectClean(`${EN}Our plan follows three principles of its own: market orientation, openness and thrift.`);
    expectClean(
      `${EN}Beyond the Opinions, good policy rests on principles of market orientation, openness and thrift.`,
    );
    expectClean(`${EN}The Opinions apply the principles of transparency, accountability, fairness and efficiency.`);
  });
  it('each English name links to its principle and counts for coverage', () => {
    const text = `${EN}The Opinions are built on the principles of market orientation, comprehensive coordination and innovation drivers.`;
    const a = run(text);
    const names = a.resolved.clauses
      .filter((c) => c.quiet)
      .map((c) => [text.slice(c.span.start, c.span.end), c.nodeId]);
    assert.deepEqual(names, [
      ['market orientation', 'I.2.market'],
      ['comprehensive coordination', 'I.2.coordination'],
      ['innovation drivers', 'I.2.innovation'],
    ]);
    assert.equal(coverage(a, lib())!.groups.find((g) => g.id === 'principles')!.covered, 3);
  });
});
