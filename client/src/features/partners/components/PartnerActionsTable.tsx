import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { formatDate } from '@/utils/dates';

export const PartnerActionsTable_action = graphql(`
  fragment PartnerActionsTable_action on Action {
    id
    ref
    title
    status
    rag
    ragReason
    dueDate
    plan {
      id
      slug
      title
    }
  }
`);

export function PartnerActionsTable({
  caption,
  actions,
  emptyText,
}: {
  caption: string;
  actions: FragmentType<typeof PartnerActionsTable_action>[];
  emptyText: string;
}) {
  const rows = actions.map((a) => getFragmentData(PartnerActionsTable_action, a));
  if (rows.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{emptyText}</p>
      </>
    );
  }
  return (
    <Table
      caption={caption}
      columns={[
        { header: 'Ref' },
        { header: 'Action' },
        { header: 'Plan' },
        { header: 'Status' },
        { header: 'RAG' },
        { header: 'Due date' },
      ]}
      rows={rows.map((a) => ({
        key: a.id,
        cells: [
          a.ref,
          <Link className="govuk-link" to={`/actions/${a.id}`}>
            {a.title}
          </Link>,
          <Link className="govuk-link" to={`/plans/${a.plan.slug}`}>
            {a.plan.title}
          </Link>,
          <ActionStatusTag status={a.status} />,
          <RagTag rag={a.rag} reason={a.ragReason} />,
          a.dueDate ? formatDate(a.dueDate) : 'No due date',
        ],
      }))}
    />
  );
}
