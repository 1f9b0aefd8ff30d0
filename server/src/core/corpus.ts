// The structured corpus of one cited document (the Opinion, or a source a user adds) and the index the
// checks use. The data comes in as a plain object (JSON); `indexCorpus` validates it and never throws:
// a corpus it cannot use comes back as `problems`.
import { canonWithMap, hasCjk } from './text';

export type Lang = 'zh' | 'en';
/**
 * An offset pair in a source text (a corpus's Chinese or English text), never in a draft: a tuple, so the type checker
 * never takes it for a draft's Span ({ start, end }), and the CRLF mapping of a draft's analysis never moves it.
 */
export type Range2 = [start: number, end: number];
export type SourceRange = Range2;
/** Where something is in a source: the text's language and the range in it. */
export interface SourcePlace {
  lang: Lang;
  range: SourceRange;
}
export type Bilingual = { zh: string; en: string };

export interface CorpusNode {
  id: string;
  /** item: a numbered entry 1. or （1） under a section of a user source. */
  kind:
    | 'title'
    | 'number'
    | 'addressees'
    | 'preamble'
    | 'part'
    | 'section'
    | 'principle'
    | 'objective'
    | 'item'
    | 'paragraph'
    | 'sentence'
    | 'closing'
    | 'signature'
    | 'date';
  parent?: string;
  num?: number;
  lang?: Lang;
  area?: boolean;
  /** For objectives: the year they are set for (到2017年 …, 到2020年 …). */
  year?: number;
  label: Bilingual;
  heading?: Bilingual;
  headingRange?: Partial<Record<Lang, Range2>>;
  range: Partial<Record<Lang, Range2>>;
}

export interface CorpusTarget {
  id: string;
  clause: string;
  year: number;
  subject: Bilingual;
  metric: string;
  /** better-than (lower is better: PUE), at-least (以上, more than), at-most (以下/以内), or a word (reach …). */
  comparator: string;
  value: number | string;
  unit: string;
  text: Bilingual;
  range: Record<Lang, Range2>;
  /** How drafts state this target (see TargetClaimSpec); a target with a numeric value and none is read in the
   *  default way: its subject, then a figure. */
  claim?: TargetClaimSpec;
  /** A regular-expression source finding the target's subject without a figure (coverage counts it as answered). */
  mention?: string;
}

/** One of the named groups of a claim pattern. */
export type ClaimGroup = 'value' | 'before' | 'after' | 'unit';

/**
 * How a draft states a target, as data: the one target check reads every document's targets this way. Patterns are
 * regular-expression sources over the folded draft (flags dg; English also i) with named groups (ClaimGroup).
 */
export interface TargetClaimSpec {
  patterns: Partial<Record<Lang, string>>;
  /** How `value` is read: a decimal, a count (百, a hundred, 100) or a scale word (EB, exabyte). None: only the year
   *  the claim is stated for is checked. */
  figure?: 'number' | 'count' | 'scale';
  scale?: { accept: string[]; abbrev: string; zh: string; en: string };
  /** Per language: the groups whose words decide the comparator, and the fix of a wrong one (the groups it spans,
   *  from one to the first of `to` that matched, and the text; {value} is the source's figure). */
  direction?: Partial<
    Record<Lang, { words: ClaimGroup[]; from: ClaimGroup; to: ClaimGroup[]; text: string; fromComparator?: boolean }>
  >;
  /** The claim names a unit that must be the target's (a figure in another unit is another measure). */
  sameUnit?: boolean;
  /** What the finding says of a wrong figure or comparator; {value} is the source's figure. */
  messages: { value?: Bilingual; direction?: Bilingual };
}

export interface CorpusCount {
  id: 'parts' | 'principles' | 'main-tasks' | 'guarantee-measures' | 'objective-areas' | string;
  value: number;
  of: string[];
  clause?: string;
  label: Bilingual;
}

export interface DocNumber {
  agency: string;
  year: number;
  seq: number;
}

