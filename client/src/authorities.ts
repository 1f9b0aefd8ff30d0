// The table of authorities (引用文件清单) beside the coverage view: every document the active draft cites — its
// number and title, each place it is cited, whether title and number agree and are in GB/T 9704 form — with
// documents that are not among the known sources marked. The server builds it (policyCite/authorities, the core's
// authorities()); a click on a citation selects it in the draft.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  AuthoritiesReply,
  AuthoritiesRequest,
  AuthorityCitationEntry,
  AuthorityEntry,
  Location,
} from '../../shared/protocol';
import { followActiveDocument } from './request';
import { citationCount } from './words';

export const AUTHORITIES_VIEW = 'policyCite.authorities';

type Item = { doc: AuthorityEntry } | { citation: AuthorityCitationEntry; doc: AuthorityEntry };

const toRange = (r: Location['range']) =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

class AuthoritiesTree implements vscode.TreeDataProvider<Item> {
  private readonly changed = new vscode.EventEmitter<Item | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  reply: AuthoritiesReply | undefined;

  getTreeItem(item: Item): vscode.TreeItem {
    if ('citation' in item) {
      const c = item.citation;
      const t = new vscode.TreeItem(
        vscode.l10n.t('Line {0}', c.range.start.line + 1),
        vscode.TreeItemCollapsibleState.None,
      );
      const wrong = c.problems.length > 0;
      t.description = wrong ? `${c.text} — ${c.problems.join(' · ')}` : c.text;
      t.tooltip = wrong
        ? c.problems.join('\n')
        : vscode.l10n.t('Title and number agree; the number is in GB/T 9704 form');
      t.iconPath = wrong
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
      t.command = {
        title: '',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(c.uri), { selection: toRange(c.range), preview: true }],
      };
      return t;
    }
    const d = item.doc;
    // 《title》 in Chinese, “title” in English.
    const title = d.title && (/[\u3400-\u9fff]/.test(d.title) ? `《${d.title}》` : `“${d.title}”`);
    const name = [d.number, title].filter(Boolean).join(' ');
    const t = new vscode.TreeItem(name || d.key, vscode.TreeItemCollapsibleState.Expanded);
    t.id = `${this.reply?.uri}#${d.key}`;
    const wrong = d.citations.filter((c) => c.problems.length).length;
    const parts = [citationCount(d.citations.length)];
    if (wrong) parts.push(vscode.l10n.t('{0} with problems', wrong));
    if (!d.inLibrary) parts.push(vscode.l10n.t('unknown document'));
    t.description = parts.join(' · ');
    t.tooltip = d.inLibrary
      ? new vscode.MarkdownString(`**${d.number}**\n\n${d.title}`)
      : new vscode.MarkdownString(
          `**${d.number || d.title}**\n\n${vscode.l10n.t('Not among the known sources: add its full text to .policy-cite/sources/ to check its citations.')}`,
        );
    t.iconPath = !d.inLibrary
      ? new vscode.ThemeIcon('question')
      : wrong
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('law');
    t.contextValue = d.inLibrary ? 'known' : 'unknown';
    return t;
  }

  getChildren(item?: Item): Item[] {
    if (!this.reply) return [];
    if (!item) return this.reply.documents.map((doc) => ({ doc }));
    return 'citation' in item ? [] : item.doc.citations.map((citation) => ({ citation, doc: item.doc }));
  }

  set(reply: AuthoritiesReply | undefined): void {
    this.reply = reply;
    this.changed.fire(undefined);
  }
}

/** Registers the tree view; `client()` is the running language client, if any. */
export function registerAuthoritiesView(
  context: vscode.ExtensionContext,
  client: () => BaseLanguageClient | undefined,
): void {
  const tree = new AuthoritiesTree();
  const view = vscode.window.createTreeView(AUTHORITIES_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const later = followActiveDocument(
    context,
    client,
    AuthoritiesRequest,
    (reply) => {
      if (!reply) return; // nothing asked, or a document the server does not check: the last draft's table stays
      tree.set(reply);
      const unknown = reply.documents.filter((d) => !d.inLibrary).length;
      view.description = unknown
        ? vscode.l10n.t('{0} documents, {1} unknown', reply.documents.length, unknown)
        : vscode.l10n.t('{0} documents', reply.documents.length);
    },
    { delay: 400, wanted: () => view.visible },
  );
  context.subscriptions.push(
    view,
    view.onDidChangeVisibility(() => later(50)),
  );
}
