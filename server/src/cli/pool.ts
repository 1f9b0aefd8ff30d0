// Large batches: files are checked in worker threads, one per core, each pulling the next file when it is done.
// The worker is this same script (main.ts tells the two apart with isMainThread), so one bundle is all there is.
import { Worker } from 'node:worker_threads';
import type { CheckSettings, FileReport } from './check';
import type { CheckOptions } from './options';

/** What a worker is started with. */
export interface WorkerInit {
  policyCiteWorker: true;
  settings: CheckSettings;
  sources: CheckOptions['sources'];
}

export type ToWorker = { id: number; file: string };
export type FromWorker = { id: number; report: FileReport } | { ready: true };

/**
 * Checks `files` on `jobs` workers; `onResult` gets each report as it comes (in any order). A worker that dies
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
            error: { zh: `检查时出错（${msg}）`, en: `failed while being checked (${msg})` },
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
