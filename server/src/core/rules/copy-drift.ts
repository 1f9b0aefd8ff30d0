// copy-drift: a passage restated from a source (an echo: quoted or not, cited or not) with a word, figure or negation
// changed inside an otherwise exact run — 推动公共数据开放 → 开发, 电子商务 → 电子政务, 减少 → 建设, 5% → 10%, a dropped
// 不, 约为2⁶⁰字节 → 260字节. Legitimate adaptation raises nothing: the drafter's own subject (我国 → 我省, 全市), the
// draft's own figures and years where it states its own goals, words added between copied runs, words left out, and
// punctuation, width and traditional characters (the comparison form ignores them).
import type { Corpus, Lang } from '../corpus';
import type { Echo, EchoOp } from '../echoes';
import { clauseLabel, fix, related } from '../labels';
import { corpusById } from '../library';
import type { RuleFinding, Span } from '../model';
import { zhPunctuation } from '../text';
import { OWN_COLUMN, OWN_ZH, SELF_MARK } from '../attribution';
import type { CheckContext } from './context';

/** At most this much changed on each side is a changed word; more is the drafter's own rewording. */
const MAX_CHANGE: Record<Lang, number> = { zh: 4, en: 24 };
/** Exactly copied units that must stand on each side of a change for it to be inside a copied run. */
const CONTEXT: Record<Lang, number> = { zh: 2, en: 3 };

const NEGATION_ZH = /[不未无非没勿]|禁止|停止/;
/** Words that hold a negation character without negating: 不断 (continually), 不仅, 未来, 非常 … */
const NOT_NEGATION_ZH = /不断|不仅|不少|不同|不止|不但|不管|无论|未来|非常|并非/g;
const NEGATION_EN = /\b(?:not|no|never|without|non|nor|cannot)\b|n't\b/i;
/** The source's own subject and the draft's: a province's plan writes 我省 where the Opinion writes 我国, 各区县 for 地方,
 *  省级财政资金 for 政府资金; a translation writes China's for "our country's". */
const NATIONAL = /国|全国|国家|各地|地方|中央|政府|china|nation|national|country|state\b|government/i;
const OWN =
  /[省市区县州各]|本地|我们|自治区|中国|china|chinese|province|provincial|city|municipal|county|region|district|local|\bour\b|\bwe\b/i;
/** A place or body the drafter names as its own (全市, 本区, 我省, 区财政局, 市级): a subject of its own, whatever it
 *  replaces. */
const OWN_PLACE = /[全本我][省市区县州]|^[省市区县州](?:级|委|政府|财政|发改|经信|大数据|[^，。、]{0,2}[局委办厅])/;
/** Names of documents: a plan restating the Opinion's title calls itself 实施方案. */
const GENRE = /意见|方案|计划|通知|办法|规划|纲要|opinions?|plan|notice|measures/i;
const FIGURE = /[\d⁰¹²³⁴⁵⁶⁷⁸⁹百千万亿]/;
/** Words that say how a figure compares: more than, less than, about. */
const LOWER_WORDS = /以下|以内|低于|不超过|less\s+than|at\s+most|under|below|up\s+to/i;
const HIGHER_WORDS = /以上|高于|超过|more\s+than|at\s+least|over|above/i;
const COMPARATOR = new RegExp(
  `${LOWER_WORDS.source}|${HIGHER_WORDS.source}|优于|左右|约|近|大约|better\\s+than|about|around|approximately|nearly`,
  'i',
);
/** Words of degree a goal is set with (基本普及 → 全面普及): like figures, the draft's own where it states its own goals. */
const DEGREE = /基本|全面|初步|显著|大幅|明显|逐步|普遍|进一步|basically|fully|initially|substantially|notably/i;
/** Words that join a sentence rather than say something: a drafter's own joining words are rewording, not drift. */
const FUNCTION_ZH = /按照|根据|提出的|进行|的|了|是|为|对|和|与|及|以|在|将|把|被|由|等|其|之|而|并|或|要|应|须/g;
const FUNCTION_EN =
  /\b(?:a|an|the|and|or|of|to|in|into|within|on|at|by|for|from|with|as|is|are|be|been|being|was|were|will|shall|should|must|may|can|could|would|that|which|this|these|those|its|their|it|they)\b/gi;
