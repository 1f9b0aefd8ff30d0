// The checker page: a draft in the editor, checked by the engine in a worker as it changes; findings with their fixes,
// the clause at the cursor, the coverage map and table, user sources. Nothing here talks to the core directly: the
// worker does (worker/engine.ts), and the page shows what it answers.
import { COVERAGE_MAP_CSS } from '../../../server/src/report/coverage-map-css';
import exampleEn from '../../../examples/draft-en.md';
import exampleZh from '../../../examples/draft-zh.md';
import type { CheckResult, CoverageView, Lang, SourceInput, SourceStatus, WebAuthority, WebFinding } from '../protocol';
import { DraftEditor } from './editor';
import { FileProblem, download, readFile } from './files';
import { Key, countOf, detectLang, lang, setLang, severityName, t } from './i18n';
import { renderMarkdown } from './markdown';
import { WorkerClient } from './worker-client';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

// The map's styles come with the map's module; a constructed sheet needs no 'unsafe-inline' in the policy.
const mapSheet = new CSSStyleSheet();
mapSheet.replaceSync(COVERAGE_MAP_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, mapSheet];

const client = new WorkerClient((m) => showMessage(`${t('workerFailed')}: ${m}`));
let fileName = '';
let last: CheckResult | undefined;
/** The coverage shown, and the version and language it is of. */
let shownCoverage: { version: number; lang: Lang; view: CoverageView | null } | undefined;
let checking = false;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** When a file or an example was put into the editor: the status records how long until its findings showed. */
let loadedAt: number | undefined;

const editor = new DraftEditor($('editor'), {
  changed() {
    scheduleCheck(loadedAt !== undefined ? 0 : 150);
  },
  cursor: (offset) => scheduleClause(offset),
  hover: (version, offset) => client.request({ type: 'hover', version, offset, lang: lang() }),
  drop: (files) => void openFiles(files),
});

// ---- checking ------------------------------------------------------------------------------------------------
function scheduleCheck(delay: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void runCheck(), delay);
}

async function runCheck(): Promise<void> {
  if (checking) {
    again = true;
    return;
  }
  checking = true;
  const version = editor.currentVersion;
  const slow = setTimeout(() => ($('status').textContent = t('checking')), 300);
  try {
    const r = await client.request({ type: 'check', text: editor.text(), version, file: currentName() });
    show(r);
  } catch (e) {
    showMessage(`${t('workerFailed')}: ${(e as Error).message}`);
  } finally {
    clearTimeout(slow);
    checking = false;
  }
  if (again || editor.currentVersion !== version) {
    again = false;
    scheduleCheck(0);
  }
}

function show(r: CheckResult): void {
  if (!editor.show(r.version, r.findings, r.citations, (f, i) => applyFix(r.version, f, i))) return;
  last = r;
  renderFindings();
  renderStatus();
  void refreshCoverage();
  void refreshAuthorities();
  ($('fix-all') as HTMLButtonElement).disabled = r.safeFixes === 0;
  ($('download-csv') as HTMLButtonElement).disabled = false;
  ($('download-report') as HTMLButtonElement).disabled = false;
  const status = $('status');
  status.dataset.version = String(r.version);
  status.dataset.workerMs = r.ms.toFixed(1);
  if (loadedAt !== undefined) {
    status.dataset.loadedToShownMs = (performance.now() - loadedAt).toFixed(1);
    loadedAt = undefined;
  }
  refreshClause();
}

function applyFix(version: number, f: WebFinding, i: number): void {
  editor.applyEdits(version, f.fixes[i].edits);
}

async function fixAll(): Promise<void> {
  if (!last) return;
  const version = last.version;
  const edits = await client.request({ type: 'fixAll', version });
  editor.applyEdits(version, edits);
}

const currentName = () => fileName || (lang() === 'zh' ? '草稿.txt' : 'draft.txt');

