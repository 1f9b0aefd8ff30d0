// Blocks: a draft is read as a run of blocks split after each blank line. No pattern reaches past a blank line,
// so what the scanner and the claim patterns find in a block depends on that block alone; a BlockCache keeps
// those results by the block's text, and re-analysing a draft after an edit folds and scans only the blocks that
// changed. Resolution and the checks run a segment (a run of blocks) at a time with the state the draft before it
// leaves (segments.ts), and the cache keeps each segment's results too. Pure: the cache is plain data the caller owns.
import { BlockScan, scanBlock } from './scan';
import { fnv1a, foldChars, hasCjk, simplifyChars, simplifyPhrases } from './text';

type Variant = 'chars' | 'phrases' | 'perChar';

interface Entry {
  text: string;
  /** foldChars(text): the same-length folding without traditional → simplified. */
  base: string;
  cjk: boolean;
  phrases?: string;
  perChar?: string;
  scans: Partial<
    Record<
      Variant,
      {
        f: string;
        scan: BlockScan;
        matches: (RegExpExecArray[] | undefined)[];
        placed: (Placed | undefined)[];
        derived: WeakMap<object, unknown>;
        id: number;
        cut: boolean;
      }
    >
  >;
  seen: number;
}

/** Results per block text, for one document (or none: `analyze` makes a fresh one). */
export class BlockCache {
  private entries = new Map<string, Entry>();
  private titlesKey = '';
  private generation = 0;
  /** The last text read, its blocks' starts and entries: an edit's unchanged head and tail are not sliced again. */
  private last?: LastRead;
  /** Results of later stages over runs of blocks (segments.ts), by a key naming the run and what else they read. */
  private readonly kept = new Map<string, { value: unknown; seen: number }>();

  /** What `make` gives for `key`, made once and kept while each analysis asks for it again. */
  keep<T>(key: string, make: () => T): T {
    let k = this.kept.get(key);
    if (!k) this.kept.set(key, (k = { value: make(), seen: this.generation }));
    k.seen = this.generation;
    return k.value as T;
  }

  /** Starts an analysis: what the last one did not ask for is dropped. */
  private nextGeneration(): number {
    const gen = ++this.generation;
    for (const [k, v] of this.kept) if (v.seen < gen - 1) this.kept.delete(k);
    return gen;
  }

  /** Folds and scans `text` block by block, reusing what earlier calls found for the same block texts. */
  read(text: string, plainTitles: string[]): BlockedText {
    const key = plainTitles.join('\u0000');
    if (key !== this.titlesKey) {
      this.entries.clear();
      this.last = undefined;
      this.titlesKey = key;
    }
    const gen = this.nextGeneration();
    const prev = this.last;
    const { starts, from, delta } = prev
      ? startsAfterEdit(prev, text)
      : { starts: blockStarts(text), from: { prefix: 0, suffix: 0 }, delta: 0 };
    const entries: Entry[] = [];
    let cjk = false;
    let j = 0; // the last analysis's block that a block of the unchanged tail may be
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i],
        end = i + 1 < starts.length ? starts[i + 1] : text.length;
      // a block wholly before the edit, or wholly after it, is the last analysis's block of the same text
      let e: Entry | undefined;
      if (prev && end <= from.prefix && prev.starts[i] === s && blockEnd(prev, i) === end) e = prev.entries[i];
      else if (prev && s >= text.length - from.suffix) {
        while (j < prev.starts.length && prev.starts[j] < s - delta) j++;
        if (prev.starts[j] === s - delta && blockEnd(prev, j) === end - delta) e = prev.entries[j];
      }
      const slice = e ? undefined : text.slice(s, end);
      if (slice !== undefined) e = this.entries.get(slice);
      if (!e) {
        // a fresh copy: a slice would keep this whole version of the draft alive as long as the block is cached
        const own = slice!.length > 12 ? (' ' + slice).slice(1) : slice!;
        const base = foldChars(own);
        e = { text: own, base, cjk: hasCjk(base), scans: {}, seen: gen };
        this.entries.set(own, e);
      }
      e.seen = gen;
      cjk ||= e.cjk;
      entries.push(e);
    }
    this.last = { text, starts, entries };
    // fold(): traditional → simplified by phrases when that keeps the whole draft's length, else by characters.
    let variant: Variant = 'chars';
    if (cjk) {
      let delta = 0;
      for (const e of entries) {
        e.phrases ??= simplifyPhrases(e.base);
        delta += e.phrases.length - e.base.length;
      }
      variant = delta === 0 ? 'phrases' : 'perChar';
    }
    const blocks: Block[] = [];
    const parts: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let s = e.scans[variant];
      if (!s) {
        const f =
          variant === 'chars' ? e.base : variant === 'phrases' ? e.phrases! : (e.perChar ??= simplifyChars(e.base));
        s = {
          f,
          scan: scanBlock(f, e.text, plainTitles),
          matches: [],
          placed: [],
          derived: new WeakMap(),
          id: ++blockIds,
          cut: endsSegment(f),
        };
        e.scans[variant] = s;
      }
      parts.push(s.f);
      blocks.push({
        start: starts[i],
        f: s.f,
        scan: s.scan,
        matches: s.matches,
        placed: s.placed,
        derived: s.derived,
        id: s.id,
        cut: s.cut,
      });
    }
    for (const [k, e] of this.entries) if (e.seen !== gen) this.entries.delete(k);
    return { f: parts.join(''), blocks };
  }
}

interface LastRead {
  text: string;
  starts: number[];
  entries: Entry[];
}

function blockEnd(r: LastRead, i: number): number {
  return i + 1 < r.starts.length ? r.starts[i + 1] : r.text.length;
}

