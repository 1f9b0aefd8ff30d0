// The language server's user sources (Node): finds the source files of the workspace (.policy-cite/sources/ and
// the policyCite.sources setting), reads them — the editor's live text where a source is open — and gives the
// session a library of the bundled Opinion plus every source that parses. A change to a source (typed, saved,
// created, deleted) applies at once: the library is rebuilt and the open drafts are checked again. A source's
// parse problems are published on the source file itself; a source file is never checked as a draft.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  Disposable,
  FileSystemWatcher,
  InitializeParams,
  Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/corpus';
import type { Library } from '../core/resolve';
import { SourceInput, SourceProblem, libraryWithSources, parseSource } from '../core/source';
import { SOURCE_FILE, findSourceFiles, readSource } from '../sources-node';
import type { SessionControl, SessionHooks } from './session';
import type { Settings } from './settings';

/** Diagnostic code of a problem in a source file (not one of the citation rules: it is about the source). */
export const SOURCE_PROBLEM_CODE = 'source-document';
const SOURCES_SEGMENT = /[\\/]\.policy-cite[\\/]sources[\\/]/;
/** How long typing in an open source waits before the library is rebuilt. */
const TYPING_DELAY_MS = 150;

const toPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};
const toUri = (p: string) => pathToFileURL(p).href;

