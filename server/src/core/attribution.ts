// Whether a figure or count in the draft is said to be a cited document's: a citation before it in the same sentence,
// a verb that attributes (提出, "calls for"), no mark of the drafter's own (全市, "our"), and in a table a column that
// holds the document's requirements rather than the drafter's response.
import type { Corpus } from './corpus';
import { firstContextFrom } from './contexts';
import { corpusById } from './library';
import type { DraftLookups } from './lookups';
import type { Column } from './table-rows';
import type { TableRow } from './tables';
export { OWN_COLUMN, REQUIREMENT_COLUMN } from './table-rows';

export const SELF_MARK =
  /我们|我委|我局|我厅|我办|本委|本局|本厅|全市|本市|我市|全省|本省|我省|全区|本区|我区|全县|本县|我县|全州|本地区|本部门|本单位|本方案|本计划|本规划|\b(?:our|we|us)\b|\b(?:the|this)\s{1,2}(?:city|province|municipality|county|plan|programme)\b/i;

export interface Claim {
  start: number;
  end: number;
}

/** Words that say a figure or count is the cited document's: 《意见》提出/要求/明确…, "the Opinions call for/set …". */
export const CLAIM_VERB_ZH =
  /提出|要求|明确|指出|规定|强调|部署|确定|设定|确立|坚持|围绕|聚焦|目标|提到|包括|分为|涵盖|中|的|有/;

export const CLAIM_VERB_EN =
  /\b(?:state|states|stated|call|calls|called|require|requires|required|set|sets|set out|stipulate|stipulates|provide|provides|say|says|envisage|envisages|target|targets|aim|aims|goal|list|lists|listed|contain|contains|include|includes|has|have|had|outline|outlines|name|names|identify|identifies|propose|proposes|put forward|puts forward|lay|lays|laid)\b|:/i;
/** "Under the Opinions, …", "根据《意见》要求": the claim that follows is the document's. */
export const UNDER_EN =
  /\b(?:under|according\s{1,2}to|per|as\s{1,2}required\s{1,2}by|in\s{1,2}line\s{1,2}with|pursuant\s{1,2}to)\s{1,2}$/i;

/** A clause whose subject is the drafter's own place or body named bare: 区新建数据中心…, 市政务云…, 省级… (not 市场,
 *  区域, 区块链, 省份, 县域, 市民). */
export const BARE_OWN_ZH =
  /^[ \t]{0,2}(?:而|但|其中|同时|同期)?[ \t]{0,2}(?:省|市|区|县)(?![场域块位份民情容貌际间长])/;

/** The last clause of a stretch, after its last comma or semicolon (undefined when it has none). */
export function lastClause(text: string): string | undefined {
  const cut = Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf('；'), text.lastIndexOf(';'));
  return cut < 0 ? undefined : text.slice(cut + 1);
}

/** "根据…精神，结合实际": what follows is the draft's own. */
export const OWN_ZH = /精神|结合|实际|参照|借鉴/;

/** A short name defined right after a citation's number: ，以下简称《意见》） (folded). */
export const ALIAS_DEFINED = /^[ \t]{0,2}[,(][ \t]{0,2}(?:以下|下文|下同)?[ \t]{0,2}简称[^)\n]{0,24}\)/;

/**
 * How far after the citation a figure can still be the cited document's. A sentence of prose is shorter; a paragraph
 * pasted without full stops is not, and reading every claim's whole gap back to one citation made it quadratic.
 */
export const ATTRIBUTION_REACH = 400;

