import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { formatDate } from '@/utils/dates';

export const MyActionsTable_action = graphql(`
  fragment MyActionsTable_action on Action {
    id
    ref
    title
    status
    rag
    ragReason
    plan {
      id
      slug
      title
    }
    latestUpdate {
      id
      createdAt
    }
  }
`);

/** One group of the partner's actions, each with a link to record an update. */
export function MyActionsTable({
  actions,
  caption,
  empty,
}: {
  actions: FragmentType<typeof MyActionsTable_action>[];
  caption: string;
  empty: string;
}) {
  const rows = actions.map((a) => getFragmentData(MyActionsTable_action, a));
  if (rows.length === 0) return <p className="govuk-body">{empty}</p>;
  return (
    <Table
      caption={caption}
      captionClassName="govuk-visually-hidden"
      columns={[
        { header: 'Ref' },
        { header: 'Action' },
        { header: 'Plan' },
        { header: 'Status' },
        { header: 'RAG' },
        { header: 'Latest update' },
        { header: <span className="govuk-visually-hidden">Record an update</span> },
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
          a.latestUpdate ? formatDate(a.latestUpdate.createdAt.slice(0, 10)) : 'None yet',
          <Link className="govuk-link" to={`/actions/${a.id}/update`}>
            Record an update<span className="govuk-visually-hidden"> to action {a.ref}</span>
          </Link>,
        ],
      }))}
    />
  );
}
