// Comparing an English title with a document's English titles by what its words mean, not letter by letter: the
// renderings in circulation differ in words that translate the same Chinese (Stimulating / Promoting, Models / Forms /
// Formats, Fostering / Cultivating), while a changed genre ("Guiding Opinions", "Notice"), a narrowed industry
// ("Information Services Industry") or "New Normal" for 新业态 make it another document's title. Part of resolution.
import type { Corpus } from './corpus';

/** Words that translate the same Chinese word in titles, to one concept each. */
const SAME: Record<string, string> = {
  stimulating: 'promote',
  promoting: 'promote',
  boosting: 'promote',
  accelerating: 'promote',
  advancing: 'promote',
  encouraging: 'promote',
  facilitating: 'promote',
  fostering: 'foster',
  cultivating: 'foster',
  nurturing: 'foster',
  nourishing: 'foster',
  innovation: 'innovate',
  innovative: 'innovate',
  development: 'develop',
  developing: 'develop',
  models: 'form',
  model: 'form',
  forms: 'form',
  formats: 'form',
  format: 'form',
  types: 'form',
  modes: 'form',
  industries: 'industry',
  sector: 'industry',
  opinions: 'opinion',
  businesses: 'business',
};

/** Words that carry no concept of their own in a title. */
const FILLER = new Set([
  'the',
  'of',
  'on',
  'in',
  'for',
  'and',
  'to',
  'a',
  'an',
  'concerning',
  'regarding',
  'about',
  'state',
  'council',
  's',
]);

/** Words that change what a document is when added to a title, or put for one of its words. */
const CHANGING = new Set([
  'guiding',
  'guidance',
  'guideline',
  'guidelines',
  'notice',
  'circular',
  'decision',
  'plan',
  'measures',
  'implementation',
  'implementing',
  'action',
  'several',
  'services',
  'service',
  'technology',
  'software',
  'manufacturing',
  'normal',
  'economy',
]);

/** Concepts that may be left out without changing the title (Formats for Business Formats). */
const OPTIONAL = new Set(['business']);

function concepts(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().match(/[a-z]+/g) ?? []) if (!FILLER.has(w)) out.add(SAME[w] ?? w);
  return out;
}

const vocabularies = new WeakMap<Corpus, { own: Set<string>; all: Set<string> }>();

/** The concepts of a corpus's English title (`own`) and of every rendering it knows (`all`). */
function vocabulary(c: Corpus): { own: Set<string>; all: Set<string> } {
  let v = vocabularies.get(c);
  if (!v) {
    const own = concepts(c.data.meta.title.en ?? '');
    const all = new Set(own);
    for (const a of c.data.meta.altTitles?.en ?? []) for (const x of concepts(a)) all.add(x);
    v = { own, all };
    vocabularies.set(c, v);
  }
  return v;
}

/**
 * How an English title compares with a corpus's: `same` (another rendering: every word means one of the title's,
 * and nearly all its concepts are there), `changed` (the title with a word that makes it another document),
 * `other` (too little of the title to be it), or `unknown` (words neither rendering nor change: leave it to letters).
 */
export function compareEnglishTitle(title: string, c: Corpus): 'same' | 'changed' | 'other' | 'unknown' {
  const { own, all } = vocabulary(c);
  if (!own.size) return 'unknown';
  const have = concepts(title);
  const needed = [...own].filter((x) => !OPTIONAL.has(x));
  const covered = needed.filter((x) => have.has(x)).length / needed.length;
  if (covered < 0.6) return 'other';
  let changed = false;
  for (const x of have) {
    if (all.has(x)) continue;
    if (!CHANGING.has(x)) return 'unknown';
    changed = true;
  }
  if (covered < 0.8) return changed ? 'other' : 'unknown';
  return changed ? 'changed' : 'same';
}

/** Whether an English title is a short name of a corpus's title: its kind of document (the title's first word,
 *  "Opinions") and at least two more of the title's concepts, and nothing else ("Opinions on Cloud Computing"). */
export function isShortEnglishTitle(title: string, c: Corpus): boolean {
  const { own, all } = vocabulary(c);
  const have = concepts(title);
  const kind = [...own][0];
  if (!kind || !have.has(kind)) return false;
  let more = 0;
  for (const x of have) {
    if (!all.has(x)) return false;
    if (x !== kind) more++;
  }
  return more >= 2;
}
