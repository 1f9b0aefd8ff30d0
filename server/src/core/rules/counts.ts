// count-mismatch: a wrong count of a document's parts, principles, tasks, measures or objective areas.
import type { RuleFinding } from '../model';
import { execAll } from '../blocks';
import type { CorpusCount, Lang } from '../corpus';
import { enNumber, parseEnNumber, parseZhNumber, zhCount, zhNumeral } from '../text';
import { bi, fix, related } from '../labels';
import { attributed } from '../attribution';
import type { CheckContext } from './context';

export const COUNT_ZH =
  /(?<![第一二三四五六七八九十\d.])([一二两三四五六七八九十]|\d{1,2})[ \t]{0,2}(个|项|条|大|点)?[ \t]{0,2}(?:方面的)?(基本原则|主要任务|重点任务|保障措施|部分|方面(?:的)?(?:发展)?目标)/g;

export const COUNT_EN =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,2}(basic\s{1,2}principles|principles|main\s{1,2}tasks|key\s{1,2}tasks|major\s{1,2}tasks|tasks|guarantee\s{1,2}measures|safeguard\s{1,2}measures|safeguards|supporting\s{1,2}measures|measures|parts|objective\s{1,2}areas|areas\s{1,2}of\s{1,2}objectives)\b/gi;

export function countId(noun: string): string {
  const n = noun.toLowerCase();
  if (/原则|principle/.test(n)) return 'principles';
  if (/任务|task/.test(n)) return 'main-tasks';
  if (/措施|measure|safeguard/.test(n)) return 'guarantee-measures';
  if (/部分|part/.test(n)) return 'parts';
  return 'objective-areas';
}

/** How a count of a group reads: 四项基本原则, 三个部分, 发展目标的五个方面 / four basic principles. */
export function countPhrase(k: CorpusCount, lang: Lang, n = k.value): string {
  if (lang === 'en') return `${enNumber(n)} ${k.label.en}`;
  if (k.id === 'parts') return `${zhCount(n)}个${k.label.zh}`;
  const areas = /^(.*)的方面$/.exec(k.label.zh);
  return areas ? `${areas[1]}的${zhCount(n)}个方面` : `${zhCount(n)}项${k.label.zh}`;
}

export function checkCounts(inp: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const [re, lang] of [
    [COUNT_ZH, 'zh'],
    [COUNT_EN, 'en'],
  ] as const) {
    for (const m of execAll(re, inp.f, inp.blocks)) {
      const raw = m[1];
      if (lang === 'zh' && m[3] === '部分' && (raw === '一' || (!m[2] && !/^[三四五六七八九十\d]$/.test(raw))))
        continue; // 一部分 means "some"
      const at = attributed(inp.look, m.index, true);
      if (!at) continue;
      const id = countId(lang === 'zh' ? m[3] : m[2]);
      const count = at.c.countsById.get(id);
      if (!count) continue;
      if (
        at.nodeId &&
        count.clause &&
        at.nodeId !== count.clause &&
        at.c.nodes.get(at.nodeId)?.kind === 'part' &&
        count.id !== 'parts'
      )
        continue;
      const value = lang === 'zh' ? parseZhNumber(raw) : parseEnNumber(raw);
      if (value === count.value) continue;
      const right =
        lang === 'zh'
          ? /\d/.test(raw)
            ? String(count.value)
            : zhNumeral(count.value)
          : /\d/.test(raw)
            ? String(count.value)
            : /^[A-Z]/.test(raw)
              ? enNumber(count.value)[0].toUpperCase() + enNumber(count.value).slice(1)
              : enNumber(count.value);
      const span = { start: m.index, end: m.index + raw.length };
      const node = count.clause ? at.c.nodes.get(count.clause) : undefined;
      out.push({
        code: 'count-mismatch',
        span,
        message: bi(
          `数量不符：${at.c.data.meta.number.zh}${count.id === 'parts' ? '共' : '提出'}${zhNumeral(count.value)}${count.id === 'parts' ? '个部分' : `项${count.label.zh}`}。`,
          `Wrong count: ${at.c.data.meta.number.en} has ${enNumber(count.value)} ${count.label.en}.`,
        ),
        related: related(at.c, node, lang),
        fixes: [fix(`改为“${right}”`, `Change to "${right}"`, span, right)],
      });
    }
  }
  return out;
}
