// The page's worker: the engine (worker/engine.ts) behind a message port, so a long draft is analysed off the page's
// thread and typing never waits for it. Requests are answered in the order they came.
import type { Envelope, Reply, Request, Responses } from '../protocol';
import { Engine } from './engine';

interface WorkerScope {
  onmessage: ((e: { data: Envelope }) => void) | null;
  postMessage(message: Reply): void;
}
const scope = self as unknown as WorkerScope;

const engine = new Engine();

function handle(r: Request): Responses[Request['type']] {
  switch (r.type) {
    case 'check':
      return engine.check(r.text, r.version, r.file);
    case 'hover':
      return engine.hover(r.version, r.offset, r.lang);
    case 'fixAll':
      return engine.fixAll(r.version);
    case 'sources':
      return engine.setSources(r.sources);
    case 'coverage':
      return engine.coverageView(r.version, r.lang);
    case 'csv':
      return engine.csv(r.version, r.lang);
    case 'report':
      return engine.report(r.version, r.lang);
  }
}

scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, ok: true, result: handle(request) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
};
