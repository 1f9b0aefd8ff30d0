// Properties of the engine over arbitrary and adversarial drafts: it never throws, its ranges are sound, line
// endings do not change what it finds, and a safe quick fix removes its finding without raising another there.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Analysis } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/model';
import { citationAt, hoverMarkdown, targetOf } from '../../server/src/core/features';
import { applyFix, lib, run } from '../helpers/corpus';
import { draft, isWellFormed, noise, params, rangeProblems, wellFormedDraft } from './gen';

describe('robustness: engine properties', function () {
  this.timeout(process.env.FUZZ_LONG === '1' ? 0 : 60_000);

  it('never throws, and every range lies inside the draft on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(fc.oneof(draft, noise), (text) => {
        const a = run(text);
        assert.deepEqual(rangeProblems(text, a), []);
      }),
      params(300),
    );
  });

  it('hover, definition and links work at every offset of a draft without throwing', () => {
    fc.assert(
      fc.property(draft, fc.nat(), (text, k) => {
        const a = run(text);
        const offset = text.length ? k % (text.length + 1) : 0;
        const c = citationAt(a, offset);
        if (!c) return;
        assert.ok(c.span.start <= offset && offset <= c.span.end, 'the citation at an offset covers it');
        const t = targetOf(lib(), c);
        if (t)
          assert.ok(
            t.range[0] >= 0 && t.range[1] <= (t.corpus.data.texts[t.lang] ?? '').length && t.range[0] <= t.range[1],
          );
        for (const hoverLanguage of ['both', 'zh', 'en'] as const)
          hoverMarkdown(lib(), c, { hoverLanguage, uiLang: 'zh' });
      }),
      params(200),
    );
  });

  it('the citation at an offset is the innermost covering it, as a walk over every citation finds it', () => {
    // the look-up bisects and walks back only as far as a citation can reach; this is the plain walk it replaces
    const walk = (a: Analysis, offset: number) => {
      let best: Analysis['citations'][number] | undefined;
      for (const c of a.citations) {
        if (c.span.start > offset) break;
        if (offset > c.span.end) continue;
        if (offset === c.span.end && c.span.end !== c.span.start && best) continue;
        if (!best || c.span.end - c.span.start <= best.span.end - best.span.start) best = c;
      }
      return best;
    };
    fc.assert(
      fc.property(draft, (text) => {
        const a = run(text);
        for (let offset = 0; offset <= text.length; offset++) assert.equal(citationAt(a, offset), walk(a, offset));
      }),
      params(150),
    );
  });

  it('finds the same things whatever the line endings (LF, CRLF, CR)', () => {
    fc.assert(
      fc.property(draft, (raw) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        const base = byLine(lf, run(lf));
        for (const [name, eol] of [
          ['CRLF', '\r\n'],
          ['CR', '\r'],
        ] as const) {
          const other = lf.replace(/\n/g, eol);
          assert.deepEqual(byLine(other, run(other)), base, `${name} differs from LF for ${JSON.stringify(lf)}`);
        }
      }),
      params(300),
    );
  });

  it('a safe quick fix removes its finding and raises no other finding where it edits', () => {
    fc.assert(
      fc.property(wellFormedDraft, (text) => {
        const a = run(text);
        for (const f of a.findings) {
          f.fixes.forEach((fx, i) => {
            if (!fx.safe) return;
            const after = applyFix(text, f, i);
            const b = run(after);
            const problems = fixProblems(text, a, f, i, after, b);
            assert.deepEqual(
              problems,
              [],
              `fix "${fx.title.en}" of ${f.code} at ${JSON.stringify(text.slice(f.span.start, f.span.end))} in ${JSON.stringify(text)} → ${JSON.stringify(after)}`,
            );
          });
        }
      }),
      params(300),
    );
  });

  it('a quick fix never produces a lone surrogate or cuts a surrogate pair', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = run(text);
        for (const f of a.findings) {
          f.fixes.forEach((fx, i) => {
            for (const e of fx.edits) assert.ok(isWellFormed(e.newText), `fix text of ${f.code} is well formed`);
            if (isWellFormed(text)) assert.ok(isWellFormed(applyFix(text, f, i)));
          });
        }
      }),
      params(200),
    );
  });
});

/** Findings and citations as line/column positions and line-ending-free text, to compare across line endings. */
function byLine(text: string, a: Analysis): string[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  const pos = (off: number) => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1] <= off) l++;
    return `${l}:${off - starts[l]}`;
  };
  const norm = (s: string) => s.replace(/\r\n?/g, '\n');
  return [
    ...a.findings.map(
      (f) =>
        `finding ${f.code} ${pos(f.span.start)}-${pos(f.span.end)} ${JSON.stringify(norm(text.slice(f.span.start, f.span.end)))} ${norm(f.message.en)} fixes=${f.fixes.map((x) => x.edits.map((e) => norm(e.newText)).join('+')).join('|')}`,
    ),
    ...a.citations.map((c) => `citation ${c.kind} ${c.docId} ${pos(c.span.start)}-${pos(c.span.end)}`),
  ];
}

const overlaps = (s: { start: number; end: number }, from: number, to: number) =>
  s.start < Math.max(to, from + 1) && from < Math.max(s.end, s.start + 1);

/** What is wrong after applying fix `which` of finding `f`: the finding is still there, or a new one appeared where the fix wrote. */
function fixProblems(text: string, a: Analysis, f: Finding, which: number, after: string, b: Analysis): string[] {
  const problems: string[] = [];
  const edits = [...f.fixes[which].edits].sort((x, y) => x.span.start - y.span.start);
  let shift = 0;
  for (const e of edits) {
    const from = e.span.start + shift,
      to = from + e.newText.length;
    shift += e.newText.length - (e.span.end - e.span.start);
    const before = a.findings.filter((x) => x !== f && overlaps(x.span, e.span.start, e.span.end)).map((x) => x.code);
    for (const x of b.findings) {
      if (!overlaps(x.span, from, to)) continue;
      const covered = JSON.stringify(after.slice(x.span.start, x.span.end));
      if (x.code === f.code) problems.push(`${x.code} still raised at ${covered}`);
      else if (!before.includes(x.code)) problems.push(`new ${x.code} at ${covered}: ${x.message.en}`);
    }
  }
  return problems;
}