/** Words drafters use for one another where the meaning stays. */
const SYNONYMS = [
  ['工程', '项目'],
  ['projects', 'programmes', 'programs'],
];

export function checkCopyDrift(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  // whether a sentence names the drafter's own place or body (全省, 我市, "our province"): once per sentence, however
  // many echoes a long paragraph without full stops holds
  const ownSentence = new Map<number, boolean>();
  // the drafter's own figures, found in resolution beside the document's (…减少12%，超过《意见》提出的…)
  const ownFigures = ctx.r.claims.filter((k) => k.own).map((k) => k.span);
  for (const e of ctx.r.echoes) {
    const c = corpusById(ctx.lib, e.docId);
    if (!c || c.nodes.get(e.nodeId)?.kind === 'title') continue; // a plan's title restates the Opinion's on purpose
    const s = ctx.look.sentenceOf(e.span.start);
    if (!ownSentence.has(s)) {
      const sentence = ctx.look.sentence(s);
      ownSentence.set(s, SELF_MARK.test(sentence) || OWN_ZH.test(sentence));
    }
    // a table's response column (我市落实情况, "Our response") holds the drafter's own figures
    const cell = ctx.look.tableCell(e.span.start);
    const ownColumn = !!cell && OWN_COLUMN.test(ctx.f.slice(cell.header.start, cell.header.end));
    const own = ownSentence.get(s)! || ownColumn || OWN.test(draftAdded(e)) || overlapsAny(ownFigures, e.span);
    for (let k = 0; k < e.ops.length; k++) {
      const o = e.ops[k];
      if (o.op === 'same') continue;
      const why = drift(c, e, k, own, ctx.text, ctx.f);
      if (why) out.push(finding(ctx, c, e, o, why));
      else if (o.op === 'added') {
        // 大幅减少政府自建数据中心数量 → 政府自建数据中心数量大幅建设: a phrase moved and a word of it changed
        const moved = movedFrom(c, e, o, ctx.text);
        if (moved) out.push(finding(ctx, c, e, { ...o, source: moved.source }, 'word'));
      }
    }
  }
  return out;
}

/** Whether `span` shares text with one of `sorted` (sorted by start, not overlapping one another much). */
function overlapsAny(sorted: Span[], span: Span): boolean {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end > span.start) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length && sorted[lo].start < span.end;
}

/** The words an addition was moved from, with one of them changed: an omission of the same echo as long (give or
 *  take one unit), sharing most of its characters, not the same. */
function movedFrom(c: Corpus, e: Echo, o: EchoOp, text: string): EchoOp | undefined {
  if (e.lang !== 'zh') return undefined;
  const src = c.data.texts.zh!;
  const mine = text.slice(o.draft.start, o.draft.end).replace(/[\s\p{P}]/gu, '');
  if (mine.length < 2 || mine.length > MAX_CHANGE.zh) return undefined;
  for (const x of e.ops) {
    if (x.op !== 'omitted') continue;
    const theirs = src.slice(x.source[0], x.source[1]).replace(/[\s\p{P}]/gu, '');
    if (theirs === mine || Math.abs(theirs.length - mine.length) > 1) continue;
    const shared = [...mine].filter((ch, i) => theirs[i] === ch).length;
    if (shared * 2 >= mine.length && oneForOne(mine, theirs, 'zh')) return x;
  }
  return undefined;
}

/** Everything the draft added or changed in an echo, joined: where its own subject shows. */
function draftAdded(e: Echo): string {
  return e.ops
    .filter((o) => o.op !== 'same' && o.text)
    .map((o) => o.text)
    .join(' ');
}

type Why = 'negation' | 'figure' | 'word';

