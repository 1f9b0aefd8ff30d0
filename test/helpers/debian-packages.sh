# Sourced by the browser suites' setup scripts (test/web/setup.sh, test/e2e-vscode/setup.sh): installs the Debian
# packages named that are missing, quietly, with sudo when not root; on failure shows the end of apt's log and exits.
# Needs a `log` function in the sourcing script.
ensure_debian_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
  log "apt-get install ${missing[*]}"
  local apt_log; apt_log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1 </dev/null; then
    tail -n 40 "$apt_log"
    log "apt-get failed (full log: $apt_log)"
    exit 1
  fi
}
