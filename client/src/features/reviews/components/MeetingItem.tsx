import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { MeetingItem_ItemFragment } from '@/__generated__/graphql';
import { SummaryList } from '@/components/SummaryList';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { formatDate, formatDateTime } from '@/utils/dates';
import { DecisionTag, FollowUpStatusTag, ReasonTags } from './ReviewTags';
import '@/features/reviews/reviews.css';

export const MeetingItem_item = graphql(`
  fragment MeetingItem_item on AgendaItem {
    position
    reasons
    action {
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
      decision
      escalatedTo
      openChallenge
      entries {
        at
        kind
        decision
        escalatedTo
        body
        authorName
      }
      followUps {
        id
        description
        dueOn
        ownerName
        status
      }
    }
  }
`);

export type MeetingItemData = MeetingItem_ItemFragment;

export const meetingItem = (item: FragmentType<typeof MeetingItem_item>) =>
  getFragmentData(MeetingItem_item, item);

/** One agenda item on the shared screen: the action, why it is here, and its thread so far. */
export function MeetingItem({ item, children }: { item: MeetingItemData; children?: ReactNode }) {
  const a = item.action;
  const headingId = `item-${a.id}`;
  return (
    <section className="app-meeting-item" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        <span className="govuk-caption-l">Item {item.position}</span>
        {a.ref} {a.title}
      </h2>
      <ReasonTags reasons={item.reasons} inline />
      <SummaryList
        rows={[
          { key: 'Lead', value: a.leadPartnerName },
          { key: 'Status', value: <ActionStatusTag status={a.status} /> },
          { key: 'RAG', value: <RagTag rag={a.rag} reason={a.ragReason} /> },
          { key: 'Progress', value: `${a.progress}% complete` },
          {
            key: 'Latest commentary',
            value: a.latestCommentary ? (
              <>
                <span className="app-pre-line">{a.latestCommentary}</span>
                {a.latestUpdateAt && (
                  <span className="app-cell-note">Reported {formatDateTime(a.latestUpdateAt)}</span>
                )}
              </>
            ) : (
              'No update yet'
            ),
          },
          {
            key: 'Latest decision',
            value: a.decision ? (
              <DecisionTag decision={a.decision} escalatedTo={a.escalatedTo} />
            ) : (
              'None yet'
            ),
          },
        ]}
      />
      <h3 className="govuk-heading-m">Review notes</h3>
      {a.entries.length === 0 ? (
        <p className="govuk-body-l">Nothing has been recorded yet.</p>
      ) : (
        <ol className="app-timeline" aria-label={`Review notes on action ${a.ref}, oldest first`}>
          {a.entries.map((e, i) => (
            <li className="app-timeline__item" key={`${e.at}-${i}`}>
              <p className="govuk-body-l govuk-!-margin-bottom-2">
                {e.kind === 'DECISION' && e.decision ? (
                  <DecisionTag decision={e.decision} escalatedTo={e.escalatedTo} />
                ) : (
                  <strong>Partner’s answer</strong>
                )}
              </p>
              <p className="govuk-body-l app-pre-line govuk-!-margin-bottom-2">{e.body}</p>
              <p className="govuk-body app-entry-meta">
                {e.authorName}, {formatDateTime(e.at)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {a.followUps.length > 0 && (
        <>
          <h3 className="govuk-heading-m">Follow-ups</h3>
          <ul className="govuk-list govuk-list--bullet app-meeting-list">
            {a.followUps.map((f) => (
              <li key={f.id}>
                {f.description}: {f.ownerName}, due {formatDate(f.dueOn)}{' '}
                <FollowUpStatusTag status={f.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
