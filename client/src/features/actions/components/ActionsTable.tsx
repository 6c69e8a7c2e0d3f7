import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { formatDate } from '@/utils/dates';
import { ActionStatusTag } from './ActionStatusTag';
import { RagTag } from './RagTag';

export const ActionsTable_action = graphql(`
  fragment ActionsTable_action on Action {
    id
    ref
    title
    status
    rag
    progress
    dueDate
    overdue
    leadPartner {
      id
      name
    }
  }
`);

export function ActionsTable({
  actions,
  caption,
}: {
  actions: FragmentType<typeof ActionsTable_action>[];
  caption: string;
}) {
  const rows = actions.map((a) => getFragmentData(ActionsTable_action, a));
  return (
    <Table
      scrollable
      caption={caption}
      captionClassName="govuk-visually-hidden"
      className="app-actions-table"
      columns={[
        { header: 'Ref' },
        { header: 'Action' },
        { header: 'Lead partner' },
        { header: 'Status' },
        { header: 'RAG' },
        { header: 'Progress', numeric: true },
        { header: 'Due date' },
      ]}
      rows={rows.map((a) => ({
        key: a.id,
        cells: [
          a.ref,
          <Link className="govuk-link" to={`/actions/${a.id}`}>
            {a.title}
          </Link>,
          a.leadPartner.name,
          <ActionStatusTag status={a.status} />,
          <RagTag rag={a.rag} />,
          `${a.progress}%`,
          a.dueDate ? (
            <>
              {formatDate(a.dueDate)}
              {a.overdue && (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--red app-tag--small">Overdue</strong>
                </>
              )}
            </>
          ) : (
            'No due date'
          ),
        ],
      }))}
    />
  );
}
