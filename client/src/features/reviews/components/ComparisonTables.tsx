import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { RAG_LABELS } from '@/features/actions/utils/labels';
import {
  changeInWords,
  ragDirection,
  ragMovementSentence,
  signedPoints,
} from '@/features/reviews/utils/comparison';
import { plural } from '@/features/reviews/utils/labels';
import { formatDate } from '@/utils/dates';
import '@/features/reviews/reviews.css';

export const ComparisonTables_comparison = graphql(`
  fragment ComparisonTables_comparison on QuarterComparison {
    from
    to
    plan {
      from
      to
      change
    }
    priorities {
      number
      title
      from
      to
      change
    }
    actions {
      ref
      title
      from
      to
      change
    }
    ragMovements {
      from
      to
      count
      actions {
        ref
        title
      }
    }
    completed {
      ref
      title
    }
    added {
      ref
      title
    }
    removed {
      ref
      title
    }
    deferred {
      ref
      title
    }
    slippedMilestones {
      milestoneId
      title
      fromDue
      toDue
      days
      action {
        ref
        title
      }
    }
  }
`);

/** A change in points: the sign for a glance, the words for everyone. */
function Change({ change }: { change: number }) {
  return (
    <>
      <span aria-hidden="true">{signedPoints(change)}</span>
      <span className="govuk-body-s app-cell-note app-nowrap">{changeInWords(change)}</span>
    </>
  );
}

function ActionList({ actions, empty }: { actions: { ref: string; title: string }[]; empty: string }) {
  if (actions.length === 0) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {actions.map((a) => (
        <li key={a.ref}>
          {a.ref} {a.title}
        </li>
      ))}
    </ul>
  );
}

/** What moved between two quarters, or a quarter and now: every figure in words as well as numbers. */
export function ComparisonTables({
  comparison,
}: {
  comparison: FragmentType<typeof ComparisonTables_comparison>;
}) {
  const c = getFragmentData(ComparisonTables_comparison, comparison);
  const toName = c.to === 'Live' ? 'now' : c.to;
  const changed = c.actions.filter((a) => a.change !== 0);
  return (
    <>
      <h2 className="govuk-heading-l">
        {c.from} compared with {c.to === 'Live' ? 'the live data' : c.to}
      </h2>

      <h3 className="govuk-heading-m">RAG movements</h3>
      <p className="govuk-body">{ragMovementSentence(c.ragMovements)}</p>
      {c.ragMovements.length > 0 && (
        <Table
          caption={`RAG movements from ${c.from} to ${toName}, worse first`}
          captionClassName="govuk-table__caption--s"
          columns={[{ header: 'Movement' }, { header: 'Actions', numeric: true }, { header: 'Refs' }]}
          rows={c.ragMovements.map((m) => ({
            key: `${m.from}-${m.to}`,
            cells: [
              <>
                {RAG_LABELS[m.from]} <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden"> to </span> {RAG_LABELS[m.to]}
                <span className="govuk-body-s app-cell-note">{ragDirection(m.from, m.to)}</span>
              </>,
              m.count,
              m.actions.map((a) => a.ref).join(', '),
            ],
          }))}
        />
      )}

      <h3 className="govuk-heading-m">Progress</h3>
      <p className="govuk-body">
        The whole plan was {c.plan.from}% complete in {c.from} and is {c.plan.to}%{' '}
        {c.to === 'Live' ? 'now' : `in ${c.to}`}: {changeInWords(c.plan.change)}.
      </p>
      <Table
        narrow="scroll"
        caption="Progress of each priority (weighted)"
        captionClassName="govuk-table__caption--s"
        columns={[
          { header: 'Priority' },
          { header: c.from, numeric: true },
          { header: toName === 'now' ? 'Now' : toName, numeric: true },
          { header: 'Change', numeric: true },
        ]}
        rows={c.priorities.map((p) => ({
          key: String(p.number),
          cells: [`${p.number}. ${p.title}`, `${p.from}%`, `${p.to}%`, <Change change={p.change} />],
        }))}
      />
      {changed.length === 0 ? (
        <p className="govuk-body">No action’s progress changed.</p>
      ) : (
        <Table
          narrow="scroll"
          caption={`Actions whose progress changed (${changed.length})`}
          captionClassName="govuk-table__caption--s"
          columns={[
            { header: 'Ref' },
            { header: 'Action' },
            { header: c.from, numeric: true },
            { header: toName === 'now' ? 'Now' : toName, numeric: true },
            { header: 'Change', numeric: true },
          ]}
          rows={changed.map((a) => ({
            key: a.ref,
            cells: [a.ref, a.title, `${a.from}%`, `${a.to}%`, <Change change={a.change} />],
          }))}
        />
      )}
      {c.actions.length > changed.length && (
        <p className="govuk-body">
          {plural(c.actions.length - changed.length, 'other action')} made no change in progress.
        </p>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">Completed</h3>
          <ActionList actions={c.completed} empty="No actions were completed." />
          <h3 className="govuk-heading-m">Deferred</h3>
          <ActionList actions={c.deferred} empty="No actions were deferred." />
        </div>
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">Added</h3>
          <ActionList actions={c.added} empty="No actions were added." />
          <h3 className="govuk-heading-m">Removed</h3>
          <ActionList actions={c.removed} empty="No actions were removed." />
        </div>
      </div>

      <h3 className="govuk-heading-m">Slipped milestones</h3>
      {c.slippedMilestones.length === 0 ? (
        <p className="govuk-body">No milestone’s due date moved later.</p>
      ) : (
        <Table
          narrow="scroll"
          caption="Milestones whose due date moved later, most days first"
          captionClassName="govuk-table__caption--s"
          columns={[
            { header: 'Milestone' },
            { header: 'Action' },
            { header: `Due in ${c.from}` },
            { header: `Due ${toName === 'now' ? 'now' : `in ${toName}`}` },
            { header: 'Later by', numeric: true },
          ]}
          rows={c.slippedMilestones.map((m) => ({
            key: m.milestoneId,
            cells: [
              m.title,
              `${m.action.ref} ${m.action.title}`,
              formatDate(m.fromDue),
              formatDate(m.toDue),
              <span className="app-nowrap">{plural(m.days, 'day')}</span>,
            ],
          }))}
        />
      )}
    </>
  );
}
