// What the command line reads: PATH arguments expanded to files (folders searched, globs matched), and each
// file decoded to the text the engine checks — plain text and Markdown in UTF-8, UTF-16 or GB18030, Word via mammoth.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, docxLines } from '../draft-text';
import { globToRegExp } from '../glob';

export type DraftKind = 'text' | 'markdown' | 'docx';
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030' | 'docx';

export interface Draft {
  kind: DraftKind;
  /** The text the engine sees: no byte-order mark; for .docx one line per paragraph, joined by \n. */
  text: string;
  encoding: Encoding;
}

/** A problem with one PATH argument or file: reported with its name, and the other files are still checked. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: { zh: string; en: string },
  ) {
    super(`${file}: ${reason.en}`);
  }
}

const CHECKED = /\.(txt|text|md|markdown|docx)$/i;
const NOT_SUPPORTED = /\.(doc|wps|rtf|pdf|odt|pages|xlsx?|pptx?)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export function kindOf(file: string): DraftKind {
  if (/\.docx$/i.test(file)) return 'docx';
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  return 'text';
}

/** Folders and files a search never enters: hidden ones, dependencies, and Word's ~$ lock files of open documents. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules' || name.startsWith('~$');

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (skipped(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if ((e.isFile() || e.isSymbolicLink()) && CHECKED.test(e.name)) out.push(full);
  }
}

function expandGlob(pattern: string): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const parts = norm.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (norm.startsWith('/') ? '/' : '.');
  const re = globToRegExp(norm.startsWith('./') ? norm.slice(2) : norm);
  const all: string[] = [];
  walk(base, all);
  return all.filter((f) => {
    const rel = f.replace(/\\/g, '/');
    return re.test(rel) || re.test(rel.replace(/^\.\//, ''));
  });
}

/**
 * Expands PATH arguments in order, without duplicates. Folders yield their .txt/.md/.docx files (sorted, hidden
 * ones skipped); a path that does not exist but has glob characters is matched as a glob (for shells that pass
 * them on quoted, and for Windows); a named file is checked whatever its extension, unless it is a format
 * the engine cannot read.
 */
export function expandPaths(args: string[]): { files: string[]; problems: InputError[] } {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputError[] = [];
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(arg, found);
      found.forEach(add);
    } else if (st) {
      if (NOT_SUPPORTED.test(arg)) {
        problems.push(
          new InputError(arg, {
            zh: '不支持该格式：请另存为 .docx、.txt 或 .md 后再检查',
            en: 'this format is not supported: save it as .docx, .txt or .md and check that',
          }),
        );
      } else add(arg);
    } else if (GLOB_CHARS.test(arg)) {
      const found = expandGlob(arg);
      if (!found.length)
        problems.push(
          new InputError(arg, {
            zh: '没有与之匹配的 .txt、.md 或 .docx 文件',
            en: 'no .txt, .md or .docx file matches this pattern',
          }),
        );
      found.forEach(add);
    } else {
      problems.push(new InputError(arg, { zh: '文件或文件夹不存在', en: 'no such file or folder' }));
    }
  }
  return { files, problems };
}

/** Decodes a text file: a BOM says UTF-8 or UTF-16; otherwise UTF-8 if it is valid, else GB18030 (GBK drafts). */
export function decodeText(buf: Buffer): { text: string; encoding: Encoding } | undefined {
  return decodeBytes(buf);
}

/** Encodes fixed text the way the file was written; undefined when it cannot be (GB18030 has no encoder here). */
export function encodeText(text: string, encoding: Encoding): Buffer | undefined {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return undefined;
  }
}

/**
 * A Word document's text, one line per paragraph (table cells and text boxes included, in document order),
 * which is what Word writes when it saves the same document as plain text: so line N is paragraph N.
 */
export async function readDocx(buf: Buffer): Promise<string> {
  // Loaded on first use, so plain-text runs never pay for parsing the zip and XML libraries.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as typeof import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: buf });
  return docxLines(value);
}

export async function readDraft(file: string): Promise<Draft> {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(file, { zh: '没有读取权限', en: 'permission denied' });
    if (code === 'EISDIR') throw new InputError(file, { zh: '这是文件夹', en: 'is a folder' });
    throw new InputError(file, {
      zh: `无法读取（${code ?? (e as Error).message}）`,
      en: `cannot be read (${code ?? (e as Error).message})`,
    });
  }
  const kind = kindOf(file);
  if (kind === 'docx') {
    try {
      return { kind, text: await readDocx(buf), encoding: 'docx' };
    } catch (e) {
      throw new InputError(file, {
        zh: `不是可读取的 Word（.docx）文件（${(e as Error).message}）`,
        en: `not a readable Word (.docx) file (${(e as Error).message})`,
      });
    }
  }
  const decoded = decodeText(buf);
  if (!decoded) throw new InputError(file, { zh: '不是文本文件', en: 'not a text file' });
  return { kind, ...decoded };
}
