// Command identifiers, in one place (package.json declares the same strings).
export const CommandIds = {
  restartServer: 'policyCite.restartServer',
  openSource: 'policyCite.openSource',
  insertCitation: 'policyCite.insertCitation',
} as const;
