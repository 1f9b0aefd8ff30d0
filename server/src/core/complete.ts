// Completion and citation choices, still pure: text + offset + library → what a drafter may insert there.
// Every insertion is the standard form of a citation, so it analyses clean (the tests hold it to that).
import type { Analysis } from './analyze';
import { analyze } from './analyze';
import { clauseRef } from './labels';
import { Corpus, CorpusNode, Lang, langOf, nodeBody, partNode, sectionsOf } from './corpus';
import type { Span } from './model';
import { Library, contextAt, corpusById } from './resolve';
import { parseRoman, parseZhNumber, zhPunctuation } from './text';

export type ChoiceKind = 'document' | 'part' | 'section' | 'principle' | 'target';

/** One thing a drafter can cite, in one language. */
export interface CitationChoice {
  /** The node id, or `target:<id>` for a target. */
  id: string;
  kind: ChoiceKind;
  /** The clause as a drafter writes it: 第二部分第（四）项 / Part II, Section (4); the document's number for the document. */
  label: string;
  /** Its heading (or the target's words). */
  detail: string;
  /** The citation to insert: the document (full or by its defined short name) followed by the clause. */
  text: string;
}

export interface CompletionEntry {
  label: string;
  detail: string;
  /** A short excerpt of the clause, for the documentation pane. */
  documentation: string;
  /** Replaces `replace` (which ends at the offset). */
  insertText: string;
  filterText: string;
  replace: Span;
  kind: ChoiceKind;
  /** Keeps the Opinion's own order. */
  sortText: string;
}

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max) + '…';
}

/** 《国务院关于…的意见》（国发〔2015〕5号） / Opinions concerning … (GF No. (2015)5). */
export function documentCitation(corpus: Corpus, lang: Lang): string {
  const m = corpus.data.meta;
  return lang === 'zh' ? `《${m.title.zh}》（${m.number.zh}）` : `${m.title.en} (${m.number.en})`;
}

/** How the document is referred to in a citation: its defined short name, else the full standard form. */
function docPrefix(corpus: Corpus, lang: Lang, alias?: string): string {
  if (!alias) return documentCitation(corpus, lang);
  if (lang === 'zh') return /^《.*》$/.test(alias) ? alias : `《${alias}》`;
  return /^the\s/i.test(alias) ? alias : `the ${alias}`;
}

const SORT = (i: number) => String(i).padStart(4, '0');

/**
 * Everything the Opinion offers for citing — the document, its parts, sections, principles and targets — each
 * with the citation to insert. `alias` is a short name the draft already defined (《意见》, Opinions).
 */
export function citationChoices(corpus: Corpus, lang: Lang, alias?: string): CitationChoice[] {
  const doc = docPrefix(corpus, lang, alias);
  const sep = lang === 'zh' ? '' : ', ';
  const heading = (n: CorpusNode) => n.heading?.[lang] ?? '';
  const out: CitationChoice[] = [
    {
      id: 'title',
      kind: 'document',
      label: corpus.data.meta.number[lang],
      detail: corpus.data.meta.title[lang],
      text: alias ? doc : documentCitation(corpus, lang),
    },
  ];
  for (const part of corpus.parts) {
    out.push({
      id: part.id,
      kind: 'part',
      label: clauseRef(corpus, part, lang),
      detail: heading(part),
      text: doc + sep + clauseRef(corpus, part, lang),
    });
    for (const sec of sectionsOf(corpus, part.num ?? 0)) {
      const ref = clauseRef(corpus, sec, lang);
      out.push({ id: sec.id, kind: 'section', label: ref, detail: heading(sec), text: doc + sep + ref });
      for (const p of (corpus.children.get(sec.id) ?? []).filter((k) => k.kind === 'principle')) {
        const quoted = lang === 'zh' ? `${ref}提出的“${heading(p)}”原则` : `${ref}, the principle of "${heading(p)}"`;
        out.push({
          id: p.id,
          kind: 'principle',
          label: `${ref} ${heading(p)}`,
          detail: heading(p),
          text: doc + sep + quoted,
        });
      }
    }
  }
  for (const t of corpus.data.targets ?? []) {
    const node = corpus.nodes.get(t.clause);
    if (!node) continue;
    const ref = clauseRef(corpus, node, lang);
    const words = t.text[lang];
    const quoted = lang === 'zh' ? `${ref}提出的“${words}”` : `${ref}, which reads "${words}"`;
    out.push({
      id: `target:${t.id}`,
      kind: 'target',
      label: `${ref} ${t.year}`,
      detail: words,
      text: doc + sep + quoted,
    });
  }
  return out;
}

