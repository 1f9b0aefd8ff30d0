#!/usr/bin/env node
// Checks the echo / copy-drift answer key against the drafts and the source texts, without the engine:
//   node test/eval/echo/check-key.mjs          (from the repository root, after npm ci: it reads opencc-js)
// - every line number exists, every needle and every quoted run is on its line (the scorer uses the first occurrence);
// - a copy-drift entry's run, with the change undone, is in the source passage it names, and the run as written is not;
// - a faithful passage's run is in its source passage (after width, quote, case and traditional→simplified folding);
// - every echo shares at least 15 characters (Chinese, punctuation not counted) / 8 words (English) of running text with its source passage;
// - hover `any` strings are the clause's headings or source text; definition `any` strings are raw source text;
// - lines of the precision set carry no expected diagnostic, ignored lines carry none either;
// - the minimum counts the brief asks for.
// The corpus erratum is applied first: the seed's 约为260字节 / c. 260 bytes is a lost superscript for 2⁶⁰ (2^60).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const key = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8'));
const t2s = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Where each passage is in the source texts (1-based lines of corpus/gf-2015-5.{zh,en}.txt).
const PLACE = {
  preamble: [5, 7],
  'I.1': [8, 13],
  'I.2.market': [10, 17],
  'I.2.coordination': [11, 19],
  'I.2.innovation': [12, 21],
  'I.2.security': [13, 23],
  'I.3.2017': [15, 27],
  'I.3.service': [16, 29],
  'I.3.innovation': [17, 31],
  'I.3.demonstration': [18, 33],
  'I.3.infrastructure': [19, 35],
  'I.3.security': [20, 37],
  'I.3.2020': [21, 39],
  'II.1': [24, 45],
  'II.2': [26, 49],
  'II.3': [28, 53],
  'II.4': [30, 57],
  'II.5': [32, 61],
  'II.6': [34, 65],
  'III.1': [37, 71],
  'III.2': [39, 75],
  'III.3': [41, 79],
  'III.4': [43, 83],
  'III.5': [45, 87],
  'III.6': [47, 91],
  'III.7': [49, 95],
  closing: [50, 97],
};
// Headings a hover on an echo of the passage may show (the clause, its block or principle, in both languages).
const HEAD = {
  preamble: ['序言', 'Preamble'],
  'I.1': ['指导思想', 'Guiding ideology'],
  'I.2': ['基本原则', 'Basic principles'],
  'I.2.market': ['市场主导', 'Market orientation'],
  'I.2.coordination': ['统筹协调', 'Comprehensive coordination'],
  'I.2.innovation': ['创新驱动', 'Innovation drivers'],
  'I.2.security': ['保障安全', 'Guarantee security'],
  'I.3': ['发展目标', 'Development objectives'],
  'I.3.service': ['服务能力大幅提升', 'Service capacity is to increase substantially'],
  'I.3.innovation': ['创新能力明显增强', 'Innovation capacity is to enhance notably'],
  'I.3.demonstration': ['应用示范成效显著', 'Notable application demonstration results'],
  'I.3.infrastructure': ['基础设施不断优化', 'Incessantly optimizing infrastructure'],
  'I.3.security': ['安全保障基本健全', 'Basic completion of security guarantees'],
};
const SECTIONS = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6', 'III.7'];
SECTIONS.forEach((id, i) => {
  HEAD[id] = [key.sectionHeadings[3 + i], key.sectionHeadings[19 + i]];
});
const headingsOf = (src) => {
  const out = [...(HEAD[src] ?? [])];
  for (let p = src; p.includes('.'); ) {
    p = p.slice(0, p.lastIndexOf('.'));
    out.push(...(HEAD[p] ?? []));
  }
  return out;
};

const zhLines = readFileSync(join(root, 'corpus', 'gf-2015-5.zh.txt'), 'utf8').split(/\r\n|\r|\n/);
const enLines = readFileSync(join(root, 'corpus', 'gf-2015-5.en.txt'), 'utf8').split(/\r\n|\r|\n/);
const erratum = (s) => s.replace('约为260字节', '约为2⁶⁰字节').replace('c. 260 bytes', 'c. 2⁶⁰ bytes');
const raw = (src) => [zhLines[PLACE[src][0] - 1], enLines[PLACE[src][1] - 1]];
const fold = (s) =>
  t2s(s)
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/⁶⁰|\^60/g, '^60')
    .toLowerCase()
    .replace(/\s+/g, ' ');
