// misquote: quoted words attributed to a document that are not in it, with the closest passage; and a quotation
// found in one year's objectives said to be for another (target-mismatch on the year).
import { type Corpus, type SourceRange, nodeAt } from '../corpus';
import type { Fix, Quote, RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { canon, zhPunctuation } from '../text';
import { bi, clauseLabel, fix, related } from '../labels';
import { closestPassage, findQuote, itemsInOneSection } from '../source-search';
import { listIn } from '../lists';
import type { CheckContext } from './context';
import { claimOf } from '../claims';

export function misquoteFinding(c: Corpus, q: Quote): RuleFinding | undefined {
  const lang = q.lang;
  if (canon(q.text).length < 2) return undefined;
  if (c.data.texts[lang] === undefined) return undefined; // a user source in one language: a translated quote cannot be checked
  if (findQuote(c, q.text, lang)) return undefined;
  // “市场主导、统筹协调、创新驱动、保障安全”: a list of the source's own names or phrases, each found on its own.
  const items = q.text
    .split(/[、，,；;]|\s{1,2}and\s{1,2}/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (
    items.length > 1 &&
    items.every((x) => canon(x).length >= 2 && findQuote(c, x, lang)) &&
    itemsInOneSection(c, items, lang)
  )
    return undefined;
  const within = q.clauseNodeId ? c.nodes.get(q.clauseNodeId) : undefined;
  const p = closestPassage(c, q.text, lang, within) ?? closestPassage(c, q.text, lang);
  const fixes: Fix[] = [];
  // English quotations are compared with the translation the corpus ships; say which, since others circulate.
  const tr = lang === 'en' && c.data.meta.translation ? c.data.meta.translation.source.split(/[,(]/)[0].trim() : '';
  let zh =
    lang === 'en' && tr
      ? `引文未见于${c.data.meta.number.zh}的英译本（${tr}，非官方译本）。`
      : `引文未见于${c.data.meta.number.zh}原文。`;
  let en =
    lang === 'en' && tr
      ? `This quotation is not in the English translation of ${c.data.meta.number.en} (${tr}, unofficial).`
      : `This quotation is not in the text of ${c.data.meta.number.en}.`;
  if (p && p.score >= (lang === 'zh' ? 0.35 : 0.5)) {
    // letter bigrams of English match loosely: ask more
    const shown = lang === 'zh' ? zhPunctuation(p.text) : p.text;
    zh += `最接近的原文（${clauseLabel(c, p.node, 'zh')}）：“${shown}”`;
    en += ` Closest passage (${clauseLabel(c, p.node, 'en')}): "${shown}"`;
    const fixAt = lang === 'zh' ? 0.5 : 0.7; // character bigrams are looser on Latin text
    // a passage much shorter than the quotation drops the drafter's words: offered, never applied unseen
    const whole = canon(shown).length >= canon(q.text).length * 0.8;
    if (p.score >= fixAt && !/[“”"]/.test(shown))
      fixes.push(fix('改为原文表述', 'Use the exact source wording', q.inner, shown, whole && p.score >= fixAt + 0.1));
  }
  return {
    code: 'misquote',
    span: q.span,
    message: bi(zh, en),
    related: p ? related(c, p.node, lang, p.range) : [],
    fixes,
  };
}

export const YEAR_BEFORE = /(?:到|至|在|截至)?(20\d\d)[ \t]{0,1}年(?:前|底前|底|末)?[ \t]{0,2}[,，:：]?[ \t]{0,2}$/;

export const YEAR_AFTER = /^[ \t]{0,2}(?:by|in|before)[ \t]{1,2}(?:the[ \t]{1,2}end[ \t]{1,2}of[ \t]{1,2})?(20\d\d)\b/i;

/** A quotation found in an objective set for one year but said to be for another: 到2017年“…2020年的目标…”. */
export function checkQuoteYear(inp: CheckContext, c: Corpus, q: Quote, found: SourceRange): RuleFinding | undefined {
  const node = nodeAt(c, q.lang, found[0], found[1]);
  const year = node?.year;
  if (!node || !year) return undefined;
  const before = YEAR_BEFORE.exec(inp.f.slice(Math.max(0, q.span.start - 14), q.span.start));
  const after = YEAR_AFTER.exec(inp.f.slice(q.span.end, q.span.end + 24));
  const m = before ?? after;
  if (!m || Number(m[1]) === year) return undefined;
  const start = before
    ? q.span.start - before[0].length + before[0].indexOf(m[1])
    : q.span.end + after![0].indexOf(m[1]);
  const span = { start, end: start + 4 };
  return {
    code: 'target-mismatch',
    span,
    message: bi(
      `年份不符：这句话出自${year}年目标（${clauseLabel(c, node, 'zh')}）。`,
      `Wrong year: these words are from the ${year} objectives (${clauseLabel(c, node, 'en')}).`,
    ),
    related: related(c, node, q.lang, found),
    fixes: [fix(`改为${year}`, `Change to ${year}`, span, String(year))],
  };
}

/** A quotation that reproduces a known error of the text it was copied from: the words, and why they are wrong. */
function erratumFinding(c: Corpus, q: Quote, e: NonNullable<Quote['erratum']>): RuleFinding {
  const node = q.found ? nodeAt(c, q.lang, q.found.range[0], q.found.range[1]) : undefined;
  return {
    code: 'misquote',
    span: e.span,
    message: bi(
      `引文与原文不符：原文为“${e.corpus}”，不是“${e.seed}”。${e.why.zh}`,
      `The quotation differs from the source: it says "${e.corpus}", not "${e.seed}". ${e.why.en}`,
    ),
    related: related(c, node, q.lang, q.found?.range),
    fixes: [fix(`改为“${e.corpus}”`, `Change to "${e.corpus}"`, e.span, e.corpus)],
  };
}

/** A year phrase in a quotation: 到2017年, by 2017. */
const YEAR_PHRASE =
  /(?:到|至|在|截至)?20\d\d[ \t]?年(?:前|底前|底|末)?|\b(?:by|in)\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?20\d\d\b/gi;

/**
 * Whether a quotation is one of the document's targets in other words and nothing else (《意见》提出“到2017年PUE值优于1.4”):
 * a target claim lies inside it and every other word of it is the claim's year or words of the source. The target
 * rule then says what is wrong (the figure, with its fix), and a misquotation would only say it again less well.
 */
function onlyTargets(inp: CheckContext, c: Corpus, q: Quote): boolean {
  // claims are sorted by start: those inside the quotation are found by bisection, so a draft of many quotations
  // and claims stays linear
  const claims = inp.r.claims;
  let lo = 0,
    hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].span.start < q.inner.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: typeof claims = [];
  for (let i = lo; i < claims.length && claims[i].span.start < q.inner.end; i++)
    if (claims[i].docId === c.id && claims[i].span.end <= q.inner.end) inside.push(claims[i]);
  // only claims the target rule checks by their figure: words of a claim are not checked by it
  if (!inside.length || !inside.every((k) => k.groups.value && claimOf(c, k.targetId)?.spec.figure)) return false;
  const rest: string[] = [];
  let at = q.inner.start;
  for (const k of inside) {
    if (k.span.start < at) continue;
    rest.push(inp.f.slice(at, k.span.start));
    // the claim's own words, but its figure, comparator and unit, are the source's too
    const groups = Object.values(k.groups).sort((a, b) => a.start - b.start);
    let from = k.span.start;
    for (const g of groups) {
      if (g.start < from) continue;
      rest.push(inp.f.slice(from, g.start));
      from = g.end;
    }
    rest.push(inp.f.slice(from, k.span.end));
    at = k.span.end;
  }
  rest.push(inp.f.slice(at, q.inner.end));
  return rest.every((x) => {
    const words = x.replace(YEAR_PHRASE, ' ');
    return (
      canon(words).length <= 2 ||
      words.split(/[,，、;；]/).every((w) => canon(w).length <= 2 || findQuote(c, w, q.lang))
    );
  });
}

export function checkQuotes(inp: CheckContext): RuleFinding[] {
  const { r, lib } = inp;
  const out: RuleFinding[] = [];
  for (const q of r.quotes) {
    if (!q.attributed || q.usedAsHeading) continue;
    const c = corpusById(lib, q.docId);
    if (!c) continue;
    if (q.found) {
      const y = checkQuoteYear(inp, c, q, q.found.range);
      if (y) out.push(y);
      if (q.erratum) out.push(erratumFinding(c, q, q.erratum));
      continue;
    }
    if (q.headingOf || listIn(r.lists, q.inner)) continue; // a list of names: the lists rule reads its members
    if (onlyTargets(inp, c, q)) continue;
    const fnd = misquoteFinding(c, q);
    if (fnd) out.push(fnd);
  }
  return out;
}
