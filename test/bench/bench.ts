// `npm run bench`: how fast Policy Cite is, on generated drafts (see drafts.ts), measured against the targets of
// issue 7. Prints a table and writes JSON (test/bench/results.json, or --out FILE). Sections can be chosen with
// --only engine,server,memory,cli,linear; --quick runs smaller sizes and fewer repetitions (a smoke run).
// All times are wall-clock: engine figures are medians and linearity figures the best of five, each after a full
// collection (node --expose-gc); the process CPU time would count the JIT compiler's and the collector's background
// threads. Other load on the machine still shows: the load average is recorded with the results.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache } from '../../server/src/core/blocks';
import { findEchoes } from '../../server/src/core/echoes';
import { bundledLibrary } from '../../server/src/bundled';
import { ADVERSARIAL_KINDS, DraftLang, adversarial, draft, rng } from './drafts';
import { BenchServer } from './lsp';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = (args[args.indexOf('--only') + 1] ?? '').split(',').filter((x) => args.includes('--only') && x);
const outFile = args.includes('--out')
  ? path.resolve(args[args.indexOf('--out') + 1])
  : path.join(ROOT, 'test', 'bench', 'results.json');
const want = (s: string) => !only.length || only.includes(s);
const MB = 1024 * 1024;
const { lib } = bundledLibrary();

interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean;
}
const results: Record<string, unknown> = {};
const targets: Target[] = [];
const log = (s: string) => process.stdout.write(s + '\n');

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1 < 0 ? 0 : Math.ceil(q * s.length) - 1)];
}
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
const sizeName = (n: number) => (n >= MB ? `${n / MB} MB` : `${n / 1024} KB`);

function table(head: string[], rows: (string | number)[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  log(line(head));
  log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const r of rows) log(line(r));
  log('');
}

