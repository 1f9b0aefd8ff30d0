// Counted words the views and the status bar share, through l10n (Chinese has no plural; English does).
import * as vscode from 'vscode';

/** "1 citation", "12 citations" (引用 12 处). */
export function citationCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 citation') : vscode.l10n.t('{0} citations', n);
}
