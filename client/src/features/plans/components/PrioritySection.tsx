import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ButtonLink } from '@/components/Button';
import { ProgressBar } from '@/components/ProgressBar';
import { SummaryList } from '@/components/SummaryList';
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
      <SummaryList
        rows={[
          { key: 'Progress (weighted)', value: <ProgressBar value={p.progress} /> },
          { key: 'Actions', value: p.actions.length },
          { key: 'RAG status', value: <RagCountsList counts={p.ragCounts} label={`RAG status, priority ${p.number}`} /> },
          {
            key: 'Delivery status',
            value: <StatusCountsList counts={p.statusCounts} label={`Delivery status, priority ${p.number}`} />,
          },
          { key: 'Overdue actions', value: p.overdueActionCount },
        ]}
      />
      {canAddAction && (
        <ButtonLink to={`/priorities/${p.id}/actions/new`} variant="secondary">
          Add an action<span className="govuk-visually-hidden"> to priority {p.number}</span>
        </ButtonLink>
      )}
    </section>
  );
}
