import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ActionDetailQuery as ActionDetailQueryData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Loading, Page, PageHeading } from '@/components/Page';
import { ProgressBar } from '@/components/ProgressBar';
import { QueryError } from '@/components/QueryError';
import { SummaryList } from '@/components/SummaryList';
import { Tag } from '@/components/Tag';
import { InsetText, WarningText } from '@/components/WarningText';
import { AuditEventsTable } from '@/features/audit/components/AuditEventsTable';
import { useMe } from '@/features/auth/hooks/useMe';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { whoCanUpdate } from '@/features/actions/components/CannotUpdate';
import { RagTag } from '@/features/actions/components/RagTag';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import { AREA_LABELS } from '@/features/actions/utils/labels';
import { readSavedState, type SavedState } from '@/features/actions/utils/savedState';
import { ActionContributions } from '@/features/alignment/components/ActionContributions';
import { DueDateAgainstBaseline } from '@/features/amendments/components/DueDateAgainstBaseline';
import { MilestonesTable } from '@/features/milestones/components/MilestonesTable';
import { ProgressUpdates } from '@/features/updates/components/ProgressUpdates';
import { EvidenceFiles } from '@/features/evidence/components/EvidenceFiles';
import { staleDays } from '@/features/updates/utils/staleDays';
import { formatDate, formatDateTime } from '@/utils/dates';

function SavedBanner({ saved, actionRef }: { saved: SavedState; actionRef: string }) {
  switch (saved.saved) {
    case 'action':
      return <NotificationBanner type="success" heading={`Action ${actionRef} updated`} />;
    case 'created':
      return <NotificationBanner type="success" heading={`Action ${actionRef} added`} />;
    case 'update':
      return <NotificationBanner type="success" heading="Update recorded" />;
    case 'milestone':
      return (
        <NotificationBanner type="success" heading="Milestone added">
          <p className="govuk-body">
            {saved.milestoneTitle
              ? `‘${saved.milestoneTitle}’ is now in the milestones below.`
              : 'It is in the milestones below.'}
          </p>
        </NotificationBanner>
      );
    case 'milestoneUpdated':
      return (
        <NotificationBanner type="success" heading="Milestone updated">
          {saved.milestoneTitle && (
            <p className="govuk-body">Your changes to ‘{saved.milestoneTitle}’ are saved.</p>
          )}
        </NotificationBanner>
      );
  }
}

/** Every attempt to change the action or its milestones, for people who sign in. */
function ActionHistory({
  events,
  partners,
}: {
  events: NonNullable<ActionDetailQueryData['action']['history']>;
  partners: { id: string; name: string }[];
}) {
  const names = new Map(partners.map((p) => [p.id, p.name]));
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      {events.length === 0 ? (
        <p className="govuk-body">No changes have been recorded yet.</p>
      ) : (
        <AuditEventsTable
          events={events}
          caption="History of changes"
          captionClassName="govuk-visually-hidden"
          detail="brief"
          linkToActions={false}
          partnerName={(id) => names.get(id)}
        />
      )}
    </>
  );
}

export function ActionPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = readSavedState(location.state);
  const { data, error, loading } = useQuery(ActionDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const action = data?.action;
  const { me } = useMe();

  if (error && !action) return <QueryError error={error} />;
  if (!action) return loading ? <Loading what="action" /> : <QueryError error={error} />;

  const { plan, priority } = action;
  // Signed-in users and update-link holders work on the action; the public reads its summary.
  const working = Boolean(me) || action.canEdit;
  return (
    <Page
      title={`Action ${action.ref}: ${action.title}`}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: plan.title, to: `/plans/${plan.slug}` },
            { text: `Priority ${priority.number}`, to: `/plans/${plan.slug}#priority-${priority.number}` },
          ]}
        />
      }
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {saved && <SavedBanner saved={saved} actionRef={action.ref} />}
          <PageHeading caption={`Priority ${priority.number}: ${priority.title}`}>
            Action {action.ref}: {action.title}
          </PageHeading>
          {action.stale && (
            <WarningText>
              Stale: no update for {staleDays(action.latestUpdate?.createdAt ?? action.createdAt)} days
            </WarningText>
          )}
          {me && !action.canEdit && (
            <InsetText>
              <p className="govuk-body">{whoCanUpdate(action)}</p>
            </InsetText>
          )}
          {action.canEdit && (
            <ButtonGroup>
              <ButtonLink to={`/actions/${action.id}/update`}>Record an update</ButtonLink>
              <ButtonLink to={`/actions/${action.id}/edit`} variant="secondary">
                Update this action
              </ButtonLink>
              <ButtonLink to={`/actions/${action.id}/milestones/new`} variant="secondary">
                Add a milestone
              </ButtonLink>
            </ButtonGroup>
          )}
          <SummaryList
            rows={[
              {
                key: 'Lead partner',
                value: (
                  <Link className="govuk-link" to={`/partners/${action.leadPartner.id}`}>
                    {action.leadPartner.name}
                  </Link>
                ),
              },
              {
                key: 'Supporting partners',
                value:
                  action.supportingPartners.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="govuk-list">
                      {action.supportingPartners.map((p) => (
                        <li key={p.id}>
                          <Link className="govuk-link" to={`/partners/${p.id}`}>
                            {p.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { key: 'Status', value: <ActionStatusTag status={action.status} /> },
              {
                key: 'RAG status',
                value: (
                  <>
                    <RagTag rag={action.rag} />
                    {action.ragReason && ` – reason: ${action.ragReason}`}
                  </>
                ),
              },
              { key: 'Progress', value: <ProgressBar value={action.progress} /> },
              { key: 'Start date', value: action.startDate ? formatDate(action.startDate) : 'Not set' },
              {
                key: 'Due date',
                value: (
                  <DueDateAgainstBaseline
                    action={action}
                    planSlug={plan.slug}
                    canAmend={me?.role === 'ADMIN' && plan.status === 'ACTIVE'}
                  />
                ),
              },
              {
                key: 'Overdue',
                value: action.overdue ? <Tag colour="red">Overdue</Tag> : 'No',
              },
              { key: 'Area', value: AREA_LABELS[action.area] },
              { key: 'Last updated', value: formatDateTime(action.updatedAt) },
            ]}
          />
          {/* The public reads the public summary; the description is the partnership's working text. */}
          {working && (
            <>
              <h2 className="govuk-heading-m">Description</h2>
              {action.description ? (
                action.description.split(/\n{2,}/).map((para, i) => (
                  <p className="govuk-body app-pre-line" key={i}>
                    {para}
                  </p>
                ))
              ) : (
                <p className="govuk-body">No description yet.</p>
              )}
            </>
          )}
          <h2 className="govuk-heading-m">{working ? 'Public summary' : 'Summary'}</h2>
          {working && (
            <p className="govuk-body">
              <Tag colour={action.published ? 'green' : 'grey'}>
                {action.published ? 'Published' : 'Not published'}
              </Tag>{' '}
              {action.published
                ? 'Shown on the public progress page and in open data.'
                : 'Only the partnership can see this action.'}
            </p>
          )}
          {action.publicSummary ? (
            <p className="govuk-body app-pre-line">{action.publicSummary}</p>
          ) : (
            <p className="govuk-body">No summary yet.</p>
          )}
          <MilestonesTable action={action} />
          <ActionContributions actionId={action.id} />
          <ProgressUpdates action={action} />
          {working && <EvidenceFiles action={action} isAdmin={me?.role === 'ADMIN'} />}
          {action.history && <ActionHistory events={action.history} partners={data.partners} />}
        </div>
      </div>
    </Page>
  );
}
