#!/usr/bin/env bash
# Compares prisma/migrations with prisma/schema.prisma using Prisma 6.19's WASM schema engine
# on in-memory PGlite (no server, no download).
#   scripts/schema/diff.sh check    exits 1 and prints the SQL if the migrations do not match the schema
#   scripts/schema/diff.sh draft    prints the SQL of the next migration (to review and save by hand)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -x "$here/node_modules/.bin/prisma" ]; then
  npm install --prefix "$here" --no-audit --no-fund --silent >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Prisma 6 wants a url in the datasource and knows only the classic generator name.
sed -e 's/^\(  provider = "postgresql"\)$/\1\n  url      = "postgresql:\/\/unused"/' \
    -e '/^generator client {/,/^}/c\generator client {\n  provider = "prisma-client-js"\n}' \
    "$root/prisma/schema.prisma" > "$tmp/schema.prisma"
export SCHEMA_FILE="$tmp/schema.prisma" CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# Prisma 6 checks that engine files exist before using the WASM engine; it never runs them.
export PRISMA_SCHEMA_ENGINE_BINARY="$root/prisma/schema-engine-stub.sh"
export PRISMA_QUERY_ENGINE_LIBRARY="$root/prisma/schema-engine-stub.sh"
cd "$here"
sql=$(./node_modules/.bin/prisma migrate diff --from-migrations "$root/prisma/migrations" \
  --to-schema-datamodel "$tmp/schema.prisma" --script 2>/dev/null | grep -v '^Loaded Prisma config')
case "${1:-check}" in
  draft) printf '%s\n' "$sql" ;;
  check)
    if printf '%s' "$sql" | grep -q 'This is an empty migration'; then
      echo "schema.prisma and prisma/migrations agree"
    else
      echo "prisma/migrations do not match schema.prisma. The missing migration is:" >&2
      printf '%s\n' "$sql" >&2
      exit 1
    fi ;;
  *) echo "usage: $0 check|draft" >&2; exit 2 ;;
esac
