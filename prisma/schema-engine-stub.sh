#!/bin/sh
# Stand-in for Prisma's schema engine: `prisma generate` insists the binary exists but never runs it.
# Migrations are applied by server/src/common/prisma/migrator.ts instead (see docs/operations.md).
echo "schema engine not available offline; see docs/operations.md" >&2
exit 1
