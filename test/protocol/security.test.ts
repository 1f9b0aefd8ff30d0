// Security: a workspace can make the server show diagnostics and nothing else. The real server runs with a preload
// (guard.js) that fails and records any attempt to run a program, open a connection or evaluate code, and records
// every file it reads; a hostile workspace is opened and worked on, then the record is checked. Settings and
// sources of any shape get a clear message and the defaults. The manifest declares Workspace Trust honestly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import { parseSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers/corpus';
import { params } from '../robust/gen';
import { RawServer } from './raw';

const GUARD = path.join(__dirname, 'guard.js');
const HOSTILE = [
  "require('child_process').execSync('touch PWNED')",
  '${process.exit(1)}',
  '$(touch PWNED)',
  '`touch PWNED`',
  '<script>fetch("http://127.0.0.1:9")</script>',
  '[x](command:workbench.action.terminal.new)',
  'file:///etc/passwd',
  '国发〔2015〕5号',
  '第二部分第（九）项',
].join('\n');

describe('security: nothing from a workspace runs, connects, or reads beyond where the user pointed', function () {
  this.timeout(60_000);
  let dir: string;
  let s: RawServer | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-sec-'));
  });
  afterEach(async () => {
    if (s && !s.exited) await s.stop();
    s = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs no program, opens no connection, and reads only its own files and the configured sources', async () => {
    const ws = path.join(dir, 'ws');
    const sources = path.join(ws, '.policy-cite', 'sources');
    fs.mkdirSync(sources, { recursive: true });
    fs.mkdirSync(path.join(ws, '.vscode'));
    fs.writeFileSync(path.join(sources, 'notice.md'), `# 关于某事的通知\n\n某发〔2020〕1号\n\n${HOSTILE}\n`);
    fs.writeFileSync(path.join(sources, 'broken.txt'), Buffer.from([0xe5, 0x9b, 0xbd, 0xff, 0xfe, 0x0a, 0xc3]));
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{"policyCite.sources": ["/etc/passwd"]}');
    fs.writeFileSync(path.join(ws, 'secret.txt'), 'not for the server');
    fs.writeFileSync(path.join(ws, 'postinstall.js'), "require('fs').writeFileSync('PWNED', '')");
    const outside = path.join(dir, 'pointed', 'extra.md');
    fs.mkdirSync(path.dirname(outside));
    fs.writeFileSync(outside, '# 关于另一事的通知\n\n另发〔2021〕2号\n');
    const log = path.join(dir, 'guard.log');
    s = new RawServer({ execArgv: ['-r', GUARD], env: { ...process.env, POLICY_CITE_GUARD_LOG: log }, cwd: ws });
    s.configuration = { sources: [outside] };
    const wsUri = pathToFileURL(ws).href;
    await s.request('initialize', {
      processId: process.pid,
      rootUri: wsUri,
      workspaceFolders: [{ uri: wsUri, name: 'ws' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
      },
    });
    s.notify('initialized', {});
    const draft = pathToFileURL(path.join(ws, 'draft.md')).href;
    s.open(
      draft,
      `${HOSTILE}\n《国务院关于促进云计算创新发展培育信息产业新业态的意见》第二部分第（九）项指出“$(touch PWNED)”`,
    );
    const d = await s.diagnostics(draft, 1);
    assert.ok(
      d.some((x) => x.code === 'unknown-clause'),
      JSON.stringify(d),
    );
    for (let line = 0; line < 10; line++)
      await s.request('textDocument/hover', { textDocument: { uri: draft }, position: { line, character: 2 } });
    await s.request('textDocument/codeAction', {
      textDocument: { uri: draft },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
      context: { diagnostics: d },
    });
    await s.request('textDocument/documentLink', { textDocument: { uri: draft } });
    assert.equal(await s.stop(), 0);

    const events = fs
      .readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { kind: string; detail: string });
    assert.deepEqual(
      events.filter((e) => e.kind !== 'read'),
      [],
      'no program, connection or eval',
    );
    const allowed = [ROOT + path.sep, sources + path.sep, outside];
    const reads = [...new Set(events.filter((e) => e.kind === 'read').map((e) => e.detail))];
    const strays = reads.filter(
      (p) =>
        !/^\d+$/.test(p) &&
        !allowed.some((a) => path.resolve(ws, p) === a.replace(/[\\/]$/, '') || path.resolve(ws, p).startsWith(a)),
    );
    assert.deepEqual(strays, [], 'reads outside the extension, .policy-cite/sources/ and the configured sources');
    assert.ok(
      reads.some((p) => p === outside || p.startsWith(sources)),
      `the sources were read: ${reads.join(', ')}`,
    );
    assert.ok(!fs.existsSync(path.join(ws, 'PWNED')) && !fs.existsSync(path.join(ROOT, 'PWNED')));
  });

  it('keeps its own code free of process, network and eval APIs', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }))
        e.isDirectory() ? walk(path.join(d, e.name)) : /\.ts$/.test(e.name) && files.push(path.join(d, e.name));
    };
    walk(path.join(ROOT, 'server', 'src'));
    walk(path.join(ROOT, 'client', 'src'));
    walk(path.join(ROOT, 'shared'));
    const banned =
      /\b(?:child_process|node:http|node:https|node:net|node:dgram|node:dns|node:tls|XMLHttpRequest|WebSocket)\b|\beval\s*\(|new\s+Function\s*\(|\bfetch\s*\(/;
    const hits = files
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((l, i) => [f, i + 1, l] as const),
      )
      .filter(([, , l]) => banned.test(l) && !/^\s*(\/\/|\*)/.test(l));
    // the CLI's worker pool runs the CLI's own bundle, never a workspace file
    assert.deepEqual(
      hits.map(([f, i, l]) => `${path.relative(ROOT, f)}:${i}: ${l.trim()}`),
      [],
    );
  });

  it('declares its Workspace Trust behaviour: limited, with the settings that read files restricted', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.ok(
      trust.restrictedConfigurations.includes('policyCite.sources'),
      'policyCite.sources names files to read: restricted',
    );
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const key = String(trust.description).replace(/^%|%$/g, '');
    assert.ok((nls[key] ?? trust.description).length > 20, 'the limitation is described to the user');
    const settings = Object.keys(
      pkg.contributes?.configuration?.properties ??
        (pkg.contributes?.configuration ?? []).flatMap?.((c: { properties: object }) => Object.keys(c.properties)) ??
        {},
    );
    for (const k of settings) assert.ok(!/command|exec|path.*bin|shell/i.test(k), `no setting runs anything: ${k}`);
  });
});

