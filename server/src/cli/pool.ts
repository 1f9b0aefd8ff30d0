// Large batches: files are read on worker threads, one per core, each pulling the next file when it is done.
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
 * Whether threads pay, from the work the files will take (their sizes) and the cores there are.
 *
 * A worker starts by loading the 1.3 MB bundle, indexing the corpus and building its converters, and warms its own
 * JIT: about 0.35 s of CPU before its first file, and the main thread still formats every report. In-process, one
 * warm thread reads a plain-text draft at about 3 MB/s, and a .docx (unzip, XML) at about a third of that per byte
 * of the file. Measured on 2 cores (`policy-cite check --jobs 1` against `--jobs 2`, whole-process medians of 5
 * runs): 120 drafts of 4 KB, 0.45 MB, 0.19 s of work: 0.86 s against 1.05 s; 480 such drafts, 1.9 MB: 0.86 s against
 * 1.58 s; 30 drafts of 60 KB, 1.8 MB: 0.74 s against 0.91 s — threads lost every time up to 2 MB. So threads start
 * only when the estimated in-process work is well past what starting them costs: at least PARALLEL_FROM_SECONDS,
 * and then no more threads than there are cores and than each has a share of work worth its start.
 */
export const BYTES_PER_SECOND = { text: 3e6, docx: 1e6 };
export const WORKER_START_SECONDS = 0.35;
export const PARALLEL_FROM_SECONDS = 2;

export function planJobs(files: { docx: boolean; bytes: number }[], cores: number): number {
  const seconds = files.reduce((s, f) => s + f.bytes / BYTES_PER_SECOND[f.docx ? 'docx' : 'text'], 0);
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