const folded = (src) => raw(src).map((s) => fold(erratum(s)));

/** Longest run of text the line shares with the source passage, and whether it is 15+ characters / 8+ words long. */
function sharedRun(line, src) {
  const a = fold(line);
  let best = '';
  for (const b of folded(src)) {
    // dynamic programming over characters; lines and passages are short (< 1,500 characters)
    let prev = new Uint16Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
      const cur = new Uint16Array(b.length + 1);
      for (let j = 1; j <= b.length; j++) {
        if (a[i - 1] === b[j - 1]) {
          cur[j] = prev[j - 1] + 1;
          if (cur[j] > best.length) best = a.slice(i - cur[j], i);
        }
      }
      prev = cur;
    }
  }
  if (/[\u3400-\u9fff]/.test(best)) return { best, long: best.replace(/[\s\p{P}]/gu, '').length >= 15 }; // characters, punctuation not counted
  return { best, long: best.trim().split(/\s+/).filter((w) => /[a-z]/.test(w)).length >= 8 }; // English words
}

const errors = [];
const warn = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);
const CODES = new Set([
  'copy-drift', 'doc-number-format', 'doc-number-mismatch', 'title-mismatch', 'date-mismatch', 'unknown-clause',
  'clause-title-mismatch', 'misquote', 'target-mismatch', 'count-mismatch', 'alias-undefined', 'numbering-sequence',
]);
const n = { drafts: 0, drift: 0, other: 0, faithful: 0, hovers: 0, defs: 0, allCorrect: 0, crlf: 0, trad: 0, emoji: 0, mdTable: 0, mdList: 0, en: 0 };

const publicKey = join(root, '..', 'shared', 'eval', 'public', 'expected.json');
if (existsSync(publicKey)) {
  const pub = JSON.parse(readFileSync(publicKey, 'utf8'));
  if (JSON.stringify(pub.sectionHeadings) !== JSON.stringify(key.sectionHeadings)) fail('expected.json', 'sectionHeadings differ from the public key');
}

