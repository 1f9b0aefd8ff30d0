// Code actions: the quick fixes a diagnostic carries in its data (diagnostics.ts), and "Fix all" (every safe fix,
// core/fixes.ts) over the analysis of the document's current version.
import type { CodeAction, CodeActionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../../../shared/protocol';
import type { Analysis } from '../core/analyze';
import { safeFixes } from '../core/fixes';
import type { FixesData } from './diagnostics';
import { analysisOf } from './documents';
import { ServerState, rangeOf, uiLang } from './state';

/** Every safe fix of the enabled rules, without overlaps, as one edit. */
export function fixAllEdit(doc: TextDocument, a: Analysis): WorkspaceEdit | undefined {
  const edits: TextEdit[] = safeFixes(a.findings).flatMap((fx) =>
    fx.edits.map((e) => ({ range: rangeOf(doc, e.span), newText: e.newText })),
  );
  return edits.length ? { changes: { [doc.uri]: edits } } : undefined;
}

const fixAllTitle = (s: ServerState) =>
  uiLang(s) === 'zh' ? '修正所有可自动修正的引用问题' : 'Fix all citation problems that have a safe fix';

export function codeActions(s: ServerState, p: CodeActionParams): CodeAction[] {
  const doc = s.documents.get(p?.textDocument?.uri);
  if (!doc) return [];
  const only = Array.isArray(p.context?.only) ? p.context.only : undefined;
  const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  const wantAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k));
  const actions: CodeAction[] = [];
  if (wantQuick && Array.isArray(p.context?.diagnostics)) {
    for (const d of p.context.diagnostics) {
      if (d?.source !== DIAGNOSTIC_SOURCE) continue;
      const fixes = (d.data as FixesData | undefined)?.fixes;
      if (!Array.isArray(fixes)) continue;
      fixes.forEach((fx, i) => {
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
    const edit = fixAllEdit(doc, analysisOf(s, doc));
    if (edit) actions.push({ title: fixAllTitle(s), kind: FIX_ALL_KIND, edit });
  }
  return actions;
}
