// The status bar item of a draft that cites a known source: "国发〔2015〕5号 · 12 citations · 2 problems"; a click opens
// the coverage view. Hidden for a document that cites nothing (or that the server does not check). The server counts
// (policyCite/status); the item follows the active editor and the draft's diagnostics, which arrive once the server
// has read the new text.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, StatusReply, StatusRequest } from '../../shared/protocol';
import { followActiveDocument } from './request';
import { citationCount } from './words';

export const STATUS_ITEM_ID = 'policyCite.status';

/** The item's text: the most cited document, the citations and the problems (both languages through l10n). */
export function statusText(r: StatusReply): string {
  const problems = r.problems.error + r.problems.warning + r.problems.information + r.problems.hint;
  const doc = r.documents[0]?.number ?? '';
  const more = r.documents.length > 1 ? vscode.l10n.t(' (+{0} more)', r.documents.length - 1) : '';
  const citations = citationCount(r.citations);
  const found =
    problems === 0
      ? vscode.l10n.t('no problems')
      : problems === 1
        ? vscode.l10n.t('1 problem')
        : vscode.l10n.t('{0} problems', problems);
  return `${doc}${more} · ${citations} · ${found}`;
}

function tooltip(r: StatusReply): vscode.MarkdownString {
  const lines = r.documents.map((d) => `- ${d.number}: ${citationCount(d.citations)}`);
  const p = r.problems;
  lines.push(
    '',
    vscode.l10n.t('Errors: {0}, warnings: {1}, other: {2}', p.error, p.warning, p.information + p.hint),
    '',
    vscode.l10n.t('Click to show the coverage view.'),
  );
  return new vscode.MarkdownString(`**Policy Cite**\n\n${lines.join('\n')}`);
}

export function registerStatusItem(
  context: vscode.ExtensionContext,
  client: () => BaseLanguageClient | undefined,
): void {
  const item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Policy Cite: citations in this draft');
  item.command = Commands.showCoverage;
  followActiveDocument(
    context,
    client,
    StatusRequest,
    (reply) => {
      if (!reply || reply.citations === 0) {
        item.hide(); // no draft, or one that cites nothing
        return;
      }
      item.text = `$(law) ${statusText(reply)}`;
      item.tooltip = tooltip(reply);
      item.accessibilityInformation = { label: `Policy Cite: ${statusText(reply)}` };
      item.show();
    },
    { delay: 300 },
  );
  context.subscriptions.push(item);
}
