// Documents: the text the editor has open (didOpen / didChange / didClose), each document's analysis for its current
// version, and the block caches that let an edit re-read only the paragraphs it touched.
import type {
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { Analysis, analyze } from '../core/analyze';
import { BlockCache } from '../core/blocks';
import type { ServerState } from './state';

/** The open documents, by URI, their incremental changes applied in order. The handlers below say who hears of them. */
export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  open(p: DidOpenTextDocumentParams): TextDocument | undefined {
    const td = p?.textDocument;
    if (!td || typeof td.uri !== 'string' || typeof td.text !== 'string') return undefined;
    const doc = TextDocument.create(td.uri, String(td.languageId ?? 'plaintext'), Number(td.version) || 0, td.text);
    this.docs.set(td.uri, doc);
    return doc;
  }

  change(p: DidChangeTextDocumentParams): TextDocument | undefined {
    const td = p?.textDocument;
    const doc = td && typeof td.uri === 'string' ? this.docs.get(td.uri) : undefined;
    if (!doc || !Array.isArray(p.contentChanges) || !p.contentChanges.length) return undefined;
    if (typeof td.version !== 'number') return undefined;
    TextDocument.update(doc, p.contentChanges.filter(isChange), td.version);
    return doc;
  }

  close(p: DidCloseTextDocumentParams): TextDocument | undefined {
    const uri = p?.textDocument?.uri;
    const doc = typeof uri === 'string' ? this.docs.get(uri) : undefined;
    if (!doc) return undefined;
    this.docs.delete(doc.uri);
    return doc;
  }
}

function isChange(c: unknown): c is TextDocumentContentChangeEvent {
  return !!c && typeof (c as { text?: unknown }).text === 'string';
}

/** How many documents keep their block caches (the ones being typed in) and their last analysis. */
const KEEP_BLOCK_CACHES = 4;
const KEEP_ANALYSES = 8;

/**
 * Each document's analysis for one version, and its block cache. Analyses of drafts nobody has touched for a while
 * are dropped (their diagnostics stay published) and made again on the next hover or code action there: 200 open
 * drafts need not hold 200 analyses in memory.
 */
export class Analyses {
  private readonly byUri = new Map<string, { version: number; analysis: Analysis }>();
  private readonly blocks = new Map<string, BlockCache>();
  /** Counts the clears: what was made under other settings or another library carries an older number. */
  generation = 0;

  get(uri: string, version: number): Analysis | undefined {
    const hit = this.byUri.get(uri);
    return hit && hit.version === version ? hit.analysis : undefined;
  }

  put(uri: string, version: number, analysis: Analysis): void {
    this.byUri.delete(uri);
    this.byUri.set(uri, { version, analysis }); // most recently analysed last
    if (this.byUri.size > KEEP_ANALYSES) this.byUri.delete(this.byUri.keys().next().value!);
  }

  /** The document's block cache, marked most recently used. */
  blockCache(uri: string): BlockCache {
    const b = this.blocks.get(uri) ?? new BlockCache();
    this.blocks.delete(uri);
    this.blocks.set(uri, b);
    if (this.blocks.size > KEEP_BLOCK_CACHES) this.blocks.delete(this.blocks.keys().next().value!);
    return b;
  }

  /** The text changed: its analysis is stale, whatever version number the editor gave the change. */
  changed(uri: string): void {
    this.byUri.delete(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.blocks.delete(uri);
  }

  /** Analyses made under other settings or another library are stale; block caches hold only the draft's own text. */
  clear(opts: { blocks?: boolean } = {}): void {
    this.generation++;
    this.byUri.clear();
    if (opts.blocks) this.blocks.clear();
  }

  get size(): number {
    return this.byUri.size;
  }
}

/** The analysis of a document's current version, made once per version. */
export function analysisOf(s: ServerState, doc: TextDocument): Analysis {
  const hit = s.analyses.get(doc.uri, doc.version);
  if (hit) return hit;
  let analysis: Analysis;
  try {
    analysis = analyze(doc.getText(), s.library, { levels: s.settings.rules, cache: s.analyses.blockCache(doc.uri) });
  } catch (e) {
    s.analyses.forget(doc.uri);
    // The core is total; should it ever fail, the document keeps serving without findings.
    s.client.log(`[policy-cite] analysis failed for ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`);
    analysis = analyze('', s.library);
  }
  for (const p of analysis.problems)
    s.client.log(`[policy-cite] rule '${p.rule}' failed on ${doc.uri}: ${p.stack ?? p.message}`);
  s.analyses.put(doc.uri, doc.version, analysis);
  return analysis;
}

// ---- Handlers ----------------------------------------------------------------------------------------------

export function didOpen(s: ServerState, p: DidOpenTextDocumentParams): void {
  const doc = s.documents.open(p);
  if (!doc) return;
  s.analyses.changed(doc.uri); // a reopened document may have the same version number and another text
  for (const c of s.companions) c.documentChanged?.(doc);
  s.diagnostics.schedule(doc.uri);
}

export function didChange(s: ServerState, p: DidChangeTextDocumentParams): void {
  const doc = s.documents.change(p);
  if (!doc) return;
  s.analyses.changed(doc.uri);
  for (const c of s.companions) c.documentChanged?.(doc);
  s.diagnostics.schedule(doc.uri);
}

export function didClose(s: ServerState, p: DidCloseTextDocumentParams): void {
  const doc = s.documents.close(p);
  if (!doc) return;
  s.analyses.forget(doc.uri);
  s.diagnostics.cleared(doc.uri);
  s.workspace.closed(doc.uri);
  for (const c of s.companions) c.documentClosed?.(doc);
}

/** The library changed (a user source was added, edited, removed): every analysis and source position is stale. */
export function setLibrary(s: ServerState, lib: ServerState['library']): void {
  s.library = lib;
  s.analyses.clear({ blocks: true });
  s.corpusDocs.clear();
  s.diagnostics.scheduleAll();
}
