// Moving a draft's offsets, by type: block scans to their place in the draft (scan.ts), and the analysis of a draft
// read with CRLF as LF back to the draft's own offsets (analyze.ts). Every field of every type that can hold a draft
// offset is classified below against the type itself, so a new field must be classified here or the type checker
// fails; offsets into source texts (SourceRange tuples: Quote.found, Related.range) are never moved.
import type { TargetClaim, TargetMention } from './claims';
import type { Contexts } from './contexts';
import type { Echo } from './echoes';
import type { ListItem, NameList } from './lists';
import type { ClauseMention, DocMention, Finding, Quote, Span } from './model';
import type { Resolved } from './resolve';
import type { ScanResult } from './scan';

/** What a field holds. `span`: a draft Span. `spans`: a record of draft Spans. `inner`: an object whose `span` is a
 *  draft Span. `items`: a list's members (ITEM). `offset`: a draft offset. `edits`: fixes whose edits have draft spans. `ref`: another mention, moved
 *  where it is listed. `none`: nothing of the draft's (or offsets in a source text). */
type Kind = 'span' | 'spans' | 'inner' | 'items' | 'offset' | 'edits' | 'ops' | 'ref' | 'none';
type Fields<T> = { readonly [K in keyof Required<T>]: Kind };

const DOC = {
  kind: 'none',
  span: 'span',
  lang: 'none',
  form: 'none',
  docId: 'none',
  title: 'inner',
  number: 'none',
  pairedWith: 'ref',
  definesAlias: 'inner',
  undefinedAlias: 'none',
  ambiguousWith: 'spans',
  ambiguousDocIds: 'none',
  nearDocId: 'none',
} as const satisfies Fields<DocMention>;
const CLAUSE = {
  kind: 'none',
  span: 'span',
  lang: 'none',
  part: 'none',
  section: 'none',
  named: 'none',
  lineStart: 'none',
  weak: 'none',
  quiet: 'none',
  heading: 'ref',
  also: 'ref',
  docId: 'none',
  nodeId: 'none',
  nearestNodeId: 'none',
} as const satisfies Fields<ClauseMention>;
const QUOTE = {
  kind: 'none',
  span: 'span',
  inner: 'span',
  text: 'none',
  lang: 'none',
  docId: 'none',
  clauseNodeId: 'none',
  headingOf: 'none',
  found: 'none',
  usedAsHeading: 'none',
  headingCheck: 'none',
  attributed: 'none',
  erratum: 'inner',
  place: 'none',
} as const satisfies Fields<Quote>;
const FINDING = {
  code: 'none',
  span: 'span',
  message: 'none',
  related: 'none',
  fixes: 'edits',
  severity: 'none',
} as const satisfies Fields<Finding>;
const CONTEXT = {
  docId: 'none',
  start: 'offset',
  end: 'offset',
  nodeId: 'none',
  quiet: 'none',
  sentence: 'none',
} as const satisfies Fields<Contexts[number]>;
const CLAIM = {
  docId: 'none',
  targetId: 'none',
  lang: 'none',
  span: 'span',
  groups: 'spans',
  year: 'span',
  yearInHeader: 'none',
  own: 'none',
} as const satisfies Fields<TargetClaim>;
const MENTION = { docId: 'none', targetId: 'none', span: 'span' } as const satisfies Fields<TargetMention>;
const ECHO = {
  kind: 'none',
  span: 'span',
  lang: 'none',
  docId: 'none',
  nodeId: 'none',
  source: 'none',
  ops: 'ops',
  matched: 'none',
} as const satisfies Fields<Echo>;

const LIST = {
  docId: 'none',
  group: 'none',
  span: 'span',
  quoted: 'none',
  items: 'items',
  lang: 'none',
} as const satisfies Fields<NameList>;
const ITEM = { span: 'span', nodeId: 'none' } as const satisfies Fields<ListItem>;

export type Move = (offset: number) => number;

/** Moves a span once, however many findings and mentions share it (a finding's span is often its mention's). */
function moveSpan(s: Span, m: Move, seen: Set<object>): void {
  if (seen.has(s)) return;
  seen.add(s);
  s.start = m(s.start);
  s.end = m(s.end);
}

/** Moves, in place, every draft offset of `x` that `fields` names; `seen` keeps an object shared by two lists from
 *  moving twice. */
