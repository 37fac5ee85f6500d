#!/usr/bin/env bash
# npm run test:mutation [-- stryker options, e.g. --mutate libs/domain/src/shared/dates.ts]:
# StrykerJS over libs/domain (stryker.config.mjs). Stryker needs Node 22 or later and the machine
# may have 20, so it runs on the npm registry's node@26, installed the way .ci/node26.sh installs
# it and into the same folder, so the two share one copy. Not run by CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

major=26
runtime=$PWD/node_modules/.cache/certflow-node26/runtime
node_bin=$runtime/node_modules/node/bin/node
if [[ $(node -p 'process.versions.node.split(".")[0]') -ge 22 ]]; then
  node_bin=$(command -v node)
elif [[ ! -x $node_bin ]] || ! compgen -G "$runtime/node_modules/node/node_modules/node-*/include/node/common.gypi" >/dev/null; then
  echo "mutation: installing node@$major into $runtime"
  rm -rf "$runtime" && mkdir -p "$runtime"
  echo '{ "private": true, "allowScripts": { "node": true } }' >"$runtime/package.json"
  npm install --prefix "$runtime" --no-audit --no-fund --no-save "node@$major" >/dev/null
fi
echo "mutation: stryker on node $("$node_bin" --version)"
exec "$node_bin" node_modules/@stryker-mutator/core/bin/stryker.js run stryker.config.mjs "$@"
