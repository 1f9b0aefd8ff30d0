// One input pipeline: check, coverage and authorities read the same fixtures — every encoding, Word, folders, globs,
// --sources, --rules, --config — and agree on what each file says. Run through the built dist/cli.js.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftForms, GBF51, PLAN_LINES } from './fixtures';
import { cli, findingLines, plainEnv, removeTempDirs, tempDir } from './run';

const COMMANDS = ['check', 'coverage', 'authorities'] as const;
const posix = (p: string) => p.split(path.sep).join('/');
const json = (args: string[], cwd: string) => {
  const r = cli([...args, '--format', 'json'], { cwd });
  return { ...r, j: JSON.parse(r.stdout) };
};

/** What each command says each file holds, keyed by file: check's findings, coverage's citations, authorities' rows. */
function perFile(command: (typeof COMMANDS)[number], j: any): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (file: string, s: string) => out.set(posix(file), [...(out.get(posix(file)) ?? []), s]);
  if (command === 'check')
    for (const f of j.files) for (const x of f.findings) add(f.path, `${x.code} ${x.line}:${x.column}`);
  if (command === 'coverage')
    for (const c of j.clauses) {
      for (const h of c.citations) add(h.file, `${c.id} ${h.line}:${h.column}`);
      for (const h of c.misCitations) add(h.file, `${c.id} ${h.code} ${h.line}:${h.column}`);
    }
  if (command === 'authorities')
    for (const d of j.documents)
      for (const c of d.citations)
        add(c.file, `${d.key} ${c.via} ${c.line}:${c.column} ${c.agree} ${c.standardNumber} ${c.problems}`);
  return out;
}

