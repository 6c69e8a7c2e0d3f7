import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CONTRIBUTION_STATUS_LABELS } from '@partnership-tracker/domain';
import { Button, ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Table } from '@/components/Table';
import { Tag, type TagColour } from '@/components/Tag';
import { useMe } from '@/features/auth/hooks/useMe';
import { ActionContributionsQuery } from '@/features/alignment/graphql/ActionContributions.query';
import { ArchiveContributionMutation } from '@/features/alignment/graphql/ArchiveContribution.mutation';
import { DecideContributionMutation } from '@/features/alignment/graphql/DecideContribution.mutation';
import type { ContributionStatus } from '@/__generated__/graphql';

const STATUS_COLOURS: Record<ContributionStatus, TagColour> = {
  AGREED: 'green',
  PROPOSED: 'yellow',
  DECLINED: 'grey',
};

/**
 * What the action contributes to in other plans: priority, outcome, how and whether it is agreed,
 * in words. Admins agree or decline proposals and remove links; whoever may work on the action
 * proposes one (an admin's link is agreed at once).
 */
export function ActionContributions({ actionId }: { actionId: string }) {
  const { data } = useQuery(ActionContributionsQuery, {
    variables: { id: actionId },
    fetchPolicy: 'cache-and-network',
  });
  const { me } = useMe();
  const admin = me?.role === 'ADMIN';
  const refetch = { refetchQueries: ['ActionContributions'], awaitRefetchQueries: true };
  const [decide, decision] = useMutation(DecideContributionMutation, refetch);
  const [archive, removal] = useMutation(ArchiveContributionMutation, refetch);
  // After adding a link, the form comes back here and says what it did.
  const saved = (useLocation().state as { contributionSaved?: unknown } | null)?.contributionSaved;
  const [done, setDone] = useState<string | null>(typeof saved === 'string' ? saved : null);
  const action = data?.action;
  if (!action) return null;
  // The error shows in the banner below (the mutation's `error`); success says what changed.
  const run = async (change: Promise<unknown>, message: string) => {
    setDone(null);
    try {
      await change;
      setDone(message);
    } catch {
      // Shown from the mutation's error.
    }
  };
  const links = action.contributesTo;
  const failed = decision.error ?? removal.error;
  const busy = decision.loading || removal.loading;

  return (
    <section aria-labelledby="contributes-to">
      <h2 className="govuk-heading-m" id="contributes-to">
        Contributes to other plans
      </h2>
      {done && <NotificationBanner type="success" heading={done} />}
      {failed && (
        <NotificationBanner heading="The link was not changed">
          <p className="govuk-body">{failed.message}</p>
        </NotificationBanner>
      )}
      {links.length === 0 ? (
        <p className="govuk-body">This action is not linked to a priority of another plan.</p>
      ) : (
        <Table
          caption="Priorities of other plans this action contributes to"
          captionClassName="govuk-visually-hidden"
          columns={[
            { header: 'Plan and priority' },
            { header: 'Outcome' },
            { header: 'How it contributes' },
            { header: 'Status' },
            ...(admin ? [{ header: 'Change', label: 'Change' }] : []),
          ]}
          rows={links.map((c) => {
            const name = `priority ${c.priority.number} of ${c.priority.plan.title}`;
            return {
              key: c.id,
              cells: [
                <>
                  <Link className="govuk-link" to={`/priorities/${c.priority.id}`}>
                    Priority {c.priority.number}: {c.priority.title}
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block">{c.priority.plan.title}</span>
                </>,
                c.outcome ?? 'The whole priority',
                c.how ?? 'Not stated',
                <Tag colour={STATUS_COLOURS[c.status]}>{CONTRIBUTION_STATUS_LABELS[c.status]}</Tag>,
                ...(admin
                  ? [
                      <ButtonGroup>
                        {c.status === 'PROPOSED' && (
                          <>
                            <Button
                              type="button"
                              disabled={busy}
                              onClick={() =>
                                run(
                                  decide({ variables: { input: { id: c.id, agree: true } } }),
                                  `Link to ${name} agreed`,
                                )
                              }
                            >
                              Agree<span className="govuk-visually-hidden"> the link to {name}</span>
                            </Button>
                            <Button
                              type="button"
                              variant="secondary"
                              disabled={busy}
                              onClick={() =>
                                run(
                                  decide({ variables: { input: { id: c.id, agree: false } } }),
                                  `Link to ${name} declined`,
                                )
                              }
                            >
                              Decline<span className="govuk-visually-hidden"> the link to {name}</span>
                            </Button>
                          </>
                        )}
                        {c.status !== 'DECLINED' && (
                          <ButtonLink
                            to={`/actions/${action.id}/contributions/${c.id}/edit`}
                            variant="secondary"
                          >
                            Change<span className="govuk-visually-hidden"> the link to {name}</span>
                          </ButtonLink>
                        )}
                        {c.status === 'AGREED' && (
                          <Button
                            type="button"
                            variant="warning"
                            disabled={busy}
                            onClick={() =>
                              run(archive({ variables: { input: { id: c.id } } }), `Link to ${name} removed`)
                            }
                          >
                            Remove<span className="govuk-visually-hidden"> the link to {name}</span>
                          </Button>
                        )}
                      </ButtonGroup>,
                    ]
                  : []),
              ],
            };
          })}
        />
      )}
      {/* Proposing is for signed-in partners: an update link holder updates progress only. */}
      {me && action.canEdit && (
        <ButtonLink to={`/actions/${action.id}/contributions/new`} variant="secondary">
          {admin ? 'Link to a priority of another plan' : 'Propose a link to another plan'}
        </ButtonLink>
      )}
    </section>
  );
}
