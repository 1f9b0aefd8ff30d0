// The numbers that open the lines of a source's outline: 一、（一）1.（1） in Chinese, I. (1) 1. (a) in English.
import type { Lang } from '../corpus';
import type { Line } from './lines';

const ZH_NUMERAL = '[一二三四五六七八九十]{1,3}';
export const RE = {
  zh: {
    part: new RegExp(`^(${ZH_NUMERAL})[ \\t]{0,2}、[ \\t\\u3000]*`),
    section: new RegExp(`^[（(](${ZH_NUMERAL})[)）][ \\t\\u3000]*`),
    item: /^(\d{1,2})[ \t]{0,1}[.．、](?!\d)[ \t\u3000]*/,
    sub: /^[（(](\d{1,2})[)）][ \t\u3000]*/,
  },
  en: {
    part: /^([IVX]{1,5})[ \t]{0,1}[.,、:][ \t]+/,
    section: /^\((\d{1,2})\)[ \t]*/,
    item: /^(\d{1,2})\.(?!\d)[ \t]+/,
    sub: /^\(([a-z])\)[ \t]*/,
  },
};

/** A part or section heading: where the front matter ends, and what is never a signature or a title. */
export function isHead(l: Line, lang: Lang): boolean {
  const re = RE[lang];
  return re.part.test(l.text) || re.section.test(l.text);
}
