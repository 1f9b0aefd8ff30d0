// Editor features over an analysis, still pure: what is at an offset, its hover text, where its source is.
// Offsets only; the protocol layer turns them into positions.
import { Corpus, CorpusNode, Lang, type SourceRange, ancestry, nodeBody, nodeText } from './corpus';
import { clauseLabel } from './labels';
import type { Analysis } from './analyze';
import type { Citation } from './model';
import type { Echo, EchoOp } from './echoes';
import { Library, corpusById } from './resolve';
import { zhPunctuation } from './text';

export type HoverLanguage = 'zh' | 'en' | 'both';

/** The innermost citation covering the offset (a clause inside a sentence wins over the document). */
export function citationAt(a: Analysis, offset: number): Citation | undefined {
  const list = a.citations;
  // by bisection: the citations starting at or before the offset, then back only as far as one can still cover it
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const reach = reachOf(list);
  let first = lo;
  while (first > 0 && reach[first - 1] >= offset) first--;
  let best: Citation | undefined;
  for (let i = first; i < lo; i++) {
    const c = list[i];
    if (offset > c.span.end) continue;
    if (offset === c.span.end && c.span.end !== c.span.start && best) continue;
    if (!best || c.span.end - c.span.start <= best.span.end - best.span.start) best = c;
  }
  return best;
}

/** For each citation (sorted by start), the furthest end of it and those before it: built once per analysis. */
function reachOf(list: Citation[]): Int32Array {
  let r = reaches.get(list);
  if (!r) {
    r = new Int32Array(list.length);
    for (let i = 0, m = -1; i < list.length; i++) r[i] = m = Math.max(m, list[i].span.end);
    reaches.set(list, r);
  }
  return r;
}
const reaches = new WeakMap<Citation[], Int32Array>();

/** Where a citation points in the source: corpus, node, language and an optional narrower range. */
export interface Target {
  corpus: Corpus;
  node: CorpusNode;
  lang: Lang;
  range: SourceRange;
}

export function targetOf(lib: Library, c: Citation): Target | undefined {
  const corpus = corpusById(lib, c.docId);
  if (!corpus) return undefined;
  const lang: Lang = corpus.data.texts[c.lang] ? c.lang : c.lang === 'zh' ? 'en' : 'zh';
  let node: CorpusNode | undefined;
  let range: SourceRange | undefined;
  if (c.kind === 'doc') node = corpus.nodes.get('title');
  else if (c.kind === 'clause') node = corpus.nodes.get(c.nodeId ?? c.nearestNodeId ?? '');
  else if (c.kind === 'echo') {
    node = corpus.nodes.get(c.nodeId);
    if (c.source.lang === lang) range = c.source.range;
  } else {
    if (c.found && c.found.lang === lang) range = c.found.range;
    node = corpus.nodes.get(c.headingOf ?? c.clauseNodeId ?? '') ?? corpus.nodes.get('title');
  }
  if (!node) return undefined;
  range ??= node.range[lang] ?? undefined;
  if (!range) return undefined;
  return { corpus, node, lang, range };
}

/**
 * A part's line in a hover: named, with the number of its sections (they have hovers of their own). An English
 * heading reads in running text after the dash: Part I's heading is its sections' names, not a list of them.
 */
function partLine(corpus: Corpus, node: CorpusNode, lang: Lang, first: boolean): string {
  const kids = (corpus.children.get(node.id) ?? []).filter((k) => k.kind === 'section').length;
  const heading = node.heading?.[lang] ?? '';
  const named = lang === 'en' ? heading.replace(/^./, (x) => x.toLowerCase()) : heading;
  const head =
    lang === 'zh' && first
      ? `**${clauseLabel(corpus, node, lang)}**`
      : `${first ? `**${node.label[lang]}**` : node.label[lang]} — ${named}`;
  return head + (lang === 'zh' ? `（共${kids}项）` : ` (${kids} sections)`);
}

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max).replace(/[\s,，、]+$/, '') + '…';
}

