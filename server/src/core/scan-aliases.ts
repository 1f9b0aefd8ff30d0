// Aliases and generic names: the alias a mention defines (（以下简称《意见》）, (hereinafter "the Cloud Opinions")),
// every use of it after the definition, and the generic names and pronouns (《意见》, 该意见, the Opinions).
import type { DocMention } from './model';
import { mention } from './scan-docs';

const ALIAS_DEF_ZH =
  /[ \t]{0,2}[(,;][ \t]{0,2}(?:以下|下文|下同)?[ \t]{0,2}(?:简称|称)[ \t]{0,2}[“"「]?[ \t]{0,2}(《[^《》\n]{1,20}》|[^”"」)\n,]{1,20}?)[ \t]{0,2}[”"」]?[ \t]{0,2}\)/y;
const ALIAS_DEF_EN =
  /[*_]{0,2}\s{0,2}[(,;]\s{0,2}(?:hereinafter|hereafter|below)?\s{0,2}(?:referred\s{1,2}to\s{1,2}as|called|cited\s{1,2}as|the)?\s{0,2}[“"]([^"”\n]{1,40})[”"]\s{0,2}\)/iy;
const GENERIC_ZH = /《(意见|指导意见|通知|文件)》|该(?:《意见》|意见|文件)|上述(?:《意见》|意见|文件)|这一意见/g;
const GENERIC_EN =
  /\b(?:[Tt]he|[Tt]hese|[Ss]aid|[Tt]hose|[Tt]his)\s{1,2}(Opinions?)\b(?!\s{1,2}(?:concerning|on|of|regarding|about)\b)/g;
/** "the document", "the same document": the document cited last, as 该文件 is ("this document" is usually the drafter's
 *  own, and "the document entitled …" names another). */
const PRONOUN_EN =
  /\b[Tt]he\s{1,2}(?:same\s{1,2}|said\s{1,2})?document\b(?!\s{1,2}(?:entitled|titled|called|named|on|concerning)\b)/g;

/** Alias definitions right after a mention, recorded on the mention. */
export function defineAliases(f: string, docs: DocMention[]): void {
  for (const d of docs) {
    if (d.form === 'generic' || d.form === 'alias') continue;
    for (const r of [ALIAS_DEF_ZH, ALIAS_DEF_EN]) {
      r.lastIndex = d.span.end;
      const m = r.exec(f);
      if (!m) continue;
      let name = m[1].trim();
      const nameAt = m.index + m[0].indexOf(m[1]);
      if (r === ALIAS_DEF_EN) name = name.replace(/^the\s+/i, '');
      d.definesAlias = { name, span: { start: nameAt, end: nameAt + m[1].length } };
      break;
    }
  }
}

/** Generic names and pronouns: 《意见》, 该意见, "the Opinions". */
export function scanGeneric(f: string): DocMention[] {
  const uses: DocMention[] = [];
  GENERIC_ZH.lastIndex = 0;
  for (let m; (m = GENERIC_ZH.exec(f));) {
    uses.push(mention(m.index, m.index + m[0].length, 'zh', m[0].startsWith('《') ? 'generic' : 'pronoun'));
  }
  GENERIC_EN.lastIndex = 0;
  for (let m; (m = GENERIC_EN.exec(f));) uses.push(mention(m.index, m.index + m[0].length, 'en', 'generic'));
  PRONOUN_EN.lastIndex = 0;
  for (let m; (m = PRONOUN_EN.exec(f));) uses.push(mention(m.index, m.index + m[0].length, 'en', 'pronoun'));
  return uses.sort((a, b) => a.span.start - b.span.start);
}

/** Every use of each alias after its first definition, and the generic names, less the names written inside
 *  the definitions themselves. `docs` are sorted by start. */
export function aliasUses(f: string, docs: DocMention[], generic: DocMention[], earlier?: EarlierNames): DocMention[] {
  const uses: DocMention[] = [];
  const names = new Map<string, number>();
  // a name defined before this stretch of the draft is found from its start (earlier.uses below)
  for (const d of docs)
    if (d.definesAlias && !names.has(d.definesAlias.name) && !earlier?.has(d.definesAlias.name))
      names.set(d.definesAlias.name, d.definesAlias.span.end);
  if (earlier) for (const u of earlier.uses(f)) uses.push(u);
  // Chinese names: one pass over the draft for all of them once there are many (a draft defining thousands of short
  // names would otherwise be read once per name); the same occurrences as searching for each name on its own.
  const zhNames = [...names].filter(([name]) => /[\u3400-\u9fff]/.test(name));
  const together = zhNames.length > ONE_BY_ONE;
  // (lists are appended one by one: push(...list) overflows the call stack at some 100 000 items)
  if (together) for (const u of findAll(f, zhNames)) uses.push(u);
  for (const [name, from] of names) {
    const isLatin = !/[\u3400-\u9fff]/.test(name);
    if (!isLatin && together) continue;
    if (isLatin) latinUses(f, name, from, uses);
    else zhUses(f, name, from, uses);
  }
  for (const g of generic) uses.push(g);
  // The name inside （以下简称《意见》） is the definition, not a use. (Binary search over the definitions by start
  // with the running maximum end: a draft with many definitions and uses stays linear.)
  const defSpans = docs
    .filter((d) => d.definesAlias)
    .map((d) => d.definesAlias!.span)
    .sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of defSpans) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, s.end));
  return uses.filter((u) => {
    let lo = 0,
      hi = defSpans.length; // definitions with s.start - 5 < u.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (defSpans[mid].start - 5 < u.span.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && maxEnd[lo - 1] + 1 > u.span.start);
  });
}

