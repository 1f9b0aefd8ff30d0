// Golden outputs of the built command line, compared byte for byte: `check --format json` on every draft in examples/
// and in test/cli/golden/fixtures/ (CRLF, emoji, English, tables, traditional characters — together every rule code,
// with their fixes), and what `check --fix` writes back and reports. These pin the engine's whole behaviour: a
// refactor that moves a finding by one character, rewords a message or drops a fix shows up here as a diff.
//
// Only the version field is normalised (so a release does not churn the files); paths are the repository-relative
// paths given on the command line.
//
// To regenerate after a deliberate change, build and run with UPDATE_GOLDEN=1, then review the diff in git:
//
//   UPDATE_GOLDEN=1 npm test            (or: npm run golden)
//
// UPDATE_GOLDEN is refused in CI (CI=true): there the files are only compared.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT, cli, removeTempDirs, tempDir } from './run';
import { inCI } from '../helpers/skips';

const GOLDEN = path.join(ROOT, 'test', 'cli', 'golden');
const EXPECTED = path.join(GOLDEN, 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Repository-relative inputs, with forward slashes, in sorted order. */
const inputs = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
const INPUTS = [...inputs('examples'), ...inputs('test/cli/golden/fixtures')];

/** examples/draft-zh.md → examples.draft-zh.md; test/cli/golden/fixtures/x.txt → x.txt */
const stem = (rel: string) => (rel.startsWith('examples/') ? `examples.${path.basename(rel)}` : path.basename(rel));

const normalise = (json: string) => json.replace(/^(\s*"version": )"[^"]*"/m, '$1"(normalised)"');

/** Compares `actual` with the golden file, or writes it under UPDATE_GOLDEN=1. */
function golden(name: string, actual: Buffer): void {
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

describe('command line: golden outputs', function () {
  this.timeout(60_000);
  before(() => {
    assert.ok(fs.existsSync(CLI), `build first: ${CLI} is missing`);
    assert.ok(!(UPDATE && inCI()), 'UPDATE_GOLDEN is for a developer: CI only compares');
  });
  after(removeTempDirs);

  const reports = new Map<string, { files: { findings: { code: string; fix: unknown }[] }[] }>();

  for (const rel of INPUTS) {
    it(`check --format json on ${rel} is byte-for-byte golden/expected/${stem(rel)}.json`, () => {
      const r = cli(['check', '--format', 'json', '--exit-zero', rel], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const out = normalise(r.stdout);
      reports.set(rel, JSON.parse(out));
      golden(`${stem(rel)}.json`, Buffer.from(out, 'utf8'));
    });

    it(`check --fix on ${rel} writes golden/expected/${stem(rel)}.fixed and reports golden/expected/${stem(rel)}.fix.json`, () => {
      const name = path.basename(rel);
      const dir = tempDir({ [name]: fs.readFileSync(path.join(ROOT, rel)) });
      const r = cli(['check', '--fix', '--format', 'json', '--exit-zero', name], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      golden(`${stem(rel)}.fix.json`, Buffer.from(normalise(r.stdout), 'utf8'));
      golden(`${stem(rel)}.fixed`, fs.readFileSync(path.join(dir, name)));
    });
  }

  it('has no golden file without an input (a renamed or removed draft leaves none behind)', function () {
    if (UPDATE) return; // the update just wrote them
    const want = INPUTS.flatMap((rel) => [`${stem(rel)}.json`, `${stem(rel)}.fix.json`, `${stem(rel)}.fixed`]);
    assert.deepEqual(fs.readdirSync(EXPECTED).sort(), want.sort());
  });

  it('together the inputs raise every rule code, and every rule that has a safe fix offers one', () => {
    assert.equal(reports.size, INPUTS.length, 'the json tests above ran');
    const codes = new Set<string>();
    const fixed = new Set<string>();
    for (const rep of reports.values())
      for (const f of rep.files[0].findings) {
        codes.add(f.code);
        if (f.fix) fixed.add(f.code);
      }
    const ALL = [
      'alias-undefined',
      'clause-title-mismatch',
      'count-mismatch',
      'date-mismatch',
      'doc-number-format',
      'doc-number-mismatch',
      'misquote',
      'numbering-sequence',
      'target-mismatch',
      'title-mismatch',
      'unknown-clause',
    ];
    assert.deepEqual([...codes].sort(), ALL);
    // clause-title-mismatch (which of number and heading is wrong?) and numbering-sequence (renumbering moves the
    // draft's own cross-references) offer their fixes as unsafe only: JSON shows the first safe fix.
    assert.deepEqual(
      [...fixed].sort(),
      ALL.filter((c) => c !== 'clause-title-mismatch' && c !== 'numbering-sequence'),
    );
  });
});
