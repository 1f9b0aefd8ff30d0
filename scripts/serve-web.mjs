// `npm run web`: serves the built checker page (dist/web/) on this machine only (127.0.0.1) and prints its address.
// A few lines of node:http rather than a server dependency: the page is static, and everything it does happens in
// the browser. Opening dist/web/index.html from disk works as well.
// Options: --port N (default 8377; 0 picks a free one), --dir PATH (default dist/web).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const root = path.resolve(opt('--dir', path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web')));
const port = Number(opt('--port', process.env.PORT ?? 8377));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`policy-cite web: ${root}/index.html is missing; build it with: node esbuild.js`);
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    rel = '/';
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(root, path.normalize(rel));
  // nothing outside the page's folder, whatever the path says
  if (!file.startsWith(root + path.sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404).end();
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Policy Cite web page: http://127.0.0.1:${actual}/  (Ctrl+C stops it)`);
});
