// The commands that act on more than one citation: show the coverage view, export the response matrix (对照表) as
// CSV, check every draft of the workspace, and the walkthrough's own two — open the example draft, add a source.
// The server does the work (shared/protocol.ts); these ask it, and write or open what it answers.
import * as vscode from 'vscode';
import { type BaseLanguageClient, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageclient';
import { CheckWorkspaceRequest, Commands, CoverageCsvRequest } from '../../shared/protocol';
import { COVERAGE_VIEW } from './coverage';
import { request } from './request';

type Running = () => BaseLanguageClient | undefined;

/** The draft a command is about: the active editor's document. */
function activeDraft(): vscode.TextDocument | undefined {
  return vscode.window.activeTextEditor?.document;
}

async function exportCoverageCsv(client: Running, scope?: unknown): Promise<void> {
  const c = client();
  if (!c?.isRunning()) return;
  const doc = activeDraft();
  let s: 'document' | 'workspace' | undefined = scope === 'document' || scope === 'workspace' ? scope : undefined;
  if (!s && !doc) s = 'workspace';
  if (!s) {
    const items: (vscode.QuickPickItem & { scope: 'document' | 'workspace' })[] = [
      { label: vscode.l10n.t('This draft'), description: vscode.workspace.asRelativePath(doc!.uri), scope: 'document' },
      {
        label: vscode.l10n.t('Every draft in the workspace'),
        description: vscode.l10n.t('open or not, merged as one plan'),
        scope: 'workspace',
      },
    ];
    s = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export the coverage of…') }))?.scope;
    if (!s) return;
  }
  const reply = await request(c, CoverageCsvRequest, {
    uri: doc ? c.code2ProtocolConverter.asUri(doc.uri) : undefined,
    scope: s,
  });
  if (!reply) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Cite: no draft here cites a known document.'));
    return;
  }
  const folder =
    (doc && vscode.workspace.getWorkspaceFolder(doc.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = folder ?? (doc && doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : undefined);
  const target = await vscode.window.showSaveDialog({
    defaultUri: base ? vscode.Uri.joinPath(base, reply.fileName) : undefined,
    filters: { CSV: ['csv'] },
    title: vscode.l10n.t('Save the coverage of {0} as CSV', reply.document.number),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reply.csv));
  const open = vscode.l10n.t('Open');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Policy Cite: saved the coverage of {0} by {1} draft(s) to {2}.',
      reply.document.number,
      reply.files.length,
      vscode.workspace.asRelativePath(target),
    ),
    open,
  );
  if (answer === open) await vscode.commands.executeCommand('vscode.open', target);
}

async function checkWorkspace(client: Running): Promise<void> {
  const c = client();
  if (!c?.isRunning()) return;
  const r = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Policy Cite: checking the drafts…') },
    () => request(c, CheckWorkspaceRequest, {}),
  );
  const summary =
    r.delivery === 'none'
      ? vscode.l10n.t(
          'Policy Cite: only open drafts can be checked here ({0} with {1} problems).',
          r.withProblems,
          r.problems,
        )
      : vscode.l10n.t(
          'Policy Cite: checked {0} drafts; {1} have problems ({2} in all).',
          r.files,
          r.withProblems,
          r.problems,
        );
  const more = r.truncated ? ` ${vscode.l10n.t('The workspace is large: only the first drafts were read.')}` : '';
  void vscode.window.showInformationMessage(summary + more);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function openExample(context: vscode.ExtensionContext, lang?: unknown): Promise<void> {
  const l = lang === 'zh' || lang === 'en' ? lang : /^zh/i.test(vscode.env.language) ? 'zh' : 'en';
  const bytes = await vscode.workspace.fs.readFile(
    vscode.Uri.joinPath(context.extensionUri, 'examples', `draft-${l}.md`),
  );
  // A new, unsaved document: the drafter may edit it freely; the installed example stays as it is.
  const doc = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: new TextDecoder().decode(bytes),
  });
  await vscode.window.showTextDocument(doc);
}

/** Copies the files given (an array of URIs, as tests and other extensions pass them) or picked in a dialog. */
async function addSource(client: Running, given?: unknown): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Cite: open a folder first; sources are kept in it.'));
    return;
  }
  const passed = Array.isArray(given) ? given.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : [];
  const files = passed.length
    ? passed
    : await vscode.window.showOpenDialog({
        canSelectMany: true,
        filters: { [vscode.l10n.t('Documents')]: ['txt', 'md', 'markdown'] },
        title: vscode.l10n.t('The full text of a document your drafts cite (title, 发文字号, body, issuer and date)'),
      });
  if (!files?.length) return;
  const dir = vscode.Uri.joinPath(folder.uri, '.policy-cite', 'sources');
  await vscode.workspace.fs.createDirectory(dir);
  const copied: vscode.Uri[] = [];
  for (const f of files) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    const to = vscode.Uri.joinPath(dir, name);
    await vscode.workspace.fs.copy(f, to, { overwrite: true });
    copied.push(to);
  }
  // Tell the server at once rather than wait for the file watcher, which can be late or miss a copy (seen in
  // code-server): the same notification the watcher would send.
  const c = client();
  if (c?.isRunning())
    await c.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: copied.map((u) => ({ uri: c.code2ProtocolConverter.asUri(u), type: FileChangeType.Created })),
    });
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Policy Cite: {0} source(s) added to .policy-cite/sources/; their citations are checked now.',
      files.length,
    ),
  );
}

/** Registers the commands above. */
export function registerCommands(context: vscode.ExtensionContext, client: Running): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showCoverage, () =>
      vscode.commands.executeCommand(`${COVERAGE_VIEW}.focus`),
    ),
    vscode.commands.registerCommand(Commands.exportCoverageCsv, (scope?: unknown) => exportCoverageCsv(client, scope)),
    vscode.commands.registerCommand(Commands.checkWorkspace, () => checkWorkspace(client)),
    vscode.commands.registerCommand(Commands.openExample, (lang?: unknown) => openExample(context, lang)),
    vscode.commands.registerCommand(Commands.addSource, (files?: unknown) => addSource(client, files)),
  );
}
