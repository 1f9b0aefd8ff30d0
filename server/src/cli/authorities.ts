// `policy-cite authorities FILE…`: the table of authorities (引用文件清单) — every document the drafts cite, where, and
// whether each citation's title and number agree and are in GB/T 9704 form. The rows are the core's
// (core/authorities.ts); here each citation is placed in its file, the files are merged, and the table, JSON or CSV
// is written.
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/corpus';
import { Authority, AuthorityCitation, authorities } from '../core/authorities';
import type { Library } from '../core/resolve';
import { Locator } from './locate';
import { cells, csv, fit } from './table';

export interface PlacedCitation extends Omit<AuthorityCitation, 'span'> {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The citation as written. */
  text: string;
}

export interface PlacedAuthority extends Omit<Authority, 'citations'> {
  citations: PlacedCitation[];
}

export function authoritiesOfDraft(file: string, analysis: Analysis, lib: Library): PlacedAuthority[] {
  const loc = new Locator(analysis.text);
  return authorities(analysis, lib).map((row) => ({
    ...row,
    citations: row.citations.map(({ span, ...c }) => {
      const a = loc.position(span.start),
        b = loc.position(span.end);
      return {
        file,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        ...c,
        text: analysis.text.slice(span.start, span.end),
      };
    }),
  }));
}

/** The rows of several drafts as one table: the same document is one row, in the order it is first cited. */
export function mergeAuthorities(perFile: PlacedAuthority[][]): PlacedAuthority[] {
  const rows = new Map<string, PlacedAuthority>();
  for (const file of perFile)
    for (const r of file) {
      const row = rows.get(r.key);
      if (!row) rows.set(r.key, { ...r, citations: [...r.citations] });
      else {
        row.citations.push(...r.citations);
        row.title ??= r.title;
        row.number ??= r.number;
      }
    }
  return [...rows.values()];
}

// ---- words ------------------------------------------------------------------------------------------------
const VIA: Record<PlacedCitation['via'], Record<Lang, string>> = {
  'title+number': { zh: '标题和文号', en: 'title and number' },
  title: { zh: '标题', en: 'title' },
  number: { zh: '文号', en: 'number' },
  'short-name': { zh: '简称', en: 'short name' },
};

/** What is wrong with one citation, in words; empty when nothing is. */
export function citationProblems(c: PlacedCitation, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (c.agree === false) out.push(zh ? '标题与文号不是同一文件' : 'title and number name different documents');
  if (c.standardNumber === false)
    out.push(zh ? '文号不符合 GB/T 9704-2012 的写法' : 'number not in GB/T 9704-2012 form');
  if (c.exactTitle === false) out.push(zh ? '标题与原文不一致' : 'not the exact title');
  // findings the three marks above do not already say
  const said = new Set([
    ...(c.agree === false ? ['doc-number-mismatch'] : []),
    ...(c.standardNumber === false ? ['doc-number-format'] : []),
    ...(c.exactTitle === false ? ['title-mismatch'] : []),
  ]);
  out.push(...c.problems.filter((p) => !said.has(p)));
  return out;
}

const where = (c: PlacedCitation) => `${c.file}:${c.line}:${c.column}`;

/** The document as a reviewer names it: its number and title, in the report's language when the library has both. */
function nameOf(r: PlacedAuthority, lang: Lang): { number: string; title: string } {
  const number = r.number?.[lang] ?? '';
  const title = r.title?.[lang] ?? '';
  return { number, title: title && (lang === 'zh' || !r.inLibrary ? `《${title}》` : `"${title}"`) };
}

// ---- formats ----------------------------------------------------------------------------------------------
export interface AuthoritiesReport {
  rows: PlacedAuthority[];
  files: string[];
  lang: Lang;
  version: string;
}

