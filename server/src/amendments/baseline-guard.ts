import { AMENDMENT_REQUIRED_MESSAGE, baselinedFieldsChanged, isBaselined } from '@partnership-tracker/domain';
import { AmendmentReason, failure } from '../common/graphql/error-reasons.js';

/**
 * Refuses an ordinary edit of an active plan's agreed baseline (the domain library's
 * BASELINED_ACTION_FIELDS and BASELINED_MILESTONE_FIELDS): such changes are made by an amendment.
 * `changes` null means the whole record is being added or archived. Drafts edit freely.
 */
export function refuseBaselinedChange(
  planStatus: string,
  kind: 'action' | 'milestone',
  before: object | null,
  changes: object | null,
): void {
  if (!isBaselined(planStatus)) return;
  const fields = before && changes ? baselinedFieldsChanged(kind, before, changes) : null;
  if (fields && fields.length === 0) return;
  const message = fields
    ? AMENDMENT_REQUIRED_MESSAGE
    : `The plan is active, so its actions are part of its agreed baseline: propose an amendment to ${
        before ? 'retire' : 'add'
      } one`;
  throw failure(AmendmentReason.REQUIRED, message, {
    fields: (fields ?? ['id']).map((field) => ({ field, message })),
  });
}
