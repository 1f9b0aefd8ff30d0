// When the command line starts worker threads: only when the files' estimated work pays for starting them, on the
// cores there are — never for a batch of small drafts, however many cores.
import * as assert from 'node:assert/strict';
import { estimatedSeconds, PARALLEL_FROM_SECONDS, planJobs } from '../../server/src/cli/pool';

const drafts = (n: number, bytes: number, docx = false) => Array.from({ length: n }, () => ({ docx, bytes }));

describe('command line: when the worker pool starts', () => {
  it('checks 120 small drafts in-process, on 2 cores or 16', () => {
    for (const cores of [2, 4, 16]) {
      assert.equal(planJobs(drafts(120, 1_500), cores), 1);
      assert.equal(planJobs(drafts(120, 4_000), cores), 1);
    }
  });

  it('decides from sizes, not from a count: a few large drafts can pay where many tiny ones do not', () => {
    assert.equal(planJobs(drafts(3_000, 200), 2), 1, '3,000 drafts of 200 bytes are little work');
    const large = drafts(40, 1_000_000);
    assert.ok(estimatedSeconds(large) > PARALLEL_FROM_SECONDS);
    assert.equal(planJobs(large, 2), 2);
  });

  it('counts a .docx as the unzipping and XML it costs, more than as much text', () => {
    assert.ok(estimatedSeconds(drafts(1, 10_000, true)) > 2 * estimatedSeconds(drafts(1, 10_000)));
  });

  it('never starts more threads than cores, or than there is work to share', () => {
    const huge = drafts(100_000, 5_000);
    assert.equal(planJobs(huge, 8), 8);
    assert.equal(planJobs(huge, 1), 1);
    assert.equal(planJobs(drafts(3, 10_000_000), 8), 3);
    const justPast = drafts(Math.ceil(PARALLEL_FROM_SECONDS / estimatedSeconds(drafts(1, 1_000_000))), 1_000_000);
    assert.equal(planJobs(justPast, 8), 2, 'each thread gets at least half the threshold');
  });
});
