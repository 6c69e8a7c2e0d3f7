import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Table } from '@/components/Table';
import { MyReviewTasksQuery } from '@/features/reviews/graphql/MyReviewTasks.query';
import { formatDateTime } from '@/utils/dates';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';
import { FollowUpsTable } from './FollowUpsTable';
import '@/features/reviews/reviews.css';

/**
 * On a partner's home page: challenges from quarterly reviews waiting for their answer, and the
 * follow-ups their organisation owns that are not done yet.
 */
export function ReviewTasksPanel() {
  const { data, error, loading, refetch } = useQuery(MyReviewTasksQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.myReviewTasks;
  return (
    <section aria-labelledby="review-tasks-heading" className="app-review-tasks">
      <h2 className="govuk-heading-l" id="review-tasks-heading">
        Reviews: what you need to do
      </h2>
      {!tasks ? (
        <p className="govuk-body" role="status">
          {error ? GENERIC_ERROR : loading ? 'Loading review tasks…' : ''}
        </p>
      ) : (
        <>
          <h3 className="govuk-heading-m">Challenges to answer</h3>
          {tasks.challenges.length === 0 ? (
            <p className="govuk-body">No challenges are waiting for your answer.</p>
          ) : (
            <Table
              caption="Challenges to answer"
              captionClassName="govuk-visually-hidden"
              columns={[
                { header: 'Action' },
                { header: 'Review' },
                { header: 'The challenge' },
                { header: <span className="govuk-visually-hidden">Answer</span> },
              ]}
              rows={tasks.challenges.map((t) => {
                const challenge = [...t.entries]
                  .reverse()
                  .find((e) => e.kind === 'DECISION' && e.decision === 'CHALLENGED');
                return {
                  key: `${t.cycleId}-${t.actionId}`,
                  cells: [
                    `${t.action.ref} ${t.action.title}`,
                    `${t.cycle.quarter}, ${t.cycle.plan.title}`,
                    challenge ? (
                      <>
                        <span className="app-pre-line">{challenge.body}</span>
                        <span className="govuk-body-s app-cell-note">
                          {challenge.authorName}, {formatDateTime(challenge.createdAt)}
                        </span>
                      </>
                    ) : (
                      ''
                    ),
                    <Link className="govuk-link" to={`/reviews/${t.cycleId}/actions/${t.actionId}`}>
                      Answer
                      <span className="govuk-visually-hidden"> the challenge on action {t.action.ref}</span>
                    </Link>,
                  ],
                };
              })}
            />
          )}
          <h3 className="govuk-heading-m">Follow-ups to do</h3>
          <FollowUpsTable
            followUps={tasks.followUps}
            caption="Open follow-ups your organisation owns, soonest first"
            showAction
            empty="Your organisation has no open follow-ups."
            onChanged={() => void refetch()}
          />
        </>
      )}
    </section>
  );
}
