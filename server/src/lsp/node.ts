// Node entry of the language server: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
import './v8-flags'; // first: how V8 compiles patterns, before any is compiled
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { bundledLibrary } from '../bundled';
import { corpusFolderUris, startSession } from './session';
import { sourceLoader } from './sources';
import { trimWhenIdle } from './trim';
import { nodeWorkspaceFiles } from './workspace-node';

const connection = createConnection(ProposedFeatures.all);
const { lib, problems } = bundledLibrary();
// dist/server.js → corpus/ beside dist/
const corpusDirUri = pathToFileURL(path.resolve(__dirname, '..', 'corpus')).href + '/';

process.on('uncaughtException', (e) => connection.console.error(`[policy-cite] unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`[policy-cite] unexpected rejection: ${String(e)}`));

startSession({
  connection,
  library: lib,
  loadProblems: problems,
  sourceUri: corpusFolderUris(() => corpusDirUri),
  companions: [sourceLoader(lib)],
  workspaceFiles: nodeWorkspaceFiles(),
});

trimWhenIdle();
