// Coverage over LSP: "find all references" of a clause (from the shipped source text or from a citation in a
// draft) across the open drafts, and the `policyCite/coverage` request behind the client's coverage tree.
// A thin adapter: the core's coverage() does the work; this module turns offsets into locations.
import { Connection, Location, Range, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CoverageClause, CoverageParams, CoverageReply, CoverageRequest } from '../../../shared/protocol';
import type { Analysis } from '../core/analyze';
import {
  Coverage,
  coverage,
  coverageLabel,
  coverageOutline,
  coverageNodeAt,
  coverageNodeOfCitation,
} from '../core/coverage';
import type { Corpus, Lang } from '../core/corpus';
import { hasCjk } from '../core/text';
import type { Library } from '../core/resolve';
import { corpusById } from '../core/resolve';

export interface CoverageDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  library(): Library;
  analysisOf(doc: TextDocument): Analysis;
  sourceUri(corpus: Corpus, lang: Lang): string | undefined;
  /** The session's document over a shipped source text (one cache, dropped when the library changes). */
  corpusDoc(corpus: Corpus, lang: Lang): TextDocument | undefined;
  uiLang(): Lang;
}

/** Registers textDocument/references and policyCite/coverage. The session declares `referencesProvider`. */
export function registerCoverage(d: CoverageDeps): void {
  const sourceDoc = d.corpusDoc;
  const sourceLocation = (corpus: Corpus, lang: Lang, range: [number, number] | undefined): Location | undefined => {
    const doc = range && sourceDoc(corpus, lang);
    return doc ? Location.create(doc.uri, Range.create(doc.positionAt(range[0]), doc.positionAt(range[1]))) : undefined;
  };
  const isSource = (uri: string): boolean =>
    d.library().corpora.some((c) => (['zh', 'en'] as Lang[]).some((l) => d.sourceUri(c, l) === uri));
  const drafts = () => d.documents.all().filter((doc) => !isSource(doc.uri));
  const range = (doc: TextDocument, s: { start: number; end: number }) =>
    Range.create(doc.positionAt(s.start), doc.positionAt(s.end));

  d.connection.onReferences((p) => {
    const lib = d.library();
    const uri = p.textDocument.uri;
    let target: { corpus: Corpus; nodeId: string; lang: Lang } | undefined;
    for (const corpus of lib.corpora) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        if (d.sourceUri(corpus, lang) !== uri) continue;
        const doc = sourceDoc(corpus, lang)!;
        const nodeId = coverageNodeAt(corpus, lang, doc.offsetAt(p.position));
        if (nodeId) target = { corpus, nodeId, lang };
      }
    }
    if (!target) {
      const doc = d.documents.get(uri);
      if (!doc) return null;
      const a = d.analysisOf(doc);
      const hit = coverageNodeOfCitation(a, lib, doc.offsetAt(p.position));
      const corpus = hit && corpusById(lib, hit.docId);
      if (!hit || !corpus) return null;
      target = { corpus, nodeId: hit.nodeId, lang: hasCjk(doc.getText()) ? 'zh' : 'en' };
    }
    const out: Location[] = [];
    const seen = new Set<string>();
    for (const doc of drafts()) {
      const cov = coverage(d.analysisOf(doc), lib, target.corpus.id);
      const node = cov?.nodes.find((n) => n.id === target!.nodeId);
      if (!node) continue;
      for (const h of [...node.citations, ...node.misCitations].sort((x, y) => x.span.start - y.span.start)) {
        const k = `${doc.uri}#${h.span.start}:${h.span.end}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(Location.create(doc.uri, range(doc, h.span)));
      }
    }
    if (p.context.includeDeclaration) {
      const node = coverageOutline(target.corpus).find((n) => n.id === target!.nodeId);
      const decl = node && sourceLocation(target.corpus, target.lang, node.source[target.lang]);
      if (decl) out.unshift(decl);
    }
    return out;
  });

  d.connection.onRequest(CoverageRequest.method, (p: CoverageParams): CoverageReply | null => {
    const doc = d.documents.get(p.uri);
    if (!doc) return null;
    const lib = d.library();
    const cov = coverage(d.analysisOf(doc), lib, p.docId);
    const corpus = cov && corpusById(lib, cov.docId);
    if (!cov || !corpus) return null;
    return toReply(cov, corpus, doc, d.uiLang(), range, sourceLocation);
  });
}

function toReply(
  cov: Coverage,
  corpus: Corpus,
  doc: TextDocument,
  lang: Lang,
  range: (doc: TextDocument, s: { start: number; end: number }) => Range,
  sourceLocation: (c: Corpus, l: Lang, r: [number, number] | undefined) => Location | undefined,
): CoverageReply {
  return {
    uri: doc.uri,
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
      const source: Partial<Record<Lang, Location>> = {};
      for (const l of ['zh', 'en'] as Lang[]) {
        const loc = sourceLocation(corpus, l, n.source[l]);
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
        citations: n.citations.map((h) => ({ uri: doc.uri, range: range(doc, h.span), via: h.via, nodeId: h.nodeId })),
        misCitations: n.misCitations.map((h) => ({
          uri: doc.uri,
          range: range(doc, h.span),
          via: h.via,
          nodeId: h.nodeId,
          code: h.problem?.code,
          message: h.problem?.message[lang],
        })),
        source,
      };
    }),
  };
}
