import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@/components/Button';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/auth/hooks/useMe';
import { PlanSummary } from '@/features/plans/components/PlanSummary';
import { PlansListQuery } from '@/features/plans/graphql/PlansList.query';

export function PlansListPage() {
  const { me } = useMe();
  const { data, error, loading } = useQuery(PlansListQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="plans" /> : <QueryError error={error} />;

  return (
    <Page title="Plans">
      <PageHeading>Plans</PageHeading>
      <p className="govuk-body-l">
        The plans the partnership is delivering, with the progress of their actions.
      </p>
      {me?.role === 'ADMIN' && <ButtonLink to="/plans/new">Add a plan</ButtonLink>}
      {data.plans.length === 0 ? (
        <p className="govuk-body">There are no plans to show yet.</p>
      ) : (
        data.plans.map((plan) => <PlanSummary key={plan.id} plan={plan} />)
      )}
    </Page>
  );
}
