// Coverage over LSP: "find all references" of a clause (from the shipped source text or from a citation in a
// draft) across the drafts of the workspace, open or not, and the `policyCite/coverage` request behind the client's coverage tree.
// The core's coverage() does the work; these handlers turn offsets into locations.
import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { CoverageClause, CoverageParams, CoverageReply } from '../../../shared/protocol';
import {
  Coverage,
  coverage,
  coverageLabel,
  coverageNodeAt,
  coverageNodeOfCitation,
  coverageOutline,
} from '../core/coverage';
import type { Corpus, Lang } from '../core/corpus';
import { corpusById } from '../core/resolve';
import { hasCjk } from '../core/text';
import { analysisOf } from './documents';
import { ServerState, corpusDoc, corpusLocation, rangeOf, uiLang } from './state';
import { workspaceDrafts } from './workspace';

const LANGS: Lang[] = ['zh', 'en'];

/** textDocument/references: every citation of the clause at the position, across the drafts, open or not. */
export function references(s: ServerState, p: ReferenceParams): Location[] | null {
  const lib = s.library;
  const uri = p?.textDocument?.uri;
  if (!p?.position) return null;
  let target: { corpus: Corpus; nodeId: string; lang: Lang } | undefined;
  for (const corpus of lib.corpora) {
    for (const lang of LANGS) {
      if (s.sourceUri(corpus, lang) !== uri) continue;
      const doc = corpusDoc(s, corpus, lang);
      const nodeId = doc && coverageNodeAt(corpus, lang, doc.offsetAt(p.position));
      if (nodeId) target = { corpus, nodeId, lang };
    }
  }
  if (!target) {
    const doc = s.documents.get(uri);
    if (!doc) return null;
    const hit = coverageNodeOfCitation(analysisOf(s, doc), lib, doc.offsetAt(p.position));
    const corpus = hit && corpusById(lib, hit.docId);
    if (!hit || !corpus) return null;
    target = { corpus, nodeId: hit.nodeId, lang: hasCjk(doc.getText()) ? 'zh' : 'en' };
  }
  const { corpus, nodeId, lang } = target;
  const out: Location[] = [];
  const seen = new Set<string>();
  // The open drafts as the editor has them, then the workspace's drafts that are not open (read from disk).
  for (const draft of workspaceDrafts(s).drafts) {
    const a = draft.analysis();
    if (!a.citations.some((c) => c.docId === corpus.id)) continue;
    const node = coverage(a, lib, corpus.id)?.nodes.find((n) => n.id === nodeId);
    if (!node) continue;
    // citations, mis-citations and passages that restate it (echoes)
    const all = [...node.citations, ...node.misCitations, ...node.restatements];
    const doc = all.length ? draft.doc() : undefined;
    for (const h of all.sort((x, y) => x.span.start - y.span.start)) {
      const k = `${draft.uri}#${h.span.start}:${h.span.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ uri: draft.uri, range: rangeOf(doc!, h.span) });
    }
  }
  if (p.context?.includeDeclaration) {
    const node = coverageOutline(corpus).find((n) => n.id === nodeId);
    const decl = node && corpusLocation(s, corpus, lang, node.source[lang]);
    if (decl) out.unshift(decl);
  }
  return out;
}

/** policyCite/coverage: the coverage tree of a draft. */
export function coverageOf(s: ServerState, p: CoverageParams): CoverageReply | null {
  const doc = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  if (!doc) return null;
  const cov = coverage(analysisOf(s, doc), s.library, typeof p.docId === 'string' ? p.docId : undefined);
  const corpus = cov && corpusById(s.library, cov.docId);
  if (!cov || !corpus) return null;
  return toReply(s, cov, corpus, doc.uri, (span) => rangeOf(doc, span));
}

function toReply(
  s: ServerState,
  cov: Coverage,
  corpus: Corpus,
  uri: string,
  range: (span: { start: number; end: number }) => Location['range'],
): CoverageReply {
  const lang = uiLang(s);
  return {
    uri,
    lang,
    document: { id: cov.docId, number: cov.number[lang], title: cov.title[lang] },
    groups: cov.groups.map((g) => ({
      id: g.id,
      label: g.label[lang],
      covered: g.covered,
      total: g.total,
      missing: g.missing,
    })),
    clauses: cov.nodes.map((n): CoverageClause => {
      const source: CoverageClause['source'] = {};
      for (const l of LANGS) {
        const loc = corpusLocation(s, corpus, l, n.source[l]);
        if (loc) source[l] = loc;
      }
      return {
        id: n.id,
        kind: n.kind,
        parent: n.parent,
        depth: n.depth,
        text: coverageLabel(n, lang),
        heading: n.heading,
        covered: n.covered,
        citations: n.citations.map((h) => ({ uri, range: range(h.span), via: h.via, nodeId: h.nodeId })),
        misCitations: n.misCitations.map((h) => ({
          uri,
          range: range(h.span),
          via: h.via,
          nodeId: h.nodeId,
          code: h.problem?.code,
          message: h.problem?.message[lang],
        })),
        restatements: n.restatements.map((h) => ({ uri, range: range(h.span), via: h.via, nodeId: h.nodeId })),
        source,
      };
    }),
  };
}
