// The page's worker: the engine (worker/engine.ts) behind a message port, so a long draft is analysed off the page's
// thread and typing never waits for it. Requests are answered one at a time, in the order they came; one whose text
// has traditional characters first waits for the page to send the dictionaries (worker/opencc-lazy.ts).
import type { Envelope, FromWorker, Request, Responses, ToWorker } from '../protocol';
import { Engine } from './engine';
import { installDictionaries, needsDictionaries } from './opencc-lazy';

interface WorkerScope {
  onmessage: ((e: { data: ToWorker }) => void | Promise<void>) | null;
  postMessage(message: FromWorker): void;
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
    case 'authorities':
      return engine.authorities(r.version);
  }
}

/** The new text a request brings to be read (a draft, sources); the others read what was checked before. */
function textOf(r: Request): string | undefined {
  if (r.type === 'check') return r.text;
  if (r.type === 'sources') return r.sources.map((s) => s.text).join('\n');
  return undefined;
}

let dictionariesArrived: (() => void) | undefined;
let dictionariesFailed = false;
function askForDictionaries(): Promise<void> {
  return new Promise((resolve) => {
    dictionariesArrived = resolve;
    scope.postMessage({ need: 'dictionaries' });
  });
}

const queue: Envelope[] = [];
let draining = false;
async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  while (queue.length) {
    const { id, request } = queue.shift()!;
    try {
      const text = textOf(request);
      if (text !== undefined && !dictionariesFailed && needsDictionaries(text)) await askForDictionaries();
      scope.postMessage({ id, ok: true, result: handle(request) });
    } catch (err) {
      scope.postMessage({ id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  }
  draining = false;
}

scope.onmessage = async (e) => {
  const m = e.data;
  if ('dictionaries' in m) {
    // Without them the worker still answers, comparing traditional characters as they are (as the core does when
    // its converter cannot load).
    try {
      if (m.dictionaries) await installDictionaries(m.dictionaries);
      else dictionariesFailed = true;
    } catch {
      dictionariesFailed = true;
    }
    dictionariesArrived?.();
    dictionariesArrived = undefined;
    return;
  }
  queue.push(m);
  void drain();
};
