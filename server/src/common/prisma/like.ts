/**
 * Text for Prisma's `contains`, `startsWith` and `endsWith`, matched literally. Prisma turns them
 * into SQL LIKE without escaping its wildcards, so a search for "_" or "%" matched everything.
 * PostgreSQL's LIKE escapes with a backslash by default.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
