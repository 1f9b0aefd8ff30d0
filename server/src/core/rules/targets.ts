// target-mismatch: a figure, comparator, scale or year attributed to a document that differs from its targets.
import type { Corpus, Lang } from '../corpus';
import type { RuleFinding, Span } from '../model';
import { contextAt } from '../resolve';
import { execAll } from '../blocks';
import { parseZhNumber, zhPunctuation } from '../text';
import { bi, clauseLabel, fix, related } from '../labels';
import { type Claim, attributed } from './attribution';
import { yearNear } from './years';
import type { CheckContext } from './context';

export const PUE_ZH = /PUE\)?[ \t]{0,2}值?([^\d\n。；;,，]{0,10}?)(\d{1,2}(?:\.\d{1,3})?)(?!\.?\d)(以下|以内|以上)?/dg;

export const PUE_EN = /\bPUE\b\)?([^\d\n.;]{0,40}?)(\d{1,2}(?:\.\d{1,3})?)\b(?!\.\d)/dg;

export const BETTER =
  /优于|低于|小于|不高于|不超过|不大于|控制在|降至|降到|以下|以内|better\s+than|lower\s+than|less\s+than|below|under|at\s+most|no\s+more\s+than|no\s+higher\s+than|not\s+(?:exceed|exceeding|above)|down\s+to|within/i;

export const WORSE =
  /高于|大于|超过|不低于|以上|above|over|higher\s+than|greater\s+than|more\s+than|at\s+least|exceed|in\s+excess/i;

export const GOV_ZH =
  /政府(?:部门)?自建(?:的)?数据中心(?:的)?(?:数量)?[ \t]{0,2}(?:要|应|须|将)?[ \t]{0,2}(减少|降低|下降|压缩|缩减)[ \t]{0,2}(\d{1,3}(?:\.\d{1,2})?)[ \t]{0,2}(%|个百分点)[ \t]{0,2}(以上|左右|以下|以内)?/dg;

