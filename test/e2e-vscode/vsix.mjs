// Reads the file list of a .vsix (a zip) and checks that it carries only what the extension runs.
// A tiny central-directory reader, so the check needs neither unzip nor a zip library.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** @returns {{ name: string, size: number, read: () => Buffer }[]} every entry of the zip, with its uncompressed size */
export function listZip(file) {
  const buf = readFileSync(file);
  // The End Of Central Directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const local = buf.readUInt32LE(p + 42);
    const read = () => {
      const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(data, data + packed);
      return method === 0 ? raw : inflateRawSync(raw);
    };
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, read });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

// What may be in the package (paths inside extension/), and what must be.
const ALLOWED = [
  /^package\.json$/,
  /^package\.nls(\.[\w-]+)?\.json$/,
  /^(readme|license|changelog)(\.md|\.txt)?$/i,
  /^(images\/)?icon\.png$/,
  /^dist\/[\w.-]+\.js$/,
  /^corpus\/[\w.-]+\.txt$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^snippets\/[\w.-]+\.json$/,
  /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^examples\/draft-(zh|en)\.md$/, // the walkthrough's example draft
  /^walkthrough\/[\w-]+\.md$/,
  /^images\/readme\/[\w-]+\.jpg$/, // the pictures the shipped README shows
];
const REQUIRED = [
  'package.json',
  'readme.md',
  'dist/client.js',
  'dist/server.js',
  'corpus/gf-2015-5.zh.txt',
  'corpus/gf-2015-5.en.txt',
  'examples/draft-zh.md',
  'examples/draft-en.md',
  'changelog.md',
];

/** Every file the packaged manifest points at: entry points, grammars, snippets, translations. */
function referencedBy(manifest, readme) {
  const rel = (p) => p.replace(/^\.\//, '').toLowerCase();
  const js = (p) => (/\.js$/.test(p) ? p : `${p}.js`);
  const c = manifest.contributes ?? {};
  const refs = [
    manifest.main && js(rel(manifest.main)),
    manifest.browser && js(rel(manifest.browser)),
    ...(c.grammars ?? []).map((g) => rel(g.path)),
    ...(c.snippets ?? []).map((g) => rel(g.path)),
    ...(c.jsonValidation ?? []).map((g) => g.url && !/^https?:/.test(g.url) && rel(g.url)),
    manifest.icon && rel(manifest.icon),
    ...(c.walkthroughs ?? []).flatMap((w) =>
      w.steps.flatMap((st) =>
        Object.values(st.media ?? {})
          .filter((m) => typeof m === 'string' && /\.\w+$/.test(m))
          .map(rel),
      ),
    ),
  ];
  // The pictures of the shipped README ("readme.md" in the package): relative ones must be in the package.
  if (readme)
    for (const m of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) if (!/^[a-z]+:/i.test(m[1])) refs.push(rel(m[1]));
  // "%key%" strings come from package.nls.json.
  if (/"%[\w.-]+%"/.test(JSON.stringify(manifest))) refs.push('package.nls.json');
  return refs.filter(Boolean);
}
export const MAX_VSIX_BYTES = 1_500_000;

/** Throws with the offending names unless the .vsix holds only allowed files, all required ones, and is small. */
export function checkVsix(file) {
  const entries = listZip(file);
  const bytes = statSync(file).size;
  const inside = entries
    .filter((e) => e.name.startsWith('extension/'))
    .map((e) => ({ ...e, path: e.name.slice('extension/'.length) }));
  const problems = [];
  for (const e of entries) {
    if (e.name.startsWith('extension/')) continue;
    if (!['[Content_Types].xml', 'extension.vsixmanifest'].includes(e.name))
      problems.push(`unexpected entry outside extension/: ${e.name}`);
  }
  for (const e of inside) {
    if (!ALLOWED.some((re) => re.test(e.path))) problems.push(`should not be packaged: ${e.path}`);
  }
  const have = new Set(inside.map((e) => e.path.toLowerCase()));
  const manifestEntry = inside.find((e) => e.path === 'package.json');
  const manifest = manifestEntry ? JSON.parse(manifestEntry.read().toString('utf8')) : {};
  const readme = inside
    .find((e) => e.path.toLowerCase() === 'readme.md')
    ?.read()
    .toString('utf8');
  for (const r of new Set([...REQUIRED, ...referencedBy(manifest, readme)]))
    if (!have.has(r)) problems.push(`missing: ${r}`);
  if (manifest.l10n && !inside.some((e) => e.path.startsWith(`${manifest.l10n.replace(/^\.\//, '')}/`)))
    problems.push(`missing: ${manifest.l10n}/*`);
  if (bytes > MAX_VSIX_BYTES) problems.push(`${bytes} bytes is more than ${MAX_VSIX_BYTES}`);
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { bytes, entries: inside };
}