describe('settings of any shape', function () {
  this.timeout(60_000);

  it('parseSettings never throws and always yields valid settings, naming each problem', () => {
    const levels = new Set(['off', 'hint', 'information', 'warning', 'error']);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              rules: fc.anything(),
              messageLanguage: fc.anything(),
              hoverLanguage: fc.anything(),
              sources: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          fc.dictionary(fc.string(), fc.anything()),
        ),
        (raw) => {
          const { settings, problems } = parseSettings(raw);
          assert.ok(Object.values(settings.rules).every((l) => levels.has(l)));
          assert.ok(
            ['auto', 'zh', 'en'].includes(settings.messageLanguage) &&
              ['both', 'zh', 'en'].includes(settings.hoverLanguage),
          );
          assert.ok(Array.isArray(settings.sources) && settings.sources.every((x) => typeof x === 'string'));
          assert.ok(
            problems.every((p) => typeof p === 'string' && p.length > 0 && p.length < 2000),
            'messages stay readable',
          );
        },
      ),
      params(300),
    );
    assert.deepEqual(parseSettings(undefined).settings.rules, DEFAULT_SETTINGS.rules);
  });

  it('a huge or ill-typed configuration gets a clear warning and the server keeps serving with the defaults', async () => {
    const s = new RawServer();
    try {
      s.configuration = {
        rules: { 'doc-number-format': 'x'.repeat(1 << 20), misquote: 42, 'no-such-rule': 'error' },
        messageLanguage: ['zh'],
        hoverLanguage: { a: 1 },
        sources: 'not a list',
      };
      await s.initialize();
      const uri = 'file:///tmp/policy-cite-settings.txt';
      s.open(uri, '国发[2015]5号');
      const d = await s.diagnostics(uri, 1);
      assert.deepEqual(
        d.map((x) => [x.code, x.severity]),
        [['doc-number-format', 2]],
        'the default level (warning) applies',
      );
      const warnings = s.messages
        .filter((m) => m.method === 'window/showMessage' || m.method === 'window/showMessageRequest')
        .map((m) => m.params.message as string);
      for (const key of [
        'doc-number-format',
        'misquote',
        'no-such-rule',
        'messageLanguage',
        'hoverLanguage',
        'sources',
      ])
        assert.ok(
          warnings.some((w) => w.includes(key)),
          `a warning names ${key}: ${warnings.join(' | ').slice(0, 500)}`,
        );
      assert.ok(
        warnings.every((w) => w.length < 2000),
        'a huge value is not echoed whole',
      );
      // and a push of garbage later changes nothing either
      s.configuration = 'not even an object';
      s.notify('workspace/didChangeConfiguration', { settings: null });
      await s.alive('after-bad-settings');
    } finally {
      await s.stop();
    }
  });
});
