import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { AgendaTable_ItemFragment } from '@/__generated__/graphql';
import { RagTag } from '@/features/actions/components/RagTag';
import { ReorderAgendaMutation } from '@/features/reviews/graphql/ReorderAgenda.mutation';
import { moveItem } from '@/features/reviews/utils/agendaOrder';
import { apiErrors, GENERIC_ERROR } from '@/utils/graphqlErrors';
import { DecisionTag, ReasonTags } from './ReviewTags';
import '@/features/reviews/reviews.css';

export const AgendaTable_item = graphql(`
  fragment AgendaTable_item on AgendaItem {
    position
    reasons
    action {
      id
      ref
      title
      leadPartnerName
      rag
      ragReason
      latestCommentary
      decision
      escalatedTo
    }
  }
`);

type Item = AgendaTable_ItemFragment;

/**
 * The meeting's agenda: the exceptions in order. Admins move an action up or down one place at a
 * time with buttons (no dragging, so it works with a keyboard and a screen reader); each move
 * sends the whole order and is announced.
 */
export function AgendaTable({
  cycleId,
  items,
  canReorder,
}: {
  cycleId: string;
  items: FragmentType<typeof AgendaTable_item>[];
  canReorder: boolean;
}) {
  const [order, setOrder] = useState<Item[]>(() => items.map((i) => getFragmentData(AgendaTable_item, i)));
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reorder] = useMutation(ReorderAgendaMutation);
  // After a move, the button pressed may have gone (the top one has no 'Move up'): focus what is there.
  const focusAfterMove = useRef<{ id: string; by: -1 | 1 } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const same = document.getElementById(`move-${target.by < 0 ? 'up' : 'down'}-${target.id}`);
    const other = document.getElementById(`move-${target.by < 0 ? 'down' : 'up'}-${target.id}`);
    (same ?? other)?.focus();
  }, [order]);

  const move = async (index: number, by: -1 | 1) => {
    const before = order;
    const next = moveItem(order, index, by);
    const moved = before[index]!;
    focusAfterMove.current = { id: moved.action.id, by };
    setOrder(next);
    setError(null);
    setAnnouncement(
      `Action ${moved.action.ref} moved ${by < 0 ? 'up' : 'down'} to position ${index + by + 1} of ${next.length}`,
    );
    try {
      await reorder({ variables: { input: { cycleId, actionIds: next.map((i) => i.action.id) } } });
    } catch (e) {
      setOrder(before);
      setAnnouncement('');
      setError(`The new order was not saved. ${apiErrors(e)[0]?.message ?? GENERIC_ERROR}`);
    }
  };

  return (
    <>
      <div className="govuk-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {order.length === 0 ? (
        <p className="govuk-body">No actions need the meeting’s attention this quarter.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-labelledby="agenda-caption" tabIndex={0}>
          <table className="govuk-table app-actions-table app-agenda-table">
            <caption className="govuk-table__caption govuk-table__caption--m" id="agenda-caption">
              Agenda: {order.length} {order.length === 1 ? 'action' : 'actions'} in order
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Item
                </th>
                <th scope="col" className="govuk-table__header">
                  Action
                </th>
                <th scope="col" className="govuk-table__header">
                  RAG
                </th>
                <th scope="col" className="govuk-table__header">
                  Why it is on the agenda
                </th>
                <th scope="col" className="govuk-table__header">
                  Latest commentary
                </th>
                <th scope="col" className="govuk-table__header">
                  Latest decision
                </th>
                {canReorder && (
                  <th scope="col" className="govuk-table__header app-no-print">
                    Order
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {order.map((item, index) => {
                const a = item.action;
                return (
                  <tr className="govuk-table__row" key={a.id}>
                    <td className="govuk-table__cell">{index + 1}</td>
                    <th scope="row" className="govuk-table__header">
                      <Link className="govuk-link" to={`/reviews/${cycleId}/actions/${a.id}`}>
                        {a.ref} {a.title}
                      </Link>
                      <span className="govuk-body-s app-cell-note">Lead: {a.leadPartnerName}</span>
                    </th>
                    <td className="govuk-table__cell">
                      <RagTag rag={a.rag} reason={a.ragReason} />
                    </td>
                    <td className="govuk-table__cell">
                      <ReasonTags reasons={item.reasons} />
                    </td>
                    <td className="govuk-table__cell app-pre-line">
                      {a.latestCommentary ?? 'No update yet'}
                    </td>
                    <td className="govuk-table__cell">
                      {a.decision ? (
                        <DecisionTag decision={a.decision} escalatedTo={a.escalatedTo} />
                      ) : (
                        'None yet'
                      )}
                    </td>
                    {canReorder && (
                      <td className="govuk-table__cell app-no-print">
                        <div className="app-row-buttons">
                          {index > 0 && (
                            <button
                              type="button"
                              id={`move-up-${a.id}`}
                              className="govuk-button govuk-button--secondary app-small-button"
                              data-module="govuk-button"
                              onClick={() => move(index, -1)}
                            >
                              Move up<span className="govuk-visually-hidden"> action {a.ref}</span>
                            </button>
                          )}
                          {index < order.length - 1 && (
                            <button
                              type="button"
                              id={`move-down-${a.id}`}
                              className="govuk-button govuk-button--secondary app-small-button"
                              data-module="govuk-button"
                              onClick={() => move(index, 1)}
                            >
                              Move down<span className="govuk-visually-hidden"> action {a.ref}</span>
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
