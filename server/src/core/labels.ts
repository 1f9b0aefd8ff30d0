// How the engine names the source's clauses and writes references to them, and the small builders every rule's
// findings share (bilingual text, a fix, related information pointing into the source text).
import { type Corpus, type CorpusNode, type Lang, type SourceRange, ancestry } from './corpus';
import type { Fix, Related, Span } from './model';
import { roman, zhNumeral } from './text';

export const bi = (zh: string, en: string) => ({ zh, en });

export const fix = (zh: string, en: string, span: Span, newText: string, safe = true): Fix => ({
  title: bi(zh, en),
  edits: [{ span, newText }],
  safe,
});

export function related(c: Corpus, node: CorpusNode | undefined, lang: Lang, range?: SourceRange): Related[] {
  if (!node) return [];
  return [
    {
      docId: c.id,
      nodeId: node.id,
      lang,
      range,
      message: bi(`原文：${clauseLabel(c, node, 'zh')}`, `Source: ${clauseLabel(c, node, 'en')}`),
    },
  ];
}

/** 第二部分 主要任务 › （四）加强大数据开发与利用 / Part II Main tasks › (4) Expand the exploitation and use of big data */
export function clauseLabel(c: Corpus, node: CorpusNode, lang: Lang): string {
  // every finding about a clause names it, twice: built once per clause and language (the corpus never changes)
  let known = labels.get(node);
  if (!known) labels.set(node, (known = {}));
  return (known[lang] ??= buildLabel(c, node, lang));
}
const labels = new WeakMap<CorpusNode, Partial<Record<Lang, string>>>();

function buildLabel(c: Corpus, node: CorpusNode, lang: Lang): string {
  return ancestry(c, node)
    .filter((n) => n.kind !== 'sentence')
    .map((n, i, chain) => {
      // Part I's heading names its own sections (指导思想、基本原则和发展目标): above a section, the label is enough.
      const kids =
        i < chain.length - 1
          ? (c.children.get(n.id) ?? []).map((k) => k.heading?.[lang]?.toLowerCase()).filter(Boolean)
          : [];
      if (n.kind === 'part' && kids.some((k) => (n.heading?.[lang] ?? '').toLowerCase().includes(k!)))
        return n.label[lang];
      if (n.kind === 'part') return `${n.label[lang]} ${n.heading?.[lang] ?? ''}`.trim();
      if (n.kind === 'section') return `${n.label[lang]}${lang === 'en' ? ' ' : ''}${n.heading?.[lang] ?? ''}`;
      return n.heading?.[lang] ?? n.label[lang];
    })
    .join(' › ');
}

/** How a drafter writes a reference to a node: 第二部分第（四）项 / Part II, Section (4). */
export function clauseRef(c: Corpus, node: CorpusNode, lang: Lang): string {
  const chain = ancestry(c, node);
  const part = chain.find((n) => n.kind === 'part');
  const sec = chain.find((n) => n.kind === 'section');
  if (lang === 'zh')
    return `${part ? `第${zhNumeral(part.num ?? 0)}部分` : ''}${sec ? `第（${zhNumeral(sec.num ?? 0)}）项` : ''}`;
  return `${part ? `Part ${roman(part.num ?? 0)}` : ''}${sec ? `, Section (${sec.num})` : ''}`;
}

/** Rewrites the numbers of a reference as the drafter wrote it so it points at `node`. */
export function retarget(written: string, lang: Lang, c: Corpus, node: CorpusNode): string {
  const chain = ancestry(c, node);
  const part = chain.find((n) => n.kind === 'part');
  const sec = chain.find((n) => n.kind === 'section');
  if (!part || !sec) return clauseRef(c, node, lang);
  let out = written;
  if (lang === 'zh') {
    if (/第[一二三四五六七八九十\d]{1,3}部分/.test(out))
      out = out.replace(
        /第([一二三四五六七八九十\d]{1,3})部分/,
        (_m, n: string) => `第${/\d/.test(n) ? part.num : zhNumeral(part.num ?? 0)}部分`,
      );
    else if (/主要任务|保障措施|基本原则|发展目标|指导思想/.test(out))
      out = out.replace(/主要任务|保障措施|基本原则|发展目标|指导思想/, part.heading?.zh ?? '');
    else out = out.replace(/^([一二三])/, zhNumeral(part.num ?? 0));
    out = out.replace(
      /([(（]|第)([一二三四五六七八九十\d]{1,3})([)）]|项|条|款|点)(?!.*[(（第][一二三四五六七八九十\d]{1,3}[)）项条款点])/,
      (_m, a: string, n: string, b: string) => `${a}${/\d/.test(n) ? sec.num : zhNumeral(sec.num ?? 0)}${b}`,
    );
    return out;
  }
  out = out.replace(
    /\b(Part\s{1,2})([IVX]{1,4}|\d{1,2})\b/,
    (_m, a: string, n: string) => `${a}${/\d/.test(n) ? part.num : roman(part.num ?? 0)}`,
  );
  out = out.replace(
    /\b(Section\s{1,2})([IVX]{1,4})(\s?\()/,
    (_m, a: string, _n: string, b: string) => `${a}${roman(part.num ?? 0)}${b}`,
  );
  out = out.replace(/^([IVX]{1,4})([.(])/, (_m, _n: string, b: string) => `${roman(part.num ?? 0)}${b}`);
  out = out.replace(/(\(|\.|\s)(\d{1,2})(\)?)$/, (_m, a: string, _n: string, b: string) => `${a}${sec.num}${b}`);
  return out;
}

export function describeParts(c: Corpus, lang: Lang): string {
  return c.parts
    .map((p) =>
      lang === 'zh' ? `${zhNumeral(p.num ?? 0)}、${p.heading?.zh}` : `${roman(p.num ?? 0)}. ${p.heading?.en}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}