// ---- findings ------------------------------------------------------------------------------------------------
function renderStatus(): void {
  const status = $('status');
  if (!last) return;
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'information', 'hint'] as const)
    if (last.counts[s]) parts.push(countOf(last.counts[s], s));
  const cites = last.citations.length;
  parts.push(lang() === 'zh' ? `${cites} ${t('citations')}` : `${cites} ${cites === 1 ? 'citation' : 'citations'}`);
  status.textContent = (last.findings.length ? '' : t('noFindings') + ' ') + parts.join(' · ');
  $('findings-count').textContent = String(last.findings.length);
}

function renderFindings(): void {
  const list = $('findings');
  list.replaceChildren();
  if (!last) return;
  if (!last.findings.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = editor.text().trim() ? t('noFindings') : t('noDraft');
    list.appendChild(li);
    return;
  }
  const version = last.version;
  for (const f of last.findings) {
    const li = document.createElement('li');
    li.className = `finding sev-${f.severity}`;
    li.dataset.code = f.code;
    const at = editor.position(f.from);
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'goto';
    go.setAttribute(
      'aria-label',
      `${t('goTo')} ${severityName(f.severity)} ${f.code}, ${t('line')} ${at.line}, ${t('column')} ${at.column}`,
    );
    const sev = document.createElement('span');
    sev.className = 'sev';
    sev.textContent = severityName(f.severity);
    const loc = document.createElement('span');
    loc.className = 'loc';
    loc.textContent = `${at.line}:${at.column}`;
    const code = document.createElement('code');
    code.textContent = f.code;
    go.append(sev, ' ', loc, ' ', code);
    go.addEventListener('click', () => editor.select(f.from, f.to));
    const msg = document.createElement('p');
    msg.className = 'msg';
    msg.textContent = f.message[lang()];
    li.append(go, msg);
    if (f.fixes.length) {
      const fixes = document.createElement('div');
      fixes.className = 'fixes';
      f.fixes.forEach((fx, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = fx.safe ? 'fix safe' : 'fix';
        b.textContent = fx.title[lang()];
        if (fx.safe) b.title = t('safe');
        b.addEventListener('click', () => applyFix(version, f, i));
        fixes.appendChild(b);
      });
      li.appendChild(fixes);
    }
    list.appendChild(li);
  }
}

// ---- the clause at the cursor ------------------------------------------------------------------------------------
let clauseTimer: ReturnType<typeof setTimeout> | undefined;
let cursorAt = 0;
function scheduleClause(offset: number): void {
  cursorAt = offset;
  if (clauseTimer) clearTimeout(clauseTimer);
  clauseTimer = setTimeout(refreshClause, 120);
}

async function refreshClause(): Promise<void> {
  const body = $('clause-body');
  const r = last;
  const hit = r?.citations.some((c) => c.from <= cursorAt && cursorAt <= c.to);
  if (!r || !hit || r.version !== editor.currentVersion) {
    if (!body.dataset.offset && body.textContent) return;
    body.dataset.offset = '';
    body.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'hint', textContent: t('clauseNone') }),
    );
    return;
  }
  const h = await client.request({ type: 'hover', version: r.version, offset: cursorAt, lang: lang() });
  if (!h) return;
  body.dataset.offset = String(h.from);
  body.replaceChildren(renderMarkdown(h.markdown));
}

// ---- coverage ------------------------------------------------------------------------------------------------
/**
 * Coverage is asked for only while the map or the table is shown (on a long draft it takes the worker longer than the
 * findings do), once per version and language.
 */
async function refreshCoverage(): Promise<void> {
  const r = last;
  const wanted = !$('panel-map').hidden || !$('panel-table').hidden;
  if (!r || !wanted) return;
  const l = lang();
  if (shownCoverage && shownCoverage.version === r.version && shownCoverage.lang === l) return;
  const view = await client.request({ type: 'coverage', version: r.version, lang: l });
  if (last !== r || lang() !== l) return;
  shownCoverage = { version: r.version, lang: l, view };
  // The fragments are written by server/src/report/coverage-map.ts, which escapes every text of a draft or source.
  $('map').innerHTML = view?.mapHtml ?? '';
  $('map-details').innerHTML = view?.detailsHtml ?? '';
  $('table').innerHTML = view?.tableHtml ?? '';
  $('map').dataset.version = String(r.version);
}

