import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { formatDate } from '@/utils/dates';

export const MilestonesTable_action = graphql(`
  fragment MilestonesTable_action on Action {
    id
    milestones {
      id
      title
      dueDate
      completedOn
      evidence
      overdue
    }
  }
`);

function MilestoneStatus({ completedOn, overdue }: { completedOn: string | null; overdue: boolean }) {
  if (completedOn) return <Tag colour="green">Done</Tag>;
  if (overdue) return <Tag colour="red">Overdue</Tag>;
  return <Tag colour="grey">Due</Tag>;
}

export function MilestonesTable({ action }: { action: FragmentType<typeof MilestonesTable_action> }) {
  const { milestones } = getFragmentData(MilestonesTable_action, action);
  if (milestones.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Milestones</h2>
        <p className="govuk-body">This action has no milestones yet.</p>
      </>
    );
  }
  return (
    <Table
      scrollable
      caption="Milestones"
      columns={[
        { header: 'Milestone' },
        { header: 'Due' },
        { header: 'Completed' },
        { header: 'Evidence' },
        { header: 'Status' },
      ]}
      rows={milestones.map((m) => ({
        key: m.id,
        cells: [
          m.title,
          formatDate(m.dueDate),
          m.completedOn ? formatDate(m.completedOn) : 'Not yet',
          m.evidence ?? '',
          <MilestoneStatus completedOn={m.completedOn} overdue={m.overdue} />,
        ],
      }))}
    />
  );
}
