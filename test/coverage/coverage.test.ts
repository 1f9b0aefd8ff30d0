// Coverage of the Opinion by a realistic implementation plan: which tasks, measures, principles and targets it
// answers, which it mis-cites and which it leaves out.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coverage, coverageNodeAt, coverageNodeOfCitation } from '../../server/src/core/coverage';
import { ROOT, lib, run } from '../helpers/corpus';

const PLAN = fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');

const of = (text: string) => coverage(run(text), lib())!;
const node = (text: string, id: string) => of(text).nodes.find((n) => n.id === id)!;
/** The draft text of each citation of a node. */
const cited = (text: string, id: string) => node(text, id).citations.map((h) => text.slice(h.span.start, h.span.end));
const miscited = (text: string, id: string) =>
  node(text, id).misCitations.map((h) => [h.problem!.code, text.slice(h.span.start, h.span.end)]);

describe('coverage of the Opinion by an implementation plan', () => {
  const cov = of(PLAN);
  const group = (id: string) => cov.groups.find((g) => g.id === id)!;

  it('lists every part, section, principle, objective and target of the Opinion in reading order', () => {
    assert.deepEqual(
      cov.nodes.filter((n) => n.depth === 0).map((n) => n.id),
      ['I', 'II', 'III'],
    );
    assert.equal(cov.nodes.filter((n) => n.kind === 'section').length, 16);
    assert.equal(cov.nodes.filter((n) => n.kind === 'principle').length, 4);
    assert.equal(cov.nodes.filter((n) => n.kind === 'target').length, 7);
    assert.equal(cov.nodes[0].heading.zh, '指导思想、基本原则和发展目标');
    assert.equal(cov.docId, 'gf-2015-5');
  });

  it('tells which main tasks the plan answers and which it leaves out', () => {
    assert.deepEqual([group('main-tasks').covered, group('main-tasks').total], [3, 6]);
    assert.deepEqual(group('main-tasks').missing, ['II.2', 'II.5', 'II.6']);
    assert.deepEqual(cited(PLAN, 'II.1'), ['第二部分第（一）项']);
    assert.deepEqual(cited(PLAN, 'II.3'), ['第二部分第（三）项']);
    assert.deepEqual(cited(PLAN, 'II.4'), ['第二部分第（四）项']);
  });

  it('lists a citation that numbers one task and quotes another as a mis-citation of both, covering neither', () => {
    for (const id of ['II.5', 'II.6']) {
      assert.equal(node(PLAN, id).covered, false, id);
      assert.deepEqual(miscited(PLAN, id), [['clause-title-mismatch', '第二部分第（五）项']], id);
    }
  });

  it('counts a citation for the part holding the clause it resolves to', () => {
    assert.deepEqual(cited(PLAN, 'II'), ['第二部分第（一）项', '第二部分第（三）项', '第二部分第（四）项']);
    assert.equal(node(PLAN, 'II').misCitations.length, 1);
  });

  it('tells which guarantee measures are answered, by number or by a quotation from the clause', () => {
    assert.deepEqual(group('guarantee-measures').missing, ['III.1', 'III.2', 'III.4', 'III.5', 'III.7']);
    assert.deepEqual(cited(PLAN, 'III.6'), ['“鼓励普通高校、职业院校、科研院所与企业联合培养云计算相关人才”']);
    assert.deepEqual(miscited(PLAN, 'III'), [['unknown-clause', '第三部分第（九）项']]);
  });

  it('covers a principle quoted by name, not one the plan only echoes in its own words', () => {
    assert.deepEqual(cited(PLAN, 'I.2.market'), ['“市场主导”']);
    assert.equal(node(PLAN, 'I.2.coordination').covered, false);
    assert.deepEqual(group('principles').missing, ['I.2.coordination', 'I.2.innovation', 'I.2.security']);
  });

  it("covers a target stated as the Opinion's, once per sentence; a wrong figure is a mis-citation; the plan's own target is not a citation", () => {
    assert.deepEqual(cited(PLAN, 'target:pue'), ['能源利用效率']);
    assert.equal(node(PLAN, 'target:gov-datacentres').covered, false);
    assert.deepEqual(miscited(PLAN, 'target:gov-datacentres'), [['target-mismatch', '8']]);
    assert.equal(node(PLAN, 'I.3.infrastructure').covered, true);
    assert.equal(node(PLAN, 'target:demonstration-projects').covered, false);
    const own = of('为落实国发〔2015〕5号文件，到2017年，全市新建大型云计算数据中心PUE值优于1.3。');
    assert.equal(own.nodes.find((n) => n.id === 'target:pue')!.covered, false);
  });

  it('keeps citations of the document itself apart from clause citations', () => {
    assert.ok(cov.documentCitations.length >= 2);
  });

  it('covers nothing in a draft that cites other documents only', () => {
    const c = of('落实《促进大数据发展行动纲要》（国发〔2015〕50号）第二部分第（一）项“加快政府数据开放共享”。');
    assert.equal(c.nodes.filter((n) => n.covered || n.misCitations.length).length, 0);
  });

  it('reads an English draft the same way', () => {
    const text =
      'The Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5) set the tasks. Part II, Section (4) of the Opinions covers big data. Part III, Section (7) of the Opinions covers international cooperation.';
    assert.deepEqual(
      of(text)
        .nodes.filter((n) => n.covered && n.kind === 'section')
        .map((n) => n.id),
      ['II.4', 'III.7'],
    );
  });

  it('finds the clause at a position of the source text and the clause a draft citation resolves to', () => {
    const c = lib().corpora[0];
    const zh = c.data.texts.zh!;
    assert.equal(coverageNodeAt(c, 'zh', zh.indexOf('加强大数据开发与利用')), 'II.4');
    assert.equal(coverageNodeAt(c, 'zh', zh.indexOf('市场主导')), 'I.2.market');
    assert.equal(coverageNodeAt(c, 'zh', zh.indexOf('优于1.5')), 'target:pue');
    assert.equal(coverageNodeAt(c, 'en', c.data.texts.en!.indexOf('Perfect investment policies')), 'III.4');
    const a = run(PLAN);
    assert.deepEqual(coverageNodeOfCitation(a, lib(), PLAN.indexOf('第二部分第（四）项') + 3), {
      docId: 'gf-2015-5',
      nodeId: 'II.4',
    });
    assert.equal(coverageNodeOfCitation(a, lib(), PLAN.indexOf('加强组织领导')), undefined);
  });
});
