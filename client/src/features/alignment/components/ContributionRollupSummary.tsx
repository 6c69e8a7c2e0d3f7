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
  headingLevel = 4,
}: {
  rollup: FragmentType<typeof ContributionRollupSummary_rollup>;
  /** One below the heading it sits under: 3 under a page's h2, 4 under a plan's h3. */
  headingLevel?: 3 | 4;
}) {
  const r = getFragmentData(ContributionRollupSummary_rollup, rollup);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Progress (weighted)</Heading>
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
        <Heading className="govuk-heading-s">RAG status</Heading>
        <RagCountsList counts={r.ragCounts} />
      </div>
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Delivery status</Heading>
        <StatusCountsList counts={r.statusCounts} />
      </div>
    </div>
  );
}