/** The short name of `docId` the draft defines before `offset`, if any. */
export function aliasBefore(a: Analysis, docId: string, offset: number): string | undefined {
  let name: string | undefined;
  for (const d of a.resolved.docs) {
    if (d.definesAlias && d.docId === docId && d.definesAlias.span.end <= offset) name = d.definesAlias.name;
  }
  return name;
}

/** Choices for a draft at an offset: in the draft's language, using the short name it defined. */
export function choicesAt(
  text: string,
  offset: number,
  lib: Library,
  lang?: Lang,
  a: Analysis = analyze(text, lib),
): { lang: Lang; choices: CitationChoice[] } {
  const corpus = corpusById(lib, lib.defaultId) ?? lib.corpora[0];
  const l = lang ?? (text.trim() ? langOf(text) : 'zh');
  if (!corpus) return { lang: l, choices: [] };
  // A short name defined in the other language does not fit.
  const alias = aliasBefore(a, corpus.id, offset);
  const fits = alias !== undefined && langOf(alias) === l;
  return { lang: l, choices: citationChoices(corpus, l, fits ? alias : undefined) };
}

// ---- Completion -------------------------------------------------------------------------------------------
const ZH_NUM = '[一二三四五六七八九十\\d]{1,3}';
/** 第二部分 followed by a partly typed section reference (第（四）项 / （四）). */
const ZH_AFTER_PART = new RegExp(`第(${ZH_NUM})部分([ \\t]?(?:第?(?:[（(](?:${ZH_NUM}[）)]?)?)?))$`);
/** Part II followed by a partly typed ", Section (4)". */
const EN_AFTER_PART =
  /\bPart[ \t]{1,2}([IVX]{1,4}|\d{1,2})((?:,[ \t]?|[ \t])(?:S(?:e(?:c(?:t(?:i(?:o(?:n)?)?)?)?)?)?[ \t]?(?:\(\d{0,2}\)?)?)?)?$/;
/** Inside 《: what has been typed of a title. */
const INSIDE_BOOK = /《([^《》\n]{0,60})$/;

/** Does the clause reference at `start` belong to the corpus (its document is named before it in the sentence)? */
function citesCorpus(a: Analysis, corpus: Corpus, start: number): boolean {
  const clause = a.resolved.clauses.find((c) => c.span.start === start);
  if (clause) return clause.docId === corpus.id;
  const ctx = contextAt(a.resolved, start);
  if (!ctx || ctx.docId !== corpus.id) return false;
  // Another document named between the Opinion and the reference takes the reference.
  return !a.resolved.docs.some((d) => d.docId !== corpus.id && d.span.start >= ctx.end && d.span.end <= start);
}

function excerpt(corpus: Corpus, node: CorpusNode, lang: Lang): string {
  const body = nodeBody(corpus, node, lang);
  return clip(lang === 'zh' ? zhPunctuation(body) : body, lang === 'zh' ? 160 : 360);
}

/**
 * Completion at `offset`: sections after 第…部分 / Part …; parts and sections after the Opinion's number, title
 * or short name; whole citations inside 《. Nothing anywhere else, and nothing for other documents.
 */
export function complete(text: string, offset: number, lib: Library, a?: Analysis): CompletionEntry[] {
  const corpus = corpusById(lib, lib.defaultId) ?? lib.corpora[0];
  if (!corpus || offset < 0 || offset > text.length) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 200), offset);
  const analysis = () => (a ??= analyze(text, lib));
  const at = (local: number) => offset - before.length + local;

  let m = ZH_AFTER_PART.exec(before);
  if (m) {
    const part = parseZhNumber(m[1]);
    if (!partNode(corpus, part) || !citesCorpus(analysis(), corpus, at(m.index))) return [];
    return sectionEntries(corpus, part, 'zh', { start: offset - m[2].length, end: offset });
  }
  m = EN_AFTER_PART.exec(before);
  if (m) {
    const part = parseRoman(m[1]);
    if (!partNode(corpus, part) || !citesCorpus(analysis(), corpus, at(m.index))) return [];
    return sectionEntries(corpus, part, 'en', { start: offset - (m[2] ?? '').length, end: offset });
  }
  m = INSIDE_BOOK.exec(before);
  if (m) {
    const replace = { start: offset - m[1].length, end: offset };
    // An editor that closed the bracket itself: replace the 》 as well.
    if (text[offset] === '》') replace.end = offset + 1;
    return bookEntries(corpus, replace);
  }
  return afterDocument(corpus, analysis(), text, offset);
}

