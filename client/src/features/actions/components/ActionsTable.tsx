import { ChoiceItems } from '@/components/Checkboxes';
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
    ragReason
    progress
    dueDate
    overdue
    canEdit
    leadPartner {
      id
      name
    }
  }
`);

/** Rows the viewer may change in bulk get a checkbox to select them. */
export interface ActionSelection {
  selected: ReadonlySet<string>;
  onChange: (actionId: string, selected: boolean) => void;
}

export function ActionsTable({
  actions,
  caption,
  selection,
}: {
  actions: FragmentType<typeof ActionsTable_action>[];
  caption: string;
  selection?: ActionSelection;
}) {
  const rows = actions.map((a) => getFragmentData(ActionsTable_action, a));
  const selectCell = (a: (typeof rows)[number]) =>
    a.canEdit && selection ? (
      <ChoiceItems
        kind="checkboxes"
        small
        idPrefix={`select-${a.id}`}
        items={[
          {
            label: <span className="govuk-visually-hidden">Select action {a.ref}</span>,
            inputProps: {
              checked: selection.selected.has(a.id),
              onChange: (e) => selection.onChange(a.id, e.target.checked),
            },
          },
        ]}
      />
    ) : (
      ''
    );
  return (
    <Table
      caption={caption}
      captionClassName="govuk-visually-hidden"
      className="app-actions-table"
      rowHeaderIndex={selection ? 1 : 0}
      columns={[
        ...(selection ? [{ header: <span className="govuk-visually-hidden">Select</span> }] : []),
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
          ...(selection ? [selectCell(a)] : []),
          a.ref,
          <Link className="govuk-link" to={`/actions/${a.id}`}>
            {a.title}
          </Link>,
          a.leadPartner.name,
          <ActionStatusTag status={a.status} />,
          <RagTag rag={a.rag} reason={a.ragReason} />,
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
