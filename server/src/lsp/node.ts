// Node entry of the language server: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { bundledLibrary } from '../bundled';
import { startSession } from './session';
import { sourceLoader } from './sources';

const connection = createConnection(ProposedFeatures.all);
const { lib, problems } = bundledLibrary();
// dist/server.js → corpus/ beside dist/
const corpusDir = path.resolve(__dirname, '..', 'corpus');

process.on('uncaughtException', (e) => connection.console.error(`[policy-cite] unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`[policy-cite] unexpected rejection: ${String(e)}`));

startSession({
  connection,
  library: lib,
  loadProblems: problems,
  // user sources name their file by URI; the bundled corpus by a file name in corpus/
  sourceUri: (corpus, lang) => {
    const file = corpus.data.files[lang];
    if (file && file.includes('://')) return file;
    return file ? pathToFileURL(path.join(corpusDir, file)).href : undefined;
  },
  hooks: sourceLoader(lib),
});
