import { Link } from 'react-router';
import { describeSlippage } from '@partnership-tracker/domain';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { formatDate } from '@/utils/dates';

export const DueDateAgainstBaseline_action = graphql(`
  fragment DueDateAgainstBaseline_action on Action {
    id
    dueDate
    baselineDueDate
    dueDateMoves
  }
`);

/**
 * The due date beside the one agreed in the baseline: "moved 3 times, +7 months" (the domain
 * library's describeSlippage, the words the Panel report uses too).
 */
export function DueDateAgainstBaseline({
  action,
  planSlug,
  canAmend,
}: {
  action: FragmentType<typeof DueDateAgainstBaseline_action>;
  planSlug: string;
  canAmend: boolean;
}) {
  const a = getFragmentData(DueDateAgainstBaseline_action, action);
  const words = describeSlippage(a);
  return (
    <>
      {a.dueDate ? formatDate(a.dueDate) : 'Not set'}
      {a.baselineDueDate && words && (
        <span className="govuk-body-s govuk-!-display-block">
          Baseline: {formatDate(a.baselineDueDate)} ({words})
        </span>
      )}
      {canAmend && (
        <span className="govuk-body-s govuk-!-display-block">
          <Link className="govuk-link" to={`/plans/${planSlug}/amendments/new?action=${a.id}`}>
            Propose an amendment<span className="govuk-visually-hidden"> to this action</span>
          </Link>
        </span>
      )}
    </>
  );
}
