// What parsing a source yields: the corpus it builds, or none, and the problems found on the way, each with its
// place in the source file.
import type { Bilingual, CorpusData, Range2 } from '../corpus';
import type { Span } from '../model';

export interface SourceProblem {
  message: Bilingual;
  span: Span;
  /** error: the structure is broken; warning: something is missing that checks need; information: a note. */
  severity: 'error' | 'warning' | 'information';
}

export interface ParsedSource {
  /** Absent when the file cannot be read as a document at all (no title, or neither number nor numbered parts). */
  data?: CorpusData;
  problems: SourceProblem[];
}

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** The problems of one source, in the order they are found. */
export class Problems {
  readonly list: SourceProblem[] = [];
  add(severity: SourceProblem['severity'], r: Range2 | Span, zh: string, en: string): void {
    this.list.push({ severity, span: Array.isArray(r) ? { start: r[0], end: r[1] } : r, message: bi(zh, en) });
  }
}
