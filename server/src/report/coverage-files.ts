// Coverage placed in files: each citation of a clause given the file, line and column a reviewer looks it up by, and
// the coverage of several drafts merged into one (a plan split over several files answers the Opinion once). Pure:
// the command line and the web page both give it the coverage the core computed for each draft.
import type { Coverage, CoverageHit, CoverageNode } from '../core/coverage';

/** A citation placed in a file: 1-based line and column (UTF-16 units, as the check command counts them). */
export interface PlacedHit {
  file: string;
  line: number;
  column: number;
  /** The citation's UTF-16 offset and length in the file's text: where the page selects it. */
  offset: number;
  length: number;
  via: CoverageHit['via'];
  nodeId: string;
  code?: string;
  message?: { zh: string; en: string };
  /** The draft's line, for the response matrix. */
  lineText: string;
}

/** One clause of the outline with its citations in every file, in file order. */
export interface Merged {
  node: CoverageNode;
  citations: PlacedHit[];
  misCitations: PlacedHit[];
  /** Passages that restate the clause in the draft's own words without citing it. Nothing fills it yet: it is the
   *  place a restatement finder adds them, and every report already shows the status. */
  restatements?: PlacedHit[];
}

export interface CoverageOfFiles {
  /** The first draft's coverage with its groups counted again over all the files. */
  cov: Coverage;
  merged: Merged[];
}

/** What a reviewer reads a clause as: answered, only mis-cited, restated without a citation, or not answered. */
export type CoverageStatus = 'cited' | 'miscited' | 'restated' | 'missing';

export function coverageStatus(m: Merged): CoverageStatus {
  if (m.citations.length) return 'cited';
  if (m.misCitations.length) return 'miscited';
  if (m.restatements?.length) return 'restated';
  return 'missing';
}

export const where = (h: PlacedHit) => `${h.file}:${h.line}:${h.column}`;

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

/** Places every citation of one draft's coverage in its file. */
function placer(file: string, text: string): (h: CoverageHit) => PlacedHit {
  const starts = lineStarts(text);
  return (h) => {
    // bisection: a 200 KB draft has thousands of lines and hundreds of citations
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= h.span.start) lo = mid;
      else hi = mid - 1;
    }
    const line = lo;
    const lineText = text
      .slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1)
      .replace(/\r$/, '')
      .trim();
    return {
      file,
      line: line + 1,
      column: h.span.start - starts[line] + 1,
      offset: h.span.start,
      length: h.span.end - h.span.start,
      via: h.via,
      nodeId: h.nodeId,
      code: h.problem?.code,
      message: h.problem?.message,
      lineText,
    };
  };
}

/**
 * The coverage of several drafts as one: each clause lists the citations of every draft, placed in its file, in the
 * order of the files; the groups (tasks, measures …) are counted again over all of them. `drafts` must not be empty
 * and their coverages must be of the same document.
 */
export function mergeCoverage(drafts: { file: string; text: string; cov: Coverage }[]): CoverageOfFiles {
  const merged = new Map<string, Merged>();
  for (const d of drafts) {
    const place = placer(d.file, d.text);
    for (const n of d.cov.nodes) {
      let m = merged.get(n.id);
      if (!m) {
        m = { node: n, citations: [], misCitations: [] };
        merged.set(n.id, m);
      }
      m.citations.push(...n.citations.map(place));
      m.misCitations.push(...n.misCitations.map(place));
    }
  }
  const first = drafts[0].cov;
  const covered = (id: string) => (merged.get(id)?.citations.length ?? 0) > 0;
  const groups = first.groups.map((g) => ({
    ...g,
    covered: g.members.filter(covered).length,
    missing: g.members.filter((id) => !covered(id)),
  }));
  return { cov: { ...first, groups }, merged: first.nodes.map((n) => merged.get(n.id)!) };
}
