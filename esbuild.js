// Bundles the extension client, the language server, the command line and the web page with esbuild.
// `node esbuild.js` builds once; `--watch` rebuilds on change (not the web page); `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

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

// ---- the checker page (dist/web/) ----------------------------------------------------------------------------
// Classic scripts only (format iife): a page opened from disk (file://) cannot load ES modules or start a worker from
// a file, so the worker's bundle is built first and carried inside app.js as text, started from a blob: URL.
// Always minified and without source maps: people download and open this page as it is. The Word reader (docx.js)
// and the traditional-character dictionaries (opencc-dicts.js) are scripts of their own, loaded when first needed.
const WEB = 'dist/web';
/** @type {import('esbuild').BuildOptions} */
const web = {
  ...browser,
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function buildWeb() {
  fs.mkdirSync(WEB, { recursive: true });
  /** @type {import('esbuild').Plugin} */
  const lazyOpencc = {
    name: 'lazy-opencc',
    setup(b) {
      b.onResolve({ filter: /^opencc-js\/t2cn$/ }, () => ({ path: path.resolve('web/src/worker/opencc-lazy.ts') }));
    },
  };
  const worker = await esbuild.build({
    ...web,
    entryPoints: ['web/src/worker/main.ts'],
    write: false,
    metafile: true,
    plugins: [lazyOpencc],
  });
  const workerSource = worker.outputFiles[0].text;
  /** @type {import('esbuild').Plugin} */
  const workerText = {
    name: 'worker-source',
    setup(b) {
      b.onResolve({ filter: /^policy-cite:worker-source$/ }, () => ({ path: 'worker', namespace: 'worker-source' }));
      b.onLoad({ filter: /.*/, namespace: 'worker-source' }, () => ({ contents: workerSource, loader: 'text' }));
    },
  };
  const [page, docx] = await Promise.all([
    esbuild.build({
      ...web,
      entryPoints: { app: 'web/src/page/main.ts' },
      outdir: WEB,
      loader: { '.md': 'text' },
      plugins: [workerText],
      metafile: true,
    }),
    esbuild.build({ ...web, entryPoints: { docx: 'web/src/page/docx-entry.ts' }, outdir: WEB, metafile: true }),
    esbuild.build({ ...web, entryPoints: { 'opencc-dicts': 'web/src/page/opencc-dicts-entry.ts' }, outdir: WEB }),
    esbuild.build({ ...web, entryPoints: { app: 'web/src/page/style.css' }, outdir: WEB }),
  ]);
  fs.copyFileSync('web/index.html', path.join(WEB, 'index.html'));
  return { worker: worker.metafile, page: page.metafile, docx: docx.metafile };
}

async function main() {
  const present = builds.filter((b) => Object.values(b.entryPoints).every((p) => fs.existsSync(p)));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    return;
  }
  const [meta] = await Promise.all([
    fs.existsSync('web/src/page/main.ts') ? buildWeb() : undefined,
    ...present.map((b) => esbuild.build(b)),
  ]);
  if (meta && process.argv.includes('--web-sizes')) printSizes(meta);
}

/** The web page's files and what takes the room in them (`node esbuild.js --web-sizes`). */
function printSizes(meta) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const zlib = require('node:zlib');
  for (const f of fs.readdirSync(WEB).sort()) {
    const buf = fs.readFileSync(path.join(WEB, f));
    console.log(`${path.join(WEB, f)}: ${kb(buf.length)} (gzip ${kb(zlib.gzipSync(buf).length)})`);
  }
  const parts = (m, label) => {
    const groups = new Map();
    for (const out of Object.values(m.outputs))
      for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
        const g = input.startsWith('node_modules/')
          ? input
              .split('/')
              .slice(0, input.split('/')[1].startsWith('@') ? 3 : 2)
              .join('/')
          : input.startsWith('corpus/')
            ? input
            : input.split('/').slice(0, 3).join('/');
        groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
      }
    const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  ${label}: ${top.map(([g, n]) => `${g} ${kb(n)}`).join(', ')}`);
  };
  parts(meta.worker, 'worker (inside app.js)');
  parts(meta.page, 'app.js');
  parts(meta.docx, 'docx.js');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
