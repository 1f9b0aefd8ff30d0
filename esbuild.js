// Bundles the extension client, the language server and the command line with esbuild.
// `node esbuild.js` builds once; `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

/** @type {import('esbuild').BuildOptions} */
const browser = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/lsp/node.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // VS Code for the Web: the client in the web extension host, the server in a web worker it starts.
  { ...common, ...browser, format: 'cjs', entryPoints: { 'browser-client': 'client/src/browser.ts' }, outdir: 'dist' },
  {
    ...common,
    ...browser,
    format: 'iife',
    entryPoints: { 'browser-server': 'server/src/lsp/browser.ts' },
    outdir: 'dist',
  },
];

async function main() {
  const fs = require('node:fs');
  const present = builds.filter((b) => Object.values(b.entryPoints).every((p) => fs.existsSync(p)));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(present.map((b) => esbuild.build(b)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
