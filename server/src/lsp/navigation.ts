// Hover, go to definition, document links and the outline of the source texts: the core's features.ts answers in
// offsets; these handlers only find the document and turn offsets into positions.
import type {
  DefinitionParams,
  DocumentLink,
  DocumentLinkParams,
  DocumentSymbolParams,
  Hover,
  HoverParams,
  Location,
} from 'vscode-languageserver';
import { DocumentSymbol, MarkupKind, SymbolKind } from 'vscode-languageserver';
import type { Lang } from '../core/corpus';
import { citationAt, hoverMarkdown, sourceOutline, targetOf } from '../core/features';
import { corpusById } from '../core/resolve';
import { analysisOf } from './documents';
import { ServerState, corpusDoc, corpusLocation, rangeOf, uiLang } from './state';

const LANGS: Lang[] = ['zh', 'en'];

/** The citation under a position of an open document. */
function citationUnder(s: ServerState, p: { textDocument: { uri: string }; position: HoverParams['position'] }) {
  const doc = s.documents.get(p?.textDocument?.uri);
  if (!doc || !p.position) return undefined;
  const c = citationAt(analysisOf(s, doc), doc.offsetAt(p.position));
  return c && { doc, c };
}

export function hover(s: ServerState, p: HoverParams): Hover | null {
  const hit = citationUnder(s, p);
  if (!hit) return null;
  const { doc, c } = hit;
  const links: Partial<Record<Lang, (line: number) => string>> = {};
  const corpus = corpusById(s.library, c.docId);
  for (const lang of LANGS) {
    const uri = corpus && s.sourceUri(corpus, lang);
    if (uri) links[lang] = (line) => `${uri}#L${line + 1}`;
  }
  const md = hoverMarkdown(s.library, c, { hoverLanguage: s.settings.hoverLanguage, uiLang: uiLang(s), links });
  if (!md) return null;
  return { contents: { kind: MarkupKind.Markdown, value: md }, range: rangeOf(doc, c.span) };
}

export function definition(s: ServerState, p: DefinitionParams): Location | null {
  const hit = citationUnder(s, p);
  const t = hit && targetOf(s.library, hit.c);
  return (t && corpusLocation(s, t.corpus, t.lang, t.range)) ?? null;
}

export function documentLinks(s: ServerState, p: DocumentLinkParams): DocumentLink[] {
  const doc = s.documents.get(p?.textDocument?.uri);
  if (!doc) return [];
  const tooltip = uiLang(s) === 'zh' ? '打开原文' : 'Open the source text';
  const links: DocumentLink[] = [];
  for (const c of analysisOf(s, doc).citations) {
    if (c.kind === 'quote') continue;
    const t = targetOf(s.library, c);
    const d = t && corpusDoc(s, t.corpus, t.lang);
    if (!t || !d) continue;
    const line = d.positionAt(t.range[0]).line + 1;
    links.push({ range: rangeOf(doc, c.span), target: `${d.uri}#L${line}`, tooltip });
  }
  return links;
}

/** The outline of a shipped (or user) source text; nothing for a draft. */
export function documentSymbols(s: ServerState, p: DocumentSymbolParams): DocumentSymbol[] {
  const uri = p?.textDocument?.uri;
  for (const corpus of s.library.corpora) {
    for (const lang of LANGS) {
      if (s.sourceUri(corpus, lang) !== uri) continue;
      const d = corpusDoc(s, corpus, lang);
      if (!d) continue;
      const byId = new Map<string, DocumentSymbol>();
      const roots: DocumentSymbol[] = [];
      for (const o of sourceOutline(corpus, lang)) {
        const kind =
          o.node.kind === 'part'
            ? SymbolKind.Module
            : o.node.kind === 'section'
              ? SymbolKind.Namespace
              : SymbolKind.String;
        const sym = DocumentSymbol.create(
          o.name || o.node.id,
          o.node.id,
          kind,
          rangeOf(d, { start: o.range[0], end: o.range[1] }),
          rangeOf(d, { start: o.selection[0], end: o.selection[1] }),
          [],
        );
        byId.set(o.node.id, sym);
        const parent = o.node.parent ? byId.get(o.node.parent) : undefined;
        if (parent) parent.children!.push(sym);
        else roots.push(sym);
      }
      return roots;
    }
  }
  return [];
}