/** The document a figure or count at `start` is attributed to, if the draft attributes it to one. */
export function attributed(
  inp: DraftLookups,
  start: number,
  requireDocLevel = false,
): { c: Corpus; nodeId?: string } | undefined {
  const ctx = inp.contextAt(start);
  const table = inp.tableColumn(start);
  if (!ctx || start - ctx.end > ATTRIBUTION_REACH)
    return table && !requireDocLevel ? columnSays(inp, table.row, table.column) : undefined;
  // （国发〔2015〕5号，以下简称《意见》）从八个方面…: the short name defined after the number is no gap
  const gap = inp.f.slice(ctx.end, start).replace(ALIAS_DEFINED, '');
  if (SELF_MARK.test(gap) || BARE_OWN_ZH.test(lastClause(gap) ?? '')) return undefined;
  const c = corpusById(inp.lib, ctx.docId);
  if (!c) return undefined;
  if (requireDocLevel && ctx.nodeId && c.nodes.get(ctx.nodeId)?.kind !== 'part') return undefined;
  // In a table, a figure speaks for the Opinion only in its own cell or in a column of its requirements.
  if (table) {
    const cell = table.row.cells[table.row.col];
    const sameCell = ctx.start >= cell.start && ctx.end <= cell.end;
    if (table.column.role === 'own') return undefined;
    if (!sameCell && table.column.role === 'other') return undefined;
    if (!sameCell) return { c, nodeId: ctx.nodeId };
  }
  const zh = /[\u3400-\u9fff]/.test(inp.f.slice(start, start + 4)) || /[\u3400-\u9fff]/.test(gap);
  if (zh) {
    if (OWN_ZH.test(gap)) return undefined;
    // 按照《意见》，到2017年我国…: a sentence led by the citation states what the document says, however far
    if (gap.length > 8 && !CLAIM_VERB_ZH.test(gap) && !underZh(inp.f, ctx.start, gap)) return undefined;
  } else {
    // "the Opinions' seven main tasks": a possessive right after the name attributes
    if (!CLAIM_VERB_EN.test(gap) && !/^['’]s?\s/.test(gap) && !underCitation(inp, ctx.start)) return undefined;
  }
  return { c, nodeId: ctx.nodeId };
}

/** A caption that says the table holds the document's words: 《意见》提出的发展目标如下, "The Opinions set these targets". */
const CAPTION_SAYS =
  /^[^。.;；\n]{0,12}?(?:提出|要求|明确|确定|设定|部署|规定|\bsets?\b|\bcalls?\s{1,2}for\b|\brequires?\b|\blists?\b)/i;

/**
 * A figure in a table row that names no document: the column's header says whose it is — the document it names
 * (《意见》目标, "Opinion target"), the nation's (国家要求), or the table's document when the header row names it or the
 * caption attributes the table to it (《意见》提出的目标如下) and the column holds requirements; never the drafter's own.
 */
function columnSays(inp: DraftLookups, row: TableRow, col: Column): { c: Corpus } | undefined {
  const c = corpusById(inp.lib, col.docId);
  if (!c || col.role === 'own' || col.role === 'other') return undefined;
  if (col.role === 'doc' || col.role === 'national') return { c };
  const t = inp.tables.tableDoc(row);
  if (t.inHeader) return { c };
  const caption = inp.f.slice(row.caption.start, row.caption.end);
  if (SELF_MARK.test(caption) || OWN_ZH.test(caption)) return undefined;
  for (let k = firstContextFrom(inp, row.caption.start); k < inp.contexts.length; k++) {
    const x = inp.contexts[k];
    if (x.end > row.caption.end) break;
    if (!x.nodeId && x.docId === c.id && CAPTION_SAYS.test(inp.f.slice(x.end, row.caption.end))) return { c };
  }
  return undefined;
}

/** Between an English claim and the document named after it: "… is a 2020 objective under the Opinions", "…, as
 *  required by the Opinions", "… (a target set in the Opinions)". */
const AFTER_EN =
  /^\s{0,2}(?:,|\(|(?:is|are|was|were|remains?)\s{1,2}(?:an?|the|one\s{1,2}of\s{1,2}the)\s{1,2}(?:\d{4}\s{1,2})?(?:[\w-]{1,20}\s{1,2})?(?:objectives?|goals?|targets?|requirements?))?\s{0,2}(?:as\s{1,2}(?:required|set(?:\s{1,2}out)?|called\s{1,2}for|stipulated)\s{1,2}(?:by|in)|(?:set\s{1,2}(?:out\s{1,2})?)?(?:under|in|by|of))\s{1,2}$/i;

/** The document a claim is said to be of by what follows it in its sentence (English): "The Hundred … Demonstration
 *  Project is a 2020 objective under the Opinions". Only for a claim no citation before it attributes. */
export function attributedAfter(inp: DraftLookups, end: number): { c: Corpus } | undefined {
  const ctx = inp.contextFrom(end, 80);
  if (!ctx || inp.sentenceOf(ctx.start) !== inp.sentenceOf(end)) return undefined;
  const gap = inp.f.slice(end, ctx.start);
  if (/[\u3400-\u9fff]/.test(gap) || !AFTER_EN.test(gap)) return undefined;
  if (SELF_MARK.test(inp.f.slice(Math.max(0, end - 80), end))) return undefined;
  const c = corpusById(inp.lib, ctx.docId);
  return c ? { c } : undefined;
}

/** 按照《意见》，… / 根据《意见》，…: the citation leads its sentence, and the gap after it stays in that sentence. */
function underZh(f: string, start: number, gap: string): boolean {
  return (
    UNDER_ZH.test(f.slice(Math.max(0, start - 6), start)) &&
    /^[ \t]{0,2}[,，]/.test(gap) &&
    !/[。；;!?！？]/.test(gap) &&
    !OWN_PLACE_ZH.test(gap)
  );
}
/** The drafter's own place named without 全/本/我: 省内, 辖区, 当地 (the document's words would be 我国 or 各地). */
const OWN_PLACE_ZH = /[省市区县州]内|辖区|域内|当地|本地/;
const UNDER_ZH = /(?:^|[^为])(?:按照|根据|依据|依照|遵照)[ \t]{0,2}$/;

/** "Under the Opinions, …", and "Under the Opinions (GF No. (2015)5), …" where the citation at `start` is the number
 *  in parentheses after the name. */
function underCitation(inp: DraftLookups, start: number): boolean {
  const lead = inp.f.slice(Math.max(0, start - 24), start);
  if (UNDER_EN.test(lead)) return true;
  const paren = /\([ \t]{0,2}$/.exec(lead);
  const named = paren ? inp.contextAt(start - paren[0].length) : undefined;
  if (!named || named.end < start - paren![0].length - 2) return false;
  return UNDER_EN.test(inp.f.slice(Math.max(0, named.start - 24), named.start));
}

// The value is a whole number: 1.5 in 优于1.52015年 is not a PUE of 1.520 (nor of 1), it runs into a year.
