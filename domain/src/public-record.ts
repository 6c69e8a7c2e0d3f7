/**
 * What the public sees of each kind of record: the fields the public progress page and open data
 * show, or that decide what they show (an action's weight moves its priority's progress; archived
 * or unpublished records drop out). A change to any of them is a published change, and its moment
 * is the record's "last updated" in public. A change to anything else (a RAG rating, a partner's
 * commentary, a milestone's due date or evidence) is internal, and leaves that date as it was.
 */
export const PUBLIC_FIELDS = {
  action: [
    'priorityId',
    'ref',
    'title',
    'status',
    'progress',
    'weight',
    'leadPartnerId',
    'startDate',
    'dueDate',
    'publicSummary',
    'published',
    'archivedAt',
  ],
  milestone: ['title', 'completedOn', 'archivedAt'],
} as const satisfies Record<string, readonly string[]>;

export type PublicFieldsKind = keyof typeof PUBLIC_FIELDS;

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);

/**
 * Whether a change to a record changes what the public sees: a public field the change sets to
 * a different value. Fields the change leaves out (undefined) are unchanged.
 */
export function changesPublicly(kind: PublicFieldsKind, before: object, changes: object): boolean {
  const was = before as Record<string, unknown>;
  const now = changes as Record<string, unknown>;
  return PUBLIC_FIELDS[kind].some((field) => now[field] !== undefined && !same(was[field], now[field]));
}
