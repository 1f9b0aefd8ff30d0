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

missing=()
for p in chromium fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
  log "apt-get install ${missing[*]}"
  apt_log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1 </dev/null; then
    tail -n 40 "$apt_log"
    log "apt-get failed (full log: $apt_log)"
    exit 1
  fi
fi
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
