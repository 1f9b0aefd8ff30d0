// target-mismatch for user sources: the targets parseSource found (metric "auto:…": a subject, a comparator, a
// figure and a year) checked wherever a draft states the same subject with a figure and attributes it to that
// source. The Opinion's own targets keep their dedicated patterns in checks.ts. Pure; never throws.
import { clauseLabel } from './labels';
import { ATTRIBUTION_REACH } from './rules/attribution';
import type { CheckContext as CheckInput } from './rules/context';
import type { Corpus, CorpusTarget, Lang } from './corpus';
import type { RuleFinding } from './model';
import { contextAt, corpusById } from './resolve';
import { sentenceOf } from './scan';
import { zhPunctuation } from './text';

/** The draft's own figures (本市, our city …) are not the source's. */
const OWN =
  /我们|我委|我局|我厅|本委|本局|本厅|全市|本市|我市|全省|本省|我省|全区|本区|我区|全县|本县|我县|本地区|本部门|本方案|本计划|本规划|结合|参照|借鉴|\bour\s{1,2}(?:city|province|region|county|plan)|\b(?:this|the)\s{1,2}(?:city|province|municipality|county|plan|programme)\b/i;
const FIGURE =
  /^[^\d\n。；;!?！？]{0,14}?(\d{1,6}(?:\.\d{1,3})?)[ \t]{0,2}(%|个百分点|万亿元|亿元|万元|万户|万人|亿人|万个|万家|个|家|项|倍|万|亿|percent|per\s+cent|trillion\s+yuan|billion\s+yuan|million\s+yuan|million|billion|trillion)?[ \t]{0,2}(以上|以下|以内|左右)?/;
const YEAR_ZH = /(?:到|至|截至)[ \t]{0,1}(20\d\d)[ \t]{0,1}年|(20\d\d)[ \t]{0,1}年(?:底前|底|末|前)/g;
const YEAR_EN = /\bby\s{1,2}(?:the\s{1,2}end\s{1,2}of\s{1,2})?(20\d\d)\b/gi;

const bi = (zh: string, en: string) => ({ zh, en });
const unitBase = (u: string) =>
  u
    .replace(/以上|以下|以内|左右/g, '')
    .replace(/^percent$|^per\s+cent$/i, '%')
    .toLowerCase();

function occurrences(f: string, subject: string, lang: Lang): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (lang === 'zh') {
    for (let at = f.indexOf(subject); at >= 0 && out.length < 200; at = f.indexOf(subject, at + subject.length))
      out.push({ start: at, end: at + subject.length });
    return out;
  }
  const words = subject
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return out;
  const re = new RegExp(`\\b${words.join('\\s{1,3}')}\\b`, 'gi');
  for (let m; (m = re.exec(f)) && out.length < 200;) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function checkSourceTargets(inp: CheckInput): RuleFinding[] {
  const out: RuleFinding[] = [];
  try {
    for (const c of inp.lib.corpora) {
      for (const t of c.data.targets) if (t.metric.startsWith('auto:')) checkTarget(inp, c, t, out);
    }
  } catch {
    return out; // a bug here must not take the other findings down
  }
  return out;
}

function checkTarget(inp: CheckInput, c: Corpus, t: CorpusTarget, out: RuleFinding[]): void {
  const lang: Lang = t.range.zh ? 'zh' : 'en';
  const subject = t.subject[lang];
  if (!subject || typeof t.value !== 'number') return;
  const { f, r } = inp;
  const starts = r.scan.sentences.starts;
  const node = c.nodes.get(t.clause);
  const where = (l: Lang) => `${t.year}年目标，${node ? clauseLabel(c, node, l) : ''}`;
  const whereEn = () => `a ${t.year} target, ${node ? clauseLabel(c, node, 'en') : ''}`;
  const related = [
    {
      docId: c.id,
      nodeId: t.clause,
      lang,
      range: t.range[lang],
      message: bi(`原文：${zhPunctuation(t.text.zh)}`, `Source: ${t.text.en}`),
    },
  ];
  for (const occ of occurrences(f, subject, lang)) {
    const ctx = contextAt(r, occ.start);
    if (!ctx || ctx.docId !== c.id || !corpusById(inp.lib, ctx.docId) || occ.start - ctx.end > ATTRIBUTION_REACH)
      continue;
    if (OWN.test(f.slice(ctx.end, occ.start))) continue;
    const m = FIGURE.exec(f.slice(occ.end, occ.end + 60));
    if (!m) continue;
    const numAt = occ.end + m[0].indexOf(m[1]);
    const value = Number(m[1]);
    const unit = m[2] ?? '';
    const sameUnit = !unit || !t.unit || unitBase(unit) === unitBase(t.unit);
    if (!sameUnit) continue; // another measure of the same subject: not this target
    if (value !== t.value) {
      const span = { start: numAt, end: numAt + m[1].length };
      out.push({
        code: 'target-mismatch',
        span,
        message: bi(
          `数值不符：原文为“${zhPunctuation(t.text.zh)}”（${where('zh')}）。`,
          `Wrong figure: the source says "${t.text.en}" (${whereEn()}).`,
        ),
        related,
        fixes: [
          {
            title: bi(`改为“${t.value}”`, `Change to "${t.value}"`),
            edits: [{ span, newText: String(t.value) }],
            safe: true,
          },
        ],
      });
      continue;
    }
    // 以上 where the source says 以下 (or the reverse)
    const tail = m[3];
    const srcTail = /以上/.test(t.unit) ? '以上' : /以下|以内/.test(t.unit) ? '以下' : '';
    if (tail && srcTail && (tail === '以上') !== (srcTail === '以上')) {
      const at = occ.end + m[0].lastIndexOf(tail);
      const span = { start: at, end: at + tail.length };
      out.push({
        code: 'target-mismatch',
        span,
        message: bi(
          `比较方向不符：原文为“${zhPunctuation(t.text.zh)}”（${where('zh')}）。`,
          `Wrong direction: the source says "${t.text.en}" (${whereEn()}).`,
        ),
        related,
        fixes: [
          { title: bi(`改为“${srcTail}”`, `Change to "${srcTail}"`), edits: [{ span, newText: srcTail }], safe: true },
        ],
      });
      continue;
    }
    // The deadline stated in the same sentence, before the subject.
    // (from the citation on: the sentence may be a whole paragraph with no full stop)
    const s = sentenceOf(r.scan.sentences, occ.start);
    const from = Math.max(starts[s], ctx.end);
    let year: { start: number; end: number; year: number } | undefined;
    for (const re of [YEAR_ZH, YEAR_EN]) {
      re.lastIndex = from;
      for (let y; (y = re.exec(f)) && y.index < occ.start;) {
        const digits = y[1] ?? y[2];
        const ys = y.index + y[0].indexOf(digits);
        year = { start: ys, end: ys + 4, year: Number(digits) };
      }
    }
    if (year && year.year !== t.year) {
      const span = { start: year.start, end: year.end };
      out.push({
        code: 'target-mismatch',
        span,
        message: bi(
          `年份不符：该目标是${t.year}年目标（原文“${zhPunctuation(t.text.zh)}”）。`,
          `Wrong year: this is a ${t.year} target (the source says "${t.text.en}").`,
        ),
        related,
        fixes: [
          {
            title: bi(`改为“${t.year}”`, `Change to "${t.year}"`),
            edits: [{ span, newText: String(t.year) }],
            safe: true,
          },
        ],
      });
    }
  }
}
