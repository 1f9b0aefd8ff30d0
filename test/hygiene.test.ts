// Protection against tests that quietly stop running: .mocharc.json forbids .only; this file forbids skips that are
// not on the list in test/helpers/skips.ts (a skip on the list still prints its reason, and in CI the shared/ reason
// cannot happen: needShared fails instead), and paths that exist only on one machine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALLOWED_SKIP_REASONS, skipped } from './helpers/skips';

const ROOT = path.resolve(__dirname, '..', '..');
const TEST_SRC = path.join(ROOT, 'test');

function sources(dir: string, ext = /\.(ts|mjs)$/, skip = ['fixtures', 'workspace']): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return skip.includes(e.name) ? [] : sources(p, ext, skip);
    return ext.test(e.name) ? [p] : [];
  });
}

describe('test hygiene: skips', () => {
  it('lists the reasons a test may be skipped for, and nothing else', () => {
    assert.deepEqual(ALLOWED_SKIP_REASONS, [
      'shared/ is not beside the repository (outside CI only)',
      'util-linux script(1) is not installed, so there is no pseudo-terminal to test on',
    ]);
  });

  it('no test source skips or focuses by hand (it.skip, xit, describe.skip, .only, a bare this.skip())', () => {
    const bad: string[] = [];
    for (const f of sources(TEST_SRC)) {
      // the two files that name these calls to forbid or wrap them
      if ([path.join(TEST_SRC, 'hygiene.test.ts'), path.join(TEST_SRC, 'helpers', 'skips.ts')].includes(f)) continue;
      fs.readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (
            /\b(?:it|describe|context|specify)\.(?:skip|only)\(|\bx(?:it|describe|context)\(|\bthis\.skip\(\)/.test(
              line,
            )
          )
            bad.push(`${path.relative(TEST_SRC, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(bad, [], 'skip through skipBecause()/needShared() from test/helpers/skips.ts');
  });
});

describe('test hygiene: paths', () => {
  it('names no absolute path of one machine (the work folder, root’s home): shared/ is found beside the repository', () => {
    // Built from pieces so this file does not name them itself.
    const machine = new RegExp(['/' + 'work/', '/' + 'root/', '/' + 'home/[a-z]'].join('|'));
    const files = sources(ROOT, /\.(ts|mts|mjs|js|json|md|sh|yml|txt)$|^run$/, [
      'node_modules',
      'out',
      'dist',
      '.git',
      '.vscode-test',
      '.stryker-tmp',
    ]);
    const bad: string[] = [];
    for (const f of files) {
      if (f === path.join(ROOT, 'package-lock.json')) continue;
      fs.readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (machine.test(line)) bad.push(`${path.relative(ROOT, f)}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    assert.deepEqual(bad, []);
  });
});

// A root hook: runs once every spec file has run, and fails the run on any skipped test without an allowed reason.
after(function () {
  const root = this.test!.parent!;
  const walk = (s: Mocha.Suite): Mocha.Test[] => [...s.tests, ...s.suites.flatMap(walk)];
  const unexplained = walk(root)
    .filter((t) => t.isPending() && !skipped.has(t.fullTitle()))
    .map((t) => t.fullTitle());
  assert.deepEqual(unexplained, [], 'tests skipped without an allowed reason (see test/helpers/skips.ts)');
});
