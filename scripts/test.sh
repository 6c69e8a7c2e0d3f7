#!/usr/bin/env bash
# npm test: build, then unit tests, API tests on a real database, and browser journeys.
# On embedded PGlite by default; on PostgreSQL when DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false CHECKPOINT_DISABLE=1
db="embedded PGlite"
[ -n "${DATABASE_URL:-}" ] && db="PostgreSQL"
echo "== Partnership Tracker tests on $db"

echo "== build"
npx nx run-many -t build -p server client --outputStyle=static

echo "== unit and API tests (jest)"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects unit api
if [ -f client/jest.config.js ]; then
  NODE_OPTIONS=--experimental-vm-modules npx jest -c client/jest.config.js
fi

if [ "${TEST_JOURNEYS:-true}" = "false" ]; then
  echo "== browser journeys skipped (TEST_JOURNEYS=false)"
  exit 0
fi
echo "== browser journeys (Playwright + axe in Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install it with 'apt-get install -y chromium' (.ci/run does this)." >&2
  exit 1
fi
npx playwright test -c e2e/playwright.config.ts
