// Web-worker entry of the language server (VS Code for the Web): the same session and core as on the desktop,
// over the worker's message port. The source texts are the extension's own corpus files; the client says where
// they are (initializationOptions.corpusBaseUri), else they are found beside this script.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { bundledLibrary } from '../bundled';
import { corpusFolderUris, startSession } from './session';

declare const self: { location?: { href: string } } & ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { lib, problems } = bundledLibrary();

let base: string | undefined;
try {
  base = self.location ? new URL('../corpus/', self.location.href).href : undefined; // dist/browser-server.js → corpus/
} catch {
  base = undefined;
}

startSession({
  connection,
  library: lib,
  loadProblems: problems,
  sourceUri: corpusFolderUris(() => base),
  companions: [
    () => ({
      initialize: (params) => {
        const given = (params.initializationOptions as { corpusBaseUri?: unknown } | undefined)?.corpusBaseUri;
        if (typeof given === 'string' && given) base = given.endsWith('/') ? given : given + '/';
      },
    }),
  ],
});