for (const [name, doc] of Object.entries(key.docs)) {
  n.drafts++;
  const path = join(here, name);
  if (!existsSync(path)) { fail(name, 'no such draft'); continue; }
  const text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) fail(name, 'starts with a BOM (the scorer would count it in line 1)');
  const lines = text.split(/\r\n|\r|\n/);
  if (text.includes('\r\n')) n.crlf++;
  if (/[國發號雲]/.test(text)) n.trad++;
  if (/\p{Extended_Pictographic}/u.test(text)) n.emoji++;
  if (name.endsWith('.md') && /^\|.*\|\s*$/m.test(text)) n.mdTable++;
  if (name.endsWith('.md') && /^- /m.test(text)) n.mdList++;
  if (!/[\u4e00-\u9fff]{20}/.test(text)) n.en++;
  const lineOf = (where, l) => {
    if (!Number.isInteger(l) || l < 1 || l > lines.length) { fail(where, `line ${l} out of range 1..${lines.length}`); return null; }
    return lines[l - 1];
  };
  const echoesOn = new Map(); // line -> sources echoed on it
  const addEcho = (l, src) => echoesOn.set(l, [...(echoesOn.get(l) ?? []), src]);
  const diagLines = new Set();

  for (const d of doc.diagnostics) {
    const where = `${name}:${d.line} ${d.code}`;
    const line = lineOf(where, d.line);
    if (line == null) continue;
    diagLines.add(d.line);
    if (!CODES.has(d.code)) fail(where, 'unknown rule code');
    for (const a of d.alt ?? []) if (!CODES.has(a)) fail(where, `unknown alt code ${a}`);
    if (d.needle && !line.includes(d.needle)) fail(where, `needle "${d.needle}" not on the line`);
    if (d.code !== 'copy-drift') { n.other++; continue; }
    n.drift++;
    if (!PLACE[d.source]) { fail(where, `unknown source ${d.source}`); continue; }
    addEcho(d.line, d.source);
    if (!line.includes(d.text)) { fail(where, `run "${d.text}" not on the line`); continue; }
    const [was, now] = d.change.split('→');
    if (!d.text.includes(t2s(now)) && !d.text.includes(now) && !fold(d.text).includes(fold(now))) fail(where, `run does not contain the changed wording "${now}"`);
    const counterpart = d.counterpart ?? fold(d.text).replace(fold(now), fold(was));
    const src = folded(d.source);
    if (!src.some((s) => s.includes(fold(counterpart)))) fail(where, `source ${d.source} does not contain "${counterpart}"`);
    if (src.some((s) => s.includes(fold(d.text)))) fail(where, `the drifted run "${d.text}" is itself in the source: no drift`);
    const r = sharedRun(line.replace(d.text, d.counterpart ?? d.text.replace(now, was)), d.source);
    if (!r.long) warn.push(`${where}: the restored echo shares only "${r.best}" with ${d.source}`);
  }
  for (const f of doc.faithful ?? []) {
    n.faithful++;
    const where = `${name}:${f.line} faithful`;
    const line = lineOf(where, f.line);
    if (line == null) continue;
    if (!PLACE[f.source]) { fail(where, `unknown source ${f.source}`); continue; }
    addEcho(f.line, f.source);
    if (diagLines.has(f.line)) fail(where, 'a line of the precision set carries an expected diagnostic');
    if (!line.includes(f.text)) { fail(where, `run "${f.text}" not on the line`); continue; }
    if (!folded(f.source).some((s) => s.includes(fold(f.text)))) fail(where, `source ${f.source} does not contain "${f.text}"`);
    const r = sharedRun(line, f.source);
    if (!r.long) warn.push(`${where}: shares only "${r.best}" verbatim with ${f.source} (adapted passage)`);
  }
  for (const [kind, list] of [['hover', doc.hovers], ['definition', doc.definitions]]) {
    for (const h of list) {
      kind === 'hover' ? n.hovers++ : n.defs++;
      const where = `${name}:${h.line} ${kind} "${h.needle}"`;
      const line = lineOf(where, h.line);
      if (line == null) continue;
      if (line.indexOf(h.needle) < 0) { fail(where, 'needle not on the line'); continue; }
      if (!(echoesOn.get(h.line) ?? []).includes(h.source)) fail(where, `no echo of ${h.source} keyed on this line`);
      const src = raw(h.source);
      for (const a of h.any) {
        const ok = kind === 'hover' ? headingsOf(h.source).includes(a) || src.some((s) => s.includes(a)) : src.some((s) => s.includes(a));
        if (!ok) fail(where, `"${a}" is neither a heading of ${h.source} nor text of it`);
      }
    }
  }
  for (const l of doc.ignoreLines ?? []) {
    lineOf(`${name}:${l} ignore`, l);
    if (diagLines.has(l)) fail(`${name}:${l}`, 'an ignored line carries an expected diagnostic');
    if (echoesOn.has(l)) fail(`${name}:${l}`, 'an ignored line is in the precision set');
  }
  if (doc.diagnostics.length === 0) n.allCorrect++;
}

const MIN = { drafts: 14, drift: 35, faithful: 40, hovers: 25, defs: 12, allCorrect: 4, crlf: 1, trad: 1, emoji: 1, mdTable: 1, mdList: 1, en: 3 };
for (const [k, v] of Object.entries(MIN)) if (n[k] < v) fail('counts', `${k} ${n[k]} < ${v}`);
for (const w of warn) console.log(`note  ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
console.log(
  `${n.drafts} drafts (${n.allCorrect} all correct, ${n.en} English, ${n.crlf} CRLF, ${n.trad} traditional, ${n.emoji} with emoji, ` +
    `${n.mdTable} Markdown with tables, ${n.mdList} with lists); ${n.drift} copy-drift + ${n.other} other expected findings; ` +
    `${n.faithful} faithful echoes; ${n.hovers} hovers; ${n.defs} definitions; ${errors.length} errors`,
);
process.exit(errors.length ? 1 : 0);
