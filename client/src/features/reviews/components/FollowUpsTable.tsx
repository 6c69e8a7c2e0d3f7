import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { FollowUpStatus, FollowUpsTable_FollowUpFragment } from '@/__generated__/graphql';
import { Table } from '@/components/Table';
import { useMe } from '@/features/auth/hooks/useMe';
import { UpdateFollowUpMutation } from '@/features/reviews/graphql/UpdateFollowUp.mutation';
import { formatDate, todayIso } from '@/utils/dates';
import { apiErrors, GENERIC_ERROR } from '@/utils/graphqlErrors';
import { FollowUpStatusTag } from './ReviewTags';
import '@/features/reviews/reviews.css';

export const FollowUpsTable_followUp = graphql(`
  fragment FollowUpsTable_followUp on FollowUp {
    id
    description
    dueOn
    status
    version
    owner {
      id
      name
    }
    action {
      id
      ref
      title
    }
    cycle {
      id
      quarter
    }
  }
`);

type FollowUp = FollowUpsTable_FollowUpFragment;

/** A button per change a follow-up may get; the owner's staff and admins see them. */
function FollowUpButtons({
  followUp,
  onChanged,
  onError,
}: {
  followUp: FollowUp;
  onChanged: (status: FollowUpStatus) => void;
  onError: (message: string) => void;
}) {
  const [update, { loading }] = useMutation(UpdateFollowUpMutation);
  const change = async (status: FollowUpStatus) => {
    try {
      await update({ variables: { input: { id: followUp.id, expectedVersion: followUp.version, status } } });
      onChanged(status);
    } catch (error) {
      onError(apiErrors(error)[0]?.message ?? GENERIC_ERROR);
    }
  };
  return (
    <div className="app-row-buttons">
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-small-button"
        data-module="govuk-button"
        disabled={loading}
        onClick={() => change('DONE')}
      >
        Mark as done<span className="govuk-visually-hidden">: {followUp.description}</span>
      </button>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-small-button"
        data-module="govuk-button"
        disabled={loading}
        onClick={() => change('CANCELLED')}
      >
        Cancel<span className="govuk-visually-hidden"> follow-up: {followUp.description}</span>
      </button>
    </div>
  );
}

/**
 * Follow-ups: what, who, by when and whether done. Admins, and staff of the owning partner, can
 * mark an open one done or cancelled; `onChanged` lets the page fetch what changed.
 */
export function FollowUpsTable({
  followUps,
  caption,
  showAction = false,
  readOnly = false,
  empty = 'No follow-ups.',
  onChanged,
}: {
  followUps: FragmentType<typeof FollowUpsTable_followUp>[];
  caption: string;
  /** On a partner's home page, say which action each is for. */
  showAction?: boolean;
  readOnly?: boolean;
  /** What to say when there are none. */
  empty?: string;
  onChanged?: () => void;
}) {
  const { me } = useMe();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const rows = followUps.map((f) => getFragmentData(FollowUpsTable_followUp, f));
  const today = todayIso();
  const canChange = (f: FollowUp) =>
    !readOnly &&
    f.status === 'OPEN' &&
    (me?.role === 'ADMIN' ||
      ((me?.role === 'PARTNER_LEAD' || me?.role === 'PARTNER_EDITOR') && me.partner.id === f.owner.id));
  const anyButtons = rows.some(canChange);

  return (
    <>
      <div aria-live="polite" className="app-live-message">
        {message && (
          <p className={message.error ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>
            {message.error && <span className="govuk-visually-hidden">Error: </span>}
            {message.text}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <Table
          className="app-actions-table"
          caption={caption}
          captionClassName="govuk-table__caption--s"
          columns={[
            { header: 'Follow-up' },
            ...(showAction ? [{ header: 'Action' }] : []),
            { header: 'Owner' },
            { header: 'Due' },
            { header: 'Status' },
            ...(anyButtons ? [{ header: <span className="govuk-visually-hidden">Change</span> }] : []),
          ]}
          rows={rows.map((f) => ({
            key: f.id,
            cells: [
              <span className="app-pre-line">{f.description}</span>,
              ...(showAction
                ? [
                    <Link className="govuk-link" to={`/reviews/${f.cycle.id}/actions/${f.action.id}`}>
                      {f.action.ref} {f.action.title}
                      <span className="govuk-visually-hidden"> ({f.cycle.quarter} review)</span>
                    </Link>,
                  ]
                : []),
              f.owner.name,
              <>
                {formatDate(f.dueOn)}
                {f.status === 'OPEN' && f.dueOn < today && (
                  <span className="govuk-body-s app-cell-note">Overdue</span>
                )}
              </>,
              <FollowUpStatusTag status={f.status} />,
              ...(anyButtons
                ? [
                    canChange(f) ? (
                      <FollowUpButtons
                        followUp={f}
                        onChanged={(status) => {
                          setMessage({
                            text: `Follow-up ‘${f.description}’ marked as ${status === 'DONE' ? 'done' : 'cancelled'}`,
                            error: false,
                          });
                          onChanged?.();
                        }}
                        onError={(text) => {
                          setMessage({ text, error: true });
                          onChanged?.();
                        }}
                      />
                    ) : (
                      ''
                    ),
                  ]
                : []),
            ],
          }))}
        />
      )}
    </>
  );
}
