// The library the command line checks against: the bundled Opinion plus the user sources given with
// `--sources PATH` (a file, a folder or a glob; repeatable) or a config file's "sources". This is the one place
// that turns options into a Library; worker threads call it too, so every thread sees the same sources.
import type { Lang } from '../core/corpus';
import type { Library } from '../core/resolve';
import { lineStartsOf } from '../core/scan';
import { bundledLibrary } from '../bundled';
import { loadSourceLibrary } from '../sources-node';
import type { Options } from './options';

type SourceOptions = Pick<Options, 'sources'> & { lang?: Lang };

export function buildLibrary(options: SourceOptions): { lib: Library; problems: string[] } {
  const { lib, problems } = bundledLibrary();
  if (!options.sources.length) return { lib, problems };
  const loaded = loadSourceLibrary(options.sources, { base: lib });
  return { lib: loaded.lib, problems: [...problems, ...describe(loaded, options.lang ?? 'en')] };
}

/** What is wrong with the sources asked for, said once by the main thread (workers build their own library). */
export function libraryProblems(options: SourceOptions): string[] {
  if (!options.sources.length) return [];
  return describe(loadSourceLibrary(options.sources), options.lang ?? 'en');
}

/** Missing or unreadable sources, and each source's parse problems as FILE:LINE:COL: severity message. */
function describe(loaded: ReturnType<typeof loadSourceLibrary>, lang: Lang): string[] {
  const out = [...loaded.problems];
  for (const s of loaded.sources) {
    if (!s.problems.length) continue;
    const text = s.data?.texts.zh ?? s.data?.texts.en;
    const starts = text !== undefined ? lineStartsOf(text) : [0];
    for (const p of s.problems) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= p.span.start) line++;
      out.push(`${s.path}:${line + 1}:${p.span.start - starts[line] + 1}: ${p.severity} ${p.message[lang]}`);
    }
  }
  return out;
}
