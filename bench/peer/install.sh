#!/bin/sh
# Installs the benchmark's peer (Platformatic DB) with its own Node 22, from package-lock.json.
#   sh bench/peer/install.sh        (or: npm run bench:peer-install)
# 1. npm ci --ignore-scripts: the locked packages, nothing built yet;
# 2. npm rebuild node: the `node` package's preinstall fetches the Node 22 binary (node-linux-<arch>);
# 3. better-sqlite3 compiled from source against that Node's own headers (--nodedir): a prebuilt
#    binary would be chosen for the Node that runs npm (the machine's), not for Node 22.
set -eu
cd "$(dirname "$0")"
npm ci --ignore-scripts
npm rebuild node
nodedir=$(node -p "require('path').dirname(require.resolve('node-linux-' + process.arch + '/package.json', { paths: [require('path').resolve('node_modules/node')] }))")
npm_config_nodedir="$nodedir" npm_config_build_from_source=true npm rebuild better-sqlite3
node_modules/.bin/node -e "new (require('better-sqlite3'))(':memory:'); console.log('peer installed: Node ' + process.version + ', @platformatic/db ' + require('@platformatic/db/package.json').version)"
