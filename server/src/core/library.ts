// The documents a draft is checked against: the bundled Opinion first, then the user's sources.
import type { Corpus } from './corpus';

export interface Library {
  corpora: Corpus[];
  /** The corpus an undefined short name (《意见》, "the Opinions") falls back to. */
  defaultId?: string;
}

/** Where a claim in the draft gets its document: a mention or an attached clause before it in the sentence. */
export function corpusById(lib: Library, id: string | null | undefined): Corpus | undefined {
  return id ? lib.corpora.find((c) => c.id === id) : undefined;
}
