// Quotations: text in “”, "", 「」 or 『』 within one line; the quoted text is taken as written, not folded.
import type { Quote } from './model';

const QUOTE = /“([^“”\n]{1,400})”|"([^"\n]{1,400})"|「([^「」\n]{1,400})」|『([^『』\n]{1,400})』/g;

export function scanQuotes(f: string, orig: string, out: Quote[]): void {
  QUOTE.lastIndex = 0;
  for (let m; (m = QUOTE.exec(f));) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const start = m.index,
      end = m.index + m[0].length;
    out.push({
      kind: 'quote',
      span: { start, end },
      inner: { start: start + 1, end: end - 1 },
      text: orig.slice(start + 1, end - 1),
      lang: /[\u3400-\u9fff]/.test(inner) ? 'zh' : 'en',
      docId: null,
    });
  }
}
