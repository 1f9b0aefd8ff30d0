// Builds the drafts, expected.json and notes.json from the annotated sources in tools/src.
// A source line may end with markers:
//   ⟦D run→undo ¦ needle ¦ kind ¦ clause⟧   an expected copy-drift (run as written, undo = the source's words)
//   ⟦F piece ‖ piece ¦ kind ¦ clause⟧       a faithful echo (pieces copied from the source, as written)
//   ⟦H needle ¦ clause⟧                     a hover on the echoed passage
// Files whose source name contains ".hant." are converted to traditional characters (OpenCC, HK).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, SET, opencc, headings, anyFor } from './common.mjs';

const { s2t } = await opencc();
const h = headings();
// the public key sits in shared/ beside the repository (five folders above test/eval/echo2/tools)
const pub = JSON.parse(readFileSync(join(HERE, '..', '..', '..', '..', '..', 'shared', 'eval', 'public', 'expected.json'), 'utf8'));
const expected = {
  about:
    'Held-out echo set (copy-drift). Independent drafts with their answer key, same format as the public set. Lines are 1-based. A diagnostic matches when its range touches the line and its code is the one named; with a needle, the range must start at the needle (±2 columns). Every other diagnostic counts as a false positive. Hover positions are the middle of the needle; any lists accepted substrings (the restated clause\'s heading, zh or en). See README.md.',
  sectionHeadings: pub.sectionHeadings,
  docs: {},
};
const notes = {};
const order = readdirSync(join(HERE, 'src')).filter((f) => f.endsWith('.src')).sort();
for (const f of order) {
  const hant = f.includes('.hant.');
  const name = f.replace(/\.src$/, '').replace('.hant', '');
  const conv = hant ? s2t : (s) => s;
  const src = readFileSync(join(HERE, 'src', f), 'utf8').replace(/\n$/, '').split('\n');
  const out = [];
  const doc = { diagnostics: [], hovers: [], definitions: [] };
  const note = { drifts: [], echoes: [], hovers: [] };
  src.forEach((raw, i) => {
    const line = i + 1;
    const marks = [...raw.matchAll(/⟦([DFH]) (.*?)⟧/g)];
    const text = conv(raw.replace(/\s*⟦[DFH] .*?⟧/g, '').replace(/\s+$/, ''));
    out.push(text);
    for (const m of marks) {
      const fields = m[2].split(' ¦ ');
      if (m[1] === 'D') {
        const [run, undo] = fields[0].split('→');
        const d = { line, run: conv(run), undo, needle: conv(fields[1]), kind: fields[2], clause: fields[3] };
        note.drifts.push(d);
        doc.diagnostics.push({ line, code: 'copy-drift', needle: d.needle });
      } else if (m[1] === 'F') {
        note.echoes.push({ line, pieces: fields[0].split(' ‖ ').map(conv), kind: fields[1], clause: fields[2] });
      } else {
        const hv = { line, needle: conv(fields[0]), any: anyFor(fields[1], h) };
        note.hovers.push({ ...hv, clause: fields[1] });
        doc.hovers.push(hv);
      }
    }
  });
  writeFileSync(join(SET, name), out.join('\n') + '\n');
  expected.docs[name] = doc;
  notes[name] = note;
}
writeFileSync(join(SET, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
writeFileSync(join(HERE, 'notes.json'), JSON.stringify(notes, null, 1) + '\n');
console.log(`built ${order.length} drafts`);
