// The page's worker takes this module where the core asks for opencc-js/t2cn (esbuild.js swaps it in): the same
// converter, whose dictionaries (about 190 KB, the biggest part of the worker) come only when a text needs them.
//
// Why the answer is the same: the conversion replaces each longest match of a dictionary key by its value. TRIGGER
// holds every character that a changing entry (value ≠ key) does not keep in place (server/src/core/opencc-trigger.ts,
// generated from the dictionaries; the engine itself asks for the converter only for a text with one of them). A text with none of them can match only entries that leave it as it is, so the
// converter returns it unchanged — what this stand-in returns until the dictionaries are installed. Neither the
// Opinion's text nor a plain simplified-Chinese draft holds such a character; a draft or source that does makes the
// worker ask the page for the dictionaries before it is read (worker/main.ts).
import { OPENCC_TRIGGER as TRIGGER } from '../../../server/src/core/opencc-trigger';

type Convert = (s: string) => string;
let real: Convert | undefined;

/** What the core calls: a converter that stays correct once the dictionaries arrive (the core keeps the function). */
export function Converter(_options: { from: string; to: string }): Convert {
  return (s) => (real ? real(s) : s);
}

/** Whether `text` could convert differently with the dictionaries than without them. */
export function needsDictionaries(text: string): boolean {
  return !real && TRIGGER.test(text);
}

/** The dictionaries of opencc-js's t → cn conversion, in its order: TSPhrases, then TSCharacters. */
export async function installDictionaries(dicts: string[]): Promise<void> {
  // opencc-js is an ES module and this project compiles to CommonJS: a dynamic import, which esbuild bundles inline.
  const { ConverterFactory } = await import('opencc-js/core');
  real ??= ConverterFactory(dicts);
}

export const dictionariesInstalled = () => !!real;
