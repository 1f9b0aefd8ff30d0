// Command line: `policy-cite check|coverage|authorities PATH…` — the engine outside the editor, for reviewers' folders
// and CI. The same script is also the worker thread that reads files in parallel (see pool.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/corpus';
import { AUTHORITIES_WRITERS, mergeAuthorities } from './authorities';
import { COVERAGE_WRITERS, mergeCoverage } from './coverage';
import { buildLibrary, libraryProblems } from './library';
import { HELP, messageLang, Options, parseArgs } from './options';
import { FileReport, PipelineRun, processFile, runPipeline, unreadable } from './pipeline';
import { Progress, ToWorker, WorkerInit } from './pool';
import { formatFileText, summaryLine, toJson, toSarif, totalsOf } from './report';

/** The version in package.json, found beside the bundle (dist/) or the compiled sources (out/). */
function toolVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'policy-cite') return String(pkg.version);
    } catch {
      /* not here; look further up */
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

function useColor(o: Options, env: NodeJS.ProcessEnv): boolean {
  if (o.color !== 'auto') return o.color === 'always';
  if (o.output) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return !!process.stdout.isTTY && env.TERM !== 'dumb';
}

/** Whether an error-level finding has been printed: the exit code if standard output closes early. */
let errorsPrinted = false;

const say = (L: Lang, zh: string, en: string) => (L === 'zh' ? zh : en);

/**
 * What every command does around its own report: reads the inputs through the one pipeline, names on standard error
 * each PATH that gave no file and each file that could not be read, shows progress on a terminal, and says so when
 * there was nothing to read. `onReport` sees each file's report in the files' order, as soon as it is ready.
 */
async function readInputs(
  o: Options,
  onReport: (r: FileReport, progress: Progress) => void = () => {},
): Promise<PipelineRun | undefined> {
  const L = messageLang(o.lang, []);
  let progress: Progress | undefined;
  for (const p of libraryProblems(o)) process.stderr.write(`policy-cite: ${p}\n`);
  const run = await runPipeline(o, {
    script: __filename,
    onStart: (files) => {
      // POLICY_CITE_PROGRESS_DELAY_MS lets tests see the bar on short runs; people get it once a run takes 300 ms.
      const delay = Number(process.env.POLICY_CITE_PROGRESS_DELAY_MS ?? 300);
      progress = new Progress(process.stderr, files, o.progress && !!process.stderr.isTTY && files > 1, delay);
    },
    onProgress: (done) => progress!.update(done),
    onResult: (_i, r) => {
      if (r.error) {
        progress!.clear();
        process.stderr.write(`policy-cite: ${r.path}: ${r.error[L]}\n`);
      }
      onReport(r, progress!);
    },
  });
  progress?.clear();
  for (const p of run.problems) process.stderr.write(`policy-cite: ${p.file}: ${p.reason[L]}\n`);
  if (!run.files.length) {
    process.stderr.write(
      say(
        L,
        'policy-cite：没有可读取的 .txt、.md 或 .docx 文件\n',
        'policy-cite: no .txt, .md or .docx files to read\n',
      ),
    );
    return undefined;
  }
  return run;
}

/** The report to standard output, or to -o FILE (then only `summary`, if any, on standard output). */
function writeOutput(o: Options, body: string, L: Lang, summary?: string): boolean {
  if (!o.output) {
    process.stdout.write(body);
    return true;
  }
  try {
    fs.writeFileSync(o.output, body);
  } catch (e) {
    process.stderr.write(
      `policy-cite: ${o.output}: ${say(L, '无法写入报告', 'cannot write the report')} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`,
    );
    return false;
  }
  if (summary) process.stdout.write(summary + '\n');
  return true;
}

/** Drafts that were read: the ones a report speaks about and whose languages choose the report's. */
const readOk = (run: PipelineRun) => run.reports.filter((r) => !r.error);

async function runCheck(o: Options): Promise<number> {
  const version = toolVersion();
  const style = (lang: Lang) => ({
    lang,
    color: useColor(o, process.env),
    width: process.stdout.isTTY ? (process.stdout.columns ?? 100) : 120,
  });
  const textChunks: string[] = [];
  const run = await readInputs(o, (rep, progress) => {
    if (o.format !== 'text') return;
    if (!o.exitZero && rep.findings.some((f) => f.severity === 'error')) errorsPrinted = true;
    // Each draft's findings in its own language, unless one was asked for.
    const { out } = formatFileText({ ...rep, error: undefined }, style(messageLang(o.lang, [rep.lang])));
    if (o.output) textChunks.push(...out);
    else {
      progress.clear();
      for (const line of out) process.stdout.write(line + '\n');
    }
  });
  if (!run) return 2;
  const all = run.reports;
  const L = messageLang(
    o.lang,
    readOk(run).map((r) => r.lang),
  );
  const totals = totalsOf(all);
  totals.unreadable += run.problems.length;
  const inputProblems = run.problems.map((p) => ({ path: p.file, message: p.reason }));
  const summary = summaryLine(totals, L, o.fix);
  let body: string;
  if (o.format === 'text') body = [...textChunks, summary].join('\n') + '\n';
  else {
    const doc =
      o.format === 'json'
        ? toJson(all, o.lang, version, inputProblems)
        : toSarif(all, o.lang, version, o.levels, inputProblems);
    body = JSON.stringify(doc, null, 2) + '\n';
  }
  if (o.format === 'text' && !o.output) process.stdout.write(summary + '\n');
  else if (!writeOutput(o, body, L, o.output ? summary : undefined)) return 2;
  if (totals.unreadable) return 2;
  return totals.error && !o.exitZero ? 1 : 0;
}

/**
 * coverage and authorities: one report over all the drafts read, in the language most of them are in; unreadable
 * inputs are named and make the exit code 2, but the report still covers the rest.
 */
async function runReport(o: Options, write: (read: FileReport[], lang: Lang) => string): Promise<number> {
  const run = await readInputs(o);
  if (!run) return 2;
  const read = readOk(run);
  const L = messageLang(
    o.lang,
    read.map((r) => r.lang),
  );
  let ok = !run.problems.length && read.length === run.reports.length;
  if (read.length) ok = writeOutput(o, write(read, L), L) && ok;
  return ok ? 0 : 2;
}

async function runCoverage(o: Options): Promise<number> {
  if (o.doc) {
    // A user source's id is its path (source:/abs/path): take its number or its file as well, as people name it.
    const { lib } = buildLibrary(o);
    const wanted = o.doc;
    const c = lib.corpora.find(
      (k) =>
        k.id === wanted ||
        k.id === `source:${path.resolve(wanted)}` ||
        k.data.meta.number.zh === wanted ||
        k.data.meta.number.en === wanted,
    );
    if (!c) {
      const L = messageLang(o.lang, []);
      const known = lib.corpora.map((k) => k.data.meta.number[L]).join(say(L, '、', ', '));
      process.stderr.write(
        `policy-cite: ${say(L, `文件库中没有“${wanted}”（现有：${known}）`, `no document "${wanted}" in the library (there is: ${known})`)}\n`,
      );
      return 2;
    }
    o = { ...o, doc: c.id };
  }
  return runReport(o, (read, lang) => {
    const { cov, merged } = mergeCoverage(read.map((r) => r.coverage!));
    const files = read.map((r) => r.path);
    return COVERAGE_WRITERS[o.format as keyof typeof COVERAGE_WRITERS]({ cov, merged, files, lang });
  });
}

function runAuthorities(o: Options): Promise<number> {
  return runReport(o, (read, lang) => {
    const rows = mergeAuthorities(read.map((r) => r.authorities!));
    const files = read.map((r) => r.path);
    return AUTHORITIES_WRITERS[o.format as keyof typeof AUTHORITIES_WRITERS]({
      rows,
      files,
      lang,
      version: toolVersion(),
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(HELP[parsed.topic][parsed.lang] + '\n');
      return 0;
    case 'version':
      process.stdout.write(toolVersion() + '\n');
      return 0;
    case 'usage-error': {
      const topic = parsed.topic === 'main' ? '' : `${parsed.topic} `;
      const more = say(
        parsed.lang,
        `运行 policy-cite ${topic}--help 查看用法`,
        `run policy-cite ${topic}--help for usage`,
      );
      process.stderr.write(`policy-cite: ${parsed.message[parsed.lang]}\n${more}\n`);
      return 2;
    }
    case 'run': {
      const o = parsed.options;
      return o.command === 'check' ? runCheck(o) : o.command === 'coverage' ? runCoverage(o) : runAuthorities(o);
    }
  }
}

/** The worker side: one library per thread, one file per message. */
function runWorker(init: WorkerInit): void {
  const { lib } = buildLibrary({ sources: init.sources });
  parentPort!.on('message', async (m: ToWorker) => {
    let report: FileReport;
    try {
      report = await processFile(m.file, lib, init.task);
    } catch (e) {
      report = unreadable(m.file, { zh: `读取时出错（${String(e)}）`, en: `failed while being read (${String(e)})` });
    }
    parentPort!.postMessage({ id: m.id, report });
  });
  parentPort!.postMessage({ ready: true });
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.policyCiteWorker) {
  runWorker(workerData as WorkerInit);
} else if (isMainThread) {
  // A reader that stops early (`policy-cite check . | head`) is not an error: stop quietly, with the exit code the
  // findings printed so far call for.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(errorsPrinted ? 1 : 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`policy-cite: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
