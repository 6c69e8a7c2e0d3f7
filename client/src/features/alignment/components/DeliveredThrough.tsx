import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ContributingActionsTable } from '@/features/alignment/components/ContributingActionsTable';
import { ContributionRollupSummary } from '@/features/alignment/components/ContributionRollupSummary';
import { DeliveredThroughQuery } from '@/features/alignment/graphql/DeliveredThrough.query';

/**
 * "Delivered through": the plans whose actions are agreed to deliver this plan's priorities, each
 * with its rollup and actions. Nothing shows for a plan that receives no contributions.
 */
export function DeliveredThrough({ slug }: { slug: string }) {
  const { data } = useQuery(DeliveredThroughQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const groups = data?.plan.deliveredThrough ?? [];
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="delivered-through">
      <h2 className="govuk-heading-l" id="delivered-through">
        Delivered through
      </h2>
      <p className="govuk-body">Actions of other plans agreed to contribute to this plan’s priorities.</p>
      {groups.map((g) => (
        <section key={g.plan.id} aria-labelledby={`delivered-through-${g.plan.id}`}>
          <h3 className="govuk-heading-m" id={`delivered-through-${g.plan.id}`}>
            <Link className="govuk-link" to={`/plans/${g.plan.slug}`}>
              {g.plan.title}
            </Link>
          </h3>
          <ContributionRollupSummary rollup={g.rollup} />
          <ContributingActionsTable
            caption={`Actions of ${g.plan.title} that contribute`}
            contributions={g.contributions}
            show="priority"
          />
        </section>
      ))}
    </section>
  );
}
