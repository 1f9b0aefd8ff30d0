// The checker page (dist/web/) in a real browser: Debian's headless Chromium driven by playwright-core. A reviewer's
// afternoon, step by step — paste a draft, hover a citation, apply a fix and "Fix all", drop a Word file, download
// the response matrix and the coverage report, walk the coverage map, add a source, switch the language, work with
// the keyboard alone and in a narrow window — and, throughout, not one request leaving the page. Also the command
// line's HTML report, opened from disk. Screenshots for the README go to docs/screenshots/.
//
// Needs what test/web/setup.sh installs (outside the repo) and a built page (`node esbuild.js`);
// `npm run test:web` does both. Every wait is on a condition with a deadline, and the run has a global deadline.
// Environment: POLICY_CITE_WEB_DIR (playwright-core's folder, default /tmp/policy-cite-web), CHROMIUM (default
// /usr/bin/chromium), POLICY_CITE_WEB_TIMEOUT (seconds, default 600), POLICY_CITE_WEB_NO_SHOTS=1 to take no pictures.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import * as OpenCC from 'opencc-js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PW_DIR = process.env.POLICY_CITE_WEB_DIR || '/tmp/policy-cite-web';
const PAGE = join(ROOT, 'dist', 'web', 'index.html');
const CLI = join(ROOT, 'dist', 'cli.js');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const TAKE_SHOTS = !process.env.POLICY_CITE_WEB_NO_SHOTS;
const GLOBAL_TIMEOUT_S = Number(process.env.POLICY_CITE_WEB_TIMEOUT || 600);

for (const [what, path] of [
  ['Chromium (test/web/setup.sh)', CHROMIUM],
  ['playwright-core (test/web/setup.sh)', join(PW_DIR, 'node_modules', 'playwright-core')],
  ['the built page (node esbuild.js)', PAGE],
  ['the built command line (node esbuild.js)', CLI],
]) {
  if (!existsSync(path)) {
    console.error(`[web] missing ${what}: ${path}`);
    process.exit(1);
  }
}
const { chromium } = createRequire(join(PW_DIR, 'package.json'))('playwright-core');

const t0 = Date.now();
const log = (m) => console.log(`[web ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${m}`);
const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {
      /* best effort */
    }
  }
}
const deadline = setTimeout(async () => {
  console.error(`[web] global timeout: ${GLOBAL_TIMEOUT_S}s passed; giving up`);
  await cleanup();
  console.log('web: 0 passed, 1 failed');
  process.exit(1);
}, GLOBAL_TIMEOUT_S * 1000);
deadline.unref();

function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual),
    e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}

// ---- fixtures ------------------------------------------------------------------------------------------------
const TMP = mkdtempSync(join(tmpdir(), 'policy-cite-web-'));
cleanups.push(() => rmSync(TMP, { recursive: true, force: true }));
const DRAFT_ZH = readFileSync(join(ROOT, 'examples', 'draft-zh.md'), 'utf8');
const PLAN = readFileSync(join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8');
const GF50 = readFileSync(join(ROOT, 'test', 'sources', 'fixtures', 'gf-2015-50.md'), 'utf8');

function cli(args, cwd = TMP) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command line's findings for a file: [line, column, code, message] in the page's language. */
function cliFindings(file, lang) {
  const r = cli(['check', '--format', 'json', '--lang', lang, '--exit-zero', file]);
  assert(r.code === 0, `policy-cite check ${file}: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  return j.files[0].findings.map((f) => [f.line, f.column, f.code, f.message]);
}

/** A Word draft: the example's paragraphs, one with a soft line break, and a table whose cells cite the Opinion. */
async function makeDocx() {
  const paras = DRAFT_ZH.split('\n').filter((l) => l.trim());
  const doc = new Document({
    sections: [
      {
        children: [
          ...paras.map((p) => new Paragraph({ children: [new TextRun(p.replace(/^#+ /, ''))] })),
          new Paragraph({
            children: [new TextRun('依据国发[2015]5号文件，'), new TextRun({ text: '推进政务云建设。', break: 1 })],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('任务')] }),
                  new TableCell({ children: [new Paragraph('落实《意见》第二部分第（八）项。')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** About `kb` KB of Chinese draft (UTF-8): the example's paragraphs, numbered so no two are the same. */
function bigDraft(kb) {
  const body = DRAFT_ZH.split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .join('\n\n');
  const parts = ['# 某某市促进云计算创新发展实施方案（长稿）', ''];
  let size = 0;
  for (let i = 1; size < kb * 1024; i++) {
    const chunk = `## 第${i}章\n\n${body}\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return parts.join('\n');
}

// ---- the static server (the same one `npm run web` starts) -------------------------------------------------------
async function startServer() {
  const p = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-web.mjs'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => p.kill());
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the page server did not start')), 10_000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    p.on('exit', (code) => reject(new Error(`the page server exited (${code})`)));
  });
}

