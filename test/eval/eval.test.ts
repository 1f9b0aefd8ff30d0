// Scores the built language server (dist/server.js) over real LSP with the shared scorer (lsp-eval.mjs) on two
// sets of drafts with answer keys: the public samples and our own independent set in test/eval/drafts. The
// thresholds are the figures the engine reached when the independent set was written (no slack): they may only
// go up as the engine improves. The drafts and their key are never tuned to the engine — if the engine is wrong,
// the key stays right and the figure stays below 1.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { needShared, SHARED } from '../helpers/skips';

interface Minimums {
  recall: number;
  precision: number;
  hover: number;
  definition: number;
}
interface Score {
  tp: number;
  expected: number;
  reported: number;
  hoverOk: number;
  hovers: number;
  defOk: number;
  defs: number;
}

/** The repository root: the nearest folder above this file that holds esbuild.js and package.json (works from out/ too). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'esbuild.js')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${start}`);
  }
}

const root = findRepoRoot(__dirname);
// shared/ sits beside the clone, on a developer's machine and on CI (../shared relative to the repo root).
const shared = SHARED;
const scorer = path.join(shared, 'tools', 'lsp-eval.mjs');
const server = path.join(root, 'dist', 'server.js');

const SETS: { name: string; dir: string; min: Minimums }[] = [
  {
    name: 'the public sample drafts',
    dir: path.join(shared, 'eval', 'public'),
    min: { recall: 1, precision: 1, hover: 1, definition: 1 },
  },
  // First recorded on 17 drafts (63 expected diagnostics, 80 hovers, 23 definitions): recall 47/63, precision 47/50,
  // hover 66/80, definition 20/23. After the engine learnt tables, unquoted headings and described citations:
  // recall 62/63, precision 62/62, hover 80/80, definition 23/23; with the seed's erratum added to the key (5f10230, 64
  // expected) 63/64. Raise these as the engine gets better; never lower them.
  {
    name: 'the independent drafts in test/eval/drafts',
    dir: path.join(root, 'test', 'eval', 'drafts'),
    min: { recall: 63 / 64, precision: 1, hover: 1, definition: 1 },
  },
  // Wave 2 (test/eval/wave2, 19 drafts: counts in other words, lists of names, tables, comparisons, English clause
  // forms, titles, quotations and comparators, traditional characters, ambiguous short names), written without
  // reading the engine. First run: recall 32/66, precision 32/34, hover 103/123, definition 36/43; with echoes and the
  // key changes argued in its README (w10:29, w11:31): recall 34/67, precision 34/36, hover 107/123, definition 37/43.
  // After issue 14 (tables and comparisons, counts and lists, headings as places, English clause forms, titles,
  // quotations and comparators): recall 64/67, precision 64/64, hover 121/123, definition 42/43; with 第（三）项 read
  // in the part its sentence named: hover 123/123, definition 43/43; with a list line's unquoted phrase read as the
  // heading it gives (shown by wave 3 and wave 4's review of misses in both): recall 65/67; 国办发〔2015〕5号 in a
  // sentence about 政务云: 66/67.
  {
    name: 'the second independent set in test/eval/wave2',
    dir: path.join(root, 'test', 'eval', 'wave2'),
    min: { recall: 66 / 67, precision: 1, hover: 1, definition: 1 },
  },
  // Wave 3 (test/eval/wave3, 12 drafts), held out: written without reading the engine while issue 14 was being built on
  // wave 2, and first scored on the engine of that morning (before the table, count and English work joined it):
  // recall 36/65, precision 36/41, hover 58/67, definition 30/37. Three fixes it prompted were of general forms and
  // checked on the other sets (a count as long as the list before it, 国务院云计算《意见》 in a headline, 是…的三倍);
  // with all of issue 14: recall 54/65, precision 54/54, hover 66/67, definition 37/37; with a swap read as one word
  // changed (国际领先 for 国际先进, a general form of copy drift): recall 55/65; with a list line's unquoted phrase read
  // as the heading it gives (1️⃣ 第二部分（五）加快数据中心绿色发展, also wave 2's w13:33): recall 56/65; with 国办发
  // for 国发 in a sentence about 政务云 (the corpus's words for its subject, also wave 2's w17:15): recall 57/65; with
  // English years named with the goal ("a 2020 objective") and the document after the claim: recall 58/65; with
  // English lists of the principles' names (x08:7): recall 59/65.
  {
    name: 'the held-out third set in test/eval/wave3',
    dir: path.join(root, 'test', 'eval', 'wave3'),
    min: { recall: 59 / 65, precision: 1, hover: 66 / 67, definition: 1 },
  },
  // Wave 4 (test/eval/wave4, 12 drafts), held out: written without reading the engine at the start of the 2026-11-30
  // afternoon session, its key blind (the scorer was not run while writing it). First run, on that session's engine:
  // recall 52/65, precision 52/52, hover 48/49, definition 39/40. Five general forms it showed, each tested on its own
  // and checked on every other set (no other set's score moved): English "the document" as the document cited last;
  // 一共是五条 and 由序言、四个部分…构成 as counts; a date before 《意见》印发; the 2020 service goal's year and a
  // sentence led by 按照《意见》，; a quotation with its source in parentheses after it: recall 57/65, precision 57/57,
  // hover 49/49, definition 40/40.
  {
    name: 'the held-out fourth set in test/eval/wave4',
    dir: path.join(root, 'test', 'eval', 'wave4'),
    min: { recall: 57 / 65, precision: 1, hover: 1, definition: 1 },
  },
  // Echoes (test/eval/echo, 17 drafts restating the Opinion without quotation marks: copy drift and faithful
  // adaptation), written without reading the engine. First run, before echo detection: recall 2/41, precision 2/2,
  // hover 0/72, definition 0/36. With echoes and copy-drift: recall 41/41, precision 41/41, hover 72/72, definition 36/36.
  {
    name: 'the echo set in test/eval/echo',
    dir: path.join(root, 'test', 'eval', 'echo'),
    min: { recall: 1, precision: 1, hover: 1, definition: 1 },
  },
  // A held-out echo set (test/eval/echo2, 8 drafts), written without reading the engine and scored only after the
  // detector was built on test/eval/echo. First run: recall 16/18, precision 16/19, hover 37/37; after the fixes it
  // showed (own offices and places as subjects, English opposites over two words): 18/18, 18/18, 37/37.
  {
    name: 'the held-out echo set in test/eval/echo2',
    dir: path.join(root, 'test', 'eval', 'echo2'),
    min: { recall: 1, precision: 1, hover: 1, definition: 1 },
  },
];

/** Runs lsp-eval.mjs on one folder and reads its summary line. */
function scoreDrafts(dir: string): { score: Score; output: string } {
  // The scorer splits --server on whitespace, so name node by path only when the path has none.
  const nodeCmd = /\s/.test(process.execPath) ? 'node' : process.execPath;
  const run = spawnSync(
    process.execPath,
    [scorer, '--server', `${nodeCmd} dist/server.js --stdio`, '--dir', dir, '--verbose'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const m =
    /recall (\d+)\/(\d+) \([\d.]+\) precision (\d+)\/(\d+) \([\d.]+\) hover (\d+)\/(\d+) definition (\d+)\/(\d+)/.exec(
      output,
    );
  if (!m)
    throw new Error(
      `lsp-eval printed no summary (exit ${run.status}, ${run.error?.message ?? 'no spawn error'}):\n${output}`,
    );
  const n = m.slice(1).map(Number);
  return {
    score: { tp: n[0], expected: n[1], reported: n[3], hoverOk: n[4], hovers: n[5], defOk: n[6], defs: n[7] },
    output,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const EPS = 1e-9;

describe('lsp-eval: precision and recall on drafts with an answer key', function () {
  this.timeout(180_000);

  for (const set of SETS) {
    it(`meets the recorded figures on ${set.name}`, function () {
      // Missing in CI fails the test; elsewhere it is skipped with the reason (test/helpers/skips.ts).
      needShared(this, path.join('tools', 'lsp-eval.mjs'));
      if (set.dir.startsWith(shared)) needShared(this, path.relative(shared, path.join(set.dir, 'expected.json')));
      assert.ok(
        existsSync(path.join(set.dir, 'expected.json')),
        `no answer key at ${path.join(set.dir, 'expected.json')}`,
      );
      assert.ok(existsSync(server), `dist/server.js is missing: build first (node esbuild.js)`);
      const { score: s, output } = scoreDrafts(set.dir);
      const misses = output
        .split('\n')
        .filter((l) => /^\s+(MISS|FP)\b/.test(l))
        .join('\n');
      const got = {
        recall: ratio(s.tp, s.expected),
        precision: ratio(s.tp, s.reported),
        hover: ratio(s.hoverOk, s.hovers),
        definition: ratio(s.defOk, s.defs),
      };
      const shortfalls = (Object.keys(set.min) as (keyof Minimums)[])
        .filter((k) => got[k] + EPS < set.min[k])
        .map((k) => `${k} ${got[k].toFixed(3)} < ${set.min[k].toFixed(3)}`);
      assert.deepEqual(shortfalls, [], `on ${set.name}: ${shortfalls.join('; ')}\n${misses}`);
    });
  }
});
