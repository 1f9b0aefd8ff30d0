// The client's pick list for inserting a citation: what can be cited at a position, in the draft's language, with
// the short name the draft defined.
import type { CitationChoicesParams, CitationChoicesReply } from '../../../shared/protocol';
import { choicesAt } from '../core/complete';
import type { Lang } from '../core/corpus';
import { analysisOf } from './documents';
import type { ServerState } from './state';

const isLang = (l: unknown): l is Lang => l === 'zh' || l === 'en';

export function citationChoicesOf(s: ServerState, p: CitationChoicesParams): CitationChoicesReply {
  const doc = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  const text = doc?.getText() ?? '';
  const offset = doc && p.position ? doc.offsetAt(p.position) : text.length;
  return choicesAt(text, offset, s.library, isLang(p?.lang) ? p.lang : undefined, doc ? analysisOf(s, doc) : undefined);
}