// ---- the browser, and every request any page makes ----------------------------------------------------------------
const outside = []; // requests that left the page: anything but file:, data:, blob: and the local server
const violations = []; // content-security-policy violations: something tried to load what the policy forbids
const pageErrors = [];
let origin = '';

async function newPage(browser, { locale = 'zh-CN', width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height }, acceptDownloads: true });
  // Anything bound elsewhere is refused before it leaves, and recorded.
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  context.on('request', (r) => {
    if (!isLocal(r.url())) outside.push(r.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  cleanups.push(() => context.close());
  return page;
}
function isLocal(url) {
  return /^(file|data|blob|about):/.test(url) || (origin && url.startsWith(origin));
}

const EDITOR = '#editor .cm-content';

async function waitForCheck(page, previous) {
  await page.waitForFunction(
    (prev) => {
      const s = document.getElementById('status');
      return s.dataset.version && s.dataset.version !== prev && !s.textContent.includes('…');
    },
    previous ?? '',
    { timeout: 15_000 },
  );
  return page.$eval('#status', (s) => s.dataset.version);
}
const statusVersion = (page) => page.$eval('#status', (s) => s.dataset.version ?? '');

/** The findings list as [line, column, code, message]. */
function listedFindings(page) {
  return page.$$eval('#findings .finding', (els) =>
    els.map((el) => {
      const [line, column] = el.querySelector('.loc').textContent.split(':').map(Number);
      return [line, column, el.querySelector('code').textContent, el.querySelector('.msg').textContent];
    }),
  );
}
/** The editor's text, as the reader gets it: through "Download the text". */
async function editorText(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-text')]);
  const saved = join(TMP, `text-${Date.now()}.txt`);
  await download.saveAs(saved);
  return readFileSync(saved, 'utf8');
}

async function paste(page, text) {
  await page.click(EDITOR);
  await page.$eval(
    EDITOR,
    (el, t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    text,
  );
}

/** Drops a file on the editor as a file manager would: dragover, then drop with the file in the DataTransfer. */
async function dropFile(page, name, bytes, type) {
  return page.$eval(
    EDITOR,
    (el, { name, b64, type }) => {
      const bin = atob(b64);
      const buf = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) buf[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([buf], name, { type }));
      const r = el.getBoundingClientRect();
      const at = { bubbles: true, cancelable: true, dataTransfer: dt, clientX: r.left + 20, clientY: r.top + 20 };
      el.dispatchEvent(new DragEvent('dragover', at));
      const started = performance.now();
      el.dispatchEvent(new DragEvent('drop', at));
      return started;
    },
    { name, b64: Buffer.from(bytes).toString('base64'), type },
  );
}

async function shot(page, name) {
  if (!TAKE_SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
  log(`screenshot docs/screenshots/${name}`);
}

// ---- the tests ------------------------------------------------------------------------------------------------------
const results = [];
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`✔ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`✘ ${name}\n${e instanceof Error ? e.stack : e}`);
  }
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS],
});
cleanups.push(() => browser.close());
origin = await startServer();
log(`page served at ${origin}`);

let page = await newPage(browser);
await page.goto(origin);

await test('pasting a draft shows the findings the command line reports, and their counts', async () => {
  const before = await statusVersion(page);
  await paste(page, DRAFT_ZH);
  await waitForCheck(page, before);
  const expected = cliFindings(join(ROOT, 'examples', 'draft-zh.md'), 'zh');
  assertEqual(await listedFindings(page), expected, 'the findings list');
  const status = await page.textContent('#status');
  assert(status.includes('3 个错误') && status.includes('4 个警告'), `status: ${status}`);
  assertEqual(await page.textContent('#findings-count'), String(expected.length), 'the tab badge');
  // 1280×800 holds the whole page: the editor and the panels scroll, the page does not
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert(height <= 800, `the page is ${height}px high`);
  // underlined as in the editor: one lint mark per finding, citations highlighted
  assertEqual(await page.locator('#editor .cm-lintRange').count(), expected.length, 'underlined findings');
  assert((await page.locator('#editor .pc-cite-clause').count()) >= 5, 'clause citations highlighted');
});

await test('hovering a citation shows the clause it cites, in Chinese and English; the cursor panel shows it too', async () => {
  const cite = page.locator('#editor .pc-cite-clause', { hasText: '第二部分第（一）项' }).first();
  await cite.hover();
  const hover = page.locator('#editor .pc-hover');
  await hover.waitFor({ timeout: 10_000 });
  const text = await hover.textContent();
  assert(text.includes('（一）增强云计算服务能力'), `hover: ${text}`);
  assert(text.includes('Strengthen cloud computing service capacity'), `hover: ${text}`);
  await shot(page, 'web-hover.png');
  await cite.click();
  await page.waitForFunction(() => document.getElementById('clause-body').textContent.includes('增强云计算服务能力'));
  await page.mouse.move(5, 5);
});

await test('applying a fix changes the text and the finding goes; "Fix all" applies every safe fix', async () => {
  const item = page.locator('#findings .finding[data-code="doc-number-format"]');
  const before = await statusVersion(page);
  await item.locator('button.fix').first().click();
  await waitForCheck(page, before);
  assert((await editorText(page)).includes('参照国发〔2015〕5号文件'), 'the number is fixed in the text');
  assertEqual(await item.count(), 0, 'the doc-number-format finding is gone');
  const v = await statusVersion(page);
  await page.click('#fix-all');
  await waitForCheck(page, v);
  const text = await editorText(page);
  assert(text.includes('国务院于2015年1月6日印发'), 'the date is fixed');
  assert(text.includes('提出了六项主要任务'), 'the count is fixed');
  assertEqual(await page.locator('#findings .fix.safe').count(), 0, 'no safe fix is left');
  assert(await page.isDisabled('#fix-all'), '"Fix all" has nothing left to do');
  assert((await page.locator('#findings .finding[data-code="unknown-clause"]').count()) === 1, 'the rest stays');
});

await test('a dropped .docx gives the same findings as policy-cite check on that .docx', async () => {
  const bytes = await makeDocx();
  const file = join(TMP, 'draft.docx');
  writeFileSync(file, bytes);
  const expected = cliFindings(file, 'zh');
  assert(expected.length >= 8, `the command line finds ${expected.length} findings in the .docx`);
  const before = await statusVersion(page);
  await dropFile(page, 'draft.docx', bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await waitForCheck(page, before);
  assertEqual(await page.textContent('#file-name'), 'draft.docx', 'the file name');
  assertEqual(await listedFindings(page), expected, 'the findings list');
});

await test('a draft in traditional characters brings in the conversion dictionaries, and reads as on the command line', async () => {
  const p = await newPage(browser);
  const requested = [];
  p.on('request', (r) => requested.push(r.url()));
  await p.goto(origin);
  await p.click('#example');
  await p.locator('#findings .finding').first().waitFor();
  const dicts = () => requested.filter((u) => u.endsWith('/opencc-dicts.js')).length;
  assertEqual(dicts(), 0, 'no dictionaries for a simplified draft');
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(DRAFT_ZH);
  assert(traditional.includes('國發'), 'the draft is in traditional characters');
  writeFileSync(join(TMP, 'draft-tw.md'), traditional);
  const before = await statusVersion(p);
  await p.setInputFiles('#open-input', join(TMP, 'draft-tw.md'));
  await waitForCheck(p, before);
  assertEqual(dicts(), 1, 'the dictionaries, once');
  assertEqual(await listedFindings(p), cliFindings(join(TMP, 'draft-tw.md'), 'zh'), 'the findings list');
  await p.context().close();
});

await test('a 200 KB draft shows its findings within moments of being dropped (timed, reported)', async () => {
  const text = bigDraft(200);
  const bytes = Buffer.from(text, 'utf8');
  const before = await statusVersion(page);
  await dropFile(page, 'long.txt', bytes, 'text/plain');
  await waitForCheck(page, before);
  const { shown, worker, findings } = await page.$eval('#status', (s) => ({
    shown: Number(s.dataset.loadedToShownMs),
    worker: Number(s.dataset.workerMs),
    findings: document.querySelectorAll('#findings .finding').length,
  }));
  assert(findings > 100, `findings of the long draft: ${findings}`);
  log(
    `TIMING: a ${(bytes.length / 1024).toFixed(0)} KB draft (${findings} findings): drop → findings shown ${shown.toFixed(0)} ms ` +
      `(the analysis in the worker ${worker.toFixed(0)} ms)`,
  );
});

await test('the coverage CSV and HTML downloaded from the page are the command line’s, byte for byte', async () => {
  writeFileSync(join(TMP, 'plan.txt'), PLAN);
  const before = await statusVersion(page);
  await page.setInputFiles('#open-input', join(TMP, 'plan.txt'));
  await waitForCheck(page, before);
  for (const [button, format] of [
    ['#download-csv', 'csv'],
    ['#download-report', 'html'],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const saved = join(TMP, download.suggestedFilename());
    await download.saveAs(saved);
    const got = readFileSync(saved);
    const want = cli(['coverage', '--format', format, '--lang', 'zh', 'plan.txt']).stdout;
    assert(
      got.equals(Buffer.from(want, 'utf8')),
      `${download.suggestedFilename()} differs from coverage --format ${format}`,
    );
  }
});

await test('the coverage map colours each clause as the command line counts it; a clause leads to its passages', async () => {
  await page.click('#tab-map');
  await page.waitForFunction(() => {
    const map = document.getElementById('map');
    return map.dataset.version === document.getElementById('status').dataset.version;
  });
  const tiles = await page.$$eval('#map a.pcmap-node', (as) => as.map((a) => [a.dataset.node, a.dataset.status]));
  const j = JSON.parse(cli(['coverage', '--format', 'json', 'plan.txt']).stdout);
  assertEqual(
    tiles,
    j.clauses.map((c) => [c.id, c.covered ? 'cited' : c.misCitations.length ? 'miscited' : 'missing']),
    'tiles',
  );
  await shot(page, 'web-coverage-map.png');
  await page.click('#map a.pcmap-node[data-node="II.4"]');
  const section = page.locator('#map-details .pcmap-detail.pcmap-current');
  assertEqual(await section.getAttribute('data-node'), 'II.4', 'the clause’s passages are shown');
  assert(await section.evaluate((el) => el === document.activeElement), 'and take the focus');
  // the draft's cursor goes to the first passage: the clause panel shows what it cites
  await page.waitForFunction(() => document.getElementById('clause-body').textContent.includes('加强大数据开发与利用'));
  await section.locator('button.pcmap-hit').first().click();
  assertEqual(
    await page.evaluate(() => document.activeElement.id),
    'editor',
    'a passage takes the reader to the draft',
  );
  await page.click('#tab-table');
  assertEqual(await page.locator('#table tr.pcmap-row').count(), 37, 'one table row per clause');
});

await test('the table of authorities lists what policy-cite authorities lists; a citation leads to its place', async () => {
  const text =
    '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发[2015]5号）和《某某市政务云管理办法》（某政发〔2019〕3号），制定本方案。\n\n国发〔2015〕5号文件要求加快发展。\n';
  writeFileSync(join(TMP, 'cited.txt'), text);
  const before = await statusVersion(page);
  await page.setInputFiles('#open-input', join(TMP, 'cited.txt'));
  await waitForCheck(page, before);
  await page.click('#tab-authorities');
  await page.waitForFunction(
    () => document.getElementById('authorities').dataset.version === document.getElementById('status').dataset.version,
  );
  const rows = await page.$$eval('#authorities tbody tr', (trs) =>
    trs.map((tr) => [tr.className, tr.children[1].textContent, tr.querySelectorAll('button.cite').length]),
  );
  const j = JSON.parse(cli(['authorities', '--format', 'json', '--lang', 'zh', 'cited.txt']).stdout);
  assertEqual(
    rows,
    j.documents.map((d) => [d.inLibrary ? 'known' : 'unknown', d.number, d.citations.length]),
    'one row per cited document, as on the command line',
  );
  const known = await page.textContent('#authorities tbody tr.known');
  assert(known.includes('文号写法不规范'), `the bracketed number is marked: ${known}`);
  const unknown = await page.textContent('#authorities tbody tr.unknown');
  assert(unknown.includes('不在已知文件中'), `the other document is marked as unknown: ${unknown}`);
  await page.locator('#authorities button.cite').first().click();
  assertEqual(
    await page.evaluate(() => document.activeElement.id),
    'editor',
    'a citation takes the reader to the draft',
  );
});

await test('a source added by the reader is used at once, kept only when the box is ticked', async () => {
  await page.click('#tab-sources');
  writeFileSync(join(TMP, 'gf-2015-50.md'), GF50);
  await page.setInputFiles('#source-input', join(TMP, 'gf-2015-50.md'));
  await page.locator('#sources .source-used').waitFor({ timeout: 10_000 });
  assertEqual(await page.evaluate(() => localStorage.getItem('policy-cite.sources')), null, 'not stored unasked');
  const before = await statusVersion(page);
  await page.click(EDITOR);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('参照《促进大数据发展行动纲要》（国发〔2015〕50号）第三部分（一）。');
  await waitForCheck(page, before);
  await page.locator('#editor .pc-cite-doc', { hasText: '国发〔2015〕50号' }).hover();
  await page.locator('#editor .pc-hover', { hasText: '促进大数据发展行动纲要' }).waitFor({ timeout: 10_000 });
  await page.mouse.move(5, 5);
  await page.check('#remember');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('policy-cite.sources')));
  assertEqual(
    stored.map((s) => s.name),
    ['gf-2015-50.md'],
    'stored once ticked',
  );
  await page.reload();
  await page.click('#tab-sources');
  await page.locator('#sources .source-used').waitFor({ timeout: 10_000 });
  await page.uncheck('#remember');
  assertEqual(await page.evaluate(() => localStorage.getItem('policy-cite.sources')), null, 'forgotten once unticked');
  await page.click('#sources .source button');
  await page.locator('#sources .empty').waitFor();
});

await test('the interface follows the browser’s language and switches between Chinese and English', async () => {
  const en = await newPage(browser, { locale: 'en-US' });
  await en.goto(origin);
  assertEqual(await en.textContent('#open'), 'Open a draft…', 'English for an English browser');
  assertEqual(await en.getAttribute('html', 'lang'), 'en', 'the document language');
  await en.click('#example');
  await en.locator('#findings .finding').first().waitFor();
  assert((await en.textContent('#status')).includes('errors'), 'counts in English');
  await en.click('#lang-zh');
  assertEqual(await en.textContent('#open'), '打开草稿…', 'switched to Chinese');
  assert((await en.textContent('#findings .msg')).match(/[\u4e00-\u9fff]/), 'messages in Chinese');
  assertEqual(await en.getAttribute('#lang-zh', 'aria-pressed'), 'true', 'the switch says which is on');
  await en.context().close();
});

await test('keyboard alone: tab order, visible focus, named controls, arrow keys between the tabs', async () => {
  const p = await newPage(browser);
  await p.goto(origin);
  const order = [];
  for (let i = 0; i < 14; i++) {
    await p.keyboard.press('Tab');
    // the example is loaded from the keyboard too
    if ((await p.evaluate(() => document.activeElement.id)) === 'example') {
      await p.keyboard.press('Enter');
      await p.locator('#findings .finding').first().waitFor();
    }
    order.push(
      await p.evaluate(() => {
        const el = document.activeElement;
        const host = el?.closest('#editor') ?? (el?.id === 'editor' ? el : null);
        const focused = host ? 'editor' : el?.id || el?.className;
        const outline = getComputedStyle(el).outlineStyle;
        return { focused, visible: host ? true : outline !== 'none' };
      }),
    );
  }
  const ids = order.map((o) => o.focused);
  for (const id of ['lang-zh', 'lang-en', 'open', 'example', 'fix-all', 'download-csv', 'editor', 'tab-findings'])
    assert(ids.includes(id), `Tab reaches ${id}: ${ids.join(', ')}`);
  assert(
    ids.indexOf('open') < ids.indexOf('editor') && ids.indexOf('editor') < ids.indexOf('tab-findings'),
    ids.join(),
  );
  assert(
    order.every((o) => o.visible),
    `every focus is visible: ${JSON.stringify(order)}`,
  );
  await p.focus('#tab-findings');
  await p.keyboard.press('ArrowRight');
  assertEqual(await p.evaluate(() => document.activeElement.id), 'tab-map', 'ArrowRight moves to the next tab');
  assert(await p.isVisible('#panel-map'), 'and shows its panel');
  const unnamed = await p.$$eval('button, [role=tab], input, textarea', (els) =>
    els
      .filter((e) => !e.hidden && e.type !== 'file')
      .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.[0]?.textContent.trim()))
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  assertEqual(unnamed, [], 'every control has a name');
  assert(await p.$eval(EDITOR, (el) => !!el.getAttribute('aria-label')), 'the editor has a label');
  await p.context().close();
});

await test('a narrow window (400 px): one column, nothing cut off sideways', async () => {
  const p = await newPage(browser, { width: 400, height: 800 });
  await p.goto(origin);
  await p.click('#example');
  await p.locator('#findings .finding').first().waitFor();
  const { scrollWidth, editorWidth } = await p.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    editorWidth: document.getElementById('editor').getBoundingClientRect().width,
  }));
  assert(scrollWidth <= 400, `no sideways scrolling: ${scrollWidth}px wide`);
  assert(editorWidth > 300, `the editor takes the width: ${editorWidth}px`);
  const side = await p.$eval('.side-pane', (el) => el.getBoundingClientRect().top);
  const draft = await p.$eval('.draft-pane', (el) => el.getBoundingClientRect().bottom);
  assert(side >= draft - 1, 'the results come under the draft');
  await p.click('#tab-map');
  const mapWidth = await p.evaluate(() => document.documentElement.scrollWidth);
  assert(mapWidth <= 400, `the map fits: ${mapWidth}px`);
  await p.context().close();
});

await test('opened from disk (file://): the worker starts, a .docx is read, nothing is requested elsewhere', async () => {
  const p = await newPage(browser);
  await p.goto(pathToFileURL(PAGE).href);
  await p.click('#example');
  await p.locator('#findings .finding').first().waitFor({ timeout: 15_000 });
  const before = await statusVersion(p);
  await dropFile(p, 'draft.docx', await makeDocx(), 'application/octet-stream');
  await waitForCheck(p, before);
  assertEqual(await p.textContent('#file-name'), 'draft.docx', 'the .docx opened');
  assertEqual(await listedFindings(p), cliFindings(join(TMP, 'draft.docx'), 'zh'), 'its findings');
  await p.context().close();
});

await test('the command line’s HTML report opens from disk, loads nothing, and its map leads to the passages', async () => {
  const r = cli(['coverage', '--format', 'html', '-o', 'report.html', 'plan.txt']);
  assert(r.code === 0, r.stderr);
  const p = await newPage(browser);
  const requests = [];
  p.on('request', (req) => requests.push(req.url()));
  await p.goto(pathToFileURL(join(TMP, 'report.html')).href);
  assertEqual(requests, [pathToFileURL(join(TMP, 'report.html')).href], 'the report is the only request');
  assertEqual(await p.locator('a.pcmap-node').count(), 37, 'a tile per clause');
  assertEqual(
    await p.locator('a.pcmap-node.pcmap-cited').count(),
    await p.locator('tr.pcmap-row.pcmap-cited').count(),
    'map and table agree',
  );
  await p.click('a.pcmap-node[data-node="II.4"]');
  assert(p.url().endsWith('#pcmap-n-II.4'), p.url());
  const target = await p.$eval(':target', (el) => [el.dataset.node, el.textContent]);
  assertEqual(target[0], 'II.4', 'the clause’s section is the target');
  assert(target[1].includes('plan.txt:'), `it lists the passages: ${target[1]}`);
  const bg = await p.$eval(':target', (el) => getComputedStyle(el).backgroundColor);
  assert(bg !== 'rgba(0, 0, 0, 0)', 'and is highlighted');
  await p.context().close();
});

await test('no request left the page, and nothing broke the content-security policy', async () => {
  assertEqual(outside, [], 'requests to anywhere but the page itself');
  assertEqual(violations, [], 'policy violations');
  assertEqual(pageErrors, [], 'uncaught errors');
});

clearTimeout(deadline);
await cleanup();
const ok = results.filter((r) => r.ok).length;
console.log(`web: ${ok} passed, ${results.length - ok} failed`);
process.exit(ok === results.length ? 0 : 1);