describe('command line: one input pipeline for check, coverage and authorities', function () {
  this.timeout(120_000);
  let dir = '';
  let files: string[] = [];
  before(async () => ({ dir, files } = await draftForms()));
  after(removeTempDirs);

  for (const command of COMMANDS) {
    it(`${command} reads UTF-8, UTF-8 with BOM and CRLF, UTF-16, GB18030 and .docx alike`, () => {
      const { code, j, stderr } = json([command, 'drafts'], dir);
      assert.equal(code, command === 'check' ? 1 : 0, stderr);
      const seen = perFile(command, j);
      assert.deepEqual([...seen.keys()].sort(), [...files].sort(), 'every form was read and says something');
      const first = seen.get(files[0])!;
      assert.ok(first.length >= 2, first.join('\n'));
      for (const f of files) assert.deepEqual(seen.get(f), first, `${f} reads as ${files[0]} does`);
    });

    it(`${command} expands globs, quoted or not, and reads a folder of Word files only`, () => {
      const glob = cli([command, 'drafts/*.txt', '--format', 'json'], { cwd: dir });
      assert.notEqual(glob.code, 2, glob.stderr);
      assert.deepEqual([...perFile(command, JSON.parse(glob.stdout)).keys()].sort(), [
        'drafts/gb18030.txt',
        'drafts/utf16le.txt',
        'drafts/utf8-bom-crlf.txt',
      ]);
      const word = cli([command, 'word-only', '--lang', 'en'], { cwd: dir });
      assert.notEqual(word.code, 2, word.stderr);
      assert.equal(word.stderr, '');
      assert.match(word.stdout, /word-only\/plan\.docx:\d+:\d+/, 'the Word draft is read and its citations placed');
    });

    it(`${command} takes --sources: the document it brings is known`, () => {
      const args = [command, 'drafts/utf8.md', '--sources', 'sources', '--format', 'json'];
      const withSource = perFile(command, JSON.parse(cli(args, { cwd: dir }).stdout)).get('drafts/utf8.md')!;
      const without = perFile(
        command,
        JSON.parse(cli(args.slice(0, 2).concat(args.slice(4)), { cwd: dir }).stdout),
      ).get('drafts/utf8.md')!;
      if (command === 'authorities') {
        assert.ok(without.some((s) => s.startsWith('number:国办发〔2015〕51号')));
        assert.ok(!withSource.some((s) => s.startsWith('number:')), withSource.join('\n'));
      } else assert.deepEqual(withSource, without, 'the bundled Opinion is still what is checked and covered');
    });

    it(`${command} names an unreadable input on stderr, exits 2, and still reports the rest`, () => {
      const r = cli([command, 'drafts/utf8.md', 'missing.md', '--lang', 'en'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.md: no such file or folder/);
      assert.match(r.stdout, /drafts\/utf8\.md/);
    });

    it(`${command} reports the same on worker threads as in-process`, () => {
      const one = cli([command, 'drafts', '--jobs', '1', '--format', 'json'], { cwd: dir });
      const two = cli([command, 'drafts', '--jobs', '2', '--format', 'json'], { cwd: dir });
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.code, one.code);
    });

    it(`${command} takes --rules and --config alike`, () => {
      const cfg = path.join(tempDir({ 'c.json': JSON.stringify({ rules: { 'doc-number-format': 'off' } }) }), 'c.json');
      for (const extra of [
        ['--rules', 'doc-number-format=off'],
        ['--config', cfg],
      ]) {
        const r = cli([command, 'drafts/utf8.md', '--format', 'json', ...extra], { cwd: dir });
        assert.doesNotMatch(r.stdout, /doc-number-format/, extra.join(' '));
      }
    });
  }

  it('coverage --doc names a source by its number or its file, and says which documents there are', () => {
    const d = tempDir({
      'a.md': `依据${GBF51}（国办发〔2015〕51号）第二部分（二）“基本原则”。\n`,
      'sources/gbf.txt': fs.readFileSync(path.join(dir, 'sources', 'gbf-2015-51.txt')),
    });
    for (const doc of ['国办发〔2015〕51号', 'sources/gbf.txt']) {
      const r = cli(['coverage', 'a.md', '--sources', 'sources', '--doc', doc, '--format', 'json'], { cwd: d });
      assert.equal(r.code, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal(j.document.number, '国办发〔2015〕51号');
      assert.ok(j.clauses.find((c: any) => c.id === 'II').covered, doc);
    }
    const none = cli(['coverage', 'a.md', '--doc', '国发〔2015〕50号', '--lang', 'en'], { cwd: d });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no document "国发〔2015〕50号" in the library \(there is: GF No\. \(2015\)5\)/);
  });

  it('reports the same positions for the .docx as for the text files (paragraph = line)', () => {
    const { j } = json(['check', 'drafts/word.docx', 'drafts/utf8.md'], dir);
    const [docx, md] = j.files;
    assert.deepEqual(
      docx.findings.map((f: any) => [f.code, f.paragraph, f.column]),
      md.findings.map((f: any) => [f.code, f.line, f.column]),
    );
    assert.equal(PLAN_LINES[docx.findings[0].paragraph - 1].includes(docx.findings[0].text), true);
  });

  it('a file named on its own is read whatever its extension; .doc and .pdf are refused by every command', () => {
    const d = tempDir({ 'plan.text.bak': PLAN_LINES.join('\n'), 'old.doc': 'x' });
    for (const command of COMMANDS) {
      const r = cli([command, 'plan.text.bak', 'old.doc', '--lang', 'en'], { cwd: d });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /old\.doc: this format is not supported/);
      assert.match(r.stdout, /plan\.text\.bak/);
    }
  });

  it('-o writes each command’s report to a file', () => {
    for (const command of COMMANDS) {
      const out = path.join(dir, `${command}.json`);
      cli([command, 'drafts/utf8.md', '--format', 'json', '-o', out], { cwd: dir });
      assert.ok(JSON.parse(fs.readFileSync(out, 'utf8')), command);
    }
  });

  it('bad usage is the same for every command: unknown options, formats and options of another command', () => {
    for (const command of COMMANDS) {
      for (const args of [['--bogus'], ['--format', 'xml'], command === 'check' ? ['--doc', 'x'] : ['--fix']]) {
        const r = cli([command, 'drafts', ...args], { cwd: dir, env: plainEnv() });
        assert.equal(r.code, 2, `${command} ${args.join(' ')}`);
        assert.match(r.stderr, new RegExp(`policy-cite ${command} --help`));
      }
    }
  });

  it('the text reports read the same files in the same order', () => {
    const r = cli(['check', 'drafts', '--lang', 'en'], { cwd: dir });
    assert.deepEqual([...new Set(findingLines(r.stdout).map((f) => posix(f.file)))], [...files].sort());
  });
});
