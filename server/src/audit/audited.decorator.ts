import { Extensions } from '@nestjs/graphql';

/**
 * What a mutation changes, declared beside it, so that a refused or failed attempt is recorded
 * against its record and shows in that record's history. Paths name a value in the mutation's
 * arguments, like 'input.id'; a path may hold one id or a list of them.
 */
export interface AuditDeclaration {
  /** The kind of record, e.g. 'Action'. */
  record: string;
  /** Where the record's id is; null when the mutation has none yet (a create) or acts by token. */
  id: string | null;
  /**
   * Where the actions are whose history shows the attempt (an Action record's own id counts
   * without saying so).
   */
  actions?: string[];
  /** Where a milestone's id is, whose action's history shows the attempt. */
  milestone?: string;
  /** Where the email is that someone signing in typed, recorded when nobody is signed in. */
  claimedEmail?: string;
}

export const AUDIT_EXTENSION = 'audit';

/** Declares what the mutation changes, as a field extension the audit plugin reads. */
export const Audited = (declaration: AuditDeclaration) => Extensions({ [AUDIT_EXTENSION]: declaration });

export { idsAt, valueAt } from '../common/graphql/arg-path.js';
