import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { IndicatorsTable } from '@/features/indicators/components/IndicatorsTable';

export const PlanIndicators_plan = graphql(`
  fragment PlanIndicators_plan on Plan {
    id
    indicators {
      id
      ...IndicatorsTable_indicator
    }
  }
`);

/** The plan page's indicators: those of any of its priorities, with their status in words. */
export function PlanIndicators({ plan }: { plan: FragmentType<typeof PlanIndicators_plan> }) {
  const { indicators } = getFragmentData(PlanIndicators_plan, plan);
  return (
    <section aria-labelledby="indicators">
      <h2 className="govuk-heading-l" id="indicators">
        Indicators
      </h2>
      {indicators.length === 0 ? (
        <p className="govuk-body">No indicators measure this plan’s priorities yet.</p>
      ) : (
        <IndicatorsTable
          indicators={indicators}
          caption="How this plan’s priorities are measured"
          captionClassName="govuk-table__caption--s"
        />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/indicators">
          See all indicators
        </Link>
      </p>
    </section>
  );
}
