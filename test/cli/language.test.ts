// One rule for the language of messages, in every command: --lang (or the config's messageLanguage), else a zh*
// locale, else the draft's own language. Whatever the message language, a fix's text is the draft's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPINION } from './fixtures';
import { cli, DRAFT_ERR, findingLines, plainEnv, removeTempDirs, tempDir } from './run';

const EN_DRAFT = 'The Opinions (GF No. (2015)5) set out the main tasks; Part II, Section (7) does not exist.\n';
const C = plainEnv(); // LANG=C.UTF-8: no language from the locale
const ZH = plainEnv({ LANG: 'zh_CN.UTF-8' });

/** The language each command's output is in, told by words only that language's output has. */
function languageOf(command: string, stdout: string): 'zh' | 'en' {
  const zh = { check: /共检查/, coverage: /的覆盖情况/, authorities: /引用文件清单/ }[command]!;
  const en = { check: /^Checked /m, coverage: /^Coverage of /, authorities: /^Table of authorities/ }[command]!;
  assert.ok(zh.test(stdout) !== en.test(stdout), `one language: ${stdout.slice(0, 200)}`);
  return zh.test(stdout) ? 'zh' : 'en';
}

describe('command line: the language of messages', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  for (const command of ['check', 'coverage', 'authorities']) {
    it(`${command}: the draft's own language when nothing asks for one, a zh* locale next, --lang first`, () => {
      const dir = tempDir({ 'zh.md': DRAFT_ERR, 'en.md': EN_DRAFT });
      assert.equal(languageOf(command, cli([command, 'zh.md'], { cwd: dir, env: C }).stdout), 'zh');
      assert.equal(languageOf(command, cli([command, 'en.md'], { cwd: dir, env: C }).stdout), 'en');
      assert.equal(languageOf(command, cli([command, 'en.md'], { cwd: dir, env: ZH }).stdout), 'zh');
      assert.equal(languageOf(command, cli([command, 'zh.md', '--lang', 'en'], { cwd: dir, env: ZH }).stdout), 'en');
      const cfg = path.join(dir, 'c.json');
      fs.writeFileSync(cfg, JSON.stringify({ messageLanguage: 'en' }));
      assert.equal(languageOf(command, cli([command, 'zh.md', '--config', cfg], { cwd: dir, env: ZH }).stdout), 'en');
      assert.equal(
        languageOf(command, cli([command, 'en.md', '--config', cfg, '--lang', 'zh'], { cwd: dir, env: C }).stdout),
        'zh',
      );
    });

    it(`${command} --help states the rule`, () => {
      for (const lang of ['en', 'zh']) {
        const help = cli([command, '--help', '--lang', lang]).stdout;
        assert.match(
          help,
          lang === 'en' ? /LC_ALL, LC_MESSAGES, LANG or LANGUAGE/ : /LC_ALL、LC_MESSAGES、LANG 或 LANGUAGE/,
        );
        assert.match(help, lang === 'en' ? /the language of the draft the message is about/ : /该提示所涉文稿的语言/);
      }
    });
  }

  it('check gives each draft its own language, and the summary the language most drafts are in', () => {
    const dir = tempDir({ 'a-zh.md': DRAFT_ERR, 'b-en.md': EN_DRAFT, 'c-en.md': EN_DRAFT });
    const r = cli(['check', '.'], { cwd: dir, env: C });
    const msg = (file: string) => findingLines(r.stdout).find((f) => f.file === file)!.message;
    assert.match(msg('a-zh.md'), /只有六项/);
    assert.match(msg('b-en.md'), /has six sections/);
    assert.match(r.stdout, /\nChecked 3 files: /);
  });

  it('shows and writes a fix in the draft’s language, whatever the message language', () => {
    // A Chinese draft read in English: the message names the title in English, but the fix is the Chinese title.
    const draft = '根据《国务院关于促进云计算创新发展的意见》（国发〔2015〕5号），推进云计算发展。\n';
    const dir = tempDir({ 'a.md': draft });
    const r = cli(['check', '--lang', 'en', 'a.md'], { cwd: dir, env: C });
    assert.match(r.stdout, /title-mismatch The title differs/, 'the message is in English');
    assert.match(r.stdout, new RegExp(`\\| fix: “国务院关于促进云计算创新发展的意见” → “${OPINION.slice(1, -1)}”`));
    const j = JSON.parse(cli(['check', '--lang', 'en', '-f', 'json', 'a.md'], { cwd: dir, env: C }).stdout);
    assert.equal(j.files[0].findings[0].fix.edits[0].newText, OPINION.slice(1, -1));
    cli(['check', '--fix', '--lang', 'en', 'a.md'], { cwd: dir, env: C });
    assert.equal(
      fs.readFileSync(path.join(dir, 'a.md'), 'utf8'),
      draft.replace('国务院关于促进云计算创新发展的意见', OPINION.slice(1, -1)),
    );
  });

  it('says what is about no draft (a missing file) in English unless a language was asked for', () => {
    const dir = tempDir({ 'zh.md': DRAFT_ERR });
    assert.match(cli(['check', 'zh.md', 'gone.md'], { cwd: dir, env: C }).stderr, /gone\.md: no such file or folder/);
    assert.match(cli(['check', 'zh.md', 'gone.md'], { cwd: dir, env: ZH }).stderr, /gone\.md: 文件或文件夹不存在/);
  });
});
