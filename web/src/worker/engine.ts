// The web page's one adapter to the core: every call the page makes into server/src/core/ goes through this file, so
// a change of the core's API is a change here and nowhere else in web/. Pure (no DOM, no worker API): the worker wraps
// it in messages, and the unit tests call it in Node.
import { bundledLibrary } from '../../../server/src/bundled';
import { Analysis, analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/blocks';
import { safeFixes } from '../../../server/src/core/fixes';
import { authorities } from '../../../server/src/core/authorities';
import { coverage } from '../../../server/src/core/coverage';
import { citationAt, hoverMarkdown } from '../../../server/src/core/features';
import { DEFAULT_LEVELS, Level, RuleCode } from '../../../server/src/core/model';
import { Library, corpusById } from '../../../server/src/core/resolve';
import { libraryWithSources } from '../../../server/src/core/source';
import { coverageCsv } from '../../../server/src/report/coverage-csv';
import { CoverageOfFiles, mergeCoverage, placeCoverage } from '../../../server/src/report/coverage-files';
import {
  coverageDetailsHtml,
  coverageMapHtml,
  coverageReportHtml,
  coverageTableHtml,
} from '../../../server/src/report/coverage-map';
import type {
  CheckResult,
  CoverageView,
  HoverResult,
  Lang,
  Severity,
  SourceInput,
  SourceStatus,
  WebAuthority,
  WebEdit,
  WebFinding,
} from '../protocol';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface Checked {
  version: number;
  text: string;
  file: string;
  analysis: Analysis;
  coverage?: CoverageOfFiles;
}

export class Engine {
  private readonly base: Library;
  private lib: Library;
  /** The draft's blocks from the last analysis: an edit re-reads only the paragraphs it touched. */
  private cache = new BlockCache();
  private last?: Checked;
  /** Rule levels: the editor's defaults (the page has no settings yet). */
  private readonly levels: Record<RuleCode, Level> = { ...DEFAULT_LEVELS };
  readonly problems: string[];

  constructor() {
    const { lib, problems } = bundledLibrary();
    this.base = lib;
    this.lib = lib;
    this.problems = problems;
  }

  /** Replaces the user's source documents; the next check uses the new library. */
  setSources(inputs: SourceInput[]): SourceStatus[] {
    const { lib, sources } = libraryWithSources(
      this.base,
      inputs.map((s) => ({ key: s.name, text: s.text })),
    );
    this.lib = lib;
    this.cache = new BlockCache();
    this.last = undefined;
    const texts = new Map(inputs.map((s) => [s.name, s.text]));
    return sources.map((s) => {
      const text = texts.get(s.key) ?? '';
      return {
        name: s.key,
        status: s.status,
        title: s.data?.meta.title.zh || s.data?.meta.title.en || undefined,
        number: s.data?.meta.number.zh || s.data?.meta.number.en || undefined,
        problems: s.problems.map((p) => ({
          severity: p.severity,
          line: lineOf(text, p.span.start) + 1,
          message: p.message,
        })),
      };
    });
  }

  check(text: string, version: number, file: string): CheckResult {
    const t0 = now();
    const analysis = analyze(text, this.lib, { levels: this.levels, cache: this.cache });
    const findings: WebFinding[] = [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of analysis.findings) {
      counts[f.severity]++;
      findings.push({
        code: f.code,
        severity: f.severity,
        from: f.span.start,
        to: f.span.end,
        message: f.message,
        fixes: f.fixes.map((x) => ({
          title: x.title,
          safe: x.safe,
          edits: x.edits.map((e) => ({ from: e.span.start, to: e.span.end, insert: e.newText })),
        })),
      });
    }
    const citations = analysis.citations
      // a quotation is a citation only when it is attributed to a document
      .filter((c) => c.kind !== 'quote' || c.docId)
      .map((c) => ({ from: c.span.start, to: c.span.end, kind: c.kind, known: !!corpusById(this.lib, c.docId) }));
    this.last = { version, text, file, analysis };
    return {
      version,
      findings,
      citations,
      counts,
      safeFixes: safeFixes(analysis.findings).length,
      ms: now() - t0,
    };
  }

  /** The hover text of the citation at `offset` in the draft last checked, when it is still that version. */
  hover(version: number, offset: number, lang: Lang): HoverResult | null {
    const a = this.current(version)?.analysis;
    if (!a) return null;
    const c = citationAt(a, offset);
    if (!c || (c.kind === 'quote' && !c.docId)) return null;
    const markdown = hoverMarkdown(this.lib, c, { hoverLanguage: 'both', uiLang: lang });
    return markdown ? { from: c.span.start, to: c.span.end, markdown } : null;
  }

  /** Every safe fix of the draft last checked, as one list of edits ("Fix all"). */
  fixAll(version: number): WebEdit[] {
    const a = this.current(version)?.analysis;
    if (!a) return [];
    return safeFixes(a.findings).flatMap((f) =>
      f.edits.map((e) => ({ from: e.span.start, to: e.span.end, insert: e.newText })),
    );
  }

  /** The table of authorities of the draft last checked (core/authorities.ts), as plain rows. */
  authorities(version: number): WebAuthority[] | null {
    const a = this.current(version)?.analysis;
    if (!a) return null;
    return authorities(a, this.lib).map((row) => ({
      inLibrary: row.inLibrary,
      title: row.title,
      number: row.number,
      citations: row.citations.map((c) => ({
        from: c.span.start,
        to: c.span.end,
        title: c.title,
        number: c.number,
        agree: c.agree,
        standardNumber: c.standardNumber,
        problems: [...c.problems],
      })),
    }));
  }

  /** The coverage map, table and details of the draft last checked, in `lang`. */
  coverageView(version: number, lang: Lang): CoverageView | null {
    const c = this.coverageOf(version);
    if (!c) return null;
    const o = { lang, files: [this.last!.file], interactive: true };
    return {
      groups: c.cov.groups.map((g) => ({ id: g.id, label: g.label, covered: g.covered, total: g.total })),
      mapHtml: coverageMapHtml(c, o),
      detailsHtml: coverageDetailsHtml(c, o),
      tableHtml: coverageTableHtml(c, o),
    };
  }

  /** The response matrix, byte for byte what `policy-cite coverage --format csv` writes for the same file. */
  csv(version: number, lang: Lang): string | null {
    const c = this.coverageOf(version);
    return c ? coverageCsv(c.merged, lang) : null;
  }

  /** The coverage map as a self-contained page, as `policy-cite coverage --format html` writes it. */
  report(version: number, lang: Lang): string | null {
    const c = this.coverageOf(version);
    return c ? coverageReportHtml(c, { lang, files: [this.last!.file] }) : null;
  }

  private current(version: number): Checked | undefined {
    return this.last && this.last.version === version ? this.last : undefined;
  }

  /**
   * Coverage is worked out when first asked for (the map or table shown, a download), not with every check: on a long
   * draft it costs more than the analysis, and the findings should not wait for it.
   */
  private coverageOf(version: number): CoverageOfFiles | undefined {
    const c = this.current(version);
    if (!c) return undefined;
    if (!c.coverage) {
      const cov = coverage(c.analysis, this.lib);
      if (cov) c.coverage = mergeCoverage([placeCoverage(c.file, c.text, cov)]);
    }
    return c.coverage;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
