// User sources: a policy document a draft cites, given as plain text or Markdown in the usual layout of Chinese
// official documents (GB/T 9704-2012: title, 发文字号, addressees, body numbered 一、（一）1.（1）, issuer and
// date at the end) or of their English translations (I, (1), 1., (a)). `parseSource` builds from it the same
// structured corpus the bundled Opinion has, in the one language of the file; `libraryWithSources` adds the
// parsed sources to a library. Pure and total: no IO, never throws; what it cannot read comes back as problems
// with a span in the source file, so the editor can show them where they are.
//
// The steps, one module each: lines.ts (the layout: cleaned lines and the language), signoff.ts (signature, date,
// closing paragraph), front.ts (header, number, title, addressees, preamble), number-date.ts (reading a number or
// a date line), markers.ts (the outline's numbers), outline.ts (parts, sections, items, paragraphs),
// sentences.ts (sentences, headings, node ids), assemble.ts (front and tail nodes, what is missing, metadata),
// targets.ts and counts.ts (facts found in what was built), parse.ts (the steps in order), library.ts.
export { parseSource } from './parse';
export type { ParsedSource, SourceProblem } from './problems';
export { type LoadedSource, type SourceInput, libraryWithSources } from './library';
