// Typed requests to the server: the method and the params and reply types come from shared/protocol.ts, the one
// place the server takes them from too.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Request } from '../../shared/protocol';

export function request<P, R>(client: BaseLanguageClient, r: Request<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(r.method, params);
}

/**
 * Asks the server about the active editor's document — when the editor changes, when that document's diagnostics
 * arrive (the server has analysed its new text), and once shortly after start — and hands each answer on: the reply,
 * null when the server does not check the document or is restarting, undefined when there was nothing to ask (no
 * editor, no running server, or `wanted` says no). Asks are debounced and only the newest answer is handed on.
 * Returns `later(ms)`, to ask again soon for a reason of the caller's own.
 */
export function followActiveDocument<R>(
  context: { subscriptions: { dispose(): unknown }[] },
  client: () => BaseLanguageClient | undefined,
  r: Request<{ uri: string }, R | null>,
  answer: (reply: R | null | undefined) => void,
  opts: { delay: number; wanted?: () => boolean },
): (ms?: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation;
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c?.isRunning() || (opts.wanted && !opts.wanted())) return answer(undefined);
    let reply: R | null;
    try {
      reply = await request(c, r, { uri: c.code2ProtocolConverter.asUri(editor.document.uri) });
    } catch {
      reply = null; // the server is restarting: the next change asks again
    }
    if (mine === generation) answer(reply);
  };
  const later = (ms = opts.delay) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), ms);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => later(50)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) later();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  later(1000);
  return later;
}
