// Byte-level round trips through the built command line: --fix rewrites a file in its own encoding, BOM and line ends
// with only the fixed words changed (GB18030 is reported, never rewritten), and SARIF regions are exactly the JSON
// output's positions, start and end, after emoji, Chinese characters and CRLF.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, cli, removeTempDirs, tempDir, TITLE } from './run';

/** Three lines: an emoji before a fixable number, a fixable PUE figure, and an unknown clause with no fix. */
const DRAFT = [
  '😀 参照国发[2015]5号文件执行。',
  `${TITLE}（国发〔2015〕5号）提出，新建大型云计算数据中心PUE值优于1.4。`,
  `落实${TITLE}（国发〔2015〕5号）第二部分第（七）项的要求。`,
  '',
].join('\n');
const FIXED = DRAFT.replace('国发[2015]5号', '国发〔2015〕5号').replace('优于1.4', '优于1.5');

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const ENCODINGS: [name: string, file: string, encode: (text: string) => Buffer][] = [
  ['UTF-16LE with BOM', 'le.txt', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16BE with BOM', 'be.txt', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)])],
  ['UTF-8 with BOM', 'bom.md', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
  ['UTF-8 with CRLF', 'crlf.txt', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8')],
  [
    'UTF-16LE with BOM and CRLF',
    'le-crlf.txt',
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t.replace(/\n/g, '\r\n'), 'utf16le')]),
  ],
  ['UTF-8 with lone CR line ends', 'cr.txt', (t) => Buffer.from(t.replace(/\n/g, '\r'), 'utf8')],
  ['plain UTF-8', 'plain.md', (t) => Buffer.from(t, 'utf8')],
];

interface JsonFinding {
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fix: { edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[] } | null;
}

