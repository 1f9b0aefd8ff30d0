// title-mismatch: a title that means a known document but is not its exact title.
import type { Corpus } from '../corpus';
import type { RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { canon, similarity } from '../text';
import { bi, fix, related } from '../labels';
import type { CheckContext } from './context';

export const EN_TITLE_BEFORE = /(?:\*{1,2}|_|"|“)([A-Z][^*_"“”\n]{20,220}?)(?:\*{1,2}|_|"|”)[ \t]{0,2}\([ \t]{0,2}$/;

export function checkTitle({ r, lib, f }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const d of r.docs) {
    if (d.form !== 'number' || d.lang !== 'en' || d.pairedWith || !d.docId) continue;
    const m = EN_TITLE_BEFORE.exec(f.slice(Math.max(0, d.span.start - 240), d.span.start));
    const c = corpusById(lib, d.docId)!;
    if (!m || !/\bOpinions?\b/.test(m[1])) continue;
    const t = canon(m[1]);
    if (t === c.canonTitles.en || (c.data.meta.altTitles?.en ?? []).some((a) => canon(a) === t)) continue;
    if (similarity(t, c.canonTitles.en) < 0.6) continue;
    const start = d.span.start - (m[0].length - m[0].indexOf(m[1]));
    const span = { start, end: start + m[1].length };
    out.push({
      code: 'title-mismatch',
      span,
      message: bi(
        `标题与原文不符，应为《${c.data.meta.title.zh}》（${c.data.meta.number.zh}）。`,
        `The title differs from the source; it is "${c.data.meta.title.en}" (${c.data.meta.number.en}).`,
      ),
      related: related(c, c.nodes.get('title'), 'en'),
      fixes: [fix('改为准确标题', 'Use the exact title', span, c.data.meta.title.en)],
    });
  }
  for (const d of r.docs) {
    if (d.form !== 'near-title' || !d.docId) continue;
    const c = corpusById(lib, d.docId)!;
    const span = d.title!.span;
    const right = d.lang === 'zh' ? c.data.meta.title.zh : closestRendering(c, d.title!.text);
    out.push({
      code: 'title-mismatch',
      span,
      message: bi(
        `标题与原文不符，应为《${c.data.meta.title.zh}》（${c.data.meta.number.zh}）。`,
        `The title differs from the source; it is "${c.data.meta.title.en}" (${c.data.meta.number.en}).`,
      ),
      related: related(c, c.nodes.get('title'), d.lang),
      fixes: [fix('改为准确标题', 'Use the exact title', span, right)],
    });
  }
  return out;
}

/** The English rendering of a title closest to what the draft wrote: "Guiding Opinions on Promoting …" is put right
 *  as the rendering it follows, not as another translation. */
function closestRendering(c: Corpus, written: string): string {
  const t = canon(written);
  let best = c.data.meta.title.en;
  let score = similarity(t, canon(best));
  for (const a of c.data.meta.altTitles?.en ?? []) {
    const s = similarity(t, canon(a));
    if (s > score) [best, score] = [a, s];
  }
  return best;
}
