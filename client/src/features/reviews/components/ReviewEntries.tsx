import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { formatDateTime } from '@/utils/dates';
import { DecisionTag } from './ReviewTags';
import '@/features/reviews/reviews.css';

export const ReviewEntries_entry = graphql(`
  fragment ReviewEntries_entry on ReviewEntry {
    id
    kind
    decision
    escalatedTo
    body
    authorName
    createdAt
  }
`);

/** What the review said, and the partner's answers, oldest first: the thread reads as a conversation. */
export function ReviewEntries({
  entries,
  label = 'Review notes, oldest first',
}: {
  entries: FragmentType<typeof ReviewEntries_entry>[];
  label?: string;
}) {
  const rows = entries.map((e) => getFragmentData(ReviewEntries_entry, e));
  if (rows.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ol className="app-timeline" aria-label={label}>
      {rows.map((e) => (
        <li className="app-timeline__item" key={e.id}>
          <h3 className="govuk-heading-s app-timeline__title">
            {e.kind === 'DECISION' && e.decision ? (
              <>
                <span className="govuk-visually-hidden">Decision: </span>
                <DecisionTag decision={e.decision} escalatedTo={e.escalatedTo} />
              </>
            ) : (
              'Partner’s answer'
            )}
          </h3>
          <p className="govuk-body app-pre-line">{e.body}</p>
          <p className="govuk-body-s app-entry-meta">
            {e.authorName}, {formatDateTime(e.createdAt)}
          </p>
        </li>
      ))}
    </ol>
  );
}
