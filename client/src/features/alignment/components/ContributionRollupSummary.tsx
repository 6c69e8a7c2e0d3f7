import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ProgressBar } from '@/components/ProgressBar';
import { RagCountsList } from '@/features/plans/components/RagCountsList';
import { StatusCountsList } from '@/features/plans/components/StatusCountsList';

export const ContributionRollupSummary_rollup = graphql(`
  fragment ContributionRollupSummary_rollup on ContributionRollup {
    progress
    actionCount
    overdueActionCount
    ragCounts {
      ...RagCountsList_counts
    }
    statusCounts {
      ...StatusCountsList_counts
    }
  }
`);

/** Contributing actions rolled up as a priority's own are: weighted progress, RAG and status counts. */
export function ContributionRollupSummary({
  rollup,
}: {
  rollup: FragmentType<typeof ContributionRollupSummary_rollup>;
}) {
  const r = getFragmentData(ContributionRollupSummary_rollup, rollup);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-third">
        <h4 className="govuk-heading-s">Progress (weighted)</h4>
        <p className="govuk-body">
          <ProgressBar value={r.progress} />
        </p>
        <ul className="govuk-list">
          <li>
            {r.actionCount} contributing {r.actionCount === 1 ? 'action' : 'actions'}
          </li>
          <li>
            {r.overdueActionCount} overdue {r.overdueActionCount === 1 ? 'action' : 'actions'}
          </li>
        </ul>
      </div>
      <div className="govuk-grid-column-one-third">
        <h4 className="govuk-heading-s">RAG status</h4>
        <RagCountsList counts={r.ragCounts} />
      </div>
      <div className="govuk-grid-column-one-third">
        <h4 className="govuk-heading-s">Delivery status</h4>
        <StatusCountsList counts={r.statusCounts} />
      </div>
    </div>
  );
}
