#!/usr/bin/env bash
# The conformance step of npm test: what the app makes, checked by tools it did not write.
#   bash scripts/conformance/run.sh [SAVED_PAGES_DIR]
# Needs a build (server/dist, client/dist), Java, qpdf and Debian's python3 with pikepdf, openpyxl
# and python-docx (.ci/run installs them). SAVED_PAGES_DIR holds the signed-in pages the browser
# journeys saved (E2E_SAVE_PAGES); the public pages, the report files and the import templates it
# collects itself from a fresh seeded app (collect.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
saved=${1:-}
start=$(date +%s)

missing=()
command -v java >/dev/null 2>&1 || missing+=("java (default-jre-headless)")
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
for module in pikepdf:python3-pikepdf openpyxl:python3-openpyxl docx:python3-docx; do
  /usr/bin/python3 -c "import ${module%%:*}" >/dev/null 2>&1 || missing+=("${module#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "The conformance step needs: ${missing[*]}. Install them with apt-get (.ci/run does this)." >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "-- collecting from a fresh seeded app"
node scripts/conformance/collect.mjs "$out"
status=0
echo "-- documents: qpdf, pikepdf, python-docx, openpyxl, Python's csv"
/usr/bin/python3 scripts/conformance/check_documents.py "$out/files" || status=1
echo "-- pages: the Nu HTML checker"
folders=("public, as served=$out/pages")
[ -n "$saved" ] && folders+=("signed-in, as the journeys saw them=$saved")
node scripts/conformance/check-html.mjs "${folders[@]}" || status=1
echo "-- conformance step took $(( $(date +%s) - start )) s"
exit $status
