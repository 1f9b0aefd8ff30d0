// shared/protocol.ts is the one place the wire's names live: the server handles every request it lists, the client
// sends them through it, the manifest declares its command ids, and no other file spells a method or command id.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import * as protocol from '../../shared/protocol';
import { startSession } from '../../server/src/lsp/session';
import { ROOT, lib } from '../helpers/corpus';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const tsFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );

/** A connection that records what the session registers, and does nothing else. */
function recordingConnection(): { connection: Connection; requests: string[]; handlers: string[] } {
  const requests: string[] = [];
  const handlers: string[] = [];
  const connection = new Proxy(
    {},
    {
      get: (_t, name: string) => {
        if (name === 'onRequest')
          return (method: unknown) => {
            if (typeof method === 'string') requests.push(method);
          };
        if (name.startsWith('on'))
          return () => {
            handlers.push(name);
          };
        // connection.languages.diagnostics.on / onWorkspace: the pulled diagnostics (workspace/diagnostic)
        if (name === 'languages')
          return {
            diagnostics: {
              on: () => handlers.push('onDiagnostics'),
              onWorkspace: () => handlers.push('onWorkspaceDiagnostics'),
            },
          };
        return () => undefined;
      },
    },
  ) as Connection;
  return { connection, requests, handlers };
}

describe('the protocol module shared by client and server', () => {
  it('lists exactly the requests the server answers', () => {
    const { connection, requests, handlers } = recordingConnection();
    startSession({ connection, library: lib(), sourceUri: () => undefined });
    assert.deepEqual(requests.sort(), protocol.REQUESTS.map((r) => r.method).sort());
    for (const h of [
      'onHover',
      'onDefinition',
      'onCodeAction',
      'onCodeActionResolve',
      'onReferences',
      'onShutdown',
      'onDiagnostics',
      'onWorkspaceDiagnostics',
    ])
      assert.ok(handlers.includes(h), h);
  });

  it('is what the client sends its requests with, and where it takes its command ids from', () => {
    const client = tsFiles('client/src').map(read).join('\n');
    assert.match(client, /from '\.\.\/\.\.\/shared\/protocol'/);
    for (const [name, r] of Object.entries(protocol).filter(([, v]) => protocol.REQUESTS.includes(v as never)))
      assert.match(
        client,
        new RegExp(`request\\(\\w+, ${name},|followActiveDocument\\(\\s*\\w+,\\s*\\w+,\\s*${name},`),
        `the client sends ${(r as protocol.Request<unknown, unknown>).method} as ${name}`,
      );
    for (const name of Object.keys(protocol.Commands))
      assert.match(client, new RegExp(`registerCommand\\(Commands\\.${name}\\b`));
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(
      pkg.contributes.commands.map((c: { command: string }) => c.command).sort(),
      Object.values(protocol.Commands).sort(),
    );
  });

  it('is the only place a request method, command id or settings section is spelled out', () => {
    const strays: string[] = [];
    for (const f of [...tsFiles('client/src'), ...tsFiles('server/src/lsp')]) {
      read(f)
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          if (/'policyCite\/\w+'|'policyCite\.(?:openSource|insertCitation|restartServer)\w*'|'policyCite'/.test(line))
            strays.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(strays, []);
  });

  it('costs the bundles nothing but its strings: it imports nothing', () => {
    assert.doesNotMatch(read('shared/protocol.ts'), /^import /m);
  });
});