/** Whether op `k` of an echo changes what the source says, and how. */
function drift(c: Corpus, e: Echo, k: number, ownGoals: boolean, text: string, folded: string): Why | undefined {
  const o = e.ops[k];
  const lang = e.lang;
  const src = c.data.texts[lang]!;
  const mine = text.slice(o.draft.start, o.draft.end);
  const theirs = src.slice(o.source[0], o.source[1]);
  const len = (s: string) => (lang === 'zh' ? s.replace(/[\s\p{P}]/gu, '').length : s.length);
  if (len(mine) > MAX_CHANGE[lang] || len(theirs) > MAX_CHANGE[lang]) return undefined;
  if (negated(mine, lang) !== negated(theirs, lang)) return 'negation';
  if (o.op !== 'changed') return undefined; // words added between copied runs, or left out: the drafter's own
  if (!between(e, k, lang)) return undefined;
  if (GENRE.test(mine) || GENRE.test(theirs)) return undefined;
  // 5%以上 → 5%左右: a comparator changed is drift only where it turns the figure's direction (以上 → 以下)
  const myWords = lang === 'zh' ? folded.slice(Math.max(0, o.draft.start - 1), o.draft.end + 1) : mine;
  const theirWords = lang === 'zh' ? src.slice(Math.max(0, o.source[0] - 1), o.source[1] + 1) : theirs;
  if (COMPARATOR.test(myWords) && COMPARATOR.test(theirWords) && !FIGURE.test(mine + theirs))
    return LOWER_WORDS.test(myWords) !== LOWER_WORDS.test(theirWords) &&
      HIGHER_WORDS.test(myWords) !== HIGHER_WORDS.test(theirWords)
      ? 'word'
      : undefined;
  if (FIGURE.test(mine) || FIGURE.test(theirs)) return ownGoals ? undefined : 'figure';
  if (lang === 'zh' && !oneForOne(mine, theirs, lang)) return undefined; // a phrase for a word, joining words: rewording
  if (ownGoals && (DEGREE.test(mine) || DEGREE.test(theirs))) return undefined;
  if (NATIONAL.test(theirs) && OWN.test(mine)) return undefined; // 我国 → 我省: the drafter's own subject
  // 全市 for 城市, 区财政局 for 网信办, 中国 for 我国: read in the folded draft (traditional characters simplified)
  const near = folded.slice(Math.max(0, o.draft.start - 1), o.draft.end + 1);
  if (lang === 'zh' && (OWN_PLACE.test(near) || OWN_PLACE.test(folded.slice(o.draft.start, o.draft.end))))
    return undefined;
  const theirsNear = src.slice(Math.max(0, o.source[0] - 1), o.source[1] + 1);
  if (lang === 'zh' && NATIONAL.test(theirsNear) && /中国/.test(near)) return undefined;
  if (lang === 'zh') return 'word';
  // English drafts re-translate: a word for a synonym is the drafter's choice; a word for its opposite, for the
  // opposite prefixed (orderly → disorderly), or one member of a compound term for another (e-commerce → e-government)
  // changes what the Opinion says
  return contrasts(wholeWords(text, o.draft.start, o.draft.end), wholeWords(src, o.source[0], o.source[1]))
    ? 'word'
    : undefined;
}

/** A word for a word: the same number of characters give or take one (Chinese) or of words (English), neither side
 *  only joining words, and not two words drafters use for one another. */
function oneForOne(mine: string, theirs: string, lang: Lang): boolean {
  const fn = lang === 'zh' ? FUNCTION_ZH : FUNCTION_EN;
  const content = (s: string) =>
    s
      .replace(/[\s\p{P}\p{S}]/gu, lang === 'zh' ? '' : ' ')
      .replace(fn, ' ')
      .trim();
  const a = content(mine),
    b = content(theirs);
  if (!a || !b) return false;
  const size = (s: string) => (lang === 'zh' ? s.replace(/\s/g, '').length : s.split(/\s+/).length);
  if (Math.abs(size(a) - size(b)) > (lang === 'zh' ? 1 : 0)) return false;
  const x = a.toLowerCase(),
    y = b.toLowerCase();
  return !SYNONYMS.some((set) => set.some((w) => x.includes(w)) && set.some((w) => y.includes(w) && !x.includes(w)));
}

/** The words a stretch of English stands in, whole: e-commerce where the change is "commerce". */
function wholeWords(text: string, start: number, end: number): string {
  let a = start,
    b = end;
  while (a > 0 && /[A-Za-z-]/.test(text[a - 1])) a--;
  while (b < text.length && /[A-Za-z-]/.test(text[b])) b++;
  return text.slice(a, b);
}

function negated(s: string, lang: Lang): boolean {
  return lang === 'zh' ? NEGATION_ZH.test(s.replace(NOT_NEGATION_ZH, '')) : NEGATION_EN.test(s);
}

