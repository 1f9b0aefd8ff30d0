// Completion while typing a citation (core/complete.ts decides what fits at the offset; this turns it into items).
import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import { ChoiceKind, complete } from '../core/complete';
import { analysisOf } from './documents';
import { ServerState, rangeOf } from './state';

const KINDS: Record<ChoiceKind, CompletionItemKind> = {
  document: CompletionItemKind.File,
  part: CompletionItemKind.Module,
  section: CompletionItemKind.Reference,
  principle: CompletionItemKind.Constant,
  target: CompletionItemKind.Value,
};

export function completion(s: ServerState, p: CompletionParams): CompletionItem[] | null {
  const doc = s.documents.get(p?.textDocument?.uri);
  if (!doc || !p.position) return null;
  const entries = complete(doc.getText(), doc.offsetAt(p.position), s.library, analysisOf(s, doc));
  if (!entries.length) return null;
  return entries.map((e) => ({
    label: e.label,
    detail: e.detail,
    kind: KINDS[e.kind],
    sortText: e.sortText,
    filterText: e.filterText,
    documentation: e.documentation ? { kind: MarkupKind.PlainText, value: e.documentation } : undefined,
    textEdit: { range: rangeOf(doc, e.replace), newText: e.insertText },
  }));
}
