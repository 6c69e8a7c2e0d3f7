import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ReviewCycleQuery as ReviewCycleData, ReviewCycleStatus } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button, ButtonGroup, ButtonLink } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { InsetText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { QuestionsSection } from '@/features/reviews/components/QuestionsSection';
import { ReviewNav } from '@/features/reviews/components/ReviewNav';
import { CycleStatusTag } from '@/features/reviews/components/ReviewTags';
import { SnapshotView } from '@/features/reviews/components/SnapshotView';
import { SummaryListWithActions } from '@/features/reviews/components/SummaryListWithActions';
import { MoveReviewCycleMutation } from '@/features/reviews/graphql/MoveReviewCycle.mutation';
import { ReviewCycleQuery } from '@/features/reviews/graphql/ReviewCycle.query';
import { CYCLE_STATUS_LABELS, moveLabel } from '@/features/reviews/utils/labels';
import { quarterPath } from '@/features/reviews/utils/quarters';
import { readReviewSavedState, type ReviewSavedState } from '@/features/reviews/utils/savedState';
import { formatDate, formatDateTime } from '@/utils/dates';
import { apiErrors, errorCode, GENERIC_ERROR } from '@/utils/graphqlErrors';
import '@/features/reviews/reviews.css';

type Cycle = ReviewCycleData['reviewCycle'];

function SavedBanner({ saved }: { saved: ReviewSavedState }) {
  switch (saved.saved) {
    case 'created':
      return (
        <NotificationBanner type="success" heading="Review set up">
          <p className="govuk-body">Open it for updates when partners should start updating their actions.</p>
        </NotificationBanner>
      );
    case 'datesChanged':
      return <NotificationBanner type="success" heading="Review dates changed" />;
    case 'closed':
      return (
        <NotificationBanner type="success" heading="Review closed">
          <p className="govuk-body">The quarter is frozen. Later changes do not alter it.</p>
        </NotificationBanner>
      );
    case 'questionAdded':
      return <NotificationBanner type="success" heading="Question added" />;
    case 'questionUpdated':
      return <NotificationBanner type="success" heading="Question updated" />;
  }
}

/** Admins move the review one step on or back; closing has its own confirmation page. */
function MoveButtons({
  cycle,
  onMoved,
  onStale,
}: {
  cycle: Cycle;
  onMoved: (to: ReviewCycleStatus) => void;
  /** The move failed: fetch the review as it is now, so the next move is from the right place. */
  onStale: () => void;
}) {
  const [move, { loading }] = useMutation(MoveReviewCycleMutation);
  const [problem, setProblem] = useState<{ text: string; attempt: number } | null>(null);
  if (cycle.canMoveTo.length === 0) return null;

  const onMove = async (to: ReviewCycleStatus) => {
    setProblem(null);
    try {
      await move({ variables: { input: { id: cycle.id, expectedVersion: cycle.version, to } } });
      onMoved(to);
    } catch (error) {
      const text =
        errorCode(error) === 'CONFLICT'
          ? 'Someone else changed this review after you opened it. It now shows their change: check it, then try again if you still need to.'
          : (apiErrors(error)[0]?.message ?? GENERIC_ERROR);
      setProblem((p) => ({ text, attempt: (p?.attempt ?? 0) + 1 }));
      onStale();
    }
  };

  return (
    <>
      <ErrorSummary errors={problem ? [{ text: problem.text }] : []} focusKey={problem?.attempt} />
      <ButtonGroup>
        {cycle.canMoveTo.map((to) =>
          to === 'CLOSED' ? (
            <ButtonLink key={to} to={`/reviews/${cycle.id}/close`} variant="warning">
              Close the review
            </ButtonLink>
          ) : (
            <Button
              key={to}
              type="button"
              variant={cycle.canMoveTo.indexOf(to) === 0 ? 'primary' : 'secondary'}
              disabled={loading}
              onClick={() => onMove(to)}
            >
              {moveLabel(cycle.status, to)}
            </Button>
          ),
        )}
      </ButtonGroup>
    </>
  );
}

function ReviewCycleView({ cycle, refetch }: { cycle: Cycle; refetch: () => void }) {
  const { me } = useMe();
  const { state } = useLocation();
  const [moved, setMoved] = useState<{ to: ReviewCycleStatus; n: number } | null>(null);
  const saved = moved ? null : readReviewSavedState(state);
  const admin = me?.role === 'ADMIN';
  const closed = cycle.status === 'CLOSED';
  const planHref = `/plans/${cycle.plan.slug}`;
  // A closed review's dates are part of the frozen quarter.
  const changeDates = admin && !closed ? `/reviews/${cycle.id}/edit` : null;

  // A move stays on this page: its banner takes focus, as a banner after a navigation does.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (moved) banner.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [moved]);

  return (
    <Page
      title={`${cycle.quarter} review: ${cycle.plan.title}`}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: cycle.plan.title, to: planHref },
            { text: 'Quarterly reviews', to: `${planHref}/reviews` },
          ]}
        />
      }
    >
      {saved && <SavedBanner saved={saved} />}
      <div ref={banner}>
        {moved && (
          <NotificationBanner
            type="success"
            heading={`Review moved to ‘${CYCLE_STATUS_LABELS[moved.to].toLowerCase()}’`}
          />
        )}
      </div>
      <PageHeading caption={cycle.plan.title}>{cycle.quarter} review</PageHeading>
      <SummaryListWithActions
        rows={[
          { key: 'Status', value: <CycleStatusTag status={cycle.status} /> },
          {
            key: 'Update window',
            value: `${formatDate(cycle.opensOn)} to ${formatDate(cycle.deadline)}`,
            change: changeDates ? { to: changeDates, what: 'update window' } : undefined,
          },
          {
            key: 'Performance Scrutiny Meeting',
            value: cycle.meetingOn ? formatDate(cycle.meetingOn) : 'Not set',
            change: changeDates ? { to: changeDates, what: 'meeting date' } : undefined,
          },
          {
            key: 'On the agenda',
            value: `${cycle.agenda.length} ${cycle.agenda.length === 1 ? 'action' : 'actions'}`,
          },
          ...(closed && cycle.closedAt
            ? [
                {
                  key: 'Closed',
                  value: `${formatDateTime(cycle.closedAt)} by ${cycle.closedBy ?? 'unknown'}`,
                },
              ]
            : []),
        ]}
      />
      {admin && (
        <MoveButtons
          cycle={cycle}
          onMoved={(to) => {
            setMoved((m) => ({ to, n: (m?.n ?? 0) + 1 }));
            refetch();
          }}
          onStale={() => {
            setMoved(null);
            refetch();
          }}
        />
      )}
      <ReviewNav cycleId={cycle.id} />

      <h2 className="govuk-heading-l">Actions this quarter</h2>
      {closed ? (
        <InsetText>
          <p className="govuk-body">
            This review is closed. It shows the plan as frozen
            {cycle.closedAt && ` on ${formatDateTime(cycle.closedAt)}`}
            {cycle.closedBy && ` by ${cycle.closedBy}`}; later changes do not alter it. Nothing more can be
            added to it.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`${planHref}/quarters/${quarterPath(cycle.quarter)}`}>
              View the {cycle.quarter} snapshot
            </Link>{' '}
            or{' '}
            <Link
              className="govuk-link"
              to={`${planHref}/compare?${new URLSearchParams({ from: cycle.quarter, to: '' })}`}
            >
              compare it with now
            </Link>
            .
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`${planHref}/reports`}>
              Make or download the Panel report for {cycle.quarter}
            </Link>
          </p>
        </InsetText>
      ) : (
        <p className="govuk-body">
          The live data: it is frozen when the review closes. Select ‘Review’ to read an action’s review notes
          {admin ? ' and record a decision' : ''}.
        </p>
      )}
      <SnapshotView
        snapshot={cycle.picture}
        level={3}
        reviewHref={(actionId) => `/reviews/${cycle.id}/actions/${actionId}`}
      />

      <QuestionsSection cycleId={cycle.id} questions={cycle.questions} canEdit={admin} />
    </Page>
  );
}

function ReviewCycleLoader() {
  const { id = '' } = useParams();
  // A quarter's actions share their ids with every other quarter's: keep them out of the shared cache.
  const result = useQuery(ReviewCycleQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  return (
    <QueryResult result={result} what="review">
      {({ reviewCycle }) => <ReviewCycleView cycle={reviewCycle} refetch={() => void result.refetch()} />}
    </QueryResult>
  );
}

export function ReviewCyclePage() {
  return (
    <RequireSignIn>
      <ReviewCycleLoader />
    </RequireSignIn>
  );
}
