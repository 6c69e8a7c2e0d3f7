#!/usr/bin/env bash
# The calendar check: the API suite and the browser journeys again with the app's clock (and the
# browser's) started at other dates: by default in the DPARC plan's last quarter, and a year after
# the plan ends. A fixture, seed or query that holds an absolute date fails here, years before it
# would fail on its own. Needs a build (npm test or npm run build first).
#   bash scripts/test-calendar.sh [YYYY-MM-DD ...]
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false CHECKPOINT_DISABLE=1
dates=("$@")
[ ${#dates[@]} -gt 0 ] || dates=(2027-02-15 2028-04-15)
db="embedded PGlite"
[ -n "${DATABASE_URL:-}" ] && db="PostgreSQL"
log=$(mktemp)
summary=()
# The tests that hold for any date (processes, backups, the fuzz suite) run at the first date only:
# they read no calendar, and each takes a minute of CI's budget.
date_free=""
for d in "${dates[@]}"; do
  echo "== calendar check: API tests and browser journeys at $d on $db"
  CLOCK_START="$d" TEST_DATE_FREE_DONE="$date_free" NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects api 2>&1 | tee "$log"
  date_free=1
  api=$(grep -E '^Tests:' "$log" | tail -n 1 | sed -E 's/^Tests: +//')
  CLOCK_START="$d" npx playwright test -c e2e/playwright.config.ts 2>&1 | tee "$log"
  journeys=$(grep -E '^ +[0-9]+ (passed|failed)' "$log" | sed -E 's/^ +//' | paste -sd ' ' -)
  summary+=("$d: API tests: $api; journeys: $journeys")
done
echo
echo "== calendar check on $db"
printf '%s\n' "${summary[@]}"
