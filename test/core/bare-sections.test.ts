// 第（三）项 with no part before it (attach.ts, clause-context.ts): a section of the part its own sentence named before
// it — 第二部分, or a part named by words (主要任务, 保障措施) — and no citation at all where the sentence names none.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { expectClean, expectFindings, lib } from '../helpers/corpus';

const DEF = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）印发以来，';

/** Each clause citation of the text, as written, with the node it links to. */
function clauses(text: string): [string, string | undefined][] {
  return analyze(text, lib())
    .citations.filter((c) => c.kind === 'clause')
    .map((c) => [text.slice(c.span.start, c.span.end), c.kind === 'clause' ? c.nodeId : undefined]);
}

describe('bare section numbers: 第（三）项 after the part its sentence named', () => {
  it('takes the part named before it in the sentence, by number or by words', () => {
    const t = `${DEF}《意见》第二部分部署了六项主要任务，从第（一）项“增强云计算服务能力”到第（六）项“提升安全保障能力”。`;
    assert.deepEqual(
      clauses(t).filter(([w]) => w.startsWith('第（')),
      [
        ['第（一）项', 'II.1'],
        ['第（六）项', 'II.6'],
      ],
    );
    expectClean(t);
    const m = `${DEF}《意见》共有七条保障措施，其中第（三）条“加大财税政策扶持力度”和第（四）条“完善投融资政策”最为直接。`;
    assert.deepEqual(
      clauses(m).filter(([w]) => w.startsWith('第（')),
      [
        ['第（三）条', 'III.3'],
        ['第（四）条', 'III.4'],
      ],
    );
    expectClean(m);
  });

  it('checks the heading quoted after it like any clause reference', () => {
    expectFindings(`${DEF}《意见》共有七条保障措施，其中第（三）条“完善投融资政策”最为直接。`, [
      ['clause-title-mismatch', '第（三）条“完善投融资政策”'],
    ]);
  });

  it('is no citation where its sentence names no part, nor in the drafter’s own list', () => {
    assert.deepEqual(
      clauses(`${DEF}各地要按照《意见》要求，抓好第（三）项工作。`).filter(([w]) => w.startsWith('第（')),
      [],
    );
    expectClean(`${DEF}《意见》第二部分部署了六项主要任务。本方案第（七）项工作由市大数据局负责。`);
    expectClean(`本方案第二部分共有三项任务，其中第（三）项“推进政务上云”由市大数据局负责。`);
  });

  it('reads traditional characters the same: 七條保障措施，其中第（三）條', () => {
    const t =
      '《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號）共有七條保障措施，其中第（三）條「加大財稅政策扶持力度」最為直接。';
    assert.deepEqual(
      clauses(t).filter(([w]) => w.startsWith('第（')),
      [['第（三）條', 'III.3']],
    );
    expectClean(t);
  });
});
