// `policy-cite coverage FILE…`: which parts, sections, principles, objectives and targets of the Opinion the drafts
// cite, mis-cite or leave out. A table for people, JSON for tools, CSV for the response matrix (对照表) a reviewer
// opens in a spreadsheet. The drafts are read together: a plan split over several files answers the Opinion once.
// Each file's citations are placed where it is read (pipeline.ts, maybe on a worker); here they are merged and written.
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/corpus';
import { Coverage, CoverageHit, CoverageNode, coverage, coverageLabel } from '../core/coverage';
import type { Library } from '../core/resolve';
import { csv, fit } from './table';
import { Locator } from './locate';

/** A citation placed in a file: 1-based line (a .docx: paragraph) and column in characters, as check counts them. */
export interface PlacedHit {
  file: string;
  line: number;
  column: number;
  via: CoverageHit['via'];
  nodeId: string;
  code?: string;
  message?: { zh: string; en: string };
  /** The draft's line, for the response matrix. */
  lineText: string;
}

export interface Merged {
  node: CoverageNode;
  citations: PlacedHit[];
  misCitations: PlacedHit[];
}

/** One draft's coverage, each citation placed in its file; undefined when the library has no document `docId`. */
export interface FileCoverage {
  cov: Coverage;
  hits: { citations: PlacedHit[]; misCitations: PlacedHit[] }[];
}

export function coverageOfDraft(
  file: string,
  analysis: Analysis,
  lib: Library,
  docId?: string,
): FileCoverage | undefined {
  const cov = coverage(analysis, lib, docId);
  if (!cov) return undefined;
  const loc = new Locator(analysis.text);
  const place = (h: CoverageHit): PlacedHit => {
    const at = loc.position(h.span.start);
    return {
      file,
      line: at.line,
      column: at.column,
      via: h.via,
      nodeId: h.nodeId,
      code: h.problem?.code,
      message: h.problem?.message,
      lineText: loc.lineText(at.line - 1).trim(),
    };
  };
  return {
    // the outline once per file; the hits travel placed, so nothing of the draft's offsets leaves this function
    cov: { ...cov, nodes: cov.nodes.map((n) => ({ ...n, citations: [], misCitations: [] })) },
    hits: cov.nodes.map((n) => ({ citations: n.citations.map(place), misCitations: n.misCitations.map(place) })),
  };
}

/** Several drafts' coverage as one: the same outline, every file's citations under each node. */
export function mergeCoverage(files: FileCoverage[]): { cov: Coverage; merged: Merged[] } {
  const first = files[0].cov;
  const merged: Merged[] = first.nodes.map((node, i) => ({
    node,
    citations: files.flatMap((f) => f.hits[i].citations),
    misCitations: files.flatMap((f) => f.hits[i].misCitations),
  }));
  // the groups again, over all the files
  const covered = new Set(merged.filter((m) => m.citations.length).map((m) => m.node.id));
  const groups = first.groups.map((g) => ({
    ...g,
    covered: g.members.filter((id) => covered.has(id)).length,
    missing: g.members.filter((id) => !covered.has(id)),
  }));
  return { cov: { ...first, groups }, merged };
}

function status(m: Merged, lang: Lang): string {
  if (m.citations.length) return lang === 'zh' ? '已覆盖' : 'covered';
  if (m.misCitations.length) return lang === 'zh' ? '仅有误引' : 'mis-cited only';
  return lang === 'zh' ? '未覆盖' : 'not covered';
}

const where = (h: PlacedHit) => `${h.file}:${h.line}:${h.column}`;

