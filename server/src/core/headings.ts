// The last steps of resolution, finished before any rule runs: what each heading quoted after a clause reference is
// (the clause's own, another clause's, its own copied wrong, or not a heading at all but words quoted from the
// clause), and where each attributed quotation is found in its source. Hover, definition, coverage and the rules all
// read these facts; none of them decides them.
import { ancestry } from './corpus';
import { type Library, corpusById } from './library';
import type { ClauseMention, HeadingCheck, Quote } from './model';
import { bestHeading, findQuote } from './source-search';
import { canon, fold, similarity } from './text';

/** Sets `headingCheck` on each clause reference's heading, or marks it as words quoted from the clause. */
export function classifyHeadings(lib: Library, clauses: readonly ClauseMention[]): void {
  for (const cl of clauses) {
    const q = cl.heading;
    const c = corpusById(lib, cl.docId);
    if (!q || !c || !cl.nodeId) continue;
    const check = headingCheckOf(lib, cl, q);
    if (check) q.headingCheck = check;
    else {
      q.usedAsHeading = false;
      q.clauseNodeId = cl.nodeId;
    }
    // the translation given with it is compared the same way; words that are no heading are left unchecked
    const also = cl.also;
    if (!also) continue;
    const alsoCheck = headingCheckOf(lib, cl, also);
    if (alsoCheck) also.headingCheck = alsoCheck;
    else also.usedAsHeading = also.attributed = false;
  }
}

/** How a quoted heading compares with the cited clause's; undefined when it is no heading at all. */
function headingCheckOf(lib: Library, cl: ClauseMention, q: Quote): HeadingCheck | undefined {
  const c = corpusById(lib, cl.docId)!;
  const node = c.nodes.get(cl.nodeId!)!;
  const own = node.heading?.[q.lang];
  if (!own) return { verdict: 'own' };
  const qc = canon(q.text);
  if (qc === canon(own)) return { verdict: 'own' };
  const best = bestHeading(c, q.text, q.lang);
  // 第一部分第（二）项“市场主导”: the name of something inside the cited clause.
  if (best && best.score === 1 && ancestry(c, best.node).some((n) => n.id === node.id)) return { verdict: 'own' };
  const ownScore = similarity(qc, canon(own));
  if (best && best.node.id !== node.id && (best.score === 1 || (best.score >= 0.75 && best.score > ownScore)))
    return { verdict: 'other', nodeId: best.node.id };
  // A heading copied wrong: close to this clause's own heading.
  if (ownScore >= (q.lang === 'zh' ? 0.5 : 0.7)) return { verdict: 'near-own' };
  // 第三部分第（五）项“加强人才培养”: a phrase shaped like a heading, written as the clause's heading, that the source
  // has nowhere. Words the source has (第二部分第（四）项“大数据”) are words quoted from the clause.
  if (headingLike(q.text, q.lang) && !findQuote(c, q.text, q.lang))
    return { verdict: 'unlike', nearestNodeId: best && best.score >= 0.5 ? best.node.id : undefined };
  return undefined;
}

/** Verbs the Opinion's headings and the headings drafters write for them open with: a heading says what to do. */
const HEADING_VERB_ZH =
  /^(?:加强|增强|提升|提高|探索|统筹|完善|建立|健全|加大|积极|推进|推动|促进|加快|强化|优化|深化|培育|开展|实施|构建|打造|鼓励|支持|扩大|创新)/;
const HEADING_VERB_EN =
  /^(?:Strengthen|Enhance|Explore|Expand|Comprehensively|Perfect|Establish|Vigorously|Promote|Improve|Build|Develop|Accelerate|Encourage|Support|Advance|Increase|Boost|Foster|Launch|Optimi[sz]e|Plan|Reinforce)\b/i;

/** Short, one phrase opening with a verb, no sentence punctuation: 加强人才培养, "Strengthen talent training"; not
 *  云计算很重要, which is words said of the clause. */
function headingLike(text: string, lang: 'zh' | 'en'): boolean {
  const t = text.trim();
  if (/[，。；！？,.;!?…]/.test(t)) return false;
  if (lang === 'zh') {
    const n = canon(t).length;
    return n >= 4 && n <= 16 && HEADING_VERB_ZH.test(t);
  }
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 10 && HEADING_VERB_EN.test(t);
}

/**
 * Sets `found` on each quotation attributed to a known document where the source has it (fragments in order). A
 * quotation that reproduces a known error of the text it was copied from (the corpus's errata: 约为260字节 for
 * 约为2⁶⁰字节) is found where the corrected words are, and the erratum is noted on it for the misquote rule.
 */
export function locateQuotes(lib: Library, quotes: readonly Quote[]): void {
  for (const q of quotes) {
    if (!q.attributed || q.usedAsHeading) continue;
    const c = corpusById(lib, q.docId);
    if (!c) continue;
    const found = findQuote(c, q.text, q.lang);
    if (found) {
      q.found = { lang: q.lang, range: found };
      continue;
    }
    const folded = fold(q.text);
    for (const e of c.data.errata ?? []) {
      const at = e.lang === q.lang ? folded.indexOf(e.seed) : -1;
      if (at < 0) continue;
      const fixed = findQuote(c, folded.slice(0, at) + e.corpus + folded.slice(at + e.seed.length), q.lang);
      if (!fixed) continue;
      q.found = { lang: q.lang, range: fixed };
      const start = q.inner.start + at;
      q.erratum = { span: { start, end: start + e.seed.length }, seed: e.seed, corpus: e.corpus, why: e.why };
      break;
    }
  }
}
