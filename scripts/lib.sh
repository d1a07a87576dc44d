# Shared helpers for start.sh and test.sh (sourced, not run).

require_node() {
  if ! command -v node >/dev/null; then
    echo "error: Node.js 20 is required (apt-get install nodejs npm, or nodesource)" >&2
    exit 1
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "error: Node.js >= 20 is required, found $(node -v)" >&2
    exit 1
  fi
}

APT_UPDATED=0
# apt_install PKG... : installs the Debian packages that are missing (as root, or with sudo).
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "==> installing Debian packages: ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# npm_install: installs the npm dependencies when the lockfile changed since the last install.
npm_install() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> installing npm dependencies"
    npm ci --no-audit --no-fund
  fi
}

# build_inputs_hash: one hash of everything the build reads: the web and server sources and
# configs, the lockfile and Node's version (tests, benchmarks and the outputs left out).
build_inputs_hash() {
  {
    node -v
    find web server package.json package-lock.json tsconfig.base.json \
      \( -path web/dist -o -path server/dist -o -path server/bench -o -name node_modules \) -prune \
      -o -type f ! -name '*.test.ts' ! -name '*.test.tsx' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d' ' -f1
}

BUILD_STAMP=server/dist/.build-stamp
BUILD_OUTPUTS=(web/dist/index.html server/dist/main.js)

# build_outputs_times: when the build's outputs were written (nanoseconds), or "missing".
build_outputs_times() {
  local f
  for f in "${BUILD_OUTPUTS[@]}"; do
    if [ -f "$f" ]; then stat -c %.9Y "$f"; else echo missing; fi
  done | tr '\n' ' '
}

# build_if_changed: runs `npm run build` unless the last one was from these very inputs and its
# outputs are still the ones it wrote (their times are in the stamp: a build by hand since then,
# or a deleted dist, means building again). A fresh clone has no stamp and builds.
build_if_changed() {
  local inputs
  # A file vanishing while it is read (another build at work) makes it "unknown": build, no stamp.
  inputs=$(build_inputs_hash) || inputs=unknown
  if [ -f "$BUILD_STAMP" ] && [ "$(cat "$BUILD_STAMP")" = "$inputs $(build_outputs_times)" ]; then
    echo "==> build is up to date (nothing changed since the last one)"
    return 0
  fi
  echo "==> building"
  rm -f "$BUILD_STAMP"
  npm run build
  [ "$inputs" = unknown ] || echo "$inputs $(build_outputs_times)" >"$BUILD_STAMP"
}

# ensure_postgres: the tests need a local PostgreSQL; start it if installed and down, install it if absent.
ensure_postgres() {
  export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}"
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if [ ! -d /etc/postgresql ]; then
    apt_install postgresql
  fi
  echo "==> starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
  if ! psql "$TEST_DATABASE_URL" -c 'select 1' >/dev/null 2>&1; then
    # A fresh Debian PostgreSQL has peer auth only: use our own role over the local socket.
    su postgres -c "psql -qc \"do \\\$\\\$ begin create role root superuser login; exception when duplicate_object then null; end \\\$\\\$\"" || true
    su postgres -c "createdb -O root test" 2>/dev/null || true
    export TEST_DATABASE_URL="postgresql://root@/test?host=/var/run/postgresql"
  fi
}
