import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ReviewMeetingQuery as ReviewMeetingData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { MeetingItem, meetingItem } from '@/features/reviews/components/MeetingItem';
import { RecordDecisionForm } from '@/features/reviews/components/RecordDecisionForm';
import { ReviewNav } from '@/features/reviews/components/ReviewNav';
import { CycleStatusTag } from '@/features/reviews/components/ReviewTags';
import { ReviewMeetingQuery } from '@/features/reviews/graphql/ReviewMeeting.query';
import { useLiveRefetch, type LiveChange } from '@/features/reviews/hooks/useLiveRefetch';
import { formatDate } from '@/utils/dates';
import { format, parseISO } from 'date-fns';
import '@/features/reviews/reviews.css';

function LiveStatus({ lastChange, connected }: { lastChange: LiveChange | null; connected: boolean | null }) {
  return (
    <div className="app-meeting-status">
      <p className="govuk-body-l govuk-!-margin-bottom-0" aria-live="polite">
        {lastChange
          ? `Updated just now${lastChange.actorName ? ` by ${lastChange.actorName}` : ''} (${format(parseISO(lastChange.at), 'h:mmaaa')})`
          : connected === false
            ? 'Live updates are not available: reload the page to see changes made by others.'
            : 'Changes made by others appear here as they are made, without reloading.'}
      </p>
    </div>
  );
}

function Meeting({ data, refetch }: { data: ReviewMeetingData; refetch: () => Promise<unknown> }) {
  const { me } = useMe();
  const { reviewCycle: cycle, partners } = data;
  const live = useLiveRefetch({ planId: cycle.plan.id, cycleId: cycle.id, refetch });
  const [openFor, setOpenFor] = useState<string | null>(null);
  const canDecide = me?.role === 'ADMIN' && cycle.status !== 'CLOSED' && cycle.status !== 'PLANNED';
  const items = cycle.agenda.map(meetingItem);

  return (
    <Page
      title={`Meeting: ${cycle.quarter} review`}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: cycle.plan.title, to: `/plans/${cycle.plan.slug}` },
            { text: 'Quarterly reviews', to: `/plans/${cycle.plan.slug}/reviews` },
            { text: `${cycle.quarter} review`, to: `/reviews/${cycle.id}` },
          ]}
        />
      }
    >
      <div className="app-meeting">
        <PageHeading caption={cycle.plan.title} size="xl">
          Meeting: {cycle.quarter} review
        </PageHeading>
        <p className="govuk-body-l">
          Performance Scrutiny Meeting{cycle.meetingOn ? `, ${formatDate(cycle.meetingOn)}` : ''}. Review
          status: <CycleStatusTag status={cycle.status} />
        </p>
        <LiveStatus lastChange={live.lastChange} connected={live.connected} />
        <ReviewNav cycleId={cycle.id} />
        {items.length === 0 && (
          <p className="govuk-body-l">No actions need the meeting’s attention this quarter.</p>
        )}
        {items.map((item) => {
          const a = item.action;
          return (
            <MeetingItem key={a.id} item={item}>
              {canDecide &&
                (openFor === a.id ? (
                  <>
                    <RecordDecisionForm
                      cycleId={cycle.id}
                      action={{ id: a.id, ref: a.ref, status: a.status }}
                      partners={partners}
                      onSaved={() => void refetch()}
                      level={3}
                    />
                    <Button type="button" variant="secondary" onClick={() => setOpenFor(null)}>
                      Close the form<span className="govuk-visually-hidden"> for action {a.ref}</span>
                    </Button>
                  </>
                ) : (
                  <Button type="button" variant="secondary" onClick={() => setOpenFor(a.id)}>
                    Record a decision<span className="govuk-visually-hidden"> on action {a.ref}</span>
                  </Button>
                ))}
            </MeetingItem>
          );
        })}
      </div>
    </Page>
  );
}

function MeetingLoader() {
  const { id = '' } = useParams();
  // A quarter's actions share their ids with every other quarter's: keep them out of the shared cache.
  const result = useQuery(ReviewMeetingQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  return (
    <QueryResult result={result} what="meeting">
      {(data) => <Meeting data={data} refetch={() => result.refetch()} />}
    </QueryResult>
  );
}

export function MeetingPage() {
  return (
    <RequireSignIn>
      <MeetingLoader />
    </RequireSignIn>
  );
}
