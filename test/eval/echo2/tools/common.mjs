// Shared helpers for the echo2 authoring tools (not part of the product).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const SET = resolve(HERE, '..');
export const REPO = resolve(SET, '../../..');

// Traditional drafts are written in simplified characters in tools/src and converted with OpenCC
// (opencc-js, HK standard). Set OPENCC_JS to its dist/esm/full.js if the worktree has no node_modules.
export async function opencc() {
  let url = process.env.OPENCC_JS ? pathToFileURL(process.env.OPENCC_JS).href : null;
  if (!url) {
    // 'require' resolves to dist/umd/full.js; the ES module build sits next to it
    const req = createRequire(join(REPO, 'package.json'));
    url = pathToFileURL(join(dirname(req.resolve('opencc-js')), '../esm/full.js')).href;
  }
  const OpenCC = await import(url);
  return { s2t: OpenCC.Converter({ from: 'cn', to: 'hk' }), t2s: OpenCC.Converter({ from: 'hk', to: 'cn' }) };
}

// Width and quote differences only; NFKC is not used because it would turn 2⁶⁰ into 260.
const MAP = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '！': '!', '？': '?', '‘': "'", '’': "'", '“': '"', '”': '"' };
export const norm = (s) => s.replace(/[，（）：；！？‘’“”]/g, (c) => MAP[c]);

export function source() {
  const zh = readFileSync(join(REPO, 'corpus/gf-2015-5.zh.txt'), 'utf8');
  const en = readFileSync(join(REPO, 'corpus/gf-2015-5.en.txt'), 'utf8');
  return norm(zh + '\n' + en);
}

export function headings() {
  const j = JSON.parse(readFileSync(join(REPO, 'corpus/gf-2015-5.json'), 'utf8'));
  const h = {};
  for (const n of j.nodes) if (n.heading) h[n.id] = n.heading;
  return h;
}

// The English heading of II.2 is long; the public key's section list uses its first words.
export function anyFor(clause, h) {
  const x = h[clause];
  if (!x) throw new Error(`no heading for clause ${clause}`);
  const en = clause === 'II.2' ? 'Enhance the indigenous innovation capacity' : x.en;
  return [x.zh, en];
}
