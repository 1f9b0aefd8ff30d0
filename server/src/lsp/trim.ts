// Memory given back after a burst of work. Reading 200 drafts at once grows V8's heap to several times what the
// server keeps (its analyses are capped, see documents.ts), and V8 keeps that room until a full collection it may
// not run for minutes. When the event loop has been idle for a while and the heap holds much more than after the last
// collection, this runs one: a pause of a few tens of milliseconds while nobody is waiting. Node only.
import { performance } from 'node:perf_hooks';

export interface TrimOptions {
  /** How often to look, ms. */
  every?: number;
  /** The share of the last period the event loop may have been busy for it to count as idle. */
  idleBelow?: number;
  /** How many bytes the heap must have grown since the last collection. */
  growth?: number;
  /** The collector (tests pass their own); by default V8's, present when Node was started with --expose-gc (the
   * extension starts the server so; another editor may add the flag, and without it the server keeps its room). */
  collect?: () => void;
  heapUsed?: () => number;
}

/** Starts the watch; returns a function that stops it. Never throws: without a collector to call it does nothing. */
export function trimWhenIdle(opts: TrimOptions = {}): () => void {
  const { every = 1000, idleBelow = 0.02, growth = 16 * 1024 * 1024 } = opts;
  const heapUsed = opts.heapUsed ?? (() => process.memoryUsage().heapUsed);
  const collect = opts.collect ?? v8Collector();
  if (!collect) return () => undefined;
  let base = heapUsed();
  let last = performance.eventLoopUtilization();
  // The first collection frees the garbage; the pages it leaves sparsely used are moved together and given back only
  // by the next one, so a trim is two collections a period apart.
  let second = false;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    if (busy >= idleBelow) return;
    if (!second && heapUsed() < base + growth) return;
    collect();
    second = !second;
    base = heapUsed();
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}

function v8Collector(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
}
