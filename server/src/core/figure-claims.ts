// Claims whose figure stands apart from the words of its subject, and figures that sit beside a claim without being
// the document's: a table row (the indicator in one cell, the document's figure in a column headed 《意见》目标 or 国家
//要求); a comparison in one sentence (全市PUE值均优于1.3，好于国家提出的优于1.5的要求; "12%, exceeding the national
// target of 5%"), where only the figure after the document is the document's and the one compared with it is the
// drafter's; and another place's figure after a claim (…PUE值优于1.5，某市新建数据中心PUE值为1.4). Part of resolution.
import { BARE_OWN_ZH, attributed, lastClause } from './attribution';
import type { TargetClaim } from './claims';
import { firstContextFrom } from './contexts';
import type { ClaimGroup, CompiledClaim, Corpus, Lang } from './corpus';
import { corpusById } from './library';
import type { DraftLookups } from './lookups';
import type { Span } from './model';
import type { TableRow } from './tables';

/** A figure read on its own, from where it starts: comparator words, the value, its unit and a tail (以上). */
const FIGURE: Record<Lang, RegExp> = {
  zh: /(?<before>[^\d\n，。；;,|]{0,8}?)(?<value>\d{1,6}(?:\.\d{1,3})?)(?![\d.])[ \t]{0,2}(?<unit>%|个百分点|万亿元|亿元|万元|万户|万人|亿人|万个|万家|个|家|项|倍|万|亿)?[ \t]{0,2}(?<after>以上|以下|以内|左右)?/dy,
  en: /(?<before>[^\d\n;,|]{0,40}?)(?<value>\d{1,6}(?:\.\d{1,3})?)(?!\d|\.\d)\s{0,2}(?<unit>%|percent|per\s+cent|trillion\s+yuan|billion\s+yuan|million\s+yuan|million|billion|trillion)?/diy,
};

type Groups = TargetClaim['groups'];

/** The figure starting at `at` (a year on its way is passed over: "the 2017 target of 5%"), within `limit`. */
export function readFigure(f: string, at: number, limit: number, lang: Lang): Groups | undefined {
  const re = FIGURE[lang];
  for (let tries = 0; tries < 3 && at < limit; tries++) {
    re.lastIndex = 0;
    const m = re.exec(f.slice(at, Math.min(limit, at + 80)));
    if (!m) return undefined;
    const ind = m.indices!.groups!;
    if (/^(?:19|20)\d\d$/.test(m.groups!.value) && !m.groups!.unit) {
      at += ind.value[1] + (lang === 'zh' && f[at + ind.value[1]] === '年' ? 1 : 0);
      continue;
    }
    const out: Groups = {};
    for (const name of ['before', 'value', 'unit', 'after'] as ClaimGroup[]) {
      const p = ind[name];
      if (p && m.groups![name] !== undefined) out[name] = { start: at + p[0], end: at + p[1], text: m.groups![name] };
    }
    return out;
  }
  return undefined;
}

/** The first index in `list` (sorted by start) whose claim starts at or after `offset`. */
function firstClaimFrom(list: TargetClaim[], offset: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A unit as compared: without 以上/以下/以内/左右, "percent" as %, lower-cased. */
export const unitBase = (u: string) =>
  u
    .replace(/以上|以下|以内|左右/g, '')
    .replace(/^percent$|^per\s+cent$/i, '%')
    .toLowerCase();

/** A figure's unit fits a target's: the same, or either unnamed (a PUE has none; a bare 5 may be 5%). */
function unitFits(k: CompiledClaim, g: Groups): boolean {
  const unit = g.unit?.text;
  const want = unitBase(k.target.unit ?? '');
  if (!unit) return true;
  return !!want && unitBase(unit) === want;
}

const subjects = new WeakMap<CompiledClaim, Partial<Record<Lang, RegExp | null>>>();
/** What names a target's subject without its figure: its mention pattern, else its subject's words. */
function subjectOf(k: CompiledClaim, lang: Lang): RegExp | null {
  let m = subjects.get(k);
  if (!m) subjects.set(k, (m = {}));
  if (m[lang] !== undefined) return m[lang]!;
  const words = k.target.subject?.[lang];
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const src = k.mention?.source ?? (words ? words.split(/\s+/).map(esc).join('\\s{1,3}') : '');
  return (m[lang] = src ? new RegExp(src, 'i') : null);
}

/** The targets of `c` with a figure, whose subject `text` names and whose unit fits the figure. */
function targetsNamed(c: Corpus, text: string, lang: Lang, g: Groups): CompiledClaim[] {
  return c.claims.filter((k) => {
    if (k.alt || k.spec.figure !== 'number' || typeof k.target.value !== 'number') return false;
    const re = subjectOf(k, lang);
    return !!re && re.test(text) && unitFits(k, g);
  });
}

const CJK = /[\u3400-\u9fff]/;
/** A year a column header sets its figures for (2017年, "2017 target", "by 2017"), not one in a document number. */
const HEADER_YEAR = /(?<![\d〔[])(20\d\d)(?![\d〕\]]|[)）][ \t]{0,2}(?:No\.?[ \t]{0,2})?\d|[ \t]{0,2}号)/;
/** What may stand before a figure that fills a table cell: comparator words, no other words (I(3) is a clause). */
const CELL_LEAD: Record<Lang, RegExp> = {
  zh: /^(?:优于|低于|小于|不高于|不超过|不大于|减少|降低|下降|压缩|缩减|达到|超过|高于|不低于|不少于|大于|控制在|降至|降到|提高到|提升到|增长|新增|建成|约|为|[<>≤≥＜＞~～:：])*$/,
  en: /^(?:(?:better|lower|less|more|higher|greater|fewer)\s{1,2}than|below|under|above|over|at\s{1,2}(?:least|most)|no\s{1,2}(?:more|less|higher|lower)\s{1,2}than|up\s{1,2}to|(?:reduced?|reduction|cut|down|decrease[ds]?)(?:\s{1,2}(?:by|of))?|by|of|to|reach(?:es|ing)?|about|approx\.?|c\.|[<>≤≥~:]|\s)*$/i,
};

