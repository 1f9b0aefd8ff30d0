#!/usr/bin/env bash
# Installs what the web page's browser suite needs, OUTSIDE the repository, the way test/e2e-vscode/setup.sh does:
# Debian's Chromium and CJK fonts (without them every Chinese character in a screenshot is an empty box), and
# playwright-core from npm in its own folder (POLICY_CITE_WEB_DIR, default /tmp/policy-cite-web). Playwright's own
# browser download cannot work on this kind of machine; the suite drives Debian's /usr/bin/chromium instead.
# A second run finds the marker and returns at once.
set -euo pipefail

DIR="${POLICY_CITE_WEB_DIR:-/tmp/policy-cite-web}"
PLAYWRIGHT=1.65.1
MARKER="$DIR/.ready-playwright-$PLAYWRIGHT"

log() { printf '[web setup] %s\n' "$*"; }
# shellcheck source=../helpers/debian-packages.sh
source "$(dirname "$0")/../helpers/debian-packages.sh"

ensure_debian_packages chromium fonts-noto-cjk
log "chromium: $(chromium --version 2>/dev/null || echo missing)"

if [ -f "$MARKER" ]; then
  log "playwright-core $PLAYWRIGHT already installed in $DIR"
  exit 0
fi
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "policy-cite-web-test", "private": true }' > package.json
log "installing playwright-core $PLAYWRIGHT into $DIR"
npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT" </dev/null
touch "$MARKER"
log "done"
