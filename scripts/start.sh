#!/usr/bin/env bash
# First README command: install what is needed, build, and start Torre on http://localhost:8080
# with the embedded SQLite database (sign in as admin@admin.com / admin).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_node
apt_install fping            # the ICMP prober's engine (used by the monitoring engine)
npm_install
build_if_changed             # skipped when the sources are those of the last build
echo "==> starting on http://${HOST:-0.0.0.0}:${PORT:-8080} (Ctrl-C stops)"
# Node's flags live in server/node-flags (why: docs/decisions/0011).
# shellcheck disable=SC2046
exec node $(cat server/node-flags) server/dist/main.js
