// How a cost grows with the size of its input, for the tests that tell a linear path from a quadratic one: the ratio
// of the best CPU time on a large input to the best on a small one. Speed goals live in the bench; these tests only
// ask "about 4× for 4× the text, not 16×", and must not fail on a busy machine or a collection pause.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collection before each timing: the heap that earlier tests left behind, or the last run's garbage, is not charged
// to this run (on a path that allocates much, one major collection more or less decides a 4× ratio).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** CPU milliseconds of one call (at least a quarter of its wall time, so that a pause in another thread counts). */
export function cost(fn: () => void): number {
  collect();
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  fn();
  const d = process.cpuUsage(t0);
  return Math.max((d.user + d.system) / 1000, 0.001, (performance.now() - w0) / 4);
}

/** The best time on the large input over the best on the small, over up to four tries, stopping once it is below
 *  `limit`; a small run counts as at least 10 ms, below which one pause decides the ratio. */
export function growth(small: () => void, large: () => void, limit = 9): { ratio: number; seen: string } {
  let bestSmall = Infinity,
    bestLarge = Infinity,
    ratio = Infinity,
    seen = '';
  for (let k = 0; k < 4 && ratio >= limit; k++) {
    const a = cost(small),
      b = cost(large);
    bestSmall = Math.min(bestSmall, a);
    bestLarge = Math.min(bestLarge, b);
    ratio = bestLarge / Math.max(bestSmall, 10);
    seen += ` ${a.toFixed(0)}→${b.toFixed(0)} ms`;
  }
  return { ratio, seen };
}
