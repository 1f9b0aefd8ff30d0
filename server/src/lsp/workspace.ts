// The drafts of the workspace that are not open: their problems (pull diagnostics — workspace/diagnostic — where the
// client supports them, else published once), the references and the response matrix that reach them. The files
// come through a port (`WorkspaceFiles`): Node reads the workspace folders (workspace-node.ts); a web worker has
// none, and then only the open drafts count. An open document is always the editor's text, never the file's.
import type {
  Diagnostic,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  WorkspaceDiagnosticParams,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckWorkspaceReply } from '../../../shared/protocol';
import { WORKSPACE_DIAGNOSTICS_ID } from '../../../shared/protocol';
import { Analysis, analyze } from '../core/analyze';
import { toDiagnostic } from './diagnostics';
import { analysisOf } from './documents';
import { ServerState, isSourceText, log } from './state';

/** The workspace's draft files on disk. */
export interface WorkspaceFiles {
  /** The workspace folders (file: URIs), from `initialize`. */
  setFolders(uris: string[]): void;
  /** The .md/.markdown/.txt files under the folders (no hidden folders, node_modules, out or dist), sorted; at most
   *  a fixed number, `truncated` when there were more. */
  list(): { uris: string[]; truncated: boolean };
  /** A stamp that changes when the file changes (modification time and size); undefined when it cannot be read. */
  stamp(uri: string): string | undefined;
  /** The file's text, decoded as the command line decodes it; undefined when it cannot be read or is not text. */
  read(uri: string): string | undefined;
  /** The file's path relative to its workspace folder, as the command line names files in its reports. */
  relative(uri: string): string;
}

/** A draft of the workspace, open or not. */
export interface WorkspaceDraft {
  uri: string;
  open: boolean;
  text(): string;
  analysis(): Analysis;
  doc(): TextDocument;
}

const languageOf = (uri: string) => (/\.(md|markdown)$/i.test(uri) ? 'markdown' : 'plaintext');
/** How many analyses of unopened drafts are kept for references and the response matrix. */
const KEEP_FILE_ANALYSES = 8;

/** What the server remembers of the drafts that are not open: their diagnostics by stamp, the last few analyses. */
export class WorkspaceDrafts {
  private readonly reports = new Map<string, { key: string; diagnostics: Diagnostic[] }>();
  private readonly analyses = new Map<string, { key: string; analysis: Analysis; text: string }>();
  /** How often each document was closed: a closed draft's report must be sent again in full. */
  private readonly closes = new Map<string, number>();
  /** The pull diagnostics are registered with the client (once). */
  pull: Promise<boolean> | undefined;

  closed(uri: string): void {
    this.closes.set(uri, (this.closes.get(uri) ?? 0) + 1);
  }

  /** What a file's report and analysis depend on: the settings and library (generation), its text, its closes. */
  key(s: ServerState, uri: string, stamp: string): string {
    return `${s.analyses.generation}:${this.closes.get(uri) ?? 0}:${stamp}`;
  }

