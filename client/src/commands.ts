// Command and request identifiers, in one place (package.json declares the same command strings; the server
// answers the same request method).
export const CommandIds = {
  restartServer: 'policyCite.restartServer',
  /** `openSource(clauseId?: string, lang?: 'zh' | 'en')`: asks for whatever is not given. */
  openSource: 'policyCite.openSource',
  openSourceZh: 'policyCite.openSourceZh',
  openSourceEn: 'policyCite.openSourceEn',
  /** `insertCitation(lang?: 'zh' | 'en')`: a pick list of what can be cited; inserts the standard form. */
  insertCitation: 'policyCite.insertCitation',
} as const;

/** Custom requests the server answers (server/src/lsp/session.ts). */
export const RequestMethods = {
  citationChoices: 'policyCite/citationChoices',
  /** `{ uri }` → which clauses of the Opinion the draft cites (server/src/lsp/coverage.ts). */
  coverage: 'policyCite/coverage',
} as const;

export const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
