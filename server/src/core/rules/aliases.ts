// alias-undefined: a short name (《意见》, "the Opinions") used before any citation defines it.
import type { DocMention, RuleFinding } from '../model';
import type { Library } from '../resolve';
import { corpusById } from '../resolve';
import { canon, zhCount } from '../text';
import { bi, fix, related } from '../labels';
import type { CheckContext } from './context';

export function checkAliases(ctx: CheckContext): RuleFinding[] {
  const { lib, text } = ctx; // (`r` is read only when no flagged list is given: a whole draft's is made on demand)
  const out: RuleFinding[] = [];
  // The first use of each undefined name is the place to define it; later uses repeat the same problem.
  const seen = new Set<string>();
  // (over the whole draft, the mentions resolution flagged: the others report nothing)
  for (const d of ctx.flagged ?? ctx.r.docs) {
    if (d.ambiguousWith) {
      // once per pair of citations: later uses repeat the same problem
      const key = `${d.ambiguousWith[0].start}:${canon(text.slice(d.span.start, d.span.end))}`;
      if (!seen.has(key)) out.push(ambiguousAlias(lib, d, text));
      seen.add(key);
      continue;
    }
    if (!d.undefinedAlias) continue;
    const c = corpusById(lib, d.docId);
    if (!c) continue;
    const written = text.slice(d.span.start, d.span.end);
    const key = canon(written).replace(/^(?:these|those|this|the|said)+/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const full =
      d.lang === 'zh'
        ? `《${c.data.meta.title.zh}》（${c.data.meta.number.zh}，以下简称${written}）`
        : `the ${c.data.meta.title.en} (${c.data.meta.number.en}, hereinafter "${written.replace(/^the\s+/i, '')}")`;
    out.push({
      code: 'alias-undefined',
      span: d.span,
      message: bi(
        `简称“${written}”前文未定义：首次引用请写全称和文号，如${full}。`,
        `"${written}" is used before any citation defines it: cite the full title and number first, e.g. ${full}.`,
      ),
      related: related(c, c.nodes.get('title'), d.lang),
      // "The Opinions" opening a sentence: the citation that replaces it opens the sentence too
      fixes: [
        fix(
          '写出全称并定义简称',
          'Write the full citation and define the short name',
          d.span,
          /^The\b/.test(written) ? full.replace(/^the/, 'The') : full,
        ),
      ],
    });
  }
  return out;
}

/** A generic name after a sentence citing two documents of its kind, with no definition: which one is meant is not
 *  for the engine to guess. */
function ambiguousAlias(lib: Library, d: DocMention, text: string): RuleFinding {
  const written = text.slice(d.span.start, d.span.end);
  const cands = d.ambiguousWith!.map((s) => text.slice(s.start, s.end));
  const known = (d.ambiguousDocIds ?? []).map((id) => corpusById(lib, id));
  const c = known.find(Boolean);
  const zhList = cands.join('、');
  const enList = cands.join(' and ');
  const alias = d.lang === 'zh' ? written : `hereinafter "${written.replace(/^the\s+/i, '')}"`;
  return {
    code: 'alias-undefined',
    span: d.span,
    message: bi(
      `简称“${written}”指代不明：前文同一句引用了${cands.length === 2 ? '两' : zhCount(cands.length)}份意见（${zhList}），又未用“以下简称”定义。请在所指文件首次引用处加“以下简称${written}”，或写明文号。`,
      `"${written}" is ambiguous: an earlier sentence cites two opinions (${enList}) and no citation defines the short name. Define it where the one meant is cited (${alias}), or give its number.`,
    ),
    related: c ? related(c, c.nodes.get('title'), d.lang) : [],
    fixes: [],
  };
}