  analysis(s: ServerState, uri: string, stamp: string, text: string): Analysis {
    const key = this.key(s, uri, stamp);
    const hit = this.analyses.get(uri);
    if (hit && hit.key === key) return hit.analysis;
    let analysis: Analysis;
    try {
      analysis = analyze(text, s.library, { levels: s.settings.rules });
    } catch (e) {
      log(s, `analysis failed for ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
      analysis = analyze('', s.library);
    }
    this.analyses.delete(uri);
    this.analyses.set(uri, { key, analysis, text });
    if (this.analyses.size > KEEP_FILE_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    return analysis;
  }

  /** The diagnostics of an unopened draft, made once per key. */
  diagnostics(s: ServerState, uri: string, stamp: string, text: () => string | undefined): Diagnostic[] | undefined {
    const key = this.key(s, uri, stamp);
    const hit = this.reports.get(uri);
    if (hit && hit.key === key) return hit.diagnostics;
    const t = text();
    if (t === undefined) return undefined;
    const doc = TextDocument.create(uri, languageOf(uri), 0, t);
    const diagnostics = this.analysis(s, uri, stamp, t).findings.map((f, i) => {
      const d = toDiagnostic(s, doc, f, i);
      delete d.data; // fixes are offered once the draft is open, on the editor's own text
      return d;
    });
    this.reports.set(uri, { key, diagnostics });
    return diagnostics;
  }
}

/** Is this open document a draft (not a shipped source text, not a user source that a companion claims)? */
function isDraft(s: ServerState, doc: TextDocument): boolean {
  if (isSourceText(s, doc.uri)) return false;
  return !s.companions.some((c) => c.diagnosticsFor?.(doc) !== undefined);
}

/** Every draft: the open ones (the editor's text), then the workspace's files that are not open. */
export function workspaceDrafts(s: ServerState): { drafts: WorkspaceDraft[]; truncated: boolean } {
  const drafts: WorkspaceDraft[] = [];
  for (const doc of s.documents.all()) {
    if (!isDraft(s, doc)) continue;
    drafts.push({
      uri: doc.uri,
      open: true,
      text: () => doc.getText(),
      analysis: () => analysisOf(s, doc),
      doc: () => doc,
    });
  }
  const files = s.workspaceFiles?.list() ?? { uris: [], truncated: false };
  for (const uri of files.uris) {
    if (s.documents.get(uri) || isSourceText(s, uri)) continue;
    const stamp = s.workspaceFiles!.stamp(uri);
    if (stamp === undefined) continue;
    let text: string | undefined;
    const read = () => (text ??= s.workspaceFiles!.read(uri) ?? '');
    drafts.push({
      uri,
      open: false,
      text: read,
      analysis: () => s.workspace.analysis(s, uri, stamp, read()),
      doc: () => TextDocument.create(uri, languageOf(uri), 0, read()),
    });
  }
  return { drafts, truncated: files.truncated };
}

/** The name a report gives a draft: its path in the workspace folder, or its URI's last segment. */
export function draftName(s: ServerState, uri: string): string {
  if (s.workspaceFiles && uri.startsWith('file:')) return s.workspaceFiles.relative(uri);
  return decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, '')) || uri;
}

// ---- Pull diagnostics ---------------------------------------------------------------------------------------

/**
 * workspace/diagnostic: a report for every draft file that is not open (full when it changed since the client's
 * last one, else unchanged), and an empty one for each open draft, whose diagnostics are published as it is typed.
 */
export function workspaceDiagnostics(s: ServerState, p: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport {
  const previous = new Map((p?.previousResultIds ?? []).map((r) => [r.uri, r.value]));
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  const report = (uri: string, resultId: string, version: number | null, diagnostics: () => Diagnostic[]) =>
    items.push(
      previous.get(uri) === resultId
        ? { kind: 'unchanged', uri, version, resultId }
        : { kind: 'full', uri, version, resultId, items: diagnostics() },
    );
  for (const doc of s.documents.all()) if (isDraft(s, doc)) report(doc.uri, 'open', doc.version, () => []);
  for (const uri of s.workspaceFiles?.list().uris ?? []) {
    if (s.documents.get(uri) || isSourceText(s, uri)) continue;
    const stamp = s.workspaceFiles!.stamp(uri);
    const diagnostics =
      stamp === undefined ? undefined : s.workspace.diagnostics(s, uri, stamp, () => s.workspaceFiles!.read(uri));
    if (!diagnostics) continue;
    report(uri, s.workspace.key(s, uri, stamp!), null, () => diagnostics);
  }
  return { items };
}

/** textDocument/diagnostic: an open draft's diagnostics are published, so its pulled report is empty. */
export function documentDiagnostics(s: ServerState, p: DocumentDiagnosticParams): DocumentDiagnosticReport {
  const uri = p?.textDocument?.uri;
  if (typeof uri !== 'string' || s.documents.get(uri) || !s.workspaceFiles) return { kind: 'full', items: [] };
  const stamp = s.workspaceFiles.stamp(uri);
  const items =
    stamp === undefined ? [] : (s.workspace.diagnostics(s, uri, stamp, () => s.workspaceFiles!.read(uri)) ?? []);
  return { kind: 'full', items };
}

/** Registers the pull diagnostics with the client, once; false when the client cannot take them. */
function registerPull(s: ServerState): Promise<boolean> {
  if (!s.support.pullDiagnosticsRegistration) return Promise.resolve(false);
  s.workspace.pull ??= s.client
    .register('textDocument/diagnostic', {
      identifier: WORKSPACE_DIAGNOSTICS_ID,
      documentSelector: [{ language: 'plaintext' }, { language: 'markdown' }],
      interFileDependencies: false,
      workspaceDiagnostics: true,
    })
    .then(
      () => true,
      (e) => {
        log(s, `could not register workspace diagnostics: ${String(e)}`);
        s.workspace.pull = undefined;
        return false;
      },
    );
  return s.workspace.pull;
}

/**
 * policyCite/checkWorkspace: reads every draft of the workspace and counts their problems. Their diagnostics reach
 * the client by pull where it supports it (registered here, then kept fresh by the client), else they are published.
 */
export async function checkWorkspace(s: ServerState): Promise<CheckWorkspaceReply> {
  const { drafts, truncated } = workspaceDrafts(s);
  let withProblems = 0;
  let problems = 0;
  const closed: { uri: string; diagnostics: Diagnostic[] }[] = [];
  for (const d of drafts) {
    const n = d.open
      ? d.analysis().findings.length
      : (() => {
          const stamp = s.workspaceFiles!.stamp(d.uri);
          const diagnostics = stamp === undefined ? [] : (s.workspace.diagnostics(s, d.uri, stamp, d.text) ?? []);
          closed.push({ uri: d.uri, diagnostics });
          return diagnostics.length;
        })();
    if (n) withProblems++;
    problems += n;
  }
  let delivery: CheckWorkspaceReply['delivery'] = s.workspaceFiles ? 'push' : 'none';
  if (s.workspaceFiles && (await registerPull(s))) {
    delivery = 'pull';
    s.client.refreshDiagnostics?.();
  } else if (s.workspaceFiles) {
    for (const c of closed)
      if (c.diagnostics.length) s.client.publishDiagnostics({ uri: c.uri, diagnostics: c.diagnostics });
  }
  return { files: drafts.length, withProblems, problems, truncated, delivery };
}
