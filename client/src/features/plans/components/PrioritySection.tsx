import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ButtonLink } from '@/components/Button';
import { ProgressBar } from '@/components/ProgressBar';
import { PriorityIndicators } from '@/features/indicators/components/PriorityIndicators';
import { RagCountsList } from './RagCountsList';
import { StatusCountsList } from './StatusCountsList';

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
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <h4 className="govuk-heading-s">Progress (weighted)</h4>
          <p className="govuk-body">
            <ProgressBar value={p.progress} />
          </p>
          <ul className="govuk-list">
            <li>
              {p.actions.length} {p.actions.length === 1 ? 'action' : 'actions'}
            </li>
            <li>
              {p.overdueActionCount} overdue {p.overdueActionCount === 1 ? 'action' : 'actions'}
            </li>
          </ul>
        </div>
        <div className="govuk-grid-column-one-third">
          <h4 className="govuk-heading-s">RAG status</h4>
          <RagCountsList counts={p.ragCounts} />
        </div>
        <div className="govuk-grid-column-one-third">
          <h4 className="govuk-heading-s">Delivery status</h4>
          <StatusCountsList counts={p.statusCounts} />
        </div>
      </div>
      <PriorityIndicators priority={p} />
      {canAddAction && (
        <ButtonLink to={`/priorities/${p.id}/actions/new`} variant="secondary">
          Add an action<span className="govuk-visually-hidden"> to priority {p.number}</span>
        </ButtonLink>
      )}
    </section>
  );
}
