// The library with the user's sources: the bundled Opinion plus every source that parses, and what became of each
// source file (used, not parsed, a duplicate, or the bundled document itself).
import { type Corpus, type CorpusData, type Lang, indexCorpus } from '../corpus';
import type { Library } from '../resolve';
import { canon } from '../text';
import { parseSource } from './parse';
import { type SourceProblem, bi } from './problems';

export interface SourceInput {
  /** Where the source lives (a file URI or path); also what its corpus id is made from. */
  key: string;
  text: string;
}

export interface LoadedSource {
  key: string;
  problems: SourceProblem[];
  /** The corpus id when the source is in the library. */
  corpusId?: string;
  status: 'used' | 'unparsed' | 'duplicate' | 'bundled';
  data?: CorpusData;
}

/**
 * The base library (the bundled Opinion, always first and never replaced) plus every source that parses.
 * Clashes: a source with the number of a document the library already has in that language is not used —
 * the bundled corpus keeps its curated facts, and between two files the first (by key order) wins; the other
 * file gets a diagnostic saying why it is not used. The same number in another language is a translation:
 * both are kept and a citation goes to the one in its own language.
 */
export function libraryWithSources(base: Library, inputs: SourceInput[]): { lib: Library; sources: LoadedSource[] } {
  const corpora: Corpus[] = [...base.corpora];
  const sources: LoadedSource[] = [];
  const keyOf = (c: CorpusData, lang: Lang) =>
    c.meta.number.year
      ? `n:${c.meta.number.agency}:${c.meta.number.year}:${c.meta.number.seq}:${lang}`
      : `t:${canon(c.meta.title.zh)}:${lang}`;
  const taken = new Map<string, string>();
  for (const c of base.corpora)
    for (const lang of ['zh', 'en'] as Lang[]) if (c.data.texts[lang]) taken.set(keyOf(c.data, lang), 'bundled');
  for (const input of [...inputs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const { data, problems } = parseSource(input.text, { fileName: input.key });
    if (!data) {
      sources.push({ key: input.key, problems, status: 'unparsed' });
      continue;
    }
    const lang: Lang = data.texts.zh !== undefined ? 'zh' : 'en';
    const k = keyOf(data, lang);
    const numberNode = data.nodes.find((n) => n.id === 'number') ?? data.nodes.find((n) => n.id === 'title');
    const span = numberNode?.range[lang]
      ? { start: numberNode.range[lang]![0], end: numberNode.range[lang]![1] }
      : { start: 0, end: 0 };
    const owner = taken.get(k);
    if (owner === 'bundled') {
      problems.push({
        severity: 'information',
        span,
        message: bi(
          `${data.meta.number.zh}已内置于 Policy Cite（含双语全文和核对数据），此文件不被使用。`,
          `${data.meta.number.en} is built into Policy Cite (both languages, with its checked facts); this file is not used.`,
        ),
      });
      sources.push({ key: input.key, problems, status: 'bundled', data });
      continue;
    }
    if (owner) {
      problems.push({
        severity: 'warning',
        span,
        message: bi(
          `同一文件已由另一个来源文件提供（${owner}），此文件不被使用。`,
          `The same document already comes from another source file (${owner}); this file is not used.`,
        ),
      });
      sources.push({ key: input.key, problems, status: 'duplicate', data });
      continue;
    }
    const { corpus, problems: indexProblems } = indexCorpus(data);
    for (const p of indexProblems)
      problems.push({ severity: 'error', span: { start: 0, end: 0 }, message: bi(p.message, p.message) });
    if (!corpus) {
      sources.push({ key: input.key, problems, status: 'unparsed' });
      continue;
    }
    taken.set(k, input.key);
    corpora.push(corpus);
    sources.push({ key: input.key, problems, status: 'used', corpusId: corpus.id, data });
  }
  return { lib: { corpora, defaultId: base.defaultId ?? base.corpora[0]?.id }, sources };
}
