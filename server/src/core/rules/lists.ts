// misquote, for lists of names: a list of a document's basic principles or task headings, quoted or not, with a member
// that is none of them (坚持市场主导、统筹协调、创新驱动、安全可控的基本原则): the finding names the wrong member and
// the right one. The code is misquote because the names are the document's own words — a principle's name written
// wrong is the same mistake as a heading copied wrong (also a misquote) — while a wrong number of them is a
// count-mismatch. Resolution finds the lists (lists.ts); this rule only judges their members.
import type { Corpus, CorpusCount } from '../corpus';
import type { ListItem, NameList } from '../lists';
import type { RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { canon, similarity } from '../text';
import { bi, fix, related } from '../labels';
import { countPhrase } from './counts';
import type { CheckContext } from './context';

export function checkLists({ r, lib, text }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const l of r.lists) {
    const c = corpusById(lib, l.docId);
    const count = c?.countsById.get(l.group);
    if (!c || !count) continue;
    const odd = l.items.filter((x) => !x.nodeId);
    for (const it of odd) out.push(wrongMember(c, count, l, it, odd.length, text));
  }
  return out;
}

/** The member of the group a wrong member stands for: the one missing between its neighbours when the list keeps
 *  the source's order, the only one missing, or the one it is closest to. */
function rightFor(c: Corpus, count: CorpusCount, l: NameList, it: ListItem, text: string): string | undefined {
  const named = new Set(l.items.map((x) => x.nodeId).filter(Boolean));
  const missing = count.of.filter((id) => !named.has(id));
  if (missing.length === 1) return missing[0];
  const order = (x: ListItem) => (x.nodeId ? count.of.indexOf(x.nodeId) : -1);
  const known = l.items.filter((x) => x.nodeId).map(order);
  if (known.every((v, i) => i === 0 || v > known[i - 1])) {
    const i = l.items.indexOf(it);
    const before = Math.max(-1, ...l.items.slice(0, i).map(order));
    const after = Math.min(
      count.of.length,
      ...l.items
        .slice(i + 1)
        .filter((x) => x.nodeId)
        .map(order),
    );
    const between = missing.filter((id) => count.of.indexOf(id) > before && count.of.indexOf(id) < after);
    if (between.length === 1) return between[0];
  }
  const w = canon(text.slice(it.span.start, it.span.end));
  const scored = missing
    .map((id) => ({ id, s: similarity(w, canon(c.nodes.get(id)?.heading?.[l.lang ?? 'zh'] ?? '')) }))
    .sort((a, b) => b.s - a.s);
  return scored[0] && scored[0].s >= 0.3 && scored[0].s > (scored[1]?.s ?? 0) ? scored[0].id : undefined;
}

function wrongMember(c: Corpus, count: CorpusCount, l: NameList, it: ListItem, odd: number, text: string): RuleFinding {
  const written = text.slice(it.span.start, it.span.end);
  const rightId = rightFor(c, count, l, it, text);
  const rightNode = rightId ? c.nodes.get(rightId) : undefined;
  const lang = l.lang ?? 'zh';
  const heading = rightNode?.heading?.[lang];
  // in English prose, the name in the case the drafter wrote the wrong one in (open sharing → guarantee security)
  const right =
    heading && lang === 'en' && /^[a-z]/.test(written) ? heading[0].toLowerCase() + heading.slice(1) : heading;
  const names = count.of.map((id) => c.nodes.get(id)?.heading?.[lang] ?? '').filter(Boolean);
  const all = names.join('').length <= (lang === 'en' ? 160 : 60);
  const num = c.data.meta.number;
  const named = l.items.filter((x) => x.nodeId).length;
  const zh = `“${written}”不在${num.zh}的${countPhrase(count, 'zh')}之中${all ? `（${names.join(lang === 'en' ? ', ' : '、')}）` : ''}${right ? `，应为“${right}”` : ''}。`;
  const en = `"${written}" is not one of the ${countPhrase(count, 'en')} of ${num.en}${all ? ` (${names.join(', ')})` : ''}${right ? `; it should be "${right}"` : ''}.`;
  const missing = count.of.length - named;
  return {
    code: 'misquote',
    span: it.span,
    message: bi(zh, en),
    related: related(c, rightNode ?? c.nodes.get(count.clause ?? ''), lang),
    fixes: right ? [fix(`改为“${right}”`, `Change to "${right}"`, it.span, right, odd === 1 && missing === 1)] : [],
  };
}