/** English words whose replacement by the other reverses what a policy asks. */
const OPPOSITES: [string, string][] = [
  ['reduce', 'increase'],
  ['decrease', 'increase'],
  ['reduce', 'expand'],
  ['strengthen', 'weaken'],
  ['strengthen', 'relax'],
  ['grant', 'refuse'],
  ['grant', 'deny'],
  ['support', 'restrict'],
  ['support', 'oppose'],
  ['encourage', 'restrict'],
  ['encourage', 'discourage'],
  ['encourage', 'prohibit'],
  ['promote', 'restrict'],
  ['promote', 'limit'],
  ['accelerate', 'slow'],
  ['speed', 'slow'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['higher', 'lower'],
  ['better', 'worse'],
  ['open', 'close'],
  ['openness', 'closure'],
  ['openness', 'exploitation'],
  ['opening', 'exploitation'],
  ['explore', 'restrict'],
  ['international', 'domestic'],
  ['near', 'far'],
  ['close', 'far'],
  ['avoid', 'encourage'],
  ['avoid', 'promote'],
  ['prevent', 'encourage'],
  ['prevent', 'promote'],
  ['prohibit', 'allow'],
  ['forbid', 'permit'],
  ['restrict', 'relax'],
  ['responsibility', 'right'],
  ['responsibilities', 'rights'],
  ['public', 'private'],
  ['centralized', 'decentralized'],
  ['must', 'may'],
];
const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ed|es|s|ly|ment)$/, '');

function contrasts(mine: string, theirs: string): boolean {
  const words = (s: string) =>
    (s.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).filter((w) => !w.match(FUNCTION_EN_WORD));
  const a = words(mine),
    b = words(theirs);
  if (!a.length || !b.length || a.length > 3 || b.length > 3) return false;
  return a.some((x) => b.some((y) => opposed(x, y)));
}

const FUNCTION_EN_WORD = new RegExp(`^(?:${FUNCTION_EN.source.replace(/\\b/g, '')})$`, 'i');

/** Two English words that say opposite things (reduce/increase), or one the negative of the other (orderly /
 *  disorderly), or two members of one compound term (e-commerce / e-government). */
function opposed(x: string, y: string): boolean {
  const opposite = OPPOSITES.some(
    ([p, q]) => (stem(x) === stem(p) && stem(y) === stem(q)) || (stem(x) === stem(q) && stem(y) === stem(p)),
  );
  // disorderly ↔ orderly, incomplete ↔ complete: the same word with a negative prefix
  const prefixed = [x, y].some(
    (w, i) => /^(?:dis|un|in|im|ir|il|non)-?/.test(w) && w.replace(/^(?:dis|un|in|im|ir|il|non)-?/, '') === [y, x][i],
  );
  // e-commerce ↔ e-government: a compound term with another second member
  const [x1, x2 = ''] = x.split('-'),
    [y1, y2 = ''] = y.split('-');
  let common = 0;
  while (common < x2.length && x2[common] === y2[common]) common++;
  const compound = x1 === y1 && x2 !== y2 && common < 4; // newly-build → newly-built is the same word
  return opposite || prefixed || compound;
}

/** A change inside a copied run: exactly copied words right before and after it (or the echo's end after it). */
function between(e: Echo, k: number, lang: Lang): boolean {
  const size = (o: EchoOp | undefined) => (o && o.op === 'same' ? o.draft.end - o.draft.start : 0);
  // a word of the source left out right beside the change (c. 2⁶⁰ → about 260) does not part it from its run
  const near = (dir: 1 | -1) => {
    let j = k + dir;
    while (e.ops[j]?.op === 'omitted') j += dir;
    return e.ops[j];
  };
  const before = size(near(-1)),
    after = size(near(1));
  const n = CONTEXT[lang];
  // at an end of the echo (到2020年，… / … better than 1.4.) the other side must hold the run
  const atStart = k <= 1,
    atEnd = k === e.ops.length - 1;
  return (before >= n || (atStart && after >= 2 * n)) && (after >= n || (atEnd && before >= 2 * n));
}

