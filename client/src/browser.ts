// Web entry (VS Code for the Web): the same server and core run in a web worker (dist/browser-server.js).
// Source texts are read from the extension's own corpus/ folder, whose URI the server gets at start.
import * as vscode from 'vscode';
import { BaseLanguageClient, LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID } from '../../shared/protocol';
import { PolicyCite, activateWith } from './common';

let pc: PolicyCite | undefined;
const workers = new WeakMap<BaseLanguageClient, Worker>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  pc = await activateWith(context, {
    create: (options) => {
      const worker = new Worker(serverMain.toString(true));
      const client = new LanguageClient(CLIENT_ID, 'Policy Cite', options, worker);
      workers.set(client, worker);
      return client;
    },
    initializationOptions: () => ({
      corpusBaseUri: vscode.Uri.joinPath(context.extensionUri, 'corpus').toString(true),
    }),
    disposed: (client) => workers.get(client)?.terminate(),
  });
}

export async function deactivate(): Promise<void> {
  await pc?.stop();
}
