// Coverage placed in files: each citation of a clause given the file, line and column a reviewer looks it up by, and
// the coverage of several drafts merged into one (a plan split over several files answers the Opinion once). Pure:
// the command line and the web page both give it the coverage the core computed for each draft.
import { Locator } from '../cli/locate';
import type { Coverage, CoverageHit, CoverageNode } from '../core/coverage';

/** A citation placed in a file: 1-based line and column in characters (code points), as the check command counts. */
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
  /** Passages that restate the clause without citing it (the core's echoes). */
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

/** One draft's coverage with each citation placed in its file (the outline once; the hits by the outline's order). */
export interface FileCoverage {
  cov: Coverage;
  hits: { citations: PlacedHit[]; misCitations: PlacedHit[]; restatements: PlacedHit[] }[];
}

/**
 * Places every citation of one draft's coverage in its file: line and column in characters (code points), as the
 * check command counts them, and the UTF-16 offset where the page selects it. Nothing of the draft's text travels
 * further than this (a worker thread posts the result).
 */
export function placeCoverage(file: string, text: string, cov: Coverage): FileCoverage {
  const loc = new Locator(text);
  const place = (h: CoverageHit): PlacedHit => {
    const at = loc.position(h.span.start);
    return {
      file,
      line: at.line,
      column: at.column,
      offset: h.span.start,
      length: h.span.end - h.span.start,
      via: h.via,
      nodeId: h.nodeId,
      code: h.problem?.code,
      message: h.problem?.message,
      lineText: loc.lineText(at.line - 1).trim(),
    };
  };
  return {
    cov: { ...cov, nodes: cov.nodes.map((n) => ({ ...n, citations: [], misCitations: [], restatements: [] })) },
    hits: cov.nodes.map((n) => ({
      citations: n.citations.map(place),
      misCitations: n.misCitations.map(place),
      restatements: n.restatements.map(place),
    })),
  };
}

/**
 * The coverage of several drafts as one: each clause lists the citations of every draft, placed in its file, in the
 * order of the files; the groups (tasks, measures …) are counted again over all of them. `files` must not be empty
 * and their coverages must be of the same document.
 */
export function mergeCoverage(files: FileCoverage[]): CoverageOfFiles {
  const first = files[0].cov;
  const merged: Merged[] = first.nodes.map((node, i) => ({
    node,
    citations: files.flatMap((f) => f.hits[i].citations),
    misCitations: files.flatMap((f) => f.hits[i].misCitations),
    restatements: files.flatMap((f) => f.hits[i].restatements),
  }));
  const covered = new Set(merged.filter((m) => m.citations.length).map((m) => m.node.id));
  const groups = first.groups.map((g) => ({
    ...g,
    covered: g.members.filter((id) => covered.has(id)).length,
    missing: g.members.filter((id) => !covered.has(id)),
  }));
  return { cov: { ...first, groups }, merged };
}
