// Coverage: which parts, sections, principles, objectives and targets of a cited document a draft answers, and
// where. An implementation plan (实施意见, 实施方案) answers the Opinion clause by clause; reviewers want the
// clauses it cites, the ones it mis-cites and the ones it leaves out. Pure: an analysis in, a tree out.
import type { Analysis } from './analyze';
import { Bilingual, Corpus, CorpusNode, Lang, type SourceRange, nodeAt } from './corpus';
import type { TargetMention } from './claims';
import type { Echo } from './echoes';
import type { ClauseMention, Finding, Quote, RuleCode, Span } from './model';
import { Library, corpusById } from './resolve';
import { sentenceOf } from './scan';

export type CoverageKind = 'part' | 'section' | 'principle' | 'objective' | 'target';

/** One place in the draft that cites, mis-cites or restates a node. */
export interface CoverageHit {
  span: Span;
  /** A clause reference (第二部分（四）), a quotation, a target stated as the document's, or a passage restated from
   *  the document without quotation marks (an echo). */
  via: 'clause' | 'quote' | 'claim' | 'echo';
  /** The node the citation resolves to: the node it is listed under or one of its descendants. */
  nodeId: string;
  /** For a mis-citation: what is wrong with it. */
  problem?: { code: RuleCode; message: Bilingual };
}

export interface CoverageNode {
  id: string;
  kind: CoverageKind;
  parent?: string;
  depth: number;
  /** 第二部分 / （四） / the principle's or objective's name / the target's wording. */
  label: Bilingual;
  heading: Bilingual;
  /** Where the node is in the source texts, for jumping to it. */
  source: Partial<Record<Lang, SourceRange>>;
  /** Citations of the node or of a descendant, in draft order. */
  citations: CoverageHit[];
  misCitations: CoverageHit[];
  /** Passages of the draft that restate the node (or a descendant) faithfully without citing it. */
  restatements: CoverageHit[];
  covered: boolean;
}

export interface CoverageGroup {
  id: string;
  label: Bilingual;
  covered: number;
  total: number;
  /** The ids of the group's nodes, and of those not covered. */
  members: string[];
  missing: string[];
}

export interface Coverage {
  docId: string;
  title: Bilingual;
  number: Bilingual;
  nodes: CoverageNode[];
  /** The document named by title, number or short name (not a clause). */
  documentCitations: Span[];
  /** The tasks, measures, principles, objective areas and targets as groups a reviewer counts. */
  groups: CoverageGroup[];
}

const OUTLINE = new Set(['part', 'section', 'principle', 'objective']);
const MIS_CODES = new Set<RuleCode>([
  'unknown-clause',
  'clause-title-mismatch',
  'misquote',
  'target-mismatch',
  'count-mismatch',
  'copy-drift',
]);
export const TARGET_PREFIX = 'target:';

const bi = (zh: string, en: string): Bilingual => ({ zh, en });
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The outline of a corpus (parts › sections › principles, objectives › targets) in reading order. */
export function coverageOutline(c: Corpus): CoverageNode[] {
  const out: CoverageNode[] = [];
  const visit = (n: CorpusNode, depth: number) => {
    out.push({
      id: n.id,
      kind: n.kind as CoverageKind,
      parent: n.parent,
      depth,
      label: n.label,
      heading: n.heading ?? n.label,
      source: { ...n.range, ...(n.headingRange ?? {}) },
      citations: [],
      misCitations: [],
      restatements: [],
      covered: false,
    });
    for (const k of c.children.get(n.id) ?? []) if (OUTLINE.has(k.kind)) visit(k, depth + 1);
    for (const t of c.data.targets.filter((x) => x.clause === n.id).sort((a, b) => a.range.zh[0] - b.range.zh[0])) {
      out.push({
        id: TARGET_PREFIX + t.id,
        kind: 'target',
        parent: n.id,
        depth: depth + 1,
        label: bi(`${t.year}年目标`, `${t.year} target`),
        heading: t.text,
        source: { ...t.range },
        citations: [],
        misCitations: [],
        restatements: [],
        covered: false,
      });
    }
  };
  for (const p of c.parts) visit(p, 0);
  return out;
}

