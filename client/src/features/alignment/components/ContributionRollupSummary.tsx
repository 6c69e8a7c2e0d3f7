import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { RollupFigures } from '@/features/plans/components/RollupFigures';
import { plural } from '@/utils/plural';

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
  return (
    <RollupFigures
      progress={r.progress}
      counts={[plural(r.actionCount, 'contributing action'), plural(r.overdueActionCount, 'overdue action')]}
      ragCounts={r.ragCounts}
      statusCounts={r.statusCounts}
      Heading={headingLevel === 3 ? 'h3' : 'h4'}
    />
  );
}