/** The words around a change, in the draft and in the source, for the message: …推动公共数据开发、信息… */
function around(e: Echo, o: EchoOp, text: string, src: string, lang: Lang): { mine: string; theirs: string } {
  const pad = lang === 'zh' ? 14 : 40;
  const k = e.ops.findIndex((x) => x.draft.start === o.draft.start && x.draft.end === o.draft.end);
  const prev = e.ops[k - 1],
    next = e.ops[k + 1];
  // as far as the phrase goes on each side, at most `pad` units
  const cut = (s: string, from: number, to: number, at: number, end: number) => {
    const before = s.slice(from, at),
      after = s.slice(end, to);
    const stop = lang === 'zh' ? /[，。；、：,.;:!?！？“”"\n（）()《》]/ : /[,.;:!?"\n()]/;
    const b = before.split('').reverse().join('').search(stop);
    const a = after.search(stop);
    return s.slice(b >= 0 ? at - b : from, a >= 0 ? end + a : to);
  };
  const dFrom = prev ? Math.max(prev.draft.start, o.draft.start - pad) : o.draft.start;
  const dTo = next ? Math.min(next.draft.end, o.draft.end + pad) : o.draft.end;
  // a phrase moved in the draft has its source words elsewhere: show those words themselves
  const moved = (prev && o.source[0] < prev.source[0]) || (next && o.source[1] > next.source[1]);
  const sFrom = prev && !moved ? Math.max(prev.source[0], o.source[0] - pad) : o.source[0];
  const sTo = next && !moved ? Math.min(next.source[1], o.source[1] + pad) : o.source[1];
  const theirs = cut(src, sFrom, sTo, o.source[0], o.source[1]);
  return {
    mine: cut(text, dFrom, dTo, o.draft.start, o.draft.end),
    theirs: lang === 'zh' ? zhPunctuation(theirs) : theirs,
  };
}

/** A change widened to the whole number or word it is part of, on both sides alike: 260 for 2⁶⁰, not 60 for ⁶⁰. */
function widened(o: EchoOp, text: string, src: string): EchoOp {
  const part = /[0-9A-Za-z.%⁰¹²³⁴⁵⁶⁷⁸⁹]/;
  let a = o.draft.start,
    b = o.draft.end,
    x = o.source[0],
    y = o.source[1];
  // the same unit before both sides, and after: part of one token the alignment cut
  while (a > 0 && x > 0 && part.test(text[a - 1]) && text[a - 1] === src[x - 1] && (a === b || part.test(text[a]))) {
    a--;
    x--;
  }
  while (
    b < text.length &&
    y < src.length &&
    part.test(text[b]) &&
    text[b] === src[y] &&
    part.test(text[b - 1] ?? '')
  ) {
    b++;
    y++;
  }
  return { ...o, draft: { start: a, end: b }, source: [x, y] };
}

function finding(ctx: CheckContext, c: Corpus, e: Echo, change: EchoOp, why: Why): RuleFinding {
  const node = c.nodes.get(e.nodeId)!;
  const src = c.data.texts[e.lang]!;
  const o = why === 'figure' ? widened(change, ctx.text, src) : change;
  const { mine, theirs } = around(e, o, ctx.text, src, e.lang);
  const where = (l: Lang) => clauseLabel(c, node, l);
  const num = c.data.meta.number;
  const what: Record<Why, { zh: string; en: string }> = {
    negation: { zh: '否定与原文相反', en: 'The negation differs from the source' },
    figure: { zh: '数字与原文不符', en: 'A figure differs from the source' },
    word: { zh: '措辞与原文不符', en: 'The wording differs from the source' },
  };
  // an omitted negation is restored where it was left out; a changed or added word is put back as the source has it
  const span: Span = { start: o.draft.start, end: o.draft.end };
  const right =
    e.lang === 'zh' ? zhPunctuation(src.slice(o.source[0], o.source[1])) : src.slice(o.source[0], o.source[1]);
  return {
    code: 'copy-drift',
    span,
    message: {
      zh: `${what[why].zh}：${num.zh}${where('zh')}为“${theirs}”，此处作“${mine}”。`,
      en: `${what[why].en}: ${num.en}, ${where('en')}, says "${theirs}"; this passage has "${mine}".`,
    },
    related: related(c, node, e.lang, e.source.range),
    fixes: [
      fix(
        right ? `改为原文“${right}”` : '删去原文没有的字词',
        right ? `Use the source's "${right}"` : 'Remove the words the source does not have',
        span,
        right,
        false,
      ),
    ],
  };
}
