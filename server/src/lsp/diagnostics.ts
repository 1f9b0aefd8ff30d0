// Diagnostics: a draft's findings as LSP diagnostics, and when they are published. A diagnostic carries only what
// finds its finding again (`data: { v, i }`, see codeActions.ts); its fixes are built when the editor asks for them.
// Edits arrive in bursts (typing, a paste, an editor replaying its undo stack): the Publisher publishes each
// document once the burst already queued has been read, for its latest version, so no stale analysis is made.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, DiagnosticData } from '../../../shared/protocol';
import type { Finding, Severity } from '../core/model';
import { corpusById } from '../core/resolve';
import { analysisOf } from './documents';
import { DiagnosticsSchedule, ServerState, corpusLocation, rangeOf, uiLang } from './state';

export function severityOf(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** The passages of the source a finding compares against, for clients that show related information. */
function relatedOf(s: ServerState, f: Finding): DiagnosticRelatedInformation[] {
  const lang = uiLang(s);
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const c = corpusById(s.library, r.docId);
    const range = r.range ?? c?.nodes.get(r.nodeId)?.range[r.lang];
    const location = c && corpusLocation(s, c, r.lang, range);
    if (location) out.push({ location, message: r.message[lang] });
  }
  return out;
}

/** Finding `i` of the analysis of `doc` at `version`. */
export function toDiagnostic(s: ServerState, doc: TextDocument, f: Finding, i: number): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, f.span),
    severity: severityOf(f.severity),
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message[uiLang(s)],
  };
  if (s.support.relatedInformation) {
    const related = relatedOf(s, f);
    if (related.length) d.relatedInformation = related;
  }
  if (f.fixes.length) d.data = { v: doc.version, i } satisfies DiagnosticData;
  return d;
}

/** What is published for a document: a companion's own diagnostics (a source file), else the draft's findings. */
export function diagnosticsFor(s: ServerState, doc: TextDocument): Diagnostic[] {
  for (const c of s.companions) {
    const own = c.diagnosticsFor?.(doc);
    if (own) return own;
  }
  return analysisOf(s, doc).findings.map((f, i) => toDiagnostic(s, doc, f, i));
}

/** How the Publisher waits: one turn of the event loop, and a clock. Tests pass their own. */
export interface Timing {
  defer(fn: () => void): void;
  now(): number;
}

export const EVENT_LOOP: Timing = {
  // A web worker has no setImmediate; its JSON-RPC reader waits on setTimeout(0) too, so the order holds.
  defer: (fn) => (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0)),
  now: () => Date.now(),
};

/** The longest a publish waits behind a storm that never pauses. */
export const MAX_WAIT_MS = 250;

/**
 * Publishes diagnostics for the latest version of each document that changed. The JSON-RPC reader handles one queued
 * message per turn of the event loop; a turn that brought a change is followed by one more turn, so a burst of 50
 * didChange notifications already read from the stream is applied in full before anything is analysed — one
 * analysis and one publish, of the last version. A single edit is published two turns after it arrives (well under
 * a millisecond); a storm that never pauses is still published every MAX_WAIT_MS.
 */
export class Publisher implements DiagnosticsSchedule {
  private readonly dirty = new Set<string>();
  private scheduled = false;
  private changedThisTurn = false;
  private oldest = 0;

  constructor(
    private readonly s: ServerState,
    private readonly timing: Timing = EVENT_LOOP,
  ) {}

  /** `uri` changed (its text, or what it is checked against). */
  schedule(uri: string): void {
    if (!this.dirty.size) this.oldest = this.timing.now();
    this.dirty.add(uri);
    this.changedThisTurn = true;
    this.wake();
  }

  scheduleAll(): void {
    for (const d of this.s.documents.all()) this.schedule(d.uri);
  }

  /** The settings are ready: publish what waited for them. */
  flush(): void {
    if (this.dirty.size) this.wake();
  }

  /** A closed document loses its diagnostics at once. */
  cleared(uri: string): void {
    this.dirty.delete(uri);
    if (!this.s.shutDown) this.s.client.publishDiagnostics({ uri, diagnostics: [] });
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timing.defer(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    if (this.s.shutDown) {
      this.dirty.clear();
      return;
    }
    // Nothing is published before the settings are read: a draft opened at start-up must not flash diagnostics
    // that its rule levels turn off.
    if (!this.s.settingsReady || !this.dirty.size) return;
    if (this.changedThisTurn && this.timing.now() - this.oldest < MAX_WAIT_MS) {
      this.changedThisTurn = false;
      this.wake();
      return;
    }
    this.changedThisTurn = false;
    const uris = [...this.dirty];
    this.dirty.clear();
    for (const uri of uris) this.publish(uri);
  }

  private publish(uri: string): void {
    const doc = this.s.documents.get(uri);
    if (!doc) return; // closed meanwhile: cleared() published the empty list
    const diagnostics = diagnosticsFor(this.s, doc);
    this.s.client.publishDiagnostics({ uri, version: doc.version, diagnostics });
  }
}