export function sourceLoader(base: Library): (control: SessionControl) => SessionHooks {
  return (control) => {
    const { connection, documents } = control;
    let folders: string[] = [];
    let patterns: string[] = [];
    let canWatch = false;
    let relativePatterns = false;
    let watching: Disposable | undefined;
    let watchedKey = '';
    /** Source files of the last load (URIs), and those whose diagnostics were published. */
    let known = new Set<string>();
    let published = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let started = false;

    const isSource = (uri: string) =>
      known.has(uri) || (SOURCES_SEGMENT.test(toPath(uri) ?? '') && SOURCE_FILE.test(uri));

    const toDiagnostics = (text: string, uri: string, problems: SourceProblem[]): Diagnostic[] => {
      const doc = TextDocument.create(uri, 'plaintext', 0, text);
      const lang: Lang = control.messageLanguage();
      return problems.map((p) => ({
        range: Range.create(doc.positionAt(p.span.start), doc.positionAt(p.span.end)),
        severity:
          p.severity === 'error'
            ? DiagnosticSeverity.Error
            : p.severity === 'warning'
              ? DiagnosticSeverity.Warning
              : DiagnosticSeverity.Information,
        code: SOURCE_PROBLEM_CODE,
        source: 'policy-cite',
        message: p.message[lang],
      }));
    };

    /** Clash notes (same number as the bundled Opinion or another file) from the last load, by URI. */
    let notes = new Map<string, SourceProblem[]>();

    const reload = () => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      const files = findSourceFiles(folders, patterns).map(toUri);
      // An open source not yet on disk under .policy-cite/sources/ counts too.
      for (const d of documents.all())
        if (!files.includes(d.uri) && SOURCES_SEGMENT.test(toPath(d.uri) ?? '') && SOURCE_FILE.test(d.uri))
          files.push(d.uri);
      const inputs: SourceInput[] = [];
      for (const uri of files) {
        const open = documents.get(uri);
        if (open) {
          inputs.push({ key: uri, text: open.getText() });
          continue;
        }
        const p = toPath(uri);
        const { text, problem } = p ? readSource(p) : { text: undefined, problem: `${uri}: not a file` };
        if (problem) control.log(problem);
        if (text !== undefined) inputs.push({ key: uri, text });
      }
      const { lib, sources } = libraryWithSources(base, inputs);
      const texts = new Map(inputs.map((i) => [i.key, i.text]));
      const nextNotes = new Map<string, SourceProblem[]>();
      const nextPublished = new Set<string>();
      for (const s of sources) {
        const parseOnly = s.status === 'bundled' || s.status === 'duplicate' ? s.problems.slice(-1) : [];
        nextNotes.set(s.key, parseOnly);
        const diagnostics = toDiagnostics(texts.get(s.key) ?? '', s.key, s.problems);
        const open = documents.get(s.key);
        if (diagnostics.length || published.has(s.key))
          void connection.sendDiagnostics({ uri: s.key, version: open?.version, diagnostics });
        if (diagnostics.length) nextPublished.add(s.key);
      }
      // Files that are no longer sources lose their diagnostics.
      for (const uri of published)
        if (!nextPublished.has(uri) && !texts.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      published = nextPublished;
      notes = nextNotes;
      known = new Set(inputs.map((i) => i.key));
      const used = sources.filter((s) => s.status === 'used').length;
      control.log(
        `sources: ${used} in use of ${sources.length} file(s)${sources.length ? ` (${sources.map((s) => `${path.basename(toPath(s.key) ?? s.key)}: ${s.status}`).join(', ')})` : ''}`,
      );
      control.setLibrary(lib);
    };
    const schedule = (ms: number) => {
      if (!started) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          reload();
        } catch (e) {
          control.log(`could not load the sources: ${e instanceof Error ? e.stack : String(e)}`);
        }
      }, ms);
    };

    const watch = async () => {
      if (!canWatch) return;
      const watchers: FileSystemWatcher[] = [{ globPattern: '**/.policy-cite/sources/**' }];
      for (const p of patterns) {
        const glob = /[*?{]/.test(p) ? p.replace(/\\/g, '/') : `${p.replace(/\\/g, '/').replace(/\/$/, '')}{,/**}`;
        if (path.isAbsolute(p)) watchers.push({ globPattern: glob });
        else if (relativePatterns && folders.length)
          for (const f of folders) watchers.push({ globPattern: { baseUri: toUri(f), pattern: glob } });
        else watchers.push({ globPattern: `**/${glob}` });
      }
      const key = JSON.stringify(watchers);
      if (key === watchedKey) return;
      watchedKey = key;
      const previous = watching;
      watching = undefined;
      previous?.dispose();
      try {
        watching = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      } catch (e) {
        control.log(`cannot watch the source files: ${String(e)}`);
      }
    };

    connection.onDidChangeWatchedFiles((p) => {
      if (
        p.changes.some((c) => known.has(c.uri) || SOURCES_SEGMENT.test(toPath(c.uri) ?? '') || SOURCE_FILE.test(c.uri))
      )
        schedule(0);
    });
    documents.onDidChangeContent((e) => {
      if (isSource(e.document.uri)) schedule(TYPING_DELAY_MS);
    });
    documents.onDidClose((e) => {
      if (isSource(e.document.uri)) schedule(0);
    });

    return {
      initialize(params: InitializeParams) {
        const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        folders = uris.map(toPath).filter((p): p is string => !!p);
        if (!folders.length && params.rootPath) folders = [params.rootPath];
        const w = params.capabilities.workspace?.didChangeWatchedFiles;
        canWatch = !!w?.dynamicRegistration;
        relativePatterns = !!(w as { relativePatternSupport?: boolean } | undefined)?.relativePatternSupport;
      },
      initialized() {
        started = true;
        reload();
        void watch(); // not awaited: the first diagnostics need not wait for the client's answer
      },
      settingsChanged(settings: Settings) {
        const next = settings.sources ?? [];
        if (JSON.stringify(next) === JSON.stringify(patterns)) return;
        patterns = next;
        if (started) {
          reload();
          void watch();
        }
      },
      diagnosticsFor(doc: TextDocument) {
        if (!isSource(doc.uri)) return undefined;
        // The live text's own problems at once; the library follows after a short pause in typing.
        const { problems } = parseSource(doc.getText(), { fileName: doc.uri });
        return toDiagnostics(doc.getText(), doc.uri, [...problems, ...(notes.get(doc.uri) ?? [])]);
      },
    };
  };
}
