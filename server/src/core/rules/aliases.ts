// alias-undefined: a short name (《意见》, "the Opinions") used before any citation defines it.
import type { RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { canon } from '../text';
import { bi, fix, related } from '../labels';
import type { CheckContext } from './context';

export function checkAliases({ r, lib, text }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  // The first use of each undefined name is the place to define it; later uses repeat the same problem.
  const seen = new Set<string>();
  for (const d of r.docs) {
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
