// Verifies the built set against the corpus: every needle is on its line; every drift, with the change
// undone, is the source's text (and as written is not); every faithful piece is the source's text; hovers
// sit inside an echoed passage; nothing else is expected on faithful lines. Prints counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, SET, opencc, norm, source } from './common.mjs';

const { t2s } = await opencc();
const src = source();
const expected = JSON.parse(readFileSync(join(SET, 'expected.json'), 'utf8'));
const notes = JSON.parse(readFileSync(join(HERE, 'notes.json'), 'utf8'));
let bad = 0;
const fail = (m) => { bad++; console.log('FAIL ' + m); };
const S = (s) => norm(t2s(s));
let nD = 0, nF = 0, nH = 0, clean = 0;
const parts = {};
const kinds = {};
for (const [name, doc] of Object.entries(expected.docs)) {
  const lines = readFileSync(join(SET, name), 'utf8').split(/\r\n|\r|\n/);
  const n = notes[name];
  const at = (l) => lines[l - 1] ?? '';
  if (!doc.diagnostics.length) clean++;
  // citations: once by title or number
  const text = lines.join('\n');
  const cites = (text.match(/国发〔2015〕5号|國發〔2015〕5號|GF No\. \(2015\)5/g) ?? []).length;
  const titles = (text.match(/关于促进云计算创新发展培育信息产业新业态的意见|關於促進雲計算創新發展培育信息產業新業態的意見|Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry/g) ?? []).length;
  if (Math.max(cites, titles) !== 1) fail(`${name}: cites the Opinion ${cites} times by number and ${titles} by title`);
  for (const e of doc.diagnostics) {
    nD++;
    const L = at(e.line);
    const d = n.drifts.find((x) => x.line === e.line && x.needle === e.needle);
    if (!d) { fail(`${name}:${e.line} no note`); continue; }
    const col = L.indexOf(e.needle);
    if (col < 0) { fail(`${name}:${e.line} needle ${e.needle} not on line`); continue; }
    const rcol = L.indexOf(d.run);
    if (rcol < 0) { fail(`${name}:${e.line} run not on line`); continue; }
    if (col < rcol || col >= rcol + d.run.length) fail(`${name}:${e.line} needle's first occurrence is outside the drifted run`);
    const run = S(d.run), undo = norm(d.undo);
    if (!src.includes(undo)) fail(`${name}:${e.line} undone run is not the source's text: ${undo}`);
    if (src.includes(run)) fail(`${name}:${e.line} drifted run is the source's text: ${run}`);
    // where the difference starts, relative to the needle
    let p = 0;
    while (p < run.length && p < undo.length && run[p] === undo[p]) p++;
    const off = p - (col - rcol);
    if (off < 0 || off > 2) fail(`${name}:${e.line} change starts ${off} columns from the needle`);
    parts[d.clause.split('.')[0]] = (parts[d.clause.split('.')[0]] ?? 0) + 1;
    kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
    console.log(`drift ${name}:${e.line} [${d.kind}, ${d.clause}] ${e.needle}  (${undo.slice(0, 40)})`);
  }
  const driftLines = new Set(doc.diagnostics.map((e) => e.line));
  for (const f of n.echoes) {
    nF++;
    const L = at(f.line);
    if (driftLines.has(f.line)) fail(`${name}:${f.line} faithful echo on a line with an expected finding`);
    let from = 0;
    for (const p of f.pieces) {
      const i = L.indexOf(p, from);
      if (i < 0) fail(`${name}:${f.line} piece not on line (in order): ${p}`);
      else from = i + p.length;
      if (!src.includes(S(p))) fail(`${name}:${f.line} piece is not the source's text: ${S(p)}`);
    }
  }
  for (const hv of doc.hovers) {
    nH++;
    const L = at(hv.line);
    const c = L.indexOf(hv.needle);
    if (c < 0) { fail(`${name}:${hv.line} hover needle not on line`); continue; }
    const mid = c + Math.floor(hv.needle.length / 2);
    const spans = [...n.echoes.filter((f) => f.line === hv.line).flatMap((f) => f.pieces), ...n.drifts.filter((d) => d.line === hv.line).map((d) => d.run)];
    const inside = spans.some((s) => { const i = L.indexOf(s); return i >= 0 && mid >= i && mid < i + s.length; });
    const whole = n.drifts.some((d) => d.line === hv.line) || n.echoes.some((f) => f.line === hv.line);
    if (!whole) fail(`${name}:${hv.line} hover on a line without an echo`);
    if (!inside && !src.includes(S(hv.needle))) fail(`${name}:${hv.line} hover needle is not inside an echoed run`);
  }
}
console.log(`drafts ${Object.keys(expected.docs).length}; copy-drift ${nD}; faithful echoes ${nF}; hovers ${nH}; drafts with no expected finding ${clean}`);
console.log('drifts by part', JSON.stringify(parts), 'by kind', JSON.stringify(kinds));
if (bad) { console.log(`${bad} problems`); process.exit(1); }
console.log('all checks passed');