function moveFields<T extends object>(x: T, fields: Fields<T>, m: Move, seen: Set<object>): void {
  if (seen.has(x)) return;
  seen.add(x);
  const o = x as Record<string, unknown>;
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    switch (fields[key]) {
      case 'span':
        moveSpan(v as Span, m, seen);
        break;
      case 'spans':
        for (const s of Object.values(v as Record<string, Span>)) moveSpan(s, m, seen);
        break;
      case 'inner':
        moveSpan((v as { span: Span }).span, m, seen);
        break;
      case 'offset':
        o[key] = m(v as number);
        break;
      case 'edits':
        for (const fx of v as Finding['fixes']) for (const e of fx.edits) moveSpan(e.span, m, seen);
        break;
      case 'items':
        for (const it of v as ListItem[]) moveFields(it, ITEM, m, seen);
        break;
      case 'ops':
        for (const op of v as Echo['ops']) moveSpan(op.draft, m, seen);
        break;
    }
  }
}

/** A copy of a block's document mention moved `by` units (block scans stay untouched: they are reused). */
export function shiftedDoc(d: DocMention, by: number): DocMention {
  const out: DocMention = { ...d, span: { ...d.span } };
  if (d.title) out.title = { ...d.title, span: { ...d.title.span } };
  if (d.definesAlias) out.definesAlias = { ...d.definesAlias, span: { ...d.definesAlias.span } };
  moveFields(out, DOC, (o) => o + by, new Set());
  return out;
}

export function shiftedClause(c: ClauseMention, by: number): ClauseMention {
  const out: ClauseMention = { ...c, span: { ...c.span } };
  moveFields(out, CLAUSE, (o) => o + by, new Set());
  return out;
}

export function shiftedQuote(q: Quote, by: number): Quote {
  const out: Quote = { ...q, span: { ...q.span }, inner: { ...q.inner } };
  moveFields(out, QUOTE, (o) => o + by, new Set());
  return out;
}

/** Moves, in place, every draft offset of a resolution and its findings. */
export function moveAnalysis(r: Resolved, findings: Finding[], m: Move): void {
  const seen = new Set<object>();
  const moveStarts = (list: number[]) => {
    for (let i = 0; i < list.length; i++) list[i] = m(list[i]);
  };
  const scan: ScanResult = r.scan;
  for (const d of scan.docs) moveFields(d, DOC, m, seen);
  for (const c of scan.clauses) moveFields(c, CLAUSE, m, seen);
  for (const q of scan.quotes) moveFields(q, QUOTE, m, seen);
  for (const d of r.docs) moveFields(d, DOC, m, seen);
  for (const c of r.clauses) moveFields(c, CLAUSE, m, seen);
  for (const q of r.quotes) moveFields(q, QUOTE, m, seen);
  for (const c of r.clauses) if (c.heading) moveFields(c.heading, QUOTE, m, seen);
  for (const c of r.clauses) if (c.also) moveFields(c.also, QUOTE, m, seen);
  for (const x of r.contexts) moveFields(x, CONTEXT, m, seen);
  for (const x of r.claims) moveFields(x, CLAIM, m, seen);
  for (const x of r.mentions) moveFields(x, MENTION, m, seen);
  for (const x of r.echoes) moveFields(x, ECHO, m, seen);
  for (const x of r.lists) moveFields(x, LIST, m, seen);
  for (const f of findings) moveFields(f, FINDING, m, seen);
  moveStarts(scan.sentences.starts);
  moveStarts(scan.lineStarts);
}

const movableFields = new WeakMap<object, [string, Kind][]>();
/** The fields of a table that can hold a draft offset (the others are copied as they are). */
function movable<T>(fields: Fields<T>): [string, Kind][] {
  let list = movableFields.get(fields);
  if (!list) {
    list = (Object.entries(fields) as [string, Kind][]).filter(([, k]) => k !== 'none');
    movableFields.set(fields, list);
  }
  return list;
}

/** Copies made while moving a segment's results (segments.ts): each object once, so what two lists share (a citation
 *  and its mention, a finding's span and its mention's) stays shared in the copy. */
class Copier {
  private readonly memo = new Map<object, object>();
  constructor(private readonly by: number) {}

  span(s: Span): Span {
    const seen = this.memo.get(s) as Span | undefined;
    if (seen) return seen;
    const c = { start: s.start + this.by, end: s.end + this.by };
    this.memo.set(s, c);
    return c;
  }

