// The response matrix (对照表) as CSV, one row per clause, that a reviewer opens in a spreadsheet: written by
// `policy-cite coverage --format csv` and downloaded from the web page, byte for byte the same.
import type { Lang } from '../core/corpus';
import { coverageLabel } from '../core/coverage';
import { Merged, coverageStatus, where } from './coverage-files';

/** One field, quoted; a leading = + - @ gets an apostrophe so a spreadsheet shows it rather than evaluating it. */
function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const STATUS: Record<ReturnType<typeof coverageStatus>, [string, string]> = {
  cited: ['已覆盖', 'covered'],
  miscited: ['仅有误引', 'mis-cited only'],
  restated: ['仅有转述', 'restated only'],
  missing: ['未覆盖', 'not covered'],
};

export function coverageCsv(merged: Merged[], lang: Lang): string {
  const head = [
    '编号 ID',
    '层级 Level',
    '原文条目 Clause',
    '状态 Status',
    '引用次数 Citations',
    '引用位置 Where cited',
    '草稿对应内容 Draft text',
    '误引 Mis-citations',
  ];
  const kinds: Record<string, [string, string]> = {
    part: ['部分', 'part'],
    section: ['条目', 'section'],
    principle: ['基本原则', 'principle'],
    objective: ['发展目标', 'objective'],
    target: ['量化目标', 'target'],
  };
  const rows = [head];
  for (const m of merged) {
    const indent = '  '.repeat(m.node.depth);
    rows.push([
      m.node.id,
      kinds[m.node.kind][lang === 'zh' ? 0 : 1],
      indent + coverageLabel(m.node, lang),
      STATUS[coverageStatus(m)][lang === 'zh' ? 0 : 1],
      String(m.citations.length),
      m.citations.map(where).join('; '),
      [...new Set(m.citations.map((h) => clip(h.lineText, 160)))].join(' | '),
      m.misCitations.map((h) => `${where(h)} ${h.code}: ${h.message?.[lang] ?? ''}`).join(' | '),
    ]);
  }
  // RFC 4180 line ends and a BOM: Excel then reads UTF-8 and every field stays in its cell.
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A draft's line for a cell: Markdown marks at its start dropped, cut to `max` characters. */
export function clip(s: string, max: number): string {
  const t = s.replace(/^[#>*\-+\s]+/, '');
  return t.length <= max ? t : t.slice(0, max - 1) + '…';
}
