// Sample user sources (test/sources/fixtures: short, real-shaped documents in the official layout) and a library
// of the bundled Opinion plus those sources.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis, analyze } from '../../server/src/core/analyze';
import type { Library } from '../../server/src/core/resolve';
import { LoadedSource, SourceInput, libraryWithSources } from '../../server/src/core/source';
import { ROOT, lib as bundled } from '../helpers/corpus';

export const FIXTURES = path.join(ROOT, 'test', 'sources', 'fixtures');
export const GF50 = 'gf-2015-50.md';
export const GBF51 = 'gbf-2015-51.txt';
export const GF40_EN = 'gf-2015-40.en.md';

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function inputs(names = [GF50, GBF51, GF40_EN]): SourceInput[] {
  return names.map((n) => ({ key: n, text: fixture(n) }));
}

let cached: { lib: Library; sources: LoadedSource[] } | undefined;
/** The bundled Opinion plus the three sample sources (ids "source:<file name>"). */
export function sourcesLib(): Library {
  if (!cached) {
    cached = libraryWithSources(bundled(), inputs());
    assert.deepEqual(
      cached.sources.map((s) => [s.key, s.status]),
      [
        [GBF51, 'used'],
        [GF40_EN, 'used'],
        [GF50, 'used'],
      ],
    );
  }
  return cached.lib;
}

export const ID = { gf5: 'gf-2015-5', gf50: `source:${GF50}`, gbf51: `source:${GBF51}`, gf40: `source:${GF40_EN}` };

export function runWith(text: string, lib = sourcesLib()): Analysis {
  return analyze(text, lib);
}

/** Findings as [code, covered text]. */
export function findingsOf(text: string, lib = sourcesLib()): [string, string][] {
  return runWith(text, lib).findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]);
}

/** Document citations as [written text, document id]. */
export function docsOf(text: string, lib = sourcesLib()): [string, string | null][] {
  return runWith(text, lib)
    .citations.filter((c) => c.kind === 'doc')
    .map((c) => [text.slice(c.span.start, c.span.end), c.docId]);
}
