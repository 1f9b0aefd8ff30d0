// Which document each document mention means: a number or title of a known source, a near title, another document,
// a description (国务院关于云计算发展的意见); then short names, generic names (《意见》, "the Opinions") and pronouns
// (该意见) in text order, each meaning the document its definition or the latest citation names.
import type { Corpus } from './corpus';
import type { DocMention, Span } from './model';
import { type Library, corpusById } from './library';
import { canon, similarity } from './text';
import { compareEnglishTitle, isShortEnglishTitle } from './en-titles';
import { REFERENCE_GAP } from './scan-references';

/** The document a mention stands for: a number written with a title means the title's document. */
export function effectiveDocId(d: DocMention): string | null {
  if (d.pairedWith && d.form === 'number') return d.pairedWith.docId ?? d.docId;
  return d.docId ?? d.pairedWith?.docId ?? null;
}

function matchNumber(lib: Library, d: DocMention): void {
  const n = d.number!;
  const same = lib.corpora.filter(
    (k) =>
      k.data.meta.number.agency === n.agency && k.data.meta.number.year === n.year && k.data.meta.number.seq === n.seq,
  );
  // A document given in two languages by two source files: the citation means the text in its own language.
  const c = same.find((k) => k.data.texts[d.lang] !== undefined) ?? same[0];
  d.docId = c ? c.id : null;
}

/** Titles: the exact title, a near title meaning a known document, or another document's title. */
function matchTitle(lib: Library, d: DocMention, f: string): void {
  const raw = d.title!.text;
  const t = canon(raw);
  // The exact title of any known document wins over a near title of one listed before it.
  const exact = lib.corpora.find(
    (c) => t === c.canonTitles.zh || t === c.canonTitles.shortZh || t === c.canonTitles.en,
  );
  if (exact) {
    d.form = 'title';
    d.docId = exact.id;
    return;
  }
  for (const c of lib.corpora) {
    const alts = c.data.meta.altTitles;
    if (t === c.canonTitles.zh || t === c.canonTitles.shortZh || t === c.canonTitles.en) {
      d.form = 'title';
      d.docId = c.id;
      return;
    }
    if (d.lang === 'en') {
      if ((alts?.en ?? []).some((a) => canon(a) === t)) {
        d.form = 'title';
        d.docId = c.id;
        return;
      }
      const before = f.slice(Math.max(0, d.span.start - 30), d.span.start);
      if (/(?:implementation|implementing|province|provincial|municipal|city|county)\W{0,3}$/i.test(before)) continue;
      const meaning = compareEnglishTitle(raw, c);
      if (meaning === 'other') continue;
      if (meaning !== 'unknown') {
        d.form = meaning === 'same' ? 'title' : 'near-title';
        d.docId = c.id;
        if (meaning === 'changed') d.nearDocId = c.id;
        return;
      }
      if (similarity(t, c.canonTitles.en) >= 0.85) {
        d.form = 'near-title';
        d.docId = c.id;
        d.nearDocId = c.id;
        return;
      }
      // another translation of the same title: only the default document's titles are scanned in free English form
      if (c.id !== (lib.defaultId ?? lib.corpora[0]?.id)) continue;
      d.form = 'title';
      d.docId = c.id;
      return;
    }
    if (isNearZhTitle(raw, t, c)) {
      d.form = 'near-title';
      d.docId = c.id;
      d.nearDocId = c.id;
      return;
    }
  }
  d.form = 'other-title';
  d.docId = null;
}

/** A description names a document when it has its issuer and a three-character stretch of its title's subject. */
function matchDescription(lib: Library, text: string): string | null {
  for (const c of lib.corpora) {
    if (!text.startsWith(c.data.meta.issuer.zh) && !/^云计算/.test(text)) continue;
    if (holdsSubjectStretch(text, c)) return c.id;
  }
  return null;
}

/** Whether `text` holds a three-character stretch of the subject of a document's Chinese title (what follows 关于,
 *  without 的意见): 云计算创新发展 of 国务院关于促进云计算创新发展培育信息产业新业态的意见. */
function holdsSubjectStretch(text: string, c: Corpus): boolean {
  const title = c.data.meta.title.zh;
  const subject = title.slice(title.indexOf('关于') + 2).replace(/的?意见$/, '');
  for (let i = 0; i + 3 <= subject.length; i++) if (text.includes(subject.slice(i, i + 3))) return true;
  return false;
}

