// The cross-checks: one function per rule, each turning resolved citations into findings with the data its
// quick fix needs. Combined in `runChecks`; none of them throws or does IO.
import { Corpus, CorpusNode, Lang, ancestry, nodeAt, nodeText, sectionsOf } from './corpus';
import type { ClauseMention, Finding, Fix, Quote, Related, Span } from './model';
import { Library, Resolved, contextAt, corpusById, firstContextFrom, tableCell } from './resolve';
import { sentenceOf } from './scan';
import { Block, execAll } from './blocks';
import {
  canon,
  canonWithMap,
  enNumber,
  parseEnNumber,
  parseZhNumber,
  roman,
  similarity,
  zhNumeral,
  zhPunctuation,
} from './text';

export interface CheckInput {
  lib: Library;
  r: Resolved;
  /** The draft as written. */
  text: string;
  /** The same-length folded form the scanner read. */
  f: string;
  /** The draft's blocks, when it was read block by block: claim patterns then reuse each block's matches. */
  blocks?: Block[];
}

const bi = (zh: string, en: string) => ({ zh, en });
const fix = (zh: string, en: string, span: Span, newText: string, safe = true): Fix => ({
  title: bi(zh, en),
  edits: [{ span, newText }],
  safe,
});

function related(c: Corpus, node: CorpusNode | undefined, lang: Lang, range?: [number, number]): Related[] {
  if (!node) return [];
  return [
    {
      docId: c.id,
      nodeId: node.id,
      lang,
      range,
      message: bi(`原文：${clauseLabel(c, node, 'zh')}`, `Source: ${clauseLabel(c, node, 'en')}`),
    },
  ];
}

/** 第二部分 主要任务 › （四）加强大数据开发与利用 / Part II Main tasks › (4) Expand the exploitation and use of big data */
export function clauseLabel(c: Corpus, node: CorpusNode, lang: Lang): string {
  return ancestry(c, node)
    .filter((n) => n.kind !== 'sentence')
    .map((n, i, chain) => {
      // Part I's heading names its own sections (指导思想、基本原则和发展目标): above a section, the label is enough.
      const kids =
        i < chain.length - 1
          ? (c.children.get(n.id) ?? []).map((k) => k.heading?.[lang]?.toLowerCase()).filter(Boolean)
          : [];
      if (n.kind === 'part' && kids.some((k) => (n.heading?.[lang] ?? '').toLowerCase().includes(k!)))
        return n.label[lang];
      if (n.kind === 'part') return `${n.label[lang]} ${n.heading?.[lang] ?? ''}`.trim();
      if (n.kind === 'section') return `${n.label[lang]}${lang === 'en' ? ' ' : ''}${n.heading?.[lang] ?? ''}`;
      return n.heading?.[lang] ?? n.label[lang];
    })
    .join(' › ');
}

/** How a drafter writes a reference to a node: 第二部分第（四）项 / Part II, Section (4). */
export function clauseRef(c: Corpus, node: CorpusNode, lang: Lang): string {
  const chain = ancestry(c, node);
  const part = chain.find((n) => n.kind === 'part');
  const sec = chain.find((n) => n.kind === 'section');
  if (lang === 'zh')
    return `${part ? `第${zhNumeral(part.num ?? 0)}部分` : ''}${sec ? `第（${zhNumeral(sec.num ?? 0)}）项` : ''}`;
  return `${part ? `Part ${roman(part.num ?? 0)}` : ''}${sec ? `, Section (${sec.num})` : ''}`;
}

