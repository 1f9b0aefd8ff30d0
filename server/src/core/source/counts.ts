// The counts a source states by its structure: its parts, and the tasks, measures and principles under a part or
// section headed so (主要任务, 保障措施, 基本原则), including principles written as paragraphs that open with a name.
import type { Bilingual, CorpusCount, CorpusData, CorpusNode, Lang } from '../corpus';
import { bi } from './problems';

const COUNT_HEADINGS: { id: string; level: 'part' | 'section'; re: RegExp; label: Bilingual }[] = [
  {
    id: 'main-tasks',
    level: 'part',
    re: /^(?:主要任务|重点任务|重大任务|主要任务和重点工程|Main tasks|Key tasks|Major tasks)$/i,
    label: bi('主要任务', 'main tasks'),
  },
  {
    id: 'guarantee-measures',
    level: 'part',
    re: /^(?:保障措施|政策措施|保障支撑|政策保障|支撑保障|Guarantee measures|Safeguard measures|Supporting measures|Policy measures|Safeguards)$/i,
    label: bi('保障措施', 'guarantee measures'),
  },
  {
    id: 'principles',
    level: 'section',
    re: /^(?:基本原则|Basic principles|Principles)$/i,
    label: bi('基本原则', 'basic principles'),
  },
];

/** Parts, and tasks, measures and principles where a part or section is headed so. */
export function countsOf(data: CorpusData, lang: Lang): CorpusCount[] {
  const parts = data.nodes.filter((n) => n.kind === 'part');
  const out: CorpusCount[] = [];
  if (parts.length)
    out.push({ id: 'parts', value: parts.length, of: parts.map((p) => p.id), label: bi('部分', 'parts') });
  for (const h of COUNT_HEADINGS) {
    const hits = data.nodes.filter((n) => n.kind === h.level && h.re.test((n.heading?.[lang] ?? '').trim()));
    if (hits.length !== 1) continue; // none, or ambiguous
    const kids = data.nodes.filter((n) => n.parent === hits[0].id && n.kind !== 'sentence');
    const counted = kids.filter((n) => n.kind === 'section' || n.kind === 'item');
    // Principles written as paragraphs that each open with a short name: 坚持开放共享。…
    const named = kids.filter((n) => n.kind === 'paragraph');
    const list = counted.length ? counted : named.length >= 2 && named.every((n) => leadOf(data, n, lang)) ? named : [];
    if (list.length < 2) continue;
    out.push({ id: h.id, value: list.length, of: list.map((n) => n.id), clause: hits[0].id, label: h.label });
  }
  return out;
}

function leadOf(data: CorpusData, n: CorpusNode, lang: Lang): string | undefined {
  const r = n.range[lang];
  if (!r) return undefined;
  const t = data.texts[lang]!.slice(r[0], r[1]);
  const m = lang === 'zh' ? /^([^。，；：]{2,12})。/.exec(t) : /^([A-Z][^.,;:]{2,60})\.\s/.exec(t);
  return m?.[1];
}
