// The language server: a thin adapter from LSP to the pure core. Works over any vscode-languageserver
// connection (stdio/IPC in Node, a message port in a web worker). Offsets become UTF-16 positions here only.
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Connection,
  Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentLink,
  DocumentSymbol,
  InitializeParams,
  InitializeResult,
  Location,
  MarkupKind,
  Range,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, analyze } from '../core/analyze';
import { safeFixes } from '../core/fixes';
import { BlockCache } from '../core/blocks';
import { ChoiceKind, choicesAt, complete } from '../core/complete';
import type { Corpus, Lang } from '../core/corpus';
import { citationAt, hoverMarkdown, sourceOutline, targetOf } from '../core/features';
import type { Finding, Severity } from '../core/model';
import type { Library } from '../core/resolve';
import { corpusById } from '../core/resolve';
import { DEFAULT_SETTINGS, Settings, parseSettings, uiLanguage } from './settings';
import { registerCoverage } from './coverage';
import {
  CitationChoicesParams,
  CitationChoicesReply,
  CitationChoicesRequest,
  COMPLETION_TRIGGERS,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  SETTINGS_SECTION,
} from '../../../shared/protocol';

const COMPLETION_KINDS: Record<ChoiceKind, CompletionItemKind> = {
  document: CompletionItemKind.File,
  part: CompletionItemKind.Module,
  section: CompletionItemKind.Reference,
  principle: CompletionItemKind.Constant,
  target: CompletionItemKind.Value,
};

export interface SessionOptions {
  connection: Connection;
  library: Library;
  /** URI of the shipped source text of a corpus in a language (for definition, links, related information). */
  sourceUri(corpus: Corpus, lang: Lang): string | undefined;
  /** Problems found while loading the corpora, shown once at start. */
  loadProblems?: string[];
  /** A companion that hears the session's events and may replace its library (the user sources, in Node). */
  hooks?: (control: SessionControl) => SessionHooks;
}

/** What the session lets a companion do. */
export interface SessionControl {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Replaces the library; every open draft is checked again. */
  setLibrary(lib: Library): void;
  messageLanguage(): Lang;
  log(message: string): void;
}

/** A companion's side: called on the session's events; `diagnosticsFor` claims documents that are not drafts. */
export interface SessionHooks {
  initialize?(params: InitializeParams): void;
  initialized?(): void;
  settingsChanged?(settings: Settings): void;
  /** Diagnostics for a document that is not a draft (a source file); undefined for a draft. */
  diagnosticsFor?(doc: TextDocument): Diagnostic[] | undefined;
}

interface Fixes {
  fixes: { title: string; safe: boolean; edits: TextEdit[] }[];
}

/**
 * `sourceUri` for entries that ship the corpus texts in a folder: user sources name their file by URI, the bundled
 * corpus by a file name inside `base()` (a folder URI ending in '/').
 */
export function corpusFolderUris(base: () => string | undefined): SessionOptions['sourceUri'] {
  return (corpus, lang) => {
    const file = corpus.data.files[lang];
    if (!file) return undefined;
    if (file.includes('://')) return file;
    const b = base();
    return b ? b + encodeURIComponent(file) : undefined;
  };
}