describe('command line: byte-for-byte round trips', function () {
  this.timeout(60_000);
  before(() => assert.ok(fs.existsSync(CLI), `build first: ${CLI} is missing`));
  after(removeTempDirs);

  describe('--fix keeps the encoding, the BOM and the line ends, and changes only the fixed words', () => {
    for (const [name, file, encode] of ENCODINGS) {
      it(`${name}: the rewritten file is exactly the fixed text in the same encoding`, () => {
        const before = encode(DRAFT);
        const dir = tempDir({ [file]: before });
        const r = cli(['check', '--fix', '--lang', 'en', file], { cwd: dir });
        assert.equal(r.code, 1, `the unknown clause stays: ${r.stdout}${r.stderr}`);
        assert.match(r.stdout, new RegExp(`^${file}:1:5: fixed doc-number-format `, 'm'));
        assert.match(r.stdout, new RegExp(`^${file}:2:61: fixed target-mismatch `, 'm'));
        const after = fs.readFileSync(path.join(dir, file));
        assert.equal(after.toString('hex'), encode(FIXED).toString('hex'), `${name}: bytes after --fix`);
        // And a second run has nothing left to fix and leaves the bytes alone.
        const again = cli(['check', '--fix', '--lang', 'en', file], { cwd: dir });
        assert.doesNotMatch(again.stdout, / fixed /);
        assert.deepEqual(fs.readFileSync(path.join(dir, file)), after);
      });
    }

    it('GB18030: reports the fixable finding and leaves the file byte-for-byte as it was', () => {
      // 参照国发[2015]5号文件执行。 CRLF, in GBK (a subset of GB18030).
      const gbk = Buffer.from('b2ced5d5b9fab7a25b323031355d35bac5cec4bcfed6b4d0d0a1a30d0a', 'hex');
      assert.equal(new TextDecoder('gb18030').decode(gbk), '参照国发[2015]5号文件执行。\r\n');
      const dir = tempDir({ 'gb.txt': gbk });
      const r = cli(['check', '--fix', '--lang', 'en', 'gb.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^gb\.txt: note: not fixed: cannot write gb18030 back; save the file as UTF-8$/m);
      assert.match(r.stdout, /^gb\.txt:1:3: warning doc-number-format /m);
      assert.doesNotMatch(r.stdout, / fixed doc-number-format/);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'gb.txt')), gbk);
    });
  });

  describe('SARIF regions are the JSON positions, start and end', () => {
    const region = (x: { startLine: number; startColumn: number; endLine: number; endColumn: number }) => [
      x.startLine,
      x.startColumn,
      x.endLine,
      x.endColumn,
    ];
    const pos = (x: { line: number; column: number; endLine: number; endColumn: number }) => [
      x.line,
      x.column,
      x.endLine,
      x.endColumn,
    ];

    /** Runs --format json and --format sarif on one file and compares every finding, and every fix's edit. */
    function compare(file: string, content: Buffer): JsonFinding[] {
      const dir = tempDir({ [file]: content });
      const json = JSON.parse(cli(['check', '-f', 'json', file], { cwd: dir }).stdout);
      const sarif = JSON.parse(cli(['check', '-f', 'sarif', file], { cwd: dir }).stdout);
      const findings: JsonFinding[] = json.files[0].findings;
      const results = sarif.runs[0].results;
      assert.equal(results.length, findings.length);
      assert.ok(findings.length > 0);
      findings.forEach((f, i) => {
        const loc = results[i].locations[0].physicalLocation.region;
        assert.equal(results[i].ruleId, f.code);
        assert.deepEqual(region(loc), pos(f), `${f.code} "${f.text}": SARIF region vs JSON`);
        assert.equal(loc.snippet.text, f.text);
        const edits = f.fix?.edits ?? [];
        const replacements = results[i].fixes?.[0].artifactChanges[0].replacements ?? [];
        assert.deepEqual(
          replacements.map((x: { deletedRegion: Parameters<typeof region>[0] }) => region(x.deletedRegion)),
          edits.map(pos),
          `${f.code}: SARIF fix regions vs JSON fix edits`,
        );
      });
      return findings;
    }

    /** [line, column, endLine, endColumn] of the first `needle` in `text`, in code points, 1-based, end exclusive. */
    function expectedAt(text: string, needle: string): number[] {
      const at = text.indexOf(needle);
      const before = text.slice(0, at).split(/\r\n|\r|\n/);
      const line = before.length;
      const column = [...before[before.length - 1]].length + 1;
      return [line, column, line, column + [...needle].length];
    }

    const cases: [string, string, string][] = [
      ['after an emoji', 'emoji.txt', '😀 参照国发[2015]5号文件执行。\n'],
      ['after two emoji and Chinese text', 'emoji2.md', '😀😀中文：参照国发[2015]5号文件执行。\n'],
      ['after a Chinese character, on a CRLF file', 'crlf.txt', '第一行\r\n中参照国发[2015]5号文件执行。\r\n'],
      ['after an emoji on a CRLF file, on its third line', 'crlf2.txt', 'a\r\n😀\r\n👍🏽参照国发[2015]5号文件执行。\r\n'],
    ];
    for (const [name, file, text] of cases) {
      it(`${name}: both ends agree and are right in code points`, () => {
        const [f] = compare(file, Buffer.from(text, 'utf8'));
        assert.deepEqual(pos(f), expectedAt(text, '国发[2015]5号'));
        assert.deepEqual(pos(f.fix!.edits[0]), pos(f));
      });
    }

    it('every finding of a richer draft (several rules, fixes on several lines) agrees', () => {
      const crlf = DRAFT.replace(/\n/g, '\r\n');
      const findings = compare('rich.txt', Buffer.from(crlf, 'utf8'));
      assert.deepEqual(
        findings.map((f) => [f.code, ...pos(f)]),
        [
          ['doc-number-format', ...expectedAt(crlf, '国发[2015]5号')],
          ['target-mismatch', ...expectedAt(crlf, '1.4')],
          ['unknown-clause', ...expectedAt(crlf, '第二部分第（七）项')],
        ],
      );
    });

    it('a UTF-16LE file with a BOM: the BOM is not a column', () => {
      const text = '😀 参照国发[2015]5号文件执行。\r\n';
      const [f] = compare('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      assert.deepEqual(pos(f), expectedAt(text, '国发[2015]5号'));
    });
  });
});