function machine(): Record<string, unknown> {
  const sh = (cmd: string, a: string[]) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  const cpuinfo = (() => {
    try {
      return fs.readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  return {
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model,
    nproc: sh('nproc', []) ?? String(os.availableParallelism()),
    memory: sh('free', ['-h'])?.split('\n')[1]?.replace(/\s+/g, ' ') ?? `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    date: new Date().toISOString(),
  };
}

// ---- 1. Engine throughput and the bare scan -----------------------------------------------------------------
/** The citation patterns a bare scanner would look for: numbers, titles, clause references, quotations. */
const BARE = [
  /[\u3400-\u9fff]{1,8}[〔[(（][0-9]{4}[〕\])）]第?[0-9]{1,5}号/g,
  /\b(?:GF|Guofa|GBF)\s?(?:No\.?\s?)?[[(〔]\d{4}[\])〕]\s?(?:No\.?\s?)?\d{1,4}/g,
  /《[^《》\n]{1,150}》/g,
  /第[一二三四五六七八九十\d]{1,3}部分|[(（][一二三四五六七八九十]{1,3}[)）]/g,
  /\b(?:Part|Section)\s{1,2}(?:[IVX]{1,4}|\d{1,2})\b|\(\d{1,2}\)/g,
  /“[^“”\n]{1,400}”|"[^"\n]{1,400}"/g,
  /\bOpinions?\s{1,2}(?:concerning|on)\b[^.\n]{0,200}?Industry/g,
];
function bareScan(text: string): number {
  let n = 0;
  for (const re of BARE) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
}

/** A full collection before a timed run (when node runs with --expose-gc, as `npm run bench` does), so garbage
 *  left by the previous run is not charged to this one. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timeIt(fn: () => void, reps: number): number {
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    collect();
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function engine(): void {
  log('## Engine: full analysis against a bare regular-expression scan of the same text\n');
  const sizes = quick ? [10 * 1024, 1 * MB] : [10 * 1024, 100 * 1024, 1 * MB, 10 * MB];
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  let worst = Infinity;
  analyze(draft('zh', 20000, 99), lib); // warm up the converters and the JIT
  for (const lang of ['zh', 'en'] as DraftLang[]) {
    for (const size of sizes) {
      const text = draft(lang, size, 7);
      const b = bytes(text);
      const reps = size >= 10 * MB ? 2 : size >= MB ? 3 : size >= 100 * 1024 ? 5 : 20;
      let citations = 0,
        findings = 0;
      const tFull = timeIt(() => {
        const a = analyze(text, lib);
        citations = a.citations.length;
        findings = a.findings.length;
      }, reps);
      let matches = 0;
      const tBare = timeIt(() => {
        matches = bareScan(text);
      }, reps);
      const full = b / MB / (tFull / 1000),
        bare = b / MB / (tBare / 1000);
      worst = Math.min(worst, full / bare);
      rows.push([
        lang,
        sizeName(size),
        citations,
        findings,
        ms(tFull),
        full.toFixed(2),
        ms(tBare),
        bare.toFixed(1),
        (full / bare).toFixed(3),
      ]);
      out.push({
        lang,
        bytes: b,
        citations,
        findings,
        analysisMs: tFull,
        analysisMBps: full,
        bareMatches: matches,
        bareMs: tBare,
        bareMBps: bare,
        ratio: full / bare,
      });
    }
  }
  table(
    ['lang', 'size', 'citations', 'findings', 'analysis ms', 'analysis MB/s', 'bare scan ms', 'bare MB/s', 'ratio'],
    rows,
  );
  results.engine = out;
  echoShare();
  targets.push({
    name: 'Full analysis vs bare scan',
    target: '≥ 0.1 of the bare scan speed',
    value: `worst ratio ${worst.toFixed(3)}`,
    met: worst >= 0.1,
  });
}

/** What finding passages restated without quotation marks (echoes.ts) adds to a first analysis of a 1 MB draft: the
 *  detector alone over freshly read blocks (nothing remembered), against the whole analysis. */
function echoShare(): void {
  const titles = lib.corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);
  const rows: (string | number)[][] = [];
  const out: Record<string, { echoMs: number; analysisMs: number; share: number; echoes: number }> = {};
  let worst = 0;
  for (const lang of ['zh', 'en'] as DraftLang[]) {
    const text = draft(lang, MB, 7);
    let echoes = 0;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { blocks } = new BlockCache().read(text, titles); // fresh blocks: nothing remembered
      collect();
      const t0 = performance.now();
      echoes = findEchoes(lib, blocks, []).length;
      times.push(performance.now() - t0);
    }
    const echoMs = median(times);
    const tFull = timeIt(() => analyze(text, lib), 3);
    const share = echoMs / tFull;
    worst = Math.max(worst, share);
    out[lang] = { echoMs, analysisMs: tFull, share, echoes };
    rows.push([lang, '1 MB', echoes, ms(echoMs), ms(tFull), `${(share * 100).toFixed(0)} %`]);
  }
  table(['lang', 'draft', 'echoes', 'echo detection ms', 'whole analysis ms', 'share'], rows);
  results.echoes = out;
  targets.push({
    name: 'Echo detection, share of a 1 MB analysis',
    target: '≤ 25 %',
    value: `worst ${(worst * 100).toFixed(0)} %`,
    met: worst <= 0.25,
  });
}
// ---- 2. The server over stdio ---------------------------------------------------------------------------
const SERVER = path.join(ROOT, 'dist', 'server.js');

async function firstDiagnostics(): Promise<number[]> {
  const text = draft('zh', 10 * 1024, 3);
  const times: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const s = new BenchServer(SERVER);
    await s.initialize();
    s.open('file:///bench/first.txt', text);
    const at = await s.diagnostics('file:///bench/first.txt', 1);
    times.push(at - s.started);
    await s.stop();
  }
  return times;
}

/** Offsets of citations in a draft, to hover over and jump from. */
function citationOffsets(text: string): number[] {
  const out: number[] = [];
  for (const re of [/国发〔2015〕5号/g, /第[一二三]部分/g, /Part [IVX]+, Section \(\d\)/g, /GF No\. \(2015\)5/g]) {
    for (let m; (m = re.exec(text)) && out.length < 5000;) out.push(m.index + 1);
  }
  return out.sort((a, b) => a - b);
}

async function server(): Promise<void> {
  log('## Server over stdio\n');
  const first = await firstDiagnostics();
  const out: Record<string, unknown> = {
    firstDiagnosticsMs: { median: median(first), max: Math.max(...first), runs: first },
  };
  const rows: (string | number)[][] = [];
  const s = new BenchServer(SERVER);
  await s.initialize();
  const r = rng(5);
  const edits: Record<string, { median: number; p99: number; n: number }> = {};
  const sizes: [number, number][] = quick
    ? [
        [10 * 1024, 100],
        [MB, 40],
      ]
    : [
        [10 * 1024, 400],
        [MB, 200],
        [10 * MB, 20],
      ];
  let hoverStats: { hover: number[]; definition: number[] } | undefined;
  for (const lang of ['zh', 'en'] as DraftLang[]) {
    for (const [size, n] of sizes) {
      const uri = `file:///bench/edit-${lang}-${size}.txt`;
      s.open(uri, draft(lang, size, 11));
      const t0 = performance.now();
      await s.diagnostics(uri, 1);
      const openMs = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const text = s.text(uri);
        // type a letter somewhere in the draft (not inside a line break pair)
        const at = Math.floor(r() * text.length);
        const start = performance.now();
        const v = s.insert(uri, at, 'x');
        const done = await s.diagnostics(uri, v);
        times.push(done - start);
      }
      edits[`${lang} ${sizeName(size)}`] = { median: median(times), p99: quantile(times, 0.99), n };
      rows.push([
        lang,
        sizeName(size),
        ms(openMs),
        n,
        ms(median(times)),
        ms(quantile(times, 0.99)),
        ms(Math.max(...times)),
      ]);
      if (size === MB && lang === 'zh') hoverStats = await hovers(s, uri);
      s.notify('textDocument/didClose', { textDocument: { uri } });
    }
  }
  await s.stop();
  table(['lang', 'draft', 'open → diagnostics ms', 'edits', 'edit → diagnostics median ms', 'p99 ms', 'max ms'], rows);
  out.edits = edits;
  const hv = hoverStats!;
  out.hover = { median: median(hv.hover), p99: quantile(hv.hover, 0.99), n: hv.hover.length };
  out.definition = { median: median(hv.definition), p99: quantile(hv.definition, 0.99), n: hv.definition.length };
  table(
    ['request (1 MB zh draft)', 'n', 'median ms', 'p99 ms'],
    [
      ['hover', hv.hover.length, ms(median(hv.hover)), ms(quantile(hv.hover, 0.99))],
      ['definition', hv.definition.length, ms(median(hv.definition)), ms(quantile(hv.definition, 0.99))],
    ],
  );
  table(
    ['start → first diagnostics (10 KB draft)', 'runs', 'median ms', 'max ms'],
    [['fresh process', first.length, ms(median(first)), ms(Math.max(...first))]],
  );
  results.server = out;
  const e1 = edits[`zh ${sizeName(MB)}`],
    e1en = edits[`en ${sizeName(MB)}`];
  const e10 = edits['zh 10 KB'],
    e10en = edits['en 10 KB'];
  targets.push({
    name: 'Edit → diagnostics, 1 MB draft',
    target: 'p99 < 20 ms',
    value: `p99 zh ${ms(e1.p99)} ms, en ${ms(e1en.p99)} ms`,
    met: Math.max(e1.p99, e1en.p99) < 20,
  });
  targets.push({
    name: 'Edit → diagnostics, 10 KB draft',
    target: 'p99 < 5 ms',
    value: `p99 zh ${ms(e10.p99)} ms, en ${ms(e10en.p99)} ms`,
    met: Math.max(e10.p99, e10en.p99) < 5,
  });
  const hp = Math.max(quantile(hv.hover, 0.99), quantile(hv.definition, 0.99));
  targets.push({
    name: 'Hover and definition',
    target: 'p99 < 2 ms',
    value: `hover p99 ${ms(quantile(hv.hover, 0.99))} ms, definition p99 ${ms(quantile(hv.definition, 0.99))} ms`,
    met: hp < 2,
  });
  targets.push({
    name: 'Start → first diagnostics',
    target: '< 200 ms every run',
    value: `median ${ms(median(first))} ms, max ${ms(Math.max(...first))} ms`,
    met: Math.max(...first) < 200,
  });
}

async function hovers(s: BenchServer, uri: string): Promise<{ hover: number[]; definition: number[] }> {
  const offsets = citationOffsets(s.text(uri));
  const hover: number[] = [],
    definition: number[] = [];
  const n = quick ? 100 : 1000;
  for (let i = 0; i < n; i++) {
    const position = s.positionOf(uri, offsets[(i * 7919) % offsets.length]);
    let t0 = performance.now();
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position });
    hover.push(performance.now() - t0);
    t0 = performance.now();
    await s.request('textDocument/definition', { textDocument: { uri }, position });
    definition.push(performance.now() - t0);
    if (i === 0 && !h.result) throw new Error('no hover at a citation: the benchmark would time nothing');
  }
  return { hover, definition };
}

