// The extension manifest and the client's strings, checked against the code they describe: every command
// declared is registered, every rule has a setting with the server's default, every user-facing string has its
// Chinese translation, and the snippets insert citations that analyse clean.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { ALL_RULES, DEFAULT_LEVELS } from '../../server/src/core/model';
import { COMPLETION_TRIGGERS, Commands } from '../../shared/protocol';
import { parseSettings } from '../../server/src/lsp/settings';
import { ROOT, lib } from '../helpers/corpus';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
/** The README the .vsix ships (`vsce package --readme-path`): for drafters. */
const MARKETPLACE_README = 'docs/marketplace/README.md';
const json = <T = Record<string, unknown>>(p: string) => JSON.parse(read(p)) as T;

interface Manifest {
  main: string;
  browser: string;
  l10n: string;
  activationEvents: string[];
  capabilities: {
    virtualWorkspaces: unknown;
    untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] };
  };
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default: unknown; enum?: string[]; type: string }> };
    snippets: { language: string; path: string }[];
  };
}
const pkg = json<Manifest>('package.json');
const clientSources = fs
  .readdirSync(path.join(ROOT, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`client/src/${f}`))
  .join('\n');

describe('extension manifest', () => {
  it('declares exactly the commands the client registers, each titled through package.nls', () => {
    assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), Object.values(Commands).sort());
    for (const name of Object.keys(Commands))
      assert.match(clientSources, new RegExp(`registerCommand\\(Commands\\.${name}\\b`), `${name} is registered`);
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%command\.\w+%$/);
  });

  it('has a setting for every rule, with the server default and every level', () => {
    const props = pkg.contributes.configuration.properties;
    for (const code of ALL_RULES) {
      const p = props[`policyCite.rules.${code}`];
      assert.ok(p, `a setting for ${code}`);
      assert.equal(p.default, DEFAULT_LEVELS[code]);
      assert.deepEqual(p.enum, ['off', 'hint', 'information', 'warning', 'error']);
    }
    const ruleSettings = Object.keys(props)
      .filter((k) => k.startsWith('policyCite.rules.'))
      .map((k) => k.slice('policyCite.rules.'.length));
    assert.deepEqual(ruleSettings.sort(), [...ALL_RULES].sort());
    assert.deepEqual(props['policyCite.hoverLanguage'].enum, ['both', 'zh', 'en']);
    assert.deepEqual(props['policyCite.languages'].default, ['plaintext', 'markdown']);
    assert.deepEqual(props['policyCite.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('gives the server settings it reads without complaint (the shape VS Code nests dotted keys into)', () => {
    const nested: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(pkg.contributes.configuration.properties)) {
      const parts = key.split('.').slice(1);
      let o = nested;
      for (const k of parts.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
      o[parts[parts.length - 1]] = p.default;
    }
    const { settings, problems } = parseSettings(nested);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.rules, DEFAULT_LEVELS);
    const changed = parseSettings({
      ...nested,
      rules: { ...(nested.rules as object), misquote: 'off' },
      hoverLanguage: 'en',
    });
    assert.equal(changed.settings.rules.misquote, 'off');
    assert.equal(changed.settings.hoverLanguage, 'en');
  });

  it('activates on plain text and Markdown only, and has a desktop and a web entry that esbuild builds', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown']);
    const esbuild = read('esbuild.js');
    for (const entry of [pkg.main, pkg.browser]) {
      const name = path.basename(entry, '.js');
      assert.match(esbuild, new RegExp(`['"]?${name}['"]?:\\s*'`), `esbuild.js builds ${name}`);
      assert.ok(fs.existsSync(path.join(ROOT, entry)), `${entry} is built`);
    }
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['policyCite.sources']);
  });

  it('offers completion after 《', () => {
    assert.ok(COMPLETION_TRIGGERS.includes('《'));
  });
});

