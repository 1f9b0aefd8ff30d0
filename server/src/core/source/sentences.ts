// Sentences and headings within a source's lines, and the ids of the nodes made of them: a sentence node per
// sentence ("<parent>.<lang>.s<k>", counted per parent), each id once in the document.
import type { CorpusNode, Lang, Range2 } from '../corpus';
import { type Line, at } from './lines';
import { bi } from './problems';

/** Sentence ranges inside [a, b) of a line's cleaned text: Chinese ends at 。！？；, English at . ! ? before a capital. */
export function sentencesIn(l: Line, a: number, b: number, lang: Lang): Range2[] {
  const t = l.text;
  const out: Range2[] = [];
  let s = a;
  while (s < b && /\s/.test(t[s])) s++;
  for (let i = s; i < b; i++) {
    const c = t[i];
    const isEnd =
      lang === 'zh'
        ? '。！？；!?;'.includes(c)
        : '.!?;'.includes(c) &&
          (i + 1 === b || (t[i + 1] === ' ' && /[A-Z“"(]/.test(t[i + 2] ?? ''))) &&
          !/(?:\bNo|\be\.g|\bi\.e|\bArt|\bpara|\b[A-Z])$/.test(t.slice(Math.max(0, i - 4), i));
    if (!isEnd) continue;
    // keep a closing quote or bracket with the sentence it ends
    let e = i + 1;
    while (e < b && /[”’」』)）"]/.test(t[e])) e++;
    out.push(at(l, s, e));
    s = e;
    while (s < b && /\s/.test(t[s])) s++;
    i = s - 1;
  }
  if (s < b && t.slice(s, b).trim()) out.push(at(l, s, b));
  return out;
}

/** The heading at the start of a line's text after its number: the first sentence when it is short. */
export function headingIn(l: Line, from: number, lang: Lang): { end: number; bodyFrom: number } | undefined {
  const t = l.text;
  if (from >= t.length) return undefined;
  if (lang === 'zh') {
    const stop = t.slice(from).search(/[。：:！？；]/);
    if (stop < 0) return t.length - from <= 60 ? { end: t.length, bodyFrom: t.length } : undefined;
    if (stop === 0 || stop > 50) return undefined;
    return { end: from + stop, bodyFrom: from + stop + 1 };
  }
  const m = /[.:;](?=\s|$)/.exec(t.slice(from));
  const stop = m ? m.index : -1;
  const head = stop < 0 ? t.slice(from) : t.slice(from, from + stop);
  if (stop < 0) return head.split(/\s+/).length <= 20 ? { end: t.length, bodyFrom: t.length } : undefined;
  if (stop === 0 || head.split(/\s+/).length > 16) return undefined;
  return { end: from + stop, bodyFrom: from + stop + 1 };
}

/** The node ids of one source: each id once; an id taken already gets ~2, ~3, … */
export class NodeIds {
  private readonly ids = new Set<string>();
  unique(id: string): string {
    let u = id,
      n = 2;
    while (this.ids.has(u)) u = `${id}~${n++}`;
    this.ids.add(u);
    return u;
  }
  /** Takes an id as it is (the front and tail nodes have fixed ids). */
  add(id: string): void {
    this.ids.add(id);
  }
}

/** The sentence nodes of a source, numbered per parent across all the lines given for that parent. */
export class SentenceNodes {
  private readonly count = new Map<string, number>();
  constructor(
    private readonly lang: Lang,
    private readonly ids: NodeIds,
  ) {}
  /** The sentences in [a, b) of a line's cleaned text, as nodes under `parent`. */
  of(parent: string, l: Line, a: number, b: number): CorpusNode[] {
    const lang = this.lang;
    const out: CorpusNode[] = [];
    for (const r of sentencesIn(l, a, b, lang)) {
      const k2 = (this.count.get(parent) ?? 0) + 1;
      this.count.set(parent, k2);
      out.push({
        id: this.ids.unique(`${parent}.${lang}.s${k2}`),
        kind: 'sentence',
        parent,
        lang,
        label: bi(`第${k2}句`, `sentence ${k2}`),
        range: { [lang]: r },
      });
    }
    return out;
  }
}

/** Appends one by one: push(...list) overflows the call stack on a very long line. */
export function pushAll(to: CorpusNode[], list: CorpusNode[]): void {
  for (const n of list) to.push(n);
}
