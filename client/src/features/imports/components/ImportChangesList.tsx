import { Link } from 'react-router';
import { Table } from '@/components/Table';
import {
  changeLines,
  plural,
  type ImportedAction,
  type ImportRunData,
} from '@/features/imports/utils/importFile';

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>None</>;
  return (
    <ul className="govuk-list">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function ActionName({
  action,
  linked,
}: {
  action: Pick<ImportedAction, 'title' | 'actionId'>;
  linked: boolean;
}) {
  if (!linked || !action.actionId) return <>{action.title}</>;
  return (
    <Link className="govuk-link" to={`/actions/${action.actionId}`}>
      {action.title}
    </Link>
  );
}

/**
 * What an import would change (before confirming) or changed (after): new, changed and
 * unchanged actions, and those in the plan but not in the file, which are left alone.
 */
export function ImportChangesList({
  changes,
  done,
}: {
  changes: NonNullable<ImportRunData['changes']>;
  /** After the import: the actions exist, so their titles link to them. */
  done: boolean;
}) {
  const will = done ? '' : 'will be ';
  const published = [...changes.created, ...changes.updated].filter((a) => a.published).length;
  const examples = changes.examples ?? [];
  return (
    <>
      {examples.length > 0 && (
        <div className="govuk-inset-text">
          {examples.length === 1 ? 'Row' : 'Rows'} {examples.join(', ')}{' '}
          {examples.length === 1 ? 'is an example' : 'are examples'} from the template (the Action starts with
          “Example:”), so {examples.length === 1 ? 'it is' : 'they are'} left out.
        </div>
      )}
      {published > 0 && (
        <p className="govuk-body">
          {plural(published, 'new or changed action')} {done ? (published === 1 ? 'is' : 'are') : 'will be'}{' '}
          on the public progress page and in open data: {published === 1 ? 'its' : 'their'} titles, public
          summaries and milestones are published.
        </p>
      )}
      {changes.prioritiesCreated.length > 0 && (
        <>
          <h2 className="govuk-heading-m">New priorities ({changes.prioritiesCreated.length})</h2>
          <ul className="govuk-list govuk-list--bullet">
            {changes.prioritiesCreated.map((p) => (
              <li key={p.number}>
                {p.number}. {p.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.created.length > 0 && (
        <Table
          caption={`New actions (${changes.created.length})`}
          columns={[
            { header: 'Reference' },
            { header: 'Action' },
            { header: 'Milestones' },
            { header: 'On the public page' },
          ]}
          rows={changes.created.map((a) => ({
            key: a.ref,
            cells: [
              a.ref,
              <ActionName key="t" action={a} linked={done} />,
              <Lines key="m" lines={a.milestones.map((m) => `${m.title}, due ${m.after}`)} />,
              a.published ? 'Yes' : 'No',
            ],
          }))}
        />
      )}
      {changes.updated.length > 0 && (
        <Table
          caption={`Changed actions (${changes.updated.length})`}
          columns={[
            { header: 'Reference' },
            { header: 'Action' },
            { header: done ? 'What changed' : 'What will change' },
            { header: 'On the public page' },
          ]}
          rows={changes.updated.map((a) => ({
            key: a.ref,
            cells: [
              a.ref,
              <ActionName key="t" action={a} linked />,
              <Lines key="c" lines={changeLines(a)} />,
              a.published ? 'Yes' : 'No',
            ],
          }))}
        />
      )}
      {changes.unchanged.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {plural(changes.unchanged.length, 'action')} {will}unchanged
            </span>
          </summary>
          <ActionRefList actions={changes.unchanged} />
        </details>
      )}
      {changes.notInFile.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {plural(changes.notInFile.length, 'action')} in the plan{' '}
              {changes.notInFile.length === 1 ? 'is' : 'are'} not in the file:{' '}
              {changes.notInFile.length === 1 ? 'it' : 'they'}{' '}
              {done ? (changes.notInFile.length === 1 ? 'was' : 'were') : 'will be'} left as{' '}
              {changes.notInFile.length === 1 ? 'it is' : 'they are'}
            </span>
          </summary>
          <ActionRefList actions={changes.notInFile} />
        </details>
      )}
    </>
  );
}

/** Actions listed by reference, each linked to its page, inside a details component. */
function ActionRefList({ actions }: { actions: Pick<ImportedAction, 'ref' | 'title' | 'actionId'>[] }) {
  return (
    <div className="govuk-details__text">
      <ul className="govuk-list">
        {actions.map((a) => (
          <li key={a.ref}>
            {a.ref} <ActionName action={a} linked />
          </li>
        ))}
      </ul>
    </div>
  );
}
