// Segments: a draft is resolved and checked as a run of segments — runs of consecutive blocks (blocks.ts), cut where a
// block's own text says (about one block in 32, and only between two paragraphs of prose) — each read on its own with
// the state the draft before it leaves: the short names defined, the document cited last, two opinions cited
// together (Carry). What a segment gives depends on its blocks' texts, that state and the draft-wide facts alone, so
// a BlockCache keeps it under a key made of exactly those, and an edit redoes the segment it touched and those whose
// incoming state it changed. Results are kept where they were placed; an edit before them moves their findings (a
// copy), and the whole resolution is joined, moving what must move, only when something reads it.
import { type Block, type BlockCache } from './blocks';
import type { Citation, DocMention, Finding, Span } from './model';
import type { Library } from './library';
import { type Carry, type Resolved, lookupsOf, resolve } from './resolve';
import { mergeScans } from './scan';
import { EarlierNames } from './scan-aliases';
import { effectiveDocId, type EarlierDoc } from './resolve-docs';
import { ownRomanHeadings } from './clause-context';
import { type Levels, type Rule, type RuleProblem, runRules } from './rules/registry';
import type { CheckContext } from './rules/context';
import { moveAnalysis, movedCopy, movedDocs, movedFindings } from './offsets';
import { fnv1a } from './text';

/** What one segment gives, offsets in the draft where it was placed last (`at`), its sentences numbered from
 *  `sentenceBase`. Never changed once made: a move makes a copy. */
interface Placed {
  /** Made for this segment and not handed out yet: placed by moving it, not a copy. */
  fresh?: boolean;
  at: number;
  sentenceBase: number;
  r: Resolved;
  findings: Finding[];
  citations: Citation[];
}

interface SegmentResult {
  /** The segment's results where they were placed last (its master copy). */
  placed: Placed;
  /** Its findings alone, moved to where the segment stood at the last analysis that moved it (a publish needs only
   *  the findings: the resolution is moved when something asks for it). */
  moved?: { at: number; findings: Finding[] };
  /** Indexes in `r.docs` of the mentions resolution flagged (undefined or ambiguous short names). */
  flagged: number[];
  /** Indexes in `r.docs` of the mentions made ambiguous by the pair of opinions carried in. */
  givenTwo: number[];
  problems: RuleProblem[];
  sentences: number;
  /** What the segment leaves for the next: definitions made in it (comparison name → document, and names as written),
   *  the mentions cited last, two opinions (offsets from the segment's start), the document of its last mention. */
  exit: {
    defined: [string, string | null][];
    names: string[];
    last?: EarlierDoc;
    lastOpinion?: EarlierDoc;
    twoOpinions?: [Span, Span];
    twoIds?: [string | null, string | null];
    /** The pair at the end is the one carried in. */
    keptTwo: boolean;
    lastDocId?: { docId: string | null };
  };
}

export interface SegmentedAnalysis {
  findings: Finding[];
  /** The document mentions resolution flagged (see CheckContext.flagged), in text order. */
  flagged: DocMention[];
  /** The resolution and the citations of the whole draft, made when first asked for (moving every segment's results to
   *  where it now stands costs more than the rest of an edit). */
  resolution(): { r: Resolved; citations: Citation[] };
  problems: RuleProblem[];
  /** How many segments the draft has, and how many were read again (not found in the cache). */
  work: { segments: number; redone: number };
}

const libraryIds = new WeakMap<Library, number>();
let libraries = 0;
function libraryId(lib: Library): number {
  let id = libraryIds.get(lib);
  if (id === undefined) libraryIds.set(lib, (id = ++libraries));
  return id;
}

const OWN_ROMAN = {};
/** Whether the draft numbers headings of its own with Roman numerals (a line's pattern: read per block, kept). */
function hasOwnRoman(blocks: Block[]): boolean {
  for (const b of blocks) {
    let v = b.derived.get(OWN_ROMAN) as boolean | undefined;
    if (v === undefined) b.derived.set(OWN_ROMAN, (v = ownRomanHeadings(b.f)));
    if (v) return true;
  }
  return false;
}

/** A line that is not running prose: a table row, a list item, a heading, a quotation block, a line led by an emoji
 *  or holding a tab. Several readings look across the blank lines between such lines (a table's caption above it, the
 *  headings on neighbouring list lines), so a segment never ends next to one. */
