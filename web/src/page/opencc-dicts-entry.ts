// opencc-dicts.js: the traditional → simplified dictionaries, a script of their own that the page loads the first
// time the worker meets a text that needs them (worker/opencc-lazy.ts); plain data, handed on to the worker.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

(window as unknown as { policyCiteOpenccDicts: unknown }).policyCiteOpenccDicts = [TSPhrases, TSCharacters];
