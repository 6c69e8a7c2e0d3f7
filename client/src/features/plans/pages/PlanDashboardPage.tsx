import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { leadSentence } from '@/utils/leadSentence';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Loading, Page, PageHeading } from '@/components/Page';
import { ProgressBar } from '@/components/ProgressBar';
import { QueryError } from '@/components/QueryError';
import { SummaryList } from '@/components/SummaryList';
import { useMe } from '@/features/auth/hooks/useMe';
import { DeliveredThrough } from '@/features/alignment/components/DeliveredThrough';
import { PlanIndicators } from '@/features/indicators/components/PlanIndicators';
import { PlanActions } from '@/features/plans/components/PlanActions';
import { PlanBaseline } from '@/features/amendments/components/PlanBaseline';
import { isBaselined } from '@partnership-tracker/domain';
import { PlanStatusTag } from '@/features/plans/components/PlanStatusTag';
import { PrioritySection } from '@/features/plans/components/PrioritySection';
import { RagCountsList } from '@/features/plans/components/RagCountsList';
import { StatusCountsList } from '@/features/plans/components/StatusCountsList';
import { PlanDashboardQuery } from '@/features/plans/graphql/PlanDashboard.query';
import { readPlanSavedState, type PlanSavedState } from '@/features/plans/utils/savedState';
import { formatDate } from '@/utils/dates';

function SavedBanner({ saved }: { saved: PlanSavedState }) {
  switch (saved.saved) {
    case 'planCreated':
      return (
        <NotificationBanner type="success" heading="Plan added">
          <p className="govuk-body">Add its priorities, then the actions under each priority.</p>
        </NotificationBanner>
      );
    case 'planUpdated':
      return <NotificationBanner type="success" heading="Plan updated" />;
    case 'priorityCreated':
      return <NotificationBanner type="success" heading={`Priority ${saved.number} added`} />;
    case 'actionArchived':
      return (
        <NotificationBanner type="success" heading={`Action ${saved.actionRef} archived`}>
          <p className="govuk-body">It no longer shows in the plan. Its history is kept.</p>
        </NotificationBanner>
      );
  }
}

/**
 * The plan's summary, short on the first screen so progress and RAG are in view: its first
 * sentence, with the rest behind "Read the whole summary".
 */
function PlanSummaryText({ summary }: { summary: string }) {
  const { lead, rest } = leadSentence(summary);
  return (
    <>
      <p className="govuk-body-l">{lead}</p>
      {rest && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Read the whole summary</span>
          </summary>
          <div className="govuk-details__text app-pre-line">{rest}</div>
        </details>
      )}
    </>
  );
}

export function PlanDashboardPage() {
  const { slug = '' } = useParams();
  const { hash, state } = useLocation();
  const saved = readPlanSavedState(state);
  const { me } = useMe();
  const { data, error, loading } = useQuery(PlanDashboardQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.plan;

  // Links such as /plans/x#priority-2 (from an action's breadcrumbs) scroll once the plan is shown.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!plan || !hash || scrolledTo.current === hash) return;
    scrolledTo.current = hash;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [plan, hash]);

  if (error && !plan) return <QueryError error={error} />;
  if (!plan) return loading ? <Loading what="plan" /> : <QueryError error={error} />;

  const overdueMilestones = plan.overdueMilestones.length;
  const admin = me?.role === 'ADMIN';
  return (
    <Page title={plan.title} beforeContent={<Breadcrumbs items={[{ text: 'Plans', to: '/' }]} />}>
      {saved && <SavedBanner saved={saved} />}
      <PageHeading>{plan.title}</PageHeading>
      {plan.summary && <PlanSummaryText summary={plan.summary} />}
      <h2 className="govuk-heading-l">Progress</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <h3 className="govuk-heading-s">Overall progress</h3>
          <p className="govuk-body">
            <ProgressBar value={plan.progress} />
          </p>
          <p className="govuk-body-s">Weighted by each action’s size. Cancelled actions are left out.</p>
          <h3 className="govuk-heading-s">Overdue</h3>
          <ul className="govuk-list">
            <li>
              {plan.overdueActionCount} overdue {plan.overdueActionCount === 1 ? 'action' : 'actions'}
            </li>
            <li>
              {overdueMilestones} overdue {overdueMilestones === 1 ? 'milestone' : 'milestones'}
            </li>
          </ul>
          <PlanBaseline plan={plan} signedIn={Boolean(me)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <h3 className="govuk-heading-s">RAG status of {plan.actionCount} actions</h3>
          <RagCountsList counts={plan.ragCounts} />
        </div>
        <div className="govuk-grid-column-one-third">
          <h3 className="govuk-heading-s">Delivery status</h3>
          <StatusCountsList counts={plan.statusCounts} />
        </div>
      </div>

      <h2 className="govuk-heading-l">About the plan</h2>
      <SummaryList
        rows={[
          { key: 'Status', value: <PlanStatusTag status={plan.status} /> },
          { key: 'Runs', value: `${formatDate(plan.startDate)} to ${formatDate(plan.endDate)}` },
          {
            key: 'Owner',
            value: (
              <Link className="govuk-link" to={`/partners/${plan.owner.id}`}>
                {plan.owner.name}
              </Link>
            ),
          },
        ]}
      />
      {admin && (
        <ButtonGroup>
          <ButtonLink to={`/plans/${plan.slug}/edit`} variant="secondary">
            Change plan details
          </ButtonLink>
          <ButtonLink to={`/plans/${plan.slug}/rules`} variant="secondary">
            RAG rule and reminders
          </ButtonLink>
          <ButtonLink to={`/plans/${plan.slug}/import`} variant="secondary">
            Import from a spreadsheet
          </ButtonLink>
        </ButtonGroup>
      )}

      {me && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/plans/${plan.slug}/reviews`}>
            Quarterly reviews
          </Link>
          : each quarter’s review, its agenda and frozen snapshots, and comparisons between quarters.
        </p>
      )}
      {me && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/plans/${plan.slug}/reports`}>
            Panel reports
          </Link>
          : the report pack for the Police and Crime Panel, as PDF, Word, Excel or CSV.
        </p>
      )}

      <PlanIndicators plan={plan} />

      <h2 className="govuk-heading-l">Priorities</h2>
      {plan.priorities.length === 0 && <p className="govuk-body">This plan has no priorities yet.</p>}
      {admin && (
        <ButtonGroup>
          <ButtonLink to={`/plans/${plan.slug}/priorities/new`} variant="secondary">
            Add a priority
          </ButtonLink>
        </ButtonGroup>
      )}
      {plan.priorities.map((priority) => (
        // An active plan's actions are added by amendment (Amendments and plan versions).
        <PrioritySection
          key={priority.id}
          priority={priority}
          canAddAction={admin && !isBaselined(plan.status)}
        />
      ))}

      <DeliveredThrough slug={plan.slug} />

      <PlanActions planSlug={plan.slug} partners={data.partners} />
    </Page>
  );
}
