// One file, start to end: read it, analyse it, apply the safe fixes when asked, and locate every finding.
// The result is plain data, so a worker thread can post it to the main thread as it is.
import * as fs from 'node:fs';
import { analyze } from '../core/analyze';
import { applyEdits, safeFixes } from '../core/fixes';
import type { Bilingual } from '../core/corpus';
import type { Finding, Level, RuleCode, Severity } from '../core/model';
import type { Library } from '../core/resolve';
import { Draft, DraftKind, Encoding, encodeText, InputError, readDraft } from './inputs';
import { Locator } from './locate';

/** A range as reports show it: 1-based line and column, end exclusive (as in SARIF), and the UTF-16 offset and
 *  length in the checked text. */
export interface LocatedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
}

export interface LocatedEdit extends LocatedRange {
  newText: string;
}

export interface LocatedFinding extends LocatedRange {
  code: RuleCode;
  severity: Severity;
  message: Bilingual;
  /** The text the finding covers. */
  text: string;
  /** A window of the source line the finding starts on (see Locator.window), and the finding's UTF-16 range within
   *  it, for the marker; `cutBefore`/`cutAfter` say the line goes on beyond the window. */
  sourceLine: string;
  lineFrom: number;
  lineTo: number;
  cutBefore?: boolean;
  cutAfter?: boolean;
  /** The first safe fix, if there is one. */
  fix?: { title: Bilingual; edits: LocatedEdit[] };
}

export interface AppliedFix {
  code: RuleCode;
  line: number;
  column: number;
  title: Bilingual;
  before: string;
  after: string;
}

export interface FileReport {
  path: string;
  kind: DraftKind;
  encoding?: Encoding;
  /** Set when the file could not be read; nothing else is then known about it. */
  error?: Bilingual;
  findings: LocatedFinding[];
  fixed: AppliedFix[];
  /** Why safe fixes were left unapplied under --fix (a .docx, or an encoding this tool cannot write back). */
  notFixed?: Bilingual;
}

export interface CheckSettings {
  levels: Record<RuleCode, Level>;
  fix: boolean;
}

/** The one place the command line asks the core: an analysis with the configured levels (rules set to off do not run). */
function findingsOf(text: string, lib: Library, levels: Record<RuleCode, Level>): Finding[] {
  return analyze(text, lib, { levels }).findings;
}

/** Every finding located in the text, sorted by position. */
export function locateFindings(text: string, lib: Library, levels: Record<RuleCode, Level>): LocatedFinding[] {
  const loc = new Locator(text);
  const out: LocatedFinding[] = [];
  for (const f of findingsOf(text, lib, levels)) {
    const level = f.severity;
    const start = loc.position(f.span.start);
    const end = loc.position(f.span.end);
    const w = loc.window(f.span.start, f.span.end);
    const safe = f.fixes.find((x) => x.safe);
    out.push({
      code: f.code,
      severity: level,
      message: f.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: f.span.start,
      length: f.span.end - f.span.start,
      text: text.slice(f.span.start, f.span.end),
      sourceLine: w.text,
      lineFrom: w.from,
      lineTo: w.to,
      cutBefore: w.cutBefore || undefined,
      cutAfter: w.cutAfter || undefined,
      fix: safe && {
        title: safe.title,
        edits: safe.edits.map((e) => {
          const a = loc.position(e.span.start),
            b = loc.position(e.span.end);
          return {
            line: a.line,
            column: a.column,
            endLine: b.line,
            endColumn: b.column,
            offset: e.span.start,
            length: e.span.end - e.span.start,
            newText: e.newText,
          };
        }),
      },
    });
  }
  return out.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
}

/** Applies safe fixes until none is left (a fix can reveal another), at most a few rounds. */
export function fixText(
  text: string,
  lib: Library,
  levels: Record<RuleCode, Level>,
): { text: string; fixed: AppliedFix[] } {
  const fixed: AppliedFix[] = [];
  let current = text;
  for (let round = 0; round < 4; round++) {
    const picked = safeFixes(findingsOf(current, lib, levels));
    if (!picked.length) break;
    const loc = new Locator(current);
    for (const p of picked) {
      const first = p.edits[0].span.start,
        last = p.edits[p.edits.length - 1].span.end;
      const pos = loc.position(p.finding.span.start);
      fixed.push({
        code: p.finding.code,
        line: pos.line,
        column: pos.column,
        title: p.title,
        before: current.slice(first, last),
        after: applyEdits(
          current.slice(first, last),
          p.edits.map((e) => ({ span: { start: e.span.start - first, end: e.span.end - first }, newText: e.newText })),
        ),
      });
    }
    current = applyEdits(
      current,
      picked.flatMap((p) => p.edits),
    );
  }
  return { text: current, fixed };
}

export async function checkFile(path: string, lib: Library, settings: CheckSettings): Promise<FileReport> {
  let draft: Draft;
  try {
    draft = await readDraft(path);
  } catch (e) {
    const reason =
      e instanceof InputError ? e.reason : { zh: `无法读取（${String(e)}）`, en: `cannot be read (${String(e)})` };
    return { path, kind: 'text', error: reason, findings: [], fixed: [] };
  }
  const report: FileReport = { path, kind: draft.kind, encoding: draft.encoding, findings: [], fixed: [] };
  let text = draft.text;
  if (settings.fix && draft.kind !== 'docx') {
    const result = fixText(text, lib, settings.levels);
    if (result.fixed.length) {
      const bytes = encodeText(result.text, draft.encoding);
      if (!bytes) {
        report.notFixed = {
          zh: `未修正：无法以 ${draft.encoding} 编码写回，请另存为 UTF-8`,
          en: `not fixed: cannot write ${draft.encoding} back; save the file as UTF-8`,
        };
      } else {
        try {
          fs.writeFileSync(path, bytes);
          text = result.text;
          report.fixed = result.fixed;
        } catch (e) {
          report.error = {
            zh: `无法写入修正（${(e as NodeJS.ErrnoException).code ?? String(e)}）`,
            en: `cannot write the fixes (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
          };
        }
      }
    }
  } else if (settings.fix) {
    report.notFixed = { zh: '.docx 文件不会被 --fix 修改', en: '--fix never changes .docx files' };
  }
  report.findings = locateFindings(text, lib, settings.levels);
  if (report.notFixed && !report.findings.some((f) => f.fix)) delete report.notFixed;
  return report;
}