// ---- JSON -------------------------------------------------------------------------------------------------
export function coverageJson(cov: Coverage, merged: Merged[], files: string[], lang: Lang): unknown {
  const strip = (h: PlacedHit) => ({ file: h.file, line: h.line, column: h.column, via: h.via, nodeId: h.nodeId });
  return {
    document: {
      id: cov.docId,
      number: cov.number[lang],
      title: cov.title[lang],
      numbers: cov.number,
      titles: cov.title,
    },
    files,
    lang,
    groups: cov.groups.map((g) => ({
      id: g.id,
      label: g.label[lang],
      covered: g.covered,
      total: g.total,
      missing: g.missing,
    })),
    clauses: merged.map((m) => ({
      id: m.node.id,
      kind: m.node.kind,
      parent: m.node.parent ?? null,
      heading: coverageLabel(m.node, lang),
      headings: { zh: coverageLabel(m.node, 'zh'), en: coverageLabel(m.node, 'en') },
      covered: m.citations.length > 0,
      citations: m.citations.map(strip),
      misCitations: m.misCitations.map((h) => ({ ...strip(h), code: h.code, message: h.message?.[lang] })),
    })),
  };
}

// ---- CSV --------------------------------------------------------------------------------------------------
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
      status(m, lang),
      String(m.citations.length),
      m.citations.map(where).join('; '),
      [...new Set(m.citations.map((h) => clip(h.lineText, 160)))].join(' | '),
      m.misCitations.map((h) => `${where(h)} ${h.code}: ${h.message?.[lang] ?? ''}`).join(' | '),
    ]);
  }
  return csv(rows);
}

function clip(s: string, max: number): string {
  const t = s.replace(/^[#>*\-+\s]+/, '');
  return t.length <= max ? t : t.slice(0, max - 1) + '…';
}

// ---- table ------------------------------------------------------------------------------------------------
export function coverageTable(cov: Coverage, merged: Merged[], files: string[], lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(
    zh
      ? `${cov.number.zh}《${cov.title.zh}》的覆盖情况：${files.join('、')}`
      : `Coverage of ${cov.number.en} (${cov.title.en}) by ${files.join(', ')}`,
  );
  lines.push('');
  const idW = 30,
    clauseW = 60;
  lines.push(
    `   ${fit(zh ? '编号' : 'ID', idW)}${fit(zh ? '条目' : 'Clause', clauseW)}${zh ? '引用' : 'Cited'}  ${zh ? '位置' : 'Where'}`,
  );
  for (const m of merged) {
    const mark = m.citations.length ? '✓' : m.misCitations.length ? '!' : '✗';
    const at = m.citations.slice(0, 2).map(where).join(', ') + (m.citations.length > 2 ? ', …' : '');
    const mis = m.misCitations.length
      ? `${at ? '; ' : ''}${zh ? '误引' : 'mis-cited'} ${m.misCitations.slice(0, 2).map(where).join(', ')}${m.misCitations.length > 2 ? ', …' : ''}`
      : '';
    lines.push(
      `${mark}  ${fit('  '.repeat(m.node.depth) + m.node.id, idW)}${fit('  '.repeat(m.node.depth) + coverageLabel(m.node, lang), clauseW)}${String(m.citations.length).padStart(zh ? 4 : 5)}  ${at}${mis}`,
    );
  }
  lines.push('');
  for (const g of cov.groups) {
    const missing = g.missing.length
      ? zh
        ? `（未覆盖：${g.missing.join('、')}）`
        : ` (not covered: ${g.missing.join(', ')})`
      : '';
    lines.push(`${g.label[lang]}${zh ? '' : ':'} ${g.covered}/${g.total}${missing}`);
  }
  return lines.join('\n') + '\n';
}

// ---- formats ----------------------------------------------------------------------------------------------
export interface CoverageReport {
  cov: Coverage;
  merged: Merged[];
  files: string[];
  lang: Lang;
}

/** One writer per --format; a new format (html) is one more entry here and its name in FORMATS (options.ts). */
export const COVERAGE_WRITERS: Record<'table' | 'json' | 'csv', (r: CoverageReport) => string> = {
  table: (r) => coverageTable(r.cov, r.merged, r.files, r.lang),
  json: (r) => JSON.stringify(coverageJson(r.cov, r.merged, r.files, r.lang), null, 2) + '\n',
  csv: (r) => coverageCsv(r.merged, r.lang),
};
