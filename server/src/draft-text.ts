// What a draft file's bytes read as, for the command line (Node) and the web page (a browser) alike: the same bytes
// must give the same text, or the two would report different lines and columns for the same file. Pure: bytes or
// mammoth's raw text in, text out (TextDecoder is in both).
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030';

/** Decodes a text file: a BOM says UTF-8 or UTF-16; otherwise UTF-8 if it is valid, else GB18030 (GBK drafts). */
export function decodeBytes(buf: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    // ignoreBOM: a second BOM after the first stays in the text, as Buffer's decoder keeps it
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf.subarray(3)), encoding: 'utf8-bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf16be' };
  if (buf.includes(0)) return undefined; // binary, not a draft
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  }
}

/**
 * A Word document's text from mammoth's extractRawText, one line per paragraph (table cells and text boxes included,
 * in document order), which is what Word writes when it saves the same document as plain text: so line N is
 * paragraph N.
 */
export function docxLines(raw: string): string {
  // mammoth ends every paragraph with "\n\n" and drops soft line breaks, so paragraphs never hold "\n\n".
  const paragraphs = raw.split('\n\n');
  if (paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return paragraphs.join('\n');
}