/** Bare figures in a table column that speaks for a document, their subject named elsewhere in the row. */
export function tableClaims(look: DraftLookups, found: TargetClaim[]): TargetClaim[] {
  const out: TargetClaim[] = [];
  for (const row of look.tables.tables.bodyRows()) {
    row.cells.forEach((cell, k) => {
      const i = firstClaimFrom(found, cell.start);
      if (i < found.length && found[i].span.start < cell.end) return; // a whole claim in the cell already
      const claim = cellClaim(look, row, k);
      if (claim) out.push(claim);
    });
  }
  return out;
}

function cellClaim(look: DraftLookups, row: TableRow, k: number): TargetClaim | undefined {
  const f = look.f;
  const cell = row.cells[k];
  let at = cell.start;
  while (at < cell.end && /\s/.test(f[at])) at++;
  const lang: Lang = CJK.test(f.slice(cell.start, cell.end)) ? 'zh' : 'en';
  const g = readFigure(f, at, cell.end, lang);
  if (!g?.value || !CELL_LEAD[lang].test((g.before?.text ?? '').trim())) return undefined;
  if (/^[ \t]{0,2}[)）]/.test(f.slice((g.after ?? g.unit ?? g.value).end, cell.end))) return undefined;
  const doc = attributed(look, g.value.start);
  if (!doc) return undefined;
  const label = row.cells
    .filter((_, j) => j !== k && look.tables.column(row, j).role !== 'own')
    .map((x) => f.slice(x.start, x.end))
    .join(' | ');
  const named = rowTarget(look, row, k, doc.c, label, lang, g);
  if (!named) return undefined;
  const span = { start: (g.before ?? g.value).start, end: (g.after ?? g.unit ?? g.value).end };
  const claim: TargetClaim = { docId: doc.c.id, targetId: named.target.id, lang, span, groups: g };
  const year = headerYear(f, row, k);
  if (year) {
    claim.year = year;
    claim.yearInHeader = true;
  }
  return claim;
}

/** The year a table column's header sets its figures for: 《意见》目标（2017年）, "Opinion target (2017)". */
export function headerYear(f: string, row: TableRow, k: number): TargetClaim['year'] {
  const header = row.headers[k];
  const text = header ? f.slice(header.start, header.end) : '';
  const y = HEADER_YEAR.exec(text);
  // one year, not a span of years (2017—2020年) nor two years compared
  if (!y || HEADER_YEAR.exec(text.slice(y.index + 4))) return undefined;
  const start = header!.start + y.index;
  return { start, end: start + 4, year: Number(y[1]) };
}

/**
 * The one target a figure cell states: the subject named in the other cells of its row (| 新建大型数据中心PUE | 优于1.5 |),
 * else in its column's header (| 国家PUE要求 |), else in the nearest header to its left (| 本省PUE目标 | 国家要求 |:
 * the two columns compare one indicator), else in the table's caption.
 */
