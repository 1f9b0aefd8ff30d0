// `npm run test:eglot`: the README's Emacs setup in a real Emacs with eglot (Debian: emacs-nox and elpa-eglot 1.9),
// in batch mode. It checks the diagnostics (the rule the setup turns off missing: eglot answers
// workspace/configuration from eglot-workspace-configuration), a hover, and that eglot warned about nothing — it
// warns about every registration the server makes without the client declaring dynamicRegistration for it. Not part
// of CI (Emacs is a large install); skipped when Emacs or eglot is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (princ emacs-version))"], {
  encoding: 'utf8',
});
if (probe.error || probe.status !== 0) {
  console.log('eglot: skipped — Emacs with eglot is not installed (apt-get install -y emacs-nox elpa-eglot).');
  process.exit(0);
}
console.log(`eglot: Emacs ${probe.stdout.trim()}`);

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const block = /```elisp\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Emacs (eglot)')));
assert.ok(block, 'README has an ```elisp block under ### Emacs (eglot)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-eglot-'));
try {
  const draft = path.join(dir, 'plan.txt');
  fs.writeFileSync(
    draft,
    [
      '某某市云计算行动计划',
      '落实《意见》的要求。',
      '为贯彻《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本计划。',
      '落实《意见》第二部分（五）“加强大数据开发与利用”。',
      '参照国发[2015]5号文件。',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'init.el'), block[1].replaceAll('/path/to/policy-cite', ROOT));
  const out = path.join(dir, 'out.json');
  const r = spawnSync(
    'emacs',
    ['--batch', '-l', path.join(dir, 'init.el'), '-l', path.join(ROOT, 'test', 'eglot', 'checks.el')],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        HOME: dir,
        POLICY_CITE_EGLOT_DRAFT: draft,
        POLICY_CITE_EGLOT_HOVER: '第二部分（五）',
        POLICY_CITE_EGLOT_OUT: out,
      },
    },
  );
  assert.ok(fs.existsSync(out), `Emacs wrote no results (${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  const res = JSON.parse(fs.readFileSync(out, 'utf8'));
  const checks = [];
  const check = (name, fn) => {
    fn();
    checks.push(name);
  };
  check('eglot connected to the server', () => assert.match(res.server, /policy-cite/));
  check('diagnostics, without the rule eglot-workspace-configuration turns off', () =>
    assert.deepEqual(
      res.diagnostics.map((d) => /\[([a-z-]+)\]/.exec(d)?.[1]),
      ['clause-title-mismatch', 'doc-number-format'],
    ),
  );
  check('hover shows the clause', () => assert.match(res.hover, /第二部分 主要任务 › （五）统筹布局云计算基础设施/));
  check('the server registered only what eglot declared (watched files)', () =>
    assert.deepEqual(res.registered, ['workspace/didChangeWatchedFiles']),
  );
  check('eglot warned about nothing', () => assert.doesNotMatch(res.messages, /\(warning\)|\(error\)/));
  for (const c of checks) console.log(`  ✔ ${c}`);
  console.log(`eglot: ${checks.length} passed, 0 failed`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
