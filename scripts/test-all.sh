#!/usr/bin/env bash
# npm test: the whole suite. Assumes dependencies are installed (scripts/test.sh does that).
set -euo pipefail
cd "$(dirname "$0")/.."
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}"
# No test may reach outside this machine: tiles and other external defaults point to loopback.
export MAP_TILE_URL="${MAP_TILE_URL:-off}"
export TELEGRAM_API_URL="${TELEGRAM_API_URL:-http://127.0.0.1:9}"
# No synthetic check to 8.8.8.8 and friends: tests add their own loopback targets.
export SYNTHETIC_DEFAULT_TARGETS="${SYNTHETIC_DEFAULT_TARGETS:-none}"

echo "==> lint";      npm run lint
echo "==> typecheck"; npm run typecheck
echo "==> build";     npm run build
echo "==> web tests"; npx vitest run --config web/vitest.config.ts
for db in sqlite postgres; do
  echo "==> server tests on $db"
  TEST_DB=$db npm test -w server
done
for db in sqlite postgres; do
  echo "==> browser tests on $db"
  TEST_DB=$db npx vitest run --config e2e/vitest.config.ts
done
