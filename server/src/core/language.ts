// Which language a draft is written in, for the messages about it when the reader asked for none. An English draft
// quotes 国发〔2015〕5号 and a Chinese one writes PUE or Part II: a few characters of the other script do not make a
// draft bilingual, so the share of each script decides.
import type { Lang } from './corpus';

/** Chinese when CJK characters are a fair share (a fifth) of the letters, read over the first 20,000 characters. */
export function draftLanguage(text: string): Lang {
  let cjk = 0,
    latin = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk * 5 > latin ? 'zh' : 'en';
}
