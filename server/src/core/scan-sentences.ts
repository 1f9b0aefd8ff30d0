// Sentences and lines of a draft: where each starts (what the scanner records for every block), and which sentence
// an offset lies in.

export interface Sentences {
  /** Sorted start offsets of sentences. */
  starts: number[];
}

/** Sentence starts. A sentence ends at 。！？!? or a line break (not a soft wrap inside English prose), or at
 *  '.' followed by space and a capital (not after abbreviations such as No. or e.g.). */
export function sentenceStarts(f: string): Sentences {
  const starts = [0];
  const n = f.length;
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      starts.push(i + 1);
    } else if (c === 0x0a || c === 0x0d) {
      // soft wrap in English prose: "...the\nOpinions" stays one sentence
      const prev = f.charCodeAt(i - 1),
        next = f.charCodeAt(i + 1);
      const lowerPrev = (prev >= 0x61 && prev <= 0x7a) || prev === 0x2c;
      const lowerNext = (next >= 0x61 && next <= 0x7a) || next === 0x28;
      if (!(lowerPrev && lowerNext)) starts.push(i + 1);
    } else if (c === 0x2e && f.charCodeAt(i + 1) === 0x20 && /[A-Z“"]/.test(f[i + 2] ?? '')) {
      const before = f.slice(Math.max(0, i - 5), i);
      if (
        !/(?:\bNo|\bNos|\be\.g|\bi\.e|\bc|\bArt|\bpara|\bSec|\bvs|\bp|\bpp|\bcf|\bMr|\bDr|\bSt|\bVol|\b[A-Z])$/.test(
          before,
        )
      )
        starts.push(i + 1);
    }
  }
  return { starts };
}

export function sentenceOf(s: Sentences, offset: number): number {
  let lo = 0,
    hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      out.push(i + 1);
    } else if (c === 0x0a) out.push(i + 1);
  }
  return out;
}
