#!/usr/bin/env bash
# Installs Debian's Chromium (when missing) for the console's browser suites (test/console/),
# which drive it through Playwright with executablePath: no browser download from elsewhere.
# Prints the executable's path. Safe to re-run.
set -euo pipefail

find_chromium() { command -v chromium || command -v chromium-browser || true; }

path=$(find_chromium)
# Chinese text in the screenshots needs a CJK font; Debian's Chromium does not pull one in.
if [[ -z $path ]] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  [[ $(id -u) == 0 ]] || { echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or this script as root)" >&2; exit 1; }
  echo "[chromium] apt-get install chromium fonts-noto-cjk" >&2
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk </dev/null >&2
  path=$(find_chromium)
fi
[[ -n $path ]] || { echo "Chromium did not install" >&2; exit 1; }
echo "$path"
