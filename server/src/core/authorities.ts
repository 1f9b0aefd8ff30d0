// Table of authorities (引用文件清单): every document a draft cites — one row per document, in the library or not —
// with every place it is cited and, for each citation, whether its title and number name the same document and
// whether the number is written as GB/T 9704-2012 has it. Reviewers know it from the tables of authorities of
// Westlaw and Lexis briefs. Pure: an analysis and the library in, plain data out (offsets only, no Maps or classes),
// so the command line, the editor's view and a web page can all take it as it is.
import type { Analysis } from './analyze';
import type { Bilingual } from './corpus';
import type { DocMention, ParsedDocNumber, RuleCode, Span } from './model';
import { Library, corpusById } from './resolve';
import { canon } from './text';

/** How a citation names its document: title and number together, one of them, or a short name that stands for it. */
export type AuthorityVia = 'title+number' | 'title' | 'number' | 'short-name';

export interface AuthorityCitation {
  /** The whole citation in the draft: from the title to the number when both are written. */
  span: Span;
  via: AuthorityVia;
  /** As written (a title without its 《》). */
  title?: string;
  number?: string;
  /** Title and number name the same document; null when only one is written, or neither is in the library. */
  agree: boolean | null;
  /** The number as GB/T 9704-2012 writes it (〔〕, no leading zero, no 第); null without a Chinese number. */
  standardNumber: boolean | null;
  /** The title exactly as the document has it; null without a title, or for a document not in the library. */
  exactTitle: boolean | null;
  /** The engine's findings on this citation (doc-number-format, doc-number-mismatch, title-mismatch …). */
  problems: RuleCode[];
}

export interface Authority {
  /** The same for the same document in every draft: its library id, or `number:…` / `title:…` for one not in it. */
  key: string;
  docId: string | null;
  inLibrary: boolean;
  /** The library's title and number; for a document not in the library, as first written (the same in both). */
  title: Bilingual | null;
  number: Bilingual | null;
  /** In draft order. */
  citations: AuthorityCitation[];
}

/** 国发〔2015〕5号: hexagonal brackets, no leading zero, no 第 (GB/T 9704-2012, 7.2.4). English numbers have no such rule. */
export function isStandardNumber(n: ParsedDocNumber): boolean | null {
  if (n.lang !== 'zh') return null;
  return n.open === '〔' && n.close === '〕' && !/^0/.test(n.seqText) && !n.hasDi;
}

const standardForm = (n: ParsedDocNumber) => `${n.agency}〔${n.year}〕${n.seq}号`;
const SHORT_FORMS = new Set(['alias', 'generic', 'pronoun', 'description']);
// The key a short name is defined and looked up under, as resolution compares them.
const aliasKey = (name: string) => canon(name).replace(/^(the|these|said|those|this)/, '');

/** One row per cited document, in the order of each document's first citation. */
export function authorities(a: Analysis, lib: Library): Authority[] {
  const docs = a.citations.filter((c): c is DocMention => c.kind === 'doc');
  const rows = new Map<string, Authority>();
  const done = new Set<DocMention>();
  // Short names defined by a document that is not in the library: resolution leaves them without a document.
  const unknownAliases = new Map<string, string>();

  const rowFor = (key: string, docId: string | null, make: () => Pick<Authority, 'title' | 'number'>) => {
    let row = rows.get(key);
    if (!row) {
      row = { key, docId, inLibrary: !!docId, ...make(), citations: [] };
      rows.set(key, row);
    }
    return row;
  };
  const problemsIn = (span: Span): RuleCode[] => [
    ...new Set(a.findings.filter((f) => f.span.start >= span.start && f.span.end <= span.end).map((f) => f.code)),
  ];

  for (const d of docs) {
    if (done.has(d)) continue;
    done.add(d);
    if (d.pairedWith) done.add(d.pairedWith);
    const pair = [d, d.pairedWith].filter((m): m is DocMention => !!m);
    const t = pair.find((m) => m.title && !SHORT_FORMS.has(m.form));
    const n = pair.find((m) => m.form === 'number' && m.number);
    const short = pair.find((m) => SHORT_FORMS.has(m.form));

    if (!t && !n) {
      if (!short) continue;
      const key = short.docId ?? unknownAliases.get(aliasKey(a.text.slice(short.span.start, short.span.end)));
      const row = key && (rows.get(key) ?? (short.docId ? rowFor(key, short.docId, () => known(lib, key)) : undefined));
      if (!row) continue; // a generic 该意见 with nothing before it: no document to list it under
      row.citations.push({
        span: short.span,
        via: 'short-name',
        agree: null,
        standardNumber: null,
        exactTitle: null,
        problems: problemsIn(short.span),
      });
      continue;
    }

    // The title names the document when both are written: a wrong number is then the citation's fault, not another
    // document's citation (and the number, when the title is not in the library).
    const docId = t?.docId ?? n?.docId ?? short?.docId ?? null;
    const numberText = n && a.text.slice(n.span.start, n.span.end);
    const key = docId ?? (n ? `number:${standardForm(n.number!)}` : `title:${canon(t!.title!.text)}`);
    const row = rowFor(key, docId, () =>
      docId
        ? known(lib, docId)
        : {
            title: t ? { zh: t.title!.text, en: t.title!.text } : null,
            number: numberText ? { zh: numberText, en: numberText } : null,
          },
    );
    // A document not in the library, first cited by number alone, gets its title when a later citation gives it.
    if (!docId && !row.title && t) row.title = { zh: t.title!.text, en: t.title!.text };
    const span = { start: Math.min(...pair.map((m) => m.span.start)), end: Math.max(...pair.map((m) => m.span.end)) };
    row.citations.push({
      span,
      via: t && n ? 'title+number' : t ? 'title' : 'number',
      ...(t ? { title: t.title!.text } : {}),
      ...(numberText ? { number: numberText } : {}),
      agree: t && n ? agreement(t, n) : null,
      standardNumber: n ? isStandardNumber(n.number!) : null,
      exactTitle: t && t.docId ? t.form === 'title' : null,
      problems: problemsIn(span),
    });
    const defined = pair.find((m) => m.definesAlias);
    if (!docId && defined) unknownAliases.set(aliasKey(defined.definesAlias!.name), key);
  }
  return [...rows.values()];
}

function known(lib: Library, docId: string): Pick<Authority, 'title' | 'number'> {
  const meta = corpusById(lib, docId)?.data.meta;
  if (!meta) return { title: null, number: null };
  return { title: { zh: meta.title.zh, en: meta.title.en }, number: { zh: meta.number.zh, en: meta.number.en } };
}

/** Whether a title and the number written with it name one document; unknowable when neither is in the library. */
function agreement(t: DocMention, n: DocMention): boolean | null {
  if (!t.docId && !n.docId) return null;
  return t.docId === n.docId;
}
