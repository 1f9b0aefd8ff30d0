// The quantified targets a source sets (到2020年，…达到70%), found in its sentence nodes, so the generic target rule
// can check what drafts say of them.
import type { CorpusData, CorpusTarget, Lang, Range2 } from '../corpus';
import { canon } from '../text';
import { bi } from './problems';

const TARGET_ZH =
  /(到|至|截至)?([12]\d{3})年(底前|底|末|前)?|(?:建成|新建|建设|培育|打造|形成|部署|开通|创建|引进)[ \t]{0,2}(?:(\d{1,6}(?:\.\d{1,3})?)[ \t]{0,2}(万个|万座|万家|万户|万条|个|家|项|座|所|条|套)(以上|左右)?(?:的)?((?:\d{1,3}[A-Za-z])?[^，。；：、\n\d]{2,20})|((?:\d{1,3}[A-Za-z])?[^，。；：、\n\d]{2,20}?)[ \t]{0,2}(\d{1,6}(?:\.\d{1,3})?)[ \t]{0,2}(万个|万座|万家|万户|万条|个|家|项|座|所|条|套)(以上|左右)?)|([^，。；：、\n]{2,30}?)(达到|超过|突破|不低于|不少于|低于|优于|提高到|提升到|提高至|降低到|降至|降到|下降到|减少|增长|控制在)[ \t]{0,2}(\d{1,6}(?:\.\d{1,3})?)[ \t]{0,2}(%|个百分点|万亿元|亿元|万元|万户|万人|亿人|万个|万家|个|家|项|倍|万|亿)?(以上|以下|以内|左右)?/g;
const TARGET_EN =
  /\b[Bb]y\s+(?:the\s+end\s+of\s+)?([12]\d{3})\b|((?:the\s+)?[a-z][\w\s()-]{2,80}?)\s+(?:is|are|will|shall|should)?\s*(?:to\s+)?(?:be\s+)?(reach|exceed|surpass|be at least|at least|be more than|more than|be less than|less than|be better than|better than|rise to|increase to|fall to|drop to|be reduced by|be cut by|reduced by|increase by|grow by)\s+(\d{1,6}(?:\.\d{1,3})?)\s*(%|percent|per cent|trillion yuan|billion yuan|million yuan|million|billion|trillion)?/g;
const COMPARATOR: Record<string, string> = {
  达到: 'reach',
  提高到: 'reach',
  提升到: 'reach',
  提高至: 'reach',
  超过: 'more-than',
  突破: 'more-than',
  不低于: 'at-least',
  不少于: 'at-least',
  低于: 'less-than',
  优于: 'better-than',
  降低到: 'fall-to',
  降至: 'fall-to',
  降到: 'fall-to',
  下降到: 'fall-to',
  减少: 'reduce-by',
  增长: 'increase-by',
  控制在: 'at-most',
  reach: 'reach',
  'rise to': 'reach',
  'increase to': 'reach',
  exceed: 'more-than',
  surpass: 'more-than',
  'be more than': 'more-than',
  'more than': 'more-than',
  'be at least': 'at-least',
  'at least': 'at-least',
  'be less than': 'less-than',
  'less than': 'less-than',
  'be better than': 'better-than',
  'better than': 'better-than',
  'fall to': 'fall-to',
  'drop to': 'fall-to',
  'be reduced by': 'reduce-by',
  'be cut by': 'reduce-by',
  'reduced by': 'reduce-by',
  'increase by': 'increase-by',
  'grow by': 'increase-by',
};

/**
 * Quantified targets: a subject, a comparator and a figure in a sentence that (or whose paragraph) names a
 * year: 到2020年，固定宽带家庭普及率达到70% / By 2020, the penetration rate is to reach 70%. Metric ids start
 * with "auto:" and are the subject's comparison form, so the generic target check can find them again.
 */
export function findTargets(data: CorpusData, lang: Lang): CorpusTarget[] {
  const text = data.texts[lang]!;
  const out: CorpusTarget[] = [];
  const seen = new Set<string>();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const s of data.nodes) {
    if (s.kind !== 'sentence' || !s.range[lang]) continue;
    const parent = s.parent ? byId.get(s.parent) : undefined;
    const clause = parent?.kind === 'paragraph' ? (parent.parent ?? parent.id) : (parent?.id ?? s.id);
    const [a, b] = s.range[lang]!;
    const sentence = text.slice(a, b);
    // the paragraph's year when the sentence has none: 到2020年，…。…。
    const scope = parent?.range[lang] ? text.slice(parent.range[lang]![0], a) : '';
    const scopeYear =
      lang === 'zh'
        ? /(?:到|至)([12]\d{3})年/.exec(scope)?.[1]
        : /\b[Bb]y\s+(?:the\s+end\s+of\s+)?([12]\d{3})\b/.exec(scope)?.[1];
    let year = scopeYear ? Number(scopeYear) : undefined;
    const re = lang === 'zh' ? TARGET_ZH : TARGET_EN;
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence));) {
      const yearText = lang === 'zh' ? m[2] : m[1];
      // 建成10万个5G基站 / 建成5G基站10万个: what is built, and how many (the count is reached)
      const built = lang === 'zh' && (m[4] !== undefined || m[8] !== undefined);
      if (yearText) {
        if (lang === 'en' || m[1] || m[3]) year = Number(yearText);
        continue;
      }
      const [subjRaw, verb, value, unit, tail] = built
        ? m[4] !== undefined
          ? [m[7], '达到', m[4], m[5], m[6] ?? '']
          : [m[8], '达到', m[9], m[10], m[11] ?? '']
        : lang === 'zh'
          ? [m[12], m[13], m[14], m[15] ?? '', m[16] ?? '']
          : [m[2], m[3], m[4], m[5] ?? '', ''];
      const subject = subjRaw
        .replace(/^(?:力争|确保|实现|使|推动|全国|其中|(?:and|while|with|whereas)\s+)/i, '')
        .replace(/^the\s+/i, '')
        .replace(/\s*(?:要|将|应|力争|基本|稳步|is|are|to|will|should)$/i, '')
        .trim();
      if (!year || canon(subject).length < 2 || /^\d+(?![\dA-Za-z])/.test(subject)) continue; // 5G基站, not 2020年
      const metric = `auto:${canon(subject)}`;
      if (seen.has(metric)) continue;
      seen.add(metric);
      // from the subject, or from the count when it comes first (建成10万个5G基站)
      const start = a + m.index + (built && m[4] !== undefined ? m[0].indexOf(value) : m[0].indexOf(subject));
      const end = a + m.index + m[0].length;
      const comparator =
        (tail === '以上'
          ? 'at-least'
          : tail === '以下' || tail === '以内'
            ? 'at-most'
            : COMPARATOR[verb.toLowerCase()]) ?? 'reach';
      out.push({
        id: `auto-${out.length + 1}`,
        clause,
        year,
        subject: bi(subject, subject),
        metric,
        comparator,
        value: Number(value),
        unit: unit + tail,
        text: bi(text.slice(start, end), text.slice(start, end)),
        range: { [lang]: [start, end] } as Record<Lang, Range2>,
      });
    }
  }
  return out;
}