/** The outline node holding a node: itself, or its nearest part, section, principle or objective. */
function outlineNodeOf(c: Corpus, n: CorpusNode | undefined): string | undefined {
  for (let x = n; x; x = x.parent ? c.nodes.get(x.parent) : undefined) if (OUTLINE.has(x.kind)) return x.id;
  return undefined;
}

function targetIdAt(c: Corpus, lang: Lang, range: SourceRange): string | undefined {
  const t = c.data.targets.find((x) => x.range[lang] && x.range[lang][0] < range[1] && range[0] < x.range[lang][1]);
  return t ? TARGET_PREFIX + t.id : undefined;
}

/** The node a target-mismatch or other finding is about, from its related source range. */
function findingNodes(c: Corpus, f: Finding): string[] {
  const out: string[] = [];
  for (const r of f.related) {
    if (r.docId !== c.id) continue;
    if (f.code === 'target-mismatch' && r.range) {
      const t = targetIdAt(c, r.lang, r.range);
      if (t) {
        out.push(t);
        continue;
      }
    }
    const id = outlineNodeOf(c, c.nodes.get(r.nodeId));
    if (id) out.push(id);
  }
  return out;
}

/**
 * Coverage of one document (`docId`, by default the library's default) by one analysed draft. A citation counts for
 * a node when it resolves to the node or to a descendant; a citation with a finding (a clause that does not exist,
 * a heading of another clause, a misquote, a wrong target or count) is a mis-citation and covers nothing.
 */
export function coverage(a: Analysis, lib: Library, docId?: string): Coverage | undefined {
  const c = corpusById(lib, docId ?? lib.defaultId);
  if (!c) return undefined;
  const nodes = coverageOutline(c);
  const found = new Placed(a, c);
  for (const cit of a.citations) {
    if (cit.docId !== c.id) continue;
    if (cit.kind === 'doc') found.documentCitations.push(cit.span);
    else if (cit.kind === 'clause') found.clause(cit);
    else if (cit.kind === 'quote') found.quote(cit);
    else found.echo(cit);
  }
  for (const m of a.resolved.mentions) if (m.docId === c.id) found.mention(m);
  found.unplacedProblems();
  return assemble(c, nodes, found);
}

/** The places of one draft that cite, mis-cite or restate the nodes of one document, before they are put in the tree. */
class Placed {
  readonly hits: CoverageHit[] = [];
  readonly misses: CoverageHit[] = [];
  readonly restated: CoverageHit[] = [];
  readonly documentCitations: Span[] = [];
  private readonly problems: Finding[];
  /** The running maximum end of the problems (sorted by start): finding the ones over a span by bisection. */
  private readonly maxEnd: number[] = [];
  private readonly used = new Set<Finding>();

  constructor(
    private readonly a: Analysis,
    private readonly c: Corpus,
  ) {
    this.problems = a.findings.filter((f) => MIS_CODES.has(f.code));
    let max = -1;
    for (const p of this.problems) this.maxEnd.push((max = Math.max(max, p.span.end)));
  }