export function authoritiesTable({ rows, files, lang }: AuthoritiesReport): string {
  const zh = lang === 'zh';
  const lines = [zh ? `引用文件清单：${files.join('、')}` : `Table of authorities: ${files.join(', ')}`, ''];
  const whereW = Math.min(40, Math.max(...rows.flatMap((r) => r.citations.map((c) => cells(where(c)))), 8) + 2);
  const viaW = zh ? 12 : 18;
  for (const r of rows) {
    const { number, title } = nameOf(r, lang);
    const n = r.citations.length;
    const head = [number, title].filter(Boolean).join(' ');
    const count = zh ? `${n} 处引用` : `${n} ${n === 1 ? 'citation' : 'citations'}`;
    lines.push(`${head}  ${count}${r.inLibrary ? '' : zh ? '  —— 不在文件库中' : '  — not in the library'}`);
    for (const c of r.citations) {
      const p = citationProblems(c, lang);
      const mark = p.length ? `✗ ${p.join(zh ? '；' : '; ')}` : '✓';
      lines.push(`  ${fit(where(c), whereW)}${fit(VIA[c.via][lang], viaW)}${mark}`);
    }
    lines.push('');
  }
  lines.push(summaryOf(rows, lang));
  return lines.join('\n') + '\n';
}

function summaryOf(rows: PlacedAuthority[], lang: Lang): string {
  const unknown = rows.filter((r) => !r.inLibrary).length;
  const wrong = rows.flatMap((r) => r.citations).filter((c) => citationProblems(c, lang).length).length;
  if (lang === 'zh') {
    if (!rows.length) return '未引用任何文件。';
    return (
      `共引用 ${rows.length} 份文件` +
      (unknown ? `，其中 ${unknown} 份不在文件库中` : '') +
      (wrong ? `；${wrong} 处引用有问题。` : '；引用均无问题。')
    );
  }
  if (!rows.length) return 'No documents cited.';
  const docs = `${rows.length} ${rows.length === 1 ? 'document' : 'documents'} cited`;
  return (
    docs +
    (unknown ? `, ${unknown} not in the library` : '') +
    (wrong ? `; ${wrong} ${wrong === 1 ? 'citation has' : 'citations have'} problems.` : '; no citation has problems.')
  );
}

export function authoritiesJson({ rows, files, lang, version }: AuthoritiesReport): unknown {
  return {
    tool: 'policy-cite',
    version,
    formatVersion: 1,
    columnUnit: 'unicodeCodePoints',
    lang,
    files,
    documents: rows.map((r) => ({
      key: r.key,
      docId: r.docId,
      inLibrary: r.inLibrary,
      number: nameOf(r, lang).number || null,
      title: r.title?.[lang] ?? null,
      numbers: r.number,
      titles: r.title,
      citations: r.citations.map((c) => ({
        file: c.file,
        line: c.line,
        column: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        text: c.text,
        via: c.via,
        title: c.title ?? null,
        number: c.number ?? null,
        agree: c.agree,
        standardNumber: c.standardNumber,
        exactTitle: c.exactTitle,
        problems: c.problems,
      })),
    })),
    summary: {
      documents: rows.length,
      notInLibrary: rows.filter((r) => !r.inLibrary).length,
      citations: rows.reduce((n, r) => n + r.citations.length, 0),
      withProblems: rows.flatMap((r) => r.citations).filter((c) => citationProblems(c, lang).length).length,
    },
  };
}

export function authoritiesCsv({ rows, lang }: AuthoritiesReport): string {
  const zh = lang === 'zh';
  const head = [
    '文号 Number',
    '标题 Title',
    '文件库 In library',
    '引用次数 Citations',
    '引用位置 Where cited',
    '问题 Problems',
  ];
  const out: (string | number)[][] = [head];
  for (const r of rows) {
    const { number, title } = nameOf(r, lang);
    out.push([
      number,
      title,
      r.inLibrary ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      r.citations.length,
      r.citations.map(where).join('; '),
      r.citations
        .map((c) => [c, citationProblems(c, lang)] as const)
        .filter(([, p]) => p.length)
        .map(([c, p]) => `${where(c)} ${c.text}: ${p.join(zh ? '；' : '; ')}`)
        .join(' | '),
    ]);
  }
  return csv(out);
}

/** One writer per --format, as coverage has. */
export const AUTHORITIES_WRITERS: Record<'table' | 'json' | 'csv', (r: AuthoritiesReport) => string> = {
  table: authoritiesTable,
  json: (r) => JSON.stringify(authoritiesJson(r), null, 2) + '\n',
  csv: authoritiesCsv,
};
