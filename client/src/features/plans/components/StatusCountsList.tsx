import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { ActionStatus } from '@/__generated__/graphql';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';

export const StatusCountsList_counts = graphql(`
  fragment StatusCountsList_counts on StatusCounts {
    notStarted
    inProgress
    completed
    deferred
    cancelled
  }
`);

/** How many actions are in each status, as tags with words and counts. */
export function StatusCountsList({ counts }: { counts: FragmentType<typeof StatusCountsList_counts> }) {
  const c = getFragmentData(StatusCountsList_counts, counts);
  const rows: [ActionStatus, number][] = [
    ['NOT_STARTED', c.notStarted],
    ['IN_PROGRESS', c.inProgress],
    ['COMPLETED', c.completed],
    ['DEFERRED', c.deferred],
    ['CANCELLED', c.cancelled],
  ];
  return (
    <ul className="govuk-list app-count-list">
      {rows.map(([status, n]) => (
        <li key={status}>
          <ActionStatusTag status={status} /> {n} {n === 1 ? 'action' : 'actions'}
        </li>
      ))}
    </ul>
  );
}
