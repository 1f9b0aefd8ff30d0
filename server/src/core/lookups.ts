// The look-ups resolution and rules make over one draft, built once per analysis: pattern matches reused block by
// block, the document context at an offset, sentences, table cells, the year a claim is stated for, and whether a
// figure is attributed to a document. Indexes are built on first use and kept with the instance.
import { type Block, execAll } from './blocks';
import { type Contexts, contextAt, firstContextFrom } from './contexts';
import type { Library } from './library';
import { type ScanResult, sentenceOf } from './scan';
import type { TableCell, TableRow } from './tables';
import type { Column, TableDocs } from './table-rows';
import { type YearMatch, YEAR_EN, YEAR_ZH, yearMatchesOf } from './years';

export class DraftLookups {
  private readonly years = new Map<RegExp, YearMatch[]>();
  private citing?: Contexts;

  constructor(
    readonly lib: Library,
    /** The folded draft. */
    readonly f: string,
    readonly scan: ScanResult,
    readonly contexts: Contexts,
    readonly tables: TableDocs,
    readonly blocks?: Block[],
  ) {}

  /** Every match of a global pattern in the folded draft (offsets in the draft), reused per block. */
  matches(re: RegExp): RegExpExecArray[] {
    return execAll(re, this.f, this.blocks);
  }

  /** The last known-document context before `offset` in the same sentence that cites it (a name of the source's own
   *  used in prose, 服务能力大幅提升, does not). */
  contextAt(offset: number): Contexts[number] | undefined {
    this.citing ??= this.contexts.some((x) => x.quiet) ? this.contexts.filter((x) => !x.quiet) : this.contexts;
    return contextAt({ contexts: this.citing, scan: this.scan }, offset);
  }

  /** The first document context (not a clause) starting within `within` characters after `tail`. */
  contextFrom(tail: number, within: number): Contexts[number] | undefined {
    for (let k = firstContextFrom(this, tail); k < this.contexts.length && this.contexts[k].start - tail <= within; k++)
      if (!this.contexts[k].nodeId) return this.contexts[k];
    return undefined;
  }

  sentenceOf(offset: number): number {
    return sentenceOf(this.scan.sentences, offset);
  }

  /** The text of sentence `i` (folded). */
  sentence(i: number): string {
    const starts = this.scan.sentences.starts;
    return this.f.slice(starts[i], starts[i + 1] ?? this.f.length);
  }

  /** The table cell holding `offset` and its column's header cell, when the offset is in a Markdown table row. */
  tableCell(offset: number): TableCell | undefined {
    return this.tables.tables.cellAt(offset);
  }

  /** The table row holding `offset`, with the column it is in and what that column holds. */
  tableColumn(offset: number): { row: TableRow; column: Column } | undefined {
    const row = this.tables.tables.rowAt(offset);
    return row && row.col >= 0 ? { row, column: this.tables.column(row, row.col) } : undefined;
  }

  /** Year phrases of the draft for one of the year patterns, in text order. */
  yearMatches(re: typeof YEAR_ZH | typeof YEAR_EN): YearMatch[] {
    let list = this.years.get(re);
    if (!list) this.years.set(re, (list = yearMatchesOf(this.f, this.matches(re))));
    return list;
  }
}
