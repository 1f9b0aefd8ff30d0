// Debian's Chromium as the browser suites launch it (the checker page, the packaged extension in code-server, the
// extension-host suite): where it is, and the flags that keep it from reaching for the network on a closed machine
// (without them it retries Google's hosts at every start) and from needing a sandbox or a GPU.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
