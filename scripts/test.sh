#!/usr/bin/env bash
# Second README command: install what the tests need, then run the whole suite
# (lint, typecheck, unit and API tests on SQLite and PostgreSQL, browser tests in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_node
apt_install fping snmpsim snmpd iptables chromium
ensure_postgres
npm_install
npm test
