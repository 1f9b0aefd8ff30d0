// date-mismatch: a wrong date of issue; the date a document was made public given as its date of issue is explained.
import type { Corpus, Lang } from '../corpus';
import type { RuleFinding } from '../model';
import { type Resolved, contextAt, corpusById, firstContextFrom } from '../resolve';
import { execAll } from '../blocks';
import { bi, fix, related } from '../labels';
import { MONTHS } from '../text';
import type { CheckContext } from './context';

export const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

export const DATE_ZH = /(\d{4})[ \t]{0,1}年(?:[ \t]{0,1}(\d{1,2})[ \t]{0,1}月(?:[ \t]{0,1}(\d{1,2})[ \t]{0,1}日)?)?/g;

export const DATE_EN = new RegExp(
  `\\b(\\d{1,2})\\s{1,2}${MON},?\\s{1,2}(\\d{4})\\b|\\b${MON}\\s{1,2}(\\d{1,2}),?\\s{1,2}(\\d{4})\\b|\\b${MON}\\s{1,2}(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'g',
);

export const ISSUE_ZH = /印发|颁布|下发|签发|出台|成文/;

/** Between a citation and its date: 《意见》于, 《…》（国发〔2015〕5号）于, （国发〔2015〕5号，以下简称《意见》）由国务院于. */
const DOC_BEFORE_DATE =
  /^[ \t]{0,2}(?:\(?[ \t]{0,2}(?:,[ \t]{0,2})?(?:以下|下文|下同)?[ \t]{0,2}简称[^)\n]{0,24}\)|\))?[ \t]{0,2}(?:是|由|为|系|于|在|,|，)?[ \t]{0,2}(?:国务院)?[ \t]{0,2}(?:于|在)?[ \t]{0,2}$/;

const ANNIVERSARY = /^[ \t]{0,2}(?:实施)?[一二三四五六七八九十两\d]{0,3}[ \t]{0,2}周年/;

export const VERB_ZH = /^[ \t,，]{0,2}(?:由)?(?:国务院)?(?:正式)?(印发|发布|颁布|下发|出台|公布|签发|发出|成文)/;

export const VERB_EN =
  /\b(issued|dated|promulgated|released|published|adopted|signed|made\s+public|announced)\b(?:\s{1,2}by\s{1,2}the\s{1,2}State\s{1,2}Council)?\s{0,2}(?:on|in|of)?\s{0,2}$/i;

export const VERB_EN_AFTER =
  /^,?\s{0,2}the\s{1,2}State\s{1,2}Council\s{1,2}(issued|released|published|promulgated|adopted)\b/i;

/** A date the draft gives as a document's date, with the verb that says so and the document it is given for. */
interface DateClaim {
  m: RegExpExecArray;
  y: number;
  mo: number | undefined;
  d: number | undefined;
  verb: string;
  c: Corpus;
  lang: Lang;
  /** How the date is written: zh, dmy, mdy, my or iso (the fix writes the right date the same way). */
  style: string;
}

export function checkDates(inp: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const claim of [...zhDateClaims(inp), ...enDateClaims(inp)]) {
    const finding = judgeDate(claim);
    if (finding) out.push(finding);
  }
  return out;
}

/** 2015年1月6日印发的《意见》, 《意见》于2015年1月6日印发: a Chinese date followed by a verb of issue, and the
 *  document named right after the verb or before the date in the same sentence. */
function zhDateClaims(inp: CheckContext): DateClaim[] {
  const { f, r } = inp;
  const out: DateClaim[] = [];
  for (const m of execAll(DATE_ZH, f, inp.blocks)) {
    if (/[〔[(]$/.test(f[m.index - 1] ?? '')) continue;
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 12);
    let v = VERB_ZH.exec(after);
    let docCtx: Resolved['contexts'][number] | undefined;
    if (v) {
      // the document: named right after the verb, or before the date in the same sentence
      const tail = m.index + m[0].length + v[0].length;
      const next = contextFrom(r, tail, 8);
      const prev = contextAt(r, m.index);
      docCtx = next ?? (prev && !prev.nodeId && DOC_BEFORE_DATE.test(f.slice(prev.end, m.index)) ? prev : undefined);
    } else {
      // 自2015年1月16日《意见》印发以来: the document between the date and the verb
      const between = contextFrom(r, m.index + m[0].length, 4);
      if (between && /^[ \t,，]{0,2}(?:国务院)?[ \t]{0,2}$/.test(f.slice(m.index + m[0].length, between.start))) {
        v = VERB_ZH.exec(f.slice(between.end, between.end + 8));
        // 2016年1月《意见》印发一周年: the date of an anniversary, not of the document
        if (v && ANNIVERSARY.test(f.slice(between.end + v[0].length, between.end + v[0].length + 12))) v = null;
        if (v) docCtx = between;
      }
    }
    if (!v || !docCtx) continue;
    const c = corpusById(inp.lib, docCtx.docId);
    if (c)
      out.push({
        m,
        y: Number(m[1]),
        mo: m[2] ? Number(m[2]) : undefined,
        d: m[3] ? Number(m[3]) : undefined,
        verb: v[1],
        c,
        lang: 'zh',
        style: 'zh',
      });
  }
  return out;
}

/** "issued on 6 January 2015", "January 6, 2015, the State Council issued the Opinions": an English date (four
 *  ways of writing it) after a document and a verb of issue, or before "the State Council issued" and a document. */
function enDateClaims(inp: CheckContext): DateClaim[] {
  const { f, r } = inp;
  const out: DateClaim[] = [];
  for (const m of execAll(DATE_EN, f, inp.blocks)) {
    const { y, mo, d, style } = readEnDate(m);
    const prev = contextAt(r, m.index);
    let verb: string | undefined;
    let docId: string | undefined;
    if (prev && !prev.nodeId) {
      const v = m.index - prev.end <= 80 ? VERB_EN.exec(f.slice(prev.end, m.index)) : null;
      if (v) {
        verb = v[1];
        docId = prev.docId;
      }
    }
    if (!verb) {
      const v = VERB_EN_AFTER.exec(f.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (v) {
        const tail = m.index + m[0].length + v[0].length;
        const next = contextFrom(r, tail, 10);
        if (next) {
          verb = v[1];
          docId = next.docId;
        }
      }
    }
    const c = corpusById(inp.lib, docId);
    if (verb && c) out.push({ m, y, mo, d, verb, c, lang: 'en', style });
  }
  return out;
}

/** The year, month and day of a DATE_EN match and which of its forms it is. */
function readEnDate(m: RegExpExecArray): { y: number; mo: number | undefined; d: number | undefined; style: string } {
  let y: number, mo: number | undefined, d: number | undefined, style: string;
  if (m[1]) {
    d = Number(m[1]);
    mo = monthOf(m[2]);
    y = Number(m[3]);
    style = 'dmy';
  } else if (m[4]) {
    mo = monthOf(m[4]);
    d = Number(m[5]);
    y = Number(m[6]);
    style = 'mdy';
  } else if (m[7]) {
    mo = monthOf(m[7]);
    y = Number(m[8]);
    style = 'my';
  } else {
    y = Number(m[9]);
    mo = Number(m[10]);
    d = Number(m[11]);
    style = 'iso';
  }
  return { y, mo, d, style };
}

/** The finding for a date that is neither the document's date of issue nor (with a verb that allows it) the date it
 *  was made public; the date made public given for a verb of issue is explained by the corpus's note. */
function judgeDate({ m, y, mo, d, verb, c, lang, style }: DateClaim): RuleFinding | undefined {
  if (!c.data.meta.date.iso) return; // a user source without a date line: nothing to compare with
  const issue = c.data.meta.date.iso.split('-').map(Number);
  const pub = c.data.meta.published?.iso.split('-').map(Number);
  const same = (x: number[]) => x[0] === y && (mo === undefined || x[1] === mo) && (d === undefined || x[2] === d);
  const isIssueVerb = ISSUE_ZH.test(verb) || /issued|dated|promulgated|signed|adopted/i.test(verb);
  if (same(issue)) return;
  if (pub && same(pub) && !isIssueVerb) return;
  const span = { start: m.index, end: m.index + m[0].length };
  const right =
    lang === 'zh'
      ? c.data.meta.date.zh
      : style === 'mdy' && monthName(issue[1])
        ? `${monthName(issue[1])} ${issue[2]}, ${issue[0]}`
        : style === 'iso'
          ? c.data.meta.date.iso
          : c.data.meta.date.en;
  const note = pub && same(pub) ? c.data.meta.published!.note : undefined;
  return {
    code: 'date-mismatch',
    span,
    message: note
      ? bi(
          `${note.zh}；“${verb}”应写成文日期${c.data.meta.date.zh}。`,
          `${note.en}; for "${verb}" use the date of issue, ${c.data.meta.date.en}.`,
        )
      : bi(
          `日期不符：${c.data.meta.number.zh}的成文日期是${c.data.meta.date.zh}${pub ? `（${c.data.meta.published!.zh}公开发布）` : ''}。`,
          `Wrong date: ${c.data.meta.number.en} is dated ${c.data.meta.date.en}${pub ? ` (made public on ${c.data.meta.published!.en})` : ''}.`,
        ),
    related: related(c, c.nodes.get('date'), lang),
    fixes: [fix(`改为“${right}”`, `Change to "${right}"`, span, right)],
  };
}

/** The first document context starting within `within` characters after `tail`. */
export function contextFrom(r: Resolved, tail: number, within: number): Resolved['contexts'][number] | undefined {
  for (let k = firstContextFrom(r, tail); k < r.contexts.length && r.contexts[k].start - tail <= within; k++)
    if (!r.contexts[k].nodeId) return r.contexts[k];
  return undefined;
}

export function monthOf(s: string): number {
  const k = s.toLowerCase().replace('.', '');
  return MONTHS.findIndex((mn) => mn.startsWith(k.slice(0, 3))) + 1;
}

/** The English name of month `m` (1–12): July; undefined for no month. */
function monthName(m: number): string | undefined {
  const name = MONTHS[m - 1];
  return name ? name[0].toUpperCase() + name.slice(1) : undefined;
}
