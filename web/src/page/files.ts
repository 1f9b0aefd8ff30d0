// Reading what the reader opens or drops: text files decoded as the command line decodes them (UTF-8 with or without
// BOM, UTF-16, GB18030), Word files through mammoth's browser build, which is a separate script (docx.js) loaded the
// first time a .docx arrives (most drafts pasted or opened as text never pay for it).
import { decodeBytes } from '../../../server/src/draft-text';
import type { Bilingual } from '../protocol';
import { loadGlobal } from './scripts';

export interface OpenedFile {
  name: string;
  text: string;
  kind: 'text' | 'markdown' | 'docx';
}

export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly reason: Bilingual,
  ) {
    super(`${file}: ${reason.en}`);
  }
}

const NOT_SUPPORTED = /\.(doc|wps|rtf|pdf|odt|pages|xlsx?|pptx?)$/i;

interface DocxReader {
  read(data: ArrayBuffer): Promise<string>;
}

export async function readFile(file: File): Promise<OpenedFile> {
  const name = file.name;
  if (NOT_SUPPORTED.test(name))
    throw new FileProblem(name, {
      zh: '不支持该格式：请另存为 .docx、.txt 或 .md 后再打开',
      en: 'this format is not supported: save it as .docx, .txt or .md and open that',
    });
  const data = await file.arrayBuffer();
  if (/\.docx$/i.test(name)) {
    try {
      const reader = await loadGlobal<DocxReader>('docx.js', 'policyCiteDocx');
      return { name, text: await reader.read(data), kind: 'docx' };
    } catch (e) {
      throw new FileProblem(name, {
        zh: `不是可读取的 Word（.docx）文件（${(e as Error).message}）`,
        en: `not a readable Word (.docx) file (${(e as Error).message})`,
      });
    }
  }
  const decoded = decodeBytes(new Uint8Array(data));
  if (!decoded) throw new FileProblem(name, { zh: '不是文本文件', en: 'not a text file' });
  return { name, text: decoded.text, kind: /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text' };
}

/** Saves text as a file the browser downloads; nothing leaves the machine (a blob: URL). */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
