// docx.js: the Word reader, a script of its own that the page loads the first time a .docx is opened or dropped.
// mammoth's browser build gives the raw text; server/src/draft-text.ts makes it one line per paragraph exactly as
// the command line does, so a .docx gives the same lines, columns and findings in both.
import { extractRawText } from 'mammoth/mammoth.browser';
import { docxLines } from '../../../server/src/draft-text';

(window as unknown as { policyCiteDocx: unknown }).policyCiteDocx = {
  async read(data: ArrayBuffer): Promise<string> {
    const { value } = await extractRawText({ arrayBuffer: data });
    return docxLines(value);
  },
};