function isNearZhTitle(raw: string, t: string, c: Corpus): boolean {
  if (/实施|贯彻|落实|办法|方案|规划|计划|纲要|通知/.test(raw)) return false;
  const issuer = canon(c.data.meta.issuer.zh);
  const at = raw.indexOf('关于');
  const prefix = at >= 0 ? raw.slice(0, at) : '';
  if (prefix && prefix !== c.data.meta.issuer.zh && prefix !== issuer + '办公厅') return false;
  const genre = c.canonTitles.zh.slice(-2);
  if (!t.endsWith(genre)) return false;
  return (
    similarity(t, c.canonTitles.zh) >= 0.6 ||
    (c.canonTitles.shortZh !== undefined && similarity(t, c.canonTitles.shortZh) >= 0.6)
  );
}

/** A title made of the document's own title's characters in order (关于云计算的意见, 云计算意见), holding a
 *  three-character stretch of its subject and ending in its genre: the title cut down. */
function isCutZhTitle(t: string, c: Corpus): boolean {
  const full = c.canonTitles.zh;
  if (t.length < 5 || !t.endsWith(full.slice(-2))) return false;
  let j = 0;
  for (let i = 0; i < t.length; i++) {
    j = full.indexOf(t[i], j);
    if (j < 0) return false;
    j++;
  }
  return holdsSubjectStretch(t, c);
}

/** Whether a mention names a document of the kind "opinion" (意见, Opinions): by its title, or the known document's. */
function isOpinion(m: DocMention, lib: Library): boolean {
  const title = m.title?.text ?? m.pairedWith?.title?.text;
  const known = corpusById(lib, m.docId ?? m.pairedWith?.docId);
  const t = title ?? known?.data.meta.title.zh;
  return t !== undefined && /意见|opinion/i.test(t);
}

/** A number with no title of its own after the words naming an opinion: the "Internet Plus" Guiding Opinions (GF
 *  No. (2015)40). Reads back to the mention before it, at most 120 characters, within its paragraph. */
function namedOpinion(d: DocMention, f: string, prevEnd: number): boolean {
  if (d.form !== 'number' || d.pairedWith) return false;
  const before = f.slice(Math.max(prevEnd, d.span.start - 120), d.span.start);
  // not past a blank line: "The Opinions call for …" a paragraph above does not name this number
  const para = before.lastIndexOf('\n\n');
  return /意见|opinions?\b/i.test(para < 0 ? before : before.slice(para + 2));
}

/** Whether two mentions name one document: a title and its number, one known document, or the same words. */
function sameDocument(a: DocMention, b: DocMention, f: string): boolean {
  if (a.pairedWith === b) return true;
  const ia = effectiveDocId(a),
    ib = effectiveDocId(b);
  if (ia || ib) return ia === ib;
  return wordsOf(a, f) === wordsOf(b, f);
}

/** Whether nothing ends a sentence between two offsets (at most 300 characters apart). */
function oneSentence(f: string, from: number, to: number): boolean {
  return to - from <= 300 && !/[。！？!?\n]|\.\s{1,3}[A-Z“"]/.test(f.slice(from, to));
}

/** A line of a reference list or a footnote: [3], 3., -, ¹, [^3]. */
const REFERENCE_LINE = /^[ \t]{0,3}(?:\[\d{1,3}\]|\d{1,3}[.)]|[-*+•]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\^\d{1,3}\]:?)[ \t]/;

/** Whether a title and the number after it are written together: 《…》（国发〔2015〕5号）, Title (GF No. (2015)5),
 *  Title, GF No. …, and as references write them ("Title." [Z]. GF No. …; Title, State Council, GF No. …). A bare
 *  full stop between them pairs them only on a line of a reference list or after the issuer. */