/** Markdown for a hover. `links` maps a language to the URI of the shipped source text. */
export function hoverMarkdown(
  lib: Library,
  c: Citation,
  opts: { hoverLanguage: HoverLanguage; uiLang: Lang; links?: Partial<Record<Lang, (line: number) => string>> },
): string | undefined {
  const corpus = corpusById(lib, c.docId);
  if (!corpus) {
    if (c.kind !== 'doc') return undefined;
    return opts.uiLang === 'zh'
      ? `**Policy Cite**：该文件不在已知来源之中。把它的全文（纯文本或 Markdown）放进工作区的 \`.policy-cite/sources/\` 目录，或在设置 \`policyCite.sources\` 中加入其路径，即可悬停查看、跳转和核对。`
      : `**Policy Cite**: this document is not among the known sources. Put its full text (plain text or Markdown) in the workspace folder \`.policy-cite/sources/\`, or add its path to the \`policyCite.sources\` setting, to get hovers, jumps and checks.`;
  }
  const langs: Lang[] =
    opts.hoverLanguage === 'both' ? (c.lang === 'en' ? ['en', 'zh'] : ['zh', 'en']) : [opts.hoverLanguage];
  const meta = corpus.data.meta;
  const out: string[] = [];
  const link = (lang: Lang, node: CorpusNode) => {
    const f = opts.links?.[lang];
    const r = node.range[lang];
    if (!f || !r) return '';
    const line = lineOf(corpus.data.texts[lang]!, r[0]);
    return `[${lang === 'zh' ? '打开中文原文' : 'Open the English text'}](${f(line)})`;
  };
  if (c.kind === 'doc') {
    // A user source has one language: its title once, in that language.
    if (corpus.data.texts.zh !== undefined || corpus.data.texts.en === undefined)
      out.push(`**《${meta.title.zh}》**（${meta.number.zh}）`);
    if (corpus.data.texts.en !== undefined)
      out.push(
        `${corpus.data.texts.zh === undefined ? '**' : '*'}${meta.title.en}${corpus.data.texts.zh === undefined ? '**' : '*'} (${meta.number.en})`,
      );
    out.push(
      `${meta.issuer.zh} · ${meta.date.zh} · ${meta.issuer.en}, ${meta.date.en}${meta.published ? ` · ${opts.uiLang === 'zh' ? `${meta.published.zh}公开发布` : `made public ${meta.published.en}`}` : ''}`,
    );
    const outline = corpus.parts.map((p) => `${p.label.zh} ${p.heading?.zh ?? ''} · ${p.label.en}`).join('  \n');
    out.push(outline);
    if (c.undefinedAlias)
      out.push(
        opts.uiLang === 'zh'
          ? '*（简称未在前文定义，按默认文件解析）*'
          : '*(short name not defined earlier; taken as the default document)*',
      );
    const title = corpus.nodes.get('title');
    if (title) out.push([link('zh', title), link('en', title)].filter(Boolean).join(' · '));
    return out.join('\n\n');
  }
  if (c.kind === 'echo') return echoHover(corpus, c, opts, link);
  const target = targetOf(lib, c);
  if (!target) return undefined;
  const node = target.node;
  for (const lang of langs) {
    if (!corpus.data.texts[lang]) continue;
    const label = clauseLabel(corpus, node, lang);
    if (node.kind === 'part') {
      out.push(partLine(corpus, node, lang, lang === langs[0]));
      continue;
    }
    out.push(`**${label}**`);
    let body: string;
    if (c.kind === 'quote' && c.found && c.found.lang === lang)
      body = corpus.data.texts[lang]!.slice(c.found.range[0], c.found.range[1]);
    else body = nodeBody(corpus, node, lang);
    out.push('> ' + clip(lang === 'zh' ? zhPunctuation(body) : body, lang === 'zh' ? 180 : 420));
  }
  if (c.kind === 'clause' && !c.nodeId)
    out.unshift(
      opts.uiLang === 'zh'
        ? '⚠ 原文中没有此项，以下是最接近的部分。'
        : '⚠ The source has no such clause; this is the nearest part.',
    );
  out.push(
    `${meta.number.zh} · ${meta.number.en}  ` + [link('zh', node), link('en', node)].filter(Boolean).join(' · '),
  );
  return out.join('\n\n');
}

