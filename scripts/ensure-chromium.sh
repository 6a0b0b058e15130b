#!/usr/bin/env bash
# Make Debian's chromium available for the browser (e2e) tests.
# Installs it when it is missing and we are root; otherwise says plainly why
# the browser tests will be skipped. Never fails the build by itself.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "critmin: installing Debian's chromium for the browser tests (one time)..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; then
    echo "critmin: chromium installed at $(command -v chromium)"
    exit 0
  fi
  echo "critmin: WARNING could not install chromium with apt-get; browser tests will be SKIPPED." >&2
  exit 0
fi
echo "critmin: WARNING chromium is missing and we are not root (cannot apt-get install it); browser tests will be SKIPPED." >&2
exit 0
