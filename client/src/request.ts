// Typed requests to the server: the method and the params and reply types come from shared/protocol.ts, the one
// place the server takes them from too.
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Request } from '../../shared/protocol';

export function request<P, R>(client: BaseLanguageClient, r: Request<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(r.method, params);
}