// ---- table of authorities ------------------------------------------------------------------------------------------
let shownAuthorities: { version: number; lang: Lang } | undefined;

/** The cited documents (core/authorities.ts), asked for while their tab is shown, once per version and language. */
async function refreshAuthorities(): Promise<void> {
  const r = last;
  if (!r || $('panel-authorities').hidden) return;
  const l = lang();
  if (shownAuthorities && shownAuthorities.version === r.version && shownAuthorities.lang === l) return;
  const rows = await client.request({ type: 'authorities', version: r.version });
  if (last !== r || lang() !== l) return;
  shownAuthorities = { version: r.version, lang: l };
  renderAuthorities(rows ?? [], l);
}

function renderAuthorities(rows: WebAuthority[], l: Lang): void {
  const table = $('authorities');
  table.dataset.version = String(last?.version ?? '');
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const head = el('tr');
  for (const k of ['authDocument', 'authNumber', 'authCitations'] as const) head.append(el('th', t(k)));
  const body = el('tbody');
  if (!rows.length) {
    const tr = el('tr');
    const td = el('td', t('authNone'));
    td.colSpan = 3;
    tr.append(td);
    body.append(tr);
  }
  for (const row of rows) {
    const tr = el('tr', undefined, row.inLibrary ? 'known' : 'unknown');
    const doc = el('td', row.title?.[l] ?? row.citations.find((c) => c.title)?.title ?? '—');
    if (!row.inLibrary) doc.append(el('span', ` (${t('authNotInLibrary')})`, 'note'));
    const list = el('ul');
    for (const c of row.citations) {
      const b = el('button', c.title && c.number ? `${c.title} ${c.number}` : (c.number ?? c.title ?? '…'), 'cite');
      b.type = 'button';
      b.dataset.offset = String(c.from);
      b.dataset.length = String(c.to - c.from);
      const notes = [
        c.agree === false ? t('authDisagree') : undefined,
        c.standardNumber === false ? t('authNonStandard') : undefined,
        ...c.problems,
      ].filter(Boolean);
      const li = el('li');
      li.append(b);
      if (notes.length) li.append(el('span', ` ${notes.join(' · ')}`, 'problems'));
      list.append(li);
    }
    const cites = el('td');
    cites.append(list);
    tr.append(doc, el('td', row.number?.[l] ?? '—'), cites);
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  table.replaceChildren(thead, body);
}

$('authorities').addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button.cite');
  if (!b) return;
  const from = Number(b.dataset.offset);
  editor.select(from, from + Number(b.dataset.length));
});

function onCoverageClick(e: MouseEvent): void {
  const target = e.target as HTMLElement;
  const hit = target.closest<HTMLElement>('button.pcmap-hit');
  if (hit) {
    const from = Number(hit.dataset.offset);
    editor.select(from, from + Number(hit.dataset.length));
    return;
  }
  const tile = target.closest<HTMLAnchorElement>('a.pcmap-node');
  if (!tile) return;
  e.preventDefault();
  const id = tile.dataset.node!;
  const details = $('map-details');
  for (const s of details.querySelectorAll('.pcmap-current')) s.classList.remove('pcmap-current');
  const section = [...details.querySelectorAll<HTMLElement>('.pcmap-detail')].find((s) => s.dataset.node === id);
  if (!section) return;
  section.classList.add('pcmap-current');
  section.scrollIntoView({ block: 'nearest' });
  section.focus();
  // and the draft shows the first passage, without taking the focus from the map
  const first = section.querySelector<HTMLElement>('button.pcmap-hit');
  if (first) {
    const from = Number(first.dataset.offset);
    editor.view.dispatch({
      selection: { anchor: from, head: from + Number(first.dataset.length) },
      scrollIntoView: true,
    });
  }
}
for (const id of ['map', 'map-details', 'table']) $(id).addEventListener('click', onCoverageClick);