  /** The first mis-citation finding overlapping `s`. */
  private problemAt(s: Span): Finding | undefined {
    let lo = 0,
      hi = this.problems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid] > s.start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < this.problems.length && this.problems[k].span.start < s.end; k++)
      if (overlaps(this.problems[k].span, s)) return this.problems[k];
    return undefined;
  }

  private miss(span: Span, via: CoverageHit['via'], p: Finding, also?: string): void {
    this.used.add(p);
    const problem = { code: p.code, message: p.message };
    for (const n of new Set([...(also ? [also] : []), ...findingNodes(this.c, p)]))
      this.misses.push({ span, via, nodeId: n, problem });
  }

  clause(cit: ClauseMention): void {
    const extent = cit.heading
      ? { start: cit.span.start, end: Math.max(cit.span.end, cit.heading.span.end) }
      : cit.span;
    const p = this.problemAt(extent);
    const id = outlineNodeOf(this.c, this.c.nodes.get(cit.nodeId ?? cit.nearestNodeId ?? ''));
    if (p) this.miss(cit.span, 'clause', p, id);
    else if (id && cit.nodeId) this.hits.push({ span: cit.span, via: 'clause', nodeId: id });
  }

  quote(cit: Quote): void {
    // a heading written after a clause number belongs to that clause reference above
    if (cit.usedAsHeading) return;
    const c = this.c;
    const p = this.problemAt(cit.span);
    let id: string | undefined;
    if (cit.found)
      id =
        targetIdAt(c, cit.found.lang, cit.found.range) ??
        outlineNodeOf(c, nodeAt(c, cit.found.lang, cit.found.range[0], cit.found.range[1]));
    id ??= outlineNodeOf(c, c.nodes.get(cit.headingOf ?? cit.clauseNodeId ?? ''));
    if (p) this.miss(cit.span, 'quote', p, cit.clauseNodeId && outlineNodeOf(c, c.nodes.get(cit.clauseNodeId)));
    else if (id) this.hits.push({ span: cit.span, via: 'quote', nodeId: id });
  }

  /** A passage restated from the document: restated when faithful, mis-cited when it drifts. */
  echo(e: Echo): void {
    const id = targetIdAt(this.c, e.source.lang, e.source.range) ?? outlineNodeOf(this.c, this.c.nodes.get(e.nodeId));
    if (!id) return;
    const p = this.problemAt(e.span);
    if (p && p.code === 'copy-drift') this.miss(e.span, 'echo', p, id);
    else this.restated.push({ span: e.span, via: 'echo', nodeId: id });
  }

  /** Targets stated as the document's: "《意见》提出，到2017年……PUE值优于1.5" (mentions: resolution, claims.ts). */
  mention(m: TargetMention): void {
    const a = this.a;
    const id = TARGET_PREFIX + m.targetId;
    const wrong = this.problems.find(
      (x) =>
        x.code === 'target-mismatch' &&
        findingNodes(this.c, x).includes(id) &&
        sameSentence(a, x.span.start, m.span.start),
    );
    if (wrong) return; // listed as a mis-citation
    // one claim per target and sentence: 能源利用效率（PUE） names it twice
    if (!this.hits.some((h) => h.nodeId === id && sameSentence(a, h.span.start, m.span.start)))
      this.hits.push({ span: m.span, via: 'claim', nodeId: id });
  }

  /** Findings not tied to a citation above: wrong targets and counts. */
  unplacedProblems(): void {
    for (const p of this.problems) {
      if (this.used.has(p)) continue;
      for (const n of findingNodes(this.c, p))
        this.misses.push({ span: p.span, via: 'claim', nodeId: n, problem: { code: p.code, message: p.message } });
    }
  }
}

