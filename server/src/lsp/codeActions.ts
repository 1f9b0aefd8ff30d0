// Code actions: the quick fixes of the findings under the cursor, and "Fix all" (every safe fix, core/fixes.ts).
// Diagnostics carry only `data: { v, i }` (the version and the finding's index); the fixes are built here, from the
// analysis of that version. Where the client resolves code actions (codeActionLiteralSupport + resolveSupport for
// `edit`), the list carries titles only and each edit is built in codeAction/resolve; other clients get complete
// actions at once.
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, DiagnosticData, FIX_ALL_KIND } from '../../../shared/protocol';
import type { Analysis } from '../core/analyze';
import { safeFixes } from '../core/fixes';
import type { Finding, Fix } from '../core/model';
import { analysisOf } from './documents';
import { ServerState, rangeOf, uiLang } from './state';

/**
 * `data` of an unresolved action: quick fix `f` of finding `i` (whose code and start offset are `c` and `o`), or (no
 * `i`) "Fix all", in `uri` at version `v`.
 */
interface ActionData {
  uri: string;
  v: number;
  i?: number;
  f?: number;
  c?: string;
  o?: number;
}

const isPosition = (p: unknown): p is { line: number; character: number } =>
  !!p &&
  typeof (p as { line?: unknown }).line === 'number' &&
  typeof (p as { character?: unknown }).character === 'number';

/**
 * The finding a diagnostic was made from, in the analysis of the document's current version: finding `i` when its
 * code and lines agree with the diagnostic (Neovim 0.7 sends columns back in bytes, not UTF-16 units), else the
 * finding with the diagnostic's code and exact range (a rule's level changed since the publish: indices moved).
 */
export function findingOf(
  s: ServerState,
  doc: TextDocument,
  d: Diagnostic,
): { finding: Finding; index: number } | undefined {
  const data = d?.data as Partial<DiagnosticData> | undefined;
  if (d?.source !== DIAGNOSTIC_SOURCE || !data || data.v !== doc.version || typeof data.i !== 'number') return;
  if (!isPosition(d.range?.start) || !isPosition(d.range?.end)) return;
  const findings = analysisOf(s, doc).findings;
  const byIndex = findings[data.i];
  if (byIndex?.code === d.code) {
    const r = rangeOf(doc, byIndex.span);
    if (r.start.line === d.range.start.line && r.end.line === d.range.end.line)
      return { finding: byIndex, index: data.i };
  }
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const index = findings.findIndex((f) => f.code === d.code && f.span.start === start && f.span.end === end);
  return index >= 0 ? { finding: findings[index], index } : undefined;
}

function fixEdit(doc: TextDocument, fix: Pick<Fix, 'edits'>): WorkspaceEdit {
  const edits: TextEdit[] = fix.edits.map((e) => ({ range: rangeOf(doc, e.span), newText: e.newText }));
  return { changes: { [doc.uri]: edits } };
}

/** Every safe fix of the enabled rules, without overlaps, as one edit. */
export function fixAllEdit(doc: TextDocument, a: Analysis): WorkspaceEdit | undefined {
  const fixes = safeFixes(a.findings);
  if (!fixes.length) return undefined;
  return fixEdit(doc, { edits: fixes.flatMap((fx) => fx.edits) });
}

const fixAllTitle = (s: ServerState) =>
  uiLang(s) === 'zh' ? '修正所有可自动修正的引用问题' : 'Fix all citation problems that have a safe fix';

export function codeActions(s: ServerState, p: CodeActionParams): CodeAction[] {
  const doc = s.documents.get(p?.textDocument?.uri);
  if (!doc) return [];
  const only = Array.isArray(p.context?.only) ? p.context.only : undefined;
  const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  const wantAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k));
  const lazy = s.support.codeActionResolve;
  const lang = uiLang(s);
  const actions: CodeAction[] = [];
  if (wantQuick && Array.isArray(p.context?.diagnostics)) {
    for (const d of p.context.diagnostics) {
      const hit = findingOf(s, doc, d);
      if (!hit) continue;
      hit.finding.fixes.forEach((fx, f) => {
        const action: CodeAction = {
          title: fx.title[lang],
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: f === 0 && fx.safe,
        };
        if (lazy)
          action.data = {
            uri: doc.uri,
            v: doc.version,
            i: hit.index,
            f,
            c: hit.finding.code,
            o: hit.finding.span.start,
          } satisfies ActionData;
        else action.edit = fixEdit(doc, fx);
        actions.push(action);
      });
    }
  }
  if (wantAll) {
    const a = analysisOf(s, doc);
    if (lazy) {
      if (safeFixes(a.findings).length)
        actions.push({ title: fixAllTitle(s), kind: FIX_ALL_KIND, data: { uri: doc.uri, v: doc.version } });
    } else {
      const edit = fixAllEdit(doc, a);
      if (edit) actions.push({ title: fixAllTitle(s), kind: FIX_ALL_KIND, edit });
    }
  }
  return actions;
}

/** codeAction/resolve: the edit of an action from `codeActions`. An action made for an older version stays as it is. */
export function resolveCodeAction(s: ServerState, action: CodeAction): CodeAction {
  const data = action?.data as Partial<ActionData> | undefined;
  const doc = typeof data?.uri === 'string' ? s.documents.get(data.uri) : undefined;
  if (!doc || data?.v !== doc.version || action.edit) return action;
  const a = analysisOf(s, doc);
  if (data.i === undefined) {
    const edit = fixAllEdit(doc, a);
    return edit ? { ...action, edit } : action;
  }
  const same = (f: Finding | undefined) => !!f && f.code === data.c && f.span.start === data.o;
  // The settings changed between the list and the resolve: the finding is still there, at another index.
  const finding = same(a.findings[data.i]) ? a.findings[data.i] : a.findings.find(same);
  const fix = typeof data.f === 'number' ? finding?.fixes[data.f] : undefined;
  return fix ? { ...action, edit: fixEdit(doc, fix) } : action;
}
