// unknown-clause and clause-title-mismatch: a part or section that does not exist, and a clause number with another
// clause's heading; a heading copied wrong is a misquote of that heading.
import { type Corpus, type CorpusNode, sectionsOf } from '../corpus';
import type { ClauseMention, Fix, Quote, RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { enNumber, zhCount } from '../text';
import { bi, clauseLabel, clauseRef, describeParts, fix, related, retarget } from '../labels';
import { bestHeading } from '../source-search';
import type { CheckContext } from './context';

export function checkClauses({ r, lib, text }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const cl of r.clauses) {
    const c = corpusById(lib, cl.docId);
    if (!c) continue;
    if (!cl.nodeId) {
      if ((cl.weak && !cl.nearestNodeId) || cl.quiet) continue;
      out.push(unknownClause(c, cl, text));
      continue;
    }
    if (cl.heading) {
      const f = checkHeading(c, cl, cl.heading, text) ?? (cl.also && checkHeading(c, cl, cl.also, text));
      if (f) out.push(f);
    }
  }
  // a heading quoted on its own (a table row with no clause number) and copied wrong
  const ofClauses = new Set(r.clauses.map((cl) => cl.heading));
  for (const q of r.quotes) {
    const c = corpusById(lib, q.docId);
    const node = c?.nodes.get(q.clauseNodeId ?? '');
    if (!c || !node?.heading || ofClauses.has(q) || !q.usedAsHeading || q.headingCheck?.verdict !== 'near-own')
      continue;
    out.push(headingMisquote(c, node, q));
  }
  for (const q of r.quotes) {
    if (!q.place || q.headingOf) continue;
    const c = corpusById(lib, q.docId);
    if (c) out.push(unknownPlace(c, q));
  }
  return out;
}

/** A heading copied wrong with no clause number beside it: what the heading is, with it as the safe fix. */
function headingMisquote(c: Corpus, node: CorpusNode, q: Quote): RuleFinding {
  const own = node.heading![q.lang]!;
  return {
    code: 'misquote',
    span: q.span,
    message: bi(
      `标题与原文不符：${clauseLabel(c, node, 'zh')}的标题是“${own}”。`,
      `The heading differs from the source: ${clauseLabel(c, node, 'en')} is headed "${own}".`,
    ),
    related: related(c, node, q.lang),
    fixes: [fix(`标题改为“${own}”`, `Change the heading to "${own}"`, q.inner, own, true)],
  };
}

/** A heading quoted as the place of a passage (《意见》在“加强人才培养”部分提出) that the document does not have:
 *  the closest of its headings is offered. */
export function unknownPlace(c: Corpus, q: Quote): RuleFinding {
  const best = bestHeading(c, q.text, q.lang);
  const near = best && best.score >= 0.3 ? best.node : undefined;
  const h = near?.heading?.[q.lang];
  const num = c.data.meta.number;
  const other = q.lang === 'zh' ? near?.heading?.en : near?.heading?.zh;
  const zh = `${num.zh}没有标题为“${q.text}”的部分${near && h ? `；最接近的是“${h}”（${other && other !== h ? `${other}，` : ''}${clauseRef(c, near, 'zh')}）` : ''}。`;
  const en = `${num.en} has no part headed "${q.text}"${near && h ? `; the closest is "${h}"${other && other !== h ? ` (${other})` : ''}, ${clauseRef(c, near, 'en')}` : ''}.`;
  return {
    code: 'unknown-clause',
    span: q.span,
    message: bi(zh, en),
    related: related(c, near, q.lang),
    fixes: near && h ? [fix(`改为“${h}”`, `Change to "${h}"`, q.inner, h, false)] : [],
  };
}

