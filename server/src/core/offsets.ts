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
