#!/usr/bin/env bash
# The service on the current Node LTS as well as the machine's Node: the latest Node 24 from the npm
# `node` package in a private prefix (as bench/peer/install.sh does for Node 22), and a copy of the
# project whose better-sqlite3 is built for that Node's ABI; every other package is a link to the
# machine's node_modules. Runs the server, busy-port and contract tests there.
#   bash .ci/node-lts.sh            (from .ci/run, after npm ci; 7 min on a busy 2-core machine, 2.5 min of CPU)
# better-sqlite3 12 compiled against Node >= 24.19's headers aborts the process when the garbage
# collector finalizes a statement ("Assertion failed: (env) != nullptr" in RemoveEnvironmentCleanupHook,
# nodejs/node#65446); compiled against 24.18.1's headers it runs cleanly on every 24.x (the same ABI,
# 137). So it is compiled against those headers, as the Dockerfile does, until better-sqlite3 13
# (Node-API) replaces 12.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_LTS=24
NODE_HEADERS=24.18.1
work=$(mktemp -d "${TMPDIR:-/tmp}/negotiations-node-lts.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. The `node` packages: their preinstall fetches the Node binary and headers (node-linux-<arch>).
fetch_node() { # dir version
  mkdir -p "$1"
  (cd "$1" && npm init -y >/dev/null && npm install --no-audit --no-fund --save-exact "node@$2" >/dev/null 2>&1)
}
fetch_node "$work/node" "$NODE_LTS"
fetch_node "$work/headers" "$NODE_HEADERS"
lts_bin="$work/node/node_modules/node/bin"
nodedir=$(node -p "require('path').dirname(require.resolve('node-linux-' + process.arch + '/package.json', { paths: [require('path').resolve('$work/headers/node_modules/node')] }))")

# 2. The project, its node_modules linked except better-sqlite3, which is copied and compiled against
#    those headers (--nodedir; a prebuilt binary would be for the Node that runs npm).
mkdir -p "$work/app/node_modules"
tar --exclude=./node_modules --exclude=./.git --exclude=./data --exclude=./.tap --exclude=./coverage -cf - . | tar -xf - -C "$work/app"
for entry in node_modules/* node_modules/.bin; do
  [ "$entry" = node_modules/better-sqlite3 ] || ln -s "$PWD/$entry" "$work/app/$entry"
done
cp -a node_modules/better-sqlite3 "$work/app/node_modules/better-sqlite3"
rm -rf "$work/app/node_modules/better-sqlite3/build"
if ! (cd "$work/app/node_modules/better-sqlite3" && PATH="$lts_bin:$PATH" npm_config_nodedir="$nodedir" npm run build-release) >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  exit 1
fi

# 3. The tests, with that Node first on PATH (tap and the spawned servers use it).
cd "$work/app"
PATH="$lts_bin:$PATH" node -e "new (require('better-sqlite3'))(':memory:'); console.log('node-lts: Node ' + process.version + ', better-sqlite3 built for ABI ' + process.versions.modules)"
PATH="$lts_bin:$PATH" node_modules/.bin/tap --disable-coverage test/server.test.ts test/server-port.test.ts test/contract.test.ts