function sectionEntries(corpus: Corpus, part: number, lang: Lang, replace: Span): CompletionEntry[] {
  return sectionsOf(corpus, part).map((sec, i) => {
    const insertText = lang === 'zh' ? `第${sec.label.zh}项` : `, Section ${sec.label.en}`;
    return {
      label: lang === 'zh' ? insertText : `Section ${sec.label.en}`,
      detail: sec.heading?.[lang] ?? '',
      documentation: excerpt(corpus, sec, lang),
      insertText,
      filterText: insertText,
      replace,
      kind: 'section' as const,
      sortText: SORT(i),
    };
  });
}

function bookEntries(corpus: Corpus, replace: Span): CompletionEntry[] {
  const title = corpus.data.meta.title.zh;
  return citationChoices(corpus, 'zh')
    .filter((c) => c.kind !== 'target')
    .map((c, i) => {
      const insertText = c.text.slice(1); // after the 《 already typed
      const node = corpus.nodes.get(c.id);
      const documentation =
        c.kind === 'document'
          ? `${corpus.data.meta.issuer.zh} · ${corpus.data.meta.date.zh}`
          : node
            ? excerpt(corpus, node, 'zh')
            : '';
      return {
        label: c.kind === 'document' ? `${title}》（${corpus.data.meta.number.zh}）` : `${c.label} ${c.detail}`,
        detail: c.kind === 'document' ? '' : c.detail,
        documentation,
        insertText,
        filterText: title + c.label,
        replace,
        kind: c.kind,
        sortText: SORT(i),
      };
    });
}

/** Right after the Opinion's number, title or short name: its parts and sections. */
function afterDocument(corpus: Corpus, a: Analysis, text: string, offset: number): CompletionEntry[] {
  const doc = [...a.resolved.docs].reverse().find((d) => d.span.end <= offset && d.span.end >= offset - 40);
  if (!doc || doc.docId !== corpus.id || doc.form === 'pronoun') return [];
  const gap = text.slice(doc.span.end, offset);
  const zh = /^(?:[，,][^，,）)\n]{0,12})?[）)》]?[ \t]?(第[一二三四五六七八九十]{0,2}部?)?$/.exec(gap);
  const en = /^(?:,[^,)\n]{0,30})?["”]?\)?(,?[ \t]?)(P(?:a(?:r(?:t)?)?)?[ \t]?[IVX]{0,4})?$/.exec(gap);
  const lang: Lang | undefined = doc.lang === 'zh' && zh ? 'zh' : doc.lang === 'en' && en ? 'en' : undefined;
  if (!lang) return [];
  const typed = (lang === 'zh' ? zh![1] : en![2]) ?? '';
  const replace = { start: offset - typed.length, end: offset };
  // English needs a comma and a space before the part unless the drafter typed them.
  const lead =
    lang === 'en' && !typed && !/,[ \t]?$|[ \t]$/.test(gap)
      ? ', '
      : lang === 'en' && !typed && /,$/.test(gap)
        ? ' '
        : '';
  const out: CompletionEntry[] = [];
  let i = 0;
  for (const part of corpus.parts) {
    for (const node of [part, ...sectionsOf(corpus, part.num ?? 0)]) {
      const ref = clauseRef(corpus, node, lang);
      out.push({
        label: ref,
        detail: node.heading?.[lang] ?? '',
        documentation: excerpt(corpus, node, lang),
        insertText: lead + ref,
        filterText: lead + ref,
        replace,
        kind: node.kind === 'part' ? 'part' : 'section',
        sortText: SORT(i++),
      });
    }
  }
  return out;
}
