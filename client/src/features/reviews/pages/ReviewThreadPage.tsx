import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ReviewThreadQuery as ReviewThreadData } from '@/__generated__/graphql';
import { getFragmentData } from '@/__generated__';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Page, PageHeading } from '@/components/Page';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { SummaryList } from '@/components/SummaryList';
import { InsetText } from '@/components/WarningText';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { AddFollowUpForm } from '@/features/reviews/components/AddFollowUpForm';
import { AnswerChallengeForm } from '@/features/reviews/components/AnswerChallengeForm';
import { FollowUpsTable } from '@/features/reviews/components/FollowUpsTable';
import { RecordDecisionForm } from '@/features/reviews/components/RecordDecisionForm';
import { ReviewEntries, ReviewEntries_entry } from '@/features/reviews/components/ReviewEntries';
import { CycleStatusTag, DecisionTag } from '@/features/reviews/components/ReviewTags';
import { ReviewThreadQuery } from '@/features/reviews/graphql/ReviewThread.query';
import { formatDateTime } from '@/utils/dates';
import '@/features/reviews/reviews.css';

type Data = ReviewThreadData;

function ReviewThreadView({ data, refetch }: { data: Data; refetch: () => void }) {
  // Keeps the answer form (and its confirmation) on the page after the answer closes the challenge.
  const [answered, setAnswered] = useState(false);
  const { me } = useMe();
  const { reviewCycle: cycle, action, partners } = data;
  const shown = cycle.picture.actions.find((a) => a.id === action.id);
  const thread = cycle.threads.find((t) => t.actionId === action.id);
  if (!shown) return <NotFound />;

  const admin = me?.role === 'ADMIN';
  const partner = me?.role === 'PARTNER_LEAD' || me?.role === 'PARTNER_EDITOR';
  const closed = cycle.status === 'CLOSED';
  const cycleHref = `/reviews/${cycle.id}`;
  const entries = thread?.entries ?? [];
  // The challenge to answer: the latest one, as the partner reads it.
  const challenge = [...entries]
    .map((e) => getFragmentData(ReviewEntries_entry, e))
    .reverse()
    .find((e) => e.kind === 'DECISION' && e.decision === 'CHALLENGED');

  return (
    <Page
      title={`Action ${shown.ref}: ${cycle.quarter} review`}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: cycle.plan.title, to: `/plans/${cycle.plan.slug}` },
            { text: 'Quarterly reviews', to: `/plans/${cycle.plan.slug}/reviews` },
            { text: `${cycle.quarter} review`, to: cycleHref },
          ]}
        />
      }
    >
      <PageHeading caption={`${cycle.quarter} review`}>
        Action {shown.ref}: {shown.title}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Review', value: <CycleStatusTag status={cycle.status} /> },
          { key: 'Lead', value: shown.leadPartnerName },
          { key: 'Status', value: <ActionStatusTag status={shown.status} /> },
          { key: 'RAG', value: <RagTag rag={shown.rag} reason={shown.ragReason} /> },
          { key: 'Progress', value: `${shown.progress}% complete` },
          {
            key: 'Latest commentary',
            value: shown.latestCommentary ? (
              <>
                <span className="app-pre-line">{shown.latestCommentary}</span>
                <span className="govuk-body-s app-cell-note">
                  {shown.latestUpdateAt && `Reported ${formatDateTime(shown.latestUpdateAt)}. `}
                  {shown.updatedThisQuarter ? 'Updated this quarter.' : 'Not updated this quarter.'}
                </span>
              </>
            ) : (
              'No update yet'
            ),
          },
          {
            key: 'Latest decision',
            value: thread?.decision ? (
              <DecisionTag decision={thread.decision} escalatedTo={thread.escalatedTo} />
            ) : (
              'None yet'
            ),
          },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/actions/${action.id}`}>
          Go to action {shown.ref}
        </Link>{' '}
        for its milestones and every progress update.
      </p>
      {closed && (
        <InsetText>
          This review is closed: the quarter is frozen, so nothing more can be added. The figures above are as
          they were when it closed.
        </InsetText>
      )}

      <h2 className="govuk-heading-l">Review notes</h2>
      {thread?.openChallenge && (
        <p className="govuk-body">
          <strong>Waiting for an answer from the partner.</strong>
        </p>
      )}
      <ReviewEntries entries={entries} />

      <h2 className="govuk-heading-l">Follow-ups</h2>
      <FollowUpsTable
        followUps={thread?.followUps ?? []}
        caption={`Follow-ups on action ${shown.ref}`}
        readOnly={closed}
        empty="No follow-ups on this action."
        onChanged={refetch}
      />
      {admin && !closed && (
        <AddFollowUpForm
          cycleId={cycle.id}
          action={{ id: action.id, ref: shown.ref }}
          partners={partners}
          onSaved={refetch}
        />
      )}

      {partner && action.canEdit && (thread?.openChallenge || answered) && !closed && (
        <AnswerChallengeForm
          cycleId={cycle.id}
          actionId={action.id}
          challenge={challenge?.body ?? null}
          onSaved={() => {
            setAnswered(true);
            refetch();
          }}
        />
      )}
      {admin && !closed && cycle.status === 'PLANNED' && (
        <InsetText>Open the review for updates before recording decisions.</InsetText>
      )}
      {admin && !closed && cycle.status !== 'PLANNED' && (
        <RecordDecisionForm
          cycleId={cycle.id}
          action={{ id: action.id, ref: shown.ref, status: action.status }}
          partners={partners}
          onSaved={refetch}
        />
      )}
    </Page>
  );
}

function ReviewThreadLoader() {
  const { id = '', actionId = '' } = useParams();
  // A quarter's actions share their ids with every other quarter's: keep them out of the shared cache.
  const result = useQuery(ReviewThreadQuery, { variables: { id, actionId }, fetchPolicy: 'no-cache' });
  return (
    <QueryResult result={result} what="review">
      {(data) => <ReviewThreadView data={data} refetch={() => void result.refetch()} />}
    </QueryResult>
  );
}

export function ReviewThreadPage() {
  return (
    <RequireSignIn>
      <ReviewThreadLoader />
    </RequireSignIn>
  );
}