export interface CorpusData {
  schema: number;
  id: string;
  meta: {
    title: Bilingual;
    shortTitle?: Bilingual;
    /** Other renderings of the title in circulation, recognised and never flagged. */
    altTitles?: { zh?: string[]; en?: string[] };
    /** The subject a sentence names when it means this document under a mistyped number. */
    topic?: Bilingual;
    /** Other words for that subject (政务云, 云服务, "cloud"): a sentence naming one of them names the subject too. */
    topicTerms?: { zh?: string[]; en?: string[] };
    number: { zh: string; en: string } & DocNumber;
    issuer: Bilingual;
    date: { iso: string; zh: string; en: string };
    published?: { iso: string; zh: string; en: string; note: Bilingual };
    addressees?: Bilingual;
    translation?: { source: string; url?: string; note?: string };
  };
  files: Partial<Record<Lang, string>>;
  texts: Partial<Record<Lang, string>>;
  nodes: CorpusNode[];
  targets: CorpusTarget[];
  counts: CorpusCount[];
  /** Where the seed the corpus was made from is wrong and the corpus gives the document's text instead. */
  errata?: { lang: Lang; seed: string; corpus: string; why: Bilingual }[];
}

export interface Corpus {
  data: CorpusData;
  id: string;
  nodes: Map<string, CorpusNode>;
  /** Children of a node, in order. */
  children: Map<string, CorpusNode[]>;
  parts: CorpusNode[];
  /** Comparison forms of each language's whole text, with a map back to offsets. */
  canonText: Partial<Record<Lang, { canon: string; map: number[] }>>;
  /** Headings of parts, sections, principles and objectives in comparison form. */
  headings: { node: CorpusNode; lang: Lang; canon: string }[];
  canonTitles: { zh: string; en: string; shortZh?: string };
  countsById: Map<string, CorpusCount>;
  /** The targets' claim and mention patterns, compiled. */
  claims: CompiledClaim[];
}

export interface CorpusProblem {
  message: string;
}

/** Validates and indexes corpus data. Never throws. */
export function indexCorpus(raw: unknown): { corpus?: Corpus; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const data = raw as CorpusData;
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push({ message: what });
    return !!ok;
  };
  if (!need(data && typeof data === 'object', 'the corpus is not a JSON object')) return { problems };
  need(typeof data.id === 'string' && data.id, 'the corpus has no "id"');
  need(data.meta && typeof data.meta.title?.zh === 'string', 'the corpus has no Chinese title (meta.title.zh)');
  need(
    data.meta &&
      typeof data.meta.number?.agency === 'string' &&
      Number.isInteger(data.meta.number?.year) &&
      Number.isInteger(data.meta.number?.seq),
    'the corpus has no document number (meta.number with agency, year, seq)',
  );
  need(Array.isArray(data.nodes), 'the corpus has no "nodes" list');
  need(data.texts && typeof data.texts === 'object', 'the corpus has no "texts"');
  if (problems.length) return { problems };
  const nodes = new Map<string, CorpusNode>();
  const children = new Map<string, CorpusNode[]>();
  for (const n of data.nodes) {
    if (!n || typeof n.id !== 'string' || !n.range || typeof n.range !== 'object') {
      problems.push({ message: `a node without id or range: ${JSON.stringify(n)?.slice(0, 80)}` });
      continue;
    }
    for (const lang of ['zh', 'en'] as Lang[]) {
      const r = n.range[lang];
      const t = data.texts[lang];
      if (r && (!t || !Array.isArray(r) || r[0] < 0 || r[1] > t.length || r[0] > r[1])) {
        problems.push({ message: `node ${n.id}: its ${lang} range lies outside the text` });
        delete n.range[lang];
      }
    }
    nodes.set(n.id, n);
    if (n.parent) {
      const list = children.get(n.parent) ?? [];
      list.push(n);
      children.set(n.parent, list);
    }
  }
  const canonText: Corpus['canonText'] = {};
  for (const lang of ['zh', 'en'] as Lang[]) {
    const t = data.texts[lang];
    if (typeof t === 'string') canonText[lang] = canonWithMap(t);
  }
  const headings: Corpus['headings'] = [];
  for (const n of nodes.values()) {
    if (!n.heading) continue;
    for (const lang of ['zh', 'en'] as Lang[]) {
      const h = n.heading[lang];
      if (h) headings.push({ node: n, lang, canon: canonWithMap(h).canon });
    }
  }
  const meta = data.meta;
  const corpus: Corpus = {
    data,
    id: data.id,
    nodes,
    children,
    parts: data.nodes.filter((n) => n.kind === 'part').sort((a, b) => (a.num ?? 0) - (b.num ?? 0)),
    canonText,
    headings,
    canonTitles: {
      zh: canonWithMap(meta.title.zh).canon,
      en: canonWithMap(meta.title.en ?? '').canon,
      shortZh: meta.shortTitle?.zh ? canonWithMap(meta.shortTitle.zh).canon : undefined,
    },
    countsById: new Map((data.counts ?? []).map((c) => [c.id, c])),
    claims: compileClaims(data.targets ?? [], problems),
  };
  return { corpus, problems };
}

