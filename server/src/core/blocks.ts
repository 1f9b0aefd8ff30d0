// Blocks: a draft is read as a run of blocks split after each blank line. No pattern reaches past a blank line,
// so what the scanner and the claim patterns find in a block depends on that block alone; a BlockCache keeps
// those results by the block's text, and re-analysing a draft after an edit folds and scans only the blocks that
// changed. Everything that needs the whole draft (aliases, which document a mention means, the checks) still runs
// on the whole draft, over the mentions rather than the text. Pure: the cache is plain data the caller owns.
import { BlockScan, scanBlock } from './scan';
import { foldChars, hasCjk, simplifyChars, simplifyPhrases } from './text';

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
        matches: Map<RegExp, RegExpExecArray[]>;
        placed: Map<RegExp, Placed>;
        derived: WeakMap<object, unknown>;
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

  /** Folds and scans `text` block by block, reusing what earlier calls found for the same block texts. */
  read(text: string, plainTitles: string[]): BlockedText {
    const key = plainTitles.join('\u0000');
    if (key !== this.titlesKey) {
      this.entries.clear();
      this.titlesKey = key;
    }
    const gen = ++this.generation;
    const starts = blockStarts(text);
    const entries: Entry[] = [];
    let cjk = false;
    for (let i = 0; i < starts.length; i++) {
      const slice = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
      let e = this.entries.get(slice);
      if (!e) {
        // a fresh copy: a slice would keep this whole version of the draft alive as long as the block is cached
        const own = slice.length > 12 ? (' ' + slice).slice(1) : slice;
        const base = foldChars(own);
        e = { text: own, base, cjk: hasCjk(base), scans: {}, seen: gen };
        this.entries.set(own, e);
      }
      e.seen = gen;
      cjk ||= e.cjk;
      entries.push(e);
    }
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
          matches: new Map(),
          placed: new Map(),
          derived: new WeakMap(),
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
      });
    }
    for (const [k, e] of this.entries) if (e.seen !== gen) this.entries.delete(k);
    return { f: parts.join(''), blocks };
  }
}

export interface Block {
  start: number;
  /** The folded block. */
  f: string;
  scan: BlockScan;
  /** Matches of claim patterns in this block, offsets from its start. */
  matches: Map<RegExp, RegExpExecArray[]>;
  /** The same matches moved to where the block last stood: an edit moves only the blocks after it, so the blocks
   *  before it hand out the lists of the last analysis rather than copies. */
  placed?: Map<RegExp, Placed>;
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
  const out: RegExpExecArray[] = [];
  for (const b of blocks) {
    let list = b.matches.get(re);
    if (!list) {
      list = all(b.f);
      b.matches.set(re, list);
    }
    if (b.start === 0 || list === NO_MATCHES) {
      for (const m of list) out.push(m);
      continue;
    }
    let at = b.placed?.get(re);
    if (!at || at.start !== b.start) {
      at = { start: b.start, list: list.map((m) => moved(m, b.start)) };
      b.placed?.set(re, at);
    }
    for (const m of at.list) out.push(m);
  }
  return out;
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