// ---- files ---------------------------------------------------------------------------------------------------
function showMessage(text: string): void {
  const m = $('message');
  m.textContent = text;
  m.hidden = !text;
}

async function openFiles(files: File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  const started = performance.now();
  try {
    const opened = await readFile(file);
    showMessage('');
    fileName = opened.name;
    $('file-name').textContent = opened.name;
    loadedAt = started;
    editor.setText(opened.text);
  } catch (e) {
    showMessage(e instanceof FileProblem ? `${e.file}: ${e.reason[lang()]}` : String(e));
  }
}

function loadExample(): void {
  fileName = lang() === 'zh' ? 'draft-zh.md' : 'draft-en.md';
  $('file-name').textContent = fileName;
  loadedAt = performance.now();
  editor.setText(lang() === 'zh' ? exampleZh : exampleEn);
}

const baseName = () => currentName().replace(/\.[^.]+$/, '');

$('open').addEventListener('click', () => $('open-input').click());
$<HTMLInputElement>('open-input').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  void openFiles([...(input.files ?? [])]).then(() => (input.value = ''));
});
$('example').addEventListener('click', loadExample);
$('fix-all').addEventListener('click', () => void fixAll());
$('download-text').addEventListener('click', () =>
  download(currentName().replace(/\.docx$/i, '.txt'), editor.text(), 'text/plain;charset=utf-8'),
);
$('download-csv').addEventListener('click', async () => {
  if (!last) return;
  const csv = await client.request({ type: 'csv', version: last.version, lang: lang() });
  if (csv !== null) download(`${baseName()}-coverage.csv`, csv, 'text/csv;charset=utf-8');
});
$('download-report').addEventListener('click', async () => {
  if (!last) return;
  const html = await client.request({ type: 'report', version: last.version, lang: lang() });
  if (html !== null) download(`${baseName()}-coverage.html`, html, 'text/html;charset=utf-8');
});

// A file dropped anywhere else must not make the browser leave the page to show it.
window.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  const files = [...(e.dataTransfer?.files ?? [])];
  if (!files.length) return;
  e.preventDefault();
  if ((e.target as HTMLElement).closest?.('#panel-sources')) void addSourceFiles(files);
  else void openFiles(files);
});

// ---- sources ---------------------------------------------------------------------------------------------------
const STORE = 'policy-cite.sources';
const REMEMBER = 'policy-cite.remember-sources';
let sources: SourceInput[] = [];
let statuses: SourceStatus[] = [];

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage switched off: the box still works for this visit
  }
}

function saveSources(): void {
  const s = storage();
  if (!s) return;
  if ($<HTMLInputElement>('remember').checked) {
    s.setItem(REMEMBER, '1');
    s.setItem(STORE, JSON.stringify(sources));
  } else {
    s.removeItem(REMEMBER);
    s.removeItem(STORE);
  }
}

async function setSources(next: SourceInput[]): Promise<void> {
  sources = next;
  saveSources();
  statuses = await client.request({ type: 'sources', sources });
  renderSources();
  scheduleCheck(0);
}

async function addSourceFiles(files: File[]): Promise<void> {
  const next = [...sources];
  for (const f of files) {
    try {
      const opened = await readFile(f);
      const i = next.findIndex((s) => s.name === opened.name);
      if (i >= 0) next[i] = { name: opened.name, text: opened.text };
      else next.push({ name: opened.name, text: opened.text });
    } catch (e) {
      showMessage(e instanceof FileProblem ? `${e.file}: ${e.reason[lang()]}` : String(e));
    }
  }
  await setSources(next);
}

