// The server's memory trim (server/src/lsp/trim.ts): once the event loop is idle after a burst of work that grew the
// heap, two full collections a period apart; none while the server is busy or the heap has not grown. The memory it
// gives back is measured by the benchmark (npm run bench, "Server memory").
import * as assert from 'node:assert/strict';
import { trimWhenIdle } from '../../server/src/lsp/trim';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

describe('server: memory given back when idle', function () {
  this.timeout(20000);

  function watch() {
    let heap = 10 * MB;
    const calls: number[] = [];
    const stop = trimWhenIdle({
      every: 40,
      growth: 16 * MB,
      heapUsed: () => heap,
      collect: () => {
        calls.push(heap);
        heap = 10 * MB;
      },
    });
    return { stop, calls, grow: (by: number) => (heap += by) };
  }

  it('does nothing while the heap has not grown', async () => {
    const w = watch();
    w.grow(4 * MB);
    await sleep(300);
    w.stop();
    assert.deepEqual(w.calls, []);
  });

  it('collects twice, a period apart, once idle after the heap grew', async () => {
    const w = watch();
    w.grow(40 * MB);
    await sleep(400);
    w.stop();
    assert.deepEqual(w.calls, [50 * MB, 10 * MB]);
  });

  it('waits while the event loop is busy', async () => {
    const w = watch();
    w.grow(40 * MB);
    // busy: the loop is blocked for most of every period
    const until = Date.now() + 400;
    while (Date.now() < until) {
      const t = Date.now() + 35;
      while (Date.now() < t);
      await sleep(1);
    }
    const busyCalls = w.calls.length;
    await sleep(400);
    w.stop();
    assert.equal(busyCalls, 0);
    assert.equal(w.calls.length, 2);
  });

  it('stops when asked', async () => {
    const w = watch();
    w.stop();
    w.grow(40 * MB);
    await sleep(300);
    assert.deepEqual(w.calls, []);
  });
});
