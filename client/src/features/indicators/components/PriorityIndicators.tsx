import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { IndicatorStatusTag } from '@/features/indicators/components/IndicatorStatusTag';

export const PriorityIndicators_priority = graphql(`
  fragment PriorityIndicators_priority on Priority {
    id
    number
    indicators {
      id
      name
      status
      targetText
      latest {
        id
        periodLabel
        valueText
      }
    }
  }
`);

/** The indicators that measure one priority, each with its latest value and status in words. */
export function PriorityIndicators({
  priority,
}: {
  priority: FragmentType<typeof PriorityIndicators_priority>;
}) {
  const p = getFragmentData(PriorityIndicators_priority, priority);
  if (p.indicators.length === 0) return null;
  const headingId = `priority-${p.number}-indicators`;
  return (
    <section aria-labelledby={headingId}>
      <h4 className="govuk-heading-s" id={headingId}>
        Indicators<span className="govuk-visually-hidden"> of priority {p.number}</span>
      </h4>
      <ul className="govuk-list app-count-list">
        {p.indicators.map((i) => (
          <li key={i.id}>
            <IndicatorStatusTag status={i.status} hasTarget={i.targetText !== null} />{' '}
            <Link className="govuk-link" to={`/indicators/${i.id}`}>
              {i.name}
            </Link>
            {i.latest && `: ${i.latest.valueText} (${i.latest.periodLabel})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
