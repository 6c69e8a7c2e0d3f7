import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ButtonLink } from '@/components/Button';
import { PriorityIndicators } from '@/features/indicators/components/PriorityIndicators';
import { plural } from '@/utils/plural';
import { RollupFigures } from './RollupFigures';

export const PrioritySection_priority = graphql(`
  fragment PrioritySection_priority on Priority {
    id
    number
    title
    description
    progress
    overdueActionCount
    actions {
      id
    }
    ragCounts {
      ...RagCountsList_counts
    }
    statusCounts {
      ...StatusCountsList_counts
    }
    ...PriorityIndicators_priority
  }
`);

/** One priority of a plan on the dashboard: weighted progress and its actions' RAG and status counts. */
export function PrioritySection({
  priority,
  canAddAction,
}: {
  priority: FragmentType<typeof PrioritySection_priority>;
  canAddAction: boolean;
}) {
  const p = getFragmentData(PrioritySection_priority, priority);
  const headingId = `priority-${p.number}`;
  return (
    <section className="app-priority" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m" id={headingId} tabIndex={-1}>
        <span className="govuk-caption-m">Priority {p.number}</span>
        {p.title}
      </h3>
      {p.description && <p className="govuk-body">{p.description}</p>}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/priorities/${p.id}`}>
          Priority {p.number} in full<span className="govuk-visually-hidden">: {p.title}</span>
        </Link>
        , with the actions of other plans that deliver it
      </p>
      <RollupFigures
        progress={p.progress}
        counts={[plural(p.actions.length, 'action'), plural(p.overdueActionCount, 'overdue action')]}
        ragCounts={p.ragCounts}
        statusCounts={p.statusCounts}
        Heading="h4"
      />
      <PriorityIndicators priority={p} />
      {canAddAction && (
        <ButtonLink to={`/priorities/${p.id}/actions/new`} variant="secondary">
          Add an action<span className="govuk-visually-hidden"> to priority {p.number}</span>
        </ButtonLink>
      )}
    </section>
  );
}
