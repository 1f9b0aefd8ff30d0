// Desktop entry: the language server (dist/server.js) runs in its own Node process over IPC.
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, SERVER_NODE_FLAGS } from '../../shared/protocol';
import { PolicyCite, activateWith } from './common';

let pc: PolicyCite | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] },
    },
  };
  pc = await activateWith(context, {
    create: (options) => new LanguageClient(CLIENT_ID, 'Policy Cite', serverOptions, options),
  });
}

export async function deactivate(): Promise<void> {
  await pc?.stop();
}
