// Finding and reading user sources on disk (Node only): every text or Markdown file under a workspace folder's
// .policy-cite/sources/, and the paths, folders or globs of the policyCite.sources setting (or the CLI's
// --sources). The parsing itself is the pure core's (core/source/).
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledLibrary } from './bundled';
import type { Library } from './core/resolve';
import { LoadedSource, SourceInput, libraryWithSources } from './core/source';
import { globToRegExp } from './glob';

export const SOURCES_DIR = path.join('.policy-cite', 'sources');
/** Files read as sources; others in the folder (pictures, .docx) are left alone. */
export const SOURCE_FILE = /\.(?:txt|text|md|markdown)$/i;
/** Bounds that keep a mistaken setting (a glob over a whole disk) from stalling the server. */
const MAX_FILES = 500;
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 12;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

const isGlob = (s: string) => /[*?{]/.test(s);

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out, depth + 1);
    } else if (e.isFile() && SOURCE_FILE.test(e.name)) out.push(full);
  }
}

/** One entry of the setting: a file, a folder (its text and Markdown files) or a glob, relative to `base`. */
export function expandSourcePattern(pattern: string, base: string): string[] {
  const p = pattern.trim().replace(/\\/g, '/');
  if (!p) return [];
  const abs = path.isAbsolute(p) ? p : path.join(base, p);
  if (!isGlob(p)) {
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      return [];
    }
    if (st.isFile()) return [abs];
    if (st.isDirectory()) {
      const out: string[] = [];
      walk(abs, out);
      return out;
    }
    return [];
  }
  // Walk from the folder before the first wildcard, keep what the whole glob matches.
  const parts = abs.replace(/\\/g, '/').split('/');
  const firstGlob = parts.findIndex(isGlob);
  const root = parts.slice(0, firstGlob).join('/') || '/';
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  const all: string[] = [];
  walk(root, all);
  return all.filter((f) => re.test(path.relative(root, f).split(path.sep).join('/')));
}

/** Source files of the workspace folders: .policy-cite/sources/ in each, and each setting entry in each (or as absolute). */
export function findSourceFiles(folders: string[], patterns: string[]): string[] {
  const found = new Set<string>();
  for (const folder of folders) {
    const dir = path.join(folder, SOURCES_DIR);
    const out: string[] = [];
    walk(dir, out);
    for (const f of out) found.add(path.resolve(f));
  }
  for (const p of patterns) {
    const bases = path.isAbsolute(p) || !folders.length ? [folders[0] ?? process.cwd()] : folders;
    for (const b of bases) for (const f of expandSourcePattern(p, b)) found.add(path.resolve(f));
  }
  return [...found].sort().slice(0, MAX_FILES);
}

/** Reads a source file; undefined (with a reason) when it cannot be read or is too large to be a document. */
export function readSource(file: string): { text?: string; problem?: string } {
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_BYTES)
      return { problem: `${file}: larger than ${MAX_BYTES / 1024 / 1024} MB, not read as a source` };
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('utf8');
    // still read (a stray byte should not hide the whole source), but say why some characters show as �
    if (!isUtf8(bytes))
      return {
        text,
        problem: `${file}: not valid UTF-8, read with replacement characters (�); save it as UTF-8 / 不是有效的 UTF-8 编码，无法识别的字节显示为 �，请另存为 UTF-8`,
      };
    return { text };
  } catch (e) {
    return { problem: `${file}: cannot read (${(e as Error).message})` };
  }
}

/**
 * The bundled library plus the sources at `paths` (files, folders or globs, relative to `cwd`). For the command
 * line; the language server does the same through sessions that also see unsaved editor text.
 */
export function loadSourceLibrary(
  paths: string[],
  opts: { cwd?: string; base?: Library } = {},
): { lib: Library; sources: (LoadedSource & { path: string })[]; problems: string[] } {
  const cwd = opts.cwd ?? process.cwd();
  const base = opts.base ?? bundledLibrary().lib;
  const problems: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const got = expandSourcePattern(p, cwd);
    if (!got.length) problems.push(`${p}: no source files found (.txt or .md)`);
    files.push(...got);
  }
  const inputs: SourceInput[] = [];
  for (const f of [...new Set(files.map((f) => path.resolve(f)))]) {
    const { text, problem } = readSource(f);
    if (problem) problems.push(problem);
    if (text !== undefined) inputs.push({ key: f, text });
  }
  const { lib, sources } = libraryWithSources(base, inputs);
  return { lib, sources: sources.map((s) => ({ ...s, path: s.key })), problems };
}
