// Golden outputs, compared byte for byte: the built command line's `check --format json` on every draft in examples/
// and in test/cli/golden/fixtures/ (CRLF, emoji, English, tables, traditional characters, UTF-16 — together every rule
// code, with their fixes), and what `check --fix` writes back and reports; test/lsp/golden.test.ts adds what the
// server publishes and offers for the same drafts. These pin the engine's whole behaviour: a refactor that moves a
// finding by one character, rewords a message or drops a fix shows up here as a diff.
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
import { EXPECTED, INPUTS, UPDATE, golden, refuseUpdateInCI, stem } from '../helpers/golden';

const normalise = (json: string) => json.replace(/^(\s*"version": )"[^"]*"/m, '$1"(normalised)"');

describe('command line: golden outputs', function () {
  this.timeout(60_000);
  before(() => {
    assert.ok(fs.existsSync(CLI), `build first: ${CLI} is missing`);
    refuseUpdateInCI();
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
    const want = INPUTS.flatMap((rel) =>
      ['.json', '.fix.json', '.fixed', '.lsp.json'].map((ext) => `${stem(rel)}${ext}`),
    );
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
      'copy-drift',
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
    // numbering-sequence (renumbering moves the draft's own cross-references) and copy-drift (the drafter may have
    // meant the change) offer their fixes as unsafe only; clause-title-mismatch's fix is safe only for the clause's own
    // heading copied wrong (which of number and heading is wrong is otherwise a guess): JSON shows the first safe fix.
    assert.deepEqual(
      [...fixed].sort(),
      ALL.filter((c) => c !== 'numbering-sequence' && c !== 'copy-drift'),
    );
  });
});
