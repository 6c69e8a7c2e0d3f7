import { isUUID } from 'class-validator';
import { idsAt } from '../graphql/arg-path.js';
import { forbidden, type AppError } from '../graphql/errors.js';
import { AccessReason, failure } from '../graphql/error-reasons.js';
import { canManageUpdateLinks, canWorkOnAction, isAdmin } from './permissions.js';
import type { Viewer } from './viewer.js';

/**
 * Who may call each mutation, checked first: the access guard applies the rule before any value
 * is validated, so a caller who may not act gets FORBIDDEN and learns nothing of the rules for
 * values. The services check again, record by record, with the same rules and messages.
 *
 * - `public`: open to anyone (signing in, links sent by email); the service checks the token.
 * - `signedIn`: anyone signed in (or holding an update link, where the resolver allows it).
 * - `admin`: the Commissioner's team; the words say what they do, for the message.
 * - `bulk`: admins and partner leads; the service checks each action.
 * - `workOnAction`: whoever may work on the action whose id is at `path`.
 * - `workOnMilestone`: whoever may work on the action of the milestone whose id is at `path`.
 * - `manageUpdateLinks`: admins, or a lead of the partner whose id is at `path`.
 * - `reports`: admins for any Panel report; the Panel for the report of a closed quarter
 *   (`reportRefusal`).
 */
export type AccessRule =
  | { public: true }
  | { signedIn: true }
  | { admin: string }
  | { bulk: true }
  | { workOnAction: string; message: string }
  | { workOnMilestone: string; message: string }
  | { manageUpdateLinks: string }
  | { reports: true };

const ACTIONS_OF_OWN = 'You can only change actions your organisation leads or supports';
const MILESTONES_OF_OWN = 'You can only change milestones of actions your organisation leads or supports';

export const ACCESS = {
  // Signing in and the links people are sent: the token is the credential.
  signIn: { public: true },
  signOut: { public: true },
  endSession: { public: true },
  acceptInvite: { public: true },
  requestPasswordReset: { public: true },
  resetPassword: { public: true },
  openUpdateLink: { public: true },
  completeSetup: { public: true },

  createPlan: { admin: 'create plans' },
  updatePlan: { admin: 'change plans' },
  archivePlan: { admin: 'archive plans' },
  createPriority: { admin: 'add priorities' },
  updatePriority: { admin: 'change priorities' },
  archivePriority: { admin: 'archive priorities' },
  createAction: { admin: 'add actions' },
  updateAction: { workOnAction: 'input.id', message: ACTIONS_OF_OWN },
  archiveAction: { admin: 'archive actions' },
  bulkUpdateActions: { bulk: true },
  recordUpdate: {
    workOnAction: 'input.actionId',
    message: 'You can only update actions your organisation leads or supports',
  },
  createMilestone: { workOnAction: 'input.actionId', message: MILESTONES_OF_OWN },
  updateMilestone: { workOnMilestone: 'input.id', message: MILESTONES_OF_OWN },
  archiveMilestone: { admin: 'archive milestones' },
  createPartner: { admin: 'add partners' },
  updatePartner: { admin: 'change partners' },
  archivePartner: { admin: 'archive partners' },
  createIndicator: { admin: 'change indicators' },
  updateIndicator: { admin: 'change indicators' },
  archiveIndicator: { admin: 'change indicators' },
  recordMeasurement: { admin: 'change indicators' },
  importMeasurements: { admin: 'change indicators' },
  applyPlanImport: { admin: 'import plans' },
  generateReport: { reports: true },
  createReviewCycle: { admin: 'set up quarterly reviews' },
  updateReviewCycle: { admin: 'change quarterly reviews' },
  moveReviewCycle: { admin: 'move quarterly reviews on' },
  reorderAgenda: { admin: 'order the agenda' },
  recordReviewDecision: { admin: 'record review decisions' },
  addFollowUp: { admin: 'add follow-ups' },
  createPublicQuestion: { admin: 'record public questions' },
  updatePublicQuestion: { admin: 'record public questions' },
  respondToReview: {
    workOnAction: 'input.actionId',
    message: 'You can only respond for actions your organisation leads or supports',
  },
  // Owners of a follow-up and admins; the service knows the follow-up's owner.
  updateFollowUp: { signedIn: true },
  issueUpdateLink: { manageUpdateLinks: 'input.partnerId' },
  // A link the viewer may not manage is NOT_FOUND (its existence is not confirmed): the service's.
  revokeUpdateLink: { signedIn: true },
  inviteUser: { admin: 'manage users' },
  resendInvite: { admin: 'manage users' },
  deactivateUser: { admin: 'manage users' },
  reactivateUser: { admin: 'manage users' },
  changeUserRole: { admin: 'manage users' },
  addContribution: {
    workOnAction: 'input.actionId',
    message: 'You can only propose links for actions your organisation leads or supports',
  },
  updateContribution: { admin: 'change links between plans' },
  decideContribution: { admin: 'agree or decline proposed links between plans' },
  archiveContribution: { admin: 'remove links between plans' },
  updateOrganisationSettings: { admin: 'change the organisation’s settings' },
  setIdentityProviderEnabled: { admin: 'switch sign-in providers on or off' },
  addPartnerDomain: { admin: 'add email domains' },
  removePartnerDomain: { admin: 'remove email domains' },
  publishEvidenceFile: { admin: 'publish evidence files' },
  // Admins, or the organisation that added the file: the service knows who added it.
  archiveEvidenceFile: { signedIn: true },
  proposeAmendment: { admin: 'propose amendments' },
  approveAmendment: { admin: 'approve amendments' },
  applyAmendment: { admin: 'apply amendments' },
  rejectAmendment: { admin: 'reject amendments' },
  withdrawAmendment: { admin: 'withdraw amendments' },
} as const satisfies Record<string, AccessRule>;

