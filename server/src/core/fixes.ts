// Which fixes may be applied without looking, for "Fix all" in the editor and `--fix` on the command line alike.
import type { Bilingual } from './corpus';
import type { Finding, TextEdit } from './model';

export interface SafeFix {
  finding: Finding;
  title: Bilingual;
  /** Sorted by start. */
  edits: TextEdit[];
}

/**
 * The first safe fix of every finding, in text order, skipping any whose edits overlap a fix taken before. The
 * findings are those of an analysis, so rules that are off have none.
 */
export function safeFixes(findings: readonly Finding[]): SafeFix[] {
  const candidates: SafeFix[] = [];
  for (const finding of findings) {
    const fx = finding.fixes.find((x) => x.safe);
    if (!fx || !fx.edits.length) continue;
    candidates.push({ finding, title: fx.title, edits: [...fx.edits].sort((a, b) => a.span.start - b.span.start) });
  }
  candidates.sort((a, b) => a.edits[0].span.start - b.edits[0].span.start);
  const picked: SafeFix[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.edits[0].span.start < lastEnd) continue;
    lastEnd = c.edits[c.edits.length - 1].span.end;
    picked.push(c);
  }
  return picked;
}

/** The text with the edits applied (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start))
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
