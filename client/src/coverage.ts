// The coverage tree beside the explorer: each part, section, principle, objective and target of the Opinion, marked
// covered or not by the active draft, with the draft's citations under it. A click jumps to the citation, or to the
// clause in the source text when the draft does not cite it. The server computes it all (policyCite/coverage).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CoverageCitation, CoverageClause, CoverageReply, CoverageRequest, Location } from '../../shared/protocol';
import { followActiveDocument } from './request';
import { citationCount } from './words';

type Loc = Location;
type Cit = CoverageCitation;
type Clause = CoverageClause;
type Reply = CoverageReply;

type Item = { clause: Clause } | { citation: Cit; clause: Clause; mis: boolean };

export const COVERAGE_VIEW = 'policyCite.coverage';

const toRange = (r: Loc['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const openAt = (l: Loc): vscode.Command => ({
  title: '',
  command: 'vscode.open',
  arguments: [
    vscode.Uri.parse(l.uri),
    { selection: toRange(l.range), preview: true } satisfies vscode.TextDocumentShowOptions,
  ],
});

class CoverageTree implements vscode.TreeDataProvider<Item> {
  private readonly changed = new vscode.EventEmitter<Item | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  reply: Reply | undefined;

  getTreeItem(item: Item): vscode.TreeItem {
    if ('citation' in item) {
      const c = item.citation;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(c.uri).toString());
      const line = doc && c.range.start.line < doc.lineCount ? doc.lineAt(c.range.start.line).text.trim() : '';
      const t = new vscode.TreeItem(
        vscode.l10n.t('Line {0}', c.range.start.line + 1),
        vscode.TreeItemCollapsibleState.None,
      );
      t.description = item.mis ? `${vscode.l10n.t('mis-cited')} · ${line}` : line;
      t.tooltip = item.mis ? c.message : line;
      t.iconPath = new vscode.ThemeIcon(
        item.mis ? 'warning' : 'references',
        item.mis ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined,
      );
      t.command = openAt(c);
      return t;
    }
    const n = item.clause;
    const kids = this.childrenOf(n).length;
    const t = new vscode.TreeItem(
      n.text,
      kids
        ? n.depth === 0
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None,
    );
    t.id = `${this.reply?.uri}#${n.id}`;
    const restated = n.restatements?.length ?? 0;
    t.description = n.covered
      ? citationCount(n.citations.length)
      : n.misCitations.length
        ? vscode.l10n.t('mis-cited')
        : restated
          ? vscode.l10n.t('restated')
          : vscode.l10n.t('not covered');
    t.iconPath = n.covered
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : n.misCitations.length
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : restated
          ? new vscode.ThemeIcon('quote', new vscode.ThemeColor('testing.iconQueued'))
          : new vscode.ThemeIcon('circle-large-outline');
    const lang = this.reply?.lang ?? 'zh';
    const src = n.source[lang] ?? n.source.zh ?? n.source.en;
    const md = new vscode.MarkdownString(`**${n.heading.zh}**\n\n${n.heading.en}`);
    t.tooltip = md;
    t.contextValue = n.covered ? 'covered' : 'uncovered';
    t.command = n.covered ? openAt(n.citations[0]) : src ? openAt(src) : undefined;
    return t;
  }

  /** Sub-clauses, then the citations of this very clause (those of a sub-clause sit under it). */
  private childrenOf(n: Clause): Item[] {
    const subs = (this.reply?.clauses ?? []).filter((c) => c.parent === n.id).map((clause) => ({ clause }));
    const own = [
      ...n.citations.map((citation) => ({ citation, clause: n, mis: false })),
      ...n.misCitations.map((citation) => ({ citation, clause: n, mis: true })),
      ...(n.restatements ?? []).map((citation) => ({ citation, clause: n, mis: false })),
    ]
      .filter((x) => x.citation.nodeId === n.id)
      .sort(
        (a, b) =>
          a.citation.range.start.line - b.citation.range.start.line ||
          a.citation.range.start.character - b.citation.range.start.character,
      );
    return [...subs, ...own];
  }

  getChildren(item?: Item): Item[] {
    if (!this.reply) return [];
    if (!item) return this.reply.clauses.filter((c) => c.depth === 0).map((clause) => ({ clause }));
    return 'citation' in item ? [] : this.childrenOf(item.clause);
  }

  set(reply: Reply | undefined): void {
    this.reply = reply;
    this.changed.fire(undefined);
  }
}

/** Registers the tree view; `client()` is the running language client, if any. */
export function registerCoverageView(
  context: vscode.ExtensionContext,
  client: () => BaseLanguageClient | undefined,
): void {
  const tree = new CoverageTree();
  const view = vscode.window.createTreeView(COVERAGE_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const later = followActiveDocument(
    context,
    client,
    CoverageRequest,
    (reply) => {
      // nothing asked, or a document the server does not check (or a source text): the last draft's tree stays
      if (!reply) return;
      tree.set(reply);
      const parts = reply.groups.filter((g) => g.id !== 'parts').map((g) => `${g.label} ${g.covered}/${g.total}`);
      view.description = `${reply.document.number} · ${parts.join(' · ')}`;
      view.message = undefined;
    },
    { delay: 400, wanted: () => view.visible },
  );
  context.subscriptions.push(
    view,
    view.onDidChangeVisibility(() => later(50)),
  );
}
