// Renders images/icon.svg to images/icon.png (256×256, transparent corners) with Debian's Chromium, headless.
// Run after changing the SVG: `node scripts/make-icon.mjs`. The PNG is committed; the .vsix carries only it.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = join(ROOT, 'images/icon.svg');
const png = join(ROOT, 'images/icon.png');
const r = spawnSync(
  process.env.CHROMIUM || 'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--default-background-color=00000000',
    '--window-size=256,256',
    `--screenshot=${png}`,
    svg,
  ],
  { encoding: 'utf8', timeout: 60_000 },
);
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
console.log(`${png}: ${statSync(png).size} bytes`);
