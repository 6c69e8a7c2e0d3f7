import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { formatDate } from '@/utils/dates';

// No ids selected: the same action in two versions must stay two objects, not one in Apollo's cache.
export const VersionActionCells_action = graphql(`
  fragment VersionActionCells_action on VersionAction {
    ref
    title
    description
    leadPartnerName
    startDate
    dueDate
    weight
    milestones {
      title
      dueDate
    }
  }
`);

export type VersionActionRef = FragmentType<typeof VersionActionCells_action>;

/** An action as a version froze it, in one cell: title, lead, dates, weight and milestones. */
export function VersionActionCell({ action }: { action: VersionActionRef | null }) {
  if (!action) return <>Not in this version</>;
  const a = getFragmentData(VersionActionCells_action, action);
  return (
    <>
      <strong>{a.title}</strong>
      <ul className="govuk-list govuk-body-s">
        <li>Lead: {a.leadPartnerName}</li>
        <li>Start: {a.startDate ? formatDate(a.startDate) : 'not set'}</li>
        <li>Due: {a.dueDate ? formatDate(a.dueDate) : 'not set'}</li>
        <li>Weight: {a.weight}</li>
        {a.milestones.map((m, i) => (
          <li key={i}>
            Milestone: {m.title}, due {formatDate(m.dueDate)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The action's row cells for a version's table. */
export function versionActionCells(action: VersionActionRef) {
  const a = getFragmentData(VersionActionCells_action, action);
  return [
    a.ref,
    a.title,
    a.leadPartnerName,
    a.startDate ? formatDate(a.startDate) : 'Not set',
    a.dueDate ? formatDate(a.dueDate) : 'Not set',
    String(a.weight),
    a.milestones.length === 0
      ? 'None'
      : a.milestones.map((m) => `${m.title} (${formatDate(m.dueDate)})`).join('; '),
  ];
}
