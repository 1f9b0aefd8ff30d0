// The npm package of the command line: `npm pack` holds the bundle and nothing it does not need, and
// `npm install -g ./policy-cite-x.y.z.tgz` gives a working `policy-cite` that is a copy, not a link into the checkout.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planDocx } from './fixtures';
import { DRAFT_ERR, findingLines, plainEnv, removeTempDirs, ROOT, tempDir } from './run';

// Scripts are not run: the tests pack the bundle `npm test` has just built (prepack would rebuild it minified).
const npm = (args: string[], cwd = ROOT) =>
  spawnSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd,
    encoding: 'utf8',
    env: plainEnv(),
    timeout: 120_000,
  });

describe('command line: the npm package', function () {
  this.timeout(180_000);
  after(removeTempDirs);

  it('packs the bundle, package.json, README and LICENSE — nothing else, no dependencies to install', () => {
    const r = npm(['pack', '--dry-run', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const [pack] = JSON.parse(r.stdout);
    assert.deepEqual(pack.files.map((f: { path: string }) => f.path).sort(), [
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
    ]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.bin, { 'policy-cite': './dist/cli.js' });
    assert.equal(pkg.private, undefined, 'publishable');
    assert.deepEqual(pkg.dependencies ?? {}, {}, 'everything is bundled: an install fetches nothing');
    assert.match(fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('installs globally from the tarball as a copy that runs check on text and Word drafts', async () => {
    const out = tempDir();
    const packed = npm(['pack', '--pack-destination', out]);
    assert.equal(packed.status, 0, packed.stderr);
    const tgz = fs.readdirSync(out).find((f) => /^policy-cite-\d+\.\d+\.\d+\.tgz$/.test(f));
    assert.ok(tgz, fs.readdirSync(out).join(', '));
    const prefix = path.join(out, 'prefix');
    const installed = npm(['install', '-g', '--offline', '--prefix', prefix, path.join(out, tgz)], out);
    assert.equal(installed.status, 0, installed.stderr);
    const bin = path.join(prefix, 'bin', 'policy-cite');
    const real = fs.realpathSync(bin);
    assert.ok(real.startsWith(fs.realpathSync(prefix)), `${real} is inside the prefix, not the checkout`);
    const dir = tempDir({ 'a.md': DRAFT_ERR, 'b.docx': await planDocx() });
    const r = spawnSync(bin, ['check', '--lang', 'en', '.'], { cwd: dir, encoding: 'utf8', env: plainEnv() });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual([...new Set(findingLines(r.stdout).map((f) => f.file))], ['a.md', 'b.docx']);
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(v.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
