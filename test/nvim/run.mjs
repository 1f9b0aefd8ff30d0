// `npm run test:nvim`: the README's Neovim setup, run headless in a real Neovim (Debian's 0.7, whose LSP client
// cannot be asked for settings and sends diagnostics back with byte columns). It opens a Chinese draft and checks
// the diagnostics (with a rule the setup turns off missing), hover, definition, a quick fix resolved lazily, and a
// setting pushed with workspace/didChangeConfiguration. Without nvim it is skipped — except under CI=true, where
// .ci/run installs it first and a missing nvim fails.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  if (ci) {
    console.error("nvim: Neovim is not installed (CI=true: .ci/run installs Debian's neovim first). FAILED");
    process.exit(1);
  }
  console.log('nvim: skipped — Neovim is not installed (apt-get install -y neovim); CI runs it.');
  process.exit(0);
}
console.log(`nvim: ${version.stdout.split('\n')[0]}`);
if (!fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) throw new Error('build first: node esbuild.js');

/** The Lua block of the README's Neovim section, with the path to this checkout. */
function readmeSetup() {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Neovim'));
  const m = /```lua\n([\s\S]*?)```/.exec(section);
  assert.ok(m, 'README has a ```lua block under ### Neovim');
  assert.ok(m[1].includes('/path/to/policy-cite/dist/server.js'), 'the block names the server as /path/to/policy-cite');
  return m[1].replaceAll('/path/to/policy-cite', ROOT.replaceAll('\\', '/'));
}

const DRAFT = [
  '某某市云计算行动计划',
  '落实《意见》的要求。',
  '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本计划。',
  '落实《意见》第二部分（四）“加强大数据开发与利用”。',
  '落实《意见》第二部分（五）“加强大数据开发与利用”。',
  '参照国发[2015]5号文件。',
  '',
].join('\n');
/** UTF-16 position of the `delta`-th character of `needle`. */
function posOf(needle, delta = 1) {
  const at = DRAFT.indexOf(needle);
  assert.ok(at >= 0, needle);
  const lines = DRAFT.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-nvim-'));
try {
  const draft = path.join(dir, 'plan.txt');
  fs.writeFileSync(draft, DRAFT);
  fs.writeFileSync(path.join(dir, 'init.lua'), readmeSetup());
  const positionsFile = path.join(dir, 'positions.json');
  fs.writeFileSync(
    positionsFile,
    JSON.stringify({
      hover: posOf('第二部分（四）', 2),
      definition: posOf('第二部分（四）', 3),
      fix: posOf('国发[2015]5号', 0),
    }),
  );
  const outFile = path.join(dir, 'out.json');
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    POLICY_CITE_NVIM_OUT: outFile,
    POLICY_CITE_NVIM_POSITIONS: positionsFile,
  };
  const args = ['--headless', '-n', '-i', 'NONE', '-u', path.join(dir, 'init.lua')];
  args.push('-c', `luafile ${path.join(ROOT, 'test', 'nvim', 'checks.lua')}`, draft);
  const nvim = spawn('nvim', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nvim.stdout.on('data', (d) => (output += d));
  nvim.stderr.on('data', (d) => (output += d));
  const code = await new Promise((res) => {
    const t = setTimeout(() => {
      nvim.kill('SIGKILL');
      res('timeout');
    }, 90_000);
    nvim.on('exit', (c) => {
      clearTimeout(t);
      res(c);
    });
  });
  assert.ok(fs.existsSync(outFile), `Neovim wrote no results (exit ${code}): ${output.slice(-2000)}`);
  const out = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  const failed = out.steps.filter((s) => !s.ok);
  assert.deepEqual(failed, [], 'every step ran');
  const checks = [];
  const check = (name, fn) => {
    fn();
    checks.push(name);
  };
  check('the client is the one the README starts', () => assert.equal(out.client, 'policy-cite'));
  check('diagnostics, without the rule the setup turns off (alias-undefined)', () =>
    assert.deepEqual(out.codes, ['clause-title-mismatch', 'doc-number-format']),
  );
  check('hover shows the clause in Chinese and English', () => {
    assert.match(out.hover, /第二部分 主要任务 › （四）加强大数据开发与利用/);
    assert.match(out.hover, /Expand the exploitation and use of big data/);
  });
  check('definition opens the shipped Chinese text at the clause', () => {
    assert.equal(out.definition.uri, pathToFileURL(path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt')).href);
    const lines = fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt'), 'utf8').split('\n');
    assert.equal(lines[out.definition.line], '(四)加强大数据开发与利用。');
  });
  check('the quick fix comes resolved lazily (codeAction/resolve), at UTF-16 positions', () => {
    assert.equal(out.actionHadEdit, false);
    assert.equal(out.fix.newText, '国发〔2015〕5号');
    const at = posOf('国发[2015]5号', 0);
    assert.deepEqual(out.fix.range, { start: at, end: { line: at.line, character: at.character + 10 } });
  });
  check('a setting pushed with workspace/didChangeConfiguration takes effect', () =>
    assert.deepEqual(out.codesAfterPush, ['clause-title-mismatch']),
  );
  const log = path.join(dir, 'cache', 'nvim', 'lsp.log');
  check('Neovim logged no warning (no registration it did not ask for)', () => {
    const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    assert.doesNotMatch(text, /registerCapability|WARN|ERROR/, text.slice(-1000));
  });
  for (const c of checks) console.log(`  ✔ ${c}`);
  console.log(`nvim: ${checks.length} passed, 0 failed`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
