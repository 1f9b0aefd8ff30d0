// The library the command line checks against. Today: the bundled Opinion. This is the one place that turns
// options into a Library, so multi-source support (issue 6: `--sources PATH`, config "sources") plugs in here;
// worker threads call it too, so every thread sees the same sources.
import type { Library } from '../core/resolve';
import { bundledLibrary } from '../bundled';
import type { CheckOptions } from './options';

export function buildLibrary(options: Pick<CheckOptions, 'sources'>): { lib: Library; problems: string[] } {
  const { lib, problems } = bundledLibrary();
  return { lib, problems: [...problems, ...libraryProblems(options)] };
}

/** What is wrong with the sources asked for, said once by the main thread (workers build their own library). */
export function libraryProblems(options: Pick<CheckOptions, 'sources'>): string[] {
  // Not wired yet: say so rather than silently checking against fewer documents than asked.
  return options.sources.length ? [`sources are not supported by the command line yet; ignoring: ${options.sources.join(', ')}`] : [];
}