describe('settings, in the Settings UI and in the README', () => {
  const props = pkg.contributes.configuration.properties as Record<
    string,
    { default: unknown; markdownDescription?: string; enumDescriptions?: string[] }
  >;
  const en = json<Record<string, string>>('package.nls.json');
  const zh = json<Record<string, string>>('package.nls.zh-cn.json');
  /** The rows of the first table under a heading: first cell → second cell, backticks dropped. */
  const table = (heading: string, readme = read('README.md')): Map<string, string> => {
    const section = readme.slice(readme.indexOf(`\n## ${heading}\n`) + 1);
    const rows = section.slice(0, section.indexOf('\n## ')).split('\n');
    return new Map(
      rows
        .filter((l) => /^\| `/.test(l))
        .map((l) => l.split('|').map((c) => c.trim().replace(/^`|`$/g, '')))
        .map((cells) => [cells[1], cells[2]]),
    );
  };

  it('describes each rule in English and Chinese: what it reports and its quick fix', () => {
    for (const code of ALL_RULES) {
      const p = props[`policyCite.rules.${code}`];
      assert.equal(p.markdownDescription, `%config.rules.${code}%`);
      const [e, z] = [en[`config.rules.${code}`], zh[`config.rules.${code}`]];
      assert.match(e, /^How to report .{20,}\. Quick fix(es)?: .+\.$/, `${code} (en): ${e}`);
      assert.match(z, /^如何报告.{10,}。快速修复：.+。$/, `${code} (zh): ${z}`);
      assert.deepEqual(
        p.enumDescriptions,
        ['off', 'hint', 'information', 'warning', 'error'].map((l) => `%config.level.${l}%`),
      );
    }
  });

  for (const file of ['README.md', MARKETPLACE_README])
    it(`lists in ${file}'s Settings table exactly the settings of the manifest, one per rule, with their defaults`, () => {
      const listed = table('Settings', read(file));
      assert.deepEqual([...listed.keys()].sort(), Object.keys(props).sort());
      for (const [key, p] of Object.entries(props))
        assert.deepEqual(
          typeof p.default === 'string' ? listed.get(key) : JSON.parse(listed.get(key)!),
          p.default,
          `default of ${key}`,
        );
    });

  it("lists in the README's Rules table every rule with its default level", () => {
    const rules = table('Rules');
    assert.deepEqual([...rules.keys()].sort(), [...ALL_RULES].sort());
    for (const code of ALL_RULES) assert.equal(rules.get(code), DEFAULT_LEVELS[code], code);
  });
});

describe('the extension page (marketplace fields, the shipped README, the walkthrough)', () => {
  const manifest = json<Record<string, unknown> & { scripts: Record<string, string> }>('package.json');
  const en = json<Record<string, string>>('package.nls.json');
  const shipped = read(MARKETPLACE_README);

  it('has an icon, categories, keywords, repository, bugs, a changelog and a publisher id', () => {
    assert.ok(fs.statSync(path.join(ROOT, manifest.icon as string)).size > 1000);
    assert.ok(
      fs
        .readFileSync(path.join(ROOT, manifest.icon as string))
        .subarray(1, 4)
        .toString() === 'PNG',
    );
    assert.ok((manifest.categories as string[]).includes('Linters'));
    assert.ok((manifest.keywords as string[]).length >= 5 && (manifest.keywords as string[]).length <= 30);
    assert.match((manifest.repository as { url: string }).url, /^https:\/\/github\.com\//);
    assert.match((manifest.bugs as { url: string }).url, /\/issues$/);
    assert.match(read('CHANGELOG.md'), new RegExp(`## ${(manifest.version as string).replace(/\./g, '\\.')}`));
    assert.match(manifest.publisher as string, /^[a-z0-9][a-z0-9-]*$/);
  });

  it("ships the drafters' README (no build or test material), which names every command by its title", () => {
    assert.match(manifest.scripts.package, new RegExp(`--readme-path ${MARKETPLACE_README}`));
    assert.doesNotMatch(shipped, /npm (ci|test|run)|e2e|bench|mocha|esbuild|tsc\b/);
    for (const c of pkg.contributes.commands) {
      const title = en[c.title.replace(/^%|%$/g, '')].replace(/…$/, '');
      const short = title
        .replace(/ \((Chinese|English)\)$/, '')
        .replace(/^Open the (Chinese|English) Text of the Opinion/, 'Open the Opinion');
      assert.ok(shipped.includes(short), `the shipped README names "${title}"`);
    }
  });

  it('links only pictures that are packaged: files under images/ that .vscodeignore lets in', () => {
    const pictures = [...shipped.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 3);
    const ignore = read('.vscodeignore');
    for (const p of pictures) {
      assert.match(p, /^images\/readme\/[\w-]+\.jpg$/, p);
      assert.ok(fs.existsSync(path.join(ROOT, p)), `${p} exists (the end-to-end suite takes it)`);
    }
    assert.match(ignore, /^!images\/readme\/\*\.jpg$/m);
  });

  it("keeps the repository README's two fresh-machine commands: the example, and the tests CI runs", () => {
    const readme = read('README.md');
    assert.match(readme, /^npm ci && npm run example\b/m);
    assert.match(readme, /^npm ci && npm test\b/m);
    assert.match(manifest.scripts.example, /examples\//);
  });

  it('has a walkthrough whose steps are titled, described and shown through package.nls, with media packaged', () => {
    const walkthroughs = (
      manifest.contributes as {
        walkthroughs: { steps: { id: string; title: string; description: string; media: { markdown?: string } }[] }[];
      }
    ).walkthroughs;
    assert.equal(walkthroughs.length, 1);
    const steps = walkthroughs[0].steps;
    assert.deepEqual(
      steps.map((st) => st.id),
      ['openExample', 'hover', 'fix', 'coverage', 'addSource'],
    );
    const ignore = read('.vscodeignore');
    for (const st of steps) {
      assert.ok(en[st.title.replace(/^%|%$/g, '')], st.id);
      assert.ok(en[st.description.replace(/^%|%$/g, '')], st.id);
      assert.ok(st.media.markdown && fs.existsSync(path.join(ROOT, st.media.markdown)), st.id);
      assert.match(ignore, /^!walkthrough\/\*\.md$/m);
    }
    // Its commands exist; the example draft it opens is packaged.
    for (const m of Object.values(en)
      .join('\n')
      .matchAll(/\(command:(policyCite\.\w+)\)/g))
      assert.ok((Object.values(Commands) as string[]).includes(m[1]), m[1]);
    assert.match(ignore, /^!examples\/draft-zh\.md$/m);
    assert.match(ignore, /^!examples\/draft-en\.md$/m);
  });
});

describe('localisation', () => {
  const en = json<Record<string, string>>('package.nls.json');
  const zh = json<Record<string, string>>('package.nls.zh-cn.json');

  it('translates every %key% of the manifest, in English and Chinese, with none left over', () => {
    const keys = [...new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
    assert.deepEqual(Object.keys(en).sort(), keys);
    assert.deepEqual(Object.keys(zh).sort(), keys);
    for (const k of keys) assert.match(zh[k], /[\u4e00-\u9fff]/, `${k} is in Chinese`);
  });

  it('translates every runtime string of the client (vscode.l10n.t), keeping its placeholders', () => {
    const bundle = json<Record<string, string>>(`${pkg.l10n.replace(/^\.\//, '')}/bundle.l10n.zh-cn.json`);
    const used = [
      ...new Set([...clientSources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"))),
    ].sort();
    assert.ok(used.length > 10);
    assert.deepEqual(Object.keys(bundle).sort(), used);
    for (const k of used) {
      assert.match(bundle[k], /[\u4e00-\u9fff]/, `"${k}" is in Chinese`);
      assert.deepEqual(bundle[k].match(/\{\d+\}/g) ?? [], k.match(/\{\d+\}/g) ?? [], `placeholders of "${k}"`);
    }
  });

  it('shows no English string to the user outside the translations', () => {
    // Messages go through vscode.l10n.t; a bare showXMessage('…') would stay English for a Chinese editor.
    assert.doesNotMatch(clientSources, /show(?:Error|Warning|Information)Message\(\s*['`]/);
  });
});

describe('snippets', () => {
  const snippets =
    json<Record<string, { prefix: string[]; body: string[]; description: string }>>('snippets/policy-cite.json');
  /** A snippet as inserted when every placeholder keeps its default (the first choice). */
  const expand = (body: string[]) =>
    body
      .join('\n')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');

  it('are contributed for plain text and Markdown', () => {
    assert.deepEqual(pkg.contributes.snippets.map((s) => s.language).sort(), ['markdown', 'plaintext']);
    for (const s of pkg.contributes.snippets) assert.ok(fs.existsSync(path.join(ROOT, s.path)));
  });

  it('cover the standard citations (zh, en), the alias definition and the 贯彻落实 preamble', () => {
    const bodies = Object.values(snippets).map((s) => expand(s.body));
    assert.ok(bodies.includes('《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）'));
    assert.ok(
      bodies.includes('《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）第一部分第（一）项'),
    );
    assert.ok(bodies.includes('（以下简称《意见》）'));
    assert.ok(
      bodies.some((b) =>
        b.startsWith(
          '为贯彻落实《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》）',
        ),
      ),
    );
    assert.ok(bodies.some((b) => b.endsWith('(GF No. (2015)5), Part I, Section (1)')));
  });

  it('insert text that analyses clean', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const body = expand(s.body);
      // The bare alias definition follows a full citation.
      const text = body.startsWith('（')
        ? `《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）${body}。`
        : `${body}。`;
      const a = analyze(text, lib());
      assert.deepEqual(
        a.findings.map((f) => f.code),
        [],
        `${name}: ${text}`,
      );
      assert.ok(
        a.citations.some((c) => c.kind === 'doc' && c.docId),
        `${name} cites the Opinion`,
      );
    }
  });
});
