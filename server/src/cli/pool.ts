// Large batches: files are read on worker threads, one per core, each pulling the next file when it is done, when the
// batch is large enough for threads to pay (planJobs).
// The worker is this same script (main.ts tells the two apart with isMainThread), so one bundle is all there is.
import { Worker } from 'node:worker_threads';
import type { FileReport, Task } from './pipeline';

/** What a worker is started with. */
export interface WorkerInit {
  policyCiteWorker: true;
  task: Task;
  sources: string[];
}

export type ToWorker = { id: number; file: string };
export type FromWorker = { id: number; report: FileReport } | { ready: true };

/**
 * Whether threads pay, from the work the files will take — estimated from their kinds and sizes — and the cores there
 * are (os.availableParallelism()).
 *
 * A worker starts by loading the 1.4 MB bundle, indexing the corpus and building its converters, then warms up its own
 * JIT, while the main thread still reads every report and formats it: on 2 cores threads cost 0.2 s of CPU more than
 * in-process for 120 small drafts, and 1.5–2 s more for thousands. In-process, one thread reads a text draft in about
 * 0.1 ms plus 0.4 s per MB, and a .docx in about 8 ms (unzip and XML) plus 0.15 s per MB of the file (COST; fitted to
 * the CPU time of the runs below). Measured on a shared 2-core machine (load average 10–17) with `check --jobs 2`
 * against `--jobs 1`, the median wall-clock ratio over paired whole-process runs: 120 drafts of 1.5 KB (0.18 MB)
 * ×1.44; 480 (0.7 MB) ×1.66; 30 of 58 KB (1.7 MB) ×1.19; 1,500 (2.2 MB) ×1.14; 200 .docx of 10 KB ×1.37; 5,000 drafts
 * and 60 .docx (7.9 MB, 4.2 s of CPU in-process) ×1.08; 12,000 drafts (17.6 MB, 7.7 s of CPU in-process) ×0.96, the
 * first batch threads won. So they start only from PARALLEL_FROM_SECONDS of estimated work, and never more than there
 * are cores, or than each gets half of that.
 */
export const COST = {
  text: { perFile: 0.1e-3, perByte: 0.4e-6 },
  docx: { perFile: 8e-3, perByte: 0.15e-6 },
};
export const PARALLEL_FROM_SECONDS = 8;

/** The estimated in-process work of `files`, in seconds. */
export function estimatedSeconds(files: { docx: boolean; bytes: number }[]): number {
  return files.reduce((s, f) => {
    const c = COST[f.docx ? 'docx' : 'text'];
    return s + c.perFile + f.bytes * c.perByte;
  }, 0);
}

export function planJobs(files: { docx: boolean; bytes: number }[], cores: number): number {
  const seconds = estimatedSeconds(files);
  if (cores < 2 || seconds < PARALLEL_FROM_SECONDS) return 1;
  return Math.max(1, Math.min(cores, files.length, Math.floor(seconds / (PARALLEL_FROM_SECONDS / 2))));
}

/**
 * Reads `files` on `jobs` workers; `onResult` gets each report as it comes (in any order). A worker that dies
 * fails the files it had with a message and is replaced, so one bad file cannot stop the batch.
 */
export function checkInWorkers(
  script: string,
  files: string[],
  jobs: number,
  init: WorkerInit,
  onResult: (index: number, r: FileReport) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0,
      done = 0;
    if (!files.length) {
      resolve();
      return;
    }
    const finish = (i: number, r: FileReport) => {
      onResult(i, r);
      if (++done === files.length) resolve();
    };
    const start = () => {
      const w = new Worker(script, { workerData: init });
      // Two files in flight per worker, so it never waits for the main thread between files.
      const inFlight = new Set<number>();
      const feed = () => {
        if (next >= files.length) {
          if (!inFlight.size) void w.terminate();
          return;
        }
        const id = next++;
        inFlight.add(id);
        w.postMessage({ id, file: files[id] } satisfies ToWorker);
      };
      w.on('message', (m: FromWorker) => {
        if ('ready' in m) {
          feed();
          feed();
          return;
        }
        inFlight.delete(m.id);
        finish(m.id, m.report);
        feed();
      });
      w.on('error', (e) => {
        const msg = e instanceof Error ? e.message : String(e);
        for (const id of inFlight) {
          finish(id, {
            path: files[id],
            kind: 'text',
            lang: 'en',
            error: { zh: `读取时出错（${msg}）`, en: `failed while being read (${msg})` },
            findings: [],
            fixed: [],
          });
        }
        inFlight.clear();
        if (next < files.length) start();
      });
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) start();
  });
}

/** A one-line progress bar on standard error, drawn only on a terminal and only once a run has taken a while. */
export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly startedAt = Date.now();
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly delayMs = 300,
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.startedAt < this.delayMs || now - this.lastDraw < 80) return;
    this.lastDraw = now;
    this.shown = true;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 30));
    const filled = Math.round((done / this.total) * width);
    const pct = Math.floor((done / this.total) * 100);
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${pct}%`);
  }

  /** Clears the bar before other output is written, so the two never mix on one line. */
  clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
      this.lastDraw = 0;
    }
  }
}
