// The document number (国发〔2015〕50号, GF No. (2015)40) and the date (2015年8月31日, 二〇一五年八月三十一日,
// 31 August 2015, August 31, 2015, 2015-08-31) as a source writes them on a line of their own.
import type { CorpusData, Lang } from '../corpus';
import { MONTHS, parseZhNumber } from '../text';

const NUMBER_ZH =
  /^([\u3400-\u9fff]{1,12})[ \t]{0,2}[〔[(（【]([12]\d{3})[〕\])）】][ \t]{0,2}(?:第)?[ \t]{0,2}(\d{1,5})[ \t]{0,2}号$/;
const NUMBER_EN =
  /^(GF|Guofa|Guo Fa|GBF|Guobanfa|Guo Ban Fa|GH|GBH|Guohan|Guobanhan|[A-Z][A-Za-z]{1,10})\.?\s{0,2}(?:No\.?\s{0,2})?[[(〔]\s{0,2}([12]\d{3})\s{0,2}[\])〕]\s{0,2}(?:No\.?\s{0,2})?(\d{1,5})\.?$/i;
const EN_AGENCY: Record<string, string> = {
  gf: '国发',
  guofa: '国发',
  'guo fa': '国发',
  gbf: '国办发',
  guobanfa: '国办发',
  'guo ban fa': '国办发',
  gh: '国函',
  guohan: '国函',
  gbh: '国办函',
  guobanhan: '国办函',
};
const AGENCY_EN: Record<string, string> = { 国发: 'GF', 国办发: 'GBF', 国函: 'GH', 国办函: 'GBH' };
const DATE_ZH = /^([12]\d{3})[ \t]{0,1}年[ \t]{0,1}(\d{1,2})[ \t]{0,1}月[ \t]{0,1}(\d{1,2})[ \t]{0,1}日$/;
const DATE_ZH_NUMERALS =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const DATE_EN_DMY = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+([12]\d{3})$/;
const DATE_EN_MDY = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+([12]\d{3})$/;
const DATE_ISO = /^([12]\d{3})-(\d{2})-(\d{2})$/;

/** A line that is a date and nothing else, in any of the forms above, as the corpus records dates; else undefined. */
export function parseDate(s: string): { iso: string; zh: string; en: string } | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  let y: number | undefined, m: number | undefined, d: number | undefined;
  let r = DATE_ZH.exec(t);
  if (r) {
    y = +r[1];
    m = +r[2];
    d = +r[3];
  } else if ((r = DATE_ZH_NUMERALS.exec(t))) {
    y = Number([...r[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
    m = parseZhNumber(r[2]);
    d = parseZhNumber(r[3]);
  } else if ((r = DATE_EN_DMY.exec(t))) {
    d = +r[1];
    m = monthOf(r[2]);
    y = +r[3];
  } else if ((r = DATE_EN_MDY.exec(t))) {
    m = monthOf(r[1]);
    d = +r[2];
    y = +r[3];
  } else if ((r = DATE_ISO.exec(t))) {
    y = +r[1];
    m = +r[2];
    d = +r[3];
  }
  if (!y || !m || !d || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${y}-${pad(m)}-${pad(d)}`,
    zh: `${y}年${m}月${d}日`,
    en: `${d} ${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}`,
  };
}

function monthOf(s: string): number | undefined {
  const k = s.toLowerCase();
  if (k.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3)) && (k.length <= 4 || m === k));
  return i >= 0 ? i + 1 : undefined;
}

/** A line that is a document number and nothing else (in an English file also GF No. (2015)40 and the like). */
export function parseNumber(s: string, lang: Lang): CorpusData['meta']['number'] | undefined {
  let m = NUMBER_ZH.exec(s);
  if (m) {
    const agency = m[1],
      year = +m[2],
      seq = +m[3];
    const zh = `${agency}〔${year}〕${seq}号`;
    return { zh, en: AGENCY_EN[agency] ? `${AGENCY_EN[agency]} No. (${year})${seq}` : zh, agency, year, seq };
  }
  if (lang === 'en' && (m = NUMBER_EN.exec(s))) {
    const agency = EN_AGENCY[m[1].toLowerCase()] ?? m[1];
    const year = +m[2],
      seq = +m[3];
    return { zh: `${agency}〔${year}〕${seq}号`, en: s.replace(/\.$/, ''), agency, year, seq };
  }
  return undefined;
}
