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
 * fails its current file with a message and is replaced, so one bad file cannot stop the batch.
 */
export function checkInWorkers(
  script: string, files: string[], jobs: number, init: WorkerInit, onResult: (index: number, r: FileReport) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0, done = 0;
    if (!files.length) { resolve(); return; }
    const start = () => {
      const w = new Worker(script, { workerData: init });
      let current = -1;
      const feed = () => {
        if (next >= files.length) { current = -1; void w.terminate(); return; }
        current = next++;
        w.postMessage({ id: current, file: files[current] } satisfies ToWorker);
      };
      w.on('message', (m: FromWorker) => {
        if ('ready' in m) { feed(); return; }
        onResult(m.id, m.report);
        if (++done === files.length) resolve();
        feed();
      });
      w.on('error', (e) => {
        if (current >= 0) {
          const msg = e instanceof Error ? e.message : String(e);
          onResult(current, { path: files[current], kind: 'text', error: { zh: `检查时出错（${msg}）`, en: `failed while being checked (${msg})` }, findings: [], fixed: [] });
          current = -1;
          if (++done === files.length) { resolve(); return; }
        }
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
  constructor(private readonly stream: NodeJS.WriteStream, private readonly total: number, private readonly enabled: boolean, private readonly delayMs = 300) {}

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
    if (this.shown) { this.stream.write('\r\x1b[K'); this.shown = false; this.lastDraw = 0; }
  }
}