export const GOV_EN =
  /\b(?:government(?:-built|-owned| built| owned| own)?\s{1,2}data\s{1,2}cent(?:re|er)s|data\s{1,2}cent(?:re|er)s\s{1,2}(?:constructed|built|run)\s{1,2}by\s{1,2}(?:the\s{1,2})?governments?(?:\s{1,2}(?:itself|themselves))?)([^\d\n.;]{0,60}?)(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(%|percent|per\s+cent)/dgi;

export const FEWER = /less\s+than|at\s+most|up\s+to|no\s+more\s+than|under|below|以下|以内/i;

export const DEMO_ZH =
  /([百千万十]|[一二两三四五六七八九][百千]|\d{1,5})[ \t]{0,2}(余)?[ \t]{0,2}(项|个)[^，。,;；\n]{0,14}?示范(?:工程|项目)/dg;

export const DEMO_EN =
  /\b(a\s{1,2}hundred|one\s{1,2}hundred|hundred|a\s{1,2}thousand|one\s{1,2}thousand|thousand|\d{1,5})\b[^.;\n\d]{0,60}?demonstration\s{1,2}(?:projects?|programmes?|programs?)/dgi;

export const EB_ZH = /(EB|PB|ZB|TB|YB|艾字节|拍字节|泽字节|太字节)[^，。,\n]{0,16}?存储/dg;

export const EB_EN =
  /\b(exabyte|petabyte|zettabyte|terabyte|EB|PB|ZB|TB)\b[- ](?:level|scale|class)[^.;\n]{0,30}?storage/dgi;

export const ADOPT_ZH = /云计算应用(?:基本|全面)?普及/dg;

export const ADOPT_EN =
  /\bcloud\s{1,2}computing\s{1,2}(?:is\s{1,2}to\s{1,2}be\s{1,2})?basically\s{1,2}applied\s{1,2}universally/dgi;

export function targetFor(c: Corpus, metric: string) {
  return c.data.targets.find((t) => t.metric === metric);
}

export function targetFinding(
  c: Corpus,
  metric: string,
  span: Span,
  zhWhat: string,
  enWhat: string,
  newText: string | undefined,
  lang: Lang,
): RuleFinding {
  const t = targetFor(c, metric)!;
  const node = c.nodes.get(t.clause);
  return {
    code: 'target-mismatch',
    span,
    message: bi(
      `${zhWhat}原文为“${zhPunctuation(t.text.zh)}”（${t.year}年目标，${node ? clauseLabel(c, node, 'zh') : ''}）。`,
      `${enWhat} The source says "${t.text.en}" (a ${t.year} target, ${node ? clauseLabel(c, node, 'en') : ''}).`,
    ),
    related: related(c, node, lang, t.range[lang]),
    fixes: newText === undefined ? [] : [fix(`改为“${newText}”`, `Change to "${newText}"`, span, newText)],
  };
}

export function checkTargets(inp: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { f } = inp;
  // A year that claims of different target years share (到2017年，PUE值优于1.5，云计算应用基本普及) cannot be right
  // for all of them: its finding stands, but changing the year only moves the error, so that fix is not safe.
  const yearWants = new Map<number, Set<number>>();
  const yearFindings: RuleFinding[] = [];
  const checkYear = (c: Corpus, metric: string, claim: Claim, from: number, lang: Lang) => {
    const t = targetFor(c, metric);
    if (!t) return;
    const y = yearNear(inp, claim, from);
    if (!y) return;
    const wants = yearWants.get(y.start) ?? new Set<number>();
    yearWants.set(y.start, wants.add(t.year));
    if (y.year === t.year) return;
    const found = targetFinding(
      c,
      metric,
      y,
      `年份不符：该目标是${t.year}年目标。`,
      `Wrong year: this is a ${t.year} target.`,
      String(t.year),
      lang,
    );
    yearFindings.push(found);
    out.push(found);
  };
  /** Runs a claim pattern (compiled with the d flag) over the draft, keeping matches attributed to a corpus with that target. */
  const each = (
    re: RegExp,
    metric: string,
    lang: Lang,
    fn: (m: RegExpExecArray, c: Corpus, t: NonNullable<ReturnType<typeof targetFor>>) => void,
  ) => {
    for (const m of execAll(re, f, inp.blocks)) {
      if (/[\u3400-\u9fff]/.test(m[0]) !== (lang === 'zh')) continue; // each language's pattern reads its own prose
      const at = attributed(inp, m.index);
      const t = at && targetFor(at.c, metric);
      if (!at || !t) continue;
      fn(m, at.c, t);
      checkYear(at.c, metric, { start: m.index, end: m.index + m[0].length }, contextAt(inp.r, m.index)!.end, lang);
    }
  };
  const g = (m: RegExpExecArray, i: number): Span => ({ start: m.indices![i][0], end: m.indices![i][1] });
  for (const [re, lang] of [
    [PUE_ZH, 'zh'],
    [PUE_EN, 'en'],
  ] as const) {
    each(re, 'pue', lang, (m, c, t) => {
      const words = (m[1] ?? '') + (m[3] ?? '');
      const better = BETTER.test(words),
        worse = !better && WORSE.test(words);
      if (Number(m[2]) === t.value && !worse) return;
      if (worse) {
        const w = g(m, 1);
        const lead = m[1].search(/\S/);
        const span = { start: w.start + Math.max(0, lead), end: m[3] ? g(m, 3).end : g(m, 2).end };
        const right = lang === 'zh' ? `优于${t.value}` : `better than ${t.value}`;
        out.push(
          targetFinding(
            c,
            'pue',
            span,
            `比较方向不符：PUE值应优于（低于）${t.value}。`,
            `Wrong direction: PUE is to be better (lower) than ${t.value}.`,
            right,
            lang,
          ),
        );
      } else {
        out.push(
          targetFinding(
            c,
            'pue',
            g(m, 2),
            `PUE数值不符：应为${t.value}。`,
            `Wrong PUE value: it is ${t.value}.`,
            String(t.value),
            lang,
          ),
        );
      }
    });
  }
  for (const [re, lang] of [
    [GOV_ZH, 'zh'],
    [GOV_EN, 'en'],
  ] as const) {
    each(re, 'gov-datacentre-reduction', lang, (m, c, t) => {
      const fewer = lang === 'zh' ? /以下|以内/.test(m[4] ?? '') : FEWER.test(m[1] ?? '');
      if (fewer) {
        const span =
          lang === 'zh' ? g(m, 4) : { start: g(m, 1).start + Math.max(0, m[1].search(/\S/)), end: g(m, 3).end };
        const right = lang === 'zh' ? '以上' : `by more than ${t.value}%`;
        out.push(
          targetFinding(
            c,
            'gov-datacentre-reduction',
            span,
            `比较方向不符：原文为“减少${t.value}%以上”。`,
            `Wrong direction: the source says by more than ${t.value}%.`,
            right,
            lang,
          ),
        );
      } else if (Number(m[2]) !== t.value) {
        out.push(
          targetFinding(
            c,
            'gov-datacentre-reduction',
            g(m, 2),
            `数值不符：政府自建数据中心数量减少${t.value}%以上。`,
            `Wrong figure: government-built data centres are to be reduced by more than ${t.value}%.`,
            String(t.value),
            lang,
          ),
        );
      }
    });
  }
  for (const [re, lang] of [
    [DEMO_ZH, 'zh'],
    [DEMO_EN, 'en'],
  ] as const) {
    each(re, 'demonstration-projects', lang, (m, c, t) => {
      const raw = m[1];
      const value =
        lang === 'zh' ? parseZhNumber(raw) : /hundred/i.test(raw) ? 100 : /thousand/i.test(raw) ? 1000 : Number(raw);
      if (value === t.value) return;
      const right = /\d/.test(raw)
        ? String(t.value)
        : lang === 'zh'
          ? '百'
          : /^[aA] /.test(raw)
            ? 'a hundred'
            : /^[oO]ne /.test(raw)
              ? 'one hundred'
              : 'hundred';
      out.push(
        targetFinding(
          c,
          'demonstration-projects',
          g(m, 1),
          '数量不符：原文为“百项”示范工程。',
          'Wrong number: the source has a hundred demonstration projects.',
          right,
          lang,
        ),
      );
    });
  }
  for (const [re, lang] of [
    [EB_ZH, 'zh'],
    [EB_EN, 'en'],
  ] as const) {
    each(re, 'storage-scale', lang, (m, c) => {
      if (/^(EB|exabyte|艾字节)$/i.test(m[1])) return;
      const right = /^[A-Z]{2}$/i.test(m[1]) ? 'EB' : lang === 'zh' ? '艾字节' : 'exabyte';
      out.push(
        targetFinding(
          c,
          'storage-scale',
          g(m, 1),
          '存储规模不符：原文为艾字节（EB）级。',
          'Wrong scale: the source says exabyte (EB) level.',
          right,
          lang,
        ),
      );
    });
  }
  each(ADOPT_ZH, 'application-adoption', 'zh', () => undefined);
  each(ADOPT_EN, 'application-adoption', 'en', () => undefined);
  for (const x of yearFindings) if (yearWants.get(x.span.start)!.size > 1) for (const fx of x.fixes) fx.safe = false;
  return dedupeFindings(out);
}

export function dedupeFindings(list: RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = `${x.code}:${x.span.start}:${x.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// not the last digit of a decimal: 1.5保障措施 is a PUE figure before a heading, not five measures