const NOT_PROSE =
  /^[ \t\u3000]*(?:[|#>*+•●·▪◆■□-]|\d{1,3}[.)、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d\uFE0F?\u20E3|\p{Extended_Pictographic}|\p{Emoji_Presentation})|\t/u;

/** Whether a segment may end between two blocks: prose on both sides of the blank line. */
export function mayCut(before: Pick<Block, 'f'>, after: Pick<Block, 'f'>): boolean {
  const end = before.f.trimEnd();
  const lastLine = end.slice(end.lastIndexOf('\n') + 1);
  const nl = after.f.indexOf('\n');
  const firstLine = nl < 0 ? after.f : after.f.slice(0, nl);
  return !NOT_PROSE.test(lastLine) && !NOT_PROSE.test(firstLine) && lastLine.trim() !== '' && firstLine.trim() !== '';
}

/** [first, end) block indexes of each segment: a segment ends after a block its text marks (Block.cut) where prose
 *  is on both sides. */
export function segmentRanges(blocks: readonly Pick<Block, 'cut' | 'f'>[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < blocks.length; i++)
    if (i === blocks.length - 1 || (blocks[i].cut && mayCut(blocks[i], blocks[i + 1]))) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  return out;
}

/** Resolves and checks the draft read into `blocks`, a segment at a time, reusing the segments `cache` kept. */
export function analyzeSegments(
  lib: Library,
  text: string,
  f: string,
  blocks: Block[],
  rules: readonly Rule[],
  levels: Levels | undefined,
  cache: BlockCache,
): SegmentedAnalysis {
  const ownRoman = hasOwnRoman(blocks);
  // (the library by identity: a cache given again with another library never hands out what the old one found)
  const global = JSON.stringify([libraryId(lib), ownRoman, levels ?? {}, rules.map((r) => r.name)]);
  const state = new Carried();
  let sentenceBase = 0,
    lastSentence = -1;
  const parts: Part[] = [];
  const findings: Finding[] = [],
    flagged: DocMention[] = [];
  const problems: RuleProblem[] = [];
  let redone = 0;
  for (const [a, b] of segmentRanges(blocks)) {
    const start = blocks[a].start;
    const end = b < blocks.length ? blocks[b].start : f.length;
    let ids = '';
    for (let i = a; i < b; i++) ids += blocks[i].id + ',';
    const seg = cache.keep(`${ids}|${state.key()}|${global}`, () => {
      redone++;
      const own = { text: text.slice(start, end), f: f.slice(start, end), blocks: rebased(blocks, a, b, start) };
      return analyzeSegment(lib, own, rules, levels, state.carry(start, ownRoman), state.names);
    });
    // sentences are numbered in the draft's list of sentence starts, where a start the segment before also gave is
    // listed once (as the join lists it)
    const starts = seg.placed.r.scan.sentences.starts;
    const by = start - seg.placed.at;
    const shared = starts.length && starts[0] + by === lastSentence ? 1 : 0;
    const base = sentenceBase - shared;
    const pair = state.twoOpinions;
    if (seg.placed.fresh) seg.placed = placedAt(seg.placed, start, base, seg.givenTwo, pair);
    parts.push({ seg, p: seg.placed, at: start, base, pair });
    placeFindings(seg, start, pair, findings, flagged);
    for (const p of seg.problems) problems.push(p);
    sentenceBase += seg.sentences - shared;
    if (starts.length) lastSentence = starts[starts.length - 1] + start - seg.placed.at;
    state.after(seg.exit, start);
  }
  let resolution: { r: Resolved; citations: Citation[] } | undefined;
  return {
    findings,
    flagged,
    resolution: () => (resolution ??= joined(parts.map(placedPart))),
    problems: uniqueProblems(problems),
    work: { segments: parts.length, redone },
  };
}

/** The state the draft before a segment leaves (see Carry), offsets in the draft, and its key. */
class Carried {
  readonly defs = new Map<string, string | null>();
  readonly names = new EarlierNames();
  private readonly scope = new ScopeHash();
  last?: EarlierDoc;
  lastOpinion?: EarlierDoc;
  twoOpinions?: [Span, Span];
  twoIds?: [string | null, string | null];
  lastDocId?: { docId: string | null };

  /** All a segment reads of it (the pair of opinions by presence only: where it stands is patched in when the
   *  segment's results are placed). */
  key(): string {
    const { last, lastOpinion, twoIds, lastDocId } = this;
    return JSON.stringify([this.scope.key(), last, lastOpinion, !!this.twoOpinions, twoIds, lastDocId]);
  }

  /** What resolving a segment starting at `start` reads, offsets from there. */
  carry(start: number, ownRoman: boolean): Carry {
    const rel = (s: Span): Span => ({ start: s.start - start, end: s.end - start });
    const two = this.twoOpinions && ([rel(this.twoOpinions[0]), rel(this.twoOpinions[1])] as [Span, Span]);
    const { defs, last, lastOpinion, twoIds } = this;
    return {
      docs: { defs, defined: [], last, lastOpinion, twoOpinions: two, twoIds },
      clauses: { before: this.lastDocId, ownRoman },
    };
  }

  /** The state after the segment at `start` that left `x`. */
  after(x: SegmentResult['exit'], start: number): void {
    for (const [k, v] of x.defined) {
      this.scope.set(k, this.defs.has(k) ? this.defs.get(k)! : undefined, v);
      this.defs.set(k, v);
    }
    for (const n of x.names)
      if (!this.names.has(n)) {
        this.scope.name(n);
        this.names.add(n);
      }
    this.last = x.last;
    this.lastOpinion = x.lastOpinion;
    if (!x.keptTwo) {
      this.twoOpinions = x.twoOpinions && [shift(x.twoOpinions[0], start), shift(x.twoOpinions[1], start)];
      this.twoIds = x.twoIds;
    }
    this.lastDocId = x.lastDocId;
  }
}

/** One segment read on its own (offsets from its start) with what the draft before it leaves. */
function analyzeSegment(
  lib: Library,
  { text, f, blocks }: { text: string; f: string; blocks: Block[] },
  rules: readonly Rule[],
  levels: Levels | undefined,
  carry: Carry,
  names: EarlierNames,
): SegmentResult {
  const s = mergeScans(f, blocks, names);
  const r = resolve(lib, s, f, blocks, carry);
  const ctx: CheckContext = { lib, r, text, f, blocks, look: lookupsOf(r) };
  const { findings, problems } = runRules(rules, ctx, levels);
  const citations: Citation[] = [...r.docs, ...r.clauses.filter((c) => c.docId), ...r.quotes, ...r.echoes].sort(
    (x, y) => x.span.start - y.span.start,
  );
  const lastMention = r.docs.length ? r.docs[r.docs.length - 1] : undefined;
  const d = carry.docs;
  return {
    placed: { fresh: true, at: 0, sentenceBase: 0, r, findings, citations },
    givenTwo: (d.givenTwo ?? []).map((m) => r.docs.indexOf(m)),
    flagged: r.docs.flatMap((m, i) => (m.undefinedAlias || m.ambiguousWith ? [i] : [])),
    problems,
    sentences: s.sentences.starts.length,
    exit: {
      defined: d.defined,
      names: [...new Set(r.docs.filter((m) => m.definesAlias).map((m) => m.definesAlias!.name))],
      last: d.last,
      lastOpinion: d.lastOpinion,
      twoOpinions: d.twoOpinions && [{ ...d.twoOpinions[0] }, { ...d.twoOpinions[1] }],
      twoIds: d.twoIds,
      keptTwo: !!d.keptTwo,
      lastDocId: lastMention ? { docId: effectiveDocId(lastMention) } : carry.clauses.before,
    },
  };
}

/** The blocks [a, b) with starts from the segment's start (a copy of each; the blocks' own lists are shared). */
function rebased(blocks: Block[], a: number, b: number, start: number): Block[] {
  const out: Block[] = [];
  for (let i = a; i < b; i++) out.push({ ...blocks[i], start: blocks[i].start - start });
  return out;
}

/** A segment's results where the draft now has it: as they are when they have not moved, else a moved copy (made
 *  results are moved in place before they are first handed out). */
function placedAt(p: Placed, at: number, sentenceBase: number, givenTwo: number[], pair?: [Span, Span]): Placed {
  if (!p.fresh && p.at === at && p.sentenceBase === sentenceBase && !pairMoved(p, givenTwo, pair)) return p;
  const by = at - p.at,
    renumber = sentenceBase - p.sentenceBase;
  let q: Placed;
  if (!p.fresh) q = { at, sentenceBase, ...movedCopy(p, by, renumber) };
  else {
    if (by) moveAnalysis(p.r, p.findings, (o) => o + by);
    if (renumber) for (const c of p.r.contexts) c.sentence += renumber;
    q = { at, sentenceBase, r: p.r, findings: p.findings, citations: p.citations };
  }
  // mentions made ambiguous by a pair of opinions before the segment name the pair where it now stands
  if (pair) for (const i of givenTwo) q.r.docs[i].ambiguousWith = [{ ...pair[0] }, { ...pair[1] }];
  return q;
}

/** A segment as one analysis placed it: its master copy then, and where the draft had it. */
interface Part {
  seg: SegmentResult;
  p: Placed;
  at: number;
  base: number;
  pair?: [Span, Span];
}

/** The segment's findings where the draft has it now, and its flagged mentions (ambiguous ones naming the pair of
 *  opinions before it where that pair now stands). */
function placeFindings(
  seg: SegmentResult,
  at: number,
  pair: [Span, Span] | undefined,
  findings: Finding[],
  flagged: DocMention[],
): void {
  const p = seg.placed,
    by = at - p.at;
  let own = p.findings;
  if (by) {
    if (seg.moved?.at !== at) seg.moved = { at, findings: movedFindings(p.findings, by) };
    own = seg.moved.findings;
  }
  for (const f of own) findings.push(f);
  if (!seg.flagged.length) return;
  const docs = seg.flagged.map((i) => p.r.docs[i]);
  const copy = by !== 0 || pairMoved(p, seg.givenTwo, pair);
  const placed = copy ? movedDocs(docs, by) : docs;
  seg.flagged.forEach((i, k) => {
    if (copy && pair && seg.givenTwo.includes(i)) placed[k].ambiguousWith = [{ ...pair[0] }, { ...pair[1] }];
    flagged.push(placed[k]);
  });
}

/** Whether the pair of opinions before the segment stands elsewhere than its ambiguous mentions say (an edit between
 *  them that kept the length: the segment did not move, the pair did). */
function pairMoved(p: Placed, givenTwo: number[], pair: [Span, Span] | undefined): boolean {
  if (!pair || !givenTwo.length) return false;
  const w = p.r.docs[givenTwo[0]].ambiguousWith;
  return (
    !w ||
    w[0].start !== pair[0].start ||
    w[0].end !== pair[0].end ||
    w[1].start !== pair[1].start ||
    w[1].end !== pair[1].end
  );
}

/** A part's results where its analysis had the segment: the master copy when it stood there, else a moved copy (kept
 *  as the new master while no later analysis has replaced it). */
function placedPart({ seg, p, at, base, pair }: Part): Placed {
  const q = placedAt(p, at, base, seg.givenTwo, pair);
  if (q !== p && seg.placed === p) seg.placed = q;
  return q;
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** The segments' results as one resolution of the draft, in text order. */
function joined(parts: Placed[]): { r: Resolved; citations: Citation[] } {
  const r: Resolved = {
    docs: [],
    clauses: [],
    quotes: [],
    contexts: [],
    scan: { docs: [], clauses: [], quotes: [], sentences: { starts: [] }, lineStarts: [] },
    claims: [],
    mentions: [],
    echoes: [],
    lists: [],
  };
  const citations: Citation[] = [];
  const add = <T>(to: T[], from: readonly T[]) => {
    for (const x of from) to.push(x);
  };
  const addStarts = (to: number[], from: number[]) => {
    for (const x of from) if (to.length === 0 || to[to.length - 1] !== x) to.push(x);
  };
  for (const p of parts) {
    const x = p.r;
    add(r.docs, x.docs);
    add(r.clauses, x.clauses);
    add(r.quotes, x.quotes);
    add(r.contexts, x.contexts);
    add(r.claims, x.claims);
    add(r.mentions, x.mentions);
    add(r.echoes, x.echoes);
    add(r.lists, x.lists);
    add(r.scan.docs, x.scan.docs);
    add(r.scan.clauses, x.scan.clauses);
    add(r.scan.quotes, x.scan.quotes);
    addStarts(r.scan.sentences.starts, x.scan.sentences.starts);
    addStarts(r.scan.lineStarts, x.scan.lineStarts);
    add(citations, p.citations);
  }
  if (!parts.length) {
    r.scan.sentences.starts.push(0);
    r.scan.lineStarts.push(0);
  }
  return { r, citations };
}

/** A rule that failed in several segments fails once. */
function uniqueProblems(list: RuleProblem[]): RuleProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.rule + '\u0000' + p.message) && !!seen.add(p.rule + '\u0000' + p.message));
}

/**
 * A key for the short names in scope — the definitions' contents (comparison name → document) and the names as
 * written — that does not depend on the order they were made in: a sum of a hash per entry, changed in O(1) as a
 * definition is added or replaced. A definition repeated further on leaves it as it was, so an edit to one definition
 * changes the key of the segments after it only up to the next definition that restores the same scope.
 */
class ScopeHash {
  private a = 0;
  private b = 0;
  private n = 0;

  set(name: string, before: string | null | undefined, now: string | null): void {
    if (before !== undefined) this.add(`d\u0000${name}\u0000${before}`, -1);
    else this.n++;
    this.add(`d\u0000${name}\u0000${now}`, 1);
  }

  name(written: string): void {
    this.n++;
    this.add(`n\u0000${written}`, 1);
  }

  key(): string {
    return `${this.n}:${(this.a >>> 0).toString(36)}:${(this.b >>> 0).toString(36)}`;
  }

  private add(s: string, sign: 1 | -1): void {
    // two hashes from two offset bases: 64 bits of key
    this.a = (this.a + sign * fnv1a(s)) | 0;
    this.b = (this.b + sign * fnv1a(s, 0x01000193)) | 0;
  }
}