// ---- 3. Memory --------------------------------------------------------------------------------------------
async function memory(): Promise<void> {
  log('## Server memory (RSS)\n');
  const s = new BenchServer(SERVER);
  await s.initialize();
  await new Promise((r) => setTimeout(r, 300));
  const idle = s.rssMB();
  s.open('file:///bench/mem-0.txt', draft('zh', 50 * 1024, 1000));
  await s.diagnostics('file:///bench/mem-0.txt', 1);
  await new Promise((r) => setTimeout(r, 500));
  const one = s.rssMB();
  // 200 drafts of the sizes people write: most 10–50 KB, some 200 KB, in both languages
  const r = rng(77);
  let total = 0;
  for (let i = 1; i < 200; i++) {
    const x = r();
    const size = x < 0.6 ? 10 * 1024 : x < 0.9 ? 50 * 1024 : 200 * 1024;
    const text = draft(i % 2 ? 'zh' : 'en', size, 1000 + i, i % 3 === 0);
    total += bytes(text);
    s.open(`file:///bench/mem-${i}.${i % 3 === 0 ? 'md' : 'txt'}`, text);
  }
  for (let i = 1; i < 200; i++) await s.diagnostics(`file:///bench/mem-${i}.${i % 3 === 0 ? 'md' : 'txt'}`, 1);
  // what the server holds once it has been idle a few seconds (server/src/lsp/trim.ts gives back the burst's room)
  await new Promise((r) => setTimeout(r, 5000));
  const two = s.rssMB();
  await s.stop();
  table(
    ['server', 'RSS MB'],
    [
      ['started, no draft', idle?.toFixed(1) ?? 'n/a'],
      ['1 draft open (50 KB)', one?.toFixed(1) ?? 'n/a'],
      [`200 drafts open (${(total / MB).toFixed(1)} MB of text)`, two?.toFixed(1) ?? 'n/a'],
    ],
  );
  results.memory = { idleMB: idle, oneDraftMB: one, twoHundredDraftsMB: two, twoHundredDraftsTextMB: total / MB };
  targets.push({
    name: 'Server RSS with 200 drafts open',
    target: '< 100 MB',
    value:
      two === undefined ? 'not measurable here (no /proc)' : `${two.toFixed(1)} MB (1 draft: ${one!.toFixed(1)} MB)`,
    met: two !== undefined && two < 100,
  });
}

