// `policy-cite coverage FILE…`: which parts, sections, principles, objectives and targets of the Opinion the drafts
// cite, mis-cite or leave out. A table for people, JSON for tools, CSV for the response matrix (对照表) a reviewer
// opens in a spreadsheet, HTML for a coverage map to attach to a reply (report/). The drafts are read together: a plan split over several files answers the Opinion once.
// Each file's citations are placed where it is read (pipeline.ts, maybe on a worker); here they are merged and written.
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/corpus';
import { Coverage, coverage, coverageLabel } from '../core/coverage';
import type { Library } from '../core/resolve';
import { coverageCsv } from '../report/coverage-csv';
import { FileCoverage, Merged, PlacedHit, placeCoverage, where } from '../report/coverage-files';
import { coverageReportHtml } from '../report/coverage-map';
import { fit } from './table';

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
      restatements: (m.restatements ?? []).map(strip),
    })),
  };
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
    const mark = m.citations.length ? '✓' : m.misCitations.length ? '!' : m.restatements?.length ? '≈' : '✗';
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
export const COVERAGE_WRITERS: Record<'table' | 'json' | 'csv' | 'html', (r: CoverageReport) => string> = {
  table: (r) => coverageTable(r.cov, r.merged, r.files, r.lang),
  json: (r) => JSON.stringify(coverageJson(r.cov, r.merged, r.files, r.lang), null, 2) + '\n',
  csv: (r) => coverageCsv(r.merged, r.lang),
  html: (r) => coverageReportHtml({ cov: r.cov, merged: r.merged }, { lang: r.lang, files: r.files }),
};

export { mergeCoverage } from '../report/coverage-files';
export type { FileCoverage } from '../report/coverage-files';

/** One draft's coverage, each citation placed in its file; undefined when the library has no document `docId`. */
export function coverageOfDraft(
  file: string,
  analysis: Analysis,
  lib: Library,
  docId?: string,
): FileCoverage | undefined {
  const cov = coverage(analysis, lib, docId);
  return cov && placeCoverage(file, analysis.text, cov);
}
