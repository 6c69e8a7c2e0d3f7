/**
 * Whether a string is a UUID, the form of every record id: checked before an id reaches a uuid
 * column, where PostgreSQL would refuse it with an error rather than find nothing.
 */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