function pairedGap(f: string, title: DocMention, num: DocMention): boolean {
  const gap = f.slice(title.span.end, num.span.start);
  if (/^[ \t*_]{0,3}[([,]?[ \t]{0,2}$/.test(gap)) return true;
  if (title.lang !== 'en' || gap.length > 80) return false;
  const m = REFERENCE_GAP.exec(gap);
  if (!m || m.index !== 0) return false;
  if (!/^\.[ \t]{1,2}$/.test(gap)) return true;
  const head = f.slice(Math.max(0, title.span.start - 120), title.span.start);
  const nl = head.lastIndexOf('\n');
  const line = nl < 0 && title.span.start > head.length ? ` ${head}` : head.slice(nl + 1); // a long line is no entry
  return REFERENCE_LINE.test(line) || /State\s{1,2}Council\W{1,4}(?:\(?\d{4}[a-z]?\)?\W{1,3})?$/.test(line);
}

/** Title and number written together: each pair names one document, and the number says which when the title is
 *  a translation of a source known in one language only or a short English name of its title. */
function pairTitlesWithNumbers(lib: Library, docs: DocMention[], f: string): void {
  for (let i = 0; i + 1 < docs.length; i++) {
    const a = docs[i],
      b = docs[i + 1];
    if (!a.title || b.form !== 'number') continue;
    if (pairedGap(f, a, b)) {
      a.pairedWith = b;
      b.pairedWith = a;
      // a translated title of a source known in one language only: the number says which document it is
      const byNumber = corpusById(lib, b.docId);
      if (a.form === 'other-title' && byNumber && byNumber.data.texts[a.lang] === undefined) {
        a.form = 'title';
        a.docId = byNumber.id;
      }
      // "the Opinions on Cloud Computing (GF No. (2015)5)": a short English name made of the title's own words is the
      // numbered document named short, not another document's title
      if (a.form === 'other-title' && a.lang === 'en' && byNumber && isShortEnglishTitle(a.title.text, byNumber)) {
        a.form = 'title';
        a.docId = byNumber.id;
      }
      // 《关于云计算的意见》（国发〔2015〕5号）: a Chinese title cut down from the numbered document's own (its words in
      // order, a stretch of its subject among them) is that document with its title written wrong, not another one
      if (a.form === 'other-title' && a.lang === 'zh' && byNumber && isCutZhTitle(canon(a.title.text), byNumber)) {
        a.form = 'near-title';
        a.docId = byNumber.id;
        a.nearDocId = byNumber.id;
      }
    }
  }
}

/** A document mention before the stretch of the draft being resolved, as the resolution of generic names remembers
 *  it: the document it means and its words (two mentions of unknown documents are one when their words are). */
export interface EarlierDoc {
  earlier: true;
  docId: string | null;
  key: string;
}

/** What resolving the document mentions of a stretch of a draft reads from the draft before it (segments.ts); offsets
 *  from the stretch's start. `resolveDocs` leaves in it the same for the draft up to the stretch's end. */
export interface DocState {
  /** Short names defined before: comparison name → the document the latest definition names. */
  defs: ReadonlyMap<string, string | null>;
  /** Definitions made in the stretch, in text order: comparison name → document (set by resolveDocs). */
  defined: [string, string | null][];
  last?: EarlierDoc;
  lastOpinion?: EarlierDoc;
  twoOpinions?: [Span, Span];
  /** The documents the pair means (as written at the places `twoOpinions` gives). */
  twoIds?: [string | null, string | null];
  /** Set by resolveDocs: the pair at the stretch's end is the one it was given (none made in the stretch). */
  keptTwo?: boolean;
  /** Set by resolveDocs: the mentions made ambiguous by the pair it was given (their spans are the given pair's). */
  givenTwo?: DocMention[];
}

type Ref = DocMention | EarlierDoc;
const isEarlier = (x: Ref): x is EarlierDoc => 'earlier' in x;
const idOf = (x: Ref): string | null => (isEarlier(x) ? x.docId : effectiveDocId(x));

/** The words two mentions of unknown documents are compared by: the number's, or the title's. */
function wordsOf(m: DocMention, f: string): string {
  const n = m.form === 'number' ? m : (m.pairedWith ?? m);
  return canon(f.slice(n.span.start, n.span.end));
}

/** Where an ambiguity names a mention: by its number when it has one. */
function ambOf(m: DocMention): Span {
  return (m.pairedWith?.form === 'number' ? m.pairedWith : m).span;
}

/** The document of the mention an ambiguity names (its number when it has one), as written there. */
function ambIdOf(m: DocMention): string | null {
  return (m.pairedWith?.form === 'number' ? m.pairedWith : m).docId ?? null;
}

/** A mention as the next stretch remembers it. */
function earlierDoc(x: Ref, f: string): EarlierDoc {
  if (isEarlier(x)) return x;
  // the words tell two mentions apart only when neither names a known document (sameDocument)
  const docId = effectiveDocId(x);
  return { earlier: true, docId, key: docId ? '' : wordsOf(x, f) };
}

/** Numbers, titles and descriptions each by themselves, then titles written with their numbers. */
function matchDocs(lib: Library, docs: DocMention[], f: string): void {
  for (const d of docs) {
    if (d.form === 'number') matchNumber(lib, d);
    else if (d.form === 'description') d.docId = matchDescription(lib, d.title!.text);
    else if (d.title) matchTitle(lib, d, f);
  }
  pairTitlesWithNumbers(lib, docs, f);
}

/** Decides which document each document mention means: numbers, titles, descriptions, title-number pairs, then
 *  aliases, generic names and pronouns in text order. `state`: what the draft before `f` leaves (see DocState). */
export function resolveDocs(lib: Library, docs: DocMention[], f: string, state?: DocState): void {
  matchDocs(lib, docs, f);
  // Aliases, generic mentions and pronouns, in text order.
  // Definitions by comparison name, in text order: one lookup per use, not a pass over every definition.
  const defs = new Map<string, { at: number; docId: string | null }[]>();
  let last: Ref | undefined = state?.last;
  // For a generic name (《意见》, 该意见, "the Opinions"): the latest document of that kind — an opinion — cited before
  // it, skipping bare numbers of unknown documents and documents of other kinds (纲要, 通知 …).
  let lastOpinion: Ref | undefined = state?.lastOpinion;
  const genreMatch = (name: string) => (/意见|opinion/i.test(name) ? lastOpinion : undefined);
  // Two different opinions cited in one sentence (…5号）和《…的意见》（…32号）): a later 《意见》 with no definition
  // could mean either, and is resolved to neither.
  let twoOpinions: [Span, Span] | undefined = state?.twoOpinions;
  let twoIds: [string | null, string | null] = state?.twoIds ?? [null, null];
  let given = !!twoOpinions; // the pair is still the one the state gave
  const givenTwo: DocMention[] = [];
  let prevEnd = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    // 《意见》（国发〔2015〕5号）: a short name written with its number names that document.
    const next = docs[i + 1];
    if (
      (d.form === 'alias' || d.form === 'generic') &&
      next?.form === 'number' &&
      /^[ \t*_]{0,3}[(,]?[ \t]{0,2}$/.test(f.slice(d.span.end, next.span.start))
    ) {
      d.docId = next.docId;
      d.pairedWith = next;
      next.pairedWith = d;
      continue;
    }
    if (d.form === 'alias' || d.form === 'generic') {
      const name = canon(f.slice(d.span.start, d.span.end)).replace(/^(the|these|said|those|this)/, '');
      const same = defs.get(name) ?? [];
      let def: { docId: string | null } | undefined;
      for (let k = same.length - 1; k >= 0 && !def; k--) if (same[k].at <= d.span.start) def = same[k];
      if (!def && state?.defs.has(name)) def = { docId: state.defs.get(name)! };
      if (def) {
        d.docId = def.docId;
        d.form = 'alias';
      } else if (d.form === 'alias') d.docId = null;
      else if (twoOpinions && /意见|opinion/i.test(name)) {
        d.docId = null;
        d.ambiguousWith = twoOpinions.map((s) => ({ ...s }));
        d.ambiguousDocIds = [...twoIds];
        if (given) givenTwo.push(d);
      } else if (last) d.docId = idOf(genreMatch(name) ?? last);
      else {
        d.undefinedAlias = true;
        d.docId = lib.defaultId ?? null;
      }
      continue;
    }
    if (d.form === 'pronoun') {
      d.docId = last ? idOf(genreMatch(canon(f.slice(d.span.start, d.span.end))) ?? last) : null;
      continue;
    }
    last = d;
    if (isOpinion(d, lib) || namedOpinion(d, f, prevEnd)) {
      // an opinion cited before this stretch is never in the same sentence (a blank line is between)
      if (lastOpinion) given = false;
      if (lastOpinion && isEarlier(lastOpinion)) twoOpinions = undefined;
      else if (lastOpinion && !sameDocument(lastOpinion, d, f)) {
        const together = oneSentence(f, lastOpinion.span.end, d.span.start);
        twoOpinions = together ? [ambOf(lastOpinion), ambOf(d)] : undefined;
        if (together) twoIds = [ambIdOf(lastOpinion), ambIdOf(d)];
      } else if (lastOpinion && d.pairedWith !== lastOpinion && !oneSentence(f, lastOpinion.span.end, d.span.start))
        twoOpinions = undefined;
      lastOpinion = d;
    }
    prevEnd = d.span.end;
    if (d.definesAlias) {
      const key = canon(d.definesAlias.name).replace(/^the/, '');
      const list = defs.get(key) ?? [];
      list.push({ at: d.definesAlias.span.end, docId: effectiveDocId(d) });
      defs.set(key, list);
      state?.defined.push([key, effectiveDocId(d)]);
    }
  }
  if (state) {
    state.last = last && earlierDoc(last, f);
    state.lastOpinion = lastOpinion && earlierDoc(lastOpinion, f);
    state.twoOpinions = twoOpinions;
    state.twoIds = twoOpinions && twoIds;
    state.keptTwo = given && !!twoOpinions;
    state.givenTwo = givenTwo;
  }
}
