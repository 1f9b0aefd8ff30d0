// What the client shows about a whole draft: the status bar's count (policyCite/status), the table of authorities
// (policyCite/authorities, the core's authorities() with its spans made ranges) and the response matrix as CSV
// (policyCite/coverageCsv, the command line's own writer over one draft or every draft of the workspace).
import type {
  AuthoritiesParams,
  AuthoritiesReply,
  CoverageCsvParams,
  CoverageCsvReply,
  StatusParams,
  StatusReply,
} from '../../../shared/protocol';
import type { Analysis } from '../core/analyze';
import { authorities } from '../core/authorities';
import { coverage } from '../core/coverage';
import { corpusById } from '../core/resolve';
import { hasCjk } from '../core/text';
import { citationProblems } from '../cli/authorities';
import { coverageCsv } from '../report/coverage-csv';
import { FileCoverage, mergeCoverage, placeCoverage } from '../report/coverage-files';
import { analysisOf } from './documents';
import { ServerState, isSourceText, rangeOf, uiLang } from './state';
import { draftName, workspaceDrafts } from './workspace';

/** The citations of known documents in an analysis, by document: names, clause references, quotations. */
function citedDocuments(a: Analysis): Map<string, number> {
  const byDoc = new Map<string, number>();
  for (const c of a.citations) {
    // A passage restated without a citation (an echo) is not a citation; nor is a quotation nobody attributed.
    if (!c.docId || c.kind === 'echo' || (c.kind === 'quote' && !c.attributed)) continue;
    byDoc.set(c.docId, (byDoc.get(c.docId) ?? 0) + 1);
  }
  return byDoc;
}

/** policyCite/status: which known documents the draft cites, how often, and its problems. */
export function statusOf(s: ServerState, p: StatusParams): StatusReply | null {
  const doc = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  if (!doc || isSourceText(s, doc.uri) || s.companions.some((c) => c.diagnosticsFor?.(doc) !== undefined)) return null;
  const a = analysisOf(s, doc);
  // The number as the draft writes it: 国发〔2015〕5号 in a Chinese draft, GF No. (2015)5 in an English one.
  const lang = hasCjk(a.text) ? 'zh' : 'en';
  const byDoc = citedDocuments(a);
  const documents = [...byDoc]
    .sort((x, y) => y[1] - x[1])
    .map(([docId, citations]) => ({
      docId,
      number: corpusById(s.library, docId)?.data.meta.number[lang] ?? docId,
      citations,
    }));
  const problems = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of a.findings) problems[f.severity]++;
  return { uri: doc.uri, documents, citations: documents.reduce((n, d) => n + d.citations, 0), problems };
}

/** policyCite/authorities: every document the draft cites, known or not, with each citation and what is wrong. */
export function authoritiesOf(s: ServerState, p: AuthoritiesParams): AuthoritiesReply | null {
  const doc = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  if (!doc || isSourceText(s, doc.uri)) return null;
  const a = analysisOf(s, doc);
  const lang = uiLang(s);
  // Number and title as the draft would write them (国发〔2015〕5号 in a Chinese draft), like the status bar item;
  // what is wrong, in the UI's language.
  const written = hasCjk(a.text) ? 'zh' : 'en';
  return {
    uri: doc.uri,
    lang,
    documents: authorities(a, s.library).map((row) => ({
      key: row.key,
      docId: row.docId,
      inLibrary: row.inLibrary,
      number: row.number?.[written] ?? '',
      title: row.title?.[written] ?? '',
      citations: row.citations.map(({ span, ...c }) => {
        const text = a.text.slice(span.start, span.end);
        const placed = { ...c, file: '', line: 0, column: 0, endLine: 0, endColumn: 0, text };
        return {
          uri: doc.uri,
          range: rangeOf(doc, span),
          via: c.via,
          text,
          agree: c.agree,
          standardNumber: c.standardNumber,
          exactTitle: c.exactTitle,
          problems: citationProblems(placed, lang),
        };
      }),
    })),
  };
}

/**
 * policyCite/coverageCsv: the response matrix of one draft, or of every draft of the workspace that cites the
 * document (opened or not; the open ones as the editor has them), in the command line's bytes.
 */
export function coverageCsvOf(s: ServerState, p: CoverageCsvParams): CoverageCsvReply | null {
  const open = typeof p?.uri === 'string' ? s.documents.get(p.uri) : undefined;
  let docId = typeof p?.docId === 'string' ? p.docId : undefined;
  // The document: the one asked for, else the one the draft cites most, else the Opinion.
  if (!docId && open) docId = [...citedDocuments(analysisOf(s, open))].sort((x, y) => y[1] - x[1])[0]?.[0];
  const corpus = corpusById(s.library, docId ?? s.library.defaultId);
  if (!corpus) return null;
  const placed: { name: string; cov: FileCoverage }[] = [];
  if (p?.scope === 'workspace') {
    for (const d of workspaceDrafts(s).drafts) {
      const a = d.analysis();
      if (!citedDocuments(a).has(corpus.id)) continue;
      const cov = coverage(a, s.library, corpus.id);
      if (cov) placed.push({ name: draftName(s, d.uri), cov: placeCoverage(draftName(s, d.uri), a.text, cov) });
    }
  } else if (open) {
    const a = analysisOf(s, open);
    const cov = coverage(a, s.library, corpus.id);
    if (cov) placed.push({ name: draftName(s, open.uri), cov: placeCoverage(draftName(s, open.uri), a.text, cov) });
  }
  if (!placed.length) return null;
  const lang = uiLang(s);
  const { merged } = mergeCoverage(placed.map((x) => x.cov));
  const number = corpus.data.meta.number[lang];
  return {
    csv: coverageCsv(merged, lang),
    fileName: lang === 'zh' ? `对照表-${number}.csv` : `coverage-${corpus.id}.csv`,
    files: placed.map((x) => x.name),
    document: { id: corpus.id, number },
  };
}