function rowTarget(
  look: DraftLookups,
  row: TableRow,
  k: number,
  c: Corpus,
  label: string,
  lang: Lang,
  g: Groups,
): CompiledClaim | undefined {
  const texts = [label, ...[k, ...Array.from({ length: k }, (_, j) => k - 1 - j)].map((j) => row.headers[j])];
  texts.push(row.caption);
  for (const t of texts) {
    if (!t) continue;
    const text = typeof t === 'string' ? t : look.f.slice(t.start, t.end);
    const named = targetsNamed(c, text, lang, g);
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/** A comparison with the document's requirement: 好于国家提出的…, 超过《意见》提出的…, 是《意见》提出的…目标的三倍,
 *  "exceeding the national target of", "better than the 1.5 the Opinions call for". */
const COMPARE_ZH =
  /(?:好于|优于|超过|超出|高于|低于|达到|未达到|未能达到|尚未达到|没有达到|不到|接近|符合|满足|不及|落后于|领先于|超额完成|完成|高出|好过|比|较)(?=[ \t]{0,2}(?:了|既定的|规定的)?[ \t]{0,2}(?:国家|国务院|中央|《|“?国发|该意见|上述))|是(?=[ \t]{0,2}(?:国家|国务院|中央|《|“?国发|该意见|上述)[^，。；;\n]{0,40}?的[\d一二两三四五六七八九十]{1,3}(?:\.\d)?倍)/g;
const COMPARE_EN =
  /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|outperform(?:s|ed|ing)?|better\s{1,2}than|worse\s{1,2}than|higher\s{1,2}than|lower\s{1,2}than|above|below|short\s{1,2}of|against|compared\s{1,2}(?:with|to)|versus|ahead\s{1,2}of|beyond|well\s{1,2}within|in\s{1,2}line\s{1,2}with|(?:meet|meets|meeting|met)(?=\s{1,2}the\b))\b/gi;
const NATIONAL_ZH = /^[ \t]{0,2}(?:了|既定的|规定的)?[ \t]{0,2}(?:国家|国务院|中央)(?:层面)?/;
const NATIONAL_EN = /\b(?:national|State\s{1,2}Council'?s?|central\s{1,2}government'?s?)\b/i;
/** Between the document and its figure: 提出的, 要求的, 's target of … */
const LEAD_ZH =
  /^[^\d，。；;,\n]{0,10}?(?:提出|要求|确定|规定|设定|明确|部署|制定|给出)?了?的?(?=[^\d，。；;,\n]{0,8}\d)/;
const CLAUSE_END = /[，,；;。\n]/;

interface Comparison {
  /** The comparison word. */
  at: Span;
  docId: string;
  /** The document's figure, when the comparison states it. */
  figure?: Groups;
  lang: Lang;
}

/** The comparisons of a draft with a document's requirement, in text order. */
function comparisons(look: DraftLookups): Comparison[] {
  const out: Comparison[] = [];
  for (const [re, lang] of [
    [COMPARE_ZH, 'zh'],
    [COMPARE_EN, 'en'],
  ] as const)
    for (const m of look.matches(re)) {
      const x = comparison(look, { start: m.index, end: m.index + m[0].length }, lang);
      if (x) out.push(x);
    }
  return out.sort((a, b) => a.at.start - b.at.start);
}

function comparison(look: DraftLookups, at: Span, lang: Lang): Comparison | undefined {
  const f = look.f;
  let end = at.end;
  const stop = Math.min(f.length, at.end + (lang === 'zh' ? 40 : 90));
  while (end < stop && !(CLAUSE_END.test(f[end]) && !(f[end] === '.' && /\d/.test(f[end + 1] ?? '')))) end++;
  const window = f.slice(at.end, end);
  // the document: named in the comparison, or the nation's requirement in a sentence that cites it
  const k = firstContextFrom(look, at.end);
  const named = look.contexts[k] && look.contexts[k].start < end ? look.contexts[k] : undefined;
  const national = lang === 'zh' ? NATIONAL_ZH.exec(window) : NATIONAL_EN.exec(window);
  const docId = named?.docId ?? (national ? look.contextAt(at.start)?.docId : undefined);
  if (!docId || (named && named.sentence !== look.sentenceOf(at.start))) return undefined;
  const from = named ? named.end : at.end + national!.index + national![0].length;
  let figure: Groups | undefined;
  if (lang === 'zh') {
    const lead = LEAD_ZH.exec(f.slice(from, end));
    if (lead) figure = readFigure(f, from + lead[0].length, end, 'zh');
  } else {
    // "the 1.5 the Opinions call for" (the figure before the document) or "the Opinions' target of 1.5" (after it)
    if (named && named.start > at.end) figure = readFigure(f, at.end, named.start, 'en');
    figure ??= readFigure(f, from, end, 'en');
  }
  return { at, docId, figure, lang };
}

/**
 * The claims a comparison changes: the drafter's figure compared with the document's (in the clause of the comparison
 * or the one before it) is not the document's; the document's figure it states is a claim of the target whose subject
 * the sentence names before it.
 */
export function settleComparisons(
  look: DraftLookups,
  claims: TargetClaim[],
  unattributed: TargetClaim[],
): TargetClaim[] {
  const list = comparisons(look);
  if (!list.length) return claims;
  const own = new Set<TargetClaim>();
  const add: TargetClaim[] = [];
  const values = new Set(claims.map((k) => k.groups.value?.start));
  for (const x of list) {
    const c = corpusById(look.lib, x.docId);
    if (!c) continue;
    const mine = [...ownBefore(look, claims, x), ...ownBefore(look, unattributed, x)].sort(
      (a, b) => a.span.start - b.span.start,
    );
    const g = x.figure;
    let target: string | undefined;
    if (g) {
      const s = look.scan.sentences.starts[look.sentenceOf(x.at.start)];
      const named = targetsNamed(c, look.f.slice(Math.max(s, x.at.start - 160), x.at.start), x.lang, g);
      target = mine.at(-1)?.targetId ?? (named.length === 1 ? named[0].target.id : undefined);
    }
    for (const k of mine) if (!target || k.targetId === target) own.add(k);
    if (!g || !target || values.has(g.value!.start)) continue;
    const span = { start: (g.before ?? g.value!).start, end: (g.after ?? g.unit ?? g.value!).end };
    add.push({ docId: x.docId, targetId: target, lang: x.lang, span, groups: g });
  }
  for (const k of own) k.own = true;
  return [...claims.filter((k) => !own.has(k)), ...own, ...add].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The statements a comparison is made from: in its sentence, ending before it, at most one clause before it, and the
 * drafter's — in the comparison's own clause, or in a clause that does not itself name the document (根据《意见》，
 * 全市…1.3，好于…: the figure's clause follows the citation's).
 */
function ownBefore(look: DraftLookups, claims: TargetClaim[], x: Comparison): TargetClaim[] {
  const out: TargetClaim[] = [];
  const s = look.sentenceOf(x.at.start);
  for (let i = firstClaimFrom(claims, x.at.start - 200); i < claims.length && claims[i].span.start < x.at.start; i++) {
    const k = claims[i];
    if (k.docId !== x.docId || k.span.end > x.at.start || look.sentenceOf(k.span.start) !== s) continue;
    const cuts = (look.f.slice(k.span.end, x.at.start).match(/[，,；;]/g) ?? []).length;
    if (cuts > 1) continue;
    const ctx = look.contextAt(k.span.start);
    if (cuts === 0 || !ctx || /[，,；;]/.test(look.f.slice(ctx.end, k.span.start))) out.push(k);
  }
  return out;
}

/** Another place's or body's figure after the document's in one sentence: 某市, 该市, 杭州市, 全国, 目前, "Shenzhen". */
const OTHER_SUBJECT_ZH =
  /^[ \t]{0,2}(?:而|但|其中|同期|相比之下)?[ \t]{0,2}(?:某|该|各地|当地|全国|目前|当前|现有|实际|[\u4e00-\u9fff]{1,5}?(?:省|市|区|县|州)(?![场级委民政长])|(?:省|市|区|县)(?:级|直|属|本级|政务|政府|委|内))/;
/** The document's requirement closed before the next clause: 按照《意见》…PUE值优于1.5的要求，[the drafter's own]. */
const REQUIREMENT_CLOSED = /^[^，,；;。]{0,6}?的?(?:要求|规定|标准|目标|部署|精神)[ \t]{0,2}[，,；;]/;
const OTHER_SUBJECT_EN =
  /^\s{0,2}(?:(?:while|whereas|and|but)\s{1,2})?(?:the\s{1,2}(?:city|province|region|district|county|municipality|company|bidder)\b|[A-Z][a-z]{2,}(?:'s)?\s)/;

/** Marks as the drafter's a figure stated after the document's in one sentence, in a clause about another subject or
 *  after the document's requirement is closed (…优于1.5的要求，区政务云机房PUE值按1.4设计). */
export function markOtherSubjects(look: DraftLookups, claims: TargetClaim[]): TargetClaim[] {
  const f = look.f;
  let prev: TargetClaim | undefined;
  for (const k of claims) {
    if (k.own) continue;
    if (prev && prev.docId === k.docId && look.sentenceOf(prev.span.start) === look.sentenceOf(k.span.start)) {
      const between = f.slice(prev.span.end, k.span.start);
      const clause = lastClause(between);
      const other =
        clause !== undefined &&
        (k.lang === 'zh' ? OTHER_SUBJECT_ZH.test(clause) || BARE_OWN_ZH.test(clause) : OTHER_SUBJECT_EN.test(clause));
      if (other || (clause !== undefined && k.lang === 'zh' && REQUIREMENT_CLOSED.test(between))) {
        k.own = true;
        continue;
      }
    }
    prev = k;
  }
  return claims;
}
