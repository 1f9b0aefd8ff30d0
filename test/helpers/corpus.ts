// Test helpers: the bundled library, analysis of inline fixtures, and applying fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, libraryFromData, Analysis } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/model';
import type { Library } from '../../server/src/core/resolve';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CORPUS_JSON = path.join(ROOT, 'corpus', 'gf-2015-5.json');

let cached: Library | undefined;
export function lib(): Library {
  if (!cached) {
    const { lib: l, problems } = libraryFromData([JSON.parse(fs.readFileSync(CORPUS_JSON, 'utf8'))]);
    assert.deepEqual(problems, []);
    cached = l;
  }
  return cached;
}

/** Analyses a draft; a rule that throws fails the test (analyze() reports it as a problem and carries on without
 *  that rule's findings, so an expectClean() would pass on a broken rule). */
export function run(text: string): Analysis {
  const a = analyze(text, lib());
  if (a.problems.length)
    throw new Error(`rule '${a.problems[0].rule}' failed: ${a.problems[0].stack ?? a.problems[0].message}`);
  return a;
}

/** Findings as [code, the exact text its range covers]. */
export function found(text: string): [string, string][] {
  return run(text).findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]);
}

/** Asserts the findings, by code and covered text, in order. */
export function expectFindings(text: string, expected: [string, string][]): Finding[] {
  const a = run(text);
  assert.deepEqual(
    a.findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]),
    expected,
    `findings for: ${text}`,
  );
  return a.findings;
}

export function expectClean(text: string): void {
  const a = run(text);
  assert.deepEqual(
    a.findings.map((f) => [f.code, text.slice(f.span.start, f.span.end), f.message.en]),
    [],
    `expected no findings for: ${text}`,
  );
}

/** Applies one fix's edits to the text. */
export function applyFix(text: string, f: Finding, which = 0): string {
  const fix = f.fixes[which];
  assert.ok(fix, `finding ${f.code} has no fix #${which}`);
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Applies the first fix of the only finding with `code`, and returns the new text. */
export function fixed(text: string, code: string, which = 0): string {
  const fs2 = run(text).findings.filter((f) => f.code === code);
  assert.equal(fs2.length, 1, `expected one ${code} in: ${text}; got ${JSON.stringify(fs2.map((f) => f.message.en))}`);
  return applyFix(text, fs2[0], which);
}
