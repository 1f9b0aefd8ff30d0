// The engine's one entry point: text in, citations and findings out. Pure and total.
// text → fold → scan → resolve against the library → rules (rules/index.ts) → suppress → findings.
import { Corpus, indexCorpus } from './corpus';
import type { Citation, Finding, RuleCode } from './model';
import { ALL_RULES } from './model';
import { Library, Resolved } from './resolve';
import { BlockCache } from './blocks';
import { Levels, RULES, RuleProblem, runRules } from './rules';
import type { CheckContext } from './rules/context';
import { analyzeSegments } from './segments';
import { lineStartsOf } from './scan';
import { moveAnalysis } from './offsets';

export interface Analysis {
  text: string;
  citations: Citation[];
  /** Findings of the rules that are on, with their severity, sorted by place. */
  findings: Finding[];
  resolved: Resolved;
  /** Findings dropped by policy-cite-disable comments. */
  suppressed: number;
  /** Rules that failed on this text (a bug): their findings are missing, the rest stand. */
  problems: RuleProblem[];
}

export interface AnalyzeOptions {
  /** Each rule code's level; codes not given keep their default (DEFAULT_LEVELS). A rule whose codes are all off is
   *  not run. */
  levels?: Levels;
  /** The document's BlockCache when the same document is analysed again and again (an editor); the draft is read
   *  block by block either way (see blocks.ts), so the result never depends on whether a cache is given. */
  cache?: BlockCache;
}

export function createLibrary(corpora: Corpus[], defaultId?: string): Library {
  return { corpora, defaultId: defaultId ?? corpora[0]?.id };
}

/** Indexes raw corpus data; throws only for the bundled corpus, which the tests keep valid. */
export function libraryFromData(data: unknown[]): { lib: Library; problems: string[] } {
  const corpora: Corpus[] = [];
  const problems: string[] = [];
  for (const d of data) {
    const { corpus, problems: p } = indexCorpus(d);
    problems.push(...p.map((x) => x.message));
    if (corpus) corpora.push(corpus);
  }
  return { lib: createLibrary(corpora), problems };
}

export function analyze(text: string, lib: Library, opts: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  // CRLF and CR are read as LF, so a line break is one unit for every pattern, block and sentence rule; offsets
  // are mapped back (a lone CR keeps the length).
  return input.indexOf('\r') >= 0 ? analyzeCrlf(input, lib, opts) : analyzeText(input, lib, opts);
}

const SEGMENT_RULES = RULES.filter((r) => r.scope !== 'draft');
const DRAFT_RULES = RULES.filter((r) => r.scope === 'draft');

function analyzeText(input: string, lib: Library, opts: AnalyzeOptions): Analysis {
  const titles = lib.corpora.flatMap((c) => [c.data.meta.title.zh, c.data.meta.title.en]);
  const cache = opts.cache ?? new BlockCache();
  const { f, blocks } = cache.read(input, titles);
  const seg = analyzeSegments(lib, input, f, blocks, SEGMENT_RULES, opts.levels, cache);
  // Rules over the whole draft: its own numbering (the text) and short names (the mentions resolution flagged). The
  // whole resolution is made only if one of them asks for it.
  const draft = {
    lib,
    text: input,
    f,
    blocks,
    flagged: seg.flagged,
    get r() {
      return seg.resolution().r;
    },
    get look(): never {
      throw new Error('a rule over the whole draft has no look-ups');
    },
  } satisfies CheckContext;
  const wide = runRules(DRAFT_RULES, draft, opts.levels);
  const all = wide.findings.length ? mergeFindings(seg.findings, wide.findings) : seg.findings;
  const findings = all.length && input.includes('policy-cite-') ? suppress(input, lineStartsOf(f), all) : all;
  const a = {
    text: input,
    findings,
    suppressed: all.length - findings.length,
    problems: [...seg.problems, ...wide.problems],
  } as Analysis;
  // the resolution and the citations are made when first read (hover, definition, coverage), not for a publish
  Object.defineProperty(a, 'resolved', { enumerable: true, get: () => seg.resolution().r });
  Object.defineProperty(a, 'citations', { enumerable: true, get: () => seg.resolution().citations });
  return a;
}

/** Two lists of findings sorted by place, as one (the first's first at the same place). */
function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  return [...a, ...b].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