/** The places put in the tree (a citation of a node counts for its ancestors too), and the groups counted. */
function assemble(c: Corpus, nodes: CoverageNode[], found: Placed): Coverage {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const up = (id: string): string[] => {
    const chain: string[] = [];
    for (let n = byId.get(id); n; n = n.parent ? byId.get(n.parent) : undefined) chain.push(n.id);
    return chain;
  };
  const byStart = (x: CoverageHit, y: CoverageHit) => x.span.start - y.span.start;
  for (const h of found.hits.sort(byStart)) for (const id of up(h.nodeId)) byId.get(id)!.citations.push(h);
  for (const h of found.restated.sort(byStart)) for (const id of up(h.nodeId)) byId.get(id)!.restatements.push(h);
  const seen = new Set<string>();
  for (const h of found.misses.sort(byStart)) {
    for (const id of up(h.nodeId)) {
      const k = `${id}:${h.span.start}:${h.span.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      byId.get(id)!.misCitations.push(h);
    }
  }
  for (const n of nodes) n.covered = n.citations.length > 0;
  const meta = c.data.meta;
  return {
    docId: c.id,
    title: bi(meta.title.zh, meta.title.en ?? meta.title.zh),
    number: bi(meta.number.zh, meta.number.en),
    nodes,
    documentCitations: found.documentCitations,
    groups: groupsOf(c, nodes, byId),
  };
}

function groupsOf(c: Corpus, nodes: CoverageNode[], byId: Map<string, CoverageNode>): CoverageGroup[] {
  const groups: CoverageGroup[] = [];
  const group = (id: string, label: Bilingual, members: CoverageNode[]) =>
    groups.push({
      id,
      label,
      covered: members.filter((n) => n.covered).length,
      total: members.length,
      members: members.map((n) => n.id),
      missing: members.filter((n) => !n.covered).map((n) => n.id),
    });
  for (const k of c.data.counts ?? []) {
    const members = k.of.map((id) => byId.get(id)).filter((n): n is CoverageNode => !!n);
    if (members.length) group(k.id, k.label, members);
  }
  const targets = nodes.filter((n) => n.kind === 'target');
  if (targets.length) group('targets', bi('量化目标', 'targets'), targets);
  return groups;
}

function sameSentence(a: Analysis, x: number, y: number): boolean {
  return sentenceOf(a.resolved.scan.sentences, x) === sentenceOf(a.resolved.scan.sentences, y);
}

/** Every node whose citations (of it or of a descendant) should be listed for `nodeId`: the node and its descendants. */
export function citationsOf(cov: Coverage, nodeId: string): { citations: CoverageHit[]; misCitations: CoverageHit[] } {
  const n = cov.nodes.find((x) => x.id === nodeId);
  return n ? { citations: n.citations, misCitations: n.misCitations } : { citations: [], misCitations: [] };
}

/** The outline node (or target) at an offset of a source text: for "find all references" from the source. */
export function coverageNodeAt(c: Corpus, lang: Lang, offset: number): string | undefined {
  const t = c.data.targets.find((x) => x.range[lang] && x.range[lang][0] <= offset && offset <= x.range[lang][1]);
  if (t) return TARGET_PREFIX + t.id;
  return outlineNodeOf(c, nodeAt(c, lang, offset, offset));
}

/** The outline node a citation in a draft resolves to, as coverage lists it. */
export function coverageNodeOfCitation(
  a: Analysis,
  lib: Library,
  offset: number,
  docId?: string,
): { docId: string; nodeId: string } | undefined {
  const cov = coverage(a, lib, docId);
  if (!cov) return undefined;
  let best: CoverageHit | undefined;
  for (const n of cov.nodes) {
    for (const h of [...n.citations, ...n.misCitations]) {
      if (
        h.span.start <= offset &&
        offset <= h.span.end &&
        (!best ||
          h.span.end - h.span.start < best.span.end - best.span.start ||
          (h.span.start === best.span.start &&
            h.span.end === best.span.end &&
            depthOf(cov, h.nodeId) > depthOf(cov, best.nodeId)))
      )
        best = h;
    }
  }
  return best ? { docId: cov.docId, nodeId: best.nodeId } : undefined;
}

function depthOf(cov: Coverage, id: string): number {
  return cov.nodes.find((n) => n.id === id)?.depth ?? -1;
}

/** How a node reads in a list: 第二部分 主要任务 / （四）加强大数据开发与利用 / Part II Main tasks / (4) Expand … */
export function coverageLabel(n: CoverageNode, lang: Lang): string {
  if (n.kind === 'part') return `${n.label[lang]} ${n.heading[lang]}`;
  if (n.kind === 'section') return `${n.label[lang]}${lang === 'en' ? ' ' : ''}${n.heading[lang]}`;
  return n.heading[lang] || n.heading.zh;
}
