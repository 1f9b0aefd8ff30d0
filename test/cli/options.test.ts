// The command line's steps, each on its own (server/src/cli/options.ts): the language asked for, the command, and
// the options that take a value. parseArgs, which joins them, is tested through the real CLI in cli.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  askedLang,
  commandOf,
  parseArgs,
  parseJobs,
  parseRuleLevels,
  readConfigFile,
} from '../../server/src/cli/options';

describe('command line options, step by step', () => {
  it('finds the language asked for anywhere on the line, then from a zh* locale', () => {
    assert.deepEqual(askedLang(['check', 'a.md', '--lang', 'zh'], {}), { asked: 'zh', given: true });
    assert.deepEqual(askedLang(['check', '--lang=en', 'a.md'], { LANG: 'zh_CN.UTF-8' }), { asked: 'en', given: true });
    assert.deepEqual(askedLang(['check', 'a.md'], { LANG: 'zh_CN.UTF-8' }), { asked: 'zh', given: false });
    assert.deepEqual(askedLang(['check', 'a.md'], { LANG: 'C.UTF-8' }), { asked: undefined, given: false });
    assert.deepEqual(askedLang(['check', '--lang', 'fr'], {}), { asked: undefined, given: true });
  });

  it('reads the command, help and version, and says where a misplaced option goes', () => {
    assert.equal(commandOf(['coverage', 'x'], 'en'), 'coverage');
    assert.deepEqual(commandOf(['help', 'check'], 'zh'), { kind: 'help', topic: 'check', lang: 'zh' });
    assert.deepEqual(commandOf(['-v'], 'en'), { kind: 'version' });
    const misplaced = commandOf(['--fix', 'check', 'a.md'], 'en');
    assert.ok(typeof misplaced !== 'string' && misplaced.kind === 'usage-error');
    assert.match((misplaced as { message: { en: string } }).message.en, /--fix goes after "check"/);
    const none = commandOf([], 'zh');
    assert.ok(typeof none !== 'string' && none.kind === 'usage-error');
  });

  it('reads rule levels, and names an unknown rule or level in both languages', () => {
    assert.deepEqual(parseRuleLevels('misquote=error, alias-undefined=OFF'), {
      levels: { misquote: 'error', 'alias-undefined': 'off' },
    });
    const unknown = parseRuleLevels('misquotes=error');
    assert.ok('zh' in unknown && /misquotes/.test(unknown.en) && /未知规则/.test(unknown.zh));
    const level = parseRuleLevels('misquote=loud');
    assert.ok('zh' in level && /"loud" is not a level/.test(level.en));
    assert.ok('zh' in parseRuleLevels(undefined));
  });

  it('reads a config file shaped like the settings (BOM allowed) and reports a bad one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-options-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(
      good,
      '\uFEFF' + JSON.stringify({ rules: { misquote: 'hint' }, messageLanguage: 'zh', sources: ['policies/'] }),
    );
    assert.deepEqual(readConfigFile(good), { levels: { misquote: 'hint' }, lang: 'zh', sources: ['policies/'] });
    const auto = path.join(dir, 'auto.json');
    fs.writeFileSync(auto, JSON.stringify({ messageLanguage: 'auto' }));
    assert.deepEqual(readConfigFile(auto), { levels: {}, lang: undefined, sources: [] });
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ "rules": ');
    const b = readConfigFile(broken);
    assert.ok('zh' in b && b.en.startsWith(`cannot read the config file ${broken}`));
    const wrong = path.join(dir, 'wrong.json');
    fs.writeFileSync(wrong, JSON.stringify({ rules: { misquote: 'loud' } }));
    const w = readConfigFile(wrong);
    assert.ok('zh' in w && w.en.startsWith(`config file ${wrong}:`));
    assert.ok('zh' in readConfigFile(path.join(dir, 'missing.json')));
  });

  it('takes --jobs from 1 to 256 only', () => {
    assert.equal(parseJobs('4'), 4);
    for (const v of ['0', '257', '2.5', 'many', undefined]) assert.equal(typeof parseJobs(v), 'object', String(v));
  });

  it('joins the steps: --lang on the line wins over the config file, which wins over the locale', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-options-'));
    const cfg = path.join(dir, 'c.json');
    fs.writeFileSync(cfg, JSON.stringify({ messageLanguage: 'en', rules: { misquote: 'off' } }));
    const zhLocale = { LANG: 'zh_CN.UTF-8' };
    const a = parseArgs(['check', '--config', cfg, 'x.md'], zhLocale);
    assert.ok(a.kind === 'run' && a.options.lang === 'en' && a.options.levels.misquote === 'off');
    const b = parseArgs(['check', '--config', cfg, '--lang', 'zh', 'x.md'], {});
    assert.ok(b.kind === 'run' && b.options.lang === 'zh');
    const c = parseArgs(['check', 'x.md', '--rules', 'misquote=error', '--config', cfg], {});
    assert.ok(c.kind === 'run' && c.options.levels.misquote === 'off', 'options apply in the order given');
  });
});
