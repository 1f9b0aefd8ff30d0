// The bundled Opinion: its structured corpus is compiled into every bundle, so it can never be lost;
// the two readable texts ship beside the bundle in corpus/ for go-to-definition.
import data from '../../corpus/gf-2015-5.json';
import { indexCorpus } from './core/corpus';
import { createLibrary } from './core/analyze';
import type { Library } from './core/resolve';

export const BUNDLED_CORPUS_DATA: unknown = data;

export function bundledLibrary(): { lib: Library; problems: string[] } {
  const { corpus, problems } = indexCorpus(structuredClone(data));
  return { lib: createLibrary(corpus ? [corpus] : []), problems: problems.map((p) => `bundled corpus: ${p.message}`) };
}