export function unknownClause(c: Corpus, cl: ClauseMention, text: string): RuleFinding {
  const written = text.slice(cl.span.start, cl.span.end);
  const near = cl.nearestNodeId ? c.nodes.get(cl.nearestNodeId) : undefined;
  let zh: string, en: string;
  if (near) {
    const n =
      sectionsOf(c, near.num ?? 0).length || (c.children.get(near.id) ?? []).filter((k) => k.num !== undefined).length;
    zh = `${c.data.meta.number.zh}${near.label.zh}（${near.heading?.zh}）只有${zhCount(n)}项，没有“${written}”。`;
    en = `${near.label.en} (${near.heading?.en}) of ${c.data.meta.number.en} has ${enNumber(n)} sections; "${written}" does not exist.`;
  } else {
    zh = `${c.data.meta.number.zh}共${zhCount(c.parts.length)}个部分（${describeParts(c, 'zh')}），没有“${written}”。`;
    en = `${c.data.meta.number.en} has ${enNumber(c.parts.length)} parts (${describeParts(c, 'en')}); "${written}" does not exist.`;
  }
  const fixes: Fix[] = [];
  // A quoted heading tells which clause was meant.
  if (cl.heading) {
    const h = bestHeading(c, cl.heading.text, cl.heading.lang);
    if (h && h.score === 1)
      fixes.push(
        fix(
          `改为“${retarget(written, cl.lang, c, h.node)}”`,
          `Change to "${retarget(written, cl.lang, c, h.node)}"`,
          cl.span,
          retarget(written, cl.lang, c, h.node),
        ),
      );
  }
  return { code: 'unknown-clause', span: cl.span, message: bi(zh, en), related: related(c, near, cl.lang), fixes };
}

/** A heading after a clause number that is another clause's, this clause's copied wrong, or one the source does not
 *  have: clause-title-mismatch. */
export function checkHeading(c: Corpus, cl: ClauseMention, q: Quote, text: string): RuleFinding | undefined {
  const check = q.headingCheck;
  if (!q.usedAsHeading || !check || check.verdict === 'own') return undefined;
  const node = c.nodes.get(cl.nodeId!)!;
  const lang = q.lang;
  const own = node.heading![lang]!;
  const written = text.slice(cl.span.start, cl.span.end);
  const ownFix = fix(`标题改为“${own}”`, `Change the heading to "${own}"`, q.inner, own, false);
  if (check.verdict === 'other') {
    const other = c.nodes.get(check.nodeId)!;
    const ref = retarget(written, cl.lang, c, other);
    return {
      code: 'clause-title-mismatch',
      span: { start: cl.span.start, end: q.span.end },
      message: bi(
        `“${written}”的标题是“${own}”；“${q.text}”是${clauseLabel(c, other, 'zh')}。`,
        `${written}${cl.lang === 'zh' ? ` (${clauseRef(c, node, 'en')})` : ''} is headed ${lang === 'zh' ? `"${node.heading!.en ?? own}" (${own})` : `"${own}"`}; "${q.text}" is ${clauseLabel(c, other, 'en')}.`,
      ),
      related: [...related(c, node, lang), ...related(c, other, lang)],
      fixes: [fix(`编号改为“${ref}”`, `Change the number to "${ref}"`, cl.span, ref, false), ownFix],
    };
  }
  // the clause's own heading copied wrong, or a heading it does not have: either way the heading after the number is
  // not the clause's
  const ownBoth = lang === 'zh' ? `"${node.heading!.en ?? own}" (${own})` : `"${own}"`;
  const nearest = check.verdict === 'unlike' && check.nearestNodeId ? c.nodes.get(check.nearestNodeId) : undefined;
  return {
    code: 'clause-title-mismatch',
    span: { start: cl.span.start, end: q.span.end },
    message: bi(
      `“${written}”的标题是“${own}”，不是“${q.text}”${nearest ? `；最接近的是${clauseLabel(c, nearest, 'zh')}` : ''}。`,
      `${written}${cl.lang === 'zh' ? ` (${clauseRef(c, node, 'en')})` : ''} is headed ${ownBoth}, not "${q.text}"${nearest ? `; the closest heading is ${clauseLabel(c, nearest, 'en')}` : ''}.`,
    ),
    related: [...related(c, node, lang), ...related(c, nearest, lang)],
    fixes: [{ ...ownFix, safe: check.verdict === 'near-own' }],
  };
}
