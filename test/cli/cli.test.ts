// The command line as a user meets it: the built dist/cli.js run on real files, with real exit codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import {
  CLI,
  cli,
  DRAFT_CLEAN,
  DRAFT_ERR,
  DRAFT_WARN,
  findingLines,
  plainEnv,
  removeTempDirs,
  tempDir,
  TITLE,
} from './run';
import { docxWith } from './fixtures';
import { skipBecause } from '../helpers/skips';

/** A real Word document made here, one paragraph per entry; an entry that is a list is one paragraph of several runs. */
async function makeDocx(paragraphs: (string | string[])[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new Paragraph({
              children: (Array.isArray(p) ? p : [p]).map((t, i) => new TextRun({ text: t, bold: i % 2 === 1 })),
            }),
        ),
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

const sarifSchema = () =>
  JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

describe('command line: policy-cite check', function () {
  this.timeout(60_000);

  before(() => assert.ok(fs.existsSync(CLI), `build first: ${CLI} is missing`));
  after(removeTempDirs);

  describe('help', () => {
    const OPTIONS = [
      '--format',
      '--output',
      '--fix',
      '--lang',
      '--rules',
      '--config',
      '--sources',
      '--exit-zero',
      '--color',
      '--no-color',
      '--jobs',
      '--no-progress',
      '--help',
    ];

    it('policy-cite --help names the command, examples and exit codes', () => {
      const r = cli(['--help']);
      assert.equal(r.code, 0);
      for (const s of ['policy-cite check', 'Examples:', 'Exit codes']) assert.ok(r.stdout.includes(s), s);
    });

    it('policy-cite check --help explains every option, the column unit and has examples, in English and Chinese', () => {
      for (const lang of ['en', 'zh']) {
        const r = cli(['check', '--help', '--lang', lang]);
        assert.equal(r.code, 0);
        for (const o of OPTIONS) assert.ok(r.stdout.includes(o), `${lang} help mentions ${o}`);
        assert.ok(
          r.stdout.includes(lang === 'en' ? 'count Unicode characters (code' : '按 Unicode 字符（码位）计数'),
          `${lang}: column unit`,
        );
        assert.ok(r.stdout.includes(lang === 'en' ? 'Examples:' : '示例：'));
        assert.ok((r.stdout.match(/policy-cite check /g) ?? []).length >= 6, 'several examples');
      }
    });

    it('no command, an unknown command or option is bad usage (exit 2) with a pointer to --help', () => {
      for (const args of [
        [],
        ['lint', 'x.md'],
        ['check', '--bogus', 'x.md'],
        ['check'],
        ['check', '--format', 'xml', 'x.md'],
        ['check', '--rules', 'nonsense=error', 'x.md'],
      ]) {
        const r = cli(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /--help/);
        assert.equal(r.stdout, '');
      }
    });
  });

  describe('text output and exit codes', () => {
    it('prints file:line:col: severity code message, the source line, a marker under the citation, and a summary', () => {
      const dir = tempDir({ 'a.txt': DRAFT_ERR });
      const r = cli(['check', '--lang', 'en', 'a.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(
        findingLines(r.stdout).map((f) => [f.file, f.line, f.column, f.severity, f.code]),
        [
          ['a.txt', 1, 43, 'error', 'unknown-clause'],
          ['a.txt', 2, 3, 'warning', 'doc-number-format'],
        ],
      );
      // The source line follows the heading, then the marker: ^ under the citation's first character.
      const i = lines.findIndex((l) => l.startsWith('a.txt:2:3:'));
      assert.match(lines[i + 1], /^ +2 \| 参照国发\[2015\]5号文件执行。$/);
      const bar = lines[i + 1].indexOf('|');
      // 参照 takes four terminal cells; the marker starts under 国 and runs under 国发[2015]5号 (13 cells: 国发号 are wide).
      assert.equal(lines[i + 2].slice(bar + 2), '    ^' + '~'.repeat(12));
      assert.equal(lines[lines.length - 1], 'Checked 1 file: 1 error, 1 warning; 1 can be fixed with --fix.');
      assert.ok(!/\x1b\[/.test(r.stdout), 'no colour when piped');
    });

    it('cuts a long line (a Word paragraph) around the citation, with the marker still under it', () => {
      const dir = tempDir({ 'long.txt': '云'.repeat(300) + '参照国发[2015]5号文件执行。' + '计'.repeat(300) + '\n' });
      const lines = cli(['check', 'long.txt'], { cwd: dir }).stdout.split('\n');
      const [src, marker] = [lines[1], lines[2]];
      assert.match(src, /^ +1 \| …云+参照国发\[2015\]5号文件执行。计+…$/);
      const cells = (t: string) =>
        Array.from(t).reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
      assert.ok(cells(src) <= 120, `fits 120 cells: ${cells(src)}`);
      // The ^ sits at the same cell as 国 in the line above.
      const before = src.slice(0, src.indexOf('国'));
      assert.equal(marker.indexOf('^'), cells(before));
    });

    it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
      const dir = tempDir({ 'a.txt': DRAFT_ERR });
      assert.match(cli(['check', '--color', 'always', 'a.txt'], { cwd: dir }).stdout, /\x1b\[31m/);
      assert.doesNotMatch(cli(['check', 'a.txt'], { cwd: dir, env: plainEnv({ NO_COLOR: '1' }) }).stdout, /\x1b\[/);
      assert.doesNotMatch(
        cli(['check', '--no-color', 'a.txt'], { cwd: dir, env: plainEnv({ FORCE_COLOR: '1' }) }).stdout,
        /\x1b\[/,
      );
    });

    it('exit 0 when nothing is at error level, 1 when something is, 0 with --exit-zero', () => {
      const dir = tempDir({ 'clean.txt': DRAFT_CLEAN, 'warn.txt': DRAFT_WARN, 'err.txt': DRAFT_ERR });
      const clean = cli(['check', '--lang', 'en', 'clean.txt'], { cwd: dir });
      assert.equal(clean.code, 0);
      assert.equal(clean.stdout, 'Checked 1 file: no problems found.\n');
      assert.equal(cli(['check', 'warn.txt', 'clean.txt'], { cwd: dir }).code, 0);
      assert.equal(cli(['check', 'err.txt'], { cwd: dir }).code, 1);
      const zero = cli(['check', '--exit-zero', 'err.txt'], { cwd: dir });
      assert.equal(zero.code, 0);
      assert.equal(findingLines(zero.stdout).length, 2, 'findings are still printed');
    });

    it('exit 2 for an unreadable input, named on stderr, while the other files are still checked', () => {
      const dir = tempDir({
        'err.txt': DRAFT_ERR,
        'old.doc': 'x',
        'binary.txt': Buffer.from([0x50, 0x4b, 0, 0, 1, 2]),
        'broken.docx': 'not a zip',
      });
      const r = cli(['check', 'missing.md', 'err.txt', 'old.doc', 'binary.txt', 'broken.docx'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.md: no such file or folder/);
      assert.match(r.stderr, /old\.doc: this format is not supported: save it as \.docx/);
      assert.match(r.stderr, /binary\.txt: not a text file/);
      assert.match(r.stderr, /broken\.docx: not a readable Word \(\.docx\) file/);
      assert.deepEqual(
        findingLines(r.stdout).map((f) => f.code),
        ['unknown-clause', 'doc-number-format'],
      );
      // the stderr lines are about no draft (English here); the summary speaks the drafts' language, Chinese
      assert.match(r.stdout, /；4 个文件无法读取。\n$/);
    });

    it('a folder with nothing to check, or a glob that matches nothing, is bad input (exit 2)', () => {
      const dir = tempDir({ 'notes/readme.rst': 'x' });
      const r = cli(['check', 'notes'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no \.txt, \.md or \.docx files to read/);
      const g = cli(['check', 'drafts/**/*.md'], { cwd: dir });
      assert.equal(g.code, 2);
      assert.match(g.stderr, /drafts\/\*\*\/\*\.md: no \.txt, \.md or \.docx file matches/);
    });

    it('messages in Chinese with --lang zh, or from LANG', () => {
      const dir = tempDir({ 'a.txt': DRAFT_ERR });
      const zh = cli(['check', '--lang', 'zh', 'a.txt'], { cwd: dir });
      assert.match(zh.stdout, /a\.txt:1:43: error unknown-clause 国发〔2015〕5号第二部分（主要任务）只有六项/);
      assert.match(zh.stdout, /共检查 1 个文件：1 个错误，1 个警告；其中 1 处可用 --fix 自动修正。\n$/);
      assert.match(
        cli(['check', 'a.txt'], { cwd: dir, env: plainEnv({ LANG: 'zh_CN.UTF-8' }) }).stdout,
        /共检查 1 个文件/,
      );
      assert.match(
        cli(['check', '--lang', 'en', 'a.txt'], { cwd: dir, env: plainEnv({ LANG: 'zh_CN.UTF-8' }) }).stdout,
        /Checked 1 file/,
      );
    });

    it('--rules and --config set levels: off drops a rule, error can fail the build', () => {
      const dir = tempDir({
        'w.txt': DRAFT_WARN,
        'cfg.json': JSON.stringify({ rules: { 'doc-number-format': 'error' } }),
      });
      assert.equal(cli(['check', 'w.txt', '--rules', 'doc-number-format=error'], { cwd: dir }).code, 1);
      assert.equal(cli(['check', 'w.txt', '--config', 'cfg.json'], { cwd: dir }).code, 1);
      const off = cli(['check', 'w.txt', '--rules', 'doc-number-format=off'], { cwd: dir });
      assert.equal(off.code, 0);
      assert.equal(findingLines(off.stdout).length, 0);
      assert.equal(cli(['check', 'w.txt', '--config', 'missing.json'], { cwd: dir }).code, 2);
    });
  });

  describe('positions: columns count Unicode characters', () => {
    const cases: [string, string | Buffer, number, number][] = [
      ['an emoji before the citation counts as one column', '😀 参照国发[2015]5号文件执行。\n', 1, 5],
      ['an emoji on an earlier line changes nothing', '😀😀\n参照国发[2015]5号文件执行。\n', 2, 3],
      ['CRLF line ends', 'first line\r\nsecond line\r\n参照国发[2015]5号文件执行。\r\n', 3, 3],
      ['lone CR line ends', 'first\rsecond\r参照国发[2015]5号文件执行。', 3, 3],
      ['a UTF-8 byte-order mark is not a column', '\uFEFF参照国发[2015]5号文件执行。\n', 1, 3],
      [
        'UTF-16 with a BOM',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x\r\n参照国发[2015]5号文件执行。\r\n', 'utf16le')]),
        2,
        3,
      ],
      [
        'GB18030 (GBK) text',
        Buffer.from([
          0xb2, 0xce, 0xd5, 0xd5, 0xb9, 0xfa, 0xb7, 0xa2, 0x5b, 0x32, 0x30, 0x31, 0x35, 0x5d, 0x35, 0xba, 0xc5,
        ]),
        1,
        3,
      ],
    ];
    for (const [name, content, line, column] of cases) {
      it(name, () => {
        const dir = tempDir({ 'd.txt': content });
        const r = cli(['check', 'd.txt'], { cwd: dir });
        assert.deepEqual(
          findingLines(r.stdout).map((f) => [f.code, f.line, f.column]),
          [['doc-number-format', line, column]],
          r.stdout + r.stderr,
        );
        const j = JSON.parse(cli(['check', '-f', 'json', 'd.txt'], { cwd: dir }).stdout);
        assert.deepEqual([j.files[0].findings[0].line, j.files[0].findings[0].column], [line, column]);
        assert.equal(j.files[0].findings[0].endColumn - column, 10, '国发[2015]5号 is 10 characters');
      });
    }
  });

  describe('--fix', () => {
    it('applies safe fixes to .txt/.md in place, reports them, keeps BOM and CRLF, and leaves .docx alone', async () => {
      const docx = await makeDocx(['参照国发[2015]5号文件执行。']);
      const dir = tempDir({
        'a.md': DRAFT_ERR,
        'b.txt': Buffer.from('\uFEFF参照国发[2015]5号文件执行。\r\n第二行\r\n', 'utf8'),
        'c.docx': docx,
      });
      const r = cli(['check', '--fix', '--lang', 'en', '.'], { cwd: dir });
      assert.equal(r.code, 1, 'the unknown clause has no safe fix and stays');
      // the change is said once, as before → after
      assert.match(r.stdout, /^a\.md:2:3: fixed doc-number-format “国发\[2015\]5号” → “国发〔2015〕5号”$/m);
      assert.match(r.stdout, /^b\.txt:1:3: fixed doc-number-format/m);
      assert.match(
        r.stdout,
        /c\.docx: note: not changed: --fix does not rewrite \.docx files \(.*\); make the fix below in Word/,
      );
      assert.match(r.stdout, /\| fix in Word: “国发\[2015\]5号” → “国发〔2015〕5号”/);
      assert.equal(
        fs.readFileSync(path.join(dir, 'a.md'), 'utf8'),
        DRAFT_ERR.replace('国发[2015]5号', '国发〔2015〕5号'),
      );
      assert.deepEqual(
        fs.readFileSync(path.join(dir, 'b.txt')),
        Buffer.from('\uFEFF参照国发〔2015〕5号文件执行。\r\n第二行\r\n', 'utf8'),
      );
      assert.deepEqual(fs.readFileSync(path.join(dir, 'c.docx')), docx, '.docx untouched');
      assert.deepEqual(
        findingLines(r.stdout).map((f) => `${f.file}:${f.code}`),
        ['a.md:unknown-clause', 'c.docx:doc-number-format'],
      );
      assert.match(r.stdout, /fixed 2 problems in 2 files; 1 in \.docx to fix in Word\./);
      const again = cli(['check', '--fix', 'a.md', 'b.txt'], { cwd: dir });
      assert.doesNotMatch(again.stdout, /fixed/);
    });
  });

  describe('--fix: changes in line order', () => {
    it('lists every change in line order, at its place in the fixed file, even when fixing revealed it', () => {
      // Round one fixes the title on line 1 and the number on line 2; only then is line 1's number seen to be wrong.
      const draft = `依据《国务院关于促进云计算创新发展的意见》（国发〔2015〕6号）推进。\n参照国发[2015]5号文件执行。\n`;
      const dir = tempDir({ 'a.md': draft });
      const r = cli(['check', '--fix', '--lang', 'en', 'a.md'], { cwd: dir });
      const fixed = r.stdout
        .split('\n')
        .filter((l) => /^a\.md:\d+:\d+: fixed /.test(l))
        .map((l) => l.split(' ')[0] + ' ' + l.split(' ')[2]);
      assert.deepEqual(fixed, [
        'a.md:1:4: title-mismatch',
        'a.md:1:32: doc-number-mismatch',
        'a.md:2:3: doc-number-format',
      ]);
      const lines = fs.readFileSync(path.join(dir, 'a.md'), 'utf8').split('\n');
      assert.equal(Array.from(lines[0]).slice(31, 41).join(''), '国发〔2015〕5号', 'column 32 of the fixed line');
    });

    it('gives a change after a shorter one on the same line the column it has in the fixed file', () => {
      const dir = tempDir({ 'd.md': '国务院于2015年1月30日印发《意见》，提出了七项主要任务。\n' });
      const r = cli(['check', '--fix', '--lang', 'en', 'd.md'], { cwd: dir });
      const count = /^d\.md:1:(\d+): fixed count-mismatch “七” → “六”$/m.exec(r.stdout);
      assert.ok(count, r.stdout);
      const line = fs.readFileSync(path.join(dir, 'd.md'), 'utf8');
      assert.equal(Array.from(line)[Number(count[1]) - 1], '六');
      const cols = [...r.stdout.matchAll(/^d\.md:1:(\d+): fixed/gm)].map((m) => Number(m[1]));
      assert.deepEqual(
        cols,
        [...cols].sort((a, b) => a - b),
        'in line order',
      );
    });

    it('says it once in Chinese too: 已修正, the code, “before” → “after”', () => {
      const dir = tempDir({ 'a.md': DRAFT_WARN });
      const r = cli(['check', '--fix', 'a.md'], { cwd: dir });
      assert.match(r.stdout, /^a\.md:1:3: 已修正 doc-number-format “国发\[2015\]5号” → “国发〔2015〕5号”$/m);
      assert.doesNotMatch(r.stdout, /改为/);
    });
  });

  describe('.docx input', () => {
    it('finds the same findings, by paragraph and character, as the same text saved as .txt', async () => {
      const paragraphs: (string | string[])[] = [
        '关于推进云计算发展的实施意见',
        '',
        `为贯彻落实${TITLE}（国发〔2015〕5号，以下简称《意见》），提出如下意见。`,
        // Word splits text into runs (here: bold in the middle of the citation); the citation must survive it.
        ['😀 参照', '国发[2015]5号', '文件执行。'],
        '落实《意见》第二部分第（七）项的要求。',
        'Part II, Section (4) of the Opinions asks for public data openness trials.',
      ];
      const asText = paragraphs.map((p) => (Array.isArray(p) ? p.join('') : p)).join('\r\n') + '\r\n';
      const dir = tempDir({ 'draft.docx': await makeDocx(paragraphs), 'draft.txt': asText });
      const docx = JSON.parse(cli(['check', '-f', 'json', 'draft.docx'], { cwd: dir }).stdout);
      const txt = JSON.parse(cli(['check', '-f', 'json', 'draft.txt'], { cwd: dir }).stdout);
      const key = (f: { code: string; line: number; column: number; endColumn: number; message: string }) => [
        f.code,
        f.line,
        f.column,
        f.endColumn,
        f.message,
      ];
      assert.ok(txt.files[0].findings.length >= 2, 'the draft has findings');
      assert.deepEqual(docx.files[0].findings.map(key), txt.files[0].findings.map(key));
      assert.equal(docx.files[0].kind, 'docx');
      const fmt = docx.files[0].findings.find((f: { code: string }) => f.code === 'doc-number-format');
      assert.deepEqual([fmt.paragraph, fmt.column], [4, 5], 'paragraph 4, after the emoji, a space and 参照');
      const text = cli(['check', 'draft.docx'], { cwd: dir });
      assert.match(text.stdout, /^draft\.docx:4:5: warning doc-number-format/m);
      assert.match(text.stdout, /^ +¶4 \| 😀 参照国发\[2015\]5号文件执行。$/m, 'the gutter names the paragraph');
      assert.equal(text.code, 1);
    });

    it('counts paragraphs as stated: empty ones, and each paragraph of each table cell, row by row', async () => {
      const blocks: (string | string[][])[] = [
        '关于推进云计算发展的实施方案', // ¶1
        '', // ¶2: an empty paragraph counts
        `为贯彻落实${TITLE}（国发〔2015〕5号，以下简称《意见》），制定本方案。`, // ¶3
        [
          ['序号', '任务'], // ¶4, ¶5
          ['1', '\n参照国发[2015]5号执行。'], // ¶6; the cell's empty first paragraph ¶7, then ¶8
        ],
        '', // ¶9
        '落实《意见》第二部分第（七）项的要求。', // ¶10
      ];
      const dir = tempDir({ 'd.docx': await docxWith(blocks) });
      const r = cli(['check', '--lang', 'en', 'd.docx'], { cwd: dir });
      assert.deepEqual(
        findingLines(r.stdout).map((f) => [f.code, f.line]),
        [
          ['doc-number-format', 8],
          ['unknown-clause', 10],
        ],
      );
      assert.match(r.stdout, /^ +¶8 \| 参照国发\[2015\]5号执行。$/m);
      assert.match(cli(['check', '--help']).stdout, /empty ones included/);
    });

    it('--fix on a .docx says the file is not changed and why, even with nothing to fix', async () => {
      const dir = tempDir({ 'clean.docx': await docxWith([DRAFT_CLEAN.trim()]) });
      const r = cli(['check', '--fix', '--lang', 'en', 'clean.docx'], { cwd: dir });
      assert.match(r.stdout, /^clean\.docx: note: not changed: --fix does not rewrite \.docx files/m);
      const j = JSON.parse(cli(['check', '--fix', '--lang', 'en', '-f', 'json', 'clean.docx'], { cwd: dir }).stdout);
      assert.match(j.files[0].notFixed, /does not rewrite \.docx/);
    });

    it('works from the bundle alone, without node_modules (mammoth is bundled), also in worker threads', async () => {
      const alone = tempDir();
      const script = path.join(alone, 'cli.js');
      fs.copyFileSync(CLI, script);
      const docx = await makeDocx(['参照国发[2015]5号文件执行。']);
      const dir = tempDir({ 'a.docx': docx, 'b.docx': docx, 'c.txt': DRAFT_WARN });
      const r = cli(['check', '--jobs', '2', '.'], { cwd: dir, script });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        findingLines(r.stdout).map((f) => `${f.file}:${f.line}:${f.column}`),
        ['a.docx:1:3', 'b.docx:1:3', 'c.txt:1:3'],
      );
    });
  });

  describe('folders, globs and parallel batches', () => {
    it('searches folders for .txt/.md/.markdown/.docx, skipping hidden folders, node_modules and Word lock files, in sorted order', async () => {
      const dir = tempDir({
        'drafts/b.md': DRAFT_WARN,
        'drafts/a.txt': DRAFT_WARN,
        'drafts/sub/c.markdown': DRAFT_WARN,
        'drafts/notes.rst': DRAFT_WARN,
        'drafts/.git/x.txt': DRAFT_WARN,
        'drafts/node_modules/y.md': DRAFT_WARN,
        'drafts/~$draft.docx': 'lock',
      });
      const r = cli(['check', 'drafts'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        findingLines(r.stdout).map((f) => f.file),
        ['drafts/a.txt', 'drafts/b.md', 'drafts/sub/c.markdown'].map((p) => p.split('/').join(path.sep)),
      );
    });

    it('expands globs the shell passed on quoted: ** and *, {a,b}', () => {
      const dir = tempDir({ 'd/x/one.md': DRAFT_WARN, 'd/two.txt': DRAFT_WARN, 'd/three.md': DRAFT_WARN });
      assert.deepEqual(
        findingLines(cli(['check', 'd/**/*.md'], { cwd: dir }).stdout).map((f) => f.file.split(path.sep).join('/')),
        ['d/three.md', 'd/x/one.md'],
      );
      assert.deepEqual(
        findingLines(cli(['check', 'd/*.{md,txt}'], { cwd: dir }).stdout).map((f) => f.file.split(path.sep).join('/')),
        ['d/three.md', 'd/two.txt'],
      );
    });

    it('a batch checked on worker threads prints the same report, in the same order, as one checked in-process', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++)
        files[`batch/f${String(i).padStart(2, '0')}.txt`] = [DRAFT_CLEAN, DRAFT_WARN, DRAFT_ERR][i % 3];
      const dir = tempDir(files);
      const parallel = cli(['check', '--lang', 'en', '--jobs', '2', 'batch'], { cwd: dir });
      const serial = cli(['check', '--lang', 'en', '--jobs', '1', 'batch'], { cwd: dir });
      assert.equal(parallel.code, 1);
      assert.equal(parallel.stdout, serial.stdout);
      assert.equal(parallel.stderr, '', 'no progress bar when output is piped');
      assert.match(parallel.stdout, /Checked 40 files: 13 errors, 26 warnings; 26 can be fixed with --fix\.\n$/);
    });

    it('stops quietly when the reader closes the pipe early (| head)', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 150; i++) files[`p/f${String(i).padStart(3, '0')}.txt`] = DRAFT_ERR.repeat(20);
      const dir = tempDir(files);
      for (const jobs of ['1', '2']) {
        const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check --jobs ${jobs} p 2>err.txt | head -1; echo "status=\${PIPESTATUS[0]}"`;
        const r = spawnSync('bash', ['-c', cmd], { cwd: dir, env: plainEnv(), encoding: 'utf8' });
        assert.match(r.stdout, /^p\/f000\.txt:1:43: error unknown-clause .*\nstatus=1\n$/);
        assert.equal(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8'), '', `jobs ${jobs}: nothing on stderr`);
      }
    });

    it('shows colour and a progress bar on a terminal (run under script(1) for a pseudo-terminal)', function () {
      // util-linux `script` gives the pseudo-terminal; without it this cannot be tested
      if (spawnSync('script', ['--version']).error)
        skipBecause(this, 'util-linux script(1) is not installed, so there is no pseudo-terminal to test on');
      const files: Record<string, string> = {};
      for (let i = 0; i < 30; i++) files[`t/f${i}.txt`] = DRAFT_WARN;
      const dir = tempDir(files);
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check --jobs 2 t`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
        cwd: dir,
        env: plainEnv({ POLICY_CITE_PROGRESS_DELAY_MS: '0', COLUMNS: '100' }),
        encoding: 'utf8',
      });
      assert.equal(r.status, 0);
      assert.match(r.stdout, /\x1b\[33mwarning/, 'coloured severity');
      assert.match(r.stdout, /\[[#-]+\] \d+\/30 \d+%/, 'a progress bar');
    });
  });

  describe('--format json and sarif', () => {
    it('json has the documented shape', () => {
      const dir = tempDir({ 'a.txt': DRAFT_ERR });
      const r = cli(['check', '--format', 'json', 'a.txt', 'missing.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      const j = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(j), [
        'tool',
        'version',
        'formatVersion',
        'columnUnit',
        'files',
        'problems',
        'summary',
      ]);
      assert.deepEqual([j.tool, j.formatVersion, j.columnUnit], ['policy-cite', 1, 'unicodeCodePoints']);
      assert.deepEqual(j.problems, [{ path: 'missing.txt', message: 'no such file or folder' }]);
      const f = j.files[0].findings[1];
      assert.deepEqual(Object.keys(f), [
        'code',
        'severity',
        'message',
        'messages',
        'line',
        'column',
        'endLine',
        'endColumn',
        'offset',
        'length',
        'text',
        'fix',
      ]);
      assert.deepEqual(
        [f.code, f.severity, f.line, f.column, f.endLine, f.endColumn, f.text],
        ['doc-number-format', 'warning', 2, 3, 2, 13, '国发[2015]5号'],
      );
      assert.deepEqual(
        f.fix.edits.map((e: { newText: string }) => e.newText),
        ['国发〔2015〕5号'],
      );
      assert.ok(f.messages.zh && f.messages.en);
      assert.deepEqual(j.summary, {
        files: 1,
        unreadable: 1,
        error: 1,
        warning: 1,
        information: 0,
        hint: 0,
        fixable: 1,
        fixed: 0,
      });
    });

    it('sarif is valid SARIF 2.1.0 against the official schema, with rules, regions, fixes and unreadable inputs', async () => {
      const dir = tempDir({
        '草稿/a.md': DRAFT_ERR,
        'b.docx': await makeDocx(['参照国发[2015]5号文件执行。']),
        'broken.docx': 'nope',
      });
      const r = cli(['check', '--format', 'sarif', '草稿', 'b.docx', 'broken.docx', 'missing.md'], { cwd: dir });
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout);
      // The schema has one pattern written for non-Unicode regular expressions (a stray `]`), hence unicodeRegExp: false.
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile<any>(sarifSchema());
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const run = log.runs[0];
      assert.equal(log.version, '2.1.0');
      assert.equal(run.columnKind, 'unicodeCodePoints');
      assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'unknown-clause'));
      const res = run.results.map(
        (x: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }) => [
          x.ruleId,
          x.level,
          x.locations[0].physicalLocation.artifactLocation.uri,
          x.locations[0].physicalLocation.region.startLine,
          x.locations[0].physicalLocation.region.startColumn,
        ],
      );
      assert.deepEqual(res, [
        ['unknown-clause', 'error', '%E8%8D%89%E7%A8%BF/a.md', 1, 43],
        ['doc-number-format', 'warning', '%E8%8D%89%E7%A8%BF/a.md', 2, 3],
        ['doc-number-format', 'warning', 'b.docx', 1, 3],
      ]);
      assert.equal(run.results[1].fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '国发〔2015〕5号');
      assert.equal(run.results[2].fixes, undefined, 'no fixes offered inside a .docx');
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.equal(run.invocations[0].toolExecutionNotifications.length, 2);
      // -o writes the same log to a file and the summary line to stdout.
      const o = cli(['check', '-f', 'sarif', '--lang', 'en', '-o', 'out.sarif', '草稿'], { cwd: dir });
      assert.equal(o.code, 1);
      assert.match(o.stdout, /^Checked 1 file: 1 error, 1 warning/);
      assert.ok(validate(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'))));
    });
  });

  it('checks the bundled examples/ and --exit-zero keeps `npm run example` green', () => {
    const r = cli(['check', '--exit-zero', '--lang', 'en', 'examples/'], { cwd: path.resolve(CLI, '..', '..') });
    assert.equal(r.code, 0);
    assert.ok(findingLines(r.stdout).length >= 5);
    assert.match(r.stdout, /^Checked 2 files: /m);
  });
});
