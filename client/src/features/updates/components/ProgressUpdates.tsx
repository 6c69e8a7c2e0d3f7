import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { formatDate, formatDateTime } from '@/utils/dates';
import { ProgressChart } from './ProgressChart';

export const ProgressUpdates_action = graphql(`
  fragment ProgressUpdates_action on Action {
    id
    updates {
      id
      createdAt
      authorEmail
      status
      rag
      ragReason
      progress
      commentary
      outcome
      milestoneCompletions
    }
  }
`);

interface Completion {
  milestoneId: string;
  title: string;
  completedOn: string;
}

// The API sends completions as JSON: read only what is there.
function completionsOf(value: unknown): Completion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: unknown) => {
    if (typeof c !== 'object' || c === null) return [];
    const { milestoneId, title, completedOn } = c as Record<string, unknown>;
    return typeof title === 'string'
      ? [{ milestoneId: String(milestoneId), title, completedOn: String(completedOn ?? '') }]
      : [];
  });
}

/** The action's progress reports, newest first, then its progress over time as a chart and a table. */
export function ProgressUpdates({ action }: { action: FragmentType<typeof ProgressUpdates_action> }) {
  const { updates } = getFragmentData(ProgressUpdates_action, action);
  return (
    <section aria-labelledby="progress-updates-heading">
      <h2 className="govuk-heading-m" id="progress-updates-heading">
        Progress updates
      </h2>
      {updates.length === 0 ? (
        <p className="govuk-body">No progress updates have been recorded yet.</p>
      ) : (
        <>
          <ol className="app-timeline" aria-label="Progress updates, newest first">
            {updates.map((u) => {
              const completions = completionsOf(u.milestoneCompletions);
              return (
                <li className="app-timeline__item" key={u.id}>
                  <h3 className="govuk-heading-s app-timeline__title">
                    {formatDateTime(u.createdAt)}
                    <span className="govuk-caption-m">by {u.authorEmail}</span>
                  </h3>
                  <p className="govuk-body">
                    <ActionStatusTag status={u.status} /> <RagTag rag={u.rag} />{' '}
                    <span className="app-timeline__progress">{u.progress}% done</span>
                  </p>
                  {u.ragReason && <p className="govuk-body-s">RAG reason: {u.ragReason}</p>}
                  <p className="govuk-body app-pre-line">{u.commentary}</p>
                  {u.outcome && (
                    <p className="govuk-body app-pre-line">
                      <strong>Difference made:</strong> {u.outcome}
                    </p>
                  )}
                  {completions.length > 0 && (
                    <>
                      <p className="govuk-body-s govuk-!-margin-bottom-1">Milestones completed:</p>
                      <ul className="govuk-list govuk-list--bullet govuk-body-s">
                        {completions.map((c) => (
                          <li key={c.milestoneId}>
                            {c.title}
                            {c.completedOn && `, on ${formatDate(c.completedOn)}`}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <ProgressChart points={[...updates].reverse()} />
          <Table
            caption="Progress over time"
            captionClassName="govuk-table__caption--s"
            columns={[{ header: 'Date' }, { header: 'Progress', numeric: true }, { header: 'RAG' }]}
            rows={[...updates].reverse().map((u) => ({
              key: u.id,
              cells: [formatDateTime(u.createdAt), `${u.progress}%`, <RagTag rag={u.rag} />],
            }))}
          />
        </>
      )}
    </section>
  );
}
