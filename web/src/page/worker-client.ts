// The page's side of the worker: one request, one promise. The worker starts from a blob URL holding its bundle
// (built into this script), because a page opened from disk (file://) may not start a worker from a file, and the
// content-security policy allows workers from blob: only. When the worker meets traditional characters it asks for
// the conversion dictionaries, which the page loads then (opencc-dicts.js) and hands over.
import workerSource from 'policy-cite:worker-source';
import type { Envelope, FromWorker, Request, Responses, ToWorker } from '../protocol';
import { loadGlobal } from './scripts';

export class WorkerClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  constructor(onFailure: (message: string) => void) {
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.worker = new Worker(url, { name: 'policy-cite' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const r = e.data;
      if ('need' in r) {
        loadGlobal<string[]>('opencc-dicts.js', 'policyCiteOpenccDicts').then(
          (dictionaries) => this.post({ dictionaries }),
          () => this.post({ dictionaries: null }),
        );
        return;
      }
      const w = this.waiting.get(r.id);
      if (!w) return;
      this.waiting.delete(r.id);
      if (r.ok) w.resolve(r.result);
      else w.reject(new Error(r.error));
    };
    this.worker.onerror = (e) => {
      onFailure(e.message);
      for (const w of this.waiting.values()) w.reject(new Error(e.message));
      this.waiting.clear();
    };
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  request<R extends Request>(request: R): Promise<Responses[R['type']]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.post({ id, request } satisfies Envelope);
    });
  }
}
