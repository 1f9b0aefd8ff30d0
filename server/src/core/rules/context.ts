// What every rule reads: the library, the finished resolution, the draft as written and folded, its blocks. Built
// once per analysis; rules never change it.
import type { Block } from '../blocks';
import type { DraftLookups } from '../lookups';
import type { Library, Resolved } from '../resolve';
import type { DocMention } from '../model';

export interface CheckContext {
  readonly lib: Library;
  readonly r: Resolved;
  /** The draft as written (CRLF already read as LF). */
  readonly text: string;
  /** The same-length folded form the scanner read. */
  readonly f: string;
  /** The draft's blocks: claim patterns reuse each block's matches (see blocks.ts execAll). */
  readonly blocks?: Block[];
  /** Matches, contexts, sentences, table cells, years and attribution over this draft (built by resolution). */
  readonly look: DraftLookups;
  /** For a rule over the whole draft (scope 'draft'): the document mentions resolution flagged (a short name with no
   *  definition, or an ambiguous one), in text order — all of `r.docs` such a rule needs to read. */
  readonly flagged?: readonly DocMention[];
}
