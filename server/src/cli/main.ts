// Command line: `policy-cite check PATH…` — the engine outside the editor, for reviewers' folders and CI.
// The same script is also the worker thread that checks files in parallel (see pool.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/corpus';
import { checkFile, FileReport } from './check';
import { runCoverage } from './coverage';
import { expandPaths, InputError } from './inputs';
import { buildLibrary, libraryProblems } from './library';
import { CheckOptions, HELP, parseArgs } from './options';
import { checkInWorkers, Progress, ToWorker, WorkerInit } from './pool';
import { formatFileText, summaryLine, toJson, toSarif, totalsOf } from './report';

/**
 * Below this much work, starting worker threads costs more than it saves: each thread loads the bundle, indexes the
 * corpus, builds its converters and warms up its own JIT (about 0.5 s of CPU, and slower first files), while one
 * warm thread checks a text draft in 2–3 ms. Measured break-even on 2 cores: about 100 text files; a .docx (unzip
 * and XML) costs about five times a text file.
 */
const PARALLEL_FROM = 100;
const DOCX_WEIGHT = 5;

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

function useColor(o: CheckOptions, env: NodeJS.ProcessEnv): boolean {
  if (o.color !== 'auto') return o.color === 'always';
  if (o.output) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return !!process.stdout.isTTY && env.TERM !== 'dumb';
}

/** Whether an error-level finding has been printed: the exit code if standard output closes early. */
let errorsPrinted = false;

async function runCheck(o: CheckOptions): Promise<number> {
  const L: Lang = o.lang;
  const version = toolVersion();
  const { files, problems } = expandPaths(o.paths);
  const err = (line: string) => {
    progress?.clear();
    process.stderr.write(line + '\n');
  };
  for (const p of problems) process.stderr.write(`policy-cite: ${p.file}: ${p.reason[L]}\n`);
  if (!files.length) {
    process.stderr.write(
      L === 'zh'
        ? 'policy-cite：没有可检查的 .txt、.md 或 .docx 文件\n'
        : 'policy-cite: no .txt, .md or .docx files to check\n',
    );
    return 2;
  }

  const settings = { levels: o.levels, fix: o.fix };

  const style = {
    lang: L,
    color: useColor(o, process.env),
    width: process.stdout.isTTY ? (process.stdout.columns ?? 100) : 120,
  };
  const toFile = !!o.output;
  const textChunks: string[] = [];
  const emit = (s: string) => {
    if (toFile) {
      textChunks.push(s);
      return;
    }
    progress?.clear();
    process.stdout.write(s + '\n');
  };

  // Reports are printed in the order of the files, whatever order the workers finish in.
  const reports: (FileReport | undefined)[] = new Array(files.length);
  let printed = 0,
    done = 0;
  // POLICY_CITE_PROGRESS_DELAY_MS lets tests see the bar on short runs; people get it once a run takes 300 ms.
  const delay = Number(process.env.POLICY_CITE_PROGRESS_DELAY_MS ?? 300);
  const progress: Progress | undefined = new Progress(
    process.stderr,
    files.length,
    o.progress && !!process.stderr.isTTY && files.length > 1,
    delay,
  );
  const onResult = (i: number, r: FileReport) => {
    reports[i] = r;
    done++;
    while (printed < files.length && reports[printed]) {
      const rep = reports[printed++]!;
      if (o.format === 'text') {
        if (!o.exitZero && rep.findings.some((f) => f.severity === 'error')) errorsPrinted = true;
        const { out, err: errs } = formatFileText(rep, style);
        for (const e of errs) err(e);
        for (const line of out) emit(line);
      } else if (rep.error) err(`policy-cite: ${rep.path}: ${rep.error[L]}`);
    }
    progress.update(done);
  };

  const work = files.reduce((w, f) => w + (/\.docx$/i.test(f) ? DOCX_WEIGHT : 1), 0);
  const jobs = Math.min(o.jobs ?? (work >= PARALLEL_FROM ? os.availableParallelism() : 1), files.length);
  for (const p of libraryProblems(o)) err(`policy-cite: ${p}`);
  if (jobs > 1) {
    const init: WorkerInit = { policyCiteWorker: true, settings, sources: o.sources };
    await checkInWorkers(__filename, files, jobs, init, onResult);
  } else {
    const { lib } = buildLibrary(o);
    for (let i = 0; i < files.length; i++) onResult(i, await checkFile(files[i], lib, settings));
  }
  progress.clear();

  const all = reports as FileReport[];
  const totals = totalsOf(all);
  totals.unreadable += problems.length;
  const inputProblems = problems.map((p: InputError) => ({ path: p.file, message: p.reason }));
  const summary = summaryLine(totals, L, o.fix);
  if (o.format === 'text') emit(summary);
  else {
    const doc =
      o.format === 'json' ? toJson(all, L, version, inputProblems) : toSarif(all, L, version, o.levels, inputProblems);
    const body = JSON.stringify(doc, null, 2);
    if (toFile) textChunks.push(body);
    else process.stdout.write(body + '\n');
  }
  if (toFile) {
    try {
      fs.writeFileSync(o.output!, textChunks.join('\n') + '\n');
    } catch (e) {
      process.stderr.write(
        `policy-cite: ${o.output}: ${L === 'zh' ? '无法写入报告' : 'cannot write the report'} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`,
      );
      return 2;
    }
    process.stdout.write(summary + '\n');
  }
  if (totals.unreadable) return 2;
  return totals.error && !o.exitZero ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'coverage') return runCoverage(argv.slice(1));
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(HELP[parsed.topic][parsed.lang] + '\n');
      return 0;
    case 'version':
      process.stdout.write(toolVersion() + '\n');
      return 0;
    case 'usage-error': {
      const more =
        parsed.lang === 'zh'
          ? `运行 policy-cite ${parsed.topic === 'check' ? 'check ' : ''}--help 查看用法`
          : `run policy-cite ${parsed.topic === 'check' ? 'check ' : ''}--help for usage`;
      process.stderr.write(`policy-cite: ${parsed.message[parsed.lang]}\n${more}\n`);
      return 2;
    }
    case 'check':
      return runCheck(parsed.options);
  }
}

/** The worker side: one library per thread, one file per message. */
function runWorker(init: WorkerInit): void {
  const { lib } = buildLibrary({ sources: init.sources });
  parentPort!.on('message', async (m: ToWorker) => {
    let report: FileReport;
    try {
      report = await checkFile(m.file, lib, init.settings);
    } catch (e) {
      report = {
        path: m.file,
        kind: 'text',
        error: { zh: `检查时出错（${String(e)}）`, en: `failed while being checked (${String(e)})` },
        findings: [],
        fixed: [],
      };
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
