import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ReviewAgendaQuery as ReviewAgendaData } from '@/__generated__/graphql';
import { getFragmentData } from '@/__generated__';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { AgendaTable, AgendaTable_item } from '@/features/reviews/components/AgendaTable';
import { ReviewNav } from '@/features/reviews/components/ReviewNav';
import { CycleStatusTag } from '@/features/reviews/components/ReviewTags';
import { ReviewAgendaQuery } from '@/features/reviews/graphql/ReviewAgenda.query';
import { formatDate } from '@/utils/dates';
import '@/features/reviews/reviews.css';

type Cycle = ReviewAgendaData['reviewCycle'];

/** The meeting's agenda: the exceptions of the quarter, in the order the meeting takes them. */
export function AgendaView({ cycle }: { cycle: Cycle }) {
  const { me } = useMe();
  const canReorder = me?.role === 'ADMIN' && cycle.status !== 'CLOSED';
  // A new order from the server starts the table again from it.
  const orderKey = cycle.agenda.map((i) => getFragmentData(AgendaTable_item, i).action.id).join();
  return (
    <Page
      title={`Agenda: ${cycle.quarter} review`}
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
      <div className="app-agenda-print">
        <PageHeading caption={cycle.plan.title}>Agenda: {cycle.quarter} review</PageHeading>
        <p className="govuk-body-l">
          Performance Scrutiny Meeting
          {cycle.meetingOn ? `, ${formatDate(cycle.meetingOn)}` : ': date not set'}
        </p>
        <p className="govuk-body app-no-print">
          Review status: <CycleStatusTag status={cycle.status} />
        </p>
        <ReviewNav cycleId={cycle.id} />
        <p className="govuk-body">
          The actions that need the meeting’s attention: red, amber and worse than last quarter, with an
          overdue milestone, with no update this quarter, or with a challenge not yet answered.
        </p>
        {canReorder && (
          <p className="govuk-body app-no-print">
            Move an action up or down to change the order the meeting takes them in. The order is saved as you
            go.
          </p>
        )}
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Print agenda
        </Button>
        <AgendaTable key={orderKey} cycleId={cycle.id} items={cycle.agenda} canReorder={canReorder} />
      </div>
    </Page>
  );
}

function AgendaLoader() {
  const { id = '' } = useParams();
  // A quarter's actions share their ids with every other quarter's: keep them out of the shared cache.
  const result = useQuery(ReviewAgendaQuery, { variables: { id }, fetchPolicy: 'no-cache' });
  return (
    <QueryResult result={result} what="agenda">
      {({ reviewCycle }) => <AgendaView cycle={reviewCycle} />}
    </QueryResult>
  );
}

export function AgendaPage() {
  return (
    <RequireSignIn>
      <AgendaLoader />
    </RequireSignIn>
  );
}
