// Golden files under test/cli/golden/expected/: compared byte for byte, or rewritten with UPDATE_GOLDEN=1 (never in
// CI). The inputs are the drafts in examples/ and test/cli/golden/fixtures/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inCI } from './skips';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GOLDEN = path.join(ROOT, 'test', 'cli', 'golden');
export const EXPECTED = path.join(GOLDEN, 'expected');
export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Repository-relative inputs, with forward slashes, in sorted order. */
const inputs = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
export const INPUTS = [...inputs('examples'), ...inputs('test/cli/golden/fixtures')];

/** examples/draft-zh.md → examples.draft-zh.md; test/cli/golden/fixtures/x.txt → x.txt */
export const stem = (rel: string) =>
  rel.startsWith('examples/') ? `examples.${path.basename(rel)}` : path.basename(rel);

export function refuseUpdateInCI(): void {
  assert.ok(!(UPDATE && inCI()), 'UPDATE_GOLDEN is for a developer: CI only compares');
}

/** Compares `actual` with the golden file, or writes it under UPDATE_GOLDEN=1. */
export function golden(name: string, actual: Buffer): void {
  const file = path.join(EXPECTED, name);
  if (UPDATE) {
    fs.mkdirSync(EXPECTED, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `no golden file ${path.relative(ROOT, file)}: run UPDATE_GOLDEN=1 npm test`);
  const want = fs.readFileSync(file);
  if (!want.equals(actual)) {
    // A readable diff first (assert.equal on the text), then the bytes (line ends, BOM).
    assert.equal(actual.toString('utf8'), want.toString('utf8'), `${name} differs (UPDATE_GOLDEN=1 to accept)`);
    assert.deepEqual(actual, want, `${name} differs in bytes`);
  }
}
