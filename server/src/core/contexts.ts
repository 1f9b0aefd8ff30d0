// Document contexts: every place a known document is named (a mention, or a clause reference attached to it), in text
// order, and the look-ups rules and features make over them by binary search.
import type { Library } from './library';
import { corpusById } from './library';
import type { ClauseMention, DocMention } from './model';
import { effectiveDocId } from './resolve-docs';
import { type ScanResult, sentenceOf } from './scan';
import type { Resolved } from './resolve';

export interface Context {
  docId: string;
  end: number;
  nodeId?: string;
  /** A name of the source's own used in prose (服务能力大幅提升): it links, but attributes no figure to the source. */
  quiet?: boolean;
}

export type Contexts = (Context & { start: number; sentence: number })[];

/** The contexts of a draft, sorted by start. */
export function contextsOf(lib: Library, s: ScanResult, clauses: ClauseMention[]): Contexts {
  const docs: Contexts = [];
  for (const d of s.docs as DocMention[]) {
    const id = effectiveDocId(d);
    if (id && corpusById(lib, id))
      docs.push({
        docId: id,
        start: d.span.start,
        end: d.span.end,
        sentence: sentenceOf(s.sentences, d.span.start),
      });
  }
  const refs: Contexts = [];
  for (const c of clauses) {
    if (c.docId)
      refs.push({
        docId: c.docId,
        nodeId: c.nodeId ?? c.nearestNodeId,
        ...(c.quiet ? { quiet: true } : {}),
        start: c.span.start,
        end: c.span.end,
        sentence: sentenceOf(s.sentences, c.span.start),
      });
  }
  return mergeByStart(docs, refs);
}

/** Two lists merged by start, the first's before the second's at the same start (a stable sort of their
 *  concatenation); each is sorted already unless the scanner changes, and then they are sorted here. */
function mergeByStart(a: Contexts, b: Contexts): Contexts {
  const sorted = (x: Contexts) => x.every((c, i) => i === 0 || x[i - 1].start <= c.start);
  if (!sorted(a) || !sorted(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Contexts = new Array(a.length + b.length);
  let i = 0,
    j = 0,
    k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].start <= b[j].start ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

export function contextAt(r: Pick<Resolved, 'contexts' | 'scan'>, offset: number): Contexts[number] | undefined {
  const sentence = sentenceOf(r.scan.sentences, offset);
  // Same answer as walking the contexts from the start until one ends after the offset, keeping the last one in
  // the sentence; binary searches keep a draft with thousands of citations and claims linear.
  const list = r.contexts;
  const maxEnd = maxEndsOf(list);
  let lo = 0,
    hi = list.length; // first index whose running maximum end passes the offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  const stop = lo;
  lo = 0;
  hi = stop; // contexts are in text order, so their sentences never decrease: last one at or before the sentence
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentence <= sentence) lo = mid + 1;
    else hi = mid;
  }
  const c = list[lo - 1];
  return c && c.sentence === sentence ? c : undefined;
}

const maxEnds = new WeakMap<Contexts, number[]>();

function maxEndsOf(list: Contexts): number[] {
  let m = maxEnds.get(list);
  if (!m || m.length !== list.length) {
    m = [];
    let max = -Infinity;
    for (const c of list) {
      max = Math.max(max, c.end);
      m.push(max);
    }
    maxEnds.set(list, m);
  }
  return m;
}

/** The first context starting at or after `offset` (contexts are sorted by start). */
export function firstContextFrom(r: Pick<Resolved, 'contexts'>, offset: number): number {
  let lo = 0,
    hi = r.contexts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.contexts[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