/** Rewrites the numbers of a reference as the drafter wrote it so it points at `node`. */
function retarget(written: string, lang: Lang, c: Corpus, node: CorpusNode): string {
  const chain = ancestry(c, node);
  const part = chain.find((n) => n.kind === 'part');
  const sec = chain.find((n) => n.kind === 'section');
  if (!part || !sec) return clauseRef(c, node, lang);
  let out = written;
  if (lang === 'zh') {
    if (/第[一二三四五六七八九十\d]{1,3}部分/.test(out))
      out = out.replace(
        /第([一二三四五六七八九十\d]{1,3})部分/,
        (_m, n: string) => `第${/\d/.test(n) ? part.num : zhNumeral(part.num ?? 0)}部分`,
      );
    else if (/主要任务|保障措施|基本原则|发展目标|指导思想/.test(out))
      out = out.replace(/主要任务|保障措施|基本原则|发展目标|指导思想/, part.heading?.zh ?? '');
    else out = out.replace(/^([一二三])/, zhNumeral(part.num ?? 0));
    out = out.replace(
      /([(（]|第)([一二三四五六七八九十\d]{1,3})([)）]|项|条|款|点)(?!.*[(（第][一二三四五六七八九十\d]{1,3}[)）项条款点])/,
      (_m, a: string, n: string, b: string) => `${a}${/\d/.test(n) ? sec.num : zhNumeral(sec.num ?? 0)}${b}`,
    );
    return out;
  }
  out = out.replace(
    /\b(Part\s{1,2})([IVX]{1,4}|\d{1,2})\b/,
    (_m, a: string, n: string) => `${a}${/\d/.test(n) ? part.num : roman(part.num ?? 0)}`,
  );
  out = out.replace(
    /\b(Section\s{1,2})([IVX]{1,4})(\s?\()/,
    (_m, a: string, _n: string, b: string) => `${a}${roman(part.num ?? 0)}${b}`,
  );
  out = out.replace(/^([IVX]{1,4})([.(])/, (_m, _n: string, b: string) => `${roman(part.num ?? 0)}${b}`);
  out = out.replace(/(\(|\.|\s)(\d{1,2})(\)?)$/, (_m, a: string, _n: string, b: string) => `${a}${sec.num}${b}`);
  return out;
}

// ---- doc-number-format ----------------------------------------------------------------------------------
export function checkDocNumberFormat({ r, lib }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const d of r.docs) {
    const n = d.number;
    if (!n || n.lang !== 'zh' || d.form !== 'number') continue;
    const problems: { zh: string; en: string }[] = [];
    if (n.open !== '〔' || n.close !== '〕')
      problems.push(
        bi(
          `年份应使用六角括号〔〕，不用“${n.open}${n.close}”`,
          `the year goes in hexagonal brackets 〔〕, not "${n.open}${n.close}"`,
        ),
      );
    if (/^0/.test(n.seqText)) problems.push(bi('序号不编虚位，不加“0”', 'the serial number has no leading zero'));
    if (n.hasDi) problems.push(bi('序号前不加“第”字', 'no 第 before the serial number'));
    if (!problems.length) continue;
    const right = `${n.agency}〔${n.year}〕${n.seq}号`;
    const known = corpusById(lib, d.docId);
    const rel = known ? related(known, known.nodes.get('number'), 'zh') : [];
    out.push({
      code: 'doc-number-format',
      span: d.span,
      message: bi(
        `发文字号应写作“${right}”：${problems.map((p) => p.zh).join('；')}（GB/T 9704-2012）。`,
        `Write the document number as ${right}: ${problems.map((p) => p.en).join('; ')} (GB/T 9704-2012).`,
      ),
      related: rel,
      fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
    });
  }
  return out;
}

// ---- doc-number-mismatch --------------------------------------------------------------------------------
export function checkDocNumberMismatch({ r, lib, f }: CheckInput): Finding[] {
  const out: Finding[] = [];
  const topicalSentences = new Map<string, boolean>();
  for (const d of r.docs) {
    if (d.form !== 'number' || !d.number) continue;
    const t = d.pairedWith;
    if (t && t.form === 'title' && t.docId && t.docId !== d.docId) {
      // the Opinion's title with another number
      const c = corpusById(lib, t.docId)!;
      const right = d.lang === 'zh' ? c.data.meta.number.zh : c.data.meta.number.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `《${c.data.meta.title.zh}》的发文字号是${c.data.meta.number.zh}，不是“${f.slice(d.span.start, d.span.end)}”。`,
          `The number of "${c.data.meta.title.en}" is ${c.data.meta.number.en} (${c.data.meta.number.zh}), not "${f.slice(d.span.start, d.span.end)}".`,
        ),
        related: related(c, c.nodes.get('number'), d.lang),
        fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
      });
      continue;
    }
    if (t && t.form === 'other-title' && d.docId) {
      // the Opinion's number with another document's title
      const c = corpusById(lib, d.docId)!;
      const title = d.lang === 'zh' || t.lang === 'zh' ? c.data.meta.title.zh : c.data.meta.title.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `${c.data.meta.number.zh}是《${c.data.meta.title.zh}》的发文字号，与所写标题《${t.title!.text}》不符：请核对标题或文号。`,
          `${c.data.meta.number.en} is the number of "${c.data.meta.title.en}", not of "${t.title!.text}": check the title or the number.`,
        ),
        related: related(c, c.nodes.get('title'), d.lang),
        fixes: [fix(`标题改为《${title}》`, `Change the title to "${title}"`, t.title!.span, title, false)],
      });
      continue;
    }
    if (!t && !d.docId) {
      // 国办发〔2015〕5号 for 国发〔2015〕5号 where the sentence is about the Opinion's subject
      const n = d.number;
      // only for a document whose data names its topic (the bundled Opinion; user sources raise nothing here)
      const c = lib.corpora.find(
        (k) =>
          k.data.meta.topic &&
          k.data.meta.number.year === n.year &&
          k.data.meta.number.seq === n.seq &&
          k.data.meta.number.agency !== n.agency &&
          similarAgency(k.data.meta.number.agency, n.agency),
      );
      if (!c) continue;
      // once per sentence: a paragraph of such numbers with no full stop would otherwise be read once per number
      const s = sentenceOf(r.scan.sentences, d.span.start);
      const key = `${c.id}\u0000${s}`;
      let onTopic = topicalSentences.get(key);
      if (onTopic === undefined) {
        const starts = r.scan.sentences.starts;
        const sentence = f.slice(starts[s], starts[s + 1] ?? f.length);
        const topic = c.data.meta.topic!;
        onTopic = sentence.includes(topic.zh) || sentence.toLowerCase().includes(topic.en);
        topicalSentences.set(key, onTopic);
      }
      if (!onTopic) continue;
      const right = d.lang === 'zh' ? c.data.meta.number.zh : c.data.meta.number.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `“${f.slice(d.span.start, d.span.end)}”不是《${c.data.meta.title.zh}》的文号；该意见是国务院文件，文号为${c.data.meta.number.zh}。`,
          `"${f.slice(d.span.start, d.span.end)}" is not the number of the Opinion on cloud computing; it is a State Council document numbered ${c.data.meta.number.en} (${c.data.meta.number.zh}).`,
        ),
        related: related(c, c.nodes.get('number'), d.lang),
        fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
      });
    }
  }
  return out;
}

function similarAgency(a: string, b: string): boolean {
  // 国发 / 国办发 / 国函 / 国办函: the State Council's own series that drafters confuse
  return /^国/.test(a) && /^国/.test(b);
}

