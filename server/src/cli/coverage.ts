// `policy-cite coverage FILE…`: which parts, sections, principles, objectives and targets of the Opinion the drafts
// cite, mis-cite or leave out. A table for people, JSON for tools, CSV for the response matrix (对照表) a reviewer
// opens in a spreadsheet. The drafts are read together: a plan split over several files answers the Opinion once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import type { Lang } from '../core/corpus';
import { Coverage, coverage, coverageLabel } from '../core/coverage';
import type { Library } from '../core/resolve';
import { hasCjk } from '../core/text';
import { bundledLibrary } from '../bundled';
import { coverageCsv } from '../report/coverage-csv';
import { coverageReportHtml } from '../report/coverage-map';
import { CoverageOfFiles, Merged, PlacedHit, mergeCoverage, where } from '../report/coverage-files';

export const COVERAGE_HELP = `policy-cite coverage — which clauses of 国发〔2015〕5号 the drafts cite, mis-cite or leave out

Usage:
  policy-cite coverage [options] PATH...    .txt and .md drafts (folders are searched), read together

Options:
  --format table|json|csv|html
                            table (default); json for tools; csv for a response matrix (对照表), UTF-8 with BOM;
                            html for a coverage map (覆盖图) and the matrix in one self-contained page
  --lang zh|en              language of headings and messages (default: the drafts' language)
  --doc ID                  the cited document (default: gf-2015-5)
  -o, --output FILE         write to FILE instead of standard output
  -h, --help

Exit codes: 0 the report was written, 2 bad usage or unreadable input.`;

interface Io {
  out(s: string): void;
  err(s: string): void;
}

function collect(p: string, out: string[], problems: string[]): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    problems.push(`${p}: no such file or folder`);
    return;
  }
  if (!st.isDirectory()) {
    out.push(p);
    return;
  }
  for (const e of fs.readdirSync(p).sort()) {
    if (e.startsWith('.') || e === 'node_modules') continue;
    const full = path.join(p, e);
    let s: fs.Stats;
    try {
      s = fs.statSync(full);
    } catch {
      continue;
    }
    if (s.isDirectory() || /\.(txt|md|markdown)$/i.test(e)) collect(full, out, problems);
  }
}

/** Coverage of `docId` by several drafts at once, each citation placed in its file. */
export function coverageOfFiles(
  drafts: { file: string; text: string }[],
  lib: Library,
  docId?: string,
): CoverageOfFiles | undefined {
  const covs: { file: string; text: string; cov: Coverage }[] = [];
  for (const d of drafts) {
    const cov = coverage(analyze(d.text, lib), lib, docId);
    if (!cov) return undefined;
    covs.push({ ...d, cov });
  }
  if (!covs.length) {
    const empty = coverage(analyze('', lib), lib, docId);
    if (!empty) return undefined;
    return { cov: empty, merged: empty.nodes.map((node) => ({ node, citations: [], misCitations: [] })) };
  }
  return mergeCoverage(covs);
}

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

// ---- table ------------------------------------------------------------------------------------------------
/** Columns a terminal gives a character: two for CJK and full-width forms. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}
function fit(s: string, w: number): string {
  let out = '',
    used = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (used + cw > w - 1 && width(s) > w) {
      out += '…';
      used += 1;
      break;
    }
    out += ch;
    used += cw;
  }
  return out + ' '.repeat(Math.max(0, w - used));
}

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

// ---- entry ------------------------------------------------------------------------------------------------
export function runCoverage(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
  lib?: Library,
): number {
  let format = 'table';
  let lang: Lang | undefined;
  let docId: string | undefined;
  let output: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '-h' || a === '--help') {
        io.out(COVERAGE_HELP + '\n');
        return 0;
      }
      if (a === '--format' || a.startsWith('--format=')) format = a.includes('=') ? a.slice(9) : value();
      else if (a === '--lang' || a.startsWith('--lang=')) {
        const v = a.includes('=') ? a.slice(7) : value();
        if (v !== 'zh' && v !== 'en') throw new Error('--lang takes zh or en');
        lang = v;
      } else if (a === '--doc' || a.startsWith('--doc=')) docId = a.includes('=') ? a.slice(6) : value();
      else if (a === '-o' || a === '--output' || a.startsWith('--output='))
        output = a.includes('=') ? a.slice(9) : value();
      else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
      else paths.push(a);
    } catch (e) {
      io.err(`policy-cite coverage: ${(e as Error).message}\n\n${COVERAGE_HELP}\n`);
      return 2;
    }
  }
  if (!['table', 'json', 'csv', 'html'].includes(format)) {
    io.err(`policy-cite coverage: --format takes table, json, csv or html\n`);
    return 2;
  }
  if (!paths.length) {
    io.err(`policy-cite coverage: no files given\n\n${COVERAGE_HELP}\n`);
    return 2;
  }
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) collect(p, files, problems);
  const drafts: { file: string; text: string }[] = [];
  for (const f of files) {
    try {
      drafts.push({ file: f, text: fs.readFileSync(f, 'utf8').replace(/^\ufeff/, '') });
    } catch (e) {
      problems.push(`${f}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  for (const p of problems) io.err(`policy-cite coverage: ${p}\n`);
  if (problems.length || !drafts.length) return 2;
  lang ??= drafts.filter((d) => hasCjk(d.text)).length * 2 >= drafts.length ? 'zh' : 'en';
  const library = lib ?? bundledLibrary().lib;
  const result = coverageOfFiles(drafts, library, docId);
  if (!result) {
    io.err(`policy-cite coverage: no such document: ${docId}\n`);
    return 2;
  }
  const body =
    format === 'json'
      ? JSON.stringify(
          coverageJson(
            result.cov,
            result.merged,
            drafts.map((d) => d.file),
            lang,
          ),
          null,
          2,
        ) + '\n'
      : format === 'csv'
        ? coverageCsv(result.merged, lang)
        : format === 'html'
          ? coverageReportHtml(result, { lang, files: drafts.map((d) => d.file) })
          : coverageTable(
              result.cov,
              result.merged,
              drafts.map((d) => d.file),
              lang,
            );
  if (output) {
    try {
      fs.writeFileSync(output, body);
    } catch (e) {
      io.err(`policy-cite coverage: ${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      return 2;
    }
  } else io.out(body);
  return 0;
}