/** Up to this many Chinese short names are looked for one by one (native indexOf); more, in one pass with a trie. */
const ONE_BY_ONE = 8;

/** Uses of a Chinese short name from `from` on, not overlapping one another. */
function zhUses(f: string, name: string, from: number, uses: DocMention[]): void {
  for (let at = f.indexOf(name, from); at >= 0; at = f.indexOf(name, at + name.length))
    uses.push(mention(at, at + name.length, 'zh', 'alias'));
}

/** Uses of an English short name from `from` on: "the Cloud Opinions", with one or two spaces between words. */
function latinUses(f: string, name: string, from: number, uses: DocMention[]): void {
  const re = new RegExp(
    `\\b(?:the\\s{1,2})?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s{1,2}')}\\b`,
    'g',
  );
  re.lastIndex = from;
  for (let m; (m = re.exec(f));) uses.push(mention(m.index, m.index + m[0].length, 'en', 'alias'));
}

interface TrieNode {
  next: Map<number, TrieNode>;
  name?: number;
}

function addToTrie(root: TrieNode, name: string, k: number): void {
  let node = root;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    let nx = node.next.get(c);
    if (!nx) {
      nx = { next: new Map() };
      node.next.set(c, nx);
    }
    node = nx;
  }
  node.name = k;
}

/** Occurrences of each name from its own start offset on, not overlapping other occurrences of the same name:
 *  what `indexOf(name, at + name.length)` from `from` finds, for all names in one pass with a trie. */
function findAll(f: string, names: [string, number][]): DocMention[] {
  const root: TrieNode = { next: new Map() };
  names.forEach(([name], k) => addToTrie(root, name, k));
  const nextAllowed = names.map(([, from]) => from);
  return walkTrie(f, root, nextAllowed, Math.min(...nextAllowed));
}

/** The trie's names in `f` from `first` on, each from where `nextAllowed` says (a name not in it: anywhere). */
function walkTrie(f: string, root: TrieNode, nextAllowed: number[], first: number): DocMention[] {
  const out: DocMention[] = [];
  for (let i = first; i < f.length; i++) {
    let node = root.next.get(f.charCodeAt(i));
    for (let j = i + 1; node; j++) {
      if (node.name !== undefined && i >= (nextAllowed[node.name] ?? 0)) {
        out.push(mention(i, j, 'zh', 'alias'));
        nextAllowed[node.name] = j;
      }
      node = j < f.length ? node.next.get(f.charCodeAt(j)) : undefined;
    }
  }
  return out;
}

/**
 * The short names defined before a stretch of a draft (segments.ts), as written, for finding their uses in it from its
 * start: Chinese names in one trie, English names by their first word, so a stretch is read once however many
 * names the draft defined before it.
 */
export class EarlierNames {
  private readonly root: TrieNode = { next: new Map() };
  private readonly zh: string[] = [];
  private readonly latin = new Map<string, string[]>();
  private readonly all = new Set<string>();

  has(name: string): boolean {
    return this.all.has(name);
  }

  add(name: string): void {
    if (this.all.has(name)) return;
    this.all.add(name);
    if (/[\u3400-\u9fff]/.test(name)) {
      addToTrie(this.root, name, this.zh.length);
      this.zh.push(name);
    } else {
      const first = /\w+/.exec(name)?.[0] ?? '';
      const list = this.latin.get(first);
      if (list) list.push(name);
      else this.latin.set(first, [name]);
    }
  }

  /** Every use in `f` of the names added, as aliasUses finds a name defined before `f`. */
  uses(f: string): DocMention[] {
    // a few names are looked for one by one (native), many in one pass over the text
    let out: DocMention[] = [];
    if (this.zh.length > ONE_BY_ONE) out = walkTrie(f, this.root, [], 0);
    else for (const name of this.zh) zhUses(f, name, 0, out);
    if (!this.latin.size) return out;
    // a name is looked for where its first word is in the text: each first word searched for natively while there
    // are few, the text's words listed once when there are many
    let words: { has(w: string): boolean };
    if (this.latin.size <= 16) words = { has: (w) => w === '' || f.includes(w) };
    else words = new Set([...(f.match(/\w+/g) ?? []), '']);
    for (const [w, list] of this.latin) if (words.has(w)) for (const name of list) latinUses(f, name, 0, out);
    return out.sort((a, b) => a.span.start - b.span.start);
  }
}
