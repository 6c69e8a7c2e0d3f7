// Paths such as 'input.actionIds' that name a value in a mutation's arguments: the audit
// declarations (@Audited) and the access rules (ACCESS) both point at ids this way.

/** The value at a path such as 'input.actionIds' in a mutation's arguments. */
export function valueAt(args: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value === null || typeof value !== 'object') return undefined;
    return (value as Record<string, unknown>)[key];
  }, args);
}

/** The ids at a path: one, a list, or none. */
export function idsAt(args: unknown, path: string | null | undefined): string[] {
  if (!path) return [];
  const value = valueAt(args, path);
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.length > 0);
}
