// The server's first import sets how V8 compiles patterns (server/src/lsp/v8-flags.ts): it must run before any module
// of the engine is loaded, or the patterns compiled meanwhile keep the default. The time it saves is measured by the
// benchmark (npm run bench, "start → first diagnostics"), not here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/corpus';

describe('server: pattern compilation set before the engine loads', () => {
  it('is the Node entry’s first import', () => {
    const src = fs.readFileSync(path.join(ROOT, 'server', 'src', 'lsp', 'node.ts'), 'utf8');
    const imports = src.match(/^import .*$/gm) ?? [];
    assert.match(imports[0] ?? '', /^import '\.\/v8-flags';/);
  });

  it('runs in the bundle before any module of the engine', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    const flag = bundle.indexOf('setFlagsFromString)("--no-regexp-tier-up")');
    const engine = bundle.indexOf('// server/src/core/');
    assert.ok(flag > 0, 'the flag is set in dist/server.js');
    assert.ok(engine > flag, 'before the first engine module');
  });
});
