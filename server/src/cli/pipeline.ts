// The one input pipeline of every command: PATH arguments → files (folders searched, globs matched) → each file read
// (UTF-8 ±BOM, UTF-16, GB18030, .docx) and analysed once → what the command needs of it, in the files' order. Large
// batches run on worker threads (pool.ts); either way the reports are the same plain data.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Bilingual, Lang } from '../core/corpus';
import { draftLanguage } from '../core/language';
import type { Level, RuleCode } from '../core/model';
import type { Library } from '../core/resolve';
import { PlacedAuthority, authoritiesOfDraft } from './authorities';
import { AppliedFix, checkDraft, LocatedFinding } from './check';
import { FileCoverage, coverageOfDraft } from './coverage';
import { runEngine } from './engine';
import { Draft, DraftKind, Encoding, expandPaths, InputError, readDraft } from './inputs';
import { buildLibrary } from './library';
import type { Options } from './options';
import { checkInWorkers, planJobs } from './pool';

/** What a command asks of each file; a worker gets it once, at start. */
export type Task =
  | { command: 'check'; levels: Record<RuleCode, Level>; fix: boolean }
  | { command: 'coverage'; levels: Record<RuleCode, Level>; doc?: string }
  | { command: 'authorities'; levels: Record<RuleCode, Level> };

export interface FileReport {
  path: string;
  kind: DraftKind;
  encoding?: Encoding;
  /** The language the draft is written in: its messages' language unless one was asked for. */
  lang: Lang;
  /** Set when the file could not be read (or, with --fix, written); nothing else is then known about it. */
  error?: Bilingual;
  /** check */
  findings: LocatedFinding[];
  fixed: AppliedFix[];
  /** Why safe fixes were left unapplied under --fix (a .docx, or an encoding this tool cannot write back). */
  notFixed?: Bilingual;
  /** coverage: undefined when the document asked for is not in the library. */
  coverage?: FileCoverage;
  /** authorities */
  authorities?: PlacedAuthority[];
}

export function taskOf(o: Options): Task {
  if (o.command === 'check') return { command: 'check', levels: o.levels, fix: o.fix };
  if (o.command === 'coverage') return { command: 'coverage', levels: o.levels, doc: o.doc };
  return { command: 'authorities', levels: o.levels };
}

export function unreadable(path: string, error: Bilingual): FileReport {
  return { path, kind: 'text', lang: 'en', error, findings: [], fixed: [] };
}

/** One file, start to end. Never throws: a file that cannot be read comes back with `error`. */
export async function processFile(path: string, lib: Library, task: Task): Promise<FileReport> {
  let draft: Draft;
  try {
    draft = await readDraft(path);
  } catch (e) {
    return unreadable(
      path,
      e instanceof InputError ? e.reason : { zh: `无法读取（${String(e)}）`, en: `cannot be read (${String(e)})` },
    );
  }
  const report: FileReport = {
    path,
    kind: draft.kind,
    encoding: draft.encoding,
    lang: draftLanguage(draft.text),
    findings: [],
    fixed: [],
  };
  switch (task.command) {
    case 'check':
      return { ...report, ...checkDraft(path, draft, lib, task) };
    case 'coverage': {
      const { analysis } = runEngine(draft.text, lib, task.levels);
      return { ...report, coverage: coverageOfDraft(path, analysis, lib, task.doc) };
    }
    case 'authorities': {
      const { analysis } = runEngine(draft.text, lib, task.levels);
      return { ...report, authorities: authoritiesOfDraft(path, analysis, lib) };
    }
  }
}

export interface PipelineRun {
  files: string[];
  /** PATH arguments that gave no file. */
  problems: InputError[];
  /** One report per file, in the files' order. */
  reports: FileReport[];
  jobs: number;
}

export interface PipelineHooks {
  /** The script a worker thread runs: the bundle itself (main.ts tells the two apart). */
  script: string;
  /** The number of files found, before any is read. */
  onStart?: (files: number) => void;
  /** Each report, in the files' order, as soon as it and all before it are done (so it can be printed at once). */
  onResult?: (index: number, r: FileReport) => void;
  onProgress?: (done: number) => void;
}

/** Reads every input of `o` for its command, on worker threads when that pays (pool.ts), and returns every report. */
export async function runPipeline(o: Options, hooks: PipelineHooks): Promise<PipelineRun> {
  const { files, problems } = expandPaths(o.paths);
  hooks.onStart?.(files.length);
  const task = taskOf(o);
  const reports: (FileReport | undefined)[] = new Array(files.length);
  let printed = 0,
    done = 0;
  const got = (i: number, r: FileReport) => {
    reports[i] = r;
    hooks.onProgress?.(++done);
    while (printed < files.length && reports[printed]) hooks.onResult?.(printed, reports[printed++]!);
  };
  const jobs = Math.min(o.jobs ?? planJobs(files.map(sizeOf), os.availableParallelism()), files.length);
  if (jobs > 1) {
    await checkInWorkers(hooks.script, files, jobs, { policyCiteWorker: true, task, sources: o.sources }, got);
  } else if (files.length) {
    const { lib } = buildLibrary(o);
    for (let i = 0; i < files.length; i++) got(i, await processFile(files[i], lib, task));
  }
  return { files, problems, reports: reports as FileReport[], jobs };
}

/** A file's kind and size, for planning the batch; a file that cannot be stat'ed is read (and fails) like the rest. */
function sizeOf(file: string): { docx: boolean; bytes: number } {
  let bytes = 0;
  try {
    bytes = fs.statSync(file).size;
  } catch {
    /* reported when it is read */
  }
  return { docx: /\.docx$/i.test(file), bytes };
}