/**
 * The hover of a restated passage: which clause it restates, the source's words with what the draft changed marked
 * (~~the source's~~ **the draft's**, and omissions struck through), and the clause in the other language.
 */
function echoHover(
  corpus: Corpus,
  e: Echo,
  opts: { hoverLanguage: HoverLanguage; uiLang: Lang },
  link: (lang: Lang, node: CorpusNode) => string,
): string | undefined {
  const node = corpus.nodes.get(e.nodeId);
  const src = corpus.data.texts[e.lang];
  if (!node || src === undefined) return undefined;
  const zh = opts.uiLang === 'zh';
  const changed = e.ops.filter((o) => o.op === 'changed').length;
  const out: string[] = [];
  out.push(
    `**${zh ? '转述' : 'Restates'}** ${clauseLabel(corpus, node, e.lang)}` +
      (changed
        ? zh
          ? `（${changed}处措辞与原文不同）`
          : ` (${changed} change${changed > 1 ? 's' : ''} of wording)`
        : ''),
  );
  const piece = (r: SourceRange) => {
    const t = src.slice(r[0], r[1]);
    return e.lang === 'zh' ? zhPunctuation(t) : t;
  };
  const draftOf = (o: EchoOp) => o.text ?? '';
  let md = '';
  for (let k = 0; k < e.ops.length; k++) {
    const o = e.ops[k];
    // the source's own text between ops (punctuation the comparison form drops) stays as it is
    const next = e.ops[k + 1];
    const tail = next ? piece([o.source[1], next.source[0]]) : '';
    if (o.op === 'same') md += piece(o.source);
    else if (o.op === 'changed') md += `~~${piece(o.source)}~~ **${draftOf(o)}**`;
    else if (o.op === 'omitted') md += `~~${piece(o.source)}~~`;
    else md += `**${draftOf(o)}**`;
    md += tail;
  }
  out.push('> ' + clip(md, 600));
  if (opts.hoverLanguage === 'both') {
    const other: Lang = e.lang === 'zh' ? 'en' : 'zh';
    if (corpus.data.texts[other] && node.range[other]) {
      out.push(`**${clauseLabel(corpus, node, other)}**`);
      const body = nodeBody(corpus, node, other);
      out.push('> ' + clip(other === 'zh' ? zhPunctuation(body) : body, other === 'zh' ? 180 : 420));
    }
  }
  const meta = corpus.data.meta;
  out.push(
    `${meta.number.zh} · ${meta.number.en}  ` + [link('zh', node), link('en', node)].filter(Boolean).join(' · '),
  );
  return out.join('\n\n');
}

export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Outline of a shipped source text: parts, sections, principles and objectives with their ranges. */
export function sourceOutline(
  corpus: Corpus,
  lang: Lang,
): { node: CorpusNode; name: string; range: SourceRange; selection: SourceRange; children: string[] }[] {
  const out: ReturnType<typeof sourceOutline> = [];
  for (const n of corpus.nodes.values()) {
    if (!['part', 'section', 'principle', 'objective', 'preamble', 'closing', 'title'].includes(n.kind)) continue;
    const r = n.range[lang];
    if (!r) continue;
    const name =
      n.kind === 'part' || n.kind === 'section'
        ? `${n.label[lang]}${lang === 'en' && n.kind === 'section' ? ' ' : n.kind === 'part' ? ' ' : ''}${n.heading?.[lang] ?? ''}`
        : (n.heading?.[lang] ?? n.label[lang]);
    out.push({
      node: n,
      name,
      range: r,
      selection: n.headingRange?.[lang] ?? r,
      children: (corpus.children.get(n.id) ?? []).map((k) => k.id),
    });
  }
  return out;
}

export { ancestry, nodeText };
