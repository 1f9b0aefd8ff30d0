// The language server's user sources (Node): finds the source files of the workspace (.policy-cite/sources/ and
// the policyCite.sources setting), reads them — the editor's live text where a source is open — and gives the
// session a library of the bundled Opinion plus every source that parses. A change to a source (typed, saved,
// created, deleted) applies at once: the library is rebuilt and the open drafts are checked again. A source's
// parse problems are published on the source file itself; a source file is never checked as a draft.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, FileSystemWatcher, InitializeParams } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import type { Lang } from '../core/corpus';
import type { Library } from '../core/resolve';
import { SourceInput, SourceProblem, libraryWithSources, parseSource } from '../core/source';
import { SOURCE_FILE, findSourceFiles, readSource } from '../sources-node';
import { setLibrary } from './documents';
import type { Settings } from './settings';
import { Companion, ServerState, log, rangeOf, uiLang } from './state';

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

/** A source file's problems as diagnostics on the file itself, in the editor's language. */
export function sourceDiagnostics(text: string, uri: string, problems: SourceProblem[], lang: Lang): Diagnostic[] {
  const doc = TextDocument.create(uri, 'plaintext', 0, text);
  return problems.map((p) => ({
    range: rangeOf(doc, p.span),
    severity:
      p.severity === 'error'
        ? DiagnosticSeverity.Error
        : p.severity === 'warning'
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information,
    code: SOURCE_PROBLEM_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: p.message[lang],
  }));
}

/** The texts of the source files: the editor's live text where a file is open, else the file on disk; an open file
 *  under .policy-cite/sources/ that is not on disk yet counts too. A file that cannot be read is logged and left out. */
export function sourceInputs(
  files: string[],
  documents: { all(): TextDocument[]; get(uri: string): TextDocument | undefined },
  note: (message: string) => void,
): SourceInput[] {
  const uris = [...files];
  for (const d of documents.all())
    if (!uris.includes(d.uri) && SOURCES_SEGMENT.test(toPath(d.uri) ?? '') && SOURCE_FILE.test(d.uri)) uris.push(d.uri);
  const inputs: SourceInput[] = [];
  for (const uri of uris) {
    const open = documents.get(uri);
    if (open) {
      inputs.push({ key: uri, text: open.getText() });
      continue;
    }
    const p = toPath(uri);
    const { text, problem } = p ? readSource(p) : { text: undefined, problem: `${uri}: not a file` };
    if (problem) note(problem);
    if (text !== undefined) inputs.push({ key: uri, text });
  }
  return inputs;
}

/** What the client is asked to watch: .policy-cite/sources/ anywhere, and each configured source path or glob —
 *  absolute as given, relative to each workspace folder where the client takes relative patterns, else anywhere. */
export function watchersFor(patterns: string[], folders: string[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = [{ globPattern: '**/.policy-cite/sources/**' }];
  for (const p of patterns) {
    const glob = /[*?{]/.test(p) ? p.replace(/\\/g, '/') : `${p.replace(/\\/g, '/').replace(/\/$/, '')}{,/**}`;
    if (path.isAbsolute(p)) watchers.push({ globPattern: glob });
    else if (relativePatterns && folders.length)
      for (const f of folders) watchers.push({ globPattern: { baseUri: toUri(f), pattern: glob } });
    else watchers.push({ globPattern: `**/${glob}` });
  }
  return watchers;
}

/** The user sources as a companion of the session (state.ts, Companion). */
export function sourceLoader(base: Library): (s: ServerState) => Companion {
  return (s) => {
    const documents = s.documents;
    let folders: string[] = [];
    let patterns: string[] = [];
    let watching: { dispose(): void } | undefined;
    let watchedKey = '';
    /** Source files of the last load (URIs), and those whose diagnostics were published. */
    let known = new Set<string>();
    let published = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let started = false;

    const isSource = (uri: string) =>
      known.has(uri) || (SOURCES_SEGMENT.test(toPath(uri) ?? '') && SOURCE_FILE.test(uri));

    const toDiagnostics = (text: string, uri: string, problems: SourceProblem[]): Diagnostic[] =>
      sourceDiagnostics(text, uri, problems, uiLang(s));

    /** Clash notes (same number as the bundled Opinion or another file) from the last load, by URI. */
    let notes = new Map<string, SourceProblem[]>();

    const reload = () => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      const inputs = sourceInputs(findSourceFiles(folders, patterns).map(toUri), documents, (m) => log(s, m));
      const { lib, sources } = libraryWithSources(base, inputs);
      const texts = new Map(inputs.map((i) => [i.key, i.text]));
      const nextNotes = new Map<string, SourceProblem[]>();
      const nextPublished = new Set<string>();
      for (const src of sources) {
        const parseOnly = src.status === 'bundled' || src.status === 'duplicate' ? src.problems.slice(-1) : [];
        nextNotes.set(src.key, parseOnly);
        const diagnostics = toDiagnostics(texts.get(src.key) ?? '', src.key, src.problems);
        const open = documents.get(src.key);
        if (diagnostics.length || published.has(src.key))
          s.client.publishDiagnostics({ uri: src.key, version: open?.version, diagnostics });
        if (diagnostics.length) nextPublished.add(src.key);
      }
      // Files that are no longer sources lose their diagnostics.
      for (const uri of published)
        if (!nextPublished.has(uri) && !texts.has(uri)) s.client.publishDiagnostics({ uri, diagnostics: [] });
      published = nextPublished;
      notes = nextNotes;
      known = new Set(inputs.map((i) => i.key));
      const used = sources.filter((x) => x.status === 'used').length;
      log(
        s,
        `sources: ${used} in use of ${sources.length} file(s)${sources.length ? ` (${sources.map((x) => `${path.basename(toPath(x.key) ?? x.key)}: ${x.status}`).join(', ')})` : ''}`,
      );
      setLibrary(s, lib);
    };
    const schedule = (ms: number) => {
      if (!started) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          reload();
        } catch (e) {
          log(s, `could not load the sources: ${e instanceof Error ? e.stack : String(e)}`);
        }
      }, ms);
    };

    const watch = async () => {
      // Only a client that declared dynamic registration for watched files is asked to watch them.
      if (!s.support.watchedFilesRegistration) return;
      const watchers = watchersFor(patterns, folders, s.support.relativePatterns);
      const key = JSON.stringify(watchers);
      if (key === watchedKey) return;
      watchedKey = key;
      const previous = watching;
      watching = undefined;
      previous?.dispose();
      try {
        watching = await s.client.register('workspace/didChangeWatchedFiles', { watchers });
      } catch (e) {
        log(s, `cannot watch the source files: ${String(e)}`);
      }
    };

    return {
      watchedFilesChanged(uris: string[]) {
        if (uris.some((u) => known.has(u) || SOURCES_SEGMENT.test(toPath(u) ?? '') || SOURCE_FILE.test(u))) schedule(0);
      },
      documentChanged(doc: TextDocument) {
        if (isSource(doc.uri)) schedule(TYPING_DELAY_MS);
      },
      documentClosed(doc: TextDocument) {
        if (isSource(doc.uri)) schedule(0);
      },
      initialize(params: InitializeParams) {
        const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        folders = uris.map(toPath).filter((p): p is string => !!p);
        if (!folders.length && params.rootPath) folders = [params.rootPath];
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