  /** A copy of `x` with every draft offset `fields` names moved. */
  of<T extends object>(x: T, fields: Fields<T>): T {
    const c = this.memo.get(x) as T | undefined;
    if (c) return c;
    const o = { ...x } as Record<string, unknown>;
    this.memo.set(x, o);
    for (const [key, kind] of movable(fields)) {
      const v = o[key];
      if (v === undefined || v === null) continue;
      switch (kind) {
        case 'span':
          o[key] = this.span(v as Span);
          break;
        case 'spans':
          o[key] = Array.isArray(v)
            ? v.map((s: Span) => this.span(s))
            : Object.fromEntries(Object.entries(v as Record<string, Span>).map(([k, s]) => [k, this.span(s)]));
          break;
        case 'inner':
          o[key] = { ...(v as object), span: this.span((v as { span: Span }).span) };
          break;
        case 'offset':
          o[key] = (v as number) + this.by;
          break;
        case 'edits':
          o[key] = (v as Finding['fixes']).map((fx) => ({
            ...fx,
            edits: fx.edits.map((e) => ({ ...e, span: this.span(e.span) })),
          }));
          break;
        case 'items':
          o[key] = (v as ListItem[]).map((it) => this.of(it, ITEM));
          break;
        case 'ops':
          o[key] = (v as Echo['ops']).map((op) => ({ ...op, draft: this.span(op.draft) }));
          break;
        case 'ref':
          o[key] = this.ref(v as object);
          break;
      }
    }
    return o as T;
  }

  /** A mention another one points at (pairedWith, a clause's heading quote): copied as what it is. */
  private ref(v: object): object {
    const k = (v as { kind?: string }).kind;
    if (k === 'doc') return this.of(v as DocMention, DOC);
    if (k === 'clause') return this.of(v as ClauseMention, CLAUSE);
    return this.of(v as Quote, QUOTE);
  }

  citation<T extends { kind: string }>(x: T): T {
    const k = x.kind;
    if (k === 'doc') return this.of(x as unknown as DocMention, DOC) as unknown as T;
    if (k === 'clause') return this.of(x as unknown as ClauseMention, CLAUSE) as unknown as T;
    if (k === 'quote') return this.of(x as unknown as Quote, QUOTE) as unknown as T;
    return this.of(x as unknown as Echo, ECHO) as unknown as T;
  }
}

/** A copy of a resolution, its findings and its citations with every draft offset moved `by` and every context's
 *  sentence number moved `sentences` (the originals are not changed: they may be in an analysis handed out). */
export function movedCopy<C extends { kind: string }>(
  x: { r: Resolved; findings: Finding[]; citations: C[] },
  by: number,
  sentences: number,
): { r: Resolved; findings: Finding[]; citations: C[] } {
  const k = new Copier(by);
  const r = x.r;
  const list = <T extends object>(l: T[], fields: Fields<T>) => l.map((y) => k.of(y, fields));
  const starts = (l: number[]) => l.map((o) => o + by);
  return {
    r: {
      docs: list(r.docs, DOC),
      clauses: list(r.clauses, CLAUSE),
      quotes: list(r.quotes, QUOTE),
      contexts: r.contexts.map((c) => ({
        ...c,
        start: c.start + by,
        end: c.end + by,
        sentence: c.sentence + sentences,
      })),
      scan: {
        docs: list(r.scan.docs, DOC),
        clauses: list(r.scan.clauses, CLAUSE),
        quotes: list(r.scan.quotes, QUOTE),
        sentences: { starts: starts(r.scan.sentences.starts) },
        lineStarts: starts(r.scan.lineStarts),
      },
      claims: list(r.claims, CLAIM),
      mentions: list(r.mentions, MENTION),
      echoes: list(r.echoes, ECHO),
      lists: list(r.lists, LIST),
    },
    findings: list(x.findings, FINDING),
    citations: x.citations.map((c) => k.citation(c)),
  };
}

/** Copies of findings with every draft offset moved `by`. */
export function movedFindings(findings: Finding[], by: number): Finding[] {
  const k = new Copier(by);
  return findings.map((f) => k.of(f, FINDING));
}

/** Copies of document mentions with every draft offset moved `by` (what they point at copied too). */
export function movedDocs(docs: DocMention[], by: number): DocMention[] {
  const k = new Copier(by);
  return docs.map((d) => k.of(d, DOC));
}