// ---- 4. The command line over 10,000 drafts ---------------------------------------------------------------------
async function cli(): Promise<void> {
  const n = quick ? 1000 : 10000;
  log(`## Command line over ${n} drafts\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-bench-'));
  const r = rng(123);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = r();
    const size = x < 0.7 ? 3 * 1024 : x < 0.95 ? 12 * 1024 : 60 * 1024;
    const lang: DraftLang = r() < 0.6 ? 'zh' : 'en';
    const md = lang === 'en' && r() < 0.5;
    const text = draft(lang, size, 5000 + i, md);
    total += bytes(text);
    const sub = path.join(dir, String(i % 100));
    if (i < 100) fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, `draft-${i}.${md ? 'md' : 'txt'}`), text);
  }
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const cmd = [path.join(ROOT, 'dist', 'cli.js'), 'check', dir];
  const t0 = performance.now();
  const { code, stdoutBytes, rusage } = await new Promise<{
    code: number | null;
    stdoutBytes: number;
    rusage?: string;
  }>((res) => {
    const p = timeBin ? spawn(timeBin, ['-f', '%e %U %S %M', process.execPath, ...cmd]) : spawn(process.execPath, cmd);
    let outBytes = 0,
      err = '';
    p.stdout.on('data', (d: Buffer) => (outBytes += d.length));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (c) =>
      res({ code: c, stdoutBytes: outBytes, rusage: timeBin ? err.trim().split('\n').pop() : undefined }),
    );
  });
  const wall = (performance.now() - t0) / 1000;
  fs.rmSync(dir, { recursive: true, force: true });
  const [, user, sys, maxKB] = (rusage ?? '').split(' ').map(Number);
  const cores = Number(os.availableParallelism());
  const busy = rusage ? (user + sys) / wall : NaN;
  table(
    [
      'drafts',
      'text MB',
      'exit code',
      'wall s',
      'files/s',
      'MB/s',
      'CPU s (user+sys)',
      'cores busy',
      'peak RSS of main process MB',
    ],
    [
      [
        n,
        (total / MB).toFixed(1),
        code ?? 'signal',
        wall.toFixed(2),
        (n / wall).toFixed(0),
        (total / MB / wall).toFixed(2),
        rusage ? (user + sys).toFixed(1) : 'n/a',
        rusage ? `${busy.toFixed(2)} of ${cores}` : 'n/a',
        rusage ? (maxKB / 1024).toFixed(0) : 'n/a',
      ],
    ],
  );
  results.cli = {
    drafts: n,
    textMB: total / MB,
    exitCode: code,
    wallS: wall,
    filesPerS: n / wall,
    MBps: total / MB / wall,
    cpuS: rusage ? user + sys : undefined,
    coresBusy: busy,
    cores,
    reportBytes: stdoutBytes,
  };
  targets.push({
    name: `CLI over ${n} drafts`,
    target: 'all cores in use',
    value: `${(n / wall).toFixed(0)} files/s, ${rusage ? busy.toFixed(2) : '?'} of ${cores} cores busy`,
    met: rusage ? busy >= 0.8 * cores : false,
  });
}

/** Wall-clock seconds of `node dist/cli.js ARGS` (output discarded), and its exit code. */
function timeCli(args: string[]): Promise<{ s: number; code: number | null }> {
  const t0 = performance.now();
  return new Promise((res) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { stdio: 'ignore' });
    p.on('exit', (code) => res({ s: (performance.now() - t0) / 1000, code }));
  });
}

/** 120 drafts of the sizes drafters have (3–60 KB): the pool must never make the command slower than one thread. */
async function cliSmall(): Promise<void> {
  const n = 120;
  log(`## Command line over ${n} drafts: the default against --jobs 1 (best of 3)\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-bench-small-'));
  const r = rng(77);
  for (let i = 0; i < n; i++) {
    const x = r();
    const lang: DraftLang = r() < 0.6 ? 'zh' : 'en';
    const size = x < 0.7 ? 3 * 1024 : x < 0.95 ? 12 * 1024 : 60 * 1024;
    fs.writeFileSync(path.join(dir, `d${i}.txt`), draft(lang, size, 900 + i));
  }
  const best = async (extra: string[]) => {
    const runs = [];
    for (let k = 0; k < 3; k++) runs.push((await timeCli(['check', dir, '--exit-zero', ...extra])).s);
    return Math.min(...runs);
  };
  const one = await best(['--jobs', '1']);
  const auto = await best([]);
  fs.rmSync(dir, { recursive: true, force: true });
  table(['drafts', '--jobs 1 s', 'default s'], [[n, one.toFixed(2), auto.toFixed(2)]]);
  results.cliSmall = { drafts: n, jobs1S: one, defaultS: auto };
  targets.push({
    name: `CLI over ${n} drafts`,
    target: 'the default never slower than --jobs 1',
    value: `default ${auto.toFixed(2)} s, --jobs 1 ${one.toFixed(2)} s`,
    met: auto <= one * 1.05,
  });
}

/** Each adversarial input at 1 MB, checked by a fresh command-line process: start, read, first analysis, report. */
async function adversarialFirst(): Promise<void> {
  log('## Adversarial inputs, 1 MB, first analysis in a fresh process (policy-cite check)\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-bench-adv-'));
  const rows: (string | number)[][] = [];
  const out: Record<string, number> = {};
  for (const k of ADVERSARIAL_KINDS) {
    const file = path.join(dir, `${k}.txt`);
    fs.writeFileSync(file, adversarial(k, quick ? 128 * 1024 : MB));
    const { s: secs } = await timeCli(['check', file, '--exit-zero', '--format', 'json', '--jobs', '1']);
    rows.push([k, ms(secs * 1000)]);
    out[k] = secs * 1000;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  table(['input', 'ms'], rows);
  results.adversarialFirst = out;
  const worst = Math.max(...Object.values(out));
  targets.push({
    name: `Adversarial input ${quick ? '128 KB' : '1 MB'}, first analysis`,
    target: '< 1 s each',
    value: `worst ${ms(worst)} ms`,
    met: worst < 1000,
  });
}

// ---- 5. Linearity ---------------------------------------------------------------------------------------------
function linearity(): void {
  log('## Linearity: analysis time at 1×, 2×, 4×, 8× the size (best of 5)\n');
  const base = quick ? 64 * 1024 : 512 * 1024;
  const kinds: [string, (size: number) => string][] = [
    ['zh draft', (n) => draft('zh', n, 21)],
    ['en draft', (n) => draft('en', n, 21)],
    ...ADVERSARIAL_KINDS.map(
      (k) => [`adversarial: ${k}`, (n: number) => adversarial(k, n)] as [string, (size: number) => string],
    ),
  ];
  const rows: (string | number)[][] = [];
  const out: Record<string, unknown> = {};
  let worst = 0;
  for (const [name, make] of kinds) {
    const xs: number[] = [],
      ys: number[] = [];
    const cells: string[] = [];
    for (const k of [1, 2, 4, 8]) {
      const text = make(base * k);
      analyze(text, lib); // warm: the same state (JIT, remembered quote matches) at every size
      const t = Math.min(
        ...[0, 1, 2, 3, 4].map(() => {
          collect();
          const t0 = performance.now();
          analyze(text, lib);
          return performance.now() - t0;
        }),
      );
      xs.push(Math.log(bytes(text)));
      ys.push(Math.log(t));
      cells.push(ms(t));
    }
    // least-squares slope of log(time) on log(size): 1 is linear, 2 quadratic
    const mx = xs.reduce((a, b) => a + b) / xs.length,
      my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    worst = Math.max(worst, slope);
    rows.push([name, ...cells, slope.toFixed(2)]);
    out[name] = { ms: cells.map(Number), exponent: slope };
  }
  table(
    [
      'input',
      `${sizeName(base)} ms`,
      `${sizeName(base * 2)} ms`,
      `${sizeName(base * 4)} ms`,
      `${sizeName(base * 8)} ms`,
      'growth exponent',
    ],
    rows,
  );
  results.linearity = out;
  targets.push({
    name: 'Analysis time grows linearly',
    target: 'growth exponent ≤ 1.2 on every input (1 = linear, 2 = quadratic)',
    value: `worst exponent ${worst.toFixed(2)}`,
    met: worst <= 1.2,
  });
}

async function main(): Promise<void> {
  results.machine = machine();
  log(`# Policy Cite benchmark${quick ? ' (quick)' : ''}\n`);
  log(
    Object.entries(results.machine as object)
      .map(([k, v]) => `- ${k}: ${v}`)
      .join('\n') + '\n',
  );
  if (!fs.existsSync(SERVER) && (want('server') || want('memory') || want('cli')))
    throw new Error('dist/ is missing: run `node esbuild.js` first (npm run bench does)');
  if (want('engine')) engine();
  if (want('linear')) linearity();
  if (want('server')) await server();
  if (want('memory')) await memory();
  if (want('cli')) await cliSmall();
  if (want('cli')) await cli();
  if (want('linear')) await adversarialFirst();
  (results.machine as Record<string, unknown>).loadAverageAtEnd = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  results.targets = targets;
  log('## Targets\n');
  table(
    ['target', 'wanted', 'measured', 'met'],
    targets.map((t) => [t.name, t.target, t.value, t.met ? 'met' : 'NOT met']),
  );
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  log(`JSON: ${path.relative(process.cwd(), outFile)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
