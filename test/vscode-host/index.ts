// Runs inside VS Code's extension host (loaded by runTest.ts or code-server.mjs): mocha over every *.host.js next to
// this file. The files are named *.host.ts, not *.test.ts, so the unit mocha (out/test/**/*.test.js) never picks them
// up: they need the `vscode` module, which exists only in an extension host.
//
// Besides mocha's own output on the console, each result is written as a plain line to the file
// POLICY_CITE_HOST_REPORT names, when it does (the extension host inherits the server's environment): a web
// workbench's console gets the extension host's output only as format strings, so code-server.mjs reads the file.
import { appendFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.host.js'))) mocha.addFile(path.join(__dirname, f));
  const reportFile = process.env.POLICY_CITE_HOST_REPORT;
  const report = (line: string) => reportFile && appendFileSync(reportFile, `${line}\n`);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => report(`✔ ${t.titlePath().join(' › ')} (${t.duration ?? 0} ms)`));
    runner.on('fail', (t, err: Error) =>
      report(`✖ ${t.titlePath().join(' › ')}\n${String(err?.stack ?? err).replace(/^/gm, '    ')}`),
    );
    runner.on('end', () =>
      report(`${runner.stats?.passes ?? 0} passing, ${runner.stats?.failures ?? 0} failing (extension host)`),
    );
  });
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