/** Analyses `input` with every CRLF read as LF, then moves each offset of the result back into `input`. */
function analyzeCrlf(input: string, lib: Library, opts: AnalyzeOptions): Analysis {
  const lf = input.replace(/\r\n?/g, '\n');
  const pairs: number[] = []; // LF offsets of the line breaks that were CRLF
  for (let i = 0, j = 0; i < input.length; i++, j++) {
    if (input.charCodeAt(i) === 13 && input.charCodeAt(i + 1) === 10) {
      pairs.push(j);
      i++;
    }
  }
  // An offset moves by the CRs dropped before it; one just before a break stays before its CR.
  const map = (off: number) => {
    let lo = 0,
      hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return off + lo;
  };
  const read = analyzeText(lf, lib, opts);
  // the cache keeps the segments' results for the next analysis: they are moved here in a copy
  const a = opts.cache ? structuredClone(read) : read;
  moveAnalysis(a.resolved, a.findings, map);
  for (const q of a.resolved.quotes) q.text = input.slice(q.inner.start, q.inner.end);
  return { ...a, text: input };
}

// ---- policy-cite-disable comments -------------------------------------------------------------------------
const DIRECTIVE =
  /policy-cite-(disable-next-line|disable-line|disable|enable)\b([ \t:]+[a-z][a-z-]*(?:[ \t]*,[ \t]*[a-z][a-z-]*)*)?/g;

/**
 * `<!-- policy-cite-disable-next-line -->` (Markdown), or the same words in any comment or bracket in plain
 * text (`// policy-cite-disable-next-line`, `【policy-cite-disable-next-line】`), silence the next non-blank line;
 * `policy-cite-disable-line` silences its own line; `policy-cite-disable` … `policy-cite-enable` a block.
 * Rule codes may follow: `policy-cite-disable-next-line misquote, target-mismatch`.
 */
export function suppress(text: string, lineStarts: number[], findings: Finding[]): Finding[] {
  if (!findings.length || text.indexOf('policy-cite-') < 0) return findings;
  const lineOf = (off: number) => {
    let lo = 0,
      hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineText = (l: number) => text.slice(lineStarts[l], lineStarts[l + 1] ?? text.length);
  const silenced = new Map<number, Set<string> | 'all'>();
  const add = (line: number, codes: Set<string> | 'all') => {
    const cur = silenced.get(line);
    if (cur === 'all' || codes === 'all') silenced.set(line, 'all');
    else silenced.set(line, new Set([...(cur ?? []), ...codes]));
  };
  const blocks: { from: number; to: number; codes: Set<string> | 'all' }[] = [];
  let open: { from: number; codes: Set<string> | 'all' } | undefined;
  const nextFilled = new Map<number, number>();
  DIRECTIVE.lastIndex = 0;
  for (let m; (m = DIRECTIVE.exec(text));) {
    const codesList = (m[2] ?? '')
      .replace(/^[ \t:]+/, '')
      .split(/[ \t]*,[ \t]*/)
      .filter((c) => (ALL_RULES as string[]).includes(c));
    const codes: Set<string> | 'all' = codesList.length ? new Set(codesList) : 'all';
    const line = lineOf(m.index);
    if (m[1] === 'disable-line') add(line, codes);
    else if (m[1] === 'disable-next-line') {
      // once per line: many directives on one line must not each walk the blank lines after it
      let next = nextFilled.get(line);
      if (next === undefined) {
        next = line + 1;
        while (next < lineStarts.length && lineText(next).trim() === '') next++;
        nextFilled.set(line, next);
      }
      add(next, codes);
    } else if (m[1] === 'disable') open = { from: line, codes };
    else if (open) {
      blocks.push({ ...open, to: line });
      open = undefined;
    }
  }
  if (open) blocks.push({ ...open, to: lineStarts.length });
  // Blocks follow one another (from and to both ascending), so a line can only be inside the last blocks that start at
  // or before it: found by bisection rather than by trying every block for every finding.
  const inBlock = (line: number, code: string): boolean => {
    let lo = 0,
      hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].from <= line) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && blocks[i].to >= line; i--) {
      const c = blocks[i].codes;
      if (c === 'all' || c.has(code)) return true;
    }
    return false;
  };
  return findings.filter((x) => {
    const line = lineOf(x.span.start);
    const s = silenced.get(line);
    if (s === 'all' || (s && s.has(x.code))) return false;
    return !inBlock(line, x.code);
  });
}

export type { RuleCode };
