import type { Tx } from '../../audit/audit.service.js';

/** A column of a bulk insert: its name, and its PostgreSQL type as jsonb_to_recordset reads it. */
export interface BulkColumn {
  name: string;
  type: string;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const TYPE = /^("?[A-Za-z][A-Za-z0-9]*"?)(\(\d+\))?$/;

/**
 * Inserts many rows with one statement per thousand: the rows travel as one JSON parameter and
 * jsonb_to_recordset turns them into typed records. An import of a thousand actions writes a
 * few thousand rows (actions, supporters, milestones, audit events); one Prisma create per row,
 * or createMany with its per-row parameters, takes seconds for that, this a fraction of one.
 * Table, column and type names are the caller's constants, never user input; values are
 * parameters.
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (!IDENTIFIER.test(table) || columns.some((c) => !IDENTIFIER.test(c.name) || !TYPE.test(c.type))) {
    throw new Error(`bulkInsert: unexpected table or column name in ${table}`);
  }
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const record = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${record})`;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows
      .slice(i, i + 1000)
      .map((row) => Object.fromEntries(columns.map((c) => [c.name, jsonValue(row[c.name])])));
    await tx.$executeRawUnsafe(sql, JSON.stringify(chunk));
  }
}

/** Moments as ISO timestamps; pass calendar dates as 'YYYY-MM-DD' (see `day`). */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}

/** A due date (UTC midnight) as the calendar date a `date` column takes. */
export const day = (date: Date | null | undefined): string | null => date?.toISOString().slice(0, 10) ?? null;
