#!/usr/bin/env bash
# npm test: build, then unit tests, API tests on a real database, and browser journeys.
# On embedded PGlite by default; on PostgreSQL when DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
# NX_ISOLATE_PLUGINS=false: Nx loads its plugins in its own process, 2 s sooner than in workers.
export NX_NO_CLOUD=true NX_DAEMON=false NX_ISOLATE_PLUGINS=false CHECKPOINT_DISABLE=1
db="embedded PGlite"
[ -n "${DATABASE_URL:-}" ] && db="PostgreSQL"
echo "== Partnership Tracker tests on $db"

echo "== build"
# With the embedded-database templates: each journey's server starts from a copy of one.
npx nx run-many -t build templates -p server client --outputStyle=static

# The evidence store's S3 tests run against s3rver, and against a real S3 server (Ceph's RADOS
# Gateway) when S3_TEST_ENDPOINT names one (.ci/run starts one) or radosgw is installed here.
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
if [ -z "${S3_TEST_ENDPOINT:-}" ] && command -v radosgw >/dev/null 2>&1; then
  echo "== an S3 server for the evidence store's tests (scripts/s3/radosgw.sh)"
  rgw_dir=$(mktemp -d)
  cleanup+=("bash scripts/s3/radosgw.sh stop '$rgw_dir'")
  bash scripts/s3/radosgw.sh start "$rgw_dir" >/dev/null
  set -a
  . "$rgw_dir/env"
  set +a
fi

echo "== unit and API tests (jest)"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects unit api
if [ -f client/jest.config.js ]; then
  NODE_OPTIONS=--experimental-vm-modules npx jest -c client/jest.config.js
fi

# Each page a journey checks with axe is saved here too, for the Nu HTML checker below.
saved=""
if [ "${TEST_JOURNEYS:-true}" = "false" ]; then
  echo "== browser journeys skipped (TEST_JOURNEYS=false)"
else
  echo "== browser journeys (Playwright + axe in Chromium)"
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    echo "Chromium is missing: install it with 'apt-get install -y chromium' (.ci/run does this)." >&2
    exit 1
  fi
  saved=$(mktemp -d)
  cleanup+=("rm -rf '$saved'")
  E2E_SAVE_PAGES="$saved" npx playwright test -c e2e/playwright.config.ts
fi

echo "== conformance: the reports, templates and pages, checked by tools the app does not use"
bash scripts/conformance/run.sh "$saved"
