// The standard route for machines that can download VS Code: @vscode/test-electron fetches a VS Code build,
// starts it with this repository as the extension under development, and runs index.ts inside its extension host.
// `npm run test:vscode` (after `npm run build`). On machines that reach only npm and apt (like the project's CI),
// VS Code cannot be downloaded: there code-server.mjs runs the same suite in code-server's VS Code
// (`npm run test:vscode-host`).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // Work on a copy of the e2e drafts: the suite edits them.
  const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'policy-cite-host-')), 'workspace');
  cpSync(path.join(root, 'test/e2e-vscode/workspace'), workspace, { recursive: true });
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'index'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
}

main().catch((err) => {
  console.error('VS Code extension-host tests failed:', err);
  process.exit(1);
});
