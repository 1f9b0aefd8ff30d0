// Runs inside VS Code's extension host (loaded by runTest.ts): mocha over every *.host.js next to this file.
// The files are named *.host.ts, not *.test.ts, so the unit mocha (out/test/**/*.test.js) never picks them up:
// they need the `vscode` module, which exists only in an extension host.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.host.js'))) mocha.addFile(path.join(__dirname, f));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
