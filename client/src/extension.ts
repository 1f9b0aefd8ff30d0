// VS Code client: starts the language server bundle (dist/server.js) in its own process and adds commands.
// All citation logic lives in the server; nothing here reads drafts.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CommandIds } from './commands';

let client: LanguageClient | undefined;

function languages(): string[] {
  const v = vscode.workspace.getConfiguration('policyCite').get<unknown>('languages');
  return Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length ? (v as string[]) : ['plaintext', 'markdown'];
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages().flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
      { scheme: 'file', pattern: context.asAbsolutePath('corpus/*.txt') },
    ],
    synchronize: { configurationSection: 'policyCite' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('policyCite') },
  };
  client = new LanguageClient('policyCite', 'Policy Cite', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.restartServer, async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand(CommandIds.openSource, async (lang?: 'zh' | 'en', line?: number) => {
      const file = context.asAbsolutePath(path.join('corpus', lang === 'en' ? 'gf-2015-5.en.txt' : 'gf-2015-5.zh.txt'));
      const doc = await vscode.workspace.openTextDocument(file);
      const pos = new vscode.Position(Math.max(0, line ?? 0), 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('policyCite.languages')) await vscode.commands.executeCommand(CommandIds.restartServer);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
