// What check does with one draft: analyse it, apply the safe fixes when asked, and locate every finding.
// The result is plain data, so a worker thread can post it to the main thread as it is.
import * as fs from 'node:fs';
import type { Bilingual } from '../core/corpus';
import type { Finding, Level, RuleCode, Severity, TextEdit } from '../core/model';
import type { Library } from '../core/resolve';
import { applyEdits } from '../core/fixes';
import { EngineResult, runEngine } from './engine';
import { Draft, encodeText } from './inputs';
import { Locator } from './locate';
import type { FileReport } from './pipeline';

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
  /** The first safe fix, if there is one, and the text it changes: from its first edit to its last, before and after. */
  fix?: { title: Bilingual; edits: LocatedEdit[]; before: string; after: string };
}

export interface AppliedFix {
  code: RuleCode;
  line: number;
  column: number;
  title: Bilingual;
  before: string;
  after: string;
}

export interface CheckSettings {
  levels: Record<RuleCode, Level>;
  fix: boolean;
}

/** The stretch of `text` from the first edit to the last, before and after the edits (sorted, not overlapping). */
function changeOf(text: string, edits: TextEdit[]): { before: string; after: string } {
  const first = edits[0].span.start,
    last = edits[edits.length - 1].span.end;
  const before = text.slice(first, last);
  const after = applyEdits(
    before,
    edits.map((e) => ({ span: { start: e.span.start - first, end: e.span.end - first }, newText: e.newText })),
  );
  return { before, after };
}

/** Where `offset` moves to once `edits` (not overlapping it) are applied. */
function shifted(offset: number, edits: TextEdit[]): number {
  let d = 0;
  for (const e of edits) if (e.span.end <= offset) d += e.newText.length - (e.span.end - e.span.start);
  return offset + d;
}

/** Findings with their levels applied, located and sorted by position. */
export function locateFindings(
  text: string,
  lib: Library,
  levels: Record<RuleCode, Level>,
  loc = new Locator(text),
): LocatedFinding[] {
  return locate(text, runEngine(text, lib, levels).analysis.findings, loc);
}

function locate(text: string, findings: Finding[], loc = new Locator(text)): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const f of findings) {
    const start = loc.position(f.span.start);
    const end = loc.position(f.span.end);
    const w = loc.window(f.span.start, f.span.end);
    const safe = f.fixes.find((x) => x.safe);
    out.push({
      code: f.code,
      severity: f.severity,
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
        ...changeOf(
          text,
          [...safe.edits].sort((a, b) => a.span.start - b.span.start),
        ),
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

/**
 * Applies safe fixes until none is left (a fix can reveal another), at most a few rounds. Each change is reported
 * where it stands in the fixed text, in text order: a later round's fix and a change that shortened the line before
 * it would otherwise be listed out of order, or at a column that is no longer right.
 */
export function fixText(
  text: string,
  lib: Library,
  levels: Record<RuleCode, Level>,
): { text: string; fixed: AppliedFix[]; engine: EngineResult } {
  const changes: (Omit<AppliedFix, 'line' | 'column'> & { at: number })[] = [];
  let current = text;
  let engine = runEngine(current, lib, levels);
  for (let round = 0; round < 4 && engine.safeFixes.length; round++) {
    const picked = engine.safeFixes;
    const edits = picked.flatMap((p) => p.edits);
    for (const c of changes) c.at = shifted(c.at, edits);
    for (const p of picked)
      changes.push({
        code: p.finding.code,
        at: shifted(p.edits[0].span.start, edits),
        title: p.title,
        ...changeOf(current, p.edits),
      });
    current = applyEdits(current, edits);
    engine = runEngine(current, lib, levels);
  }
  const loc = new Locator(current);
  const fixed = changes
    .sort((a, b) => a.at - b.at)
    .map(({ at, ...c }) => ({ ...c, ...loc.position(at) }))
    .map(({ code, line, column, title, before, after }) => ({ code, line, column, title, before, after }));
  return { text: current, fixed, engine };
}

/** What check reports about one draft: its findings, and with --fix the changes written to it. */
export function checkDraft(
  path: string,
  draft: Draft,
  lib: Library,
  settings: CheckSettings,
): Pick<FileReport, 'findings' | 'fixed' | 'notFixed' | 'error'> {
  const out: ReturnType<typeof checkDraft> = { findings: [], fixed: [] };
  let text = draft.text;
  let engine: EngineResult | undefined;
  if (settings.fix && draft.kind !== 'docx') {
    const result = fixText(text, lib, settings.levels);
    if (!result.fixed.length) engine = result.engine;
    else {
      const bytes = encodeText(result.text, draft.encoding);
      if (!bytes)
        out.notFixed = {
          zh: `未修正：无法以 ${draft.encoding} 编码写回，请另存为 UTF-8`,
          en: `not fixed: cannot write ${draft.encoding} back; save the file as UTF-8`,
        };
      else
        try {
          fs.writeFileSync(path, bytes);
          ({ text, engine, fixed: out.fixed } = result);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code ?? String(e);
          out.error = { zh: `无法写入修正（${code}）`, en: `cannot write the fixes (${code})` };
        }
    }
  }
  engine ??= runEngine(text, lib, settings.levels);
  out.findings = locate(text, engine.analysis.findings);
  if (settings.fix && draft.kind === 'docx') {
    // Said whenever --fix meets a .docx, so nobody takes its listed fixes for applied.
    const n = out.findings.filter((f) => f.fix).length;
    out.notFixed = n
      ? {
          zh: `未修改：--fix 不改写 .docx 文件（改写 Word 的 XML 可能丢失格式、批注和修订记录）；以下 ${n} 处修正请在 Word 中修改`,
          en: `not changed: --fix does not rewrite .docx files (rewriting Word's XML can lose formatting, comments and tracked changes); make the ${n === 1 ? 'fix' : `${n} fixes`} below in Word`,
        }
      : {
          zh: '未修改：--fix 不改写 .docx 文件；本文件也没有可自动修正的问题',
          en: 'not changed: --fix does not rewrite .docx files, and this one has nothing to fix',
        };
  }
  return out;
}