export type Operation = keyof typeof ACCESS;
type AdminOperation = {
  [K in Operation]: (typeof ACCESS)[K] extends { admin: string } ? K : never;
}[Operation];

const onlyAdmins = (doing: string) =>
  failure(AccessReason.ADMIN_ONLY, `Only the Commissioner's team can ${doing}`);

/** The FORBIDDEN an admin-only operation answers everyone else. */
export function adminOnly(operation: AdminOperation): AppError {
  return onlyAdmins(ACCESS[operation].admin);
}

/** For services: refuses anyone but an admin, with the operation's message. */
export function requireAdmin(viewer: Viewer, operation: AdminOperation): void {
  if (!isAdmin(viewer)) throw adminOnly(operation);
}

/** Admins and partner leads may change several actions at once. */
export const canBulkUpdate = (viewer: Viewer) => isAdmin(viewer) || viewer.user?.role === 'PARTNER_LEAD';

/**
 * Who may ask for a Panel report: the Commissioner's team for any, a draft from live data
 * included; the Panel for the report of a closed quarter (a frozen picture, so asking again gets
 * the same report). Null when the viewer may; otherwise the refusal.
 */
export function reportRefusal(viewer: Viewer, request: { closedQuarter: boolean }): AppError | null {
  if (isAdmin(viewer)) return null;
  if (viewer.user?.role === 'PANEL_VIEWER') {
    return request.closedQuarter
      ? null
      : failure(
          AccessReason.ADMIN_ONLY,
          "Only the Commissioner's team can make a draft report. Choose a closed quarter's report",
        );
  }
  return forbidden("Only the Commissioner's team and the Police and Crime Panel can get Panel reports");
}

/** What the guard needs to look up records by id. */
export interface AccessLookups {
  action(id: string): Promise<{ id: string; leadPartnerId: string } | null>;
  supporterIds(actionId: string): Promise<readonly string[]>;
  actionIdOfMilestone(id: string): Promise<string | null>;
}

/** The id at a path of the arguments, when it is one; anything else is left to validation. */
function idAt(args: unknown, path: string): string | null {
  const id = idsAt(args, path)[0];
  return id && isUUID(id) ? id : null;
}

/**
 * Applies an operation's rule to its raw arguments, before validation. A record that cannot be
 * found is left to the service, which answers NOT_FOUND after its own checks.
 */
export async function checkAccess(
  rule: AccessRule,
  viewer: Viewer,
  args: unknown,
  lookups: AccessLookups,
): Promise<AppError | null> {
  if ('public' in rule || 'signedIn' in rule) return null;
  if ('reports' in rule)
    return reportRefusal(viewer, { closedQuarter: idsAt(args, 'input.cycleId').length > 0 });
  if ('admin' in rule) return isAdmin(viewer) ? null : onlyAdmins(rule.admin);
  if ('bulk' in rule) {
    return canBulkUpdate(viewer)
      ? null
      : forbidden("Only the Commissioner's team and partner leads can change several actions at once");
  }
  if ('manageUpdateLinks' in rule) {
    const partnerId = idAt(args, rule.manageUpdateLinks);
    if (!partnerId || canManageUpdateLinks(viewer, partnerId)) return null;
    return forbidden("Only the Commissioner's team, or a lead of that partner, can issue its update links");
  }
  const actionId =
    'workOnAction' in rule
      ? idAt(args, rule.workOnAction)
      : await (async () => {
          const milestoneId = idAt(args, rule.workOnMilestone);
          return milestoneId && lookups.actionIdOfMilestone(milestoneId);
        })();
  const action = actionId ? await lookups.action(actionId) : null;
  if (!action) return null;
  return canWorkOnAction(viewer, action, await lookups.supporterIds(action.id))
    ? null
    : forbidden(rule.message);
}
