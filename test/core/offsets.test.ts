// Draft offsets and source offsets never share a type: reading a CRLF draft moves every draft offset back into the
// draft (mentions, quotes, contexts, claims, findings, fixes) and never a source range (a quote's place in the
// source, a finding's related range).
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { lib } from '../helpers/corpus';

const LINES = [
  '《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发[2015]5号，以下简称《意见》）',
  '《意见》指出“推动公共数据开放”。《意见》还指出“云计算很重要”。',
  '《意见》提出，到2017年，PUE值优于1.4。',
  '《意见》第二部分第（五）项“加强大数据开发与利用”。',
];

describe('offsets under CRLF', () => {
  const lf = LINES.join('\n') + '\n';
  const crlf = LINES.join('\r\n') + '\r\n';
  const a = analyze(lf, lib());
  const b = analyze(crlf, lib());
  // the draft offset of LF text `o` in the CRLF text: one more unit per line break before it
  const toCrlf = (o: number) => o + (lf.slice(0, o).match(/\n/g) ?? []).length;

  it('covers the same text in both drafts, for every citation, finding and fix', () => {
    assert.ok(a.findings.length >= 4);
    assert.deepEqual(
      b.citations.map((c) => crlf.slice(c.span.start, c.span.end)),
      a.citations.map((c) => lf.slice(c.span.start, c.span.end)),
    );
    assert.deepEqual(
      b.findings.map((f) => [f.code, crlf.slice(f.span.start, f.span.end)]),
      a.findings.map((f) => [f.code, lf.slice(f.span.start, f.span.end)]),
    );
    for (let i = 0; i < a.findings.length; i++)
      for (let k = 0; k < a.findings[i].fixes.length; k++)
        assert.deepEqual(
          b.findings[i].fixes[k].edits.map((e) => [e.span.start, e.span.end]),
          a.findings[i].fixes[k].edits.map((e) => [toCrlf(e.span.start), toCrlf(e.span.end)]),
        );
  });

  it('moves contexts, claims and sentence starts, and leaves source ranges where they are', () => {
    assert.deepEqual(
      b.resolved.contexts.map((c) => [c.start, c.end]),
      a.resolved.contexts.map((c) => [toCrlf(c.start), toCrlf(c.end)]),
    );
    assert.deepEqual(
      b.resolved.claims.map((c) => [c.span.start, c.groups.value?.start, c.year?.start]),
      a.resolved.claims.map((c) => [
        toCrlf(c.span.start),
        c.groups.value && toCrlf(c.groups.value.start),
        c.year && toCrlf(c.year.start),
      ]),
    );
    assert.deepEqual(
      b.resolved.quotes.map((q) => q.found),
      a.resolved.quotes.map((q) => q.found),
    );
    assert.ok(a.resolved.quotes.some((q) => q.found));
    assert.deepEqual(
      b.findings.map((f) => f.related.map((r) => r.range)),
      a.findings.map((f) => f.related.map((r) => r.range)),
    );
    assert.deepEqual(b.resolved.scan.lineStarts, a.resolved.scan.lineStarts.map(toCrlf));
  });
});