/** How long a head `a` and `b` share: compared a chunk at a time (native), then within the chunk that differs. */
export function sharedHead(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let k = 4096; i < n;) {
    const len = Math.min(k, n - i);
    if (a.slice(i, i + len) !== b.slice(i, i + len)) break;
    i += len;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How long a tail `a` and `b` share, at most `max` characters. */
export function sharedTail(a: string, b: string, max: number): number {
  let i = 0;
  for (let k = 4096; i < max;) {
    const len = Math.min(k, max - i);
    if (a.slice(a.length - i - len, a.length - i) !== b.slice(b.length - i - len, b.length - i)) break;
    i += len;
  }
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The block starts of `text` from those of the last text read: a start is an offset right after "\n\n", so the starts
 * within the shared head stay, those within the shared tail move by the change of length, and only the changed middle
 * is searched.
 */
function startsAfterEdit(
  prev: LastRead,
  text: string,
): { starts: number[]; from: { prefix: number; suffix: number }; delta: number } {
  const p = sharedHead(prev.text, text);
  const q = sharedTail(prev.text, text, Math.min(prev.text.length, text.length) - p);
  const delta = text.length - prev.text.length;
  const starts: number[] = [];
  // a start b follows "\n\n" at b-2, b-1: the last text's starts before p stay (one at p may be new: the last text
  // may have ended there)
  for (const b of prev.starts) {
    if (b >= p && b > 0) break;
    starts.push(b);
  }
  for (
    let at = text.indexOf('\n\n', Math.max(0, p - 2));
    at >= 0 && at < text.length - q;
    at = text.indexOf('\n\n', at + 1)
  )
    if (at + 2 < text.length) starts.push(at + 2);
  for (const b of prev.starts) if (b - 2 >= prev.text.length - q) starts.push(b + delta);
  return { starts, from: { prefix: p, suffix: q }, delta };
}

let blockIds = 0;

/** Whether a segment (segments.ts) ends after a block of this folded text: about one block in SEGMENT_BLOCKS, chosen
 *  by the text itself, so an edit moves no segment boundary but those in the blocks it changes. */
function endsSegment(f: string): boolean {
  return fnv1a(f) % SEGMENT_BLOCKS === 0;
}

/** Blocks in a segment, on average. */
export const SEGMENT_BLOCKS = 32;

export interface Block {
  /** A number for the block's text and folding (the same while the cache keeps it). */
  id: number;
  /** A segment ends after this block (segments.ts). */
  cut: boolean;
  start: number;
  /** The folded block. */
  f: string;
  scan: BlockScan;
  /** Matches of claim patterns in this block, offsets from its start, by the pattern's number (patternId). */
  matches: (RegExpExecArray[] | undefined)[];
  /** The same matches moved to where the block last stood: an edit moves only the blocks after it, so the blocks
   *  before it hand out the lists of the last analysis rather than copies. */
  placed?: (Placed | undefined)[];
  /** What later stages work out from this block alone, keyed by what else they depend on (echoes: the library),
   *  offsets from the block's start. */
  derived: WeakMap<object, unknown>;
}

interface Placed {
  start: number;
  list: RegExpExecArray[];
}

export interface BlockedText {
  /** The folded draft (the blocks' folded texts joined). */
  f: string;
  blocks: Block[];
}

/** Where blocks start: 0 and every offset right after a blank line ("\n\n"). */
export function blockStarts(text: string): number[] {
  const out = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 1)) {
    if (at + 2 < text.length) out.push(at + 2);
  }
  return out;
}

/**
 * Every match of a global pattern in the folded draft, as `re.exec` would find them block by block, with offsets
 * in the draft. Without blocks, in `f` itself.
 */
export function execAll(re: RegExp, f: string, blocks?: Block[]): RegExpExecArray[] {
  const all = (s: string) => {
    re.lastIndex = 0;
    let m = re.exec(s);
    if (!m) return NO_MATCHES; // most blocks match most patterns nowhere: share one empty list
    const out: RegExpExecArray[] = [];
    for (; m; m = re.exec(s)) out.push(m);
    return out;
  };
  if (!blocks) return all(f);
  // every pattern over every block on every analysis: a slot in an array per block, not a map look-up
  const id = patternId(re);
  const out: RegExpExecArray[] = [];
  for (const b of blocks) {
    let list = b.matches[id];
    if (!list) b.matches[id] = list = all(b.f);
    if (list === NO_MATCHES) continue;
    if (b.start === 0) {
      for (const m of list) out.push(m);
      continue;
    }
    let at = b.placed?.[id];
    if (!at || at.start !== b.start) {
      at = { start: b.start, list: list.map((m) => moved(m, b.start)) };
      if (b.placed) b.placed[id] = at;
    }
    for (const m of at.list) out.push(m);
  }
  return out;
}

const patternIds = new WeakMap<RegExp, number>();
let patternCount = 0;
/** A small number for each pattern ever given to execAll, its slot in a block's lists. */
function patternId(re: RegExp): number {
  let id = patternIds.get(re);
  if (id === undefined) patternIds.set(re, (id = patternCount++));
  return id;
}

const NO_MATCHES: RegExpExecArray[] = [];

function moved(m: RegExpExecArray, by: number): RegExpExecArray {
  const c = m.slice() as RegExpExecArray;
  c.index = m.index + by;
  c.input = m.input;
  c.groups = m.groups;
  if (m.indices) {
    const ind = m.indices.map((p) => (p ? [p[0] + by, p[1] + by] : p)) as RegExpIndicesArray;
    const g = m.indices.groups;
    ind.groups =
      g &&
      Object.fromEntries(Object.entries(g).map(([k, p]) => [k, p && ([p[0] + by, p[1] + by] as [number, number])]));
    c.indices = ind;
  }
  return c;
}
