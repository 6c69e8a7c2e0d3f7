import type { AuditOutcome } from '@/__generated__/graphql';
import type { TagColour } from '@/components/Tag';
import { ROLE_LABELS } from '@/features/auth/utils/roles';

export const AUDIT_OUTCOMES: AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILED'];

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: 'Made',
  DENIED: 'Refused',
  FAILED: 'Failed',
};

export const OUTCOME_COLOURS: Record<AuditOutcome, TagColour> = {
  SUCCESS: 'green',
  DENIED: 'red',
  FAILED: 'orange',
};

export const isAuditOutcome = (v: string): v is AuditOutcome => (AUDIT_OUTCOMES as string[]).includes(v);

// Every mutation the API records (server: audit.plugin.ts and the services), in the users' words.
const OPERATION_LABELS: Record<string, string> = {
  signIn: 'Signed in',
  signOut: 'Signed out',
  createPlan: 'Added plan',
  updatePlan: 'Updated plan',
  archivePlan: 'Archived plan',
  createPriority: 'Added priority',
  updatePriority: 'Updated priority',
  archivePriority: 'Archived priority',
  createAction: 'Added action',
  updateAction: 'Updated action',
  archiveAction: 'Archived action',
  createMilestone: 'Added milestone',
  updateMilestone: 'Updated milestone',
  archiveMilestone: 'Archived milestone',
  addContribution: 'Linked to another plan',
  updateContribution: 'Changed link to another plan',
  decideContribution: 'Agreed or declined link to another plan',
  archiveContribution: 'Removed link to another plan',
  createPartner: 'Added partner',
  updatePartner: 'Updated partner',
  archivePartner: 'Archived partner',
  issueUpdateLink: 'Issued update link',
  revokeUpdateLink: 'Withdrew update link',
  openUpdateLink: 'Opened update link',
  inviteUser: 'Invited user',
  resendInvite: 'Sent a new invitation',
  acceptInvite: 'Accepted invitation',
  requestPasswordReset: 'Asked to reset password',
  resetPassword: 'Reset password',
  deactivateUser: 'Deactivated account',
  reactivateUser: 'Reactivated account',
  changeUserRole: 'Changed role',
  proposeAmendment: 'Proposed amendment',
  approveAmendment: 'Approved amendment',
  applyAmendment: 'Applied amendment',
  rejectAmendment: 'Rejected amendment',
  withdrawAmendment: 'Withdrew amendment',
};

/** 'someFieldName' as 'Some field name'. */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 'updateAction' as 'Updated action'. An operation we do not know yet still reads as words. */
/** Attempts that did not go through read as attempts: "Failed sign-in", not "Signed in". */
const REFUSED_LABELS: Record<string, string> = {
  signIn: 'Failed sign-in',
  openUpdateLink: 'Failed to open an update link',
};

/**
 * What an event did, in the users' words: past tense when it went through ("Added plan"), an
 * attempt when it did not ("Attempt to add plan").
 */
export function operationLabel(operation: string, outcome: AuditOutcome | string = 'SUCCESS'): string {
  if (outcome === 'SUCCESS') return OPERATION_LABELS[operation] ?? humanise(operation);
  return REFUSED_LABELS[operation] ?? `Attempt to ${humanise(operation).toLowerCase()}`;
}

/** A role as the audit trail stores it: a Role, or UPDATE_LINK for a link holder. */
export function actorRoleLabel(role: string): string {
  if (role === 'UPDATE_LINK') return 'Update link';
  return (ROLE_LABELS as Record<string, string>)[role] ?? humanise(role);
}
