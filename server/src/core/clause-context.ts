// What a clause reference cites when its own sentence does not say: a section number with no part ("Section (2)",
// 第（三）项 in a sentence that named 第二部分 or 保障措施 before it) takes the part cited just before it; a bare numeral ("III(5)") the document cited earlier in its
// paragraph; and a prefixed numeral ("Section II.3") is the draft's own when the draft numbers its own headings with
// Roman numerals and no citation shares its sentence. Part of resolution (attach.ts); pure.
import type { ClauseMention } from './model';
import { type ScanResult, sentenceOf } from './scan';

/** A heading of the draft's own numbered with a Roman numeral: "II. Background", "## III. Analysis". */
const OWN_ROMAN =
  /^[ \t]{0,3}(?:#{1,6}[ \t]{1,2}|>[ \t]{0,1}|[-*+][ \t]{1,2})?(?:Part[ \t]{1,2}|Section[ \t]{1,2})?[IVX]{1,4}[.、)][ \t]{1,3}\p{Lu}/mu;

/** "Section II.3", "Art. II(3)", "§ II.3": a part's numeral and a section's number after a word naming them. */
const PREFIXED = /^(?:Sections?|Arts?\.|Articles?|Paragraphs?|Paras?\.|Clauses?|Items?|Points?|§{1,2})\s{0,2}[IVX]/;

/** How far a reference may stand from the citation that gives it its document or part. */
const REACH = 600;

/** Whether the draft numbers its own headings with Roman numerals. */
export function ownRomanHeadings(f: string): boolean {
  return OWN_ROMAN.test(f);
}

/** A section number written with no part and no named part: "Section (2)", "item (3)", 第（三）项. */
export function isBareSection(c: ClauseMention): boolean {
  return c.part === undefined && c.named === undefined && c.section !== undefined;
}

export function isPrefixedRoman(f: string, c: ClauseMention): boolean {
  return c.lang === 'en' && PREFIXED.test(f.slice(c.span.start, c.span.end));
}

/** Whether `to` is in the same paragraph as `from` (no blank line between) and close to it. */
export function sameParagraph(f: string, from: number, to: number): boolean {
  if (to < from || to - from > REACH) return false;
  return !/\n[ \t]*\n/.test(f.slice(from, to));
}

/**
 * The part of a bare section number: the last reference with a part, in the same sentence or within two sentences
 * before it in the same paragraph ("Part I of the Opinions sets the frame. Section (2) lists four principles").
 * Sets the mention's part and returns the document that reference cites (undefined for the draft's own part).
 */
export function inheritPart(
  c: ClauseMention,
  withPart: ClauseMention | undefined,
  s: ScanResult,
  f: string,
): string | null | undefined {
  if (!withPart || withPart.part === undefined) return undefined;
  const gap = sentenceOf(s.sentences, c.span.start) - sentenceOf(s.sentences, withPart.span.start);
  // 第（三）项 reads its part from its own sentence only: 第二部分部署了六项主要任务，从第（一）项…
  if (gap > (c.lang === 'zh' ? 0 : 2) || !sameParagraph(f, withPart.span.end, c.span.start)) return undefined;
  c.part = withPart.part;
  return withPart.docId;
}
