import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { DecisionTag } from './ReviewTags';
import '@/features/reviews/reviews.css';

export const SnapshotActionsTable_action = graphql(`
  fragment SnapshotActionsTable_action on SnapshotAction {
    id
    ref
    title
    leadPartnerName
    status
    rag
    ragReason
    progress
    latestCommentary
    latestUpdateAt
    updatedThisQuarter
    decision
    escalatedTo
    openChallenge
  }
`);

/** Actions as they stood in a quarter: status, RAG and progress in words, latest commentary and decision. */
export function SnapshotActionsTable({
  actions,
  caption,
  reviewHref,
}: {
  actions: FragmentType<typeof SnapshotActionsTable_action>[];
  caption: string;
  /** Where each action's review thread is, when the table is part of a review. */
  reviewHref?: (actionId: string) => string;
}) {
  const rows = actions.map((a) => getFragmentData(SnapshotActionsTable_action, a));
  if (rows.length === 0) return <p className="govuk-body">No actions.</p>;
  return (
    <Table
      className="app-actions-table"
      caption={caption}
      captionClassName="govuk-table__caption--s"
      columns={[
        { header: 'Ref' },
        { header: 'Action' },
        { header: 'Status' },
        { header: 'RAG' },
        { header: 'Progress', numeric: true },
        { header: 'Latest commentary' },
        { header: 'Decision' },
        ...(reviewHref ? [{ header: <span className="govuk-visually-hidden">Review</span> }] : []),
      ]}
      rows={rows.map((a) => ({
        key: a.id,
        cells: [
          a.ref,
          <>
            {a.title}
            <span className="govuk-body-s app-cell-note">Lead: {a.leadPartnerName}</span>
          </>,
          <ActionStatusTag status={a.status} />,
          <RagTag rag={a.rag} reason={a.ragReason} />,
          `${a.progress}%`,
          a.latestCommentary ? (
            <>
              <span className="app-pre-line">{a.latestCommentary}</span>
              {!a.updatedThisQuarter && (
                <span className="govuk-body-s app-cell-note">Not updated this quarter</span>
              )}
            </>
          ) : (
            'No update yet'
          ),
          <>
            {a.decision ? <DecisionTag decision={a.decision} escalatedTo={a.escalatedTo} /> : 'None yet'}
            {a.openChallenge && <span className="govuk-body-s app-cell-note">Waiting for an answer</span>}
          </>,
          ...(reviewHref
            ? [
                <Link className="govuk-link" to={reviewHref(a.id)}>
                  Review<span className="govuk-visually-hidden"> action {a.ref}</span>
                </Link>,
              ]
            : []),
        ],
      }))}
    />
  );
}
