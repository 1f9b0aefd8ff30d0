// English lists of a source's own names — "the four principles of market orientation, comprehensive coordination,
// innovation drivers and guarantee security" — after the noun that groups them, in a sentence that cites the source.
// The English half of lists.ts (which reads the Chinese lists and holds the types): two or more names to the letter
// make a list, and a member that is none of them is kept for the lists rule. Linear: one pattern over the draft, a
// bounded stretch after each match.
import { ATTRIBUTION_REACH, SELF_MARK } from './attribution';
import type { Corpus, CorpusNode } from './corpus';
import type { DraftLookups } from './lookups';
import type { ListItem, NameList } from './lists';
import type { Span } from './model';

/** A group's noun and what introduces its members: "principles of", "tasks:", "measures — ", "principles, namely". */
const EN_LEAD =
  /\b(?:principles|tasks|measures)\b[ \t]{0,2}(?:of[ \t]{1,2}|:[ \t]{0,2}|[—–][ \t]{0,2}|,[ \t]{0,2}namely[ \t]{1,2})/gi;
/** Between members: ", ", ", and ", " and ". */
const EN_SEP = /[ \t]{0,2},[ \t]{0,2}(?:and[ \t]{1,2}|or[ \t]{1,2})?|[ \t]{1,2}(?:and|or)[ \t]{1,2}/g;
const enNamesMemo = new WeakMap<Corpus, Map<string, { group: string; node: CorpusNode; words: number }>>();

/** The English names of each count's members, lower-cased (not the parts: their headings are no list). */
function enNamesOf(c: Corpus): Map<string, { group: string; node: CorpusNode; words: number }> {
  let m = enNamesMemo.get(c);
  if (m) return m;
  m = new Map();
  for (const k of c.data.counts ?? [])
    for (const id of k.of) {
      const node = c.nodes.get(id);
      const h = node?.heading?.en;
      if (node && h && node.kind !== 'part') m.set(enKey(h), { group: k.id, node, words: h.split(/\s+/).length });
    }
  enNamesMemo.set(c, m);
  return m;
}

const enKey = (t: string) =>
  t
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Lists of a document's English names after the noun that groups them, in a sentence that cites the document:
 *  "The Opinions are built on the four principles of market orientation, …, innovation drivers and open sharing". */
export function englishLists(look: DraftLookups): NameList[] {
  const out: NameList[] = [];
  const f = look.f;
  for (const m of look.matches(EN_LEAD)) {
    const from = m.index + m[0].length;
    const ctx = look.contextAt(m.index);
    const c = ctx && !ctx.nodeId ? look.lib.corpora.find((k) => k.id === ctx.docId) : undefined;
    // (as far as a figure may stand from its citation: reading every gap back to one citation would be quadratic)
    if (!c || m.index - ctx!.end > ATTRIBUTION_REACH || SELF_MARK.test(f.slice(ctx!.end, m.index))) continue;
    const stretch = /^[^.;\n()[\]]{0,240}/.exec(f.slice(from, from + 240))![0];
    const items: Span[] = [];
    let at = 0;
    EN_SEP.lastIndex = 0;
    for (let sep; (sep = EN_SEP.exec(stretch));) {
      items.push({ start: from + at, end: from + sep.index });
      at = sep.index + sep[0].length;
    }
    items.push({ start: from + at, end: from + stretch.length });
    const list = englishMembers(c, f, items);
    if (list) out.push(list);
  }
  return out;
}

/** The members of an English list: two or more of one group's names to the letter, and at most as many that are not;
 *  the last member is cut to the length of the group's names (the sentence goes on after it). */
function englishMembers(c: Corpus, f: string, raw: Span[]): NameList | undefined {
  const names = enNamesOf(c);
  const items = raw
    .map((s) => {
      const t = f.slice(s.start, s.end);
      const lead = /^[ \t]*(?:the[ \t]{1,2})?[‘'"“]?/i.exec(t)![0].length;
      const trail = /[’'"”]?[ \t]*$/.exec(t)![0].length;
      return { start: s.start + lead, end: s.end - trail };
    })
    .filter((s) => s.end > s.start);
  const groups = new Map<string, number>();
  for (const s of items.slice(0, -1)) {
    const x = names.get(enKey(f.slice(s.start, s.end)));
    if (x) groups.set(x.group, (groups.get(x.group) ?? 0) + 1);
  }
  const [group] = [...groups].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const members = [...names.values()].filter((x) => x.group === group);
  if (!members.length || items.length < 3) return undefined;
  // the last member: as many words as the group's names have at most
  const last = items[items.length - 1];
  const most = Math.max(...members.map((x) => x.words));
  const words =
    /^(?:[A-Za-z][\w-]*(?:[ \t]{1,2}|$)){1,8}/.exec(f.slice(last.start, last.end))?.[0].trim().split(/\s+/) ?? [];
  let cut = words.slice(0, most);
  for (let k = 1; k <= Math.min(most, words.length); k++)
    if (names.get(enKey(words.slice(0, k).join(' ')))?.group === group) cut = words.slice(0, k);
  last.end =
    last.start + f.slice(last.start, last.end).indexOf(cut[cut.length - 1] ?? '') + (cut[cut.length - 1] ?? '').length;
  const out: ListItem[] = [];
  let exact = 0,
    odd = 0;
  for (const s of items) {
    const t = f.slice(s.start, s.end);
    const x = names.get(enKey(t));
    if (x?.group === group) {
      exact++;
      out.push({ span: s, nodeId: x.node.id });
    } else if (/^[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z-]+){0,3}$/.test(t)) {
      odd++;
      out.push({ span: s });
    } else return undefined; // not a list of names
  }
  if (exact < 2 || odd > 2 || odd > exact || out.length > members.length + 1) return undefined;
  return {
    docId: c.id,
    group,
    quoted: false,
    items: out,
    lang: 'en',
    span: { start: out[0].span.start, end: out[out.length - 1].span.end },
  };
}
