// The client's two pick lists, answered by the server so that they list the user's own sources beside the bundled
// Opinion and the client need not ship the corpus: what can be cited at a position (insert a citation), and the
// clauses of each document with where they are in its text (open a document at a clause).
import type {
  CitationChoicesParams,
  CitationChoicesReply,
  ClauseDocument,
  ClauseEntry,
  ClausesParams,
  ClausesReply,
} from '../../../shared/protocol';
import { aliasBefore, choicesAt, citationChoices } from '../core/complete';
import type { Corpus, CorpusNode, Lang } from '../core/corpus';
import { langOf } from '../core/corpus';
import { corpusById } from '../core/resolve';
import { analysisOf } from './documents';
import { ServerState, corpusLocation } from './state';

const isLang = (l: unknown): l is Lang => l === 'zh' || l === 'en';
const other = (l: Lang): Lang => (l === 'zh' ? 'en' : 'zh');

/** The bundled (default) document first, then the user sources in library order. */
function corporaInOrder(s: ServerState): Corpus[] {
  const first = corpusById(s.library, s.library.defaultId);
  return first ? [first, ...s.library.corpora.filter((c) => c !== first)] : s.library.corpora;
}

export function citationChoicesOf(s: ServerState, p: CitationChoicesParams): CitationChoicesReply {
  const doc = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  const text = doc?.getText() ?? '';
  const offset = doc && p.position ? doc.offsetAt(p.position) : text.length;
  const analysis = doc ? analysisOf(s, doc) : undefined;
  const reply: CitationChoicesReply = choicesAt(
    text,
    offset,
    s.library,
    isLang(p?.lang) ? p.lang : undefined,
    analysis,
  );
  const lang = reply.lang;
  const sources: NonNullable<CitationChoicesReply['sources']> = [];
  for (const corpus of corporaInOrder(s).slice(1)) {
    if (corpus.data.texts[lang] === undefined) continue; // a source is cited in its own language
    const alias = analysis && aliasBefore(analysis, corpus.id, offset);
    const fits = alias !== undefined && langOf(alias) === lang;
    sources.push({
      docId: corpus.id,
      number: corpus.data.meta.number[lang],
      title: corpus.data.meta.title[lang],
      choices: citationChoices(corpus, lang, fits ? alias : undefined),
    });
  }
  if (sources.length) reply.sources = sources;
  return reply;
}

const PICKABLE = new Set(['title', 'preamble', 'part', 'section', 'principle', 'objective', 'closing']);

function clauseName(corpus: Corpus, n: CorpusNode, l: Lang): string {
  if (n.kind === 'title') return corpus.data.meta.title[l];
  const label = n.label[l];
  const heading = n.heading?.[l];
  return heading && heading !== label ? [label, heading].filter(Boolean).join(' ') : label;
}

export function clausesOf(s: ServerState, p: ClausesParams): ClausesReply {
  const want: Lang = isLang(p?.lang) ? p.lang : 'zh';
  const documents: ClauseDocument[] = [];
  for (const corpus of corporaInOrder(s)) {
    const l: Lang = corpus.data.texts[want] !== undefined ? want : other(want);
    if (corpus.data.texts[l] === undefined) continue;
    const both = corpus.data.texts[other(l)] !== undefined;
    const clauses: ClauseEntry[] = [];
    for (const n of corpus.nodes.values()) {
      if (!PICKABLE.has(n.kind)) continue;
      const location = corpusLocation(s, corpus, l, n.headingRange?.[l] ?? n.range[l]);
      if (!location) continue;
      clauses.push({
        id: n.id,
        kind: n.kind,
        depth: n.kind === 'section' ? 1 : n.kind === 'principle' || n.kind === 'objective' ? 2 : 0,
        label: clauseName(corpus, n, l),
        description: both ? clauseName(corpus, n, other(l)) : undefined,
        location,
      });
    }
    if (!clauses.length) continue;
    documents.push({
      docId: corpus.id,
      number: corpus.data.meta.number[l],
      title: corpus.data.meta.title[l],
      lang: l,
      bundled: corpus.id === s.library.defaultId,
      clauses,
    });
  }
  return { documents };
}