// ---- title-mismatch -------------------------------------------------------------------------------------
/** An English title in italics or quotes right before the Opinion's number: *…* (GF No. (2015)5). */
const EN_TITLE_BEFORE = /(?:\*{1,2}|_|"|“)([A-Z][^*_"“”\n]{20,220}?)(?:\*{1,2}|_|"|”)[ \t]{0,2}\([ \t]{0,2}$/;

export function checkTitle({ r, lib, f }: CheckInput): Finding[] {
  const out: Finding[] = [];
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
    const right = d.lang === 'zh' ? c.data.meta.title.zh : c.data.meta.title.en;
    const span = d.title!.span;
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

// ---- unknown-clause and clause-title-mismatch -----------------------------------------------------------
function describeParts(c: Corpus, lang: Lang): string {
  return c.parts
    .map((p) =>
      lang === 'zh' ? `${zhNumeral(p.num ?? 0)}、${p.heading?.zh}` : `${roman(p.num ?? 0)}. ${p.heading?.en}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}

export function checkClauses({ r, lib, text }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const cl of r.clauses) {
    const c = corpusById(lib, cl.docId);
    if (!c) continue;
    if (!cl.nodeId) {
      if ((cl.weak && !cl.nearestNodeId) || cl.quiet) continue;
      out.push(unknownClause(c, cl, text));
      continue;
    }
    if (cl.heading) {
      const f = checkHeading(c, cl, cl.heading, text);
      if (f) out.push(f);
    }
  }
  return out;
}

function unknownClause(c: Corpus, cl: ClauseMention, text: string): Finding {
  const written = text.slice(cl.span.start, cl.span.end);
  const near = cl.nearestNodeId ? c.nodes.get(cl.nearestNodeId) : undefined;
  let zh: string, en: string;
  if (near) {
    const n =
      sectionsOf(c, near.num ?? 0).length || (c.children.get(near.id) ?? []).filter((k) => k.num !== undefined).length;
    zh = `${c.data.meta.number.zh}${near.label.zh}（${near.heading?.zh}）只有${zhNumeral(n)}项，没有“${written}”。`;
    en = `${near.label.en} (${near.heading?.en}) of ${c.data.meta.number.en} has ${enNumber(n)} sections; "${written}" does not exist.`;
  } else {
    zh = `${c.data.meta.number.zh}共${zhNumeral(c.parts.length)}个部分（${describeParts(c, 'zh')}），没有“${written}”。`;
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

const HEADING_KINDS = new Set(['part', 'section', 'principle', 'objective']);
// Matching a quote or heading against the source is the costly part of a check and depends only on the corpus and
// the quoted words: remember the answers, so re-analysing a draft while it is typed does not redo them.
const memos = new WeakMap<Corpus, Map<string, unknown>>();
function memo<T>(c: Corpus, key: string, compute: () => T): T {
  let m = memos.get(c);
  if (!m) {
    m = new Map();
    memos.set(c, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  if (m.size >= 5000) m.clear();
  m.set((' ' + key).slice(1), v); // a copy: a slice of the draft as key would keep the whole draft alive
  return v;
}

function bestHeading(c: Corpus, quoted: string, lang: Lang): { node: CorpusNode; score: number } | undefined {
  return memo(c, `h\u0000${lang}\u0000${quoted}`, () => bestHeadingOf(c, quoted, lang));
}

function bestHeadingOf(c: Corpus, quoted: string, lang: Lang): { node: CorpusNode; score: number } | undefined {
  const q = canon(quoted);
  let best: { node: CorpusNode; score: number } | undefined;
  for (const h of c.headings) {
    if (h.lang !== lang || !HEADING_KINDS.has(h.node.kind)) continue;
    const score = h.canon === q ? 1 : similarity(q, h.canon);
    if (!best || score > best.score) best = { node: h.node, score };
  }
  return best;
}

function checkHeading(c: Corpus, cl: ClauseMention, q: Quote, text: string): Finding | undefined {
  const node = c.nodes.get(cl.nodeId!)!;
  const lang = q.lang;
  const own = node.heading?.[lang];
  if (!own) return undefined;
  const qc = canon(q.text);
  if (qc === canon(own)) return undefined;
  const best = bestHeading(c, q.text, lang);
  // 第一部分第（二）项“市场主导”: the name of something inside the cited clause.
  if (best && best.score === 1 && ancestry(c, best.node).some((n) => n.id === node.id)) return undefined;
  const ownScore = similarity(qc, canon(own));
  const written = text.slice(cl.span.start, cl.span.end);
  const ownFix = fix(`标题改为“${own}”`, `Change the heading to "${own}"`, q.inner, own, false);
  if (best && best.node.id !== node.id && (best.score === 1 || (best.score >= 0.75 && best.score > ownScore))) {
    const other = best.node;
    const ref = retarget(written, cl.lang, c, other);
    return {
      code: 'clause-title-mismatch',
      span: { start: cl.span.start, end: q.span.end },
      message: bi(
        `“${written}”的标题是“${own}”；“${q.text}”是${clauseLabel(c, other, 'zh')}。`,
        `${written} is headed "${own}"; "${q.text}" is ${clauseLabel(c, other, 'en')}.`,
      ),
      related: [...related(c, node, lang), ...related(c, other, lang)],
      fixes: [fix(`编号改为“${ref}”`, `Change the number to "${ref}"`, cl.span, ref, false), ownFix],
    };
  }
  // A heading copied wrong: close to this clause's own heading.
  if (ownScore >= (lang === 'zh' ? 0.5 : 0.7)) {
    return {
      code: 'misquote',
      span: q.span,
      message: bi(
        `标题与原文不符：${clauseLabel(c, node, 'zh')}的标题是“${own}”。`,
        `The heading differs from the source: ${clauseLabel(c, node, 'en')} is headed "${own}".`,
      ),
      related: related(c, node, lang),
      fixes: [{ ...ownFix, safe: true }],
    };
  }
  // Not a heading: words quoted from the clause.
  q.usedAsHeading = false;
  q.clauseNodeId = node.id;
  return misquoteFinding(c, q);
}

// ---- misquote -------------------------------------------------------------------------------------------
const sentenceCache = new WeakMap<Corpus, Map<Lang, { node: CorpusNode; canon: string; map: number[] }[]>>();
function sentencesIn(c: Corpus, lang: Lang): { node: CorpusNode; canon: string; map: number[] }[] {
  let m = sentenceCache.get(c);
  if (!m) {
    m = new Map();
    sentenceCache.set(c, m);
  }
  let list = m.get(lang);
  if (!list) {
    list = [];
    for (const n of c.nodes.values()) {
      if (n.kind !== 'sentence' || n.lang !== lang || !n.range[lang]) continue;
      const { canon: k, map } = canonWithMap(nodeText(c, n, lang));
      list.push({ node: n, canon: k, map: map.map((i) => i + n.range[lang]![0]) });
    }
    m.set(lang, list);
  }
  return list;
}

/** Finds a quote in the source: every fragment between ellipses, in order. */
export function findQuote(c: Corpus, quoted: string, lang: Lang): { start: number; end: number } | undefined {
  return memo(c, `q\u0000${lang}\u0000${quoted}`, () => findQuoteIn(c, quoted, lang));
}

function findQuoteIn(c: Corpus, quoted: string, lang: Lang): { start: number; end: number } | undefined {
  const t = c.canonText[lang];
  if (!t) return undefined;
  const frags = quoted
    .split(/……|…|\.\.\.|⋯/)
    .map((s) => canon(s))
    .filter((s) => s.length > 0);
  if (!frags.length) return undefined;
  let from = 0,
    first = -1,
    lastEnd = -1;
  for (const fr of frags) {
    const at = t.canon.indexOf(fr, from);
    if (at < 0) return undefined;
    if (first < 0) first = at;
    lastEnd = at + fr.length;
    from = lastEnd;
  }
  return { start: t.map[first], end: t.map[lastEnd - 1] + 1 };
}

/** The source passage closest to a misquote: the best sentence, then the best window in it. */
export function closestPassage(
  c: Corpus,
  quoted: string,
  lang: Lang,
  within?: CorpusNode,
): { text: string; start: number; end: number; score: number; node: CorpusNode } | undefined {
  return memo(c, `p\u0000${lang}\u0000${within?.id ?? ''}\u0000${quoted}`, () =>
    closestPassageIn(c, quoted, lang, within),
  );
}

function closestPassageIn(
  c: Corpus,
  quoted: string,
  lang: Lang,
  within?: CorpusNode,
): { text: string; start: number; end: number; score: number; node: CorpusNode } | undefined {
  const q = canon(quoted);
  if (q.length < 2) return undefined;
  let sents = sentencesIn(c, lang);
  if (within) {
    const r = within.range[lang];
    if (r) {
      const inside = sents.filter((s) => s.node.range[lang]![0] >= r[0] && s.node.range[lang]![1] <= r[1]);
      if (inside.length) sents = inside;
    }
  }
  let best: { s: (typeof sents)[number]; score: number } | undefined;
  for (const s of sents) {
    const score = similarity(q, s.canon);
    if (!best || score > best.score) best = { s, score };
  }
  if (!best) return undefined;
  const s = best.s;
  // Slide windows about the quote's length over the sentence; prefer windows that start and end as the quote does.
  const score = (w: string) => windowScore(q, w);
  let win = { a: 0, b: s.canon.length, score: score(s.canon) };
  if (s.canon.length > q.length) {
    for (const len of [q.length, q.length + 1, q.length - 1, q.length + 2, q.length + 4]) {
      if (len < Math.max(2, q.length - 1) || len > s.canon.length) continue;
      for (let a = 0; a + len <= s.canon.length; a++) {
        const sc = score(s.canon.slice(a, a + len));
        if (sc > win.score) win = { a, b: a + len, score: sc };
      }
    }
  }
  const text = c.data.texts[lang]!;
  const start = s.map[win.a],
    end = s.map[win.b - 1] + 1;
  return { text: text.slice(start, end), start, end, score: win.score, node: parentOf(c, s.node) };
}

/** Similarity of a window to the quote: bigram overlap or, for short quotes, the longest common subsequence,
 *  with a small bonus for a shared beginning and end. */
function windowScore(q: string, w: string): number {
  let base = similarity(q, w);
  if (q.length <= 30 && w.length <= 40) base = Math.max(base, lcs(q, w) / Math.max(q.length, w.length));
  let pre = 0;
  while (pre < q.length && pre < w.length && q[pre] === w[pre]) pre++;
  let suf = 0;
  while (suf < q.length && suf < w.length && q[q.length - 1 - suf] === w[w.length - 1 - suf]) suf++;
  return base + 0.01 * Math.min(pre + suf, 5);
}

function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = tmp;
    }
  }
  return row[b.length];
}

function parentOf(c: Corpus, n: CorpusNode): CorpusNode {
  let p = n;
  while (p.kind === 'sentence' || p.kind === 'paragraph') {
    const up = p.parent ? c.nodes.get(p.parent) : undefined;
    if (!up) break;
    p = up;
  }
  return p;
}

function misquoteFinding(c: Corpus, q: Quote): Finding | undefined {
  const lang = q.lang;
  if (canon(q.text).length < 2) return undefined;
  if (c.data.texts[lang] === undefined) return undefined; // a user source in one language: a translated quote cannot be checked
  if (findQuote(c, q.text, lang)) return undefined;
  // “市场主导、统筹协调、创新驱动、保障安全”: a list of the source's own names or phrases, each found on its own.
  const items = q.text
    .split(/[、，,；;]|\s{1,2}and\s{1,2}/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length > 1 && items.every((x) => canon(x).length >= 2 && findQuote(c, x, lang))) return undefined;
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
    if (p.score >= fixAt && !/[“”"]/.test(shown))
      fixes.push(fix('改为原文表述', 'Use the exact source wording', q.inner, shown, p.score >= fixAt + 0.1));
  }
  return {
    code: 'misquote',
    span: q.span,
    message: bi(zh, en),
    related: p ? related(c, p.node, lang, [p.start, p.end]) : [],
    fixes,
  };
}

const YEAR_BEFORE = /(?:到|至|在|截至)?(20\d\d)[ \t]{0,1}年(?:前|底前|底|末)?[ \t]{0,2}[,，:：]?[ \t]{0,2}$/;
const YEAR_AFTER = /^[ \t]{0,2}(?:by|in|before)[ \t]{1,2}(?:the[ \t]{1,2}end[ \t]{1,2}of[ \t]{1,2})?(20\d\d)\b/i;

/** A quotation found in an objective set for one year but said to be for another: 到2017年“…2020年的目标…”. */
function checkQuoteYear(
  inp: CheckInput,
  c: Corpus,
  q: Quote,
  found: { start: number; end: number },
): Finding | undefined {
  const node = nodeAt(c, q.lang, found.start, found.end);
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
    related: related(c, node, q.lang, [found.start, found.end]),
    fixes: [fix(`改为${year}`, `Change to ${year}`, span, String(year))],
  };
}

export function checkQuotes(inp: CheckInput): Finding[] {
  const { r, lib } = inp;
  const out: Finding[] = [];
  for (const q of r.quotes) {
    if (!q.attributed || q.usedAsHeading) continue;
    const c = corpusById(lib, q.docId);
    if (!c) continue;
    const found = findQuote(c, q.text, q.lang);
    if (found) {
      q.found = { lang: q.lang, ...found };
      const y = checkQuoteYear(inp, c, q, found);
      if (y) out.push(y);
      continue;
    }
    if (q.headingOf) continue;
    const fnd = misquoteFinding(c, q);
    if (fnd) out.push(fnd);
  }
  return out;
}

// ---- claims: targets, counts, dates ---------------------------------------------------------------------
const SELF_MARK =
  /我们|我委|我局|我厅|我办|本委|本局|本厅|全市|本市|我市|全省|本省|我省|全区|本区|我区|全县|本县|我县|全州|本地区|本部门|本单位|本方案|本计划|本规划|\b(?:our|we|us)\b|\b(?:the|this)\s{1,2}(?:city|province|municipality|county|plan|programme)\b/i;

interface Claim {
  start: number;
  end: number;
}

/** Words that say a figure or count is the cited document's: 《意见》提出/要求/明确…, "the Opinions call for/set …". */
const CLAIM_VERB_ZH = /提出|要求|明确|指出|规定|强调|部署|确定|设定|目标|提到|包括|分为|涵盖|中|的|有/;
const CLAIM_VERB_EN =
  /\b(?:state|states|stated|call|calls|called|require|requires|required|set|sets|set out|stipulate|stipulates|provide|provides|say|says|envisage|envisages|target|targets|aim|aims|goal|list|lists|listed|contain|contains|include|includes|has|have|had|outline|outlines|name|names|identify|identifies|propose|proposes|put forward|puts forward|lay|lays|laid)\b|:/i;
/** "Under the Opinions, …", "根据《意见》要求": the claim that follows is the document's. */
const UNDER_EN =
  /\b(?:under|according\s{1,2}to|per|as\s{1,2}required\s{1,2}by|in\s{1,2}line\s{1,2}with|pursuant\s{1,2}to)\s{1,2}$/i;
const OWN_COLUMN =
  /落实|情况|进展|完成|举措|措施|备注|我|本|response|status|progress|action|remark|note|\bour\b|\bwe\b/i;
const REQUIREMENT_COLUMN =
  /要求|条款|原文|内容|规定|目标|任务|意见|requirement|provision|text|clause|opinion|target|summary/i;
/** "根据…精神，结合实际": what follows is the draft's own. */
const OWN_ZH = /精神|结合|实际|参照|借鉴/;

/**
 * How far after the citation a figure can still be the cited document's. A sentence of prose is shorter; a paragraph
 * pasted without full stops is not, and reading every claim's whole gap back to one citation made it quadratic.
 */
export const ATTRIBUTION_REACH = 400;

/** The document a figure or count at `start` is attributed to, if the draft attributes it to one. */
export function attributed(
  inp: Pick<CheckInput, 'lib' | 'r' | 'f'>,
  start: number,
  requireDocLevel = false,
): { c: Corpus; nodeId?: string } | undefined {
  const ctx = contextAt(inp.r, start);
  if (!ctx || start - ctx.end > ATTRIBUTION_REACH) return undefined;
  const gap = inp.f.slice(ctx.end, start);
  if (SELF_MARK.test(gap)) return undefined;
  const c = corpusById(inp.lib, ctx.docId);
  if (!c) return undefined;
  if (requireDocLevel && ctx.nodeId && c.nodes.get(ctx.nodeId)?.kind !== 'part') return undefined;
  // In a table, a figure speaks for the Opinion only in its own cell or in a column of its requirements.
  const cell = tableCell(inp.f, inp.r.scan.lineStarts, start);
  if (cell) {
    const header = inp.f.slice(cell.header.start, cell.header.end);
    const sameCell = ctx.start >= cell.cell.start && ctx.end <= cell.cell.end;
    if (OWN_COLUMN.test(header)) return undefined;
    if (!sameCell && !REQUIREMENT_COLUMN.test(header)) return undefined;
    if (!sameCell) return { c, nodeId: ctx.nodeId };
  }
  const zh = /[\u3400-\u9fff]/.test(inp.f.slice(start, start + 4)) || /[\u3400-\u9fff]/.test(gap);
  if (zh) {
    if (OWN_ZH.test(gap)) return undefined;
    if (gap.length > 8 && !CLAIM_VERB_ZH.test(gap)) return undefined;
  } else {
    const lead = inp.f.slice(Math.max(0, ctx.start - 24), ctx.start);
    if (!UNDER_EN.test(lead) && !CLAIM_VERB_EN.test(gap)) return undefined;
  }
  return { c, nodeId: ctx.nodeId };
}

// The value is a whole number: 1.5 in 优于1.52015年 is not a PUE of 1.520 (nor of 1), it runs into a year.
const PUE_ZH = /PUE\)?[ \t]{0,2}值?([^\d\n。；;,，]{0,10}?)(\d{1,2}(?:\.\d{1,3})?)(?!\.?\d)(以下|以内|以上)?/dg;
const PUE_EN = /\bPUE\b\)?([^\d\n.;]{0,40}?)(\d{1,2}(?:\.\d{1,3})?)\b(?!\.\d)/dg;
const BETTER =
  /优于|低于|小于|不高于|不超过|不大于|控制在|降至|降到|以下|以内|better\s+than|lower\s+than|less\s+than|below|under|at\s+most|no\s+more\s+than|no\s+higher\s+than|not\s+(?:exceed|exceeding|above)|down\s+to|within/i;
const NOT_BELOW = /不低于|不小于|不少于|(?:not|no)\s+(?:lower|less)\s+than/i;
const WORSE =
  /高于|大于|超过|不低于|以上|above|over|higher\s+than|greater\s+than|more\s+than|at\s+least|exceed|in\s+excess/i;
const GOV_ZH =
  /政府(?:部门)?自建(?:的)?数据中心(?:的)?(?:数量)?[ \t]{0,2}(?:要|应|须|将)?[ \t]{0,2}(减少|降低|下降|压缩|缩减)[ \t]{0,2}(\d{1,3}(?:\.\d{1,2})?)[ \t]{0,2}(%|个百分点)[ \t]{0,2}(以上|左右|以下|以内)?/dg;
const GOV_EN =
  /\b(?:government(?:-built|-owned| built| owned| own)?\s{1,2}data\s{1,2}cent(?:re|er)s|data\s{1,2}cent(?:re|er)s\s{1,2}(?:constructed|built|run)\s{1,2}by\s{1,2}(?:the\s{1,2})?governments?(?:\s{1,2}(?:itself|themselves))?)([^\d\n.;]{0,60}?)(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(%|percent|per\s+cent)/dgi;
const FEWER = /less\s+than|at\s+most|up\s+to|no\s+more\s+than|under|below|以下|以内/i;
const DEMO_ZH =
  /([百千万十]|[一二两三四五六七八九][百千]|\d{1,5})[ \t]{0,2}(余)?[ \t]{0,2}(项|个)[^，。,;；\n]{0,14}?示范(?:工程|项目)/dg;
// A figure is not the serial of a document number just before it: in "GF No. (2015)5 calls for a thousand
// demonstration projects" the count is "a thousand", not the 5 of (2015)5 or of No. 5.
const DEMO_EN =
  /\b(a\s{1,2}hundred|one\s{1,2}hundred|hundred|a\s{1,2}thousand|one\s{1,2}thousand|thousand|(?<![)\]][ \t]{0,2}|\bNo\.?[ \t]{0,2})\d{1,5})\b[^.;\n\d]{0,60}?demonstration\s{1,2}(?:projects?|programmes?|programs?)/dgi;
const EB_ZH = /(EB|PB|ZB|TB|YB|艾字节|拍字节|泽字节|太字节)[^，。,\n]{0,16}?存储/dg;
const EB_EN = /\b(exabyte|petabyte|zettabyte|terabyte|EB|PB|ZB|TB)\b[- ](?:level|scale|class)[^.;\n]{0,30}?storage/dgi;
const ADOPT_ZH = /云计算应用(?:基本|全面)?普及/dg;
const ADOPT_EN =
  /\bcloud\s{1,2}computing\s{1,2}(?:is\s{1,2}to\s{1,2}be\s{1,2})?basically\s{1,2}applied\s{1,2}universally/dgi;
const YEAR_ZH = /(?:到|至|截至|在)?(20\d\d)[ \t]{0,1}年(?:前|底前|底|末)?/g;
const YEAR_EN = /\bby\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?(20\d\d)\b/gi;

function targetFor(c: Corpus, metric: string) {
  return c.data.targets.find((t) => t.metric === metric);
}

interface YearMatch {
  index: number;
  end: number;
  year: number;
  yearStart: number;
}
/** Year phrases of the draft (not inside brackets: those are document numbers), per pattern, in text order. */
const yearIndexes = new WeakMap<Resolved, Map<RegExp, YearMatch[]>>();
function yearMatches(inp: CheckInput, re: RegExp): YearMatch[] {
  let m = yearIndexes.get(inp.r);
  if (!m) {
    m = new Map();
    yearIndexes.set(inp.r, m);
  }
  let list = m.get(re);
  if (!list) {
    list = [];
    const f = inp.f;
    for (const x of execAll(re, f, inp.blocks)) {
      // a bracketed year is a document number's, not a deadline
      if (/[〔[(]/.test(f[x.index - 1] ?? '') || /[〕\])]/.test(f[x.index + x[0].length] ?? '')) continue;
      const yearStart = x.index + x[0].indexOf(x[1]);
      list.push({ index: x.index, end: x.index + x[0].length, year: Number(x[1]), yearStart });
    }
    m.set(re, list);
  }
  return list;
}

/** The first index in `list` whose match starts at or after `offset`. */
function firstYearFrom(list: YearMatch[], offset: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A year stated for a target in the same sentence after `from` (the citation): the first one right after the claim
 * (English "by 2020" within 40 characters; a Chinese year only where the claim ends), else the nearest one before it.
 * An English year wins over a Chinese one. Found by binary search over the draft's year phrases, so a paragraph
 * with thousands of claims and one citation stays linear.
 */
function yearNear(
  inp: CheckInput,
  claim: Claim,
  from: number,
): { start: number; end: number; year: number } | undefined {
  const starts = inp.r.scan.sentences.starts;
  const s = sentenceOf(inp.r.scan.sentences, claim.start);
  const limit = Math.min(starts[s + 1] ?? inp.f.length, claim.end + 40);
  let found: { start: number; end: number; year: number } | undefined;
  for (const re of [YEAR_ZH, YEAR_EN]) {
    const list = yearMatches(inp, re);
    let pick: YearMatch | undefined;
    for (let k = firstYearFrom(list, claim.start); k < list.length && list[k].index < limit; k++) {
      const y = list[k];
      if (y.index < claim.end) continue;
      if (y.index > claim.end && re === YEAR_ZH) break;
      pick = y;
      break;
    }
    if (!pick) {
      const k = firstYearFrom(list, claim.start) - 1;
      if (k >= 0 && list[k].index >= from) pick = list[k];
    }
    if (pick) found = { start: pick.yearStart, end: pick.yearStart + 4, year: pick.year };
  }
  return found;
}

function targetFinding(
  c: Corpus,
  metric: string,
  span: Span,
  zhWhat: string,
  enWhat: string,
  newText: string | undefined,
  lang: Lang,
): Finding {
  const t = targetFor(c, metric)!;
  const node = c.nodes.get(t.clause);
  return {
    code: 'target-mismatch',
    span,
    message: bi(
      `${zhWhat}原文为“${zhPunctuation(t.text.zh)}”（${t.year}年目标，${node ? clauseLabel(c, node, 'zh') : ''}）。`,
      `${enWhat} The source says "${t.text.en}" (a ${t.year} target, ${node ? clauseLabel(c, node, 'en') : ''}).`,
    ),
    related: related(c, node, lang, t.range[lang]),
    fixes: newText === undefined ? [] : [fix(`改为“${newText}”`, `Change to "${newText}"`, span, newText)],
  };
}

export function checkTargets(inp: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { f } = inp;
  // A year that claims of different target years share (到2017年，PUE值优于1.5，云计算应用基本普及) cannot be right
  // for all of them: its finding stands, but changing the year only moves the error, so that fix is not safe.
  const yearWants = new Map<number, Set<number>>();
  const yearFindings: Finding[] = [];
  const checkYear = (c: Corpus, metric: string, claim: Claim, from: number, lang: Lang) => {
    const t = targetFor(c, metric);
    if (!t) return;
    const y = yearNear(inp, claim, from);
    if (!y) return;
    const wants = yearWants.get(y.start) ?? new Set<number>();
    yearWants.set(y.start, wants.add(t.year));
    if (y.year === t.year) return;
    const found = targetFinding(
      c,
      metric,
      y,
      `年份不符：该目标是${t.year}年目标。`,
      `Wrong year: this is a ${t.year} target.`,
      String(t.year),
      lang,
    );
    yearFindings.push(found);
    out.push(found);
  };
  /** Runs a claim pattern (compiled with the d flag) over the draft, keeping matches attributed to a corpus with that target. */
  const each = (
    re: RegExp,
    metric: string,
    lang: Lang,
    fn: (m: RegExpExecArray, c: Corpus, t: NonNullable<ReturnType<typeof targetFor>>) => void,
  ) => {
    for (const m of execAll(re, f, inp.blocks)) {
      if (/[\u3400-\u9fff]/.test(m[0]) !== (lang === 'zh')) continue; // each language's pattern reads its own prose
      const at = attributed(inp, m.index);
      const t = at && targetFor(at.c, metric);
      if (!at || !t) continue;
      fn(m, at.c, t);
      checkYear(at.c, metric, { start: m.index, end: m.index + m[0].length }, contextAt(inp.r, m.index)!.end, lang);
    }
  };
  const g = (m: RegExpExecArray, i: number): Span => ({ start: m.indices![i][0], end: m.indices![i][1] });
  for (const [re, lang] of [
    [PUE_ZH, 'zh'],
    [PUE_EN, 'en'],
  ] as const) {
    each(re, 'pue', lang, (m, c, t) => {
      const words = (m[1] ?? '') + (m[3] ?? '');
      // 不低于 / "no less than" hold 低于 / "less than": the negation is read first, it says "at least"
      const notBelow = NOT_BELOW.test(words);
      const better = !notBelow && BETTER.test(words),
        worse = notBelow || (!better && WORSE.test(words));
      if (Number(m[2]) === t.value && !worse) return;
      if (worse) {
        const w = g(m, 1);
        const lead = m[1].search(/\S/);
        const span = { start: w.start + Math.max(0, lead), end: m[3] ? g(m, 3).end : g(m, 2).end };
        const right = lang === 'zh' ? `优于${t.value}` : `better than ${t.value}`;
        out.push(
          targetFinding(
            c,
            'pue',
            span,
            `比较方向不符：PUE值应优于（低于）${t.value}。`,
            `Wrong direction: PUE is to be better (lower) than ${t.value}.`,
            right,
            lang,
          ),
        );
      } else {
        out.push(
          targetFinding(
            c,
            'pue',
            g(m, 2),
            `PUE数值不符：应为${t.value}。`,
            `Wrong PUE value: it is ${t.value}.`,
            String(t.value),
            lang,
          ),
        );
      }
    });
  }
  for (const [re, lang] of [
    [GOV_ZH, 'zh'],
    [GOV_EN, 'en'],
  ] as const) {
    each(re, 'gov-datacentre-reduction', lang, (m, c, t) => {
      const fewer = lang === 'zh' ? /以下|以内/.test(m[4] ?? '') : FEWER.test(m[1] ?? '');
      if (fewer) {
        // English: from the comparator on, so the verb before it ("are to be reduced by") stays in the sentence.
        const at = lang === 'zh' ? 0 : Math.max(0, m[1].search(FEWER));
        const span = lang === 'zh' ? g(m, 4) : { start: g(m, 1).start + at, end: g(m, 3).end };
        const by = lang === 'en' && /\bby\s{1,2}$/i.test(m[1].slice(0, at));
        const right = lang === 'zh' ? '以上' : `${by ? '' : 'by '}more than ${t.value}%`;
        out.push(
          targetFinding(
            c,
            'gov-datacentre-reduction',
            span,
            `比较方向不符：原文为“减少${t.value}%以上”。`,
            `Wrong direction: the source says by more than ${t.value}%.`,
            right,
            lang,
          ),
        );
      } else if (Number(m[2]) !== t.value) {
        out.push(
          targetFinding(
            c,
            'gov-datacentre-reduction',
            g(m, 2),
            `数值不符：政府自建数据中心数量减少${t.value}%以上。`,
            `Wrong figure: government-built data centres are to be reduced by more than ${t.value}%.`,
            String(t.value),
            lang,
          ),
        );
      }
    });
  }
  for (const [re, lang] of [
    [DEMO_ZH, 'zh'],
    [DEMO_EN, 'en'],
  ] as const) {
    each(re, 'demonstration-projects', lang, (m, c, t) => {
      const raw = m[1];
      const value =
        lang === 'zh' ? parseZhNumber(raw) : /hundred/i.test(raw) ? 100 : /thousand/i.test(raw) ? 1000 : Number(raw);
      if (value === t.value) return;
      const right = /\d/.test(raw)
        ? String(t.value)
        : lang === 'zh'
          ? '百'
          : /^[aA] /.test(raw)
            ? 'a hundred'
            : /^[oO]ne /.test(raw)
              ? 'one hundred'
              : 'hundred';
      out.push(
        targetFinding(
          c,
          'demonstration-projects',
          g(m, 1),
          '数量不符：原文为“百项”示范工程。',
          'Wrong number: the source has a hundred demonstration projects.',
          right,
          lang,
        ),
      );
    });
  }
  for (const [re, lang] of [
    [EB_ZH, 'zh'],
    [EB_EN, 'en'],
  ] as const) {
    each(re, 'storage-scale', lang, (m, c) => {
      if (/^(EB|exabyte|艾字节)$/i.test(m[1])) return;
      const right = /^[A-Z]{2}$/i.test(m[1]) ? 'EB' : lang === 'zh' ? '艾字节' : 'exabyte';
      out.push(
        targetFinding(
          c,
          'storage-scale',
          g(m, 1),
          '存储规模不符：原文为艾字节（EB）级。',
          'Wrong scale: the source says exabyte (EB) level.',
          right,
          lang,
        ),
      );
    });
  }
  each(ADOPT_ZH, 'application-adoption', 'zh', () => undefined);
  each(ADOPT_EN, 'application-adoption', 'en', () => undefined);
  for (const x of yearFindings) if (yearWants.get(x.span.start)!.size > 1) for (const fx of x.fixes) fx.safe = false;
  return dedupeFindings(out);
}

function dedupeFindings(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = `${x.code}:${x.span.start}:${x.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// not the last digit of a decimal: 1.5保障措施 is a PUE figure before a heading, not five measures
const COUNT_ZH =
  /(?<![第一二三四五六七八九十\d.])([一二两三四五六七八九十]|\d{1,2})[ \t]{0,2}(个|项|条|大|点)?[ \t]{0,2}(?:方面的)?(基本原则|主要任务|重点任务|保障措施|部分|方面(?:的)?(?:发展)?目标)/g;
const COUNT_EN =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,2}(basic\s{1,2}principles|principles|main\s{1,2}tasks|key\s{1,2}tasks|major\s{1,2}tasks|tasks|guarantee\s{1,2}measures|safeguard\s{1,2}measures|safeguards|supporting\s{1,2}measures|measures|parts|objective\s{1,2}areas|areas\s{1,2}of\s{1,2}objectives)\b/gi;
function countId(noun: string): string {
  const n = noun.toLowerCase();
  if (/原则|principle/.test(n)) return 'principles';
  if (/任务|task/.test(n)) return 'main-tasks';
  if (/措施|measure|safeguard/.test(n)) return 'guarantee-measures';
  if (/部分|part/.test(n)) return 'parts';
  return 'objective-areas';
}

export function checkCounts(inp: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const [re, lang] of [
    [COUNT_ZH, 'zh'],
    [COUNT_EN, 'en'],
  ] as const) {
    for (const m of execAll(re, inp.f, inp.blocks)) {
      const raw = m[1];
      if (lang === 'zh' && m[3] === '部分' && (raw === '一' || (!m[2] && !/^[三四五六七八九十\d]$/.test(raw))))
        continue; // 一部分 means "some"
      const at = attributed(inp, m.index, true);
      if (!at) continue;
      const id = countId(lang === 'zh' ? m[3] : m[2]);
      const count = at.c.countsById.get(id);
      if (!count) continue;
      if (
        at.nodeId &&
        count.clause &&
        at.nodeId !== count.clause &&
        at.c.nodes.get(at.nodeId)?.kind === 'part' &&
        count.id !== 'parts'
      )
        continue;
      const value = lang === 'zh' ? parseZhNumber(raw) : parseEnNumber(raw);
      if (value === count.value) continue;
      const right =
        lang === 'zh'
          ? /\d/.test(raw)
            ? String(count.value)
            : zhNumeral(count.value)
          : /\d/.test(raw)
            ? String(count.value)
            : /^[A-Z]/.test(raw)
              ? enNumber(count.value)[0].toUpperCase() + enNumber(count.value).slice(1)
              : enNumber(count.value);
      const span = { start: m.index, end: m.index + raw.length };
      const node = count.clause ? at.c.nodes.get(count.clause) : undefined;
      out.push({
        code: 'count-mismatch',
        span,
        message: bi(
          `数量不符：${at.c.data.meta.number.zh}${count.id === 'parts' ? '共' : '提出'}${zhNumeral(count.value)}${count.id === 'parts' ? '个部分' : `项${count.label.zh}`}。`,
          `Wrong count: ${at.c.data.meta.number.en} has ${enNumber(count.value)} ${count.label.en}.`,
        ),
        related: related(at.c, node, lang),
        fixes: [fix(`改为“${right}”`, `Change to "${right}"`, span, right)],
      });
    }
  }
  return out;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DATE_ZH = /(\d{4})[ \t]{0,1}年(?:[ \t]{0,1}(\d{1,2})[ \t]{0,1}月(?:[ \t]{0,1}(\d{1,2})[ \t]{0,1}日)?)?/g;
const DATE_EN = new RegExp(
  `\\b(\\d{1,2})\\s{1,2}${MON},?\\s{1,2}(\\d{4})\\b|\\b${MON}\\s{1,2}(\\d{1,2}),?\\s{1,2}(\\d{4})\\b|\\b${MON}\\s{1,2}(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'g',
);
const ISSUE_ZH = /印发|颁布|下发|签发|出台|成文/;
const VERB_ZH = /^[ \t,，]{0,2}(?:由)?(?:国务院)?(?:正式)?(印发|发布|颁布|下发|出台|公布|签发|发出|成文)/;
const VERB_EN =
  /\b(issued|dated|promulgated|released|published|adopted|signed|made\s+public|announced)\b(?:\s{1,2}by\s{1,2}the\s{1,2}State\s{1,2}Council)?\s{0,2}(?:on|in|of)?\s{0,2}$/i;
const VERB_EN_AFTER =
  /^,?\s{0,2}the\s{1,2}State\s{1,2}Council\s{1,2}(issued|released|published|promulgated|adopted)\b/i;

export function checkDates(inp: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { f, r } = inp;
  const push = (
    m: RegExpExecArray,
    y: number,
    mo: number | undefined,
    d: number | undefined,
    verb: string,
    c: Corpus,
    lang: Lang,
    style: string,
  ) => {
    if (!c.data.meta.date.iso) return; // a user source without a date line: nothing to compare with
    const issue = c.data.meta.date.iso.split('-').map(Number);
    const pub = c.data.meta.published?.iso.split('-').map(Number);
    const same = (x: number[]) => x[0] === y && (mo === undefined || x[1] === mo) && (d === undefined || x[2] === d);
    const isIssueVerb = ISSUE_ZH.test(verb) || /issued|dated|promulgated|signed|adopted/i.test(verb);
    if (same(issue)) return;
    if (pub && same(pub) && !isIssueVerb) return;
    const span = { start: m.index, end: m.index + m[0].length };
    const right =
      lang === 'zh'
        ? c.data.meta.date.zh
        : style === 'mdy'
          ? `January ${issue[2]}, ${issue[0]}`
          : style === 'iso'
            ? c.data.meta.date.iso
            : c.data.meta.date.en;
    const note = pub && same(pub) ? c.data.meta.published!.note : undefined;
    out.push({
      code: 'date-mismatch',
      span,
      message: note
        ? bi(
            `${note.zh}；“${verb}”应写成文日期${c.data.meta.date.zh}。`,
            `${note.en}; for "${verb}" use the date of issue, ${c.data.meta.date.en}.`,
          )
        : bi(
            `日期不符：${c.data.meta.number.zh}的成文日期是${c.data.meta.date.zh}${pub ? `（${c.data.meta.published!.zh}公开发布）` : ''}。`,
            `Wrong date: ${c.data.meta.number.en} is dated ${c.data.meta.date.en}${pub ? ` (made public on ${c.data.meta.published!.en})` : ''}.`,
          ),
      related: related(c, c.nodes.get('date'), lang),
      fixes: [fix(`改为“${right}”`, `Change to "${right}"`, span, right)],
    });
  };
  for (const m of execAll(DATE_ZH, f, inp.blocks)) {
    if (/[〔[(]$/.test(f[m.index - 1] ?? '')) continue;
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const v = VERB_ZH.exec(after);
    if (!v) continue;
    // the document: named right after the verb, or before the date in the same sentence
    const tail = m.index + m[0].length + v[0].length;
    const next = contextFrom(r, tail, 8);
    const prev = contextAt(r, m.index);
    const docCtx =
      next ??
      (prev &&
      !prev.nodeId &&
      /^[ \t]{0,2}(?:是|由|为|系|于|在|,|，)?[ \t]{0,2}(?:国务院)?[ \t]{0,2}(?:于|在)?[ \t]{0,2}$/.test(
        f.slice(prev.end, m.index),
      )
        ? prev
        : undefined);
    if (!docCtx) continue;
    const c = corpusById(inp.lib, docCtx.docId);
    if (c) push(m, Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined, v[1], c, 'zh', 'zh');
  }
  for (const m of execAll(DATE_EN, f, inp.blocks)) {
    let y: number, mo: number | undefined, d: number | undefined, style: string;
    if (m[1]) {
      d = Number(m[1]);
      mo = monthOf(m[2]);
      y = Number(m[3]);
      style = 'dmy';
    } else if (m[4]) {
      mo = monthOf(m[4]);
      d = Number(m[5]);
      y = Number(m[6]);
      style = 'mdy';
    } else if (m[7]) {
      mo = monthOf(m[7]);
      y = Number(m[8]);
      style = 'my';
    } else {
      y = Number(m[9]);
      mo = Number(m[10]);
      d = Number(m[11]);
      style = 'iso';
    }
    const prev = contextAt(r, m.index);
    let verb: string | undefined;
    let docId: string | undefined;
    if (prev && !prev.nodeId) {
      const v = m.index - prev.end <= 80 ? VERB_EN.exec(f.slice(prev.end, m.index)) : null;
      if (v) {
        verb = v[1];
        docId = prev.docId;
      }
    }
    if (!verb) {
      const v = VERB_EN_AFTER.exec(f.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (v) {
        const tail = m.index + m[0].length + v[0].length;
        const next = contextFrom(r, tail, 10);
        if (next) {
          verb = v[1];
          docId = next.docId;
        }
      }
    }
    const c = corpusById(inp.lib, docId);
    if (verb && c) push(m, y, mo, d, verb, c, 'en', style);
  }
  return out;
}

/** The first document context starting within `within` characters after `tail`. */
function contextFrom(r: Resolved, tail: number, within: number): Resolved['contexts'][number] | undefined {
  for (let k = firstContextFrom(r, tail); k < r.contexts.length && r.contexts[k].start - tail <= within; k++)
    if (!r.contexts[k].nodeId) return r.contexts[k];
  return undefined;
}

function monthOf(s: string): number {
  const k = s.toLowerCase().replace('.', '');
  return MONTHS.findIndex((mn) => mn.startsWith(k.slice(0, 3))) + 1;
}

// ---- alias-undefined ------------------------------------------------------------------------------------
export function checkAliases({ r, lib, text }: CheckInput): Finding[] {
  const out: Finding[] = [];
  // The first use of each undefined name is the place to define it; later uses repeat the same problem.
  const seen = new Set<string>();
  for (const d of r.docs) {
    if (!d.undefinedAlias) continue;
    const c = corpusById(lib, d.docId);
    if (!c) continue;
    const written = text.slice(d.span.start, d.span.end);
    const key = canon(written).replace(/^(?:these|those|this|the|said)+/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const full =
      d.lang === 'zh'
        ? `《${c.data.meta.title.zh}》（${c.data.meta.number.zh}，以下简称${written}）`
        : `the ${c.data.meta.title.en} (${c.data.meta.number.en}, hereinafter "${written.replace(/^the\s+/i, '')}")`;
    out.push({
      code: 'alias-undefined',
      span: d.span,
      message: bi(
        `简称“${written}”前文未定义：首次引用请写全称和文号，如${full}。`,
        `"${written}" is used before any citation defines it: cite the full title and number first, e.g. ${full}.`,
      ),
      related: related(c, c.nodes.get('title'), d.lang),
      // "The Opinions" opening a sentence: the citation that replaces it opens the sentence too.
      fixes: [
        fix(
          '写出全称并定义简称',
          'Write the full citation and define the short name',
          d.span,
          /^The\b/.test(written) ? full.replace(/^the/, 'The') : full,
        ),
      ],
    });
  }
  return out;
}

export function runChecks(inp: CheckInput): Finding[] {
  // Two rules can say the same thing at the same place (到2017年“…2020年目标的原话…”: the quoted words' year and the
  // claim's year): one finding per code and range, the first rule's.
  const all = dedupeFindings([
    ...checkDocNumberFormat(inp),
    ...checkDocNumberMismatch(inp),
    ...checkTitle(inp),
    ...checkDates(inp),
    ...checkClauses(inp),
    ...checkQuotes(inp),
    ...checkTargets(inp),
    ...checkCounts(inp),
    ...checkAliases(inp),
  ]).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // A figure inside a misquotation is one error: the misquote's fix restores the figure too. Both lists are sorted by
  // start, so one pointer over the misquotes, keeping the furthest end of those that start at or before a finding.
  const misquotes = all.filter((x) => x.code === 'misquote');
  let mi = 0,
    misquoteEnd = -1;
  return all.filter((x) => {
    if (x.code !== 'target-mismatch') return true;
    while (mi < misquotes.length && misquotes[mi].span.start <= x.span.start)
      misquoteEnd = Math.max(misquoteEnd, misquotes[mi++].span.end);
    return x.span.end > misquoteEnd;
  });
}
