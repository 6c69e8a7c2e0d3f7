import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table, type TableColumn } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { formatDate } from '@/utils/dates';

/** A milestone as its row shows it: adding or changing one returns this, so the row is up to date. */
export const MilestonesTable_milestone = graphql(`
  fragment MilestonesTable_milestone on Milestone {
    id
    title
    dueDate
    completedOn
    evidence
    overdue
  }
`);

export const MilestonesTable_action = graphql(`
  fragment MilestonesTable_action on Action {
    id
    canEdit
    milestones {
      id
      ...MilestonesTable_milestone
    }
  }
`);

function MilestoneStatus({ completedOn, overdue }: { completedOn: string | null; overdue: boolean }) {
  if (completedOn) return <Tag colour="green">Done</Tag>;
  if (overdue) return <Tag colour="red">Overdue</Tag>;
  return <Tag colour="grey">Due</Tag>;
}

export function MilestonesTable({ action }: { action: FragmentType<typeof MilestonesTable_action> }) {
  const { id: actionId, canEdit, milestones: refs } = getFragmentData(MilestonesTable_action, action);
  const milestones = refs.map((m) => getFragmentData(MilestonesTable_milestone, m));
  if (milestones.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Milestones</h2>
        <p className="govuk-body">This action has no milestones yet.</p>
      </>
    );
  }
  const columns: TableColumn[] = [
    { header: 'Milestone' },
    { header: 'Due' },
    { header: 'Completed' },
    { header: 'Evidence' },
    { header: 'Status' },
  ];
  // Those who may work on the action get a change link in each row, to mark a milestone done.
  if (canEdit) columns.push({ header: <span className="govuk-visually-hidden">Change</span> });
  return (
    <Table
      caption="Milestones"
      columns={columns}
      rows={milestones.map((m) => {
        const cells = [
          m.title,
          formatDate(m.dueDate),
          m.completedOn ? formatDate(m.completedOn) : 'Not yet',
          m.evidence ?? '',
          <MilestoneStatus completedOn={m.completedOn} overdue={m.overdue} />,
        ];
        if (canEdit) {
          cells.push(
            <Link className="govuk-link" to={`/actions/${actionId}/milestones/${m.id}/edit`}>
              Change<span className="govuk-visually-hidden"> milestone: {m.title}</span>
            </Link>,
          );
        }
        return { key: m.id, cells };
      })}
    />
  );
}