/** A target's claim patterns, compiled once per corpus. */
export interface CompiledClaim {
  target: CorpusTarget;
  spec: TargetClaimSpec;
  patterns: Partial<Record<Lang, RegExp>>;
  mention?: RegExp;
  /** Another way of stating the same target (the count before what is built: 建成10万个5G基站); claimOf and the
   *  subject lookups use the first. */
  alt?: boolean;
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FIGURE_ZH =
  '(?<before>[^\\d\\n。；;!?！？，,]{0,14}?)(?<value>\\d{1,6}(?:\\.\\d{1,3})?)(?![\\dA-Za-z])[ \\t]{0,2}(?<unit>%|个百分点|万亿元|亿元|万元|万户|万人|亿人|万个|万家|个|家|项|倍|万|亿)?[ \\t]{0,2}(?<after>以上|以下|以内|左右)?';
const FIGURE_EN =
  '(?<before>[^\\d\\n.;!?]{0,14}?)(?<value>\\d{1,6}(?:\\.\\d{1,3})?)[ \\t]{0,2}(?<unit>%|percent|per\\s+cent|trillion\\s+yuan|billion\\s+yuan|million\\s+yuan|million|billion|trillion)?';

/** Verbs of building: 建成10万个5G基站 states the count before what is built. */
const BUILD_ZH = '(?:建成|新建|建设|培育|打造|形成|部署|开通|创建|引进)';
const COUNT_UNIT = /^(?:万个|万座|万家|万户|万条|个|家|项|座|所|条|套)(?:以上|左右)?$/;

/** A target counted in things built, stated with the count first: 建成10万个5G基站 (Chinese only). */
function countFirstClaim(t: CorpusTarget, spec: TargetClaimSpec): TargetClaimSpec | undefined {
  const subject = t.range?.zh ? t.subject?.zh : undefined;
  if (typeof t.value !== 'number' || !subject || !COUNT_UNIT.test(t.unit)) return undefined;
  const zh = `(?<before>${BUILD_ZH})[ \\t]{0,2}(?<value>\\d{1,6}(?:\\.\\d{1,3})?)[ \\t]{0,2}(?<unit>万个|万座|万家|万户|万条|个|家|项|座|所|条|套)(?<after>以上|左右)?的?[^，。；;\\n\\d]{0,4}?${escapeRe(subject)}`;
  return { ...spec, patterns: { zh } };
}

/** The way a target with a numeric value and no claim of its own is stated: its subject, then a figure. */
function defaultClaim(t: CorpusTarget): TargetClaimSpec | undefined {
  if (typeof t.value !== 'number') return undefined;
  const patterns: TargetClaimSpec['patterns'] = {};
  for (const lang of ['zh', 'en'] as Lang[]) {
    const subject = t.range?.[lang] ? t.subject?.[lang] : undefined;
    if (!subject) continue;
    const words =
      lang === 'zh'
        ? escapeRe(subject)
        : `\\b${subject.split(/\s+/).filter(Boolean).map(escapeRe).join('\\s{1,3}')}\\b`;
    patterns[lang] = words + (lang === 'zh' ? FIGURE_ZH : FIGURE_EN);
  }
  const tail = /以上/.test(t.unit) ? '以上' : /以下|以内/.test(t.unit) ? '以下' : '';
  return {
    patterns,
    figure: 'number',
    sameUnit: true,
    direction: tail ? { zh: { words: ['after'], from: 'after', to: ['after'], text: tail } } : undefined,
    messages: {
      value: { zh: '数值不符：', en: 'Wrong figure:' },
      direction: { zh: '比较方向不符：', en: 'Wrong direction:' },
    },
  };
}

function compileClaims(targets: CorpusTarget[], problems: CorpusProblem[]): CompiledClaim[] {
  const out: CompiledClaim[] = [];
  for (const target of targets) {
    const spec = target?.claim ?? (target ? defaultClaim(target) : undefined);
    if (!spec && !target?.mention) continue;
    try {
      const patterns: CompiledClaim['patterns'] = {};
      for (const lang of ['zh', 'en'] as Lang[]) {
        const src = spec?.patterns?.[lang];
        if (src) patterns[lang] = new RegExp(src, lang === 'zh' ? 'dg' : 'dgi');
      }
      const mention = target.mention ? new RegExp(target.mention, 'gi') : undefined;
      out.push({ target, spec: spec ?? { patterns: {}, messages: {} }, patterns, mention });
      const alt = spec && !target.claim ? countFirstClaim(target, spec) : undefined;
      if (alt) out.push({ target, spec: alt, patterns: { zh: new RegExp(alt.patterns.zh!, 'dg') }, alt: true });
    } catch (e) {
      problems.push({ message: `target ${target.id}: its claim pattern is not a regular expression (${String(e)})` });
    }
  }
  return out;
}

export function partNode(c: Corpus, part: number): CorpusNode | undefined {
  return c.parts.find((p) => p.num === part);
}

export function sectionNode(c: Corpus, part: number, section: number): CorpusNode | undefined {
  const p = partNode(c, part);
  if (!p) return undefined;
  return (c.children.get(p.id) ?? []).find((n) => n.kind === 'section' && n.num === section);
}

export function sectionsOf(c: Corpus, part: number): CorpusNode[] {
  const p = partNode(c, part);
  return p ? (c.children.get(p.id) ?? []).filter((n) => n.kind === 'section') : [];
}

/** The text of a node in one language ('' when that language is missing). */
export function nodeText(c: Corpus, node: CorpusNode, lang: Lang): string {
  const r = node.range[lang];
  const t = c.data.texts[lang];
  return r && t ? t.slice(r[0], r[1]) : '';
}

/** The body of a node: its text after its heading line (for sections), else its text. */
export function nodeBody(c: Corpus, node: CorpusNode, lang: Lang): string {
  const text = nodeText(c, node, lang);
  if (node.kind === 'section' || node.kind === 'part') {
    const nl = text.indexOf('\n');
    return nl >= 0 ? text.slice(nl + 1).trim() : text;
  }
  return text;
}

/** The chain of ancestors from the part down to the node. */
export function ancestry(c: Corpus, node: CorpusNode): CorpusNode[] {
  const out: CorpusNode[] = [];
  let n: CorpusNode | undefined = node;
  while (n) {
    out.unshift(n);
    n = n.parent ? c.nodes.get(n.parent) : undefined;
  }
  return out;
}

/** The deepest non-sentence node whose range in `lang` holds the offset range. */
export function nodeAt(c: Corpus, lang: Lang, start: number, end: number): CorpusNode | undefined {
  let best: CorpusNode | undefined;
  for (const n of c.nodes.values()) {
    const r = n.range[lang];
    if (!r || n.kind === 'sentence' || r[0] > start || r[1] < end) continue;
    if (!best || r[1] - r[0] < best.range[lang]![1] - best.range[lang]![0]) best = n;
  }
  return best;
}

export function langOf(text: string): Lang {
  return hasCjk(text) ? 'zh' : 'en';
}