export function startSession(opts: SessionOptions): void {
  const { connection } = opts;
  let library = opts.library;
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: Analysis }>();
  // Per document: what each block of the draft yielded, so an edit folds and scans only the blocks it touched. Kept
  // for the few documents analysed last (the ones being typed in), so 200 open drafts do not hold 200 block caches.
  const blockCaches = new Map<string, BlockCache>();
  const KEEP_BLOCK_CACHES = 8;
  const KEEP_ANALYSES = 24;
  const corpusDocs = new Map<string, TextDocument>();
  let settings: Settings = DEFAULT_SETTINGS;
  let locale: string | undefined;
  let configPull = false;
  let shownProblems = new Set<string>();

  const ui = (): Lang => uiLanguage(settings.messageLanguage, locale);
  const log = (m: string) => connection.console.log(`[policy-cite] ${m}`);
  const warnOnce = (m: string) => {
    if (shownProblems.has(m)) return;
    shownProblems.add(m);
    connection.window.showWarningMessage(`Policy Cite: ${m}`);
    log(m);
  };

  /** A TextDocument over a corpus text, to turn corpus offsets into positions. */
  const corpusDoc = (corpus: Corpus, lang: Lang): TextDocument | undefined => {
    const uri = opts.sourceUri(corpus, lang);
    const text = corpus.data.texts[lang];
    if (!uri || text === undefined) return undefined;
    let d = corpusDocs.get(uri);
    if (!d) {
      d = TextDocument.create(uri, 'plaintext', 1, text);
      corpusDocs.set(uri, d);
    }
    return d;
  };
  const corpusLocation = (corpus: Corpus, lang: Lang, range: [number, number]): Location | undefined => {
    const d = corpusDoc(corpus, lang);
    if (!d) return undefined;
    return Location.create(d.uri, Range.create(d.positionAt(range[0]), d.positionAt(range[1])));
  };

  const analysisOf = (doc: TextDocument): Analysis => {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    let analysis: Analysis;
    try {
      const blocks = blockCaches.get(doc.uri) ?? new BlockCache();
      blockCaches.delete(doc.uri);
      blockCaches.set(doc.uri, blocks); // most recently used last
      if (blockCaches.size > KEEP_BLOCK_CACHES) blockCaches.delete(blockCaches.keys().next().value!);
      analysis = analyze(doc.getText(), library, { levels: settings.rules, cache: blocks });
    } catch (e) {
      blockCaches.delete(doc.uri);
      // The core is total; should it ever fail, the document keeps serving without findings.
      log(`analysis failed for ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      analysis = analyze('', library);
    }
    for (const p of analysis.problems) log(`rule '${p.rule}' failed on ${doc.uri}: ${p.stack ?? p.message}`);
    cache.delete(doc.uri);
    cache.set(doc.uri, { version: doc.version, analysis }); // most recently analysed last
    // Analyses of drafts nobody has touched for a while are dropped (their diagnostics stay published) and made
    // again on the next hover or code action there: 200 open drafts need not hold 200 analyses in memory.
    if (cache.size > KEEP_ANALYSES) cache.delete(cache.keys().next().value!);
    return analysis;
  };

  const severity = (s: Severity): DiagnosticSeverity =>
    s === 'error'
      ? DiagnosticSeverity.Error
      : s === 'warning'
        ? DiagnosticSeverity.Warning
        : s === 'information'
          ? DiagnosticSeverity.Information
          : DiagnosticSeverity.Hint;

  const toDiagnostic = (doc: TextDocument, f: Finding): Diagnostic | undefined => {
    const lang = ui();
    const range = Range.create(doc.positionAt(f.span.start), doc.positionAt(f.span.end));
    const relatedInformation: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const c = corpusById(library, r.docId);
      const node = c?.nodes.get(r.nodeId);
      const range2 = r.range ?? node?.range[r.lang];
      const loc = c && range2 ? corpusLocation(c, r.lang, range2) : undefined;
      if (loc) relatedInformation.push({ location: loc, message: r.message[lang] });
    }
    const data: Fixes = {
      fixes: f.fixes.map((x) => ({
        title: x.title[lang],
        safe: x.safe,
        edits: x.edits.map((e) =>
          TextEdit.replace(Range.create(doc.positionAt(e.span.start), doc.positionAt(e.span.end)), e.newText),
        ),
      })),
    };
    return {
      range,
      severity: severity(f.severity),
      code: f.code,
      source: DIAGNOSTIC_SOURCE,
      message: f.message[lang],
      relatedInformation,
      data,
    };
  };

  // Nothing is published before the settings are read: a draft opened at start-up must not flash diagnostics
  // that its rule levels turn off.
  let settingsLoaded!: () => void;
  const settingsReady = new Promise<void>((res) => (settingsLoaded = res));

  const validate = async (doc: TextDocument) => {
    await settingsReady;
    const own = hooks?.diagnosticsFor?.(doc);
    if (own) {
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: own });
      return;
    }
    const version = doc.version;
    const analysis = analysisOf(doc);
    // A newer edit arrived while this one was analysed: its own validation publishes.
    if (documents.get(doc.uri)?.version !== version) return;
    const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f)).filter((d): d is Diagnostic => !!d);
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };
  const validateAll = () => {
    for (const d of documents.all()) void validate(d);
  };
  const hooks = opts.hooks?.({
    connection,
    documents,
    log,
    messageLanguage: ui,
    setLibrary: (lib) => {
      library = lib;
      cache.clear();
      blockCaches.clear();
      corpusDocs.clear();
      validateAll();
    },
  });

  const pullSettings = async () => {
    let raw: unknown = undefined;
    if (configPull) {
      try {
        raw = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      } catch (e) {
        log(`could not read settings: ${String(e)}`);
      }
    }
    applySettings(raw);
  };
  const applySettings = (raw: unknown) => {
    const { settings: s, problems } = parseSettings(raw);
    settings = s;
    cache.clear(); // rule levels decide which rules run: every analysis made under the old ones is stale
    for (const p of problems) warnOnce(p);
    hooks?.settingsChanged?.(settings);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    configPull = !!params.capabilities.workspace?.configuration;
    hooks?.initialize?.(params);
    const init = (params.initializationOptions ?? {}) as { settings?: unknown };
    if (init.settings !== undefined) applySettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        referencesProvider: true,
      },
      serverInfo: { name: 'policy-cite', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (configPull) {
      try {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      } catch {
        /* client without dynamic registration: pushes instead */
      }
    }
    for (const p of opts.loadProblems ?? []) warnOnce(p);
    await pullSettings();
    hooks?.initialized?.();
    settingsLoaded();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (configPull) await pullSettings();
    else applySettings(pushed);
    shownProblems = new Set();
    validateAll();
  });

  documents.onDidChangeContent((e) => void validate(e.document));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    blockCaches.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const a = analysisOf(doc);
    const offset = doc.offsetAt(p.position);
    const c = citationAt(a, offset);
    if (!c) return null;
    const links: Partial<Record<Lang, (line: number) => string>> = {};
    const corpus = corpusById(library, c.docId);
    for (const lang of ['zh', 'en'] as Lang[]) {
      const uri = corpus && opts.sourceUri(corpus, lang);
      if (uri) links[lang] = (line) => `${uri}#L${line + 1}`;
    }
    const md = hoverMarkdown(library, c, { hoverLanguage: settings.hoverLanguage, uiLang: ui(), links });
    if (!md) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: md },
      range: Range.create(doc.positionAt(c.span.start), doc.positionAt(c.span.end)),
    };
  });

  connection.onDefinition((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const c = citationAt(analysisOf(doc), doc.offsetAt(p.position));
    const t = c && targetOf(library, c);
    if (!t) return null;
    return corpusLocation(t.corpus, t.lang, t.range) ?? null;
  });

  connection.onDocumentLinks((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const links: DocumentLink[] = [];
    for (const c of analysisOf(doc).citations) {
      if (c.kind === 'quote') continue;
      const t = targetOf(library, c);
      const d = t && corpusDoc(t.corpus, t.lang);
      if (!t || !d) continue;
      const line = d.positionAt(t.range[0]).line + 1;
      links.push({
        range: Range.create(doc.positionAt(c.span.start), doc.positionAt(c.span.end)),
        target: `${d.uri}#L${line}`,
        tooltip: ui() === 'zh' ? '打开原文' : 'Open the source text',
      });
    }
    return links;
  });

  connection.onDocumentSymbol((p) => {
    for (const corpus of library.corpora) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        if (opts.sourceUri(corpus, lang) !== p.textDocument.uri) continue;
        const d = corpusDoc(corpus, lang)!;
        const outline = sourceOutline(corpus, lang);
        const byId = new Map<string, DocumentSymbol>();
        const roots: DocumentSymbol[] = [];
        for (const o of outline) {
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
            Range.create(d.positionAt(o.range[0]), d.positionAt(o.range[1])),
            Range.create(d.positionAt(o.selection[0]), d.positionAt(o.selection[1])),
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
  });

  connection.onCodeAction((p: CodeActionParams) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const only = p.context.only;
    const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
    const wantAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k));
    if (wantQuick) {
      for (const d of p.context.diagnostics) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        const data = d.data as Fixes | undefined;
        (data?.fixes ?? []).forEach((fx, i) => {
          actions.push({
            title: fx.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: i === 0 && fx.safe,
            edit: { changes: { [doc.uri]: fx.edits } },
          });
        });
      }
    }
    if (wantAll) {
      const edit = fixAllEdit(doc, analysisOf(doc));
      if (edit)
        actions.push({
          title: ui() === 'zh' ? '修正所有可自动修正的引用问题' : 'Fix all citation problems that have a safe fix',
          kind: FIX_ALL_KIND,
          edit,
        });
    }
    return actions;
  });

  /** Every safe fix of enabled rules, without overlaps, as one edit. */
  const fixAllEdit = (doc: TextDocument, a: Analysis): WorkspaceEdit | undefined => {
    const edits: TextEdit[] = [];
    for (const fx of safeFixes(a.findings))
      for (const e of fx.edits)
        edits.push(TextEdit.replace(Range.create(doc.positionAt(e.span.start), doc.positionAt(e.span.end)), e.newText));
    return edits.length ? { changes: { [doc.uri]: edits } } : undefined;
  };

  connection.onCompletion((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const entries = complete(doc.getText(), doc.offsetAt(p.position), library, analysisOf(doc));
    if (!entries.length) return null;
    return entries.map((e): CompletionItem => ({
      label: e.label,
      detail: e.detail,
      kind: COMPLETION_KINDS[e.kind],
      sortText: e.sortText,
      filterText: e.filterText,
      documentation: e.documentation ? { kind: MarkupKind.PlainText, value: e.documentation } : undefined,
      textEdit: TextEdit.replace(
        Range.create(doc.positionAt(e.replace.start), doc.positionAt(e.replace.end)),
        e.insertText,
      ),
    }));
  });

  connection.onRequest(CitationChoicesRequest.method, (p: CitationChoicesParams): CitationChoicesReply => {
    const doc = documents.get(p.uri);
    const text = doc?.getText() ?? '';
    const offset = doc && p.position ? doc.offsetAt(p.position) : text.length;
    return choicesAt(text, offset, library, p.lang, doc ? analysisOf(doc) : undefined);
  });

  registerCoverage({
    connection,
    documents,
    library: () => library,
    analysisOf,
    sourceUri: opts.sourceUri,
    corpusDoc,
    uiLang: ui,
  });
  connection.onShutdown(() => {
    cache.clear();
    blockCaches.clear();
  });
  documents.listen(connection);
  connection.listen();
}
