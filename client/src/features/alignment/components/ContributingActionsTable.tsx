import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ProgressBar } from '@/components/ProgressBar';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';

export const ContributingActionsTable_contribution = graphql(`
  fragment ContributingActionsTable_contribution on Contribution {
    id
    outcome
    how
    priority {
      id
      number
      title
    }
    action {
      id
      ref
      title
      status
      rag
      progress
      plan {
        id
        slug
        title
      }
    }
  }
`);

/**
 * Actions of other plans that deliver a priority: status and RAG in words, progress, and how.
 * `show` picks the second column: the action's plan (a priority's page) or the receiving priority
 * ("Delivered through", grouped by plan already).
 */
export function ContributingActionsTable({
  caption,
  contributions,
  show,
}: {
  caption: string;
  contributions: FragmentType<typeof ContributingActionsTable_contribution>[];
  show: 'plan' | 'priority';
}) {
  const rows = contributions.map((c) => getFragmentData(ContributingActionsTable_contribution, c));
  return (
    <Table
      caption={caption}
      columns={[
        { header: 'Action' },
        { header: show === 'plan' ? 'Plan' : 'Delivers' },
        { header: 'How it contributes' },
        { header: 'Status' },
        { header: 'RAG status' },
        { header: 'Progress' },
      ]}
      rows={rows.map((c) => ({
        key: c.id,
        cells: [
          <Link className="govuk-link" to={`/actions/${c.action.id}`}>
            {c.action.ref} {c.action.title}
          </Link>,
          show === 'plan' ? (
            <Link className="govuk-link" to={`/plans/${c.action.plan.slug}`}>
              {c.action.plan.title}
            </Link>
          ) : (
            <Link className="govuk-link" to={`/priorities/${c.priority.id}`}>
              Priority {c.priority.number}: {c.priority.title}
            </Link>
          ),
          <>
            {c.outcome && <p className="govuk-body govuk-!-margin-bottom-1">Outcome: {c.outcome}</p>}
            {c.how ?? (c.outcome ? null : 'Not stated')}
          </>,
          <ActionStatusTag status={c.action.status} />,
          <RagTag rag={c.action.rag} />,
          <ProgressBar value={c.action.progress} />,
        ],
      }))}
    />
  );
}