function renderSources(): void {
  const list = $('sources');
  list.replaceChildren();
  $('sources-count').textContent = sources.length ? String(sources.length) : '';
  if (!sources.length) {
    list.appendChild(Object.assign(document.createElement('li'), { className: 'empty', textContent: t('noSources') }));
    return;
  }
  const names: Record<SourceStatus['status'], Key> = {
    used: 'statusUsed',
    unparsed: 'statusUnparsed',
    duplicate: 'statusDuplicate',
    bundled: 'statusBundled',
  };
  for (const s of statuses) {
    const li = document.createElement('li');
    li.className = `source source-${s.status}`;
    const head = document.createElement('div');
    head.className = 'source-head';
    const name = document.createElement('strong');
    name.textContent = s.name;
    const state = document.createElement('span');
    state.className = 'source-status';
    state.textContent = t(names[s.status]);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('remove');
    remove.setAttribute('aria-label', `${t('remove')} ${s.name}`);
    remove.addEventListener('click', () => void setSources(sources.filter((x) => x.name !== s.name)));
    head.append(name, ' ', state, ' ', remove);
    li.appendChild(head);
    if (s.title || s.number) {
      const what = document.createElement('p');
      what.textContent = [s.title && `《${s.title}》`, s.number].filter(Boolean).join(' ');
      li.appendChild(what);
    }
    if (s.problems.length) {
      const ul = document.createElement('ul');
      for (const p of s.problems) {
        const item = document.createElement('li');
        item.className = `problem problem-${p.severity}`;
        item.textContent = `${t('line')} ${p.line}: ${p.message[lang()]}`;
        ul.appendChild(item);
      }
      li.appendChild(ul);
    }
    list.appendChild(li);
  }
}

$('add-source').addEventListener('click', () => $('source-input').click());
$<HTMLInputElement>('source-input').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  void addSourceFiles([...(input.files ?? [])]).then(() => (input.value = ''));
});
$('add-pasted').addEventListener('click', () => {
  const name = $<HTMLInputElement>('source-name').value.trim() || `source-${sources.length + 1}.txt`;
  const text = $<HTMLTextAreaElement>('source-text').value;
  if (!text.trim()) return;
  $<HTMLInputElement>('source-name').value = '';
  $<HTMLTextAreaElement>('source-text').value = '';
  void setSources([...sources.filter((s) => s.name !== name), { name, text }]);
});
$<HTMLInputElement>('remember').addEventListener('change', saveSources);

// ---- tabs --------------------------------------------------------------------------------------------------------
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
function selectTab(tab: HTMLButtonElement, focus = false): void {
  for (const x of tabs) {
    const on = x === tab;
    x.setAttribute('aria-selected', String(on));
    x.tabIndex = on ? 0 : -1;
    $(x.getAttribute('aria-controls')!).hidden = !on;
  }
  if (focus) tab.focus();
  void refreshCoverage();
  void refreshAuthorities();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const to =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i - 1 + tabs.length) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    selectTab(to, true);
  });
}

// ---- language ----------------------------------------------------------------------------------------------------
function applyLanguage(l: Lang): void {
  setLang(l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]'))
    el.title = t(el.dataset.i18nTitle as Key);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as Key));
  $('lang-zh').setAttribute('aria-pressed', String(l === 'zh'));
  $('lang-en').setAttribute('aria-pressed', String(l === 'en'));
  document.title = t('appTitle');
  editor.relabel();
  renderFindings();
  renderStatus();
  renderSources();
  $('clause-body').textContent = '';
  refreshClause();
  void refreshCoverage();
  void refreshAuthorities();
}
$('lang-zh').addEventListener('click', () => applyLanguage('zh'));
$('lang-en').addEventListener('click', () => applyLanguage('en'));

// ---- start -------------------------------------------------------------------------------------------------------
applyLanguage(detectLang());
{
  const s = storage();
  if (s?.getItem(REMEMBER) === '1') {
    $<HTMLInputElement>('remember').checked = true;
    try {
      const saved = JSON.parse(s.getItem(STORE) ?? '[]') as SourceInput[];
      if (Array.isArray(saved) && saved.length) void setSources(saved.filter((x) => x && typeof x.text === 'string'));
    } catch {
      s.removeItem(STORE);
    }
  }
}
scheduleCheck(0);
