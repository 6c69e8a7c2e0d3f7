import { useQuery } from '@apollo/client/react';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { ReviewTasksPanel } from '@/features/reviews/components/ReviewTasksPanel';
import { MyActionsTable } from '@/features/updates/components/MyActionsTable';
import { MyActionsQuery } from '@/features/updates/graphql/MyActions.query';

function MyActions() {
  const { me } = useMe();
  // Review challenges and follow-ups are for signed-in partner staff, not update link holders.
  const partnerUser = me?.role === 'PARTNER_LEAD' || me?.role === 'PARTNER_EDITOR';
  const result = useQuery(MyActionsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <QueryResult result={result} what="actions">
      {({ myActions }) =>
        !myActions ? (
          <Page title="My actions">
            <PageHeading>My actions</PageHeading>
            <p className="govuk-body">
              This page lists the actions of a partner organisation. Your account is not with a partner that
              leads or supports actions.
            </p>
          </Page>
        ) : (
          <Page title="My actions">
            <PageHeading caption={myActions.partner.name}>My actions</PageHeading>
            <p className="govuk-body">
              The actions {myActions.partner.name} leads or supports, and what each needs from you.
            </p>
            {partnerUser && <ReviewTasksPanel />}
            <h2 className="govuk-heading-m">Overdue milestones</h2>
            <MyActionsTable
              actions={myActions.overdueMilestones}
              caption="Actions with overdue milestones"
              empty="No actions have overdue milestones."
            />
            <h2 className="govuk-heading-m">Needs an update this quarter ({myActions.quarter})</h2>
            <MyActionsTable
              actions={myActions.needsUpdate}
              caption={`Actions that need an update in ${myActions.quarter}`}
              empty={`Every open action has an update for ${myActions.quarter}.`}
            />
            <h2 className="govuk-heading-m">Up to date</h2>
            <MyActionsTable
              actions={myActions.upToDate}
              caption="Actions that are up to date"
              empty="No actions are up to date yet."
            />
          </Page>
        )
      }
    </QueryResult>
  );
}

export function MyActionsPage() {
  return (
    <RequireSignIn allowUpdateLink>
      <MyActions />
    </RequireSignIn>
  );
}
