#!/usr/bin/env bash
# The real-browser tests need Debian's Chromium and Firefox ESR. Install them when we can (root with
# apt), otherwise stop with one line saying how — never skip the tests silently.
set -euo pipefail
missing=()
[ -x "${PITH_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${PITH_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the end-to-end tests (apt-get)…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  exit 0
fi
echo "The end-to-end tests need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (or set PITH_CHROMIUM / PITH_FIREFOX)." >&2
exit 1
